"""The result cache of ``fairtrial assess --cache PATH``: one SQLite file (standard library).

A result is stored under a key made of a hash of the case's bytes, the kind of output, and
the identity of everything that decides the result: fairtrial's version, the checklist's
criteria ids and a hash of the source and data files of the package (and of any plugin's
module). Editing a case changes its key; changing the checklist or upgrading fairtrial
changes every key, and the old entries are dropped.

Concurrency: one writer. The run holds an exclusive lock on the file from start to end; a
second run on the same file stops with a message instead of waiting or corrupting it.

A file that is not a fairtrial cache (not SQLite, another program's database, a damaged
file) is never trusted: it is reported, moved aside to PATH.bad, and a new cache is built.
Each entry also carries a checksum, so a damaged entry is reported and recomputed.
"""

from __future__ import annotations

import hashlib
import inspect
import os
import sqlite3
import zlib
from pathlib import Path
from typing import Any, TextIO

from fairtrial.batch import _codec

_SCHEMA_VERSION = "2"
_APPLICATION_ID = 0x46545243  # 'FTRC': marks the SQLite file as fairtrial's
_COMMIT_EVERY = 1000
# A result is tens of kilobytes even compressed: on SQLite's default 4 kB pages one is read
# through a chain of overflow pages, on 64 kB pages usually from one, about 3x quicker.
_PAGE_SIZE = 65536


class CacheBusy(RuntimeError):
    """Another run holds the cache file."""


def checklist_identity(checklist: Any) -> str:
    """A hash of what decides an assessment besides the case: the fairtrial version, the
    criteria ids in order, and the bytes of fairtrial's source and data files and of every
    module that defines a criterion's decision function (plugins included)."""
    import fairtrial

    h = hashlib.sha256()
    h.update(f"fairtrial {fairtrial.__version__}\n".encode())
    h.update(checklist.name.encode() + b"\n")
    files: set[Path] = set()
    root = Path(fairtrial.__file__).resolve().parent
    for path in root.rglob("*"):
        if path.suffix in (".py", ".csv", ".json") and path.is_file():
            files.add(path)
    for criterion in checklist.criteria:
        h.update(criterion.id.encode() + b"\n")
        try:
            source = inspect.getsourcefile(criterion.decide)
        except TypeError:  # a builtin or C function: its id and fairtrial's version must do
            source = None
        if source:
            files.add(Path(source).resolve())
    for path in sorted(files):
        h.update(str(path.relative_to(root) if path.is_relative_to(root) else path.name)
                 .encode() + b"\0")
        h.update(hashlib.sha256(path.read_bytes()).digest())
    return h.hexdigest()


def case_key(data: bytes, kind: str) -> str:
    return hashlib.sha256(kind.encode() + b"\0" + data).hexdigest()


def _check(key: str, value: bytes | str) -> str:
    # Against damage, not tampering: CRC-32 reads a 50 kB result in microseconds.
    data = value.encode() if isinstance(value, str) else value  # str: not what was stored
    return f"{zlib.crc32(data, zlib.crc32(key.encode())):08x}"


class Cache:
    """Results by case key, for one checklist identity. Use as a context manager."""

    def __init__(self, path: str, identity: str, errors: TextIO) -> None:
        self.path, self.identity, self._errors = path, identity, errors
        self.hits = self.misses = 0
        self._pending = 0
        self._db = self._open()

    def _open(self) -> sqlite3.Connection:
        try:
            return self._connect()
        except CacheBusy:
            raise
        except sqlite3.DatabaseError as exc:
            reason = str(exc)
        except _Foreign as exc:
            reason = str(exc)
        self._report_and_move(reason)
        return self._connect()

    def _report_and_move(self, reason: str) -> None:
        bad = self.path + ".bad"
        self._errors.write(f"fairtrial: {self.path}: not a usable fairtrial cache ({reason}); "
                           f"moved aside to {bad}, building a new one\n")
        os.replace(self.path, bad)

    def _connect(self) -> sqlite3.Connection:
        fresh = not os.path.exists(self.path) or os.path.getsize(self.path) == 0
        db = sqlite3.connect(self.path, timeout=0, isolation_level=None)
        try:
            if fresh:
                db.execute(f"PRAGMA page_size={_PAGE_SIZE}")  # before anything is written
            db.execute("PRAGMA locking_mode=EXCLUSIVE")
            try:
                db.execute("BEGIN EXCLUSIVE")
            except sqlite3.OperationalError as exc:
                if "locked" in str(exc):
                    raise CacheBusy(f"{self.path} is in use by another fairtrial run; a cache "
                                    "has one writer at a time") from None
                raise
            if fresh:
                db.execute(f"PRAGMA application_id={_APPLICATION_ID}")
                db.execute("CREATE TABLE meta (name TEXT PRIMARY KEY, value TEXT NOT NULL)")
                # A rowid table: SQLite keeps large values out of WITHOUT ROWID b-trees badly.
                db.execute("CREATE TABLE result (key TEXT PRIMARY KEY, status INTEGER NOT NULL,"
                           " value BLOB NOT NULL, check_ TEXT NOT NULL)")
                db.executemany("INSERT INTO meta VALUES (?, ?)",
                               [("schema", _SCHEMA_VERSION), ("identity", self.identity)])
            else:
                self._verify(db)
            return db
        except BaseException:
            db.close()
            raise

    def _verify(self, db: sqlite3.Connection) -> None:
        (app,) = db.execute("PRAGMA application_id").fetchone()
        if app != _APPLICATION_ID:
            raise _Foreign("the file belongs to another program")
        meta = dict(db.execute("SELECT name, value FROM meta").fetchall())
        if meta.get("schema") != _SCHEMA_VERSION:
            raise _Foreign(f"cache format {meta.get('schema')!r}, expected {_SCHEMA_VERSION!r}")
        db.execute("SELECT key, status, value, check_ FROM result LIMIT 1").fetchall()
        if meta.get("identity") != self.identity:
            # The checklist or fairtrial changed: every stored result is stale.
            db.execute("DELETE FROM result")
            db.execute("UPDATE meta SET value = ? WHERE name = 'identity'", (self.identity,))

    def _rebuild(self, exc: sqlite3.DatabaseError) -> None:
        # Damage found mid-run (the file is not scanned up front: a cache of a large corpus
        # is gigabytes): what is stored so far is not trusted either.
        self._db.close()
        self._report_and_move(str(exc))
        self._db = self._connect()

    def get(self, key: str) -> tuple[int, bytes] | None:
        return self.get_many([key]).get(key)

    def get_many(self, keys: list[str]) -> dict[str, tuple[int, bytes]]:
        """The usable entries among ``keys``, by key: one statement a chunk instead of one a
        case. A key that is absent, damaged or stored by a codec this process lacks is not in
        the result, and counts as a miss."""
        found: dict[str, tuple[int, bytes]] = {}
        rows: list[Any] = []
        try:
            # SQLite before 3.32 takes at most 999 parameters in a statement.
            for start in range(0, len(keys), 500):
                part = keys[start:start + 500]
                rows += self._db.execute(
                    "SELECT key, status, value, check_ FROM result WHERE key IN "
                    f"({','.join('?' * len(part))})", part).fetchall()
        except sqlite3.DatabaseError as exc:
            self._rebuild(exc)
            rows = []
        wanted = set(keys)
        for key, status, value, check in rows:
            if key not in wanted:
                continue
            if not isinstance(value, bytes) or check != _check(key, value):
                self._errors.write(f"fairtrial: {self.path}: a damaged entry was ignored and "
                                   "will be recomputed\n")
                continue
            if _codec.readable(value):
                found[key] = (int(status), value)
        self.hits += sum(key in found for key in keys)
        self.misses += sum(key not in found for key in keys)
        return found

    def put(self, key: str, status: int, value: bytes) -> None:
        try:
            self._db.execute("INSERT OR REPLACE INTO result VALUES (?, ?, ?, ?)",
                             (key, status, value, _check(key, value)))
            self._pending += 1
            if self._pending >= _COMMIT_EVERY:  # keep what is done if the run is interrupted
                self._db.execute("COMMIT")
                self._db.execute("BEGIN EXCLUSIVE")
                self._pending = 0
        except sqlite3.DatabaseError as exc:
            self._rebuild(exc)

    def close(self) -> None:
        try:
            self._db.execute("COMMIT")
        finally:
            self._db.close()

    def __enter__(self) -> Cache:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class _Foreign(Exception):
    pass
