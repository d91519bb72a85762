"""The command line: exit codes, messages, and no tracebacks for any input."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from fairtrial.cli._cli import main

from .conftest import EXAMPLES

KLOOP = str(EXAMPLES / "kloop-2025.json")


def run(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    code = main(list(argv), out=out)
    return code, out.getvalue()


def test_validate_valid_file() -> None:
    code, out = run("validate", KLOOP)
    assert code == 0 and out.endswith("valid (25 events)\n")


def test_validate_invalid_file(tmp_path: Path, minimal: dict[str, Any]) -> None:
    minimal["stage"] = "trail"
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(minimal))
    code, out = run("validate", KLOOP, str(bad))
    assert code == 1
    assert f"{bad}: 1 problem\n  /stage: " in out


def test_validate_json_format(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_bytes(b"[]")
    code, out = run("validate", "--format", "json", str(bad))
    assert code == 1
    (record,) = json.loads(out)
    assert record["valid"] is False and record["problems"][0]["code"] == "top-level"


def test_unreadable_file_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    code, _ = run("validate", "/no/such/file.json")
    assert code == 2
    assert "cannot read" in capsys.readouterr().err


def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["validate"])
    assert info.value.code == 2
    with pytest.raises(SystemExit) as info:
        main(["frobnicate"])
    assert info.value.code == 2
    assert "usage:" in capsys.readouterr().err


def test_schema_command_prints_the_schema() -> None:
    code, out = run("schema")
    assert code == 0 and json.loads(out)["$id"].endswith("case.schema.json")


@pytest.mark.parametrize("data", [b"", b"\xff", b"[[[[", b"{}", b'{"events": 7}'])
def test_stdin_and_no_traceback(data: bytes) -> None:
    proc = subprocess.run([sys.executable, "-m", "fairtrial", "validate", "-"], input=data,
                          capture_output=True, check=False)
    assert proc.returncode == 1
    assert b"Traceback" not in proc.stderr + proc.stdout
    assert proc.stdout.startswith(b"<stdin>: ")


def test_assess_text_reads_like_an_evaluation() -> None:
    code, out = run("assess", KLOOP)
    assert code == 0
    assert out.splitlines()[3].startswith("Grade F: a grave, established violation")
    assert "Criteria and people" in out and "== Joomart Duulatov ==" not in out
    code, out = run("assess", "--all", KLOOP)
    assert "== Joomart Duulatov ==" in out
    assert "[likely violation, medium confidence] Search authorised by a judge" in out
    assert "Open question:" in out and "What to find out next" in out


def test_assess_json(tmp_path: Path) -> None:
    code, out = run("assess", "--format", "json", KLOOP)
    data = json.loads(out)
    assert code == 0 and data["grade"]["letter"] == "F"
    assert {f["subject"] for f in data["findings"]} >= {"duulatov", "aleksandrov", None}


def test_assess_several_files_as_json_lines(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text("{}")
    code, out = run("assess", "--format", "json", KLOOP, str(bad))
    lines = [json.loads(line) for line in out.splitlines()]
    assert code == 1
    assert lines[0]["grade"]["letter"] == "F" and lines[1]["error"] == "invalid case file"


def test_assess_is_byte_identical_across_runs() -> None:
    assert run("assess", "--format", "json", KLOOP) == run("assess", "--format", "json", KLOOP)


def test_assess_profile() -> None:
    code, out = run("assess", "--profile", "core", "--format", "json", KLOOP)
    assert code == 0
    assert {f["area"] for f in json.loads(out)["findings"]} >= {"search", "counsel"}
    assert json.loads(out)["checklist"] == "core"


def test_checklist_command() -> None:
    code, out = run("checklist", "--format", "json")
    data = json.loads(out)
    assert code == 0 and len(data["criteria"]) >= 40
    code, out = run("checklist")
    assert "counsel.first-interrogation" in out and "(pinpoint unconfirmed)" in out


def test_report_refuses_to_overwrite_the_case_file(tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    case = tmp_path / "case.json"
    original = Path(KLOOP).read_bytes()
    case.write_bytes(original)
    code, _ = run("report", str(case), "--format", "html", "-o", str(case))
    assert code == 2
    assert "is the case file itself" in capsys.readouterr().err
    assert case.read_bytes() == original
    code, _ = run("report", str(case), "--format", "html", "-o", str(tmp_path / "out.html"))
    assert code == 0 and (tmp_path / "out.html").read_text(encoding="utf-8").startswith("<!")
