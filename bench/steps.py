"""Where the time of bytes to findings goes, step by step, for one case size.

    python bench/steps.py            # the 50-event case
    python bench/steps.py --events 500

Each step is timed as bench/timing.py times everything (collector off, caches cleared,
steps interleaved in rounds after a warm-up; medians), as a ratio to json.loads of the same
bytes. The last lines relate the whole pipeline to parsing its input and its own
output: the assessment's JSON is often larger than the case file.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import make_bytes
from timing import no_arg, rounds

import fairtrial
from fairtrial.record import _load
from fairtrial.record._convert import converter
from fairtrial.record._model import Case
from fairtrial.reports._export import assessment_data


def best(fn: Callable[[Any], Any], repeat: int, prepare: Callable[[], Any] = no_arg,
         ) -> float:
    """Median wall time in µs of ``fn(prepare())``, timing only ``fn``, from cold caches."""
    return statistics.median(rounds({"step": (fn, prepare)}, repeat)["step"]) * 1e6


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=50)
    parser.add_argument("--repeat", type=int, default=100)
    args = parser.parse_args()
    data = make_bytes(args.events)
    raw = _load.parse(data)
    fast = _load._fast_validator()
    output = json.dumps(assessment_data(fairtrial.assess(fairtrial.loads(data))),
                        ensure_ascii=False, separators=(",", ":"))

    def assessed(case: Case) -> Case:
        fairtrial.assess(case)  # fills the case's indexes and facts
        return case

    n = args.repeat
    floor = best(lambda _: json.loads(data), n)
    steps = {
        "parse, with the duplicate-key check": best(lambda _: _load.parse(data), n),
        "jsonschema-rs decides validity": best(lambda _: fast(raw), n) if fast else 0.0,
        "checks of meaning": best(lambda _: _load._Checker(raw).run(), n),
        "cattrs structuring": best(lambda _: converter().structure(raw, Case), n),
    }
    fresh = best(fairtrial.assess, n, lambda: fairtrial.loads(data))
    warm = best(fairtrial.assess, n, lambda: assessed(fairtrial.loads(data)))
    steps["assess: decisions with their reasons"] = warm
    steps["assess: per-case indexes and facts"] = fresh - warm
    total = best(lambda _: fairtrial.assess(fairtrial.loads(data)), n)
    out_floor = best(lambda _: json.loads(output), n)
    print(f"{args.events} events; json.loads of the case: {floor:.0f} µs")
    for name, micros in steps.items():
        print(f"  {name:40} {micros:7.0f} µs {micros / floor:6.1f}x")
    print(f"  {'bytes to findings':40} {total:7.0f} µs {total / floor:6.1f}x")
    print(f"json.loads of the assessment's JSON ({len(output) / len(data):.1f}x the case's size): "
          f"{out_floor / floor:.1f}x")
    print(f"bytes to findings / (json.loads of the case + of its assessment): "
          f"{total / (floor + out_floor):.1f}x")


if __name__ == "__main__":
    main()
