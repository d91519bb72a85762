"""What to find out next: the open questions of every finding, merged, grouped by whom to ask
and ranked by how much the answer could change a grade.

Merging: the checklist asks the same question once per event and person ("Were the public and
press admitted to the hearing on 6 August 2025?", "... on 9 September 2025?"). Questions that
are the same once the names of the case's events (as the checklist names them) and of its
defendants are set aside are one question, listing the events and people it concerns.

Whom to ask is data: ``ASK`` gives, for each criterion, who can most likely answer its open
questions (an area default covers criteria added later or by plugins).

The stake of a question, which ranks it, is measured on the grade itself: for each finding that
asks it, the finding is set in turn to an established violation and to no violation, and the
affected person's grade is recomputed with the documented thresholds; the stake is the largest
move, in grade steps (A, B, incomplete, C, D, F), with a provisional grade becoming final
counting half a step, summed over the people the question concerns. Ties go to the graver
criterion, then to the question that concerns more people.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable

import attrs

from fairtrial._i18n import N_
from fairtrial.assessment._assess import GRADE_RANK, Assessment, Grade, grade
from fairtrial.checklist._core import (
    Area,
    Context,
    Finding,
    Outcome,
    Severity,
    event_label,
)
from fairtrial.checklist._links import convictions
from fairtrial.record._model import Case
from fairtrial.reports._names import Finder, finder


class Ask(enum.Enum):
    """Who can most likely answer a question, in the order a monitor meets them."""

    DEFENCE = N_("Ask the defence lawyer")
    COURT = N_("Look in the court records and the trial monitor's notes")
    ACCUSED = N_("Ask the accused or their family")
    PROSECUTION = N_("Ask the prosecutor or investigator")
    MEDICAL = N_("Look in the medical records")


_BY_AREA = {
    Area.SEARCH: Ask.DEFENCE, Area.CUSTODY: Ask.ACCUSED, Area.COUNSEL: Ask.DEFENCE,
    Area.CONFESSIONS: Ask.DEFENCE, Area.EVIDENCE: Ask.DEFENCE, Area.PRESUMPTION: Ask.COURT,
    Area.TRIBUNAL: Ask.COURT, Area.JUDGMENT: Ask.COURT, Area.EXPRESSION: Ask.COURT,
}

#: Criteria whose questions go elsewhere than their area's default.
ASK: dict[str, Ask] = {
    "search.judicial-authorisation": Ask.COURT,
    "search.record": Ask.ACCUSED,
    "search.surveillance-basis": Ask.PROSECUTION,
    "custody.prompt-judge": Ask.COURT,
    "custody.individualised-detention": Ask.COURT,
    "custody.habeas-review": Ask.DEFENCE,
    "custody.ill-treatment": Ask.ACCUSED,
    "custody.medical-examination": Ask.MEDICAL,
    "counsel.restriction-reasons": Ask.PROSECUTION,
    "counsel.of-choice": Ask.ACCUSED,
    "confessions.coercion": Ask.ACCUSED,
    "confessions.allegation-investigated": Ask.PROSECUTION,
    "confessions.interrogation-recorded": Ask.PROSECUTION,
    "confessions.questioned-as-witness": Ask.DEFENCE,
    "confessions.prosecutor-declined": Ask.PROSECUTION,
    "evidence.burden-of-proof": Ask.COURT,
    "presumption.official-statements": Ask.DEFENCE,
    "tribunal.interpreter": Ask.ACCUSED,
    "tribunal.free-from-intimidation": Ask.DEFENCE,
    "judgment.written-in-time": Ask.DEFENCE,
    "judgment.appeal-equality-of-arms": Ask.DEFENCE,
    "expression.journalism-penalised": Ask.DEFENCE,
}


def whom(f: Finding) -> Ask:
    return ASK.get(f.criterion, _BY_AREA.get(f.area, Ask.DEFENCE))


@attrs.frozen(kw_only=True)
class Question:
    """One question to put, as its first finding asks it, with everything it concerns."""

    text: str
    ask: Ask
    #: (criterion id, English title) of each criterion that asks it.
    criteria: tuple[tuple[str, str], ...]
    subjects: tuple[str, ...]  # person ids; empty for a question about the case as a whole
    events: tuple[str, ...]  # ids of the events it names, in the order of the record
    findings: tuple[tuple[str, str | None], ...]  # (criterion, subject) of each finding
    severity: Severity
    #: Grade steps the answer could move, summed over the people concerned (see the module).
    stake: float


_RANK = {Severity.GRAVE: 2, Severity.SERIOUS: 1, Severity.MINOR: 0}


def _step(g: Grade) -> float:
    return GRADE_RANK[g.letter] + (0.5 if g.provisional else 0.0)


class _Stakes:
    def __init__(self, case: Case, a: Assessment) -> None:
        self.a = a
        ctx = Context(case, None, {})
        self.convicted = {r.person for v in convictions(ctx) for r in v.results}
        self.names = dict(a.subjects)
        self.people = [pid for pid, _ in a.subjects]
        self.grades = dict(a.grades)
        self._moves: dict[tuple[object, ...], float] = {}

    def of(self, f: Finding) -> float:
        affected: list[str | None] = [f.subject] if f.subject else list(self.people) or [None]
        return sum(self._move(f, person) for person in affected)

    def _move(self, f: Finding, person: str | None) -> float:
        # A grade's letter and provisional mark depend on a finding only through these, so
        # findings that share them move the grade alike: computed once.
        key = (person, f.outcome, f.severity, f.affects_outcome, f.subject is None)
        if key in self._moves:
            return self._moves[key]
        mine = [x for x in self.a.findings if x.subject in (person, None)] if person \
            else list(self.a.findings)
        now = self.grades.get(person, self.a.grade) if person else self.a.grade
        moves = []
        for outcome in (Outcome.VIOLATION, Outcome.NO_VIOLATION):
            changed = attrs.evolve(f, outcome=outcome)
            hypo = grade([changed if x is f else x for x in mine], self.convicted, self.names)
            moves.append(abs(_step(hypo) - _step(now)))
        self._moves[key] = max(moves)
        return self._moves[key]


def _skeleton(case: Case, a: Assessment) -> tuple[Finder | None, dict[str, str]]:
    """A pattern matching the names of the case's events and people, and what each names."""
    what: dict[str, str] = {}
    for e in case.events:
        what.setdefault(event_label(e), "e:" + e.id)
    for pid, name in a.subjects:
        what.setdefault(name, "p:" + pid)
    if not what:
        return None, what
    return finder(what), what


@attrs.define
class _Entry:
    text: str
    ask: Ask
    criteria: dict[tuple[str, str], None] = attrs.Factory(dict)
    findings: dict[tuple[str, str | None], float] = attrs.Factory(dict)
    named: set[str] = attrs.Factory(set)
    severities: list[Severity] = attrs.Factory(list)


def gather(case: Case, a: Assessment) -> tuple[Question, ...]:
    """Every open question of the assessment, merged and ranked (highest stake first)."""
    pattern, what = _skeleton(case, a)
    stakes = _Stakes(case, a)
    merged: dict[str, _Entry] = {}
    for f in a.findings:
        if not f.questions or f.outcome is Outcome.NOT_APPLICABLE:
            continue
        stake = stakes.of(f)
        for q in f.questions:
            named = [what[k] for k in pattern.found(q)] if pattern else []
            key = pattern.sub("\x00", q) if pattern else q
            entry = merged.get(key)
            if entry is None:
                entry = merged[key] = _Entry(q, whom(f))
            entry.criteria[(f.criterion, f.title)] = None
            entry.findings[(f.criterion, f.subject)] = stake
            entry.named.update(named)
            if f.subject:
                entry.named.add("p:" + f.subject)
            entry.severities.append(f.severity)
    event_order = {e.id: n for n, e in enumerate(case.events)}
    people_order = {pid: n for n, (pid, _) in enumerate(a.subjects)}
    out = [Question(
        text=e.text, ask=e.ask, criteria=tuple(e.criteria),
        subjects=tuple(sorted((x[2:] for x in e.named if x.startswith("p:")),
                              key=people_order.__getitem__)),
        events=tuple(sorted((x[2:] for x in e.named if x.startswith("e:")),
                            key=event_order.__getitem__)),
        findings=tuple(e.findings), severity=max(e.severities, key=_RANK.__getitem__),
        stake=sum(e.findings.values())) for e in merged.values()]
    position = {q.text: n for n, q in enumerate(out)}
    out.sort(key=lambda q: (-q.stake, -_RANK[q.severity], -len(q.subjects), position[q.text]))
    return tuple(out)


def by_whom(questions: Iterable[Question]) -> list[tuple[Ask, list[Question]]]:
    """The questions grouped by whom to ask; a group's rank is its best question's."""
    groups: dict[Ask, list[Question]] = {}
    for q in questions:
        groups.setdefault(q.ask, []).append(q)
    return list(groups.items())


#: Version of the JSON that ``fairtrial questions --format json`` writes.
QUESTIONS_FORMAT_VERSION = "1.0"


def questions_data(case: Case, a: Assessment, qs: Iterable[Question]) -> dict[str, object]:
    """The questions as JSON-ready data; ids, not names, for programs."""
    return {
        "format_version": QUESTIONS_FORMAT_VERSION,
        "case": {"id": a.case_id, "title": a.title, "jurisdiction": a.jurisdiction},
        "questions": [
            {"text": q.text, "ask": q.ask.name.lower(), "ask_label": q.ask.value,
             "criteria": [c for c, _ in q.criteria], "subjects": list(q.subjects),
             "events": list(q.events),
             "findings": [{"criterion": c, "subject": s} for c, s in q.findings],
             "severity": q.severity.value, "stake": q.stake}
            for q in qs],
    }
