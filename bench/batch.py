"""Batch benchmark: `fairtrial assess --lines` over a synthetic JSON Lines corpus.

    python bench/batch.py --cases 1000            # speed-up of --jobs 2 over --jobs 1
    python bench/batch.py --cases 100000 --rss    # peak memory while streaming

Prints wall times, the speed-up ratio, and the peak resident memory of the assessing processes.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus import make_case


def write_corpus(path: Path, cases: int, events: int) -> None:
    with path.open("w", encoding="utf-8") as fh:
        for i in range(cases):
            fh.write(json.dumps(make_case(events, seed=i % 50)) + "\n")


def timed(cmd: list[str], stdin: Path) -> tuple[float, float]:
    """Wall seconds and peak RSS (MiB) of the largest child process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    start = time.perf_counter()
    with stdin.open("rb") as fh:
        subprocess.run(cmd, stdin=fh, stdout=subprocess.DEVNULL, check=False)
    wall = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return wall, max(peak, before) / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=1000)
    parser.add_argument("--events", type=int, default=30)
    parser.add_argument("--rss", action="store_true", help="only measure peak memory, --jobs 2")
    args = parser.parse_args()
    base = [sys.executable, "-m", "fairtrial", "assess", "--lines", "--format", "json", "-"]
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus.jsonl"
        write_corpus(corpus, args.cases, args.events)
        size = os.path.getsize(corpus) / 2**20
        print(f"corpus: {args.cases} cases of {args.events} events, {size:.1f} MiB")
        if args.rss:
            wall, peak = timed([*base, "--jobs", "2"], corpus)
            print(f"--jobs 2: {wall:.1f} s, peak RSS of one process {peak:.0f} MiB")
            return
        one, peak1 = timed(base, corpus)
        two, peak2 = timed([*base, "--jobs", "2"], corpus)
        print(f"--jobs 1: {one:.1f} s (peak RSS {peak1:.0f} MiB)")
        print(f"--jobs 2: {two:.1f} s (peak RSS {peak2:.0f} MiB)")
        print(f"speed-up: {one / two:.2f}x (target at least 1.7x on 2 cores)")


if __name__ == "__main__":
    main()
