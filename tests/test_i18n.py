"""Languages: every message has a translation, the shipped catalogues are current, and a
Russian report has no English left in what fairtrial itself writes."""

from __future__ import annotations

import gettext
import importlib.util
import io
import re
from pathlib import Path
from types import ModuleType

import pytest

import fairtrial
from fairtrial import Case
from fairtrial._i18n import Lang, lang, languages
from fairtrial.assessment._assess import Assessment
from fairtrial.cli._cli import main
from fairtrial.reports._questions import gather
from fairtrial.reports._report import _html, _markdown, md_questions, render
from fairtrial.reports._textout import questions_report
from fairtrial.reports._textout import render as text

from .conftest import EXAMPLES, ROOT
from .test_readable import GAFGEN, KLOOP, _two_defendants
from .test_report import HOSTILE

pytest.importorskip("babel")


def _tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location("i18n_tool", ROOT / "tools/i18n.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


TOOL = _tool()
TEMPLATE = TOOL.template()
TRANSLATED = [code for code in languages() if code != "en"]
CASES = {"kloop": KLOOP, "gafgen": GAFGEN, "hostile": HOSTILE,
         "two": fairtrial.from_data(_two_defendants()),
         # a Council of Europe state with reservations, and one fairtrial has no data for
         "austria": fairtrial.from_data({**fairtrial.dump(KLOOP), "jurisdiction": "AT"}),
         "unknown": fairtrial.from_data({**fairtrial.dump(KLOOP), "jurisdiction": "XX"})}


def test_russian_is_shipped() -> None:
    assert "ru" in TRANSLATED


def test_the_catalogue_covers_every_criterion_title_by_its_id() -> None:
    from fairtrial.checklist import default_checklist

    keys = {(m.context, m.id) for m in TEMPLATE}
    for c in default_checklist().criteria:
        assert (f"criterion {c.id}", c.title) in keys


@pytest.mark.parametrize("code", TRANSLATED)
def test_every_message_has_a_translation(code: str) -> None:
    missing = TOOL.untranslated(TOOL.load(code), TEMPLATE)
    assert not missing, f"{code}: translate these, then run python tools/i18n.py: {missing}"


@pytest.mark.parametrize("code", TRANSLATED)
def test_the_shipped_compiled_catalogue_is_current(code: str) -> None:
    mo = TOOL.po_path(code).with_suffix(".mo")
    assert not TOOL.stale(TOOL.load(code), mo.read_bytes()), "run python tools/i18n.py"
    # and the comparison sees a change
    cat = TOOL.load(code)
    changed = next(m for m in cat if m.id and isinstance(m.id, str))
    changed.string += "!"
    assert TOOL.stale(cat, mo.read_bytes())


class _Misses(gettext.NullTranslations):
    """Records every message the catalogue did not have."""

    def __init__(self) -> None:
        super().__init__()
        self.seen: set[str] = set()

    def gettext(self, message: str) -> str:
        self.seen.add(message)
        return message

    def ngettext(self, singular: str, plural: str, n: int) -> str:
        self.seen.add(singular)
        return singular if n == 1 else plural

    def pgettext(self, context: str, message: str) -> str:
        self.seen.add(f"{context}|{message}")
        return message


def _recording(code: str) -> tuple[Lang, _Misses]:
    path = Path(fairtrial.__file__).parent / "locale" / code / "LC_MESSAGES" / "fairtrial.mo"
    with path.open("rb") as fh:
        catalogue = gettext.GNUTranslations(fh)
    misses = _Misses()
    catalogue.add_fallback(misses)
    return Lang(code, catalogue), misses


def _everything(case: Case, a: Assessment, t: Lang) -> dict[str, str]:
    qs = gather(case, a)
    return {"md": _markdown(case, a, t), "html": _html(case, a, t),
            "text": text(case, a, t, show_all=True), "brief": text(case, a, t),
            "questions": questions_report(case, a, qs, t),
            "questions-md": md_questions(case, a, qs, t)}


@pytest.mark.parametrize("code", TRANSLATED)
@pytest.mark.parametrize("name", sorted(CASES))
def test_no_message_is_looked_up_without_a_translation(code: str, name: str) -> None:
    t, misses = _recording(code)
    case = CASES[name]
    _everything(case, fairtrial.assess(case, lang=t), t)  # type: ignore[arg-type]
    assert not misses.seen


def _fragments() -> set[str]:
    """The English of every message, cut at its fields: pieces of three words or more."""
    out = set()
    for m in TEMPLATE:
        for msgid in (m.id if isinstance(m.id, tuple) else (m.id,)):
            for piece in re.split(r"\{[a-z_]+\}", msgid):
                piece = piece.strip(" .,;:()'\"–-")
                if len(piece.split()) >= 3:
                    out.add(piece)
    return out


@pytest.mark.parametrize("code", TRANSLATED)
@pytest.mark.parametrize("name", ["kloop", "two", "austria", "unknown"])
def test_a_translated_report_has_no_english_of_its_own_left(code: str, name: str) -> None:
    case = CASES[name]
    a = fairtrial.assess(case, lang=code)
    # a message's words that the case file itself also uses ("promises of leniency") are its own
    own_text = " ".join(_case_text(fairtrial.dump(case)))
    fragments = {f for f in _fragments() if f not in own_text}
    for fmt, output in _everything(case, a, lang(code)).items():
        if fmt == "html":
            output = re.sub(r"<style>.*</style>", "", output, flags=re.S)
        left = sorted(f for f in fragments if f in output)
        assert not left, (fmt, left)
    # and what is left in Latin letters is the case's own text, citations and sources
    html = _html(case, a, lang(code))
    visible = re.sub(r"<[^>]+>", " ", re.sub(r"<style>.*</style>", "", html, flags=re.S))
    own = [case.title, case.id, *(p.name for p in case.people),
           *(c.description or "" for c in case.charges),
           *(str(c) for f in a.findings for c, _ in f.citations),
           *(x for s in case.sources for x in (s.publisher, s.title or "", s.url or "")),
           *_treaty_sources(case), "fairtrial", "full"]
    for item in sorted(own, key=len, reverse=True):
        visible = visible.replace(item, " ")
    words = set(re.findall(r"\b[A-Za-z]{4,}\b", visible))
    assert not words, words


def _treaty_sources(case: Case) -> list[str]:
    """The data behind the treaty table: where each date comes from, and what a reservation
    says, as the data files record them."""
    from fairtrial.assessment._treaties import ratifications, reservations, review_bodies

    rows = ratifications().get(case.jurisdiction, {}).values()
    return [*(r.source for r in rows),
            *(x for r in reservations() if r.state == case.jurisdiction
              for x in (r.source, r.summary)),
            *(r.source for r in review_bodies() if r.state == case.jurisdiction)]


def test_the_treaty_table_in_english_is_the_assessments_own() -> None:
    from fairtrial.assessment._treaties import ratifications
    from fairtrial.reports._treaty_words import treaty_rows

    data = fairtrial.dump(KLOOP)
    for state in [*sorted(ratifications()), "XX"]:
        case = fairtrial.from_data({**data, "jurisdiction": state})
        a = fairtrial.assess(case)
        assert treaty_rows(case, lang("en")) == [(x.name, x.status, x.note) for x in a.treaties]


@pytest.mark.parametrize("fmt", ["md", "html"])
def test_russian_reports_are_byte_identical_on_rerun(fmt: str) -> None:
    again = fairtrial.load(EXAMPLES / "kloop-2025.json")
    assert render(KLOOP, fmt, lang="ru") == render(again, fmt, lang="ru")


def test_assess_and_questions_speak_russian() -> None:
    out = io.StringIO()
    assert main(["assess", "--lang", "ru", str(EXAMPLES / "kloop-2025.json")], out=out) == 0
    assert "Оценка F: грубое установленное нарушение" in out.getvalue()
    assert "Критерии и лица" in out.getvalue()
    out = io.StringIO()
    assert main(["questions", "--lang", "ru", str(EXAMPLES / "kloop-2025.json")], out=out) == 0
    assert "Спросить защитника" in out.getvalue()


def test_an_unknown_language_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["report", "--lang", "xx", str(EXAMPLES / "kloop-2025.json")])
    assert exit_.value.code == 2
    err = capsys.readouterr().err
    assert "--lang: invalid choice: 'xx'" in err and "'ru'" in err
    with pytest.raises(fairtrial._i18n.UnknownLanguage, match="available: en, ru"):
        lang("xx")


def test_russian_dates_decline_their_months() -> None:
    from fairtrial.record._when import When
    from fairtrial.reports._words import date

    ru = lang("ru")
    assert date(When("2025-08-06"), ru) == "6 августа 2025"
    assert date(When("2025-05"), ru) == "май 2025"
    assert date(When("2025-08-06/2025-09-17"), ru) == "6 августа 2025 – 17 сентября 2025"


@pytest.mark.parametrize("fmt", ["md", "html"])
def test_public_reports_in_russian_still_name_no_confidential_person(fmt: str) -> None:
    from fairtrial.record._public import vet_public

    from .test_report import PRIVATE, _confidential_kloop

    case = _confidential_kloop()
    public = render(case, fmt, public=True, lang="ru")
    assert not any(name in public.lower() for name in PRIVATE)
    assert vet_public(public, fmt, case, io.StringIO())


# --- the checklist's reasons ------------------------------------------------------------------

class _Marked(gettext.NullTranslations):
    """A test language that keeps the English but brackets the words of every template, not
    its fields: what is left outside brackets in a reason was either filled in from the case
    or glued into it in code, untranslatable."""

    @staticmethod
    def _mark(message: str) -> str:
        return re.sub(r"([^{}]+)(?=\{|$)", lambda m: f"\u27e6{m.group(1)}\u27e7", message)

    def gettext(self, message: str) -> str:
        return self._mark(message)

    def ngettext(self, singular: str, plural: str, n: int) -> str:
        return self._mark(singular if n == 1 else plural)

    def pgettext(self, context: str, message: str) -> str:
        return self._mark(message)


def _case_text(data: object) -> list[str]:
    """Every string a case file holds (names, titles, quotes, counter-claims, ids)."""
    if isinstance(data, str):
        return [data]
    if isinstance(data, dict):
        return [s for v in data.values() for s in _case_text(v)]
    if isinstance(data, list):
        return [s for v in data for s in _case_text(v)]
    return []


def _unmarked(case: Case, a: Assessment, area: str) -> list[str]:
    from fairtrial.assessment._treaties import derogations, reservations

    # A derogation's note quotes its data (territory, source) and the provision it names; a
    # reservation's, its words as the treaty's depositary gives them, its source and articles.
    data = {x for d in derogations() if d.state == case.jurisdiction
            for x in (d.territory, d.source)}
    data |= {x for r in reservations() if r.state == case.jurisdiction
             for x in (r.summary.rstrip("."), r.source, r.treaty, ", ".join(r.articles))}
    cited = {f"{c.treaty} {c.pinpoint}" for f in a.findings for c, _x in f.citations}
    own = sorted(set(_case_text(fairtrial.dump(case))) | {p.name for p in case.people}
                 | data | cited, key=len, reverse=True)
    left = []
    for f in a.findings:
        if f.area.value != area:
            continue
        for line in (*f.reasoning, *f.against, *f.questions):
            rest = re.sub("\u27e6[^\u27e7]*\u27e7", " ", line)
            for item in own:
                if item and item in rest:
                    rest = rest.replace(item, " ")
            words = re.findall(r"[A-Za-z]{3,}", rest)
            if words:
                left.append(f"{f.criterion}: {words} in {line!r}")
    return left


def _scenarios() -> list[Case]:
    import json

    return [fairtrial.from_data(json.loads(p.read_text("utf-8"))["case"])
            for p in sorted((ROOT / "tests" / "scenarios").glob("*.json"))]


_SCENARIOS = _scenarios()
@pytest.mark.parametrize("area", [a.value for a in fairtrial.checklist.Area])
def test_the_checklists_reasons_are_whole_templates(area: str) -> None:
    from fairtrial._i18n import using

    marked = Lang("xx", _Marked())
    left = []
    cases = [*CASES.values(), *_SCENARIOS]
    for case in cases:
        with using(marked):
            a = fairtrial.assess(case)
        left += _unmarked(case, a, area)
    assert not left, "\n".join(left[:20])


@pytest.mark.parametrize("code", TRANSLATED)
def test_every_reason_of_the_scenarios_is_translated(code: str) -> None:
    """No message the checklist says is missing from the catalogue (for the areas done)."""
    t, misses = _recording(code)
    for case in [*CASES.values(), *_SCENARIOS]:
        fairtrial.assess(case, lang=t)  # type: ignore[arg-type]
    assert not misses.seen
