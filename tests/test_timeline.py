"""``fairtrial timeline``: events in date order, one line each, and the recorder's warnings."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import pytest

import fairtrial
from fairtrial.cli._cli import main
from fairtrial.reports import _timeline

from .conftest import EXAMPLES, prov

KLOOP = str(EXAMPLES / "kloop-2025.json")


def run(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    code = main(list(argv), out=out)
    return code, out.getvalue()


def test_the_bundled_case_in_date_order() -> None:
    code, out = run("timeline", KLOOP)
    assert code == 0
    lines = out.splitlines()
    assert lines[0].endswith(": 25 events")
    events = lines[1:26]
    dates = [line.split()[0] for line in events]
    assert dates[0] == "2024-08" and dates[-1] == "date" and lines[26] == ""
    dated = [fairtrial.When(d) for d in dates if d != "date"]
    assert [d.sort_key() for d in dated] == sorted(d.sort_key() for d in dated)
    arrest = next(line for line in events if "Arrest: " in line)
    assert arrest == (
        "2025-05-28             Arrest: Detained in a sweeping GKNB operation that also targeted "
        "at least six other current and former Kloop employees. | Joomart Duulatov, Aleksandr "
        "Aleksandrov, State Committee for National Security (GKNB) | established (ngo, media) | "
        "src-article, src-hrw")
    assert lines[27:] == [
        "2 warnings:",
        "  Syinat Sultanalieva (sultanalieva): no event mentions this person; link them to what "
        "they took part in, or leave them out if the case does not need them",
        "  Sadyr Japarov (japarov): no event mentions this person; link them to what they took "
        "part in, or leave them out if the case does not need them"]


def _case(minimal: dict[str, Any], *events: dict[str, Any], **more: Any) -> fairtrial.Case:
    minimal.update(more)
    minimal["events"] = [{"provenance": prov(), **e} for e in events]
    minimal["sources"][0].setdefault("title", "Court sentences a defendant")
    return fairtrial.from_data(minimal)


def codes(case: fairtrial.Case) -> list[str]:
    return [w.code for w in _timeline.warnings(case)]


def test_an_event_nobody_is_linked_to(minimal: dict[str, Any]) -> None:
    case = _case(minimal, {"kind": "hearing", "id": "h1", "date": "2025-06-01"},
                 {"kind": "arrest", "id": "a1", "subjects": ["p1"]})
    assert codes(case) == ["unlinked"]
    assert _timeline.warnings(case)[0].message.startswith(
        "2025-06-01: the hearing 'h1' names nobody (no subjects, no actors); add the people")


def test_a_person_with_no_events(minimal: dict[str, Any]) -> None:
    assert codes(_case(minimal, {"kind": "hearing", "id": "h1", "actors": ["o1"]},
                       organisations=[{"id": "o1", "name": "A court", "kind": "court"}])) == \
        ["no-events"]


@pytest.mark.parametrize(("arrest", "appearance", "warned"), [
    ("2025-05-28", "2025-05-30", True),          # 24 to 72 hours: cannot tell
    ("2025-05", "2025-06-02", True),
    ("2025-05-28T10:00", "2025-05-30T09:00", False),  # 47 hours
    ("2025-05-28", "2025-05-29", False),         # at most 48 hours
    ("2025-05-28", "2025-06-05", False),         # certainly more
])
def test_dates_too_coarse_for_the_48_hour_question(minimal: dict[str, Any], arrest: str,
                                                    appearance: str, warned: bool) -> None:
    case = _case(minimal, {"kind": "arrest", "id": "a1", "date": arrest, "subjects": ["p1"]},
                 {"kind": "first_appearance", "id": "f1", "date": appearance,
                  "subjects": ["p1"]})
    assert codes(case) == (["48-hours"] if warned else [])
    if warned:
        message = _timeline.warnings(case)[0].message
        assert message.startswith(f"A. Defendant: the arrest ({arrest}) and the first "
                                  f"appearance ({appearance}) are ")
        assert "cannot be decided; record the days" in message


def test_a_release_is_checked_too(minimal: dict[str, Any]) -> None:
    case = _case(minimal, {"kind": "arrest", "id": "a1", "date": "2025-05-28",
                           "subjects": ["p1"]},
                 {"kind": "release", "id": "r1", "date": "2025-05-30", "subjects": ["p1"]})
    assert codes(case) == ["48-hours"]


def test_sources_nothing_rests_on_or_no_reader_could_find(minimal: dict[str, Any]) -> None:
    minimal["sources"].append({"id": "s2", "kind": "other", "publisher": "Somebody",
                               "title": "A leaflet"})
    minimal["events"] = [{"kind": "arrest", "id": "a1", "subjects": ["p1"], "provenance": prov()}]
    case = fairtrial.from_data(minimal)
    assert codes(case) == ["unused-source", "unfindable"]
    assert _timeline.warnings(case)[1].message == (
        "date unknown: the arrest 'a1' rests only on sources with no title, date or URL (s1); "
        "add what would let a reader find them")


def test_json_and_yaml_and_bad_input(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out = run("timeline", KLOOP, "--format", "json")
    record = json.loads(out)
    assert code == 0 and len(record["events"]) == 25
    assert record["warnings"][0]["code"] == "no-events"
    yaml_file = tmp_path / "k.yaml"
    assert run("convert", KLOOP, "-o", str(yaml_file))[0] == 0
    assert run("timeline", str(yaml_file)) == run("timeline", KLOOP)
    bad = tmp_path / "bad.json"
    bad.write_text("{}")
    assert run("timeline", str(bad))[0] == 1
    assert run("timeline", str(tmp_path / "missing.json"))[0] == 2
    assert "Traceback" not in capsys.readouterr().err


def test_the_html_timeline_uses_the_same_descriptions() -> None:
    case = fairtrial.load(KLOOP)
    html = fairtrial.render_report(case, "html")
    for event in case.events:
        if event.date is not None:
            label = _timeline.describe(event)
            shown = label if len(label) <= 34 else label[:33]
            assert f">{shown.replace(chr(39), '&#39;')}" in html, label
