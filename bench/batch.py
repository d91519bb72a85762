"""Batch benchmark: `fairtrial assess --lines` over a synthetic JSON Lines corpus.

    python bench/batch.py --cases 1000                 # JSON and CSV, --jobs 1 and 2
    python bench/batch.py --cases 1000 --against /tmp/old/src   # paired with another tree
    python bench/batch.py --cases 100000 --rss         # peak memory while streaming

Each round runs every command once, in turn (paired); figures are medians of the rounds with
their range. Prints wall times, ratios, and the peak resident memory of the assessing processes.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus import make_case
from timing import run, spread


def write_corpus(path: Path, cases: int, events: int) -> None:
    with path.open("w", encoding="utf-8") as fh:
        for i in range(cases):
            fh.write(json.dumps(make_case(events, seed=i % 50)) + "\n")


def timed(cmd: list[str], stdin: Path, env: dict[str, str] | None = None,
          ) -> tuple[float, float, float]:
    """Wall seconds, CPU seconds, and peak RSS (MiB) of the largest child process so far."""
    with stdin.open("rb") as fh:
        elapsed, cpu = run(cmd, stdin=fh, env=env)
    return elapsed, cpu, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=1000)
    parser.add_argument("--events", type=int, default=30)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--against", metavar="SRC",
                        help="also run each command with SRC first on PYTHONPATH, paired")
    parser.add_argument("--rss", action="store_true", help="only measure peak memory, --jobs 2")
    args = parser.parse_args()
    base = [sys.executable, "-m", "fairtrial", "assess", "--lines", "-"]
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus.jsonl"
        write_corpus(corpus, args.cases, args.events)
        size = os.path.getsize(corpus) / 2**20
        print(f"corpus: {args.cases} cases of {args.events} events, {size:.1f} MiB")
        if args.rss:
            wall, _, peak = timed([*base, "--format", "json", "--jobs", "2"], corpus)
            print(f"--jobs 2: {wall:.1f} s, peak RSS of one process {peak:.0f} MiB")
            return
        commands = {
            "json, --jobs 1": [*base, "--format", "json"],
            "csv, --jobs 1": [*base, "--format", "csv"],
            "json, --jobs 2": [*base, "--format", "json", "--jobs", "2"],
        }
        envs: dict[str, dict[str, str] | None] = {"this tree": None}
        if args.against:
            envs["--against"] = {**os.environ, "PYTHONPATH": args.against}
        times: dict[tuple[str, str], list[float]] = {}
        cpus: dict[tuple[str, str], list[float]] = {}
        peaks: dict[str, float] = {}
        for _ in range(args.rounds):
            for label, env in envs.items():
                for name, cmd in commands.items():
                    wall, cpu, peak = timed(cmd, corpus, env)
                    times.setdefault((label, name), []).append(wall)
                    cpus.setdefault((label, name), []).append(cpu)
                    peaks[name] = peak
        print(f"wall and CPU seconds, median (range) of {args.rounds} rounds")
        for (label, name), ts in times.items():
            print(f"  {label:10} {name:16} wall {spread(ts, '{:.2f}')} s, "
                  f"CPU {spread(cpus[label, name], '{:.2f}')} s")
        for label in envs:
            one, two = times[label, "json, --jobs 1"], times[label, "json, --jobs 2"]
            csv, json_cpu = cpus[label, "csv, --jobs 1"], cpus[label, "json, --jobs 1"]
            speedup = spread([a / b for a, b in zip(one, two, strict=True)], "{:.2f}")
            share = spread([c / j for c, j in zip(csv, json_cpu, strict=True)], "{:.2f}")
            print(f"  {label}: --jobs 2 speed-up {speedup}x (target at least 1.7x on 2 cores);"
                  f" CPU of csv / of json {share}")
        if args.against:
            for name in commands:
                for what, table in (("wall", times), ("CPU", cpus)):
                    paired = [o / n for o, n in zip(table["--against", name],
                                                    table["this tree", name], strict=True)]
                    print(f"  {name:16} this tree takes {spread(paired, '{:.2f}')}x less "
                          f"{what} time")
        print(f"peak RSS of one process (any tree): {max(peaks.values()):.0f} MiB")


if __name__ == "__main__":
    main()
