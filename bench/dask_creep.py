"""What grows in a Dask worker (and the scheduler) while `fairtrial assess --scheduler` runs.

    python bench/dask_creep.py --at 3000 10000 20000            # sizes of the bookkeeping
    python bench/dask_creep.py --at 3000 10000 20000 --trace    # and tracemalloc's differences
    python bench/dask_creep.py --at 3000 20000 --env FAIRTRIAL_DASK_COMPRESS=0

One command streams max(--at) distinct cases (as bench/batch.py's stream_rss makes them) into
a fresh LocalCluster of two one-thread workers (Dask's message log off, as the command and
docs/performance.md set it). At each point of --at the cases are written up to that point and
the benchmark waits until their results are out, so the workers are between tasks; then it reads
from each worker its RSS, peak, the lengths of Dask's logs and collections and fairtrial's
caches, a census of Python objects by type, and with --trace what tracemalloc saw allocated
since the previous point (by source line); and from the scheduler (in this process) its
collections. Differences between points show what grows with the number of tasks.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import threading
import time
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus import make_case
from dask_rss import _rss, _value, _warm


def _lengths(obj: Any) -> dict[str, int]:
    return {k: len(v) for k, v in obj.items()}


def _key_split_cached() -> int:
    """Task keys in Dask's cache of their prefixes (bounded at 100,000; no setting)."""
    from dask.utils import key_split

    return int(key_split.cache_info().currsize)


def _mallinfo() -> dict[str, float]:
    """glibc's own account, MiB: heap obtained from the system (arena), in use, free in it,
    and mmapped blocks (each returned to the system when freed)."""
    import ctypes

    class Info(ctypes.Structure):
        _fields_ = [(n, ctypes.c_size_t) for n in (
            "arena", "ordblks", "smblks", "hblks", "hblkhd", "usmblks", "fsmblks",
            "uordblks", "fordblks", "keepcost")]

    libc = ctypes.CDLL("libc.so.6")
    libc.mallinfo2.restype = Info
    info = libc.mallinfo2()
    return {"heap": info.arena / 2**20, "in use": info.uordblks / 2**20,
            "free in heap": info.fordblks / 2**20, "mmapped": info.hblkhd / 2**20,
            "mmapped blocks": info.hblks}


def _pymalloc() -> dict[str, float]:
    """Python's small-object allocator, MiB: its arenas (256 kB to 1 MiB each, returned to
    the system only when empty) against the blocks in use in them."""
    import re
    import tempfile

    with tempfile.TemporaryFile() as tmp:
        sys.stderr.flush()
        saved = os.dup(2)
        os.dup2(tmp.fileno(), 2)
        try:
            sys._debugmallocstats()  # type: ignore[attr-defined]
        finally:
            os.dup2(saved, 2)
            os.close(saved)
        tmp.seek(0)
        text = tmp.read().decode(errors="replace")

    def number(label: str) -> float:
        found = re.search(re.escape(label) + r"\s*=\s*([\d,]+)", text)
        return int(found.group(1).replace(",", "")) if found else -1

    return {"arenas": number("# arenas allocated current"),
            "arena MiB": number("Total") / 2**20,
            "in blocks MiB": number("# bytes in allocated blocks") / 2**20,
            "free in pools MiB": (number("# bytes in available blocks")
                                  + number("# bytes lost to pool headers")
                                  + number("# bytes lost to quantization")
                                  + number("# bytes lost to arena alignment")) / 2**20}


def _smaps() -> dict[str, float]:
    """RSS by kind of mapping, MiB: anonymous (heap, arenas, mmaps) against files."""
    kinds: dict[str, float] = {}
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith(("RssAnon", "RssFile", "RssShmem")):
                name, value = line.split(":")
                kinds[name] = int(value.split()[0]) / 1024
    return kinds


def _worker_state(dask_worker: Any = None, trace: bool = False) -> dict[str, Any]:
    """Measured inside a worker (client.run passes ``dask_worker``)."""
    import gc
    import linecache
    import tracemalloc

    w = dask_worker
    st = w.state
    out: dict[str, Any] = {}
    out["rss"], out["hwm"] = _rss()
    sizes = {
        "state.log": len(st.log), "state.stimulus_log": len(st.stimulus_log),
        "state.tasks": len(st.tasks), "state.data": len(st.data),
        "transfer_outgoing_log": len(w.transfer_outgoing_log),
        "transfer_incoming_log": len(w.transfer_incoming_log),
        "node log": len(w._deque_handler.deque) if hasattr(w, "_deque_handler") else -1,
        "batched recent_message_log": len(getattr(w.batched_stream, "recent_message_log", ())),
        "digests_total": len(w.digests_total),
        "digests_total_since_heartbeat": len(w.digests_total_since_heartbeat),
        "digests_max": len(w.digests_max),
        "profile_keys": len(w.profile_keys),
        "profile_history": len(w.profile_history),
        "monitor quantities (longest)": max(len(q) for q in w.monitor.quantities.values()),
        "linecache files": len(linecache.cache),
        "linecache lines": sum(len(v[2]) for v in linecache.cache.values() if len(v) > 2),
        "gc objects": len(gc.get_objects()),
        "sys.modules": len(sys.modules),
        "dask key_split cache": _key_split_cached(),
    }
    for name in ("task_counter", "_async_instructions", "active_keys", "bandwidth_workers",
                 "bandwidth_types", "stream_comms", "threads", "active_threads"):
        value = getattr(w, name, None) if not name.startswith("task") else getattr(st, name, None)
        if value is not None and hasattr(value, "__len__"):
            sizes[name] = len(value)
    for attr in dir(st):
        value = getattr(st, attr, None)
        if isinstance(value, (dict, set, list)) and not attr.startswith("__"):
            sizes[f"state.{attr}"] = len(value)
    # fairtrial's bounded caches
    for mod_name, mod in list(sys.modules.items()):
        if not mod_name.startswith("fairtrial"):
            continue
        for attr, value in list(vars(mod).items()):
            info = getattr(value, "cache_info", None)
            if callable(info) and getattr(value, "__module__", "") == mod_name:
                sizes[f"cache {mod_name}.{attr}"] = info().currsize
    out["sizes"] = sizes
    out["malloc"] = _mallinfo()
    out["smaps"] = _smaps()
    out["pymalloc"] = _pymalloc()
    census = Counter(type(o).__name__ for o in gc.get_objects())
    out["census"] = dict(census)
    if trace:
        if not tracemalloc.is_tracing():
            tracemalloc.start(int(os.environ.get("CREEP_FRAMES", "1")))
            w._creep_snapshot = None
        snap = tracemalloc.take_snapshot().filter_traces(
            (tracemalloc.Filter(False, tracemalloc.__file__),))
        prev = getattr(w, "_creep_snapshot", None)
        if prev is not None:
            stats = snap.compare_to(prev, "lineno")
            out["trace"] = [str(s) for s in stats[:25]]
            out["trace_total"] = sum(s.size_diff for s in stats)
        w._creep_snapshot = snap
        out["traced"] = tracemalloc.get_traced_memory()[0]
    return out


def _scheduler_state(s: Any) -> dict[str, int]:
    sizes = {
        "tasks": len(s.tasks), "task_groups": len(s.task_groups),
        "task_prefixes": len(s.task_prefixes), "transition_log": len(s.transition_log),
        "events (all topics)": sum(len(t.events) for t in s._broker._topics.values()),
        "event topics": len(s._broker._topics),
        "computations": len(s.computations),
        "last computation's groups": len(s.computations[-1].groups) if s.computations else 0,
        "last computation's code": len(s.computations[-1].code) if s.computations else 0,
        "clients": len(s.clients), "replicated_tasks": len(s.replicated_tasks),
        "unknown_durations": len(getattr(s, "unknown_durations", ())),
        "task_metadata": len(getattr(s, "task_metadata", {})),
    }
    spans = s.extensions.get("spans")
    if spans is not None:
        sizes["spans"] = len(spans.spans)
        sizes["span groups (sum)"] = sum(len(sp.groups) for sp in spans.spans.values())
        sizes["spans_search_by_name"] = len(spans.spans_search_by_name)
        sizes["spans_search_by_tag"] = len(spans.spans_search_by_tag)
    for prefix in s.task_prefixes.values():
        sizes[f"prefix {prefix.name} all_durations"] = len(prefix.all_durations)
        sizes[f"prefix {prefix.name} groups"] = len(getattr(prefix, "_groups", ()))
    sizes["gc objects"] = len(__import__("gc").get_objects())
    sizes["dask key_split cache"] = _key_split_cached()
    return sizes


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--at", type=int, nargs="+", default=[3000, 10000, 20000])
    parser.add_argument("--events", type=int, default=30)
    parser.add_argument("--trace", action="store_true")
    parser.add_argument("--config", nargs="*", default=[], metavar="KEY=VALUE")
    parser.add_argument("--env", nargs="*", default=[], metavar="NAME=VALUE",
                        help="environment of the command (FAIRTRIAL_...)")
    parser.add_argument("--json", metavar="FILE", help="also write every reading here")
    args = parser.parse_args()
    import dask
    from distributed import Client, LocalCluster

    config = {k: _value(v) for k, v in (c.split("=", 1) for c in args.config)}
    from fairtrial.batch._corpus import DASK_CONFIG
    dask.config.set({**DASK_CONFIG, **config})
    templates = []
    for seed in range(50):
        case = make_case(args.events, seed=seed)
        case["id"] = "\0"
        templates.append(json.dumps(case).split('"\\u0000"'))
    readings: list[dict[str, Any]] = []
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                      dashboard_address=":0", silence_logs=50) as cluster, \
            Client(cluster) as client:
        client.run(_warm)

        def read(n: int) -> None:
            workers = client.run(_worker_state, trace=args.trace)
            sched = _scheduler_state(cluster.scheduler)
            readings.append({"cases": n, "workers": workers, "scheduler": sched})
            print(f"--- {n} cases, {time.perf_counter() - start:.0f} s", flush=True)
            for addr, r in workers.items():
                print(f"worker {addr}: RSS {r['rss']:.1f} MiB, peak {r['hwm']:.1f} MiB"
                      + (f", traced {r['traced'] / 2**20:.2f} MiB" if "traced" in r else ""),
                      flush=True)
                print("  malloc: " + ", ".join(f"{k} {v:.1f}" for k, v in r["malloc"].items())
                      + "; " + ", ".join(f"{k} {v:.1f}" for k, v in r["smaps"].items()),
                      flush=True)
                print("  pymalloc: " + ", ".join(f"{k} {v:.1f}"
                                                 for k, v in r["pymalloc"].items()), flush=True)
            if len(readings) > 1:
                before = readings[-2]
                for addr, r in workers.items():
                    b = before["workers"][addr]
                    grew = {k: v - b["sizes"].get(k, 0) for k, v in r["sizes"].items()
                            if v != b["sizes"].get(k, 0)}
                    print(f"  {addr} sizes that changed: {grew}")
                    census = Counter(r["census"])
                    census.subtract(b["census"])
                    print(f"  {addr} objects grown: "
                          f"{[(k, v) for k, v in census.most_common(12) if v > 0]}")
                    for line in r.get("trace", [])[:25]:
                        print(f"    {line}")
                    if "trace_total" in r:
                        print(f"    total traced growth {r['trace_total'] / 2**20:.2f} MiB")
                grew = {k: v - before["scheduler"].get(k, 0) for k, v in sched.items()
                        if v != before["scheduler"].get(k, 0)}
                print(f"  scheduler sizes that changed: {grew}", flush=True)
            else:
                for addr, r in workers.items():
                    print(f"  {addr} sizes: {r['sizes']}")
                print(f"  scheduler: {sched}", flush=True)

        env = {**os.environ, **dict(e.split("=", 1) for e in args.env)}
        cmd = [sys.executable, "-m", "fairtrial", "assess", "--lines", "-", "--format", "json",
               "--scheduler", cluster.scheduler_address]
        start = time.perf_counter()
        if args.trace:
            read(0)
        proc = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE, env=env)
        assert proc.stdin is not None and proc.stdout is not None
        done = [0]
        cond = threading.Condition()

        def reader() -> None:
            assert proc.stdout is not None
            for block in iter(lambda: proc.stdout.read(1 << 20), b""):  # type: ignore[union-attr]
                with cond:
                    done[0] += block.count(b"\n")
                    cond.notify_all()

        threading.Thread(target=reader, daemon=True).start()
        written = 0
        for point in sorted(args.at):
            while written < point:
                head, tail = templates[written % 50]
                proc.stdin.write(f'{head}"case-{written}"{tail}\n'.encode())
                written += 1
            proc.stdin.flush()
            # The command has every result only when its input is closed (a partial chunk
            # waits for more cases, and finished tasks wait in its window), so wait until
            # the cases are out but for those, and then until no worker has a task running.
            with cond:
                while done[0] < point - 4 * 32 and proc.poll() is None:
                    cond.wait(1)
            time.sleep(0.5)
            while any(ws.processing for ws in cluster.scheduler.workers.values()):
                time.sleep(0.2)
            read(point)
        proc.stdin.close()
        proc.wait()
        print(f"command exited {proc.returncode} after {time.perf_counter() - start:.0f} s; "
              f"{done[0]} lines", flush=True)
        read(written)
    if args.json:
        Path(args.json).write_text(json.dumps(readings, indent=1))


if __name__ == "__main__":
    main()
