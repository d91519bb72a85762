"""assess --cache: only changed cases are assessed again; a bad cache is never trusted."""

from __future__ import annotations

import io
import json
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import attrs
import pytest

import fairtrial
from fairtrial.assessment import _assess
from fairtrial.batch import _cache
from fairtrial.checklist import PROFILES, default_checklist
from fairtrial.cli._cli import main

from .conftest import ROOT

sys.path.insert(0, str(ROOT / "bench"))
from corpus import make_case


@pytest.fixture
def counted(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The ids of the cases assessed, in order, for runs in this process."""
    seen: list[str] = []
    real = _assess.assess

    def assess(case: Any, checklist: Any = None) -> Any:
        seen.append(case.id)
        return real(case, checklist)

    monkeypatch.setattr(_assess, "assess", assess)
    return seen


def write(path: Path, cases: list[dict[str, Any]]) -> Path:
    lines = [json.dumps(c) for c in cases]
    lines.insert(3, "{not json")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def corpus(n: int = 100) -> list[dict[str, Any]]:
    cases = []
    for i in range(n):
        case = make_case(8, seed=i, defendants=1)
        case["id"] = f"case-{i}"
        cases.append(case)
    return cases


def assess(*args: str, capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    out = io.StringIO()
    code = main(["assess", "--lines", "--format", "json", *args], out=out)
    return code, out.getvalue(), capsys.readouterr().err


def test_rerun_after_editing_one_percent_assesses_only_those(
        tmp_path: Path, counted: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    cases = corpus()
    path = write(tmp_path / "corpus.jsonl", cases)
    cache = str(tmp_path / "cache.sqlite")
    code, plain, _ = assess(str(path), capsys=capsys)
    counted.clear()
    assert assess(str(path), "--cache", cache, capsys=capsys)[:2] == (code, plain)
    assert len(counted) == 100
    counted.clear()
    code2, warm, err = assess(str(path), "--cache", cache, capsys=capsys)
    assert (code2, warm) == (code, plain) and counted == []
    assert "100 result(s) reused, 1 case(s) assessed" in err  # the broken line is never stored
    cases[17]["title"] = "Corrected title"
    cases[60]["events"][0]["provenance"]["standing"] = "established"
    write(path, cases)
    counted.clear()
    _, edited, _ = assess(str(path), "--cache", cache, capsys=capsys)
    assert counted == ["case-17", "case-60"]
    assert edited == assess(str(path), capsys=capsys)[1]  # what a run without a cache writes


def test_parquet_with_a_cache_is_identical(tmp_path: Path, counted: list[str],
                                           capsys: pytest.CaptureFixture[str]) -> None:
    pytest.importorskip("pyarrow")
    path = write(tmp_path / "corpus.jsonl", corpus(20))
    cache = str(tmp_path / "cache.sqlite")
    outputs = []
    for name, extra in (("plain", []), ("cold", ["--cache", cache]), ("warm", ["--cache", cache])):
        counted.clear()
        main(["assess", "--lines", str(path), "--format", "parquet", "-o",
              str(tmp_path / name), *extra])
        outputs.append([(tmp_path / name / f"{t}.parquet").read_bytes()
                        for t in ("cases", "findings", "questions")])
    assert counted == []  # the warm run
    assert outputs[0] == outputs[1] == outputs[2]


def test_a_changed_checklist_or_version_invalidates_everything(
        tmp_path: Path, counted: list[str], capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    path = write(tmp_path / "corpus.jsonl", corpus(5))
    cache = str(tmp_path / "cache.sqlite")
    assess(str(path), "--cache", cache, capsys=capsys)
    counted.clear()
    monkeypatch.setattr(fairtrial, "__version__", "99.0")
    assess(str(path), "--cache", cache, capsys=capsys)
    assert len(counted) == 5

def test_the_identity_follows_criteria_and_their_code() -> None:
    full = default_checklist()
    same = _cache.checklist_identity(full)
    assert same == _cache.checklist_identity(default_checklist())
    others = {_cache.checklist_identity(default_checklist(p)) for p in PROFILES if p != "full"}
    assert others and same not in others
    # A plugin criterion whose decision lives in another file: that file is part of it.
    first = full.criteria[0]
    plugin = attrs.evolve(first, id="plugin.x", decide=lambda ctx: first.decide(ctx))
    more = type(full).of(full.name, (*full.criteria, plugin))
    assert _cache.checklist_identity(more) != same


@pytest.mark.parametrize("damage", ["not sqlite", "foreign", "truncated"])
def test_a_corrupt_or_foreign_file_is_reported_and_rebuilt(
        tmp_path: Path, counted: list[str], capsys: pytest.CaptureFixture[str],
        damage: str) -> None:
    path = write(tmp_path / "corpus.jsonl", corpus(4))
    cache = tmp_path / "cache.sqlite"
    _, plain, _ = assess(str(path), capsys=capsys)
    if damage == "not sqlite":
        cache.write_bytes(b"a spreadsheet, perhaps\n" * 100)
    elif damage == "foreign":
        with sqlite3.connect(cache) as db:
            db.execute("CREATE TABLE result (key TEXT, status INT, value TEXT, check_ TEXT)")
    else:
        assess(str(path), "--cache", str(cache), capsys=capsys)
        cache.write_bytes(cache.read_bytes()[:3000])
    original = cache.read_bytes()
    counted.clear()
    code, out, err = assess(str(path), "--cache", str(cache), capsys=capsys)
    assert code == 1 and out == plain and len(counted) == 4  # nothing was taken from it
    assert f"{cache}: not a usable fairtrial cache" in err and "Traceback" not in err
    assert (tmp_path / "cache.sqlite.bad").read_bytes() == original  # kept, not destroyed
    counted.clear()
    assert assess(str(path), "--cache", str(cache), capsys=capsys)[1] == plain
    assert counted == []  # the new cache works


def test_a_tampered_entry_is_recomputed(tmp_path: Path, counted: list[str],
                                        capsys: pytest.CaptureFixture[str]) -> None:
    path = write(tmp_path / "corpus.jsonl", corpus(3))
    cache = tmp_path / "cache.sqlite"
    _, plain, _ = assess(str(path), "--cache", str(cache), capsys=capsys)
    with sqlite3.connect(cache) as db:
        db.execute("UPDATE result SET value = "
                   "CAST(substr(value, 1, 20) || X'00' || substr(value, 22) AS BLOB)"
                   " WHERE key = (SELECT min(key) FROM result)")
    counted.clear()
    _, out, err = assess(str(path), "--cache", str(cache), capsys=capsys)
    assert out == plain and len(counted) == 1, err
    assert "a damaged entry was ignored and will be recomputed" in err


def test_one_writer_at_a_time(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write(tmp_path / "corpus.jsonl", corpus(2))
    cache = str(tmp_path / "cache.sqlite")
    with _cache.Cache(cache, "x", io.StringIO()):
        code, out, err = assess(str(path), "--cache", cache, capsys=capsys)
    assert code == 2 and out == ""
    assert err == (f"fairtrial: {cache} is in use by another fairtrial run; a cache has one "
                   "writer at a time\n")
    assert assess(str(path), "--cache", cache, capsys=capsys)[0] == 1  # free again


def test_cache_needs_a_machine_format(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    case = str(ROOT / "examples" / "gafgen-2003.json")
    assert main(["assess", case, "--cache", str(tmp_path / "c")]) == 2
    assert "--cache and --scheduler work with --format json or parquet, not text" in \
        capsys.readouterr().err
    assert not (tmp_path / "c").exists()


def test_damage_inside_the_file_is_found_while_reading(
        tmp_path: Path, counted: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    # The file is not scanned when opened (a large corpus's cache is gigabytes): damaged pages
    # are found by SQLite or by the entries' checksums as they are read.
    path = write(tmp_path / "corpus.jsonl", corpus(20))
    cache = tmp_path / "cache.sqlite"
    _, plain, _ = assess(str(path), "--cache", str(cache), capsys=capsys)
    data = bytearray(cache.read_bytes())
    middle, span = len(data) // 2, _cache._PAGE_SIZE  # a page's length: some of it is data
    data[middle:middle + span] = b"\x55" * span
    cache.write_bytes(bytes(data))
    counted.clear()
    _, out, err = assess(str(path), "--cache", str(cache), capsys=capsys)
    assert out == plain and counted  # the damaged results were assessed again
    assert "not a usable fairtrial cache" in err or "a damaged entry was ignored" in err
    assert "Traceback" not in err


def test_through_a_real_standard_output_and_two_processes(tmp_path: Path) -> None:
    # A real stream takes the cached UTF-8 bytes as they are; the in-process tests use text.
    path = write(tmp_path / "corpus.jsonl", corpus(6))
    cache = str(tmp_path / "cache.sqlite")

    def run(*extra: str) -> bytes:
        return subprocess.run([sys.executable, "-m", "fairtrial", "assess", "--lines",
                               "--format", "json", str(path), *extra],
                              capture_output=True, check=False, timeout=120).stdout

    plain = run()
    assert run("--cache", cache, "--jobs", "2") == plain
    assert run("--cache", cache) == plain


def test_labels_that_json_escapes_are_reused(tmp_path: Path, counted: list[str],
                                             capsys: pytest.CaptureFixture[str]) -> None:
    path = write(tmp_path / 'cörpus "x"\\.jsonl', corpus(3))
    cache = str(tmp_path / "cache.sqlite")
    _, plain, _ = assess(str(path), capsys=capsys)
    assert assess(str(path), "--cache", cache, capsys=capsys)[1] == plain
    counted.clear()
    assert assess(str(path), "--cache", cache, capsys=capsys)[1] == plain
    assert counted == []


def test_an_older_cache_format_is_moved_aside_and_rebuilt(
        tmp_path: Path, counted: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    path = write(tmp_path / "corpus.jsonl", corpus(3))
    cache = tmp_path / "cache.sqlite"
    _, plain, _ = assess(str(path), "--cache", str(cache), capsys=capsys)
    with sqlite3.connect(cache) as db:
        assert db.execute("PRAGMA page_size").fetchone() == (_cache._PAGE_SIZE,)
        db.execute("UPDATE meta SET value = '1' WHERE name = 'schema'")
    counted.clear()
    _, out, err = assess(str(path), "--cache", str(cache), capsys=capsys)
    assert out == plain and len(counted) == 3
    assert "cache format '1', expected '2'" in err and (tmp_path / "cache.sqlite.bad").exists()


def test_entries_are_zstandard_where_available_and_zlib_ones_are_still_read(
        tmp_path: Path, counted: list[str], capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    from fairtrial.batch import _codec

    pytest.importorskip("backports.zstd" if sys.version_info < (3, 14) else "compression.zstd")
    assert _codec.ZSTD is not None
    path = write(tmp_path / "corpus.jsonl", corpus(4))
    cache = tmp_path / "cache.sqlite"
    _, plain, _ = assess(str(path), capsys=capsys)
    # Written where Zstandard is missing: zlib entries, which a run with it reuses.
    with monkeypatch.context() as m:
        m.setattr(_codec, "ZSTD", None)
        assert assess(str(path), "--cache", str(cache), capsys=capsys)[1] == plain
    with sqlite3.connect(cache) as db:
        values = [v for (v,) in db.execute("SELECT value FROM result")]
    assert len(values) == 4 and all(v[:1] == b"\x78" for v in values)  # zlib's header
    counted.clear()
    assert assess(str(path), "--cache", str(cache), capsys=capsys)[1] == plain
    assert counted == []
    # Written with Zstandard, read where it is missing: those entries are assessed again,
    # quietly (they are not damaged), and stored as zlib.
    cache.unlink()
    assess(str(path), "--cache", str(cache), capsys=capsys)
    with sqlite3.connect(cache) as db:
        assert all(v[:4] == b"\x28\xb5\x2f\xfd" for (v,) in db.execute("SELECT value FROM result"))
    counted.clear()
    with monkeypatch.context() as m:
        m.setattr(_codec, "ZSTD", None)
        _, out, err = assess(str(path), "--cache", str(cache), capsys=capsys)
        assert out == plain and len(counted) == 4 and "damaged" not in err
        counted.clear()
        assert assess(str(path), "--cache", str(cache), capsys=capsys)[1] == plain
        assert counted == []


def test_a_chunk_is_looked_up_at_once_and_repeated_cases_share_an_entry(
        tmp_path: Path, counted: list[str], capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    cases = corpus(5)
    path = write(tmp_path / "corpus.jsonl", [*cases, cases[1], cases[1]])
    cache = str(tmp_path / "cache.sqlite")
    _, plain, _ = assess(str(path), capsys=capsys)
    counted.clear()
    assert assess(str(path), "--cache", cache, capsys=capsys)[1] == plain
    assert len(counted) == 7  # repeats in one chunk are all missed, then stored once
    asked: list[list[str]] = []
    real = _cache.Cache.get_many

    def get_many(self: _cache.Cache, keys: list[str]) -> dict[str, tuple[int, bytes]]:
        asked.append(list(keys))
        return real(self, keys)

    monkeypatch.setattr(_cache.Cache, "get_many", get_many)
    counted.clear()
    _, out, err = assess(str(path), "--cache", cache, capsys=capsys)
    assert out == plain and counted == []
    assert [len(k) for k in asked] == [8]  # one look-up for the chunk, the broken line too
    assert "7 result(s) reused, 1 case(s) assessed" in err


def test_get_many_reads_more_keys_than_a_statement_takes(tmp_path: Path) -> None:
    with _cache.Cache(str(tmp_path / "c.sqlite"), "x", io.StringIO()) as cache:
        for i in range(1200):
            cache.put(f"k{i}", 0, _cache._codec.compress(b"{}"))
        keys = [f"k{i}" for i in range(0, 2400, 2)]
        found = cache.get_many(keys)
    assert sorted(found) == sorted(f"k{i}" for i in range(0, 1200, 2))
    assert (cache.hits, cache.misses) == (600, 600)
