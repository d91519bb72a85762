"""How a chunk's results travel from a worker (a --jobs process or a Dask worker) to the
command: packed into one buffer, they must come back exactly as they were made."""

from __future__ import annotations

import gc
import json
import sys
from typing import Any

from fairtrial.batch import _corpus

from .conftest import ROOT

sys.path.insert(0, str(ROOT / "bench"))
from corpus import make_case


def chunk(kind: str) -> list[tuple[Any, ...]]:
    good = json.dumps(make_case(8, seed=3)).encode()
    other = json.dumps({**make_case(5, seed=4), "title": "Ça, 日本語"}, ensure_ascii=False)
    return [(kind, "c.jsonl:1", good, "full", False, True),
            (kind, "c.jsonl:2", b"{not json", "full", False, True),       # an error record
            (kind, "c.jsonl:3", "cannot read: gone", "full", False, True),  # unreadable
            (kind, "c.jsonl:4", other.encode(), "full", False, True),     # non-ASCII text
            (kind, "c.jsonl:5", b'{"id": 1}', "full", False, True)]      # invalid case


def test_packed_results_unpack_to_the_results_themselves() -> None:
    for kind in ("json", "rows"):
        args = chunk(kind)
        plain = _corpus.work_chunk(args)
        packed = _corpus.work_chunk(args, True)
        assert isinstance(packed, tuple) and isinstance(packed[0], bytearray)
        assert list(_corpus._unpacked(packed)) == plain
        # Same types too: JSON lines stay bytes or text as made, records are dicts again.
        assert [type(p) for _, p, _ in _corpus._unpacked(packed)] == \
            [type(p) for _, p, _ in plain]
        assert {s for s, _, _ in plain} != {plain[0][0]}  # errors were among them


def test_compressed_results_unpack_to_the_results_themselves() -> None:
    for kind in ("json", "rows"):
        args = chunk(kind)
        packed = _corpus.work_chunk(args, True)
        compressed = _corpus.work_chunk(args, True, True)
        assert isinstance(compressed, tuple) and isinstance(packed, tuple)
        assert list(_corpus._unpacked(compressed)) == list(_corpus._unpacked(packed))
        assert all(what & _corpus._COMPRESSED for _, _, _, what in compressed[1])
        # What a worker holds and sends: a case's results are repetitive JSON.
        assert len(compressed[0]) * 3 < len(packed[0])


def test_a_chunk_leaves_the_collector_as_it_found_it() -> None:
    assert gc.isenabled()
    _corpus.work_chunk(chunk("json")[:2], True)
    assert gc.isenabled()
    gc.disable()
    try:
        _corpus.work_chunk(chunk("json")[:2], True)
        assert not gc.isenabled()
    finally:
        gc.enable()
