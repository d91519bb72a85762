"""The Parquet tables written by a process of their own, for ``assess --scheduler``.

Dask's client and pyarrow's Parquet module cannot share one process under 100 MiB: the
command peaked at 108 MiB with both (docs/performance.md), some 57 MiB for pyarrow and 26.5
MiB for ``distributed`` before the first row. So with ``--scheduler`` the command starts this
module as a fresh interpreter, which imports pyarrow but neither Dask nor the checklist, and
sends it each case's record as the JSON it arrived in. The pipe between them is bounded (the
command blocks while the writer catches up), so neither holds more than a few records.

The protocol on the writer's standard input: frames of a 4-byte little-endian length and
that many bytes of a record's JSON; a frame of length zero closes the tables (they appear
under their names); end of input without it removes the partial files. The writer answers on
its standard output with one JSON object: ``{"ok": true}``, or the error that stopped it.
"""

from __future__ import annotations

import contextlib
import json
import os
import struct
import subprocess
import sys
from pathlib import Path
from typing import IO, Any

_LENGTH = struct.Struct("<I")


class WriterProcess:
    """``TableWriter``'s ``add``/``close``/``abort`` with the writing done in a child process."""

    def __init__(self, directory: str) -> None:
        # The child finds this fairtrial even when the parent was given it on sys.path only.
        source = str(Path(__file__).resolve().parents[2])
        env = dict(os.environ)
        env["PYTHONPATH"] = os.pathsep.join(p for p in (source, env.get("PYTHONPATH")) if p)
        self._child = subprocess.Popen(
            [sys.executable, "-m", "fairtrial.batch._writer", directory],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, env=env)
        assert self._child.stdin is not None
        self._pipe: IO[bytes] = self._child.stdin
        self._done: dict[str, Any] | None = None

    def add(self, record: dict[str, Any] | bytes) -> None:
        data = record if isinstance(record, bytes) else _encode(record)
        try:
            self._pipe.write(_LENGTH.pack(len(data)))
            self._pipe.write(data)
        except BrokenPipeError:  # the writer stopped: its own answer says why
            self._raise(self._answer())

    def close(self) -> None:
        with contextlib.suppress(BrokenPipeError):
            self._pipe.write(_LENGTH.pack(0))
            self._pipe.close()
        self._raise(self._answer())

    def abort(self) -> None:
        with contextlib.suppress(BrokenPipeError):
            self._pipe.close()  # end of input without the closing frame
        self._answer()

    def _answer(self) -> dict[str, Any]:
        if self._done is not None:
            return self._done
        assert self._child.stdout is not None
        with self._child.stdout:
            text = self._child.stdout.read()
        code = self._child.wait()
        self._done = self._read(text, code)
        return self._done

    @staticmethod
    def _read(text: bytes, code: int) -> dict[str, Any]:
        try:
            answer = json.loads(text)
        except ValueError:
            answer = None
        if not isinstance(answer, dict):
            return {"ok": False, "error": f"the process writing the tables ended with code "
                                          f"{code} without saying why"}
        return answer

    @staticmethod
    def _raise(answer: dict[str, Any]) -> None:
        if answer.get("ok"):
            return
        raise OSError(answer.get("errno") or 0, str(answer.get("error")),
                      answer.get("filename"))


def _encode(record: dict[str, Any]) -> bytes:
    # In the command, which has the corpus module loaded already: its encoder.
    from fairtrial.batch._corpus import _pack

    return _pack(record)


def _decode(data: bytes) -> Any:
    # Not _corpus._unpack: in the writer, importing that module would load the batch code
    # (the loader, the checklist's imports) into the process kept small on purpose.
    try:
        import orjson
    except ImportError:
        return json.loads(data)
    return orjson.loads(data)


def _frames(stream: IO[bytes]) -> Any:
    """Each record's bytes; ``None`` once the closing frame comes, EOFError without it."""
    while True:
        head = stream.read(_LENGTH.size)
        if len(head) < _LENGTH.size:
            raise EOFError
        (size,) = _LENGTH.unpack(head)
        if not size:
            yield None
            return
        data = stream.read(size)
        if len(data) < size:
            raise EOFError
        yield data


def _serve(directory: str, stream: IO[bytes]) -> dict[str, Any]:
    from fairtrial.reports import _tables

    # As the command does for its own writer: nothing pyarrow imports and never uses.
    _tables.import_lean(numpy=True)
    _tables.spare_pandas()
    writer = _tables.TableWriter(directory)
    try:
        for data in _frames(stream):
            if data is None:
                writer.close()
                return {"ok": True}
            writer.add(_decode(data))
    except BaseException:
        writer.abort()
        raise
    return {"ok": True}  # pragma: no cover - _frames ends with None or EOFError


def main(argv: list[str]) -> int:
    os.environ.setdefault("ARROW_DEFAULT_MEMORY_POOL", "system")
    try:
        answer = _serve(argv[0], sys.stdin.buffer)
    except (EOFError, KeyboardInterrupt):  # the command stopped: it says why
        answer = {"ok": False, "error": "stopped before the end: the tables were removed"}
    except OSError as exc:
        answer = {"ok": False, "errno": exc.errno, "error": exc.strerror or str(exc),
                  "filename": exc.filename}
    except Exception as exc:  # reported to the command, which exits with a message
        answer = {"ok": False, "error": f"{type(exc).__name__}: {exc}"}
    sys.stdout.write(json.dumps(answer))
    sys.stdout.flush()
    return 0 if answer["ok"] else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
