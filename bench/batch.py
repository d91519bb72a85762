"""Batch benchmark: `fairtrial assess --lines` over a synthetic JSON Lines corpus.

    python bench/batch.py --cases 1000                 # JSON and CSV, --jobs 1 and 2
    python bench/batch.py --cases 1000 --against /tmp/old/src   # paired with another tree
    python bench/batch.py --cases 100000 --rss         # peak memory while streaming
    python bench/batch.py --cases 2000 --corpora  # Parquet, cache and Dask, as ratios
    python bench/batch.py --cases 100000 --corpora-rss  # peak memory: Parquet and Dask

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
    parser.add_argument("--corpora", action="store_true",
                        help="Parquet vs JSON Lines, warm cache (1%% changed) vs cold, "
                             "Dask LocalCluster of 2 workers vs --jobs 2")
    parser.add_argument("--corpora-rss", action="store_true",
                        help="peak memory per process: Parquet with --jobs 2, and Dask")
    args = parser.parse_args()
    if args.corpora or args.corpora_rss:
        corpora(args.cases, args.events, rss_only=args.corpora_rss)
        return
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
            wall, _, peak = timed([*parquet, "--jobs", "2"], corpus)
            print(f"parquet --jobs 2: {wall:.1f} s, peak RSS of one process {peak:.0f} MiB")
        else:
            startup = timed(json_, Path(os.devnull))[0]
            t_json = timed(json_, corpus)[0]
            t_parquet = timed(parquet, corpus)[0]
            print(f"python start-up and import (empty input): {startup:.2f} s")
            print(f"JSON Lines --jobs 1: {t_json:.2f} s; Parquet --jobs 1: {t_parquet:.2f} s")
            print(f"  Parquet / JSON Lines: {t_parquet / t_json:.3f}x (target at most 1.10x)")
            write_distinct(edited, cases, events, changed=1)
            cache = ["--cache", f"{tmp}/cache.sqlite"]
            cold = timed([*json_, *cache], corpus)[0]
            warm = timed([*json_, *cache], edited)[0]
            print(f"cache cold: {cold:.2f} s; warm, 1% of cases changed: {warm:.2f} s")
            print(f"  warm / cold: {warm / cold:.3f}x (target under 0.05x); without start-up "
                  f"{(warm - startup) / (cold - startup):.3f}x")
            t_jobs2 = timed([*json_, "--jobs", "2"], corpus)[0]
        with LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                          dashboard_address=":0", silence_logs=50) as cluster, \
                Client(cluster) as client:
            client.run(lambda: __import__("fairtrial._corpus"))  # warm the workers' imports
            target = parquet if rss_only else json_
            t_dask, _, peak = timed([*target, "--scheduler", cluster.scheduler_address], corpus)
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
