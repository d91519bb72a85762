"""Batch benchmark: `fairtrial assess --lines` over a synthetic JSON Lines corpus.

    python bench/batch.py --cases 1000            # speed-up of --jobs 2 over --jobs 1
    python bench/batch.py --cases 100000 --rss    # peak memory while streaming
    python bench/batch.py --cases 2000 --corpora  # Parquet, cache and Dask, as ratios
    python bench/batch.py --cases 100000 --corpora-rss  # peak memory: Parquet and Dask

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
    parser.add_argument("--corpora", action="store_true",
                        help="Parquet vs JSON Lines, warm cache (1%% changed) vs cold, "
                             "Dask LocalCluster of 2 workers vs --jobs 2")
    parser.add_argument("--corpora-rss", action="store_true",
                        help="peak memory per process: Parquet with --jobs 2, and Dask")
    args = parser.parse_args()
    if args.corpora or args.corpora_rss:
        corpora(args.cases, args.events, rss_only=args.corpora_rss)
        return
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


def write_distinct(path: Path, cases: int, events: int, changed: int = 0) -> None:
    """Every case distinct (its own id), so a cache cannot reuse one case for another; the
    first ``changed`` of every 100 cases get an edited title."""
    with path.open("w", encoding="utf-8") as fh:
        for i in range(cases):
            case = make_case(events, seed=i % 50)
            case["id"] = f"case-{i}"
            if i % 100 < changed:
                case["title"] += " (corrected)"
            fh.write(json.dumps(case) + "\n")


def dask_rss(client: object) -> float:
    """Peak RSS (MiB) of the largest Dask worker process."""
    def peak() -> int:
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss

    return max(client.run(peak).values()) / 1024  # type: ignore[attr-defined]


def corpora(cases: int, events: int, *, rss_only: bool) -> None:
    from distributed import Client, LocalCluster

    base = [sys.executable, "-m", "fairtrial", "assess", "--lines", "-"]
    with tempfile.TemporaryDirectory() as tmp:
        corpus, edited = Path(tmp) / "corpus.jsonl", Path(tmp) / "edited.jsonl"
        write_distinct(corpus, cases, events)
        size = os.path.getsize(corpus) / 2**20
        print(f"corpus: {cases} distinct cases of {events} events, {size:.1f} MiB")
        parquet = [*base, "--format", "parquet", "-o", f"{tmp}/tables"]
        json_ = [*base, "--format", "json"]
        if rss_only:
            wall, peak = timed([*parquet, "--jobs", "2"], corpus)
            print(f"parquet --jobs 2: {wall:.1f} s, peak RSS of one process {peak:.0f} MiB")
        else:
            startup, _ = timed(json_, Path(os.devnull))
            t_json, _ = timed(json_, corpus)
            t_parquet, _ = timed(parquet, corpus)
            print(f"python start-up and import (empty input): {startup:.2f} s")
            print(f"JSON Lines --jobs 1: {t_json:.2f} s; Parquet --jobs 1: {t_parquet:.2f} s")
            print(f"  Parquet / JSON Lines: {t_parquet / t_json:.3f}x (target at most 1.10x)")
            write_distinct(edited, cases, events, changed=1)
            cache = ["--cache", f"{tmp}/cache.sqlite"]
            cold, _ = timed([*json_, *cache], corpus)
            warm, _ = timed([*json_, *cache], edited)
            print(f"cache cold: {cold:.2f} s; warm, 1% of cases changed: {warm:.2f} s")
            print(f"  warm / cold: {warm / cold:.3f}x (target under 0.05x); without start-up "
                  f"{(warm - startup) / (cold - startup):.3f}x")
            t_jobs2, _ = timed([*json_, "--jobs", "2"], corpus)
        with LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                          dashboard_address=":0", silence_logs=50) as cluster, \
                Client(cluster) as client:
            client.run(lambda: __import__("fairtrial._corpus"))  # warm the workers' imports
            target = parquet if rss_only else json_
            t_dask, peak = timed([*target, "--scheduler", cluster.scheduler_address], corpus)
            workers = dask_rss(client)
        if rss_only:
            print(f"parquet on Dask (2 workers): {t_dask:.1f} s, peak RSS of the command "
                  f"{peak:.0f} MiB, of a worker {workers:.0f} MiB")
            return
        print(f"--jobs 2: {t_jobs2:.2f} s; Dask LocalCluster, 2 workers: {t_dask:.2f} s "
              f"(peak RSS: command {peak:.0f} MiB, worker {workers:.0f} MiB)")
        print(f"  Dask throughput / --jobs 2: {t_jobs2 / t_dask:.3f}x (target at least 0.85x)")


if __name__ == "__main__":
    main()
