"""Parquet tables for analysts: contents, determinism, errors, and the docs' examples."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from fairtrial.cli._cli import main
from fairtrial.reports import _tables

from .conftest import ROOT

sys.path.insert(0, str(ROOT / "bench"))
from corpus import make_case

pq = pytest.importorskip("pyarrow.parquet")

ANALYSIS = ROOT / "docs" / "analysis.md"


def analyst_case(i: int, corrected: bool = False) -> dict[str, Any]:
    """A synthetic case from one of three countries and three years; a corrected record has
    every fact established (a court or second source confirmed it)."""
    case = make_case(12 + i % 7, seed=i)
    case["id"] = f"case-{i:03d}"
    case["jurisdiction"] = ("KG", "KZ", "UZ")[i % 3]
    year = str(2023 + i % 3)
    for event in case["events"]:
        event["date"] = year + event["date"][4:]
        if corrected and i % 4 == 0:
            event["provenance"]["standing"] = "established"
    return case


def write_corpus(path: Path, n: int, corrected: bool = False) -> Path:
    lines = [json.dumps(analyst_case(i, corrected)) for i in range(n)]
    lines.insert(5, '{"id": "broken"}')
    lines.insert(9, "{not json")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def assess(*args: str) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "fairtrial", "assess", *args],
                          capture_output=True, check=False, timeout=300)


@pytest.fixture(scope="module")
def analyst(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """tables/ (corrected records, assessed in two processes) and tables-before/."""
    root = tmp_path_factory.mktemp("analyst")
    before = write_corpus(root / "before.jsonl", 24)
    after = write_corpus(root / "corpus.jsonl", 24, corrected=True)
    for corpus, out, jobs in ((before, "tables-before", "1"), (after, "tables", "2")):
        proc = assess("--lines", str(corpus), "--format", "parquet", "-o", str(root / out),
                      "--jobs", jobs)
        assert proc.returncode == 1, proc.stderr  # two broken lines
        assert b"Traceback" not in proc.stderr
    return root


def test_tables_hold_every_case_finding_and_question(analyst: Path) -> None:
    json_run = assess("--lines", str(analyst / "corpus.jsonl"), "--format", "json")
    records = [json.loads(line) for line in json_run.stdout.splitlines()]
    cases = pq.read_table(analyst / "tables" / "cases.parquet").to_pylist()
    findings = pq.read_table(analyst / "tables" / "findings.parquet").to_pylist()
    questions = pq.read_table(analyst / "tables" / "questions.parquet").to_pylist()
    assert [c["file"] for c in cases] == [r["file"] for r in records]  # input order, all 26
    for case, record in zip(cases, records, strict=True):
        if "error" in record:
            assert case["status"] == "invalid" and case["error"] and case["case"] is None
            continue
        assert case["status"] == "assessed" and case["error"] is None
        assert case["case"] == record["case"]["id"]
        assert case["grade"] == record["grade"]["letter"]
        assert [(g["subject"], g["grade"]) for g in case["grades"]] == \
            [(g["subject"], g["letter"]) for g in record["grades"]]
        mine = [f for f in findings if f["file"] == case["file"]]
        assert [(f["criterion"], f["subject"], f["outcome"], f["severity"], f["confidence"])
                for f in mine] == \
            [(f["criterion"], f["subject"], f["outcome"], f["severity"], f["confidence"])
             for f in record["findings"]]
        assert sum(case[o] for o in ("violation", "likely_violation", "no_violation",
                                     "insufficient_information", "not_applicable")) == len(mine)
        asked = [(q["criterion"], q["subject"], q["question"]) for q in questions
                 if q["file"] == case["file"]]
        assert asked == [(f["criterion"], f["subject"], q) for f in record["findings"]
                         for q in f["questions"]]
    assert {c["year"] for c in cases if c["year"]} == {2023, 2024, 2025}
    broken = [c for c in cases if c["status"] == "invalid"]
    assert "/jurisdiction: the required field 'jurisdiction' is missing" in broken[0]["error"]
    assert "not valid JSON" in broken[1]["error"]


def test_schema_is_versioned_and_categoricals_dictionary_encoded(analyst: Path) -> None:
    import pyarrow as pa

    for name, columns in (("cases", _tables.CASE_COLUMNS),
                          ("findings", _tables.FINDING_COLUMNS),
                          ("questions", _tables.QUESTION_COLUMNS)):
        schema = pq.read_schema(analyst / "tables" / f"{name}.parquet")
        assert tuple(schema.names) == columns
        assert schema.metadata[b"fairtrial.tables_version"] == _tables.TABLES_VERSION.encode()
        assert schema.metadata[b"fairtrial.table"] == name.encode()
        for column in ("criterion", "outcome", "severity", "jurisdiction", "grade"):
            if column in columns:
                assert pa.types.is_dictionary(schema.field(column).type), (name, column)


def test_docs_describe_every_column() -> None:
    text = ANALYSIS.read_text(encoding="utf-8")
    assert f"## Schema (tables version {_tables.TABLES_VERSION})" in text
    for name, columns in (("cases", _tables.CASE_COLUMNS),
                          ("findings", _tables.FINDING_COLUMNS),
                          ("questions", _tables.QUESTION_COLUMNS)):
        section = text.split(f"### {name}:")[1].split("\n### ")[0]
        documented = set(re.findall(r"^\| `([a-z_]+)`", section, re.M))
        documented |= set(re.findall(r"`([a-z_]+)`(?:,| \|)", section))
        assert set(columns) <= documented, set(columns) - documented


def test_output_is_identical_for_any_jobs_and_reruns(analyst: Path, tmp_path: Path) -> None:
    corpus = analyst / "corpus.jsonl"
    for jobs in ("1", "2"):
        out = tmp_path / f"jobs{jobs}"
        assess("--lines", str(corpus), "--format", "parquet", "-o", str(out), "--jobs", jobs)
        for name in ("cases", "findings", "questions"):
            assert (out / f"{name}.parquet").read_bytes() == \
                (analyst / "tables" / f"{name}.parquet").read_bytes()
    assert sorted(os.listdir(tmp_path / "jobs1")) == \
        ["cases.parquet", "findings.parquet", "questions.parquet"]


def test_docs_examples_run_and_sql_agrees_with_pandas(analyst: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    duckdb = pytest.importorskip("duckdb")
    pytest.importorskip("pandas")
    text = ANALYSIS.read_text(encoding="utf-8")
    sql = re.findall(r"```sql\n(.*?)```", text, re.S)
    python = re.findall(r"```python\n(.*?)```", text, re.S)
    assert len(sql) == len(python) == 5
    monkeypatch.chdir(analyst)
    for query, code in zip(sql, python, strict=True):
        rows = duckdb.sql(query).fetchall()
        namespace: dict[str, Any] = {}
        exec(compile(code, str(ANALYSIS), "exec"), namespace)
        frame = namespace["result"]
        assert rows, query  # the test corpus has an answer to every question
        assert [tuple(r) for r in frame.itertuples(index=False)] == rows, query


def test_parquet_needs_a_directory_and_pyarrow(tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    case = str(ROOT / "examples" / "gafgen-2003.json")
    assert main(["assess", case, "--format", "parquet"]) == 2
    assert "--format parquet needs -o DIR" in capsys.readouterr().err
    assert main(["assess", case, "-o", str(tmp_path)]) == 2
    assert "-o DIR is for --format parquet" in capsys.readouterr().err
    code = ("import sys; sys.modules['pyarrow'] = None\n"
            "from fairtrial.cli._cli import main\n"
            f"raise SystemExit(main(['assess', {case!r}, '--format', 'parquet', '-o', "
            f"{str(tmp_path / 'x')!r}]))")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, check=False,
                          timeout=60)
    assert proc.returncode == 2
    assert proc.stderr.decode() == ("fairtrial: Parquet output needs pyarrow: "
                                    "pip install 'fairtrial[parquet]'\n")
    assert not (tmp_path / "x").exists()


def test_a_single_case_file_and_an_empty_corpus(tmp_path: Path) -> None:
    one = main(["assess", str(ROOT / "examples" / "kloop-2025.json"), "--format", "parquet",
                "-o", str(tmp_path / "one")])
    assert one == 0
    cases = pq.read_table(tmp_path / "one" / "cases.parquet").to_pylist()
    assert [c["case"] for c in cases] == ["kg-2025-kloop-camera-operators"]
    assert len(cases[0]["grades"]) == 4
    empty = tmp_path / "empty.jsonl"
    empty.write_text("\n", encoding="utf-8")
    assert main(["assess", "--lines", str(empty), "--format", "parquet",
                 "-o", str(tmp_path / "none")]) == 0
    for name, columns in (("cases", _tables.CASE_COLUMNS),
                          ("questions", _tables.QUESTION_COLUMNS)):
        table = pq.read_table(tmp_path / "none" / f"{name}.parquet")
        assert table.num_rows == 0 and tuple(table.schema.names) == columns


def test_row_groups_are_bounded_and_hold_every_row_once(tmp_path: Path) -> None:
    # Small groups and batches, so one corpus crosses every boundary: rows waiting as Python
    # objects, as Arrow batches, and a group written mid-case.
    records = [_tables.case_record(f"c.jsonl:{i}", json.dumps(analyst_case(i)).encode())[0]
               for i in range(12)]
    whole, split = tmp_path / "whole", tmp_path / "split"
    _tables.write_tables(records, str(whole))
    writer = _tables.TableWriter(str(split), group=300)
    for record in records:
        writer.add(record)
    writer.close()
    for name in ("cases", "findings", "questions"):
        meta = pq.ParquetFile(split / f"{name}.parquet").metadata
        assert all(meta.row_group(g).num_rows <= 300 + _tables._ROWS_PER_BATCH
                   for g in range(meta.num_row_groups))
        a, b = pq.read_table(whole / f"{name}.parquet"), pq.read_table(split / f"{name}.parquet")
        assert a.to_pylist() == b.to_pylist() and a.schema == b.schema
    findings = pq.read_table(split / "findings.parquet")
    assert pq.ParquetFile(split / "findings.parquet").metadata.num_row_groups > 1
    assert findings.schema.field("criterion").type.value_type == "string"  # still categorical


def test_the_command_spares_pandas_until_it_is_really_used(tmp_path: Path) -> None:
    # pyarrow would import pandas (some 55 MiB) only to ask whether a list is a pandas object.
    pytest.importorskip("pandas")
    corpus = write_corpus(tmp_path / "c.jsonl", 3)
    script = f"""
import sys
from fairtrial.cli._cli import main
main(["assess", "--lines", {str(corpus)!r}, "--format", "parquet", "-o", {str(tmp_path)!r}])
print("pandas" in sys.modules)
import pyarrow.parquet as pq
print(type(pq.read_table({str(tmp_path / 'cases.parquet')!r}).to_pandas()).__name__)
"""
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                         check=True, timeout=120).stdout.split()
    assert out == ["False", "DataFrame"]


def test_the_program_writes_the_same_tables_without_numpy_or_remote_file_systems(
        tmp_path: Path) -> None:
    # Run as the program (main() with no arguments), the command imports pyarrow without
    # NumPy and the S3/GCS/Azure/HDFS libraries (some 17 MiB of the writing process); the
    # tables are byte for byte those of a pyarrow that has them (this process's).
    if not _tables._numpy_optional():
        pytest.skip("this pyarrow requires NumPy")
    corpus = write_corpus(tmp_path / "c.jsonl", 6)
    lean, full = tmp_path / "lean", tmp_path / "full"
    script = f"""
import sys
sys.argv = ["fairtrial", "assess", "--lines", {str(corpus)!r}, "--format", "parquet",
            "-o", {str(lean)!r}, "--jobs", "2"]
from fairtrial.cli._cli import main
code = main()
print(code, *(name in sys.modules for name in ("pyarrow.parquet", "numpy", "pyarrow._s3fs")))
"""
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                         check=True, timeout=120).stdout.split()
    assert out == ["1", "True", "False", "False"]  # exit 1: the corpus has two broken lines
    assert main(["assess", "--lines", str(corpus), "--format", "parquet", "-o", str(full)]) == 1
    assert "numpy" in sys.modules  # imported by this process's pyarrow

    for name in ("cases", "findings", "questions"):
        assert (lean / f"{name}.parquet").read_bytes() == (full / f"{name}.parquet").read_bytes()


def test_numpy_is_hidden_only_where_pyarrow_says_it_is_optional(
        monkeypatch: pytest.MonkeyPatch) -> None:
    from importlib import metadata

    for requires, optional in (([], True), (None, True),
                               (["numpy>=1.16.6"], False),
                               (["numpy >=1.16.6; python_version < '3.13'"], False),
                               (["pytest; extra == 'test'", "numpy; extra == 'test'"], True)):
        monkeypatch.setattr(metadata, "requires", lambda _name, r=requires: r)
        assert _tables._numpy_optional() is optional, requires


def test_a_row_group_is_also_cut_by_its_bytes(tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    # The cases table's rows are the widest: by rows alone its waiting group held the most.
    monkeypatch.setattr(_tables, "_ROWS_PER_BATCH", 40)
    records = [_tables.case_record(f"c.jsonl:{i}", json.dumps(analyst_case(i)).encode())[0]
               for i in range(90)]
    whole, split = tmp_path / "whole", tmp_path / "split"
    _tables.write_tables(records, str(whole))
    writer = _tables.TableWriter(str(split), group=10**9, group_bytes=8_000)
    for record in records:
        writer.add(record)
    writer.close()
    for name in ("cases", "findings", "questions"):
        meta = pq.ParquetFile(split / f"{name}.parquet").metadata
        assert meta.num_row_groups > 1, name  # by bytes: the row count is never reached
        a, b = pq.read_table(whole / f"{name}.parquet"), pq.read_table(split / f"{name}.parquet")
        assert a.to_pylist() == b.to_pylist() and a.schema == b.schema
    assert pq.ParquetFile(whole / "cases.parquet").metadata.num_row_groups == 1


def _records(n: int) -> list[dict[str, Any]]:
    return [_tables.case_record(f"c{i}.json", json.dumps(analyst_case(i)).encode(),
                                "full", False)[0] for i in range(n)]


def test_a_writer_process_writes_the_same_tables(tmp_path: Path) -> None:
    """The process that writes the tables beside Dask's client (fairtrial.batch._writer)
    gives the bytes the in-process writer gives, from records or from their JSON."""
    from fairtrial.batch._writer import WriterProcess, _encode

    records = _records(6)
    assert all(r["findings"] and r["case"]["status"] == "assessed" for r in records)
    here = _tables.TableWriter(str(tmp_path / "here"))
    there = WriterProcess(str(tmp_path / "there"))
    for i, record in enumerate(records):
        here.add(json.loads(json.dumps(record)))
        there.add(_encode(record) if i % 2 else record)
    here.close()
    there.close()
    for name in ("cases", "findings", "questions"):
        assert (tmp_path / "there" / f"{name}.parquet").read_bytes() == \
            (tmp_path / "here" / f"{name}.parquet").read_bytes()
    assert sorted(os.listdir(tmp_path / "there")) == \
        ["cases.parquet", "findings.parquet", "questions.parquet"]


def test_a_writer_process_stopped_early_leaves_no_tables(tmp_path: Path) -> None:
    from fairtrial.batch._writer import WriterProcess

    writer = WriterProcess(str(tmp_path / "out"))
    for record in _records(2):
        writer.add(record)
    writer.abort()
    assert os.listdir(tmp_path / "out") == []


def test_a_writer_process_that_cannot_write_says_why(tmp_path: Path) -> None:
    from fairtrial.batch._writer import WriterProcess

    (tmp_path / "taken").write_text("a file, not a directory", encoding="utf-8")
    writer = WriterProcess(str(tmp_path / "taken"))
    with pytest.raises(OSError) as caught:
        for record in _records(40) * 50:  # more than the pipe holds: a write finds it closed
            writer.add(record)
        writer.close()
    assert caught.value.filename == str(tmp_path / "taken")
    assert "exists" in str(caught.value.strerror).lower()
    writer.abort()  # as the command's cleanup does: no second error
