"""Assessments and checklists as JSON-ready data and as plain text."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from fairtrial.checklist._core import Area, Citation, Confidence, Finding, Outcome, Severity

if TYPE_CHECKING:  # `fairtrial checklist` needs neither assessing nor the treaty data
    from fairtrial.assessment._assess import Assessment
    from fairtrial.checklist import Checklist

OUTCOME_WORDS = {
    Outcome.VIOLATION: "violation",
    Outcome.LIKELY_VIOLATION: "likely violation",
    Outcome.NO_VIOLATION: "no violation",
    Outcome.INSUFFICIENT: "insufficient information",
    Outcome.NOT_APPLICABLE: "not applicable",
}


def label(applies: str) -> str:
    """' [binding]' beside a citation; nothing where the state's treaty data is missing, which
    the treaty table says once."""
    return "" if applies == "status unknown" else f" [{applies}]"


def citation_data(c: Citation, applies: str | None = None) -> dict[str, Any]:
    out: dict[str, Any] = {"source": c.source, "pinpoint": c.pinpoint, "confirmed": c.confirmed,
                           "kind": c.kind, "treaty": c.treaty, "text": str(c)}
    if applies is not None:
        out["applies"] = applies
    return out


class _Table:
    """The citation table of format 2.0, filled as findings are written."""

    def __init__(self, derogations: dict[tuple[str | None, str | None], tuple[str, ...]]
                 ) -> None:
        self.derogations = derogations
        self.rows: list[dict[str, Any]] = []
        self._ids: dict[Citation, str] = {}
        # Findings of one criterion share its citation objects: look those up by identity
        # (hashing a Citation runs attrs' generated code over six fields).
        self._by_object: dict[int, str] = {}
        # And the findings of one criterion share its tuple of citations, unless a decision
        # added some: one lookup per finding.
        self._by_tuple: dict[int, list[str]] = {}

    def ids(self, citations: tuple[tuple[Citation, str], ...]) -> list[str]:
        found = self._by_tuple.get(id(citations))
        if found is None:
            found = self._by_tuple[id(citations)] = [self.id(c, a) for c, a in citations]
        return list(found)  # a list of its own, for a caller that edits the record

    def id(self, c: Citation, applies: str) -> str:
        cid = self._by_object.get(id(c))
        if cid is None:
            cid = self._ids.get(c)
            if cid is None:
                cid = self._ids[c] = f"c{len(self._ids) + 1}"
                notes = self.derogations.get((c.treaty, c.pinpoint))
                self.rows.append({"id": cid, **_row(c, applies),
                                  **({"derogations": list(notes)} if notes else {})})
            self._by_object[id(c)] = cid
        return cid


#: citation_data of the citations met lately, by object: a batch's cases cite the same
#: objects. Each entry keeps its citation alive, so that no other object can take its id.
_ROWS: dict[tuple[int, str], tuple[Citation, dict[str, Any]]] = {}


def _row(c: Citation, applies: str) -> dict[str, Any]:
    hit = _ROWS.get((id(c), applies))
    if hit is None or hit[0] is not c:
        if len(_ROWS) >= 4096:
            _ROWS.clear()
        hit = _ROWS[id(c), applies] = (c, citation_data(c, applies))
    return hit[1]


def finding_data(f: Finding, table: _Table | None = None, *, lists: bool = True,
                 ) -> dict[str, Any]:
    """A finding as JSON-ready data. With ``table`` (format 2.0) its citations are the ids of
    entries in the assessment's citation table, and its ``against`` leaves out the derogations
    that the table gives with its citations; without, each citation and derogation is
    written out in full (as in format 1). ``lists=False`` leaves the texts in tuples, which
    encode to the same JSON without copying."""
    against = f.against
    outcome = f.outcome
    if table is None:
        cited: list[Any] = [citation_data(c, applies) for c, applies in f.citations]
    else:
        cited = table.ids(f.citations)
        if against and outcome in _BREACHES and table.derogations:
            given = {n for c, _ in f.citations
                     for n in table.derogations.get((c.treaty, c.pinpoint), ())}
            against = tuple(x for x in against if x not in given)
    # Enum values from a dict: ``.value`` is a Python-level property, and a batch writes
    # every finding of every case.
    return {
        "criterion": f.criterion, "title": f.title, "area": _VALUE[f.area],
        "subject": f.subject, "outcome": _VALUE[outcome], "confidence": _VALUE[f.confidence],
        "severity": _VALUE[f.severity], "affects_outcome": f.affects_outcome,
        "reasoning": list(f.reasoning) if lists else f.reasoning,
        "relied_on": list(f.relied_on) if lists else f.relied_on,
        "against": list(against) if lists else against,
        "questions": list(f.questions) if lists else f.questions,
        "citations": cited,
    }


_BREACHES = frozenset({Outcome.VIOLATION, Outcome.LIKELY_VIOLATION})
_VALUE: dict[Any, str | None] = {
    None: None, **{m: m.value for e in (Area, Outcome, Severity, Confidence) for m in e}}


def assessment_data(a: Assessment, *, lists: bool = True) -> dict[str, Any]:
    """The assessment as JSON-ready data (the shape of schemas/assessment.schema.json).

    Each citation is written once, in ``citations`` (with an ``id``, how it ``applies`` to
    this state, and the state's ``derogations`` from it); a finding lists the ids of its
    citations, in order. Most criteria cite the same sources for every person, so repeating
    them (and the derogation notes of every breach) on every finding made up most of the
    output. ``lists=False`` (for encoding at once) leaves the findings' texts in tuples."""
    from fairtrial.assessment._assess import ASSESSMENT_FORMAT_VERSION

    # How a citation applies depends only on the case, so every finding agrees on it.
    table = _Table(dict(a.derogations))
    findings = [finding_data(f, table, lists=lists) for f in a.findings]
    return {
        "format_version": ASSESSMENT_FORMAT_VERSION,
        "case": {"id": a.case_id, "title": a.title, "jurisdiction": a.jurisdiction},
        "checklist": a.checklist,
        "grade": {"letter": a.grade.letter, "label": a.grade.label,
                  "provisional": a.grade.provisional, "reasons": list(a.grade.reasons)},
        "treaties": [{"treaty": t.treaty, "name": t.name, "status": t.status, "note": t.note}
                     for t in a.treaties],
        "areas": [{"area": s.area.value, "title": s.area.doc, "worst": s.worst.value,
                   "counts": {o.value: n for o, n in s.counts}} for s in a.areas],
        "subjects": [{"id": pid, "name": name} for pid, name in a.subjects],
        "grades": [{"subject": pid, "letter": g.letter, "label": g.label,
                    "provisional": g.provisional, "reasons": list(g.reasons)}
                   for pid, g in a.grades],
        "citations": table.rows,
        "findings": findings,
    }


def checklist_data(checklist: Checklist) -> dict[str, Any]:
    return {
        "checklist": checklist.name,
        "criteria": [
            {"id": c.id, "area": c.area.value, "title": c.title, "question": c.question,
             "severity": c.severity.value, "per_person": c.per_person,
             "affects_outcome": c.affects_outcome, "depends_on": list(c.depends_on),
             "reads": list(c.reads), "citations": [citation_data(x) for x in c.citations]}
            for c in checklist.criteria
        ],
    }


def assessment_text(a: Assessment, *, show_all: bool = False) -> str:
    """A readable account: grade, treaties, then each person's findings by area."""
    lines = [f"{a.title} ({a.case_id}, {a.jurisdiction})", ""]
    provisional = " (provisional: grave or serious questions remain open)" \
        if a.grade.provisional else ""
    lines.append(f"Grade: {a.grade.letter} - {a.grade.label}{provisional}")
    lines += [f"  - {r}" for r in a.grade.reasons]
    if len(a.grades) > 1:
        names = dict(a.subjects)
        lines += ["", "Grade of each defendant:"]
        lines += [f"  {names[pid]}: {g.letter} - {g.label}" for pid, g in a.grades]
    lines += ["", "Treaties:"]
    lines += [f"  {t.treaty}: {t.status} ({t.note})" for t in a.treaties]
    lines += ["", "By area (worst outcome):"]
    lines += [f"  {s.area.doc}: {OUTCOME_WORDS[s.worst]}" for s in a.areas]
    names = dict(a.subjects)
    for subject in [None, *names]:
        mine = [f for f in a.findings_for(subject)
                if show_all or f.outcome is not Outcome.NOT_APPLICABLE]
        if not mine:
            continue
        heading = names[subject] if subject else "The case as a whole"
        lines += ["", f"== {heading} =="]
        area = None
        for f in mine:
            if f.area is not area:
                area = f.area
                lines += ["", f"  {area.doc}"]
            conf = f", {f.confidence.value} confidence" if f.confidence else ""
            lines.append(f"  [{OUTCOME_WORDS[f.outcome]}{conf}] {f.title} ({f.criterion})")
            lines += [f"      {r}" for r in f.reasoning]
            lines += [f"      Points the other way: {x}" for x in f.against]
            lines += [f"      Open question: {q}" for q in f.questions]
            if f.is_breach:
                cites = "; ".join(f"{c}{label(applies)}" for c, applies in f.citations)
                lines.append(f"      Sources of the standard: {cites}")
    return "\n".join(lines) + "\n"


def checklist_text(checklist: Checklist) -> str:
    lines = [f"Checklist '{checklist.name}': {len(checklist.criteria)} criteria", ""]
    for c in checklist.criteria:
        lines.append(f"{c.id}  [{c.area.doc}; {c.severity.value}]")
        lines.append(f"    {c.question}")
        lines.append(f"    Cites: {'; '.join(str(x) for x in c.citations)}")
    return "\n".join(lines) + "\n"


#: Columns of the flat export, one row per finding.
ROW_FIELDS = ("case", "subject", "subject_name", "criterion", "area", "outcome", "confidence",
              "severity", "affects_outcome")


def finding_rows(a: Assessment) -> list[dict[str, Any]]:
    """One flat row per finding, ready for ``pandas.DataFrame(rows)`` or a CSV writer."""
    names = dict(a.subjects)
    return [
        {"case": a.case_id, "subject": f.subject or "", "subject_name": names.get(f.subject or "",
                                                                                  ""),
         "criterion": f.criterion, "area": f.area.value, "outcome": f.outcome.value,
         "confidence": f.confidence.value if f.confidence else "", "severity": f.severity.value,
         "affects_outcome": f.affects_outcome}
        for f in a.findings
    ]
