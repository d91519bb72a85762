"""Run a checklist over a case: findings per person and per case, then the grade."""

from __future__ import annotations

from collections import Counter

import attrs

from fairtrial._model import Case
from fairtrial._treaties import RATIFICATIONS, TREATIES, applicability
from fairtrial._when import When
from fairtrial.checklist import Checklist, default_checklist
from fairtrial.checklist._core import (
    SEVERITY_OF_OUTCOME,
    Area,
    Citation,
    Context,
    Finding,
    Outcome,
    Severity,
)
from fairtrial.checklist._links import convictions

ASSESSMENT_FORMAT_VERSION = "1.0"


@attrs.frozen(kw_only=True)
class Grade:
    """The overall grade: ``letter`` is A-F, or 'incomplete' when no letter can be given."""

    letter: str
    label: str
    provisional: bool
    reasons: tuple[str, ...]


@attrs.frozen(kw_only=True)
class AreaSummary:
    area: Area
    counts: tuple[tuple[Outcome, int], ...]
    worst: Outcome


@attrs.frozen(kw_only=True)
class TreatyApplicability:
    treaty: str
    name: str
    status: str
    note: str


@attrs.frozen(kw_only=True)
class Assessment:
    """Everything fairtrial concludes about a case."""

    case_id: str
    title: str
    jurisdiction: str
    checklist: str
    treaties: tuple[TreatyApplicability, ...]
    findings: tuple[Finding, ...]
    grade: Grade
    areas: tuple[AreaSummary, ...]
    subjects: tuple[tuple[str, str], ...]

    def findings_for(self, subject: str | None) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.subject == subject)

    def finding(self, criterion: str, subject: str | None = None) -> Finding:
        for f in self.findings:
            if f.criterion == criterion and f.subject == subject:
                return f
        raise KeyError((criterion, subject))


class CriterionError(RuntimeError):
    """A criterion's decision function failed; names the criterion and subject."""


def _start(case: Case) -> When | None:
    dated = [e.date for e in case.events if e.date is not None]
    if dated:
        return min(dated, key=When.sort_key)
    return case.as_of


def assess(case: Case, checklist: Checklist | None = None) -> Assessment:
    """Assess a loaded case against a checklist (the full built-in one by default)."""
    checklist = checklist or default_checklist()
    start = _start(case)
    people = case.defendants()
    findings: dict[tuple[str, str | None], Finding] = {}
    ordered: list[Finding] = []
    for criterion in checklist.criteria:
        # The same for every subject: how each citation applies to this state at this time.
        cited = tuple((c, _applies(case.jurisdiction, c, start)) for c in criterion.citations)
        subjects = list(people) if criterion.per_person and people else [None]
        for person in subjects:
            ctx = Context(case, person, findings)
            try:
                decision = criterion.decide(ctx)
            except Exception as exc:  # a criterion bug must name itself, not surface bare
                who = person.id if person else "the case"
                raise CriterionError(f"criterion {criterion.id!r} failed for {who}: {exc!r}") \
                    from exc
            finding = Finding(
                criterion=criterion.id, title=criterion.title, area=criterion.area,
                subject=person.id if person else None, outcome=decision.outcome,
                confidence=decision.confidence, reasoning=decision.reasons,
                relied_on=tuple(dict.fromkeys(f.event.id for f in decision.facts)),
                against=decision.against, questions=decision.questions,
                citations=cited,
                severity=criterion.severity, affects_outcome=criterion.affects_outcome,
            )
            findings[(criterion.id, finding.subject)] = finding
            ordered.append(finding)
    # Evaluation follows dependencies; reading follows the areas, as the checklist is written.
    area_index = {a: i for i, a in enumerate(Area)}
    written = {c.id: i for i, c in enumerate(checklist.criteria)}
    ordered.sort(key=lambda f: (area_index[f.area], written[f.criterion]))
    convicted = {r.person for v in convictions(Context(case, None, {})) for r in v.results}
    return Assessment(
        case_id=case.id, title=case.title, jurisdiction=case.jurisdiction,
        checklist=checklist.name,
        treaties=_treaties(case.jurisdiction, start),
        findings=tuple(ordered),
        grade=grade(ordered, convicted),
        areas=_areas(ordered),
        subjects=tuple((p.id, p.name) for p in people),
    )


def _applies(country: str, citation: Citation, start: When | None) -> str:
    status = applicability(country, citation.treaty, start)
    if status == "binding" and citation.kind != "treaty":
        return "interprets a binding treaty"
    return status


def _treaties(country: str, start: When | None) -> tuple[TreatyApplicability, ...]:
    rows = []
    for key, name in TREATIES.items():
        status = applicability(country, key, start)
        row = RATIFICATIONS.get(country, {}).get(key)
        if row is None:
            note = "no ratification data for this state"
        else:
            when = f"in force since {row.in_force}" if row.in_force else "not a party"
            note = f"{when}; {row.source}" + ("" if row.confirmed else " (date unconfirmed)")
        rows.append(TreatyApplicability(treaty=key, name=name, status=status, note=note))
    return tuple(rows)


def _areas(findings: list[Finding]) -> tuple[AreaSummary, ...]:
    out = []
    for area in Area:
        mine = [f for f in findings if f.area is area]
        if not mine:
            continue
        counts = Counter(f.outcome for f in mine)
        worst = max(counts, key=SEVERITY_OF_OUTCOME.__getitem__)
        out.append(AreaSummary(
            area=area, counts=tuple((o, counts[o]) for o in Outcome if counts[o]), worst=worst))
    return tuple(out)


GRADE_LABELS = {
    "A": "no violations found",
    "B": "minor violations only",
    "C": "violations of core guarantees, not shown to have affected the outcome",
    "D": "violations that bear on the outcome, or a grave violation",
    "F": "a grave, established violation that bears on a conviction",
    "incomplete": "no violation found, but grave or serious questions remain open",
}
#: Worse grades rank higher; adding a breach can never lower the rank.
GRADE_RANK = {"A": 0, "B": 1, "incomplete": 2, "C": 3, "D": 4, "F": 5}


def grade(findings: list[Finding] | tuple[Finding, ...], convicted: set[str]) -> Grade:
    """The documented thresholds of docs/methodology.md, applied to findings."""

    def bears(f: Finding) -> bool:
        return f.affects_outcome and (f.subject in convicted or
                                      (f.subject is None and bool(convicted)))

    breaches = [f for f in findings if f.is_breach]
    grave_proven = [f for f in breaches
                    if f.outcome is Outcome.VIOLATION and f.severity is Severity.GRAVE]
    open_core = [f for f in findings if f.outcome is Outcome.INSUFFICIENT
                 and f.severity is not Severity.MINOR]

    def why(items: list[Finding]) -> tuple[str, ...]:
        grouped: dict[tuple[str, str, bool], list[str]] = {}
        for f in items:
            key = (f.criterion, f.outcome.value.replace("_", " "), bears(f))
            grouped.setdefault(key, []).append(f.subject or "the case")
        return tuple(
            f"{crit}: {outcome} ({severity_of[crit]}) for {', '.join(dict.fromkeys(who))}"
            + ("; it bears on the conviction" if bearing else "")
            for (crit, outcome, bearing), who in grouped.items())

    severity_of = {f.criterion: f.severity.value for f in findings}

    if fatal := [f for f in grave_proven if bears(f)]:
        letter, reasons = "F", why(fatal)
    elif decisive := [f for f in breaches if bears(f)] + grave_proven:
        letter, reasons = "D", why(decisive)
    elif core := [f for f in breaches if f.severity is not Severity.MINOR]:
        letter, reasons = "C", why(core)
    elif breaches and not open_core:
        letter, reasons = "B", why(breaches)
    elif not breaches and not open_core:
        letter, reasons = "A", ("Every applicable criterion was met on the record.",)
    else:
        letter = "incomplete"
        reasons = (*why(breaches),
                   f"{len(open_core)} grave or serious criteria lack the facts to decide them.")
    return Grade(letter=letter, label=GRADE_LABELS[letter], provisional=bool(open_core),
                 reasons=reasons)
