"""The case record: the model of proceedings, its vocabulary and dates, reading, checking and
converting case files (JSON and YAML), the schema, and the public version of a case."""
