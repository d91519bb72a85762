"""Reports a person reads: the summary, the matrix, names instead of ids, the terminal view,
and what to find out next."""

from __future__ import annotations

import copy
import io
import json
import re
from typing import Any

import attrs
import pytest
from hypothesis import given, settings

import fairtrial
from fairtrial import Case
from fairtrial._i18n import lang
from fairtrial.checklist import default_checklist
from fairtrial.cli._cli import _colour, main
from fairtrial.reports._questions import ASK, Ask, gather
from fairtrial.reports._report import render

from .conftest import EXAMPLES, MINIMAL, prov
from .strategies import cases
from .test_report import HOSTILE

KLOOP_FILE = str(EXAMPLES / "kloop-2025.json")
KLOOP = fairtrial.load(KLOOP_FILE)
GAFGEN = fairtrial.load(EXAMPLES / "gafgen-2003.json")


def run(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    code = main(list(argv), out=out)
    return code, out.getvalue()


def _ids(case: Case) -> set[str]:
    """Ids a person must never read: those that cannot be mistaken for an ordinary word."""
    a = fairtrial.assess(case)
    ids = {x.id for x in (*case.events, *case.sources, *case.people, *case.charges)}
    ids |= {f.criterion for f in a.findings}
    return {i for i in ids if re.search(r"[-.0-9]", i)}


def _visible(html: str) -> str:
    """The text of the page a reader sees: no tags, attributes or link targets."""
    return re.sub(r"<[^>]+>", " ", html.split("<body", 1)[1])


# --- the terminal ----------------------------------------------------------------------------


def test_the_bundled_case_fits_the_verdict_in_under_80_lines_of_100_columns() -> None:
    code, out = run("assess", KLOOP_FILE)
    lines = out.splitlines()
    assert code == 0 and len(lines) < 80, len(lines)
    assert max(map(len, lines)) <= 100
    assert "\x1b[" not in out  # not a terminal: no colour
    a = fairtrial.assess(KLOOP)
    # the grade, then every breach in the matrix, with the lead of its reasons
    assert lines[3].startswith("Grade F:")
    for f in a.findings:
        if f.is_breach:
            assert f.title in out
    assert "Open question:" not in out  # questions are counted here, listed by 'questions'


def test_all_shows_every_finding_and_each_open_question_once() -> None:
    code, out = run("assess", "--all", KLOOP_FILE)
    assert code == 0 and "== Joomart Duulatov ==" in out
    tail = out.split("What to find out next", 1)[1]
    assert tail.count("Were the public and press admitted to the hearing") == 1


def test_colour_only_on_a_terminal_without_no_color(monkeypatch: pytest.MonkeyPatch) -> None:
    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    monkeypatch.delenv("NO_COLOR", raising=False)
    assert _colour(Terminal()) and not _colour(io.StringIO())
    out = Terminal()
    main(["assess", KLOOP_FILE], out=out)
    assert "\x1b[31;1mX\x1b[0m" in out.getvalue()
    monkeypatch.setenv("NO_COLOR", "1")
    assert not _colour(Terminal())


# --- names, not ids --------------------------------------------------------------------------


@pytest.mark.parametrize("language", ["en", "ru"])
@pytest.mark.parametrize("case", [KLOOP, GAFGEN], ids=["kloop", "gafgen"])
def test_html_and_markdown_name_no_internal_ids_outside_links(case: Case, language: str) -> None:
    ids = _ids(case)
    html = render(case, "html", lang=language)
    for text in (_visible(html), render(case, "md", lang=language)):
        shown = {i for i in ids if re.search(rf"(?<![\w-]){re.escape(i)}(?![\w-])", text)}
        assert not shown
    anchors = set(re.findall(r'id="([^"]+)"', html))
    links = re.findall(r'href="#([^"]+)"', html)
    assert links and set(links) <= anchors  # every matrix cell and timeline bar leads somewhere


def test_the_timeline_names_events_by_title_or_kind_and_date() -> None:
    html = render(KLOOP, "html")
    labels = re.findall(r'<text x="4" y="[0-9.]+">([^<]*)</text>', html)
    assert labels and not {e.id for e in KLOOP.events} & set(labels)
    assert any(label.startswith("Hearing") for label in labels)


# --- the summary and the matrix --------------------------------------------------------------


def test_the_summary_says_who_what_the_gravest_breaches_and_what_is_unknown() -> None:
    md = render(KLOOP, "md")
    summary = md.split("## Summary", 1)[1].split("##", 1)[0]
    assert "4 people: Joomart Duulatov, Aleksandr Aleksandrov" in summary
    assert "public calls for mass unrest" in summary
    assert "Coerced statements not used in evidence" in summary
    assert "bear on the convictions of" in summary
    from fairtrial.reports._questions import gather

    count = len(gather(KLOOP, fairtrial.assess(KLOOP)))
    assert count > 20 and f"{count} questions remain open" in summary
    assert "Still open among the gravest criteria (grave): Free from torture" in summary
    # the summary comes before the grade details, the matrix and the findings
    assert md.index("## Summary") < md.index("## Grade") < md.index("## Criteria and people") \
        < md.index("## Findings")


def _two_defendants() -> dict[str, Any]:
    data = copy.deepcopy(MINIMAL)
    data["people"] = [{"id": "p1", "name": "A. Defendant", "roles": ["defendant"]},
                      {"id": "p2", "name": "B. Defendant", "roles": ["defendant"]}]
    data["events"] = [
        {"id": "st", "kind": "public_statement", "date": "2025-05-02", "subjects": ["p1"],
         "presents_as_guilty": True, "provenance": prov()},
        {"id": "v1", "kind": "verdict", "date": "2025-07-01", "subjects": ["p1", "p2"],
         "results": [{"person": "p1", "outcome": "convicted"},
                     {"person": "p2", "outcome": "acquitted"}], "provenance": prov()},
    ]
    return data


def test_grades_that_differ_by_person_show_in_the_summary_and_the_matrix() -> None:
    case = fairtrial.from_data(_two_defendants())
    a = fairtrial.assess(case)
    letters = dict(a.grades)
    assert letters["p1"].letter != letters["p2"].letter
    md = render(case, "md")
    assert "The grades differ by person" in md
    row = next(line for line in md.splitlines() if line.startswith("| *grade*"))
    assert row == f"| *grade* | {letters['p1'].letter} | {letters['p2'].letter} |"


# --- what to find out next -------------------------------------------------------------------


def test_questions_are_merged_across_hearings_and_people() -> None:
    qs = gather(KLOOP, fairtrial.assess(KLOOP))
    public = [q for q in qs if q.text.startswith("Were the public and press admitted")]
    assert len(public) == 1
    assert public[0].events == ("trial-opens", "hearing-unknown-date", "retraction-hearing")
    presence = [q for q in qs if "present at the hearing" in q.text and "lawyer" not in q.text]
    assert len(presence) == 1 and len(presence[0].subjects) == 4
    assert presence[0].ask is Ask.COURT


@settings(max_examples=20)
@given(cases())
def test_every_open_question_of_every_finding_is_asked(case: Case) -> None:
    a = fairtrial.assess(case)
    qs = gather(case, a)
    asked = {key for q in qs for key in q.findings}
    for f in a.findings:
        if f.questions and f.outcome.value != "not_applicable":
            assert (f.criterion, f.subject) in asked
    assert all(q.stake >= 0 for q in qs)
    assert [q.stake for q in qs] == sorted((q.stake for q in qs), reverse=True)


def test_questions_whose_answer_could_change_the_grade_come_first() -> None:
    data = copy.deepcopy(MINIMAL)
    data["events"] = [
        {"id": "a1", "kind": "arrest", "date": "2025-05-01", "subjects": ["p1"],
         "provenance": prov()},
        {"id": "v1", "kind": "verdict", "date": "2025-07-01", "subjects": ["p1"],
         "results": [{"person": "p1", "outcome": "convicted"}], "provenance": prov()}]
    case = fairtrial.from_data(data)
    a = fairtrial.assess(case)
    assert a.grade.letter == "incomplete"
    qs = gather(case, a)
    first = qs[0]
    # an answer that a grave breach bearing on the conviction happened makes the grade F
    assert first.stake >= 3 and first.severity.value == "grave"
    assert qs[-1].stake < first.stake


def test_whom_to_ask_names_only_criteria_that_exist() -> None:
    known = {c.id for c in default_checklist().criteria}
    assert set(ASK) <= known


def test_questions_command_in_every_format() -> None:
    code, out = run("questions", KLOOP_FILE)
    assert code == 0 and out.startswith("What to find out next: Prosecution")
    assert "Ask the defence lawyer" in out and "concerns: hearing (6 August 2025)" in out
    assert out.count("Were the public and press admitted") == 1
    code, out = run("questions", "--format", "json", KLOOP_FILE)
    data = json.loads(out)
    assert code == 0 and data["format_version"] == "1.0"
    assert {q["ask"] for q in data["questions"]} <= {a.name.lower() for a in Ask}
    code, out = run("questions", "--format", "md", KLOOP_FILE)
    assert code == 0 and "### Ask the defence lawyer" in out


def test_questions_of_a_bad_file_say_why(tmp_path: Any, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text("{}")
    code, _ = run("questions", str(bad))
    assert code == 1 and "cannot list its questions" in capsys.readouterr().err


@pytest.mark.parametrize("language", ["en", "ru"])
def test_hostile_text_stays_text_in_the_summary_matrix_and_questions(language: str) -> None:
    html = render(HOSTILE, "html", lang=language)
    body = html.split("</style>", 1)[1]
    assert "<script" not in body.lower() and "<img" not in body.lower()
    assert not re.search(r"<[^>]*\son\w+\s*=", body, re.I)
    md = render(HOSTILE, "md", lang=language)
    assert "<script" not in md and not re.search(r"(?<!\\)\]\(javascript:", md)


def test_text_and_questions_of_a_case_without_defendants() -> None:
    data = copy.deepcopy(MINIMAL)
    data["people"] = []
    case = fairtrial.from_data(data)
    from fairtrial.reports._textout import render as text

    out = text(case, fairtrial.assess(case), lang("en"))
    assert "Criteria and people" in out


@settings(max_examples=10)
@given(cases())
def test_the_stake_is_the_largest_grade_move_of_either_answer(case: Case) -> None:
    import attrs

    from fairtrial.assessment._assess import GRADE_RANK, grade
    from fairtrial.reports._questions import _Stakes
    from fairtrial.reports._summary import convicted

    a = fairtrial.assess(case)
    stakes, guilty, names = _Stakes(case, a), convicted(case), dict(a.subjects)
    people = [pid for pid, _ in a.subjects]

    def step(g: Any) -> float:
        return GRADE_RANK[g.letter] + (0.5 if g.provisional else 0.0)

    for f in a.findings:
        if not f.questions:
            continue
        expected = 0.0
        for person in ([f.subject] if f.subject else people or [None]):
            mine = [x for x in a.findings if person is None or x.subject in (person, None)]
            now = dict(a.grades)[person] if person else a.grade
            expected += max(abs(step(grade([attrs.evolve(f, outcome=o) if x is f else x
                                            for x in mine], guilty, names)) - step(now))
                            for o in (f.outcome.__class__.VIOLATION,
                                      f.outcome.__class__.NO_VIOLATION))
        assert stakes.of(f) == expected


def test_with_nothing_breached_the_terminal_shows_what_is_open() -> None:
    from fairtrial.reports._textout import render as text

    case = fairtrial.from_data(copy.deepcopy(MINIMAL))
    a = fairtrial.assess(case)
    assert not any(f.is_breach for f in a.findings)
    out = text(case, a, lang("en"))
    opened = [f.title for f in a.findings if f.outcome.value == "insufficient_information"]
    assert opened and all(title in out for title in opened)
    assert "provisional" not in out  # 'incomplete' says it already


def test_reasons_name_other_findings_by_title_wherever_the_id_stands() -> None:
    from fairtrial._i18n import lang
    from fairtrial.reports._words import Prose

    a = fairtrial.assess(KLOOP)
    waiver = next(f for f in a.findings if f.criterion == "counsel.waiver")
    prose = Prose(a.findings, lang("en"))
    assert prose("as 'counsel.waiver' explains.") == f"as “{waiver.title}” explains."
    assert prose("see counsel.waiver.") == f"see “{waiver.title}”."
    # a longer dotted word, an unknown id and an abbreviation are left as they are
    for text in ("x.counsel.waiver", "counsel.waiver-x", "counsel.unknown-rule", "e.g. this"):
        assert prose(text) == text
    # a custom checklist's ids of another shape are still found
    odd = [attrs.evolve(waiver, criterion="local/rule:1")]
    assert Prose(odd, lang("en"))("per local/rule:1.") == f"per “{waiver.title}”."
