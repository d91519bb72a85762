"""Batch benchmark: `fairtrial assess --lines` over a synthetic JSON Lines corpus.

    python bench/batch.py --cases 1000                 # JSON and CSV, --jobs 1 and 2
    python bench/batch.py --cases 1000 --against /tmp/old/src   # paired with another tree
    python bench/batch.py --cases 100000 --rss         # peak memory while streaming
    python bench/batch.py --cases 10000 --corpora --rounds 1  # Parquet, cache, Dask: ratios
    python bench/batch.py --cases 20000 --corpora-rss  # peak memory: Parquet and Dask
    python bench/batch.py --stream-rss 1000000         # --jobs 2, cases piped, no corpus file
    python bench/batch.py --stream-rss 1000000 --dask  # the same into a LocalCluster

Each round runs every command once, in turn (paired); figures are medians of the rounds with
their range. Prints wall times, ratios, and the peak resident memory of the assessing processes.
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import resource
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

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
    parser.add_argument("--stream-rss", type=int, metavar="N",
                        help="pipe N generated distinct cases into --jobs 2 (no corpus file): "
                             "wall time and peak memory per process, progress on stderr")
    parser.add_argument("--dask", action="store_true",
                        help="with --stream-rss: into a LocalCluster of 2 workers instead")
    parser.add_argument("--format", default="json", choices=["json", "parquet"],
                        help="with --stream-rss: the command's output format")
    args = parser.parse_args()
    if args.stream_rss:
        stream_rss(args.stream_rss, args.events, dask=args.dask, fmt=args.format)
        return
    if args.corpora or args.corpora_rss:
        corpora(args.cases, args.events, rss_only=args.corpora_rss, rounds=args.rounds)
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


def stream_rss(cases: int, events: int, every: int = 20_000, dask: bool = False,
               fmt: str = "json") -> None:
    """Pipe ``cases`` distinct cases (as write_distinct makes them) into ``--jobs 2``, output to
    /dev/null, so a million cases need no 9 GB file. Each case is serialised once per seed and
    given its id by string substitution, so the writer hardly competes for the two cores. The
    peak RSS is the largest of the command's processes (the children this process waited for);
    the progress lines also sample the RSS of the running processes from /proc.

    With ``dask``, into ``--scheduler`` of a LocalCluster of two one-thread workers started
    here as bench/dask_rss.py starts them; each progress line adds the workers' peaks so far
    (VmHWM). With ``fmt`` "parquet" the tables go to a temporary directory."""
    if dask:
        import dask as _dask
        from distributed import Client, LocalCluster

        from fairtrial.batch._corpus import DASK_CONFIG

        _dask.config.set(DASK_CONFIG)
        with LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                          dashboard_address=":0", silence_logs=50) as cluster, \
                Client(cluster) as client:
            _stream(cases, events, every, fmt, cluster.scheduler_address,
                    lambda: max(client.run(hwm).values()) / 1024)
        return
    _stream(cases, events, every, fmt, None, None)


def _stream(cases: int, events: int, every: int, fmt: str, scheduler: str | None,
            workers: Any) -> None:
    import threading
    import time

    templates = []
    for seed in range(50):
        case = make_case(events, seed=seed)
        case["id"] = "\0"
        templates.append(json.dumps(case).split('"\\u0000"'))
    cmd = [sys.executable, "-m", "fairtrial", "assess", "--lines", "-", "--format", fmt,
           *(["--scheduler", scheduler] if scheduler else ["--jobs", "2"])]
    tables = tempfile.mkdtemp() if fmt == "parquet" else None
    if tables:
        cmd += ["-o", tables]
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.DEVNULL)
    assert proc.stdin is not None
    sampled = 0.0

    def rss_now() -> float:
        """Largest current RSS (MiB) of the command and its children."""
        pids, biggest = {proc.pid}, 0.0
        for entry in os.listdir("/proc"):
            if not entry.isdigit():
                continue
            try:
                stat = Path(f"/proc/{entry}/stat").read_text().rsplit(")", 1)[1].split()
                if int(stat[1]) in pids or int(entry) in pids:
                    pids.add(int(entry))
                    biggest = max(biggest, int(stat[21]) * os.sysconf("SC_PAGE_SIZE") / 2**20)
            except (OSError, IndexError, ValueError):
                continue
        return biggest

    done = threading.Event()

    def sampler() -> None:
        nonlocal sampled
        while not done.wait(5):
            sampled = max(sampled, rss_now())

    threading.Thread(target=sampler, daemon=True).start()
    for i in range(cases):
        head, tail = templates[i % 50]
        proc.stdin.write(f'{head}"case-{i}"{tail}\n'.encode())
        if (i + 1) % every == 0:
            extra = f", workers' peak so far {workers():.1f} MiB" if workers else ""
            print(f"{i + 1} cases written, {time.perf_counter() - start:.0f} s, largest RSS "
                  f"sampled so far {sampled:.0f} MiB{extra}", file=sys.stderr, flush=True)
    proc.stdin.close()
    if proc.wait():
        sys.exit(f"the command failed with status {proc.returncode}")
    done.set()
    wall = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    if tables:
        import shutil

        shutil.rmtree(tables)
    into = f"--scheduler, {fmt}" if scheduler else f"--jobs 2, {fmt}"
    extra = f"; the workers' peak {workers():.1f} MiB" if workers else ""
    print(f"{cases} cases of {events} events streamed into {into}: {wall:.0f} s "
          f"({cases / wall:.0f} cases/s), peak RSS of the command's largest process {peak:.0f} MiB"
          f" (sampled every 5 s: {sampled:.0f} MiB){extra}", flush=True)


def hwm() -> int:
    """This process's peak RSS in KiB since it started its program: VmHWM, not ru_maxrss,
    which after exec keeps the peak of the process it was forked from (a Dask worker's is
    then the peak of the process that started the cluster)."""
    with open("/proc/self/status") as fh:
        return next(int(line.split()[1]) for line in fh if line.startswith("VmHWM:"))


def dask_rss(client: object) -> float:
    """Peak RSS (MiB) of the largest Dask worker process."""
    return max(client.run(hwm).values()) / 1024  # type: ignore[attr-defined]


_PEAK = ("import resource, subprocess, sys; subprocess.run(sys.argv[1:], check=True, "
         "stdout=subprocess.DEVNULL); "
         "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)")


def peak_of(cmd: list[str], stdin: Path, env: dict[str, str] | None = None,
            ) -> tuple[float, float]:
    """Wall seconds and the peak RSS (MiB) of the largest process of this command alone (the
    command and its workers), not of every command run so far."""
    import time

    with stdin.open("rb") as fh:
        start = time.perf_counter()
        out = subprocess.run([sys.executable, "-c", _PEAK, *cmd], stdin=fh, check=True,
                             capture_output=True, text=True, env=env).stdout
    return time.perf_counter() - start, int(out) / 1024


def median(values: list[float]) -> float:
    import statistics

    return statistics.median(values)


def corpora(cases: int, events: int, *, rss_only: bool, rounds: int) -> None:
    import dask
    from distributed import Client, LocalCluster

    # As docs/performance.md advises for any cluster: Dask's scheduler and workers otherwise
    # keep their last 1,000 messages and stimuli, each with a task's cases, for debugging.
    # The nannies hand this configuration to the worker processes.
    from fairtrial.batch._corpus import DASK_CONFIG
    dask.config.set(DASK_CONFIG)
    # Starting a LocalCluster sets, in this process's environment, what its workers should
    # inherit (MALLOC_TRIM_THRESHOLD_=65536, PYTHONHASHSEED, OMP_NUM_THREADS...). A command
    # run from here would inherit it too: with that trim threshold glibc maps and unmaps
    # every buffer over 128 kB, which took a warm cache run from 0.49 to 0.76 s of CPU.
    # Every command runs with the environment as it was before the cluster.
    env = dict(os.environ)

    base = [sys.executable, "-m", "fairtrial", "assess", "--lines", "-"]
    with tempfile.TemporaryDirectory() as tmp, \
            LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                         dashboard_address=":0", silence_logs=50) as cluster, \
            Client(cluster) as client:
        # Warm workers, as a cluster that serves many runs has: fairtrial imported and the
        # checklist built, just as --jobs 2 builds it once in the parent before forking.
        client.run(lambda: importlib.import_module("fairtrial.reports._tables")
                   ._checklist("full", False))
        corpus, edited = Path(tmp) / "corpus.jsonl", Path(tmp) / "edited.jsonl"
        write_distinct(corpus, cases, events)
        size = os.path.getsize(corpus) / 2**20
        print(f"corpus: {cases} distinct cases of {events} events, {size:.1f} MiB")
        parquet = [*base, "--format", "parquet", "-o", f"{tmp}/tables"]
        json_ = [*base, "--format", "json"]
        dask = ["--scheduler", cluster.scheduler_address]
        empty = Path(os.devnull)
        if rss_only:
            for name, cmd in (("Parquet, --jobs 2", [*parquet, "--jobs", "2"]),
                              ("Parquet, Dask", [*parquet, *dask]),
                              ("JSON Lines, Dask", [*json_, *dask]),
                              ("JSON Lines, --jobs 2", [*json_, "--jobs", "2"])):
                client.run(lambda: __import__("gc").collect())
                wall, peak = peak_of(cmd, corpus, env)
                print(f"{name}: {wall:.1f} s, peak RSS of the command's largest process "
                      f"{peak:.0f} MiB; of a Dask worker so far {dask_rss(client):.0f} MiB",
                      flush=True)
            return
        write_distinct(edited, cases, events, changed=1)
        cache = ["--cache", f"{tmp}/cache.sqlite"]
        t: dict[str, list[float]] = {}
        c: dict[str, list[float]] = {}  # CPU of the command's own processes

        def time_(name: str, cmd: list[str], stdin: Path) -> None:
            wall, cpu, _ = timed(cmd, stdin, env)
            t.setdefault(name, []).append(wall)
            c.setdefault(name, []).append(cpu)

        for _ in range(rounds):
            time_("start-up", json_, empty)
            time_("start-up, cache", [*json_, "--cache", f"{tmp}/empty.sqlite"], empty)
            time_("start-up, Dask", [*json_, *dask], empty)
            time_("JSON Lines", json_, corpus)
            time_("Parquet", parquet, corpus)
            if os.path.exists(f"{tmp}/cache.sqlite"):
                os.remove(f"{tmp}/cache.sqlite")
            time_("cache cold", [*json_, *cache], corpus)
            time_("cache warm, 1% changed", [*json_, *cache], edited)
            time_("--jobs 2", [*json_, "--jobs", "2"], corpus)
            time_("Dask, 2 workers", [*json_, *dask], corpus)
        print(f"wall seconds, median (range) of {rounds} round(s), commands interleaved")
        for name, ts in t.items():
            # A Dask command's CPU leaves out the workers' (they are not its processes).
            print(f"  {name:24} {spread(ts, '{:.2f}')}, CPU {spread(c[name], '{:.2f}')}")

        def ratio(a: str, b: str, less_a: str | None = None, less_b: str | None = None,
                  t: dict[str, list[float]] = t) -> str:
            pairs = [(x - (t[less_a][i] if less_a else 0)) / (y - (t[less_b][i] if less_b else 0))
                     for i, (x, y) in enumerate(zip(t[a], t[b], strict=True))]
            return spread(pairs, "{:.3f}")

        # On a shared machine a wall clock also counts waiting for a core; CPU seconds do not.
        print(f"Parquet / JSON Lines: {ratio('Parquet', 'JSON Lines')}x (target at most 1.10x);"
              f" CPU {ratio('Parquet', 'JSON Lines', t=c)}x")
        warm, up = "cache warm, 1% changed", "start-up, cache"
        print(f"warm cache, 1% changed / cold: {ratio(warm, 'cache cold')}x "
              f"(target under 0.05x); start-up of both taken away "
              f"{ratio(warm, 'cache cold', up, up)}x; CPU {ratio(warm, 'cache cold', t=c)}x")
        print(f"Dask throughput / --jobs 2: {ratio('--jobs 2', 'Dask, 2 workers')}x "
              f"(target at least 0.85x); each command's own start-up taken away "
              f"{ratio('--jobs 2', 'Dask, 2 workers', 'start-up', 'start-up, Dask')}x")


if __name__ == "__main__":
    main()
