"""The command line: ``fairtrial assess``, ``report``, ``questions``, ``validate`` and the
recorder's commands."""
