"""Reports: schema-valid JSON, escaped Markdown and HTML, pseudonyms, a real browser."""

from __future__ import annotations

import copy
import json
import os
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from jsonschema import Draft202012Validator

import fairtrial
from fairtrial import Case
from fairtrial.record._schema import assessment_schema
from fairtrial.reports._report import render

from .conftest import EXAMPLES, MINIMAL, prov
from .strategies import cases

FORMATS = ("json", "md", "html")
VALIDATOR = Draft202012Validator(assessment_schema())
KLOOP = fairtrial.load(EXAMPLES / "kloop-2025.json")

PAYLOADS = [
    "<script>document.body.setAttribute('data-pwned','1')</script>",
    "<img src=x onerror=\"document.body.setAttribute('data-pwned','1')\">",
    "</title></style></textarea><svg onload=alert(1)>",
    "\"><a href=\"javascript:alert(1)\">click</a>",
    "[link](javascript:alert(1)) **bold** # heading | cell |",
]


def hostile() -> dict[str, Any]:
    """A valid case with an injection attempt in every free-text field."""
    bad = iter(PAYLOADS * 20)
    data = copy.deepcopy(MINIMAL)
    data["title"] = next(bad)
    data["summary"] = next(bad)
    data["notes"] = next(bad)
    data["sources"] = [{"id": "s1", "kind": "media_report", "publisher": next(bad),
                        "title": next(bad), "url": "javascript:alert(1)", "notes": next(bad)},
                       {"id": "s2", "kind": "other", "publisher": next(bad),
                        "url": "https://example.org/?q=\"><script>alert(1)</script>"}]
    data["people"] = [{"id": "p1", "name": next(bad), "roles": ["defendant", "journalist"],
                       "occupation": next(bad), "notes": next(bad)},
                      {"id": "p2", "name": next(bad), "roles": ["official"]}]
    data["organisations"] = [{"id": "o1", "name": next(bad), "kind": "court"}]
    data["charges"] = [{"id": "c1", "defendant": "p1", "code": next(bad),
                        "description": next(bad), "conduct": ["speech"],
                        "provenance": {**prov(), "counter_claim": next(bad)}}]
    ev = {"subjects": ["p1"], "provenance": {**prov("disputed", ("defence",)),
                                             "disputed_by": ["prosecution"],
                                             "counter_claim": next(bad)}}
    data["events"] = [
        {"id": "a1", "kind": "arrest", "date": "2025-05-01", "summary": next(bad),
         "stated_grounds": next(bad), "reasons_given": False, **ev},
        {"id": "ps", "kind": "public_statement", "date": "2025-05-02", "actors": ["p2"],
         "quote": next(bad), "presents_as_guilty": True, **ev},
        {"id": "r1", "kind": "hearing", "date": "2025-06", "public": False,
         "closure_reason": next(bad), "place": next(bad), "notes": next(bad), **ev},
        {"id": "v1", "kind": "verdict", "date": "2025-07-01", "reasons": "none",
         "results": [{"person": "p1", "outcome": "convicted", "sentence": next(bad)}], **ev},
    ]
    return data


HOSTILE = fairtrial.from_data(hostile())


@pytest.mark.parametrize("case", [KLOOP, fairtrial.load(EXAMPLES / "gafgen-2003.json"), HOSTILE],
                         ids=["kloop", "gafgen", "hostile"])
def test_json_report_validates_against_its_schema(case: Case) -> None:
    data = json.loads(render(case, "json"))
    assert data["format_version"] == "2.0"
    assert [g["subject"] for g in data["grades"]] == [s["id"] for s in data["subjects"]]
    assert not list(VALIDATOR.iter_errors(data))


@given(cases(max_events=6))
def test_json_report_of_any_case_validates(case: Case) -> None:
    assert not list(VALIDATOR.iter_errors(json.loads(render(case, "json"))))


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("dates", [("9999-12-31T23:59:59", "9999-12"), ("0001", "9999-12-31")])
def test_dates_at_the_ends_of_the_calendar_render(fmt: str, dates: tuple[str, str]) -> None:
    # A typo such as 9999 for 2025 must give a report, not an overflow in the timeline axis.
    data = json.loads((EXAMPLES / "kloop-2025.json").read_text(encoding="utf-8"))
    data.pop("as_of", None)
    dated = [e for e in data["events"] if "date" in e]
    dated[0]["date"], dated[-1]["date"] = dates
    for e in dated[1:-1]:
        del e["date"]
    text = render(fairtrial.from_data(data), fmt)
    assert "Kloop" in text
    if fmt == "html":  # the timeline shows both ends
        assert dates[0] in text and dates[1] in text


@pytest.mark.parametrize("fmt", FORMATS)
def test_output_is_byte_identical(fmt: str) -> None:
    again = fairtrial.load(EXAMPLES / "kloop-2025.json")
    assert render(KLOOP, fmt) == render(again, fmt)


def test_html_escapes_everything_from_the_case_file() -> None:
    page = render(HOSTILE, "html")
    body = page.split("</style>", 1)[1]
    assert "<script" not in body.lower()
    assert not re.search(r"<[^>]*\son\w+\s*=", body, re.I), "an event-handler attribute got in"
    assert "javascript:" not in " ".join(re.findall(r'href="([^"]*)"', body)).lower()
    assert "<svg onload" not in body.lower() and "</textarea>" not in body
    assert "&lt;script&gt;" in body  # shown as text, not dropped
    assert "default-src 'none'" in page  # and scripts are forbidden anyway


def test_only_http_links_are_clickable() -> None:
    body = render(HOSTILE, "html")
    hrefs = re.findall(r'href="([^"]*)"', body)
    assert all(h.startswith(("#", "https://", "http://")) for h in hrefs), hrefs
    assert "not a web address; not linked" in body


def test_markdown_escapes_markup() -> None:
    text = render(HOSTILE, "md")
    assert "<script" not in text and "<img" not in text and "<svg" not in text
    assert not re.search(r"(?<!\\)\]\(javascript:", text), "an unescaped link got in"
    assert "\\[link\\]" in text


PRIVATE = ("duulatov", "joomart", "human rights watch")


def _confidential_kloop() -> Case:
    data = fairtrial.dump(KLOOP)
    for group, ident in (("people", "duulatov"), ("sources", "src-hrw"),
                         ("organisations", "hrw")):
        for item in data[group]:
            if item["id"] == ident:
                item["confidential"] = True
    return fairtrial.from_data(data)


@pytest.mark.parametrize("fmt", FORMATS)
def test_public_reports_never_name_confidential_people_or_sources(fmt: str) -> None:
    case = _confidential_kloop()
    public = render(case, fmt, public=True).lower()
    for name in PRIVATE:
        assert name not in public, name
    assert "person a" in public
    private = render(case, fmt).lower()
    assert "duulatov" in private  # the non-public report still names them


def test_public_keeps_the_assessment() -> None:
    case = _confidential_kloop()
    public = json.loads(render(case, "json", public=True))
    assert public["grade"]["letter"] == "F"
    assert not list(VALIDATOR.iter_errors(public))


# --- in a real browser -----------------------------------------------------------------------

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
needs_browser = pytest.mark.skipif(
    CHROMIUM is None and not os.environ.get("CI"),
    reason="headless Chromium not installed (CI installs it and then requires it)")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--hide-scrollbars"]


def _chromium(tmp_path: Path, page: Path, *extra: str) -> str:
    assert CHROMIUM, "CI must install chromium (see .ci/run)"
    proc = subprocess.run([CHROMIUM, *FLAGS, f"--user-data-dir={tmp_path / 'profile'}", *extra,
                           page.as_uri()], capture_output=True, text=True, timeout=120,
                          check=False)
    assert proc.returncode == 0, proc.stderr[-2000:]
    return proc.stdout


@needs_browser
@pytest.mark.parametrize("case", [KLOOP, HOSTILE], ids=["seed", "hostile"])
def test_in_chromium_no_script_runs_and_the_page_is_not_blank(tmp_path: Path,
                                                              case: Case) -> None:
    page = tmp_path / "report.html"
    page.write_text(render(case, "html"), encoding="utf-8")
    dom = _chromium(tmp_path, page, "--dump-dom")
    assert 'data-pwned="1"' not in dom
    text = re.sub(r"<[^>]+>", " ", dom.split("<body", 1)[1])
    assert "Fair-trial assessment" in text and "Findings" in text


@needs_browser
def test_screenshot_of_the_seed_report(tmp_path: Path) -> None:
    page = tmp_path / "report.html"
    page.write_text(render(KLOOP, "html"), encoding="utf-8")
    shot = tmp_path / "shot.png"
    _chromium(tmp_path, page, f"--screenshot={shot}", "--window-size=1100,1800")
    data = shot.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 20_000  # a real, non-blank image


def test_every_format_shows_each_defendants_grade() -> None:
    case = fairtrial.load(EXAMPLES / "kloop-2025.json")
    a = fairtrial.assess(case)
    html = fairtrial.render_report(case, "html")
    md = fairtrial.render_report(case, "md")
    for pid, g in a.grades:
        name = dict(a.subjects)[pid]
        assert f"<td>{name}</td><td>{g.letter}</td>" in html
        assert f"| {name} | {g.letter} |" in md
