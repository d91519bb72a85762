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

from fairtrial._assess import ASSESSMENT_FORMAT_VERSION, Assessment, assess
from fairtrial._export import OUTCOME_WORDS, assessment_data, label
from fairtrial._model import Case
from fairtrial._public import public_case
from fairtrial.checklist import Checklist
from fairtrial.checklist._core import Area, Outcome

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


def _anchor(criterion: str, subject: str | None) -> str:
    return "f-" + re.sub(r"[^a-z0-9-]", "-", f"{criterion}-{subject or 'case'}".lower())


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
           checklist: Checklist | None = None) -> str:
    """Assess ``case`` and render the report in ``fmt`` ('json', 'md' or 'html').

    With ``public=True`` confidential people, organisations and sources appear only under
    pseudonyms, in every format.
    """
    if fmt not in FORMATS:
        raise ValueError(f"unknown report format {fmt!r}; choose one of {FORMATS}")
    if public:
        case = public_case(case)
    assessment = assess(case, checklist)
    if fmt == "json":
        from fairtrial._json import dumps

        return dumps(report_data(case, assessment), indent=True) + "\n"
    if fmt == "md":
        return _markdown(case, assessment)
    return _html(case, assessment)


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


def _markdown(case: Case, a: Assessment) -> str:
    out = [f"# Fair-trial assessment: {md(a.title)}", "",
           f"Case `{md(a.case_id)}`, {md(a.jurisdiction)}; checklist: {a.checklist}.", ""]
    provisional = " (provisional: grave or serious questions remain open)" \
        if a.grade.provisional else ""
    out += [f"## Grade {a.grade.letter}: {a.grade.label}{provisional}", ""]
    out += [f"- {md(r)}" for r in a.grade.reasons] + [""]
    if len(a.grades) > 1:
        names = dict(a.subjects)
        out += ["| defendant | grade | meaning |", "|---|---|---|"]
        out += [f"| {md(names[pid])} | {g.letter} | {g.label} |" for pid, g in a.grades]
        out.append("")
    out += ["## Treaties", "", "| treaty | applies | note |", "|---|---|---|"]
    out += [f"| {t.treaty} | {t.status} | {md(t.note)} |" for t in a.treaties] + [""]
    out += ["## Summary by area", "",
            "| area | " + " | ".join(OUTCOME_WORDS[o] for o in Outcome) + " | worst |",
            "|---|" + "---|" * (len(Outcome) + 1)]
    for s in a.areas:
        counts = dict(s.counts)
        out.append(f"| {s.area.doc} | " + " | ".join(str(counts.get(o, 0)) for o in Outcome)
                   + f" | {OUTCOME_WORDS[s.worst]} |")
    out += ["", "## Findings", ""]
    names = dict(a.subjects)
    for subject in [None, *names]:
        mine = [f for f in a.findings_for(subject) if f.outcome is not Outcome.NOT_APPLICABLE]
        if not mine:
            continue
        out += [f"### {md(names[subject]) if subject else 'The case as a whole'}", ""]
        for f in mine:
            conf = f", {f.confidence.value} confidence" if f.confidence else ""
            out += [f"#### {OUTCOME_WORDS[f.outcome].capitalize()}{conf}: {f.title} "
                    f"(`{f.criterion}`)", ""]
            out += [md(r) + "\n" for r in f.reasoning]
            out += [f"*Points the other way:* {md(x)}\n" for x in f.against]
            out += [f"*Open question:* {md(q)}\n" for q in f.questions]
            if f.outcome is not Outcome.NO_VIOLATION:
                out.append("*Sources of the standard:* "
                           + "; ".join(md(c) + label(applies).replace("[", "\\[")
                                       .replace("]", "\\]") for c, applies in f.citations)
                           + "\n")
    out += ["## Sources of the facts", ""]
    for source in case.sources:
        bits = [md(source.publisher)] + [md(x) for x in (source.title, source.date) if x]
        url = safe_url(source.url)
        line = f"- `{md(source.id)}`: " + ", ".join(bits)
        if url:
            line += f" <{url}>"
        elif source.url:
            line += f" ({md(source.url)}; not a web address, not linked)"
        out.append(line)
    return "\n".join(out).rstrip() + "\n"


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


def _timeline(case: Case, a: Assessment) -> dict[str, Any]:
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

    rows = []
    for i, e in enumerate(dated):
        x0, x1 = x(e.date.earliest), x(e.date.latest)  # type: ignore[union-attr]
        mark = marks.get(e.id, [])
        level = ("violation" if any(m["outcome"] == "violation" for m in mark)
                 else "likely" if mark else "none")
        rows.append({"id": e.id, "label": f"{e.kind.replace('_', ' ')}: {e.id}",
                     "date": str(e.date), "x": x0, "w": max(x1 - x0, 3.0),
                     "y": 30 + i * row, "level": level,
                     "href": "#" + mark[0]["anchor"] if mark else None,
                     "title": f"{e.id} ({e.date}); " + (
                         "breach in: " + ", ".join(dict.fromkeys(m["criterion"] for m in mark))
                         if mark else "no breach rests on it")})
    ticks = []
    year_span = end.year - start.year
    step = 1 if year_span <= 12 else max(1, year_span // 10)
    if year_span <= 2:
        cursor = datetime(start.year, start.month, 1)
        while cursor <= end:
            ticks.append({"x": x(max(cursor, start)), "label": cursor.strftime("%b %Y")})
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


def _html(case: Case, a: Assessment) -> str:
    names = dict(a.subjects)
    groups = []
    for subject in [None, *names]:
        mine = [f for f in a.findings_for(subject) if f.outcome is not Outcome.NOT_APPLICABLE]
        if mine:
            groups.append({"name": names[subject] if subject else "The case as a whole",
                           "findings": [(f, _anchor(f.criterion, f.subject)) for f in mine]})
    template = _environment().get_template("report.html.j2")
    return template.render(
        a=a, case=case, groups=groups, words=OUTCOME_WORDS, outcomes=list(Outcome),
        areas={x: x.doc for x in Area}, timeline=_timeline(case, a),
        dict=dict,
    )
