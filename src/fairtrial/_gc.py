"""Pausing the cyclic garbage collector while fairtrial builds objects that form no cycles.

Loading and assessing allocate many small containers, all acyclic; each collector pass over
them is pure cost, and its passes over the older generations grow with the heap, so a large
case paid more per event than a small one (a third more at 20,000 events). The collector is
re-enabled on the way out, so anything cyclic made meanwhile (by a plugin criterion, say) is
collected as usual afterwards. The switch is process-wide; another thread running meanwhile
only loses collection for that time.
"""

from __future__ import annotations

import atexit
import contextlib
import gc
from collections.abc import Iterator

__all__ = ["collector_paused", "quick_exit"]


@contextlib.contextmanager
def collector_paused() -> Iterator[None]:
    if not gc.isenabled():  # the caller paused it: leave it to them
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def quick_exit() -> None:
    """At exit, leave the objects of this run to the operating system instead of the
    collector: Python's last collections walk every object alive (the model's classes, the
    checklist, the case and its assessment), about a sixth of the time a one-case command
    took. Freezing them at exit (``gc.freeze``) keeps those passes away from them; memory is
    returned as the process ends. For a command run as a program only: a process that goes on
    (a test calling ``main``) keeps collecting as usual."""
    atexit.register(gc.freeze)
