"""The HTML report on paper: printed to PDF by headless Chromium, as a monitor would print it
for a court or a donor. A4, numbered pages, the summary and every grade on page one, no
finding split across pages."""

from __future__ import annotations

import functools
import re
import tempfile
from pathlib import Path

import pytest

import fairtrial
from fairtrial import Case
from fairtrial._i18n import lang as language
from fairtrial.reports._report import render
from fairtrial.reports._summary import grade_line
from fairtrial.reports._words import OUTCOMES

from .test_readable import KLOOP
from .test_report import _chromium, needs_browser

pypdf = pytest.importorskip("pypdf")


@functools.cache
def _printed(lang: str) -> tuple[str, ...]:
    with tempfile.TemporaryDirectory() as tmp:
        return tuple(_print(Path(tmp), KLOOP, lang))


def _print(tmp_path: Path, case: Case, lang: str) -> list[str]:
    page = tmp_path / "report.html"
    page.write_text(render(case, "html", lang=lang), encoding="utf-8")
    pdf = tmp_path / "report.pdf"
    _chromium(tmp_path, page, "--no-pdf-header-footer", f"--print-to-pdf={pdf}")
    reader = pypdf.PdfReader(pdf)
    for p in reader.pages:  # A4 in points, portrait
        width, height = float(p.mediabox.width), float(p.mediabox.height)
        assert abs(width - 595.3) < 2 and abs(height - 841.9) < 2
    return [p.extract_text() for p in reader.pages]


@needs_browser
@pytest.mark.parametrize("lang", ["en", "ru"])
def test_the_report_prints_to_numbered_a4_pages_with_the_summary_first(lang: str) -> None:
    pages = _printed(lang)
    total = len(pages)
    assert total > 3
    for n, text in enumerate(pages, 1):
        assert f"{n} / {total}" in text, f"page {n} has no page number"
    first = pages[0]
    a = fairtrial.assess(KLOOP)
    t = language(lang)
    flat = " ".join(first.split())
    assert t._("Summary") in flat and " ".join(grade_line(a.grade, t).split()) in flat
    for _, name in a.subjects:  # every defendant's grade is on page one
        assert name.split()[0] in first


@needs_browser
def test_no_finding_is_split_across_pages() -> None:
    pages = _printed("en")
    starts = ("The case as a whole", *(name for _, name in fairtrial.assess(KLOOP).subjects),
              "Sources of the facts")
    heads = tuple(o.upper() for o in OUTCOMES.values())
    findings = next(n for n, text in enumerate(pages) if "\nFindings\n" in f"\n{text}\n")
    for n, text in enumerate(pages[findings + 1:], findings + 2):
        lines = [line for line in text.splitlines() if not re.fullmatch(r"\d+ / \d+", line)]
        assert lines[0].startswith(heads + starts), f"page {n} starts inside a finding: {lines[0]}"
