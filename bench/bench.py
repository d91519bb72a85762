"""Benchmark: the cost of each stage as a ratio to json.loads of the same bytes.

    python bench/bench.py            # sizes 10, 50, 500, 5000 events
    python bench/bench.py --quick    # fewer repetitions

Ratios, not absolute times, are the figures that count: machines are noisy. Each figure is the
best of several runs (the least disturbed by other work on the machine).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import make_bytes

import fairtrial
from fairtrial import _load
from fairtrial._export import assessment_data
from fairtrial._report import render
from fairtrial._when import when_of
from fairtrial.checklist._core import not_applicable, provenance_text, when_text

SIZES = (10, 50, 500, 5000)
EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


def cold() -> None:
    """Forget what earlier runs cached, so no run benefits from having seen the case before
    (in a real batch, cases share dates and provenance texts, so real runs are a bit faster)."""
    for cache in (when_of, when_text, provenance_text, not_applicable):
        cache.cache_clear()


def best(fn: Callable[[], Any], repeat: int) -> float:
    """Best wall time of ``repeat`` runs, in seconds, each starting from cold caches."""
    return best_of(lambda _: fn(), repeat)


def best_of(fn: Callable[[Any], Any], repeat: int,
            prepare: Callable[[], Any] = lambda: None) -> float:
    """Best wall time in seconds of ``fn(prepare())``, timing only ``fn``, from cold caches."""
    times = []
    for _ in range(repeat):
        cold()
        arg = prepare()
        start = time.perf_counter()
        fn(arg)
        times.append(time.perf_counter() - start)
    return min(times)


def out_ratio(data: bytes) -> float:
    assessment = fairtrial.assess(fairtrial.loads(data))
    return len(json.dumps(assessment_data(assessment)).encode()) / len(data)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer repetitions")
    parser.add_argument("--sizes", type=int, nargs="*", default=list(SIZES))
    args = parser.parse_args()
    stages: dict[str, Callable[[bytes], Any]] = {
        "parse (fairtrial)": lambda b: _load.parse(b),
        "validate (jsonschema, reference)": lambda b: list(
            _load._reference_validator().iter_errors(json.loads(b))),
        "validate (fairtrial, full)": lambda b: _load.validate(json.loads(b)),
        "load (bytes to Case)": lambda b: fairtrial.loads(b),
        "assess (Case to findings)": None,  # type: ignore[dict-item]
        "bytes to findings": lambda b: fairtrial.assess(fairtrial.loads(b)),
        "render html": None,  # type: ignore[dict-item]
    }
    print(f"fast validator in use: {_load.FAST_VALIDATOR or 'none (pure-Python jsonschema)'}")
    header = f"{'stage':36}" + "".join(f"{n:>10}" for n in args.sizes)
    print(header)
    print("-" * len(header))
    table: dict[str, list[float]] = {}
    floors = []
    per_event: dict[str, list[float]] = {}
    for n in args.sizes:
        data = make_bytes(n)
        repeat = max(3, min(200, 2000 // n)) // (3 if args.quick else 1) or 1
        floor = best(lambda data=data: json.loads(data), repeat * 3)
        floors.append(floor)
        # Assessing and rendering start from a case just loaded, as a real run does: a case
        # keeps indexes it built, so reusing one would time a warm case.
        fresh = lambda data=data: fairtrial.loads(data)  # noqa: E731
        for name, fn in stages.items():
            if name.startswith("assess"):
                t = best_of(fairtrial.assess, repeat, fresh)
            elif name.startswith("render"):
                t = best_of(lambda case: render(case, "html"), max(1, repeat // 2), fresh)
            else:
                t = best(lambda fn=fn, data=data: fn(data), repeat)
            table.setdefault(name, []).append(t / floor)
            per_event.setdefault(name, []).append(t / n * 1e6)
    print(f"{'json.loads (the floor), µs':36}" + "".join(f"{f * 1e6:>10.0f}" for f in floors))
    for name, ratios in table.items():
        print(f"{name:36}" + "".join(f"{r:>9.1f}x" for r in ratios))
    print()
    print("per-event cost, µs (a flat row means no super-linear step)")
    for name, costs in per_event.items():
        print(f"{name:36}" + "".join(f"{c:>10.1f}" for c in costs))
    print()
    print("size of the assessment as JSON / size of the case file (the work is output-bound when")
    print("the assessment, 49 criteria per defendant with reasons and citations, is the larger)")
    print(f"{'assessment bytes / case bytes':36}" + "".join(
        f"{out_ratio(make_bytes(n)):>9.1f}x" for n in args.sizes))
    print()
    print("the bundled real case files (bytes to findings, as a ratio to json.loads)")
    for path in sorted(EXAMPLES.glob("*.json")):
        data = path.read_bytes()
        floor = best(lambda data=data: json.loads(data), 300)
        t = best(lambda data=data: fairtrial.assess(fairtrial.loads(data)), 100)
        events = len(json.loads(data)["events"])
        print(f"  {path.name:28} {events:3} events {t / floor:6.1f}x"
              f"   (assessment {out_ratio(data):.1f}x the file's size)")
    if 50 in args.sizes and 5000 in args.sizes:
        i50, i5k = args.sizes.index(50), args.sizes.index(5000)
        growth = per_event["bytes to findings"][i5k] / per_event["bytes to findings"][i50]
        print()
        print(f"bytes to findings at 50 events: {table['bytes to findings'][i50]:.1f}x json.loads"
              " (target 20x)")
        print(f"per-event cost at 5000 vs 50 events: {growth:.2f}x (target at most 1.5x)")


if __name__ == "__main__":
    main()
