"""Benchmark: the cost of each stage as a ratio to json.loads of the same bytes.

    python bench/bench.py                  # sizes 10, 50, 500, 5000, 20000 events
    python bench/bench.py --quick          # fewer rounds
    python bench/bench.py --reference      # also pure-Python jsonschema (slow; up to 500 events)

Ratios, not absolute times, are the figures that count: machines are noisy. Every stage and
the floor are timed under the same conditions (see bench/timing.py): collector off, caches
cleared, stages interleaved in rounds after a warm-up round; each figure is the median of the
per-round ratios, with their range in brackets.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import make_bytes
from timing import Stage, no_arg, ratios, rounds, spread

import fairtrial
from fairtrial.batch import _batch
from fairtrial.record import _load
from fairtrial.reports._report import render

SIZES = (10, 50, 500, 5000, 20000)
EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


def json_line(data: bytes) -> bytes:
    """Bytes to the JSON line `fairtrial assess --lines --format json` writes for the case."""
    text, _, _ = _batch.assess_one("x", data, "json", "full", False, True, False)
    return text if isinstance(text, bytes) else text.encode("utf-8")


def stages_for(data: bytes, reference: bool) -> dict[str, Stage]:
    def fresh() -> Any:
        # A case keeps indexes it built, so assessing a reused one would time a warm case.
        return fairtrial.loads(data)

    def parsed() -> Any:
        return json.loads(data)

    stages: dict[str, Stage] = {
        "json.loads (the floor)": (lambda _: json.loads(data), no_arg),
        "parse (fairtrial)": (lambda _: _load.parse(data), no_arg),
    }
    if reference:
        stages["validate, pure-Python jsonschema"] = (
            lambda raw: list(_load._reference_validator().iter_errors(raw)), parsed)
    stages.update({
        "validate (fairtrial, parsed data)": (_load.validate, parsed),
        "load (bytes to Case)": (lambda _: fairtrial.loads(data), no_arg),
        "assess (Case just loaded)": (fairtrial.assess, fresh),
        "bytes to findings": (lambda _: fairtrial.assess(fairtrial.loads(data)), no_arg),
        "bytes to JSON line (batch output)": (lambda _: json_line(data), no_arg),
        "render HTML (Case just loaded)": (lambda case: render(case, "html"), fresh),
    })
    return stages


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer rounds")
    parser.add_argument("--reference", action="store_true",
                        help="also time pure-Python jsonschema, at sizes up to 500 events")
    parser.add_argument("--sizes", type=int, nargs="*", default=list(SIZES))
    args = parser.parse_args()
    print(f"fast validator in use: {_load.FAST_VALIDATOR or 'none (pure-Python jsonschema)'}")
    print("each figure: median of the rounds (lowest-highest); collector off for every stage")
    table: dict[str, list[str]] = {}
    per_event: dict[str, list[float]] = {}
    medians: dict[str, list[float]] = {}
    floors: list[float] = []
    counts: list[str] = []
    out_sizes: list[float] = []
    for n in args.sizes:
        data = make_bytes(n)
        repeat = max(5, min(30, 20_000 // n)) // (2 if args.quick else 1)
        inner = max(1, 500 // n)
        counts.append(f"{repeat} x {inner}")
        times = rounds(stages_for(data, args.reference and n <= 500), repeat, inner=inner)
        floor = times.pop("json.loads (the floor)")
        floors.append(statistics.median(floor))
        for name, ts in times.items():
            table.setdefault(name, [""] * len(args.sizes))[len(floors) - 1] = \
                spread(ratios(ts, floor)) + "x"
            per_event.setdefault(name, [0.0] * len(args.sizes))[len(floors) - 1] = \
                statistics.median(ts) / n * 1e6
            medians.setdefault(name, []).append(statistics.median(ratios(ts, floor)))
        out_sizes.append(len(json_line(data)) / len(data))
    width = max(26, *(len(v) + 2 for row in table.values() for v in row))
    header = f"{'stage (ratio to json.loads)':36}" + "".join(f"{n:>{width}}" for n in args.sizes)
    print(header)
    print("-" * len(header))
    print(f"{'json.loads, µs (median)':36}" + "".join(f"{f * 1e6:>{width}.0f}" for f in floors))
    print(f"{'rounds x runs in each':36}" + "".join(f"{c:>{width}}" for c in counts))
    for name, cells in table.items():
        print(f"{name:36}" + "".join(f"{c:>{width}}" for c in cells))
    print()
    print("per-event cost, µs, medians (a flat row means no super-linear step)")
    print(f"{'json.loads (the floor)':36}" + "".join(
        f"{f / n * 1e6:>10.2f}" for f, n in zip(floors, args.sizes, strict=True)))
    for name, costs in per_event.items():
        print(f"{name:36}" + "".join(f"{c:>10.1f}" for c in costs))
    print()
    print(f"{'JSON line bytes / case bytes':36}" + "".join(f"{r:>9.2f}x" for r in out_sizes))
    print()
    print("the bundled real case files (ratio to json.loads; median (range) of 20 rounds of "
          "10 runs)")
    for path in sorted(EXAMPLES.glob("*.json")):
        raw = path.read_bytes()
        data = json.dumps(json.loads(raw), ensure_ascii=False).encode()  # compact, as the corpus
        times = rounds({"floor": (lambda _, d=data: json.loads(d), no_arg),
                        "b2f": (lambda _, d=data: fairtrial.assess(fairtrial.loads(d)), no_arg),
                        "line": (lambda _, d=data: json_line(d), no_arg)}, 20, inner=10)
        events = len(json.loads(data)["events"])
        print(f"  {path.name:24} {events:3} events: bytes to findings "
              f"{spread(ratios(times['b2f'], times['floor']))}x, to its JSON line "
              f"{spread(ratios(times['line'], times['floor']))}x; JSON line "
              f"{len(json_line(data)):,} bytes")
    if 500 in args.sizes and 20000 in args.sizes:
        i, j = args.sizes.index(500), args.sizes.index(20000)
        print()
        print("per-event cost at 20,000 events / at 500 (target at most 1.3x): in µs, and as")
        print("the ratio to json.loads, whose per-event cost is flat, so that a machine busier")
        print("during one size than the other does not move it")
        for name in ("bytes to findings", "bytes to JSON line (batch output)"):
            growth = per_event[name][j] / per_event[name][i]
            paired = medians[name][j] / medians[name][i]
            print(f"  {name:36} {growth:.2f}x in µs, {paired:.2f}x as a ratio")


if __name__ == "__main__":
    main()
