"""The top of every human format: a few sentences generated from the findings, the grades
with their reasons, and a matrix of criteria x people.

Each sentence is one catalogue template with named fields, so that every language words it
whole; nothing here glues English grammar together.
"""

from __future__ import annotations

import re

import attrs

from fairtrial._i18n import Lang
from fairtrial.assessment._assess import Assessment, Grade
from fairtrial.checklist._core import Context, Finding, Outcome, Severity
from fairtrial.checklist._links import convictions
from fairtrial.record._model import Case
from fairtrial.reports import _words as w
from fairtrial.reports._questions import Question

#: Compact marks of the text and Markdown matrix: the same in every language.
MARKS = {Outcome.VIOLATION: "X", Outcome.LIKELY_VIOLATION: "x", Outcome.INSUFFICIENT: "?",
         Outcome.NO_VIOLATION: ".", Outcome.NOT_APPLICABLE: "-"}
_GRAVITY = {Severity.GRAVE: 2, Severity.SERIOUS: 1, Severity.MINOR: 0}


def anchor(criterion: str, subject: str | None) -> str:
    """The HTML id of a finding, which links from the matrix and the timeline point to."""
    return "f-" + re.sub(r"[^a-z0-9-]", "-", f"{criterion}-{subject or 'case'}".lower())


def convicted(case: Case) -> set[str]:
    return {r.person for v in convictions(Context(case, None, {})) for r in v.results}


def _bears(f: Finding, guilty: set[str]) -> bool:
    return f.affects_outcome and (f.subject in guilty or (f.subject is None and bool(guilty)))


def _who(f: Finding, names: dict[str, str], t: Lang) -> str:
    return names.get(f.subject, f.subject) if f.subject else t._("the case as a whole")


def grade_reasons(g: Grade, a: Assessment, guilty: set[str], t: Lang) -> list[str]:
    """The reasons of a grade, in the language: one line per criterion, naming the people."""
    names = dict(a.subjects)
    found = {(f.criterion, f.subject): f for f in a.findings}
    grouped: dict[tuple[str, bool, Outcome], list[Finding]] = {}
    for key in g.basis:
        f = found[key]
        grouped.setdefault((f.criterion, _bears(f, guilty), f.outcome), []).append(f)
    out = []
    for (_, bears, _outcome), items in grouped.items():
        f = items[0]
        fields = {"title": w.title(f, t=t), "outcome": w.outcome(f.outcome, t),
                  "severity": w.severity(f.severity, t),
                  "names": t.join(list(dict.fromkeys(_who(x, names, t) for x in items)))}
        if bears and f.outcome is Outcome.LIKELY_VIOLATION:
            out.append(t._("{title}: {outcome} ({severity}) for {names}; it would bear on the "
                           "conviction if established", **fields))
        elif bears:
            out.append(t._("{title}: {outcome} ({severity}) for {names}; it bears on the "
                           "conviction", **fields))
        else:
            out.append(t._("{title}: {outcome} ({severity}) for {names}", **fields))
    if g.letter == "A":
        out.append(t._("Every applicable criterion was met on the record."))
    elif g.letter == "incomplete":
        out.append(t.n_("{count} grave or serious criterion lacks the facts to decide it.",
                        "{count} grave or serious criteria lack the facts to decide them.",
                        g.open_core))
    return out


def grade_line(g: Grade, t: Lang) -> str:
    """'F: a grave, established violation ... (provisional: ...)'."""
    fields = {"letter": w.grade_letter(g.letter, t), "label": w.grade_label(g.letter, t)}
    if g.provisional and g.letter != "incomplete":  # 'incomplete' already says it
        return t._("{letter}: {label} (provisional: grave or serious questions remain open)",
                   **fields)
    return t._("{letter}: {label}", **fields)


def sentences(case: Case, a: Assessment, questions: tuple[Question, ...],
              t: Lang) -> list[str]:
    """Who, what, the gravest established breaches and what they bear on, what is unknown."""
    names = dict(a.subjects)
    guilty = convicted(case)
    people = [names[pid] for pid, _ in a.subjects]
    out = []
    if people:
        out.append(t.n_("The assessment covers the proceedings against {names}.",
                        "The assessment covers the proceedings against {count} people: {names}.",
                        len(people), names=t.join(people)))
    charges = list(dict.fromkeys(c.description for c in case.charges if c.description))
    if charges:
        out.append(t.n_("The charge: {charges}.", "The charges: {charges}.", len(charges),
                        charges="; ".join(charges)))
    proven = [f for f in a.findings if f.outcome is Outcome.VIOLATION]
    if proven:
        top = max(_GRAVITY[f.severity] for f in proven)
        gravest = [f for f in proven if _GRAVITY[f.severity] == top]
        titles = list(dict.fromkeys(w.title(f, t=t) for f in gravest))
        out.append(t.n_("The gravest established breach ({severity}): {titles}.",
                        "The gravest established breaches ({severity}): {titles}.",
                        len(titles), severity=w.severity(gravest[0].severity, t),
                        titles="; ".join(titles)))
        bearing = [names.get(f.subject or "", "") for f in gravest if _bears(f, guilty)]
        bearing = [n for n in dict.fromkeys(bearing) if n]
        if bearing:
            out.append(t.n_("They bear on the conviction of {names}.",
                            "They bear on the convictions of {names}.", len(bearing),
                            names=t.join(bearing)))
    else:
        out.append(t._("No violation is established on the record."))
    proven_ids = {f.criterion for f in proven}
    likely = list(dict.fromkeys(f.criterion for f in a.findings
                                if f.outcome is Outcome.LIKELY_VIOLATION
                                and f.criterion not in proven_ids))
    if likely:
        out.append(t.n_("{count} further breach rests on allegations not established.",
                        "{count} further breaches rest on allegations not established.",
                        len(likely)))
    unknown = [f for f in a.findings if f.outcome is Outcome.INSUFFICIENT]
    if unknown:
        top = max(_GRAVITY[f.severity] for f in unknown)
        titles = list(dict.fromkeys(w.title(f, t=t) for f in unknown
                                    if _GRAVITY[f.severity] == top))
        shown = titles[:3] + ([t.n_("{count} other", "{count} others", len(titles) - 3)]
                              if len(titles) > 3 else [])
        open_severity = next(f.severity for f in unknown if _GRAVITY[f.severity] == top)
        out.append(t._("Still open among the gravest criteria ({severity}): {titles}.",
                       severity=w.severity(open_severity, t), titles=t.join(shown)))
    if questions:
        moving = sum(1 for q in questions if q.stake > 0)
        text = t.n_("{count} question remains open.", "{count} questions remain open.",
                    len(questions))
        if moving:
            text += " " + t.n_("The answer to {count} of them could change a grade.",
                               "The answers to {count} of them could change a grade.", moving)
        out.append(text)
    letters = {g.letter for _, g in a.grades}
    if len(letters) > 1:
        each = [t._("{name}: {letter}", name=names[pid], letter=w.grade_letter(g.letter, t))
                for pid, g in a.grades]
        out.append(t._("The grades differ by person: {grades}.", grades="; ".join(each)))
    return out


@attrs.frozen
class Cell:
    outcome: Outcome | None  # None: no finding (the criterion is not in the profile)
    anchor: str | None


@attrs.frozen
class Row:
    criterion: str
    title: str
    case_level: bool
    severity: Severity
    cells: tuple[Cell, ...]

    @property
    def has_breach(self) -> bool:
        return any(c.outcome in (Outcome.VIOLATION, Outcome.LIKELY_VIOLATION) for c in self.cells)

    @property
    def applies(self) -> bool:
        return any(c.outcome not in (None, Outcome.NOT_APPLICABLE) for c in self.cells)


def matrix(a: Assessment, t: Lang) -> list[Row]:
    """One row per criterion, one cell per defendant; a finding about the case as a whole
    fills every cell of its row. Criteria in the order of the checklist."""
    people: list[str | None] = [pid for pid, _ in a.subjects] or [None]
    rows: dict[str, dict[str | None, Finding]] = {}
    for f in a.findings:
        rows.setdefault(f.criterion, {})[f.subject] = f
    out = []
    for criterion, found in rows.items():
        first = next(iter(found.values()))
        case_level = None in found
        cells = []
        for pid in people:
            cell = found.get(None if case_level else pid)
            cells.append(Cell(cell.outcome if cell else None,
                              anchor(cell.criterion, cell.subject) if cell else None))
        out.append(Row(criterion=criterion, title=w.title(first, t=t), case_level=case_level,
                       severity=first.severity, cells=tuple(cells)))
    return out
