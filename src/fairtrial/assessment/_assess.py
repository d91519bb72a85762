"""Run a checklist over a case: findings per person and per case, then the grade."""

from __future__ import annotations

import functools

import attrs

from fairtrial._gc import collector_paused
from fairtrial._i18n import T_, _, current, p_, using
from fairtrial.assessment import _groups
from fairtrial.assessment._treaties import (
    applicability,
    derogations_at,
    known,
    listed,
    remedies,
    reservations,
)
from fairtrial.checklist import Checklist, default_checklist
from fairtrial.checklist._core import (
    REFUTED,
    SEVERITY_OF_OUTCOME,
    Area,
    Citation,
    Confidence,
    Context,
    Criterion,
    Decision,
    Fact,
    Finding,
    Outcome,
    Severity,
    compliant,
    not_applicable,
)
from fairtrial.checklist._links import convictions
from fairtrial.record._model import EVENT_KINDS, BodyFinding, Case, Hearing, Person, Verdict
from fairtrial.record._vocab import HearingStage, Stage, VerdictOutcome
from fairtrial.record._when import When

#: 1.1 added ``grades``, one per defendant; 1.0 consumers can ignore it. 2.0 writes each
#: citation once, in a top-level ``citations`` table, and findings list their ids
#: (docs/reports.md says how a 1.x consumer adapts).
ASSESSMENT_FORMAT_VERSION = "2.0"


@attrs.frozen(kw_only=True)
class Grade:
    """The overall grade: ``letter`` is A-F, or 'incomplete' when no letter can be given."""

    letter: str
    label: str
    provisional: bool
    reasons: tuple[str, ...]
    #: (criterion, subject) of the findings the reasons name, for reports that word them in
    #: another language; and how many grave or serious criteria are open.
    basis: tuple[tuple[str, str | None], ...] = ()
    open_core: int = 0


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
    #: One grade per defendant, from their own findings and the case-level ones; the case
    #: grade is the worst of them.
    grades: tuple[tuple[str, Grade], ...] = ()
    #: The state's derogations from each cited provision, by (treaty, pinpoint): notes that
    #: every breach finding citing it counts among its points the other way; the JSON output
    #: gives them once, with the citation.
    derogations: tuple[tuple[tuple[str | None, str | None], tuple[str, ...]], ...] = ()

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


def assess(case: Case, checklist: Checklist | None = None, *,
           lang: str | None = None) -> Assessment:
    """Assess a loaded case against a checklist (the full built-in one by default).

    ``lang`` is the language of the reasons, questions and notes: 'en' (the default) or a
    language of ``fairtrial.languages()``, such as 'ru'. Outcomes, ids and citations are the
    same in every language; only the words differ.
    """
    if not isinstance(case, Case):
        raise TypeError(f"assess() takes a Case (from fairtrial.load, loads or from_data), not "
                        f"{type(case).__name__}")
    with collector_paused(), using(lang):
        return _assess(case, checklist)


def _assess(case: Case, checklist: Checklist | None) -> Assessment:
    checklist = checklist or default_checklist()
    start = _start(case)
    people = case.defendants()
    findings: dict[tuple[str, str | None], Finding] = {}
    contexts = [Context(case, p, findings) for p in people]
    case_context = Context(case, None, findings)
    by_criterion: dict[str, list[Finding]] = {}
    before_trial = _ended_before_trial(case, people)
    # People who may or may not have been among "four of the accused": assessed every way.
    open_groups = _groups.open_groups(case)
    readings = {p.id: _groups.worlds(case, p, open_groups[p.id], findings)
                for p in people if p.id in open_groups}
    group_findings: list[Finding] = []
    bodies = _body_findings(case_context)
    # How a citation applies depends only on its treaty and kind, for this state at this time.
    treaty_status = _Status(case.jurisdiction, start)
    # Keyed by provision: hashing a Citation (attrs, six fields) cost more than the notes.
    derogations: dict[tuple[str | None, str | None], tuple[str, ...]] = {}
    for criterion in checklist.criteria:
        cited = tuple([(c, treaty_status[c.treaty, c.kind]) for c in criterion.citations])
        # Each provision's notes once per case; a criterion's are its citations', in order.
        provisions = [(c.treaty, c.pinpoint) for c in criterion.citations]
        for key, c in zip(provisions, criterion.citations, strict=True):
            if key not in derogations:
                derogations[key] = _derogation_notes(case.jurisdiction, (c,), start)
        derogated = tuple(dict.fromkeys(n for key in provisions for n in derogations[key]))
        # Beside the breach itself, not in the citation table's derogations: few, and not those.
        reserved = tuple(dict.fromkeys(
            n for c in criterion.citations
            for n in _reservation_notes(case.jurisdiction, c.treaty, c.kind, c.pinpoint,
                                        current().code)))
        mine = by_criterion[criterion.id] = []
        alone: dict[tuple[str, str], Outcome] = {}
        for ctx in contexts if criterion.per_person and contexts else [case_context]:
            try:
                untried = criterion.trial_only and before_trial.get(
                    ctx.person.id if ctx.person else None)
                if untried:
                    decision = not_applicable(untried)
                elif ctx.person is not None and ctx.person.id in readings:
                    decision, alone_ = _groups.decide(criterion.decide, ctx.person,
                                                      open_groups[ctx.person.id],
                                                      readings[ctx.person.id])
                    alone.update({(ctx.person.id, e): o for e, o in alone_.items()})
                else:
                    decision = criterion.decide(ctx)
            except Exception as exc:  # a criterion bug must name itself, not surface bare
                who = ctx.person.id if ctx.person else "the case"
                raise CriterionError(f"criterion {criterion.id!r} failed for {who}: {exc!r}") \
                    from exc
            if decision.outcome is Outcome.NOT_APPLICABLE and criterion.claims:
                decision = _refuted_claims(ctx, criterion, decision)
            if decision.rests_on is not None and decision.outcome in (
                    Outcome.VIOLATION, Outcome.LIKELY_VIOLATION):
                decision = _bound_then(decision, treaty_status)
            subject = ctx.person.id if ctx.person else None
            relied_on = tuple(dict.fromkeys(f.event.id for f in decision.facts
                                            if f.event.id in case._by_id)) \
                if decision.facts else ()
            finding = Finding(
                criterion=criterion.id, title=criterion.title, area=criterion.area,
                subject=subject, outcome=decision.outcome,
                confidence=decision.confidence,
                reasoning=decision.reasons + tuple(dict.fromkeys(
                    line for e in relied_on for line in bodies.get(e, ()))),
                relied_on=relied_on,
                against=decision.against + (derogated + reserved if decision.outcome in (
                    Outcome.VIOLATION, Outcome.LIKELY_VIOLATION) else ()),
                questions=decision.questions,
                citations=cited + tuple((c, treaty_status[c.treaty, c.kind])
                                        for c in decision.cites
                                        if c not in criterion.citations),
                severity=decision.severity or criterion.severity,
                affects_outcome=criterion.affects_outcome,
            )
            findings[(criterion.id, subject)] = finding
            mine.append(finding)
        # A factor weighed in another criterion is no breach of its own to carry for a group.
        if alone and criterion.weighed_in is None:
            group_findings += _groups.group_breaches(
                case, {f.subject: f for f in mine if f.subject is not None}, alone)
    # A breach of a factor of the overall weighing is a violation only where that weighing
    # finds the proceedings unfair; otherwise it says what the weighing found.
    for criterion in checklist.criteria:
        if criterion.weighed_in is None:
            continue
        mine = by_criterion[criterion.id]
        for n, f in enumerate(mine):
            parent = findings.get((criterion.weighed_in, f.subject))
            if f.is_breach and parent is not None and not parent.is_breach:
                mine[n] = findings[(criterion.id, f.subject)] = _weighed(f, parent)
            elif f.is_breach and parent is not None:
                # The Court finds one violation of the right to a lawyer, of which this is a
                # part: said, so that counting findings does not count it twice.
                mine[n] = findings[(criterion.id, f.subject)] = attrs.evolve(
                    f, reasoning=(*f.reasoning, _(_WEIGHED_PART, whole=_title(parent))))
    # Evaluation follows dependencies; reading follows the areas, as the checklist is written.
    area_index = {a: i for i, a in enumerate(Area)}
    written = sorted(enumerate(checklist.criteria), key=lambda ic: (area_index[ic[1].area], ic[0]))
    ordered = [f for _, c in written for f in by_criterion[c.id]]
    convicted = {r.person for v in convictions(case_context) for r in v.results}
    names = {p.id: p.name for p in people} | _groups.group_names(case)
    # A breach of "some of" a group bears on a conviction when all of the group were convicted.
    convicted |= {_groups.group_key(e) for e in case.events
                  if e.some_of is not None and set(e.some_of.among) <= convicted}
    return Assessment(
        case_id=case.id, title=case.title, jurisdiction=case.jurisdiction,
        checklist=checklist.name,
        treaties=_treaties(case.jurisdiction, start) + _territory(case),
        findings=tuple(ordered),
        grade=grade(ordered + group_findings, convicted, names),
        areas=_areas(ordered),
        subjects=tuple((p.id, p.name) for p in people),
        grades=tuple((p.id, grade([f for f in ordered if f.subject in (p.id, None)], convicted,
                                  names)) for p in people),
        derogations=tuple((key, notes) for key, notes in derogations.items() if notes),
    )


def _weighed(f: Finding, whole: Finding) -> Finding:
    """A breach of one factor, read with the weighing of the proceedings as a whole (``whole``,
    which found no violation, or could not decide, or found nothing to weigh)."""
    if whole.outcome is Outcome.NO_VIOLATION:
        return attrs.evolve(
            f, outcome=Outcome.NO_VIOLATION, confidence=whole.confidence,
            reasoning=(_(_WEIGHED_FAIR, whole=_title(whole)),),
            against=(*f.reasoning, *f.against), questions=())
    if whole.outcome is Outcome.INSUFFICIENT:
        return attrs.evolve(f, outcome=Outcome.INSUFFICIENT, confidence=None,
                            reasoning=(*f.reasoning, _(_WEIGHED_OPEN, whole=_title(whole))),
                            questions=tuple(dict.fromkeys((*whole.questions, *f.questions))))
    return attrs.evolve(f, outcome=Outcome.INSUFFICIENT, confidence=None,
                        reasoning=(*f.reasoning, _(_WEIGHED_NOTHING)),
                        questions=(_(_WEIGHED_ASK),))


def _refuted_claims(ctx: Context, criterion: Criterion, decision: Decision) -> Decision:
    """A criterion that found nothing to decide, where a detail it reads was claimed and then
    examined and not found proven, or found untrue: the claim was not overlooked, and no breach
    rests on it, which is no violation rather than 'does not arise' (Collins v Jamaica: a
    remark of the judge said to show partiality, which the Committee did not find proven)."""
    claims: list[Fact] = []
    for read in criterion.claims:
        kind, _dot, detail = read.partition(".")
        cls = EVENT_KINDS.get(kind)
        if cls is None or not detail:
            continue
        for e in ctx.events(cls):
            value = getattr(e, detail, None)
            if value is None or value is False or value == ():
                continue
            if e.provenance_of(detail).standing in REFUTED:
                claims.append(ctx.fact(e, detail))
    if not claims:
        return decision
    return compliant(_("What was claimed here was examined and not found proven, or found "
                       "untrue, so no breach rests on it. {reason}",
                       reason=" ".join(decision.reasons)), *claims)


def _title(f: Finding) -> str:
    """A criterion's title in the language of the reasons (keyed by its id, as reports do)."""
    from fairtrial._i18n import p_

    return p_("criterion " + f.criterion, f.title)


_WEIGHED_FAIR = T_("On its own this is a factor, not a violation (Ibrahim §274; Beuze §150): "
                 "weighing the proceedings as a whole, they were not unfair (see '{whole}'). "
                 "What counted against them is listed among the points the other way.")
_WEIGHED_PART = T_("This is one part of the violation found in '{whole}', which weighs the "
                   "proceedings as a whole, not a separate violation.")
_WEIGHED_OPEN = T_("Whether this made the proceedings unfair turns on weighing them as a whole, "
                 "which the record leaves open (see '{whole}').")
_WEIGHED_NOTHING = T_("It is a violation only if it made the proceedings unfair, and the record "
                    "shows nothing obtained without a lawyer that was used.")
_WEIGHED_ASK = T_("Was the person questioned, or did they say anything, without a lawyer, and "
                "was it used in the proceedings?")


def _body_findings(ctx: Context) -> dict[str, tuple[str, ...]]:
    """What other bodies found about each event, as a line a finding that rests on the event
    shows beside its own reasons: their finding of fact, quoted and sourced, never adopted as
    fairtrial's conclusion."""
    out: dict[str, list[str]] = {}
    for b in ctx.case.events_of(BodyFinding):
        if not b.finding:
            continue
        body = ctx.case.name_of(b.body) if b.body else _("Another body")
        for e in dict.fromkeys(b.about):
            if e in ctx.case._by_id:
                out.setdefault(e, []).append(_(_BODY_LINE,
                    body=body, event=ctx.label(ctx.case.get(e)), finding=b.finding.rstrip("."),
                    source=ctx.fact(b).note.split(": ", 1)[-1]))
    return {e: tuple(lines) for e, lines in out.items()}


_BODY_LINE = T_("On {event}, {body} found: \u201c{finding}.\u201d ({source}; another body's "
              "finding, reported beside this one, not adopted as it.)")


_NO_TRIAL = frozenset({VerdictOutcome.DISCHARGED, VerdictOutcome.DISCONTINUED})
_ENDED = {
    VerdictOutcome.DISCHARGED: T_("discharged before trial: no case to answer, or charges "
                                  "dismissed"),
    VerdictOutcome.DISCONTINUED: T_("proceedings ended without a decision on guilt"),
}


def _ended_before_trial(case: Case, people: tuple[Person, ...]) -> dict[str | None, str]:
    """For each person whose proceedings ended before any trial, why the trial questions do
    not arise; the case itself (key None) when they did so for everyone."""
    out: dict[str | None, str] = {}
    trial_hearings = [h for h in case.events_of(Hearing) if h.stage is HearingStage.TRIAL]
    for p in people:
        tried = any((not h.subjects and h.some_of is None) or p.id in h.subjects
                    for h in trial_hearings)
        results = [r for v in case.events_of(Verdict) for r in v.results if r.person == p.id]
        if tried or any(r.outcome not in _NO_TRIAL for r in results):
            continue
        if results:
            out[p.id] = _("The proceedings against {name} ended before trial ({how}), so the "
                          "trial questions do not arise.", name=p.name,
                          how=_(_ENDED[results[-1].outcome]))
        elif case.stage is Stage.CLOSED:
            out[p.id] = _("The proceedings against {name} were closed before any trial, so the "
                          "trial questions do not arise.", name=p.name)
    if people and all(p.id in out for p in people):
        out[None] = _("The proceedings ended before trial, so the trial questions do not "
                      "arise.")
    return out


def _bound_then(decision: Decision, status: _Status) -> Decision:
    """A breach of a standard only one treaty sets (the Covenant going further than the
    Convention), where that treaty did not yet, or no longer, bind the state and the
    Convention, which did, is met: no violation of the obligations the state had then (a
    complaint to the Committee would fail for want of jurisdiction in time). Where neither
    bound the state, the finding measures the proceedings against the standard, as every
    other finding then does."""
    alone = status[decision.rests_on, "treaty"]
    if decision.rests_on != "ICCPR" or status["ECHR", "treaty"] != "binding" or \
            alone not in ("not yet in force", "no longer in force", "persuasive"):
        return decision
    return attrs.evolve(
        decision, outcome=Outcome.NO_VIOLATION, confidence=Confidence.MEDIUM,
        reasons=(*decision.reasons, _(
            "The Covenant did not bind the state when these events took place ({status}), and "
            "the European Convention, which did, does not require this: no violation of the "
            "obligations the state had then.", status=p_("status", alone))),
        against=(), questions=())


class _Status(dict[tuple[str | None, str], str]):
    """How a citation of (treaty, kind) applies to one state at one time, computed on demand."""

    def __init__(self, country: str, start: When | None) -> None:
        super().__init__()
        self.country, self.start = country, start

    def __missing__(self, key: tuple[str | None, str]) -> str:
        treaty, kind = key
        status = applicability(self.country, treaty, self.start)
        if status == "binding" and kind != "treaty":
            status = "interprets a binding treaty"
        self[key] = status
        return status


def _treaties(country: str, start: When | None) -> tuple[TreatyApplicability, ...]:
    if not known(country):
        # Said once here, so that no citation needs to carry "status unknown" on its own line.
        return (TreatyApplicability(
            treaty="-", name="Treaty data", status="status unknown",
            note=f"fairtrial has no treaty data for '{country}': check by hand which "
                 "instruments bound the state on the date of the events"),)
    rows = []
    for key, name, row in listed(country):
        if row.in_force is None:
            note = row.source
        else:
            when = f"in force since {row.in_force}"
            if row.ended is not None:
                when = f"in force from {row.in_force} until {row.ended}"
            note = f"{when}; {row.source}" + ("" if row.confirmed else " (date unconfirmed)")
        for r in reservations():
            if r.state == country and r.treaty == key:
                mark = "" if r.confirmed else ", unconfirmed"
                note += (f". {r.kind.capitalize()} on art {', '.join(r.articles)}: {r.summary} "
                         f"({r.source}{mark})")
        rows.append(TreatyApplicability(treaty=key, name=name,
                                        status=applicability(country, key, start), note=note))
    # Where the case can go next: the bodies that can hear a complaint about these events.
    rows += [TreatyApplicability(treaty=f"complaint to {body}", name=name, status=state,
                                 note=note)
             for body, name, state, note in remedies(country, start)]
    return tuple(rows)


def _territory(case: Case) -> tuple[TreatyApplicability, ...]:
    """Where the events took place outside the state that exercised jurisdiction (occupied or
    controlled territory), whose treaties apply: said once, beside the treaty table."""
    if case.territory is None or case.territory == case.jurisdiction:
        return ()
    return (TreatyApplicability(
        treaty="territory", name="Jurisdiction outside the state's own territory",
        status="treaties of the state exercising jurisdiction",
        note=_TERRITORY_NOTE.format(territory=case.territory, state=case.jurisdiction)),)


_TERRITORY_NOTE = (
    "The events took place in territory of {territory} under the control of {state}. {state}'s "
    "treaties bind its agents wherever it exercises effective control or authority (ICCPR art "
    "2(1) and HRC General Comment No. 31, para 10, pinpoint unconfirmed; ECHR art 1 and "
    "Al-Skeini v UK [GC], no. 55721/07, 7 July 2011, pinpoint unconfirmed), so the table above "
    "is {state}'s. {territory} keeps a duty to do what it can to secure the rights of people "
    "there (Ilascu v Moldova and Russia [GC], no. 48787/99, 8 July 2004, pinpoint unconfirmed).")


def _derogation_notes(country: str, citations: tuple[Citation, ...],
                      start: When | None) -> tuple[str, ...]:
    notes = []
    for c in citations:
        for d in derogations_at(country, c.treaty, c.pinpoint, start):
            until = _(" until {end}", end=d.end) if d.end else ""
            where = f" ({d.territory})" if d.territory else ""
            mark = "" if d.confirmed else _(" (unconfirmed)")
            provision = f"{c.treaty} {c.pinpoint}"
            notes.append(_(
                "The state had notified a derogation from {provision} in force from "
                "{start}{until}{where}; source: {source}{mark}. A derogation allows only "
                "measures strictly required by the emergency, and the core of a fair trial, "
                "including the presumption of innocence and the exclusion of statements "
                "obtained by torture, may never be derogated from (HRC General Comment 29, paras "
                "10-11, pinpoint confirmed only at second hand; ICCPR art 7 is non-derogable).",
                provision=provision, start=d.start, until=until, where=where,
                source=d.source, mark=mark))
    return tuple(dict.fromkeys(notes))


#: A reservation's kind, as the sentence beside a breach says it (the data's summary and
#: source are quoted as they are).
_RESERVATION = {
    "reservation": T_("The state made a reservation to {treaty} art {articles}: {summary} "
                      "(source: {source}{mark}). fairtrial does not decide whether it is valid "
                      "or covers this case."),
    "interpretative declaration": T_(
        "The state made an interpretative declaration on {treaty} art {articles}: {summary} "
        "(source: {source}{mark}). fairtrial does not decide whether it changes this case."),
    "understanding": T_("The state stated an understanding of {treaty} art {articles}: "
                        "{summary} (source: {source}{mark}). fairtrial does not decide whether "
                        "it changes this case."),
}


@functools.lru_cache(maxsize=4096)
def _reservation_notes(country: str, treaty: str | None, kind: str, pinpoint: str | None,
                       code: str) -> tuple[str, ...]:
    """A reservation or declaration the state made to the provision a breach cites: said
    beside the breach, without deciding whether it is valid or covers the case (a reservation
    to art 14(5) for trials before an assize court, say). Once per state, provision and
    language: every case of a batch cites the same."""
    if treaty is None or kind != "treaty" or not pinpoint:
        return ()
    article = pinpoint.removeprefix("art ").strip()
    notes = []
    for r in reservations():
        if r.state != country or r.treaty != treaty:
            continue
        # A reservation to art 14 covers 14(5); one to 14(5) does not cover 14(3)(g).
        if any(article == a or article.startswith(a + "(") for a in r.articles):
            mark = "" if r.confirmed else _(" (unconfirmed)")
            notes.append(_(_RESERVATION.get(r.kind, _RESERVATION["reservation"]),
                           treaty=r.treaty, articles=", ".join(r.articles),
                           summary=r.summary.rstrip("."), source=r.source, mark=mark))
    return tuple(notes)


def _areas(findings: list[Finding]) -> tuple[AreaSummary, ...]:
    counts: dict[Area, dict[Outcome, int]] = {}
    for f in findings:
        tally = counts.get(f.area)
        if tally is None:
            tally = counts[f.area] = dict.fromkeys(_OUTCOMES, 0)
        tally[f.outcome] += 1
    return tuple(
        AreaSummary(area=area, counts=tuple((o, n) for o, n in tally.items() if n),
                    worst=max((o for o, n in tally.items() if n),
                              key=SEVERITY_OF_OUTCOME.__getitem__))
        for area in Area if (tally := counts.get(area)))


_BREACHES = (Outcome.VIOLATION, Outcome.LIKELY_VIOLATION)
_OUTCOMES = tuple(Outcome)  # iterating an Enum class is slow Python; a tuple is not
GRADE_LABELS = {
    "A": "no violations found",
    "B": "minor violations only",
    "C": "violations of core guarantees, not shown to have affected the outcome",
    "D": "violations that bear on the outcome, or a grave violation",
    "F": "a grave, established violation that bears on a conviction",
    "incomplete": "no violation of a core guarantee found, but grave or serious questions remain "
                  "open",
}
#: Worse grades rank higher; adding a breach can never lower the rank.
GRADE_RANK = {"A": 0, "B": 1, "incomplete": 2, "C": 3, "D": 4, "F": 5}


def grade(findings: list[Finding] | tuple[Finding, ...], convicted: set[str],
          names: dict[str, str] | None = None) -> Grade:
    """The documented thresholds of docs/methodology.md, applied to findings. Reasons name
    criteria by title and people by ``names``."""
    names = names or {}

    def bears(f: Finding) -> bool:
        return f.affects_outcome and (f.subject in convicted or
                                      (f.subject is None and bool(convicted)))

    breaches = [f for f in findings if f.outcome in _BREACHES]
    grave_proven = [f for f in breaches
                    if f.outcome is Outcome.VIOLATION and f.severity is Severity.GRAVE]
    open_core = [f for f in findings if f.outcome is Outcome.INSUFFICIENT
                 and f.severity is not Severity.MINOR]

    def why(items: list[Finding]) -> tuple[str, ...]:
        # A finding may be graver than its criterion (undue delay while held), so the key
        # carries the finding's own severity.
        grouped: dict[tuple[str, Outcome, str, bool], list[str]] = {}
        for f in items:
            key = (f.title, f.outcome, f.severity.value, bears(f))
            who = names.get(f.subject, f.subject) if f.subject else "the case as a whole"
            grouped.setdefault(key, []).append(who)
        return tuple(
            f"{crit}: {outcome.value.replace('_', ' ')} ({severity}) for "
            f"{', '.join(dict.fromkeys(who))}"
            + (("; it would bear on the conviction if established"
                if outcome is Outcome.LIKELY_VIOLATION else "; it bears on the conviction")
               if bearing else "")
            for (crit, outcome, severity, bearing), who in grouped.items())

    basis: list[Finding] = []
    if fatal := [f for f in grave_proven if bears(f)]:
        letter, basis = "F", fatal
    # A likely violation rests on an allegation or an inference the record does not establish:
    # it counts as a breach of a core guarantee (C), not as one shown to bear on the outcome.
    elif decisive := [f for f in breaches
                      if bears(f) and f.outcome is Outcome.VIOLATION] + grave_proven:
        letter, basis = "D", decisive
    elif core := [f for f in breaches if f.severity is not Severity.MINOR]:
        letter, basis = "C", core
    elif breaches and not open_core:
        letter, basis = "B", breaches
    elif not breaches and not open_core:
        letter = "A"
    else:
        letter, basis = "incomplete", breaches
    reasons = why(basis)
    if letter == "A":
        reasons = ("Every applicable criterion was met on the record.",)
    elif letter == "incomplete":
        reasons += (f"{len(open_core)} grave or serious criteria lack the facts to decide them.",)
    # Established, an alleged breach that bears on a conviction would make the grade worse.
    alleged_bearing = any(f.outcome is Outcome.LIKELY_VIOLATION and bears(f) for f in breaches)
    return Grade(letter=letter, label=GRADE_LABELS[letter],
                 provisional=bool(open_core) or (alleged_bearing and letter in ("B", "C")),
                 reasons=reasons, basis=tuple((f.criterion, f.subject) for f in basis),
                 open_core=len(open_core))
