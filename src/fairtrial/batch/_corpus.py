"""Corpora: the batch of ``fairtrial assess`` with Parquet tables, a result cache, and Dask.

The cases are cut into chunks; each chunk's cases that the cache does not know are assessed
in this process, in a process pool (``--jobs``) or on a Dask cluster (``--scheduler``), and
the results come back in input order with a bounded number of chunks in flight. A JSON result
is made by ``_batch.assess_one`` itself, so the bytes are those of the local batch.
"""

from __future__ import annotations

import gc
import importlib.util
import json
import os
import sys
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Executor, ProcessPoolExecutor
from typing import Any, TextIO

from fairtrial._gc import collector_paused
from fairtrial.batch import _batch
from fairtrial.reports import _tables

#: A result: (status, payload, note); the payload is a JSON Lines text or a table record.
Result = tuple[int, Any, str]

_CHUNK, _WINDOW = 16, 4
#: Cases per Dask task: each task costs the scheduler and the client messages and bookkeeping,
#: so tasks are larger than a local pool's; but a worker holds a finished task's results (some
#: 125 kB of JSON a case) until the command fetches them, beside the task it is running, so
#: 64 cases took a worker over 100 MiB and 32 keep it under (docs/performance.md), at the
#: same CPU per case.
_DASK_CHUNK = int(os.environ.get("FAIRTRIAL_DASK_CHUNK", "32"))
_CONNECT_SECONDS = 20
#: FAIRTRIAL_DASK_DIRECT=0 when the workers cannot be reached from the command's machine.
_DASK_DIRECT = os.environ.get("FAIRTRIAL_DASK_DIRECT", "1") != "0"
#: Each result compressed on the worker (see ``work_chunk``); FAIRTRIAL_DASK_COMPRESS=0 sends
#: them as they are, as before (to compare; docs/performance.md).
_DASK_COMPRESS = os.environ.get("FAIRTRIAL_DASK_COMPRESS", "1") != "0"
#: Dask's settings for the command's own client, and those docs/performance.md advises for a
#: cluster's scheduler and workers (its ``export`` lines; the benchmark's and the tests'
#: LocalClusters start with them). Dask keeps, for debugging, the last 1,000 messages under
#: 1 MB that a process sent and the last 1,000 stimuli a worker received; each of ours carries
#: a task's cases, so a process grew by hundreds of megabytes over a large corpus. And each
#: scheduler, nanny and worker samples its CPU, memory, network and disk every 0.5 s and keeps
#: 7,200 samples (an hour, 2.5 MiB) for the dashboard's charts: 1,200 keep ten minutes of
#: them in 0.4 MiB.
DASK_CONFIG: dict[str, object] = {"distributed.admin.low-level-log-length": 0,
                                  "distributed.admin.system-monitor.log-length": 1200}

try:
    import orjson as _ORJSON
except ImportError:  # optional: the standard library's json gives the same records
    _ORJSON = None  # type: ignore[assignment]


class Unreachable(RuntimeError):
    """The Dask scheduler could not be reached."""


def work(kind: str, label: str, data: bytes | str, profile: str, plugins: bool,
         many: bool) -> Result:
    """One case's result; never raises for any input. ``kind`` is 'json' or 'rows'."""
    if kind == "rows":
        record, status = _tables.case_record(label, data, profile, plugins)
        return status, record, ""
    text, status, note = _batch.assess_one(label, data, "json", profile, plugins, many, False)
    return status, text, note


#: A chunk's results as they travel from a worker: every payload's bytes in one buffer, and
#: per case (status, size of its payload, note, what the payload was: _RECORD, _TEXT, _BYTES,
#: plus _COMPRESSED if its bytes are compressed).
Packed = tuple[bytearray, list[tuple[int, int, str, int]]]
_RECORD, _TEXT, _BYTES, _COMPRESSED = 0, 1, 2, 4


def work_chunk(args: list[tuple[Any, ...]], pack: bool = False,
               compress: bool = False) -> list[Result] | Packed:
    """The results of a chunk; with ``pack`` they travel as one buffer (see ``Packed``), with
    ``compress`` each result compressed in it.

    A list of results (some 125 kB of JSON a case) went through pickle, which copied all of
    it while the list was still alive; Dask sends a buffer as it is, and a result is appended
    to it (its own copy freed) as soon as it is made. Table records go as JSON: unpickled, a
    record is some 300 kB of Python objects, as JSON a fifth of that, and the process that
    writes the tables decodes them one at a time, as they are written.

    The collector is paused for the whole chunk, not only while loading and assessing (which
    pause it themselves): a chunk makes no cyclic garbage, and in a Dask worker, whose heap
    (distributed's objects) is not frozen as a forked pool's is, the passes between cases
    took some 15% of the worker's CPU.

    Compressed (Zstandard at level 1, as the cache stores them), a case's JSON takes a ninth
    of its bytes for about 0.1 ms against the 5 ms of assessing it: a Dask worker holds a
    finished task's results until the command fetches them, beside the task it is running,
    and those buffers (some 4 MB each for 32 cases, as they were) were what took a worker's
    peak over 100 MiB (docs/performance.md); they also cross the network."""
    if not pack:
        return [work(*a) for a in args]
    if compress:
        from fairtrial.batch import _codec
    buffer, index = bytearray(), []
    with collector_paused():
        for a in args:
            status, payload, note = work(*a)
            if isinstance(payload, dict):
                data, what = _pack(payload), _RECORD
            elif isinstance(payload, str):
                data, what = payload.encode("utf-8"), _TEXT
            else:
                data, what = payload, _BYTES
            if compress:
                data, what = _codec.compress(data), what | _COMPRESSED
            buffer += data
            index.append((status, len(data), note, what))
    return buffer, index


def _unpacked(value: list[Result] | Packed, raw: bool = False) -> Iterator[Result]:
    """Each result of a chunk; with ``raw``, a table record stays the JSON it travelled as."""
    if isinstance(value, list):
        yield from value
        return
    buffer, index = value
    view, start = memoryview(buffer), 0
    for status, size, note, what in index:
        data = bytes(view[start:start + size])
        start += size
        if what & _COMPRESSED:
            from fairtrial.batch import _codec

            data, what = _codec.decompress(data), what & ~_COMPRESSED
        yield status, ((data if raw else _unpack(data)) if what == _RECORD
                       else data.decode("utf-8") if what == _TEXT else data), note
    view.release()


def _pack(record: dict[str, Any]) -> bytes:
    if _ORJSON is not None:
        return bytes(_ORJSON.dumps(record))
    return json.dumps(record, ensure_ascii=False, separators=(",", ":")).encode()


def _unpack(data: bytes) -> Any:
    return (_ORJSON or json).loads(data)


def _prefix(label: str) -> str:
    return '{"file":' + json.dumps(label, ensure_ascii=False) + ","


def _store(kind: str, label: str, many: bool, payload: Any) -> bytes | None:
    """The payload without its label (a case's result does not depend on where it sits),
    compressed: results are repetitive JSON, and a ninth of the bytes is quicker to store and
    to read back than the whole."""
    from fairtrial.batch import _codec  # only with --cache: not for Dask's workers

    if kind == "rows":
        value = json.dumps(_relabel(payload, ""), ensure_ascii=False, separators=(",", ":"))
        _relabel(payload, label)  # the record is still to be written
        return _codec.compress(value.encode())
    # A JSON line may come already encoded (the fast encoder writes UTF-8 bytes).
    text = payload if isinstance(payload, bytes) else str(payload).encode()
    if not many:
        return _codec.compress(text)
    prefix = _prefix(label).encode()
    if not text.startswith(prefix):  # written some other way: stored, it could not be relabelled
        return None
    return _codec.compress(b"{" + text[len(prefix):])


def _restore(kind: str, label: str, many: bool, stored: bytes) -> Any:
    """The stored payload for ``label``: JSON Lines stay UTF-8 bytes, written as they are."""
    from fairtrial.batch import _codec

    value = _codec.decompress(stored)
    if kind == "rows":
        return _relabel(json.loads(value), label)
    if not many:
        return value
    # The label and the rest written one after the other: joined, they were one more buffer
    # of 150 kB (30 events) a case, made and freed, and the allocator gave its pages back to
    # the system and faulted them in again for every case.
    return _prefix(label).encode(), memoryview(value)[1:]


def _relabel(record: dict[str, Any], label: str) -> dict[str, Any]:
    record["case"]["file"] = label
    for row in (*record["findings"], *record["questions"]):
        row["file"] = label
    return record


class _Dask(Executor):
    """The part of a Dask client the ordered map needs, with retries on lost workers."""

    def __init__(self, client: Any) -> None:
        self._client = client

    def submit(self, fn: Any, /, *args: Any, **kwargs: Any) -> Any:
        # A task is a pure function of its chunk: when a worker dies the scheduler runs it
        # again elsewhere, and its result is still read once, in its place.
        return self._client.submit(fn, *args, retries=3, pure=False, **kwargs)


def results(items: Iterable[tuple[str, bytes | str]], *, kind: str, profile: str,
            plugins: bool, many: bool, jobs: int = 1, cache: Any = None,
            executor: Executor | None = None, window: int | None = None,
            chunk: int = _CHUNK, compress: bool = False, raw: bool = False) -> Iterator[Result]:
    """Each item's result in input order; cached results are reused and new ones stored;
    ``compress``: the executor's results travel compressed (see ``work_chunk``); ``raw``: a
    table record from the executor is given as its JSON bytes (not with a cache)."""
    from fairtrial.batch._cache import case_key

    flavour = f"{kind}:{profile}:{int(plugins)}:{int(many)}"
    # Per chunk: its entries (label, key, a reused result's status and stored bytes or None)
    # and the future of the cases it assessed.
    pending: deque[tuple[list[tuple[str, str | None, tuple[int, bytes] | None]], Any]] = deque()
    limit = window or max(jobs, 1) * _WINDOW

    def drain() -> Iterator[Result]:
        entries, future = pending.popleft()
        fresh = _unpacked(future.result(), raw and cache is None) \
            if future is not None else iter(())
        for label, key, hit in entries:
            if hit is not None:
                # Restored here, as it is written, not ahead in other threads: Zstandard
                # takes a tenth of a millisecond, and a buffer made in another thread and
                # freed in this one made the allocator give pages back and fault them in
                # again for every case (a third more CPU for a warm run; docs/performance.md).
                yield hit[0], _restore(kind, label, many, hit[1]), ""
                continue
            result = next(fresh)
            value = _store(kind, label, many, result[1]) \
                if key is not None and result[0] == _tables.OK else None
            if value is not None:
                cache.put(key, result[0], value)
            yield result

    def chunks() -> Iterator[list[tuple[str, bytes | str]]]:
        batch: list[tuple[str, bytes | str]] = []
        for item in items:
            batch.append(item)
            if len(batch) == chunk:
                yield batch
                batch = []
        if batch:
            yield batch

    for batch in chunks():
        entries: list[tuple[str, str | None, tuple[int, bytes] | None]] = []
        todo: list[tuple[Any, ...]] = []
        keys = [case_key(data, flavour) if cache is not None and isinstance(data, bytes)
                else None for _, data in batch]
        # One look-up for the chunk's keys.
        found = cache.get_many([k for k in keys if k is not None]) if cache is not None else {}
        for (label, data), key in zip(batch, keys, strict=True):
            hit = found.get(key) if key is not None else None
            entries.append((label, key, hit))
            if hit is None:
                todo.append((kind, label, data, profile, plugins, many))
        if executor is None:
            pending.append((entries, _Done(work_chunk(todo))))
        else:
            pending.append((entries, executor.submit(work_chunk, todo, True, compress)
                            if todo else None))
        while len(pending) >= limit:
            yield from drain()
    while pending:
        yield from drain()


class _Done:
    def __init__(self, value: list[Result] | Packed) -> None:
        self._value = value

    def result(self) -> list[Result] | Packed:
        return self._value


def run(items: Iterable[tuple[str, bytes | str]], out: TextIO, *, fmt: str, output_dir: str,
        profile: str, plugins: bool, many: bool, jobs: int, cache_path: str | None,
        scheduler: str | None, errors: TextIO | None = None) -> int:
    """``fairtrial assess`` with ``--format parquet``, ``--cache`` or ``--scheduler``."""
    errors = errors or sys.stderr
    kind = "rows" if fmt == "parquet" else "json"
    cache = None
    if cache_path is not None:
        from fairtrial.batch._cache import Cache, checklist_identity

        cache = Cache(cache_path, checklist_identity(_tables._checklist(profile, plugins)),
                      errors)
    writer: Any = None
    if kind == "rows" and scheduler is not None:
        # Its own process: with Dask's client in this one, the command peaked over 100 MiB.
        # Started first, so that it is not slowed by the connection to the scheduler.
        from fairtrial.batch._writer import WriterProcess

        writer = WriterProcess(output_dir)
    elif kind == "rows":
        _tables.spare_pandas()
        writer = _tables.TableWriter(output_dir)
    worst = _tables.OK
    frozen = False
    client = None
    try:
        executor: Executor | None = None
        if scheduler is not None:
            import dask
            from distributed import Client

            try:
                # Results come straight from the workers: through the scheduler every
                # result would cross two connections and load the scheduler's process.
                # Without Dask's message log (DASK_CONFIG) the command stays small.
                with dask.config.set(DASK_CONFIG):
                    client = Client(scheduler, set_as_default=False,
                                    timeout=_CONNECT_SECONDS, direct_to_workers=_DASK_DIRECT)
            except (OSError, TimeoutError, ValueError) as exc:
                raise Unreachable(f"cannot reach the Dask scheduler at {scheduler}: "
                                  f"{exc}") from None
            executor = _Dask(client)
            # Two tasks a worker thread: one running, one waiting, its input already there.
            # A task's results (32 cases, some 4 MB of JSON) wait in this process until
            # written, so more in flight would cost memory and gain nothing.
            window = sum(client.nthreads().values()) * 2
            chunk = _DASK_CHUNK
        elif jobs > 1:
            # Workers are forked: keep the collector off the pages they share with this
            # process, or its passes copy them in every worker (as _batch.run does).
            gc.freeze()
            frozen = True
            executor = ProcessPoolExecutor(max_workers=jobs)
            window = jobs * (_WINDOW if kind == "json" else _WINDOW // 2)
        else:
            window = 1
        if scheduler is None:
            chunk = _CHUNK
        binary = getattr(out, "buffer", None)
        if binary is not None:
            out.flush()
        with executor or _NoExecutor():
            for status, payload, note in results(
                    items, kind=kind, profile=profile, plugins=plugins, many=many, jobs=jobs,
                    cache=cache, executor=executor, window=window, chunk=chunk,
                    compress=scheduler is not None and _DASK_COMPRESS,
                    raw=scheduler is not None):
                worst = max(worst, status)
                if note:
                    errors.write(note)
                if writer is not None:
                    writer.add(payload)
                elif isinstance(payload, tuple):  # a reused JSON line: label, then the rest
                    if binary is not None:
                        binary.writelines(payload)
                    else:
                        out.write(b"".join(payload).decode("utf-8"))
                elif binary is not None:
                    binary.write(payload if isinstance(payload, bytes)
                                 else payload.encode("utf-8"))
                else:
                    out.write(payload.decode("utf-8") if isinstance(payload, bytes)
                              else payload)
        if writer is not None:
            writer.close()
            writer = None
    finally:
        if writer is not None:
            writer.abort()
        if cache is not None:
            cache.close()
            errors.write(f"fairtrial: cache {cache_path}: {cache.hits} result(s) reused, "
                         f"{cache.misses} case(s) assessed\n")
        if client is not None:
            client.close()
        if frozen:
            gc.unfreeze()
    return worst


class _NoExecutor:
    def __enter__(self) -> None:
        return None

    def __exit__(self, *exc: object) -> None:
        return None


def assess_corpus(args: Any, items: Iterable[tuple[str, bytes | str]], out: TextIO, *,
                  many: bool) -> int:
    """The CLI's checks for the corpus options, then ``run``; usage errors exit 2."""

    def usage(message: str) -> int:
        sys.stderr.write(f"fairtrial: {message}\n")
        return 2

    if args.format not in ("json", "parquet"):
        return usage(f"--cache and --scheduler work with --format json or parquet, not "
                     f"{args.format}")
    if args.format == "parquet":
        if not args.output_dir:
            return usage("--format parquet needs -o DIR, the directory for the tables")
        # Arrow's buffers from the C library's allocator, in the command only (not the
        # library's write_tables, which runs in someone else's process): pyarrow's default,
        # mimalloc, keeps freed memory for reuse, and the process writing the tables peaked
        # 9 MiB higher (112 against 103 MiB, 1,000 cases, --jobs 2) at the same CPU. Read
        # when pyarrow is imported, just below; a value the user set is kept.
        os.environ.setdefault("ARROW_DEFAULT_MEMORY_POOL", "system")
        if args.scheduler is not None:
            # The tables are written by a process of their own (fairtrial.batch._writer):
            # this one only needs to know that it can.
            if importlib.util.find_spec("pyarrow") is None:
                return usage(_tables.NO_PYARROW)
        else:
            if getattr(args, "as_program", False):  # not in a process that goes on
                # NumPy neither (some 5 MiB).
                _tables.import_lean(numpy=True)
            try:
                _tables.require_pyarrow()
            except _tables.TablesUnavailable as exc:
                return usage(str(exc))
    elif args.output_dir:
        return usage("-o DIR is for --format parquet")
    if args.scheduler is not None:
        if getattr(args, "as_program", False):
            # Without NumPy, which Dask's client imports only to allocate the buffers it
            # receives into, and makes them itself without it (some 5 MiB).
            _tables.import_lean(numpy=True, dask=True, tables=False)
        try:
            import distributed  # noqa: F401
        except ImportError:
            return usage("--scheduler needs Dask: pip install 'fairtrial[dask]'")
    from fairtrial.batch._cache import CacheBusy

    try:
        return run(items, out, fmt=args.format, output_dir=args.output_dir, profile=args.profile,
                   plugins=args.plugins, many=many, jobs=args.jobs, cache_path=args.cache,
                   scheduler=args.scheduler)
    except (CacheBusy, Unreachable) as exc:
        return usage(str(exc))
    except OSError as exc:
        name = exc.filename or args.output_dir or args.cache
        return usage(f"{name}: {exc.strerror or exc}")
