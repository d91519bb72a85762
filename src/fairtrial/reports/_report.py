"""Reports of an assessment: JSON, Markdown and a self-contained HTML page.

Everything that comes from a case file is escaped: Jinja2 autoescaping in HTML (with a
Content-Security-Policy that forbids scripts as a second line of defence), entity and
punctuation escaping in Markdown, and only http(s) URLs ever become links.
"""

from __future__ import annotations

import functools
import re
from datetime import datetime
from typing import TYPE_CHECKING, Any

from fairtrial._i18n import Lang, using
from fairtrial.assessment._assess import ASSESSMENT_FORMAT_VERSION, Assessment, assess
from fairtrial.checklist import Checklist
from fairtrial.checklist._core import Area, Finding, Outcome
from fairtrial.record._model import Case
from fairtrial.record._public import public_case
from fairtrial.record._when import When
from fairtrial.reports import _words as w
from fairtrial.reports._export import assessment_data
from fairtrial.reports._questions import Question, by_whom, gather
from fairtrial.reports._summary import (
    MARKS,
    anchor,
    convicted,
    grade_line,
    grade_reasons,
    matrix,
    sentences,
)
from fairtrial.reports._timeline import describe
from fairtrial.reports._treaty_words import treaty_rows

if TYPE_CHECKING:
    import jinja2

FORMATS = ("json", "md", "html")
REPORT_FORMAT_VERSION = ASSESSMENT_FORMAT_VERSION  # one format for both


def report_data(case: Case, assessment: Assessment) -> dict[str, Any]:
    """The JSON report: the assessment, plus the sources and the timeline it rests on."""
    marks = _marks(assessment)
    data = assessment_data(assessment)
    data["sources"] = [
        {k: v for k, v in {"id": s.id, "kind": s.kind.value, "publisher": s.publisher,
                           "title": s.title, "date": str(s.date) if s.date else None,
                           "url": s.url}.items() if v is not None}
        for s in case.sources
    ]
    data["events"] = [
        {"id": e.id, "kind": e.kind, "date": str(e.date) if e.date else None,
         "summary": e.summary, "subjects": list(e.subjects), "findings": marks.get(e.id, [])}
        for e in case.events
    ]
    return data


_anchor = anchor


def _marks(assessment: Assessment) -> dict[str, list[dict[str, str]]]:
    """For each event, the breaches that rest on it."""
    marks: dict[str, list[dict[str, str]]] = {}
    for f in assessment.findings:
        if f.is_breach:
            for eid in f.relied_on:
                marks.setdefault(eid, []).append(
                    {"criterion": f.criterion, "subject": f.subject or "",
                     "outcome": f.outcome.value, "anchor": _anchor(f.criterion, f.subject)})
    return marks


def render(case: Case, fmt: str, *, public: bool = False,
           checklist: Checklist | None = None, lang: str = "en") -> str:
    """Assess ``case`` and render the report in ``fmt`` ('json', 'md' or 'html').

    With ``public=True`` confidential people, organisations and sources appear only under
    pseudonyms, in every format. ``lang`` is the language of Markdown and HTML (JSON is for
    programs and stays in English).
    """
    if fmt not in FORMATS:
        raise ValueError(f"unknown report format {fmt!r}; choose one of {FORMATS}")
    if public:
        case = public_case(case)
    if fmt == "json":
        from fairtrial._json import dumps

        return dumps(report_data(case, assess(case, checklist, lang="en")), indent=True) + "\n"
    with using(lang) as t:
        assessment = assess(case, checklist)
        if fmt == "md":
            return _markdown(case, assessment, t)
        return _html(case, assessment, t)


# --- Markdown --------------------------------------------------------------------------------

_MD_SPECIAL = re.compile(r"([\\`*_\[\]|~])")


def md(text: object) -> str:
    """Escape case-file text for Markdown: no HTML, no links, no emphasis can be injected."""
    value = str(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    value = " ".join(_MD_SPECIAL.sub(r"\\\1", value).split())
    # A line that starts with these would become a heading, list or numbered item.
    return re.sub(r"^([#+-]|[0-9]+\.)", r"\\\1", value)


def safe_url(url: str | None) -> str | None:
    """The URL if it is plain http(s), else None: nothing else is ever made a link."""
    if url and re.fullmatch(r"https?://[^\s<>\"'`]+", url, re.IGNORECASE):
        return url
    return None


def _markdown(case: Case, a: Assessment, t: Lang) -> str:
    qs = gather(case, a)
    guilty = convicted(case)
    names = dict(a.subjects)
    out = ["# " + md(t._("Fair-trial assessment: {title}", title=a.title)), "",
           md(t._("Case {id}, {jurisdiction}; checklist: {checklist}.", id=a.case_id,
                  jurisdiction=a.jurisdiction, checklist=a.checklist)), ""]
    out += ["## " + md(t._("Summary")), "", md(" ".join(sentences(case, a, qs, t))), ""]
    out += ["## " + md(t._("Grade {line}", line=grade_line(a.grade, t))), ""]
    out += [f"- {md(r)}" for r in grade_reasons(a.grade, a, guilty, t)] + [""]
    if len(a.grades) > 1:
        out += [_md_row(t._("defendant"), t._("grade"), t._("meaning")), "|---|---|---|"]
        out += [f"| {md(names[pid])} | {w.grade_letter(g.letter, t)} | "
                f"{md(w.grade_label(g.letter, t))} |" for pid, g in a.grades]
        out.append("")
    out += _md_matrix(a, t)
    out += ["## " + md(t._("What to find out next")), "", *_md_questions(case, a, qs, t)]
    out += ["## " + md(t._("Treaties")), "",
            _md_row(t._("treaty"), t._("applies"), t._("note")), "|---|---|---|"]
    out += [_md_row(md(name), md(applies), md(note))
            for name, applies, note in treaty_rows(case, t)] + [""]
    out += ["## " + md(t._("Summary by area")), "",
            _md_row(t._("area"), *(w.outcome(o, t) for o in Outcome), t._("worst")),
            "|---|" + "---|" * (len(Outcome) + 1)]
    for s in a.areas:
        counts = dict(s.counts)
        out.append(f"| {w.area(s.area, t)} | " + " | ".join(str(counts.get(o, 0))
                                                            for o in Outcome)
                   + f" | {w.outcome(s.worst, t)} |")
    out += ["", "## " + md(t._("Findings")), ""]
    prose = w.Prose(a.findings, t)
    for subject in [None, *names]:
        mine = [f for f in a.findings_for(subject) if f.outcome is not Outcome.NOT_APPLICABLE]
        if not mine:
            continue
        out += ["### " + md(names[subject] if subject else t._("The case as a whole")), ""]
        for f in mine:
            conf = w.confidence(f.confidence, t)
            head = w.outcome(f.outcome, t) + (f", {conf}" if conf else "")
            out += [f"#### {md(head[0].upper() + head[1:])}: {md(w.title(f, t=t))}", ""]
            out += [md(prose(r)) + "\n" for r in f.reasoning]
            out += [md(t._("Points the other way: {text}", text=prose(x))) + "\n"
                    for x in f.against]
            out += [md(t._("Open question: {text}", text=prose(q))) + "\n" for q in f.questions]
            if f.outcome is not Outcome.NO_VIOLATION:
                out.append(md(t._("Sources of the standard: {cites}", cites="; ".join(
                    w.citation(c, s, t)
                    for c, s in f.citations))) + "\n")
    out += ["## " + md(t._("Sources of the facts")), ""]
    for source in case.sources:
        bits = [md(source.publisher)] + [md(x) for x in (source.title, source.date) if x]
        url = safe_url(source.url)
        line = "- " + ", ".join(bits)
        if url:
            line += f" <{url}>"
        elif source.url:
            line += " " + md(t._("({url}; not a web address, not linked)", url=source.url))
        out.append(line)
    return "\n".join(out).rstrip() + "\n"


def _md_row(*cells: str) -> str:
    return "| " + " | ".join(cells) + " |"


def _md_matrix(a: Assessment, t: Lang) -> list[str]:
    rows = [r for r in matrix(a, t) if r.applies]
    people = [md(name) for _, name in a.subjects] or [md(t._("the case as a whole"))]
    out = ["## " + md(t._("Criteria and people")), "",
           md(t._("X violation, x likely violation (on allegations), ? open question, . met, "
                  "- does not apply")), "",
           _md_row(t._("criterion"), *people),
           "|---|" + ":-:|" * len(people)]
    grades = dict(a.grades)
    if grades:
        out.append("| *" + t._("grade") + "* | " + " | ".join(
            w.grade_letter(grades[pid].letter, t) for pid, _ in a.subjects) + " |")
    for r in rows:
        out.append(f"| {md(r.title)} | " + " | ".join(
            MARKS[c.outcome] if c.outcome else " " for c in r.cells) + " |")
    return [*out, ""]


def md_questions(case: Case, a: Assessment, qs: tuple[Question, ...], t: Lang) -> str:
    """``fairtrial questions --format md``: the questions alone, as a document."""
    out = ["# " + md(t._("What to find out next: {title}", title=a.title)), "",
           *_md_questions(case, a, qs, t)]
    return "\n".join(out).rstrip() + "\n"


def _md_questions(case: Case, a: Assessment, qs: tuple[Question, ...], t: Lang) -> list[str]:
    if not qs:
        return [md(t._("No question is open.")), ""]
    names = dict(a.subjects)
    events = {e.id: e for e in case.events}
    prose = w.Prose(a.findings, t)
    out = []
    for ask, group in by_whom(qs):
        out += [f"### {md(t._(ask.value))}", ""]
        for n, q in enumerate(group, 1):
            out.append(f"{n}. {md(prose(q.text))}")
            if len(q.events) > 1:
                out.append("   " + md(t._("concerns: {events}", events="; ".join(
                    w.event(events[e], t) for e in q.events))))
            if len(q.subjects) > 1:
                out.append("   " + md(t._("for: {names}", names=t.join(
                    [names[p] for p in q.subjects]))))
        out.append("")
    return out


# --- HTML ------------------------------------------------------------------------------------


@functools.cache
def _environment() -> jinja2.Environment:
    import jinja2  # only HTML needs it; batch JSON and CSV start faster without

    env = jinja2.Environment(
        loader=jinja2.PackageLoader("fairtrial", "templates"),
        autoescape=True, undefined=jinja2.StrictUndefined,
        trim_blocks=True, lstrip_blocks=True,
    )
    env.filters["safe_url"] = safe_url
    return env


def _timeline(case: Case, a: Assessment, t: Lang) -> dict[str, Any]:
    """Coordinates for the SVG timeline: one row per dated event, its bar as wide as the
    date's precision, events behind a breach marked and linked to the first such finding."""
    marks = _marks(a)
    dated = sorted((e for e in case.events if e.date is not None),
                   key=lambda e: (e.date.sort_key(), e.id))  # type: ignore[union-attr]
    if not dated:
        return {"rows": [], "ticks": [], "width": 0, "height": 0}
    start = min(e.date.earliest for e in dated)  # type: ignore[union-attr]
    end = max(e.date.latest for e in dated)  # type: ignore[union-attr]
    span = max((end - start).total_seconds(), 86400.0)
    left, width, row = 230, 640, 22

    def x(t: datetime) -> float:
        return round(left + (t - start).total_seconds() / span * width, 1)

    titles = {f.criterion: w.title(f, t=t) for f in a.findings}
    rows = []
    for i, e in enumerate(dated):
        x0, x1 = x(e.date.earliest), x(e.date.latest)  # type: ignore[union-attr]
        mark = marks.get(e.id, [])
        level = ("violation" if any(m["outcome"] == "violation" for m in mark)
                 else "likely" if mark else "none")
        # As 'fairtrial timeline' describes it; in another language, with the kind translated.
        named = describe(e) if t.code == "en" else describe(
            e, lambda k: t.p_("event", w.KINDS.get(k, "event")))
        rows.append({"id": e.id, "label": named,
                     "date": str(e.date), "x": x0, "w": max(x1 - x0, 3.0),
                     "y": 30 + i * row, "level": level,
                     "href": "#" + mark[0]["anchor"] if mark else None,
                     "title": t._("{event}: breach in {criteria}", event=named,
                                  criteria="; ".join(dict.fromkeys(titles[m["criterion"]]
                                                                   for m in mark)))
                     if mark else t._("{event}: no breach rests on it", event=named)})
    ticks = []
    year_span = end.year - start.year
    step = 1 if year_span <= 12 else max(1, year_span // 10)
    if year_span <= 2:
        cursor = datetime(start.year, start.month, 1)
        while cursor <= end:
            ticks.append({"x": x(max(cursor, start)),
                          "label": w.date(When(f"{cursor.year:04d}-{cursor.month:02d}"), t)})
            month = cursor.month + (1 if (end - start).days < 400 else 3)
            year = cursor.year + (month - 1) // 12
            if year > datetime.max.year:  # a record dated in 9999 ends the axis there
                break
            cursor = datetime(year, (month - 1) % 12 + 1, 1)
    else:
        for year in range(start.year, end.year + 1, step):
            ticks.append({"x": x(max(datetime(year, 1, 1), start)), "label": str(year)})
    return {"rows": rows, "ticks": ticks, "width": left + width + 20,
            "height": 40 + len(rows) * row, "left": left}


def _html(case: Case, a: Assessment, t: Lang) -> str:
    names = dict(a.subjects)
    qs = gather(case, a)
    guilty = convicted(case)
    events = {e.id: e for e in case.events}
    groups = []
    for subject in [None, *names]:
        mine = [f for f in a.findings_for(subject) if f.outcome is not Outcome.NOT_APPLICABLE]
        if mine:
            groups.append({
                "name": names[subject] if subject else t._("The case as a whole"),
                "findings": [(f, _anchor(f.criterion, f.subject), _head(f, t), w.title(f, t=t),
                              [w.citation(c, s, t)
                               for c, s in f.citations]) for f in mine]})
    prose = w.Prose(a.findings, t)
    questions = [(t._(ask.value), [
        {"text": prose(q.text),
         "concerns": t._("concerns: {events}", events="; ".join(
             w.event(events[e], t) for e in q.events)) if len(q.events) > 1 else "",
         "people": t._("for: {names}", names=t.join([names[p] for p in q.subjects]))
         if len(q.subjects) > 1 else ""} for q in group]) for ask, group in by_whom(qs)]
    template = _environment().get_template("report.html.j2")
    return template.render(
        _=t._, lang=t.code, prose=prose, a=a, case=case, groups=groups,
        words={o: w.outcome(o, t) for o in Outcome}, outcomes=list(Outcome), marks=MARKS,
        areas={x: w.area(x, t) for x in Area}, timeline=_timeline(case, a, t),
        summary=" ".join(sentences(case, a, qs, t)), grade_line=grade_line(a.grade, t),
        grade_word=w.grade_letter(a.grade.letter, t),
        grade_reasons=grade_reasons(a.grade, a, guilty, t),
        person_grades=[(names[pid], w.grade_letter(g.letter, t), w.grade_label(g.letter, t))
                       for pid, g in a.grades],
        columns=[n for _, n in a.subjects] or [t._("the case as a whole")],
        matrix=[r for r in matrix(a, t) if r.applies], questions=questions,
        treaties=treaty_rows(case, t),
        dict=dict,
    )


def _head(f: Finding, t: Lang) -> str:
    conf = w.confidence(f.confidence, t)
    return w.outcome(f.outcome, t) + (f", {conf}" if conf else "")
