"""Where a Dask worker's memory goes while `fairtrial assess --scheduler` runs.

    python bench/dask_rss.py --cases 2000                  # the command as it is
    python bench/dask_rss.py --cases 2000 --chunk 16 32 64 # one fresh cluster per chunk size
    python bench/dask_rss.py --cases 2000 --chunk 32 64 --speed 3  # throughput against --jobs 2
    python bench/dask_rss.py --cases 3000 --pair FAIRTRIAL_DASK_COMPRESS=0 --rounds 2
                                          # the command as it is against it with that setting
    python bench/dask_rss.py --cases 2000 --chunk 32 --speed 3 --pair FAIRTRIAL_DASK_COMPRESS=0

For each variant a fresh LocalCluster of two worker processes (one thread each, with nannies,
Dask's message log off as docs/performance.md advises) is started, and the RSS of each worker
is read: idle (distributed only), warm (fairtrial imported, its checklist built), and the peak
after the JSON Lines command has streamed the corpus through it; also the peak of the nannies
and of the command's largest process. Peaks are VmHWM of each process, so every variant
needs its own cluster.
"""

from __future__ import annotations

import argparse
import importlib
import os
import resource
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from batch import hwm, median, peak_of, write_distinct
from timing import spread


def _rss() -> tuple[float, float]:
    """This process's current and peak RSS, MiB (the peak as bench/batch.py's hwm reads it)."""
    with open("/proc/self/statm") as fh:
        current = int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20
    return current, hwm() / 1024


def _trimmed() -> tuple[float, float]:
    import ctypes

    ctypes.CDLL("libc.so.6").malloc_trim(0)
    return _rss()


def _warm() -> None:
    importlib.import_module("fairtrial.reports._tables")._checklist("full", False)


def _show(what: str, values: dict[str, tuple[float, float]]) -> str:
    now = ", ".join(f"{c:.0f}" for c, _ in values.values())
    peak = ", ".join(f"{p:.1f}" for _, p in values.values())
    return f"{what}: now {now} MiB, peak {peak} MiB"


def variant(corpus: Path, chunk: int | None, fmt: str, env: dict[str, str],
            config: dict[str, object]) -> tuple[float, float, float]:
    """Prints the readings; returns the command's wall time and largest process, and the
    largest worker's peak."""
    import dask
    from distributed import Client, LocalCluster

    from fairtrial.batch._corpus import DASK_CONFIG

    dask.config.set({**DASK_CONFIG, **config})
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                      dashboard_address=":0", silence_logs=50) as cluster, \
            Client(cluster) as client:
        idle = client.run(_rss)
        client.run(_warm)
        warm = client.run(_rss)
        base = [sys.executable, "-m", "fairtrial", "assess", "--lines", "-", "--format", fmt,
                "--scheduler", cluster.scheduler_address]
        if fmt == "parquet":
            base += ["-o", str(corpus.parent / "tables")]
        run_env = {**os.environ, **env}
        if chunk is not None:
            run_env["FAIRTRIAL_DASK_CHUNK"] = str(chunk)
        wall, peak = peak_of(base, corpus, run_env)
        after = client.run(_rss)
        trimmed = client.run(_trimmed)
        nannies = client.run(_rss, nanny=True)
        label = f"chunk {chunk or 'default'}" + "".join(
            f" {k}={v}" for k, v in (*env.items(), *config.items()))
        print(f"{label}, {fmt}: {wall:.1f} s, command's largest process {peak:.0f} MiB",
              flush=True)
        for what, values in (("  workers idle", idle), ("  workers warm", warm),
                             ("  workers after", after), ("  then malloc_trim(0)", trimmed),
                             ("  nannies", nannies)):
            print(_show(what, values), flush=True)
        return wall, peak, max(p for _, p in after.values())


def _cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def speed(corpus: Path, chunks: list[int], rounds: int, config: dict[str, object],
          pair: dict[str, str] | None = None) -> None:
    """Wall time of --jobs 2 and of Dask at each chunk size, interleaved in each round, on
    one warm LocalCluster (as bench/batch.py --corpora); ratios within a round. Also the CPU
    seconds of every process: for --jobs 2 the command and its workers; for Dask the command,
    the workers, and this process (the LocalCluster's scheduler, and little else)."""
    import dask
    from distributed import Client, LocalCluster

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from timing import spread

    from fairtrial.batch._corpus import DASK_CONFIG

    dask.config.set({**DASK_CONFIG, **config})
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                      dashboard_address=":0", silence_logs=50) as cluster, \
            Client(cluster) as client:
        client.run(_warm)
        base = [sys.executable, "-m", "fairtrial", "assess", "--lines", "-", "--format", "json"]
        times: dict[str, list[float]] = {}
        cpus: dict[str, list[tuple[float, float, float]]] = {}

        def measure(name: str, cmd: list[str], env: dict[str, str] | None) -> None:
            workers, here, children = (sum(client.run(_cpu).values()), _cpu(),
                                       _children_cpu())
            times.setdefault(name, []).append(peak_of(cmd, corpus, env)[0])
            cpus.setdefault(name, []).append((_children_cpu() - children,
                                              sum(client.run(_cpu).values()) - workers,
                                              _cpu() - here))

        for _ in range(rounds):
            measure("--jobs 2", [*base, "--jobs", "2"], None)
            for chunk in chunks:
                for extra in ({}, pair) if pair else ({},):
                    measure(f"Dask, chunk {chunk}" + "".join(f" {k}={v}"
                                                            for k, v in extra.items()),
                            [*base, "--scheduler", cluster.scheduler_address],
                            {**os.environ, "FAIRTRIAL_DASK_CHUNK": str(chunk), **extra})
        jobs = times["--jobs 2"]
        print(f"wall: median (range) of {rounds} rounds; CPU seconds, median: the command "
              f"(with its workers for --jobs 2), Dask's workers, the scheduler's process")
        for name, ts in times.items():
            ratio = spread([j / t for j, t in zip(jobs, ts, strict=True)], "{:.3f}")
            cpu = " / ".join(f"{median(list(c)):.2f}" for c in zip(*cpus[name], strict=True))
            print(f"{name:16} wall {spread(ts, '{:.2f}')} s; throughput / --jobs 2 {ratio}x; "
                  f"CPU {cpu}")


def _value(text: str) -> object:
    import ast

    try:
        return ast.literal_eval(text)
    except (ValueError, SyntaxError):
        return text


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=2000)
    parser.add_argument("--events", type=int, default=30)
    parser.add_argument("--chunk", type=int, nargs="*", default=[])
    parser.add_argument("--format", default="json", choices=["json", "parquet"])
    parser.add_argument("--speed", type=int, metavar="ROUNDS",
                        help="instead: throughput of Dask at each --chunk against --jobs 2")
    parser.add_argument("--config", nargs="*", default=[], metavar="KEY=VALUE",
                        help="Dask configuration of the cluster (distributed.worker...)")
    parser.add_argument("--env", nargs="*", default=[], metavar="NAME=VALUE",
                        help="environment of the command (FAIRTRIAL_...)")
    parser.add_argument("--pair", nargs="*", default=[], metavar="NAME=VALUE",
                        help="each round also runs the command with this environment "
                             "(after the command without it), and prints the ratios")
    parser.add_argument("--rounds", type=int, default=1)
    args = parser.parse_args()
    env = dict(e.split("=", 1) for e in args.env)
    config = {k: _value(v) for k, v in (c.split("=", 1) for c in args.config)}
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus.jsonl"
        write_distinct(corpus, args.cases, args.events)
        print(f"corpus: {args.cases} distinct cases of {args.events} events", flush=True)
        pair = dict(e.split("=", 1) for e in args.pair)
        if args.speed:
            speed(corpus, args.chunk or [64], args.speed, config, pair)
            return
        for chunk in args.chunk or [None]:
            ratios = []
            for _ in range(args.rounds):
                now = variant(corpus, chunk, args.format, env, config)
                if pair:
                    other = variant(corpus, chunk, args.format, {**env, **pair}, config)
                    ratios.append([a / b for a, b in zip(now, other, strict=True)])
            if ratios:
                print(f"chunk {chunk or 'default'}: as it is / with {args.pair}, "
                      f"{args.rounds} round(s): "
                      + "; ".join(f"{what} {spread([r[i] for r in ratios], '{:.3f}')}x"
                                  for i, what in enumerate(("wall", "command's peak",
                                                            "largest worker's peak"))),
                      flush=True)


if __name__ == "__main__":
    main()

