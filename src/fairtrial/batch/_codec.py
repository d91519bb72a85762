"""How the cache compresses a result: Zstandard where it is available, else zlib.

Decompressing is most of what a reused result costs (a case of 30 events gives some 150 kB
of JSON). Zstandard at level 1 reads it back about 2.5 times quicker than zlib at level 1,
writes it about 4 times quicker, and stores 15% fewer bytes (docs/performance.md). It is the
standard library's ``compression.zstd`` from Python 3.14 and the ``backports.zstd`` package
before; where neither is there (or ``FAIRTRIAL_PURE_PYTHON=1``), zlib is used.

An entry says which it is by its first bytes (a Zstandard frame's magic number; a zlib
stream never starts with them), so one cache file can hold both: a cache written where
Zstandard was available and read where it is not simply misses those entries, which are
assessed again and stored anew.
"""

from __future__ import annotations

import os
import zlib
from types import ModuleType

_ZSTD_MAGIC = b"\x28\xb5\x2f\xfd"


def _zstd() -> ModuleType | None:
    if os.environ.get("FAIRTRIAL_PURE_PYTHON"):
        return None
    try:
        from compression import zstd  # type: ignore[import-not-found, unused-ignore]
    except ImportError:
        try:
            from backports import zstd  # type: ignore[import-not-found, no-redef, unused-ignore]
        except ImportError:
            return None
    return zstd  # type: ignore[no-any-return, unused-ignore]


ZSTD: ModuleType | None = _zstd()


class Unreadable(Exception):
    """An entry in a format this process cannot decompress (Zstandard, without the module)."""


def compress(data: bytes) -> bytes:
    if ZSTD is not None:
        return bytes(ZSTD.compress(data, level=1))
    return zlib.compress(data, 1)


def decompress(data: bytes) -> bytes:
    """The bytes ``compress`` was given; ``Unreadable`` if this process lacks the codec."""
    if data[:4] == _ZSTD_MAGIC:
        if ZSTD is None:
            raise Unreadable("a Zstandard entry, and no Zstandard module")
        return bytes(ZSTD.decompress(data))
    return zlib.decompress(data)


def readable(data: bytes) -> bool:
    """Whether ``decompress`` can read this entry here."""
    return ZSTD is not None or data[:4] != _ZSTD_MAGIC
