"""How every benchmark here times things, so that each figure is comparable with its floor.

- Same conditions for every stage and the floor: the cyclic collector is off during each
  timed run (fairtrial pauses it while loading and assessing; timing ``json.loads`` with it on
  would count collector passes against the floor only), the heap is collected before each run,
  and caches are cleared.
- Interleaved: each round runs every stage once, in turn, so a burst of other work on the
  machine lands on all of them alike; ratios are taken within a round (paired).
- A warm-up round that is not counted pays one-time builds (validators, converter, checklist).
- Reported as the median of the rounds with the spread (lowest and highest).
- CPU time, not wall time: in process, ``time.process_time``; for commands, the children's
  user and system time. On a shared machine a wall clock also counts the time spent waiting
  for a core, which is not the code's cost and swamped every other difference (wall time is
  still reported where it is the point, as for ``--jobs 2``).
"""

from __future__ import annotations

import gc
import resource
import statistics
import subprocess
import time
from collections.abc import Callable, Sequence
from typing import Any


def cold() -> None:
    """Forget what earlier runs cached, so no run benefits from having seen the case before
    (in a real batch, cases share dates and provenance texts, so real runs are a bit faster)."""
    from fairtrial.checklist import _core
    from fairtrial.record._when import when_of

    for cache in (when_of, _core._when_text, _core._provenance_text, _core.not_applicable):
        cache.cache_clear()


#: A stage: what to time, and what to prepare for it untimed (its argument).
Stage = tuple[Callable[[Any], Any], Callable[[], Any]]


def no_arg() -> None:
    return None


def once(fn: Callable[[Any], Any], prepare: Callable[[], Any], inner: int = 1) -> float:
    """Seconds per run of ``fn(prepare())``, from ``inner`` runs (caches cleared and the
    argument prepared, untimed, before each; collector off throughout)."""
    gc.collect()
    enabled = gc.isenabled()
    gc.disable()
    total = 0.0
    try:
        for _ in range(inner):
            cold()
            arg = prepare()
            start = time.process_time()
            fn(arg)
            total += time.process_time() - start
    finally:
        if enabled:
            gc.enable()
    return total / inner


def rounds(stages: dict[str, Stage], repeat: int, *, inner: int = 1,
           warmup: int = 1) -> dict[str, list[float]]:
    """Seconds per run of each stage in each of ``repeat`` rounds, stages interleaved; each
    round's figure is the mean of ``inner`` runs, so that tiny cases are not timed at the
    timer's resolution."""
    for _ in range(warmup):
        for fn, prepare in stages.values():
            once(fn, prepare)
    times: dict[str, list[float]] = {name: [] for name in stages}
    names = list(stages)
    for r in range(repeat):
        # Rotate the order too, so that no stage always runs first after a collection.
        for name in names[r % len(names):] + names[:r % len(names)]:
            times[name].append(once(*stages[name], inner=inner))
    return times


def ratios(times: Sequence[float], floor: Sequence[float]) -> list[float]:
    return [t / f for t, f in zip(times, floor, strict=True)]


def spread(values: Sequence[float], fmt: str = "{:.1f}") -> str:
    """'22.4 (21.9-23.1)': the median and the range."""
    return (f"{fmt.format(statistics.median(values))} "
            f"({fmt.format(min(values))}-{fmt.format(max(values))})")


def wall(cmd: Sequence[str], *, stdin: Any = None, env: dict[str, str] | None = None) -> float:
    """CPU seconds (user and system) that the command took."""
    return run(cmd, stdin=stdin, env=env)[1]


def run(cmd: Sequence[str], *, stdin: Any = None,
        env: dict[str, str] | None = None) -> tuple[float, float]:
    """Wall seconds and CPU seconds (user and system, its processes together) of a command."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(cmd, stdin=stdin, stdout=subprocess.DEVNULL, check=True, env=env)
    elapsed = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return elapsed, cpu
