"""report --corpus: a static page with SVG charts, from case files or from Parquet tables."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest

from fairtrial.cli._cli import main

from .conftest import EXAMPLES


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    cases = tmp_path / "cases"
    cases.mkdir()
    for example in sorted(EXAMPLES.glob("*.json")):
        shutil.copy(example, cases / example.name)
    hostile = json.loads((EXAMPLES / "gafgen-2003.json").read_text(encoding="utf-8"))
    hostile["id"] = "hostile-1"
    (cases / "a&<b>.json").write_text(json.dumps(hostile), encoding="utf-8")
    (cases / "invalid.json").write_text('{"id": "<script>alert(1)</script>"}',
                                        encoding="utf-8")
    (cases / "notes.txt").write_text("not a case", encoding="utf-8")
    return cases


def report(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["report", *args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_page_from_case_files(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, html, err = report(capsys, "--corpus", str(folder))
    assert code == 0 and err == ""
    assert "default-src 'none'" in html and "<script" not in html
    assert "a&amp;&lt;b&gt;.json" in html and "hostile-1" in html
    assert "4 case(s): 3 assessed, 1 invalid, 0 unreadable" in html
    for title in ("Outcomes by criterion", "Outcomes by country", "Outcomes by year"):
        assert f"<h2>{title}" in html
    assert "kg-2025-kloop-camera-operators" in html  # a case behind a bar
    assert re.search(r"invalid\.json: [^<]*/jurisdiction: the required field", html)
    assert "notes.txt" not in html
    # Each bar's segments add up to the number of findings the page reports.
    total = int(re.search(r"; (\d+) finding\(s\)", html).group(1))  # type: ignore[union-attr]
    svg = html.split("<h2>Outcomes by country</h2>")[1].split("</svg>")[0]
    counts = [int(n) for n in re.findall(r"<title>[^<]*: (\d+) ", svg)]
    assert sum(counts) == total > 0
    assert report(capsys, "--corpus", str(folder))[1] == html  # deterministic


def test_same_page_from_parquet_tables(folder: Path, tmp_path: Path,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    pytest.importorskip("pyarrow")
    files = sorted(str(p) for p in folder.glob("*.json"))
    main(["assess", *files, "--format", "parquet", "-o", str(tmp_path / "tables")])
    capsys.readouterr()
    from_files = report(capsys, "--corpus", str(folder))[1]
    code, from_tables, _ = report(capsys, "--corpus", str(tmp_path / "tables"),
                                  "-o", str(tmp_path / "page.html"))
    assert code == 0 and from_tables == ""
    assert (tmp_path / "page.html").read_text(encoding="utf-8") == from_files


def test_usage_errors(folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert report(capsys, "--corpus", str(tmp_path / "nope"))[0] == 2
    assert report(capsys, "--corpus", str(folder), "--format", "md")[2] == \
        "fairtrial: --corpus writes --format html only\n"
    empty = tmp_path / "empty"
    empty.mkdir()
    assert "no case files" in report(capsys, "--corpus", str(empty))[2]
    assert report(capsys)[2] == "fairtrial: report needs a case FILE, or --corpus DIR\n"
