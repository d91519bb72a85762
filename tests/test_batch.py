"""Batch assessment: many cases in, one record each out, broken cases included."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import fairtrial
from fairtrial.reports._export import ROW_FIELDS, finding_rows

from .conftest import EXAMPLES, ROOT

sys.path.insert(0, str(ROOT / "bench"))
from corpus import make_case


def corpus(tmp_path: Path, n: int = 12) -> Path:
    lines = []
    for i in range(n):
        if i % 5 == 3:
            lines.append('{"id": "broken"}')          # invalid case
        elif i % 5 == 4:
            lines.append("{not json")                 # not JSON at all
        else:
            lines.append(json.dumps(make_case(20 + i, seed=i)))
    path = tmp_path / "corpus.jsonl"
    path.write_text("\n".join(lines) + "\n\n", encoding="utf-8")
    return path


def run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "fairtrial", *args], input=stdin,
                          capture_output=True, check=False, timeout=300)


def test_json_lines_stream_with_broken_cases(tmp_path: Path) -> None:
    path = corpus(tmp_path)
    proc = run("assess", "--lines", "--format", "json", "-", stdin=path.read_bytes())
    assert proc.returncode == 1  # some cases were invalid
    records = [json.loads(line) for line in proc.stdout.splitlines()]
    assert len(records) == 12  # one per non-blank line: nothing lost, nothing stopped
    assert [r["file"] for r in records] == [f"<stdin>:{i}" for i in range(1, 13)]
    broken = [r for r in records if "error" in r]
    assert len(broken) == 4 and all(r["problems"] for r in broken)
    assert all(r["grade"]["letter"] for r in records if "error" not in r)
    assert b"Traceback" not in proc.stderr


def test_parallel_output_equals_serial_output(tmp_path: Path) -> None:
    path = corpus(tmp_path, 16)
    serial = run("assess", "--lines", "--format", "json", str(path))
    parallel = run("assess", "--lines", "--format", "json", "--jobs", "2", str(path))
    assert serial.stdout == parallel.stdout and serial.returncode == parallel.returncode


def test_csv_export(tmp_path: Path) -> None:
    path = corpus(tmp_path, 3)
    proc = run("assess", "--lines", "--format", "csv", str(path))
    rows = list(csv.DictReader(io.StringIO(proc.stdout.decode())))
    assert list(rows[0]) == ["file", *ROW_FIELDS]
    assert {r["outcome"] for r in rows} <= {"violation", "likely_violation", "no_violation",
                                             "insufficient_information", "not_applicable"}
    assert {r["file"] for r in rows} == {f"{path}:1", f"{path}:2", f"{path}:3"}


def test_csv_names_the_cases_it_could_not_assess(tmp_path: Path) -> None:
    # CSV has no error records: the broken cases are named on standard error, in order.
    path = corpus(tmp_path, 5)
    for jobs in ("1", "2"):
        proc = run("assess", "--lines", "--format", "csv", "--jobs", jobs, str(path))
        assert proc.returncode == 1
        err = proc.stderr.decode()
        assert err.index(f"{path}:4: cannot assess, ") < err.index(f"{path}:5: cannot assess, ")
        assert "/jurisdiction: the required field 'jurisdiction' is missing" in err
        assert "not valid JSON" in err
        files = {r["file"] for r in csv.DictReader(io.StringIO(proc.stdout.decode()))}
        assert files == {f"{path}:{i}" for i in (1, 2, 3)}


def test_unreadable_file_does_not_stop_the_batch() -> None:
    proc = run("assess", "--format", "json", "/no/such/file", str(EXAMPLES / "gafgen-2003.json"))
    assert proc.returncode == 2
    lines = [json.loads(line) for line in proc.stdout.splitlines()]
    assert "cannot read" in lines[0]["error"] and lines[1]["grade"]["letter"] == "D"


def test_finding_rows_for_a_data_frame() -> None:
    rows = finding_rows(fairtrial.assess(fairtrial.load(EXAMPLES / "kloop-2025.json")))
    assert rows and set(rows[0]) == set(ROW_FIELDS)
    assert {r["subject"] for r in rows} >= {"duulatov", ""}
