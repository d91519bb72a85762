"""The assessment for a terminal: the verdict first.

By default: the grade, the summary, and the matrix of the criteria someone breached, each row
with the lead of its reasons; then how many questions are open. ``show_all`` adds every
finding in full and the merged open questions. Lines are wrapped to ``width`` columns; colour
only when asked (the CLI asks on a terminal without ``NO_COLOR``).
"""

from __future__ import annotations

import textwrap

from fairtrial._i18n import Lang
from fairtrial.assessment._assess import Assessment
from fairtrial.checklist._core import Outcome
from fairtrial.record._model import Case
from fairtrial.reports import _words as w
from fairtrial.reports._questions import Question, by_whom, gather
from fairtrial.reports._summary import (
    MARKS,
    Row,
    convicted,
    grade_line,
    grade_reasons,
    matrix,
    sentences,
)
from fairtrial.reports._treaty_words import treaty_rows

_COLOURS = {Outcome.VIOLATION: "31;1", Outcome.LIKELY_VIOLATION: "33", Outcome.INSUFFICIENT: "34",
            Outcome.NO_VIOLATION: "32", Outcome.NOT_APPLICABLE: "2"}
_SOURCED_TAIL = " ["  # reasons end with their sources in brackets (checklist._core._sourced)


class _Out:
    def __init__(self, width: int, color: bool) -> None:
        self.lines: list[str] = []
        self.width, self.color = width, color

    def paint(self, text: str, code: str) -> str:
        return f"\x1b[{code}m{text}\x1b[0m" if self.color and code else text

    def wrap(self, text: str, indent: str = "", hanging: str | None = None) -> None:
        self.lines += textwrap.wrap(text, self.width, initial_indent=indent,
                                    subsequent_indent=indent if hanging is None else hanging,
                                    break_on_hyphens=False) or [indent.rstrip()]

    def blank(self) -> None:
        if self.lines and self.lines[-1]:
            self.lines.append("")


def _lead(reason: str, width: int) -> str:
    """The claim of a reason without its bracketed sources, cut to one line."""
    if reason.endswith("]") and _SOURCED_TAIL in reason:
        reason = reason[:reason.rindex(_SOURCED_TAIL)]
    return textwrap.shorten(reason, width, placeholder=" …")


def _matrix(o: _Out, rows: list[Row], a: Assessment, case: Case, t: Lang, *,
            reasons: bool) -> None:
    prose = w.Prose(a.findings, t)
    people = a.subjects or (("", t._("the case as a whole")),)
    cols = len(people)
    longest = max((len(r.title) for r in rows), default=0)
    left = max(24, min(longest + 4, o.width - 2 * cols))
    o.lines.append(o.paint(t._("Criteria and people"), "1"))
    o.wrap(t._("X violation, x likely violation (on allegations), ? open question, . met, "
               "- does not apply"), "  ")
    header = " ".join(str(n % 10) for n in range(1, cols + 1))
    o.lines.append("  " + " " * (left - 2) + header)
    grades = dict(a.grades)
    if grades:
        o.lines.append("  " + t._("grade").ljust(left - 2) + " ".join(
            "?" if grades[pid].letter == "incomplete" else grades[pid].letter
            for pid, _ in a.subjects))
    found = {(f.criterion, f.subject): f for f in a.findings}
    for row in rows:
        title = textwrap.shorten(row.title, left - 3, placeholder="…").ljust(left - 2)
        marks = " ".join(o.paint(MARKS[c.outcome], _COLOURS[c.outcome]) if c.outcome else " "
                         for c in row.cells)
        o.lines.append("  " + title + marks)
        if reasons:
            first = next((f for pid, _ in people for f in [found.get(
                (row.criterion, None if row.case_level else (pid or None)))]
                if f is not None and f.is_breach), None)
            if first is not None and first.reasoning:
                o.lines.append("    " + _lead(prose(first.reasoning[0]), o.width - 4))
    line = ""
    for n, (_, name) in enumerate(people, 1):  # a name is never split over two lines
        entry = f"{n} {name}"
        if line and len(line) + 3 + len(entry) > o.width:
            o.lines.append(line)
            line = ""
        line = f"{line}   {entry}" if line else f"  {entry}"
    o.lines.append(line)


def questions_text(o: _Out, qs: tuple[Question, ...], case: Case, a: Assessment,
                   t: Lang) -> None:
    names = dict(a.subjects)
    events = {e.id: e for e in case.events}
    prose = w.Prose(a.findings, t)
    for ask, group in by_whom(qs):
        o.blank()
        o.lines.append(o.paint(t._(ask.value), "1"))
        for q in group:
            o.wrap(prose(q.text), "  - ", "    ")
            if len(q.events) > 1:
                o.wrap(t._("concerns: {events}", events="; ".join(
                    w.event(events[e], t) for e in q.events)), "    ")
            if len(q.subjects) > 1:
                o.wrap(t._("for: {names}", names=t.join([names[p] for p in q.subjects])),
                       "    ")
            if q.stake > 0:
                o.wrap(t._("the answer could change a grade (grade steps: {steps})",
                           steps=format(q.stake, "g")), "    ")


def render(case: Case, a: Assessment, t: Lang, *, show_all: bool = False, color: bool = False,
           width: int = 100) -> str:
    o = _Out(width, color)
    qs = gather(case, a)
    guilty = convicted(case)
    o.lines.append(o.paint(a.title, "1"))
    o.wrap(t._("Case {id}, {jurisdiction}; checklist: {checklist}", id=a.case_id,
               jurisdiction=a.jurisdiction, checklist=a.checklist))
    o.blank()
    o.wrap(t._("Grade {line}", line=grade_line(a.grade, t)))
    for r in grade_reasons(a.grade, a, guilty, t):
        o.wrap(r, "  - ", "    ")
    o.blank()
    for s in [" ".join(sentences(case, a, qs, t))]:
        o.wrap(s)
    o.blank()
    rows = matrix(a, t)
    shown = [r for r in rows if (r.applies if show_all else r.has_breach)]
    if not shown and not show_all:  # nothing breached: show what is still open instead
        shown = [r for r in rows if any(c.outcome is Outcome.INSUFFICIENT for c in r.cells)]
    _matrix(o, shown, a, case, t, reasons=not show_all)
    if not show_all:
        o.blank()
        o.wrap(t._("'fairtrial questions FILE' lists the {count} open questions by whom to ask; "
                   "--all shows every finding in full.", count=len(qs)))
        return "\n".join(o.lines) + "\n"
    o.blank()
    o.lines.append(o.paint(t._("Treaties"), "1"))
    for name, applies, note in treaty_rows(case, t):
        o.wrap(t._("{treaty}: {applies} ({note})", treaty=name, applies=applies, note=note),
               "  ", "    ")
    _findings(o, case, a, t)
    o.blank()
    o.lines.append(o.paint(t._("What to find out next"), "1"))
    questions_text(o, qs, case, a, t)
    return "\n".join(o.lines) + "\n"


def _findings(o: _Out, case: Case, a: Assessment, t: Lang) -> None:
    names = dict(a.subjects)
    prose = w.Prose(a.findings, t)
    for subject in [None, *names]:
        mine = [f for f in a.findings_for(subject) if f.outcome is not Outcome.NOT_APPLICABLE]
        if not mine:
            continue
        o.blank()
        o.lines.append(o.paint("== " + (names[subject] if subject
                                        else t._("The case as a whole")) + " ==", "1"))
        area = None
        for f in mine:
            if f.area is not area:
                area = f.area
                o.blank()
                o.lines.append("  " + w.area(area, t))
            conf = w.confidence(f.confidence, t)
            head = w.outcome(f.outcome, t) + (f", {conf}" if conf else "")
            o.wrap(o.paint(f"[{head}]", _COLOURS[f.outcome]) + " " + w.title(f, t=t), "  ",
                   "    ")
            for r in f.reasoning:
                o.wrap(prose(r), "      ")
            for x in f.against:
                o.wrap(t._("Points the other way: {text}", text=prose(x)), "      ")
            for q in f.questions:
                o.wrap(t._("Open question: {text}", text=prose(q)), "      ")
            if f.is_breach:
                o.wrap(t._("Sources of the standard: {cites}", cites="; ".join(
                    w.citation(c, s, t)
                    for c, s in f.citations)), "      ")


def questions_report(case: Case, a: Assessment, qs: tuple[Question, ...], t: Lang, *,
                     color: bool = False, width: int = 100) -> str:
    """``fairtrial questions``: what to find out before the next hearing."""
    o = _Out(width, color)
    o.lines.append(o.paint(t._("What to find out next: {title}", title=a.title), "1"))
    o.wrap(t.n_("{count} open question, grouped by whom to ask; within each group, the answers "
                "that could change a grade most come first.",
                "{count} open questions, grouped by whom to ask; within each group, the "
                "answers that could change a grade most come first.", len(qs)))
    if not qs:
        o.blank()
        o.wrap(t._("No question is open."))
    questions_text(o, qs, case, a, t)
    return "\n".join(o.lines) + "\n"
