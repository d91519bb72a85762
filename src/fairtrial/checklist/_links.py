"""Facts that several criteria derive from links between events: statements made without a
lawyer or after coercion, and whether a verdict relied on them."""

from __future__ import annotations

from bisect import bisect_left
from datetime import datetime, timedelta
from itertools import pairwise

import attrs

from fairtrial._i18n import N_, T_, _, join, p_
from fairtrial.checklist._core import REFUTED, Context, Fact, Factor, Toward
from fairtrial.record._model import (
    Appeal,
    Charge,
    Confession,
    ContextFact,
    Delay,
    Event,
    EvidenceItem,
    IllTreatment,
    Interrogation,
    OtherEvent,
    Retraction,
    Statement,
    Suspected,
    Verdict,
)
from fairtrial.record._vocab import (
    AppealAgainst,
    ContextKind,
    EvidenceKind,
    IllTreatmentContext,
    Party,
    QuestionedAs,
    Ruling,
    Setting,
    Standing,
    Treatment,
    VerdictOutcome,
    Weight,
)
from fairtrial.record._when import Tri

STATEMENT_KINDS = frozenset({EvidenceKind.CONFESSION, EvidenceKind.DEFENDANT_STATEMENT,
                             EvidenceKind.WITNESS_STATEMENT})

#: Treatment that is itself ill-treatment under ICCPR art 7 / ECHR art 3; promises and other
#: pressure may breach art 14(3)(g) for the accused without reaching that threshold.
ART7_TREATMENT = frozenset({Treatment.TORTURE, Treatment.BEATING, Treatment.THREATS,
                            Treatment.SLEEP_DEPRIVATION, Treatment.INHUMAN_CONDITIONS})

#: How much a conviction rested on an item of evidence or a statement, one whole sentence for
#: each weight (the words of the schema's description of each value).
IT_WAS = {
    Weight.SOLE: T_("It was the only evidence against the accused."),
    Weight.DECISIVE: T_("It was so important that it likely determined the outcome."),
    Weight.MAIN: T_("It was significant, but with other evidence of weight."),
    Weight.CORROBORATIVE: T_("It was corroborative of other evidence that suffices on its "
                             "own."),
    Weight.NOT_RELIED_ON: T_("It was not relied on by the court."),
}

#: What was done, as a sentence names it (context "treatment").
TREATMENT_WORDS = {
    Treatment.TORTURE: N_("torture"), Treatment.BEATING: N_("beatings"),
    Treatment.THREATS: N_("threats"),
    Treatment.PROMISES: N_("promises of leniency"),
    Treatment.PSYCHOLOGICAL_PRESSURE: N_("psychological pressure"),
    Treatment.PROLONGED_QUESTIONING: N_("prolonged questioning"),
    Treatment.SLEEP_DEPRIVATION: N_("deprivation of sleep, food or water"),
    Treatment.INHUMAN_CONDITIONS: N_("inhuman conditions of detention"),
    Treatment.OTHER: N_("other ill-treatment"),
}


def treatment_words(t: IllTreatment) -> str:
    """'beatings and threats': what was done, as a sentence says it."""
    words = [p_("treatment", TREATMENT_WORDS[k]) for k in t.treatment]
    if not words:
        return _("ill-treatment of a kind not recorded")
    return join(words)


def is_torture(t: IllTreatment) -> bool:
    return t.characterised_as is Treatment.TORTURE or (
        t.characterised_as is None and Treatment.TORTURE in t.treatment)


def reaches_art7(t: IllTreatment) -> bool:
    """Whether the record shows ill-treatment under art 7 (torture or inhuman or degrading
    treatment): from a body's characterisation, else from what was done; not when only
    pressure short of it is recorded. Conditions of detention count only where their
    weighing (``conditions_points``) reaches the minimum level of severity."""
    # A body's characterisation counts when it is one of art 7's ('torture', or 'other' for
    # inhuman or degrading treatment); a kind of pressure put there ('promises') is not one.
    if t.characterised_as in _ART7_CHARACTERISATION or (
            ART7_TREATMENT - {Treatment.INHUMAN_CONDITIONS}) & set(t.treatment):
        return True
    return Treatment.INHUMAN_CONDITIONS in t.treatment and conditions_severe(t) is True


_ART7_CHARACTERISATION = frozenset({Treatment.TORTURE, Treatment.OTHER})


@attrs.frozen
class Point:
    """One circumstance of a test, read off an event: the detail it comes from, whether it
    points toward a breach, and which reading of the detail it is (for the text naming it)."""

    detail: str
    breach: bool
    reading: str


#: A reduction of personal space this short counts as "short" in the Muršić test. The Court
#: found 27 consecutive days under 3 m² not short (Muršić v Croatia [GC] §172) and shorter,
#: occasional periods short; the line of a week is fairtrial's reading, stated in the
#: methodology.
SHORT_DAYS = 7


def conditions_test(t: IllTreatment) -> tuple[bool | None, list[Point], list[str]]:
    """Whether conditions of detention reached the minimum level of severity of ICCPR art 7
    and ECHR art 3, by the test of Muršić v Croatia [GC] (§§135-141):

    - under 3 m² of personal space in a shared cell: a strong presumption of a breach, rebutted
      only if the reduction was short, occasional and minor, the detainee could move outside
      the cell, and the facility was otherwise appropriate (all three);
    - 3 to 4 m²: a breach where other conditions were also inadequate;
    - 4 m² or more: space raises no issue; other conditions may, by their severity
      (``severe``, where the record settles it).

    Returns (True: a breach, False: none, None: open), the circumstances read, and the details
    the record lacks ('severity' for poor conditions whose gravity is unrecorded)."""
    points: list[Point] = []
    missing: list[str] = []
    space, days = t.personal_space, t.duration_days
    poor, moves = t.other_conditions_poor, t.free_movement
    if poor is None:
        missing.append("other_conditions_poor")
    else:
        points.append(Point("other_conditions_poor", poor, str(poor).lower()))
    if space is None:
        return None, points, ["personal_space", *missing]
    if space < 3:
        points.insert(0, Point("personal_space", True, "under 3"))
        short = None if days is None else days <= SHORT_DAYS
        if short is None:
            missing.append("duration_days")
        else:
            points.append(Point("duration_days", not short, "short" if short else "long"))
        if moves is None:
            missing.append("free_movement")
        else:
            points.append(Point("free_movement", not moves, str(moves).lower()))
        rebutted = (short, moves, None if poor is None else not poor)
        if False in rebutted:
            return True, points, []
        if all(r is True for r in rebutted):
            return False, points, []
        return None, points, missing
    if space < 4:
        points.insert(0, Point("personal_space", True, "3 to 4"))
        return poor, points, missing
    points.insert(0, Point("personal_space", False, "4 or more"))
    if poor is True:
        if t.severe is not None:
            points.append(Point("severe", t.severe, str(t.severe).lower()))
            return t.severe, points, []
        return None, points, ["severity"]
    return (False if poor is False else None), points, missing


def conditions_severe(t: IllTreatment) -> bool | None:
    """The outcome of ``conditions_test``: True (severe enough), False (not), None (open)."""
    return conditions_test(t)[0]


def _subject(ctx: Context) -> str | None:
    return ctx.person.id if ctx.person else None


def pretrial_statements(ctx: Context) -> tuple[Confession | Statement, ...]:
    """What the person said outside court (during questioning, in writing, on camera):
    confessions, and statements of any nature, denials and exculpatory accounts included,
    since those too can be used against their maker."""
    return ctx.once(("pretrial", _subject(ctx)), lambda: (
        *(c for c in ctx.events(Confession) if c.setting is not Setting.COURT),
        # Whatever role the maker had then: a "witness" who was in fact a suspect is the
        # case the law worries about most (Ibrahim, the fourth applicant).
        *(s for s in ctx.events(Statement) if s.setting is not Setting.COURT)))


def statements_of_others(ctx: Context) -> tuple[Statement, ...]:
    """Statements by other people (witnesses, co-accused) used against the person: named in
    ``used_against``, or relied on by the person's conviction."""
    person = _subject(ctx)

    def build() -> tuple[Statement, ...]:
        relied = {i for v in convictions(ctx) for i in v.relied_on}
        return tuple(s for s in ctx.all_events(Statement)
                     if (person is None or person not in s.subjects)
                     and ((person is not None and person in s.used_against)
                          or s.id in relied or (person is None and s.used_against)))

    return ctx.once(("others", person), build)


def context_facts(ctx: Context, kinds: frozenset[ContextKind]) -> list[Fact]:
    """The record's context indicators of these kinds that concern the person, as facts with
    their provenance (each as an undated event of its own, with an id no case file can use)."""
    person = _subject(ctx)

    def build() -> list[Fact]:
        out = []
        for n, c in enumerate(ctx.case.context):
            if c.kind in kinds and (not c.people or person is None or person in c.people):
                title = _("the indicator that {description}",
                          description=c.description.rstrip("."))
                event = OtherEvent(id=f"~context-{n + 1}", provenance=c.provenance, title=title)
                out.append(ctx.fact(event))
        return out

    return ctx.once(("context", kinds, person), build)


def delay_days(d: Delay) -> float:
    """How many days a recorded delay lost: its own count, else the length of its period."""
    if d.duration_days is not None:
        return d.duration_days
    if d.date is not None:
        return (d.date.latest - d.date.earliest).total_seconds() / 86400
    return 0.0


def charge_fact(ctx: Context, c: Charge) -> Fact:
    """A charge's details as a fact, standing as firmly as the record of the charge (as an
    undated event of its own, with an id no case file can use)."""
    return ctx.fact(OtherEvent(id=f"~charge-{c.id}", provenance=c.provenance,
                               title=_("the charge of {charge}", charge=c.description)))


def charges_of(ctx: Context) -> list[Charge]:
    """The charges against the person (every charge, for a case-level criterion)."""
    return [c for c in ctx.case.charges if ctx.person is None or c.defendant == ctx.person.id]


def weight_toward(weight: Weight) -> tuple[Toward, int]:
    """Which way, and how heavily, the weight the conviction gave an untested item of evidence
    counts: sole or decisive 3 against, main 1 against, corroborative or not relied on 2 for."""
    n = USE_WEIGHT[weight]
    return (Toward.BREACH if n >= 2 else Toward.FAIRNESS), (3 if n == 3 else (1 if n == 2 else 2))


def complexity(ctx: Context) -> Factor | None:
    """The case's complexity as a factor for a reasonable length (of the proceedings, of the
    detention), as the record states it: the courts assess it from the facts (the volume of
    evidence, the number of accused, events abroad), and a count of charges does not measure
    it (Pélissier and Sassi v France [GC]; W. v Switzerland). None where nothing is recorded."""
    said = [(c, charge_fact(ctx, c)) for c in charges_of(ctx) if c.complex is not None]
    if any(c.complex is True for c, _fact in said):
        facts = tuple(f for c, f in said if c.complex is True)
        return Factor(_("The case was complex to investigate and try."), Toward.FAIRNESS, 1,
                      facts)
    if said:
        return Factor(_("The case was not complex."), Toward.BREACH, 1,
                      tuple(f for _c, f in said))
    return None


def context_item(ctx: Context, fact: Fact) -> ContextFact:
    """The case's context indicator behind a fact of ``context_facts``."""
    return ctx.case.context[int(fact.event.id.rsplit("-", 1)[1]) - 1]


def interrogation_of(ctx: Context, statement: Event) -> Interrogation | None:
    linked_id = getattr(statement, "interrogation", None)
    linked = ctx.case.get(linked_id) if linked_id else None
    return linked if isinstance(linked, Interrogation) else None


def restriction_at(ctx: Context, statement: Event) -> Fact | None:
    """The fact showing that ``statement`` was made under a restriction of counsel: without a
    lawyer, after a lawyer chosen by the person or family was turned away, or questioned as a
    'witness' while in fact a suspect (Ibrahim, the fourth applicant). None if the record
    shows no restriction or does not say, and for an answer the law compelled outside any
    questioning (to a written notice, say): that is weighed as compelled, not as questioning
    without a lawyer (O'Halloran and Francis [GC])."""
    if isinstance(statement, (Statement, Confession)) and statement.compelled_by_law is True \
            and statement.setting is not Setting.INTERROGATION:
        return None
    present = counsel_at(ctx, statement)
    linked = interrogation_of(ctx, statement)
    if present is not None and present.value is False and \
            (linked is None or counsel_not_sought(ctx, linked) is None):
        return present
    if linked is not None:
        withheld = safeguards_withheld(ctx, linked, present.value if present else None)
        return withheld[0] if withheld else None
    return None


def counsel_not_sought(ctx: Context, i: Interrogation) -> Fact | None:
    """The fact showing that questioning ``i`` went on without a lawyer only because none was
    asked for: a lawyer was free to attend, the person knew it, and neither they nor their
    lawyer asked. The authorities restricted nothing (Imbrioscia v Switzerland; a waiver may
    be tacit where its consequences were foreseeable: Pishchalnikov v Russia). Never for a
    minor or a vulnerable person, whose silence is no knowing waiver (Panovits v Cyprus), nor
    where the person was not told of the right or asked for a lawyer."""
    free = ctx.fact(i, "lawyer_free_to_attend")
    person = ctx.person
    if free.value is not True or free.standing in REFUTED or i.counsel_present is not False \
            or i.counsel_requested is not False or i.informed_of_right_to_counsel is False \
            or (person is not None and (person.minor is not False
                                        or person.vulnerable is True)):
        return None
    return free


def outside_custody(ctx: Context, i: Interrogation) -> tuple[tuple[Fact, ...], str | None]:
    """Whether questioning ``i`` fell outside the right to a lawyer at questioning: questions
    put on the spot (a roadside check, a search), the person neither deprived of liberty nor
    significantly curtailed in their freedom of action, and not formally interviewed
    (Aleksandr Zaichenko v Russia: no violation of art 6(3)(c)). A formal interview stays
    within it, at a police station even of a person not under arrest (Ibrahim [GC], the
    fourth applicant), and so does questioning in custody wherever it happens.

    Returns the facts that show it (empty where the record shows the right applied or says
    nothing of the setting), or the question that decides it. Custody is read from the
    questioning, else from a statement made in it."""
    spot = ctx.fact(i, "on_the_spot")
    custody = ctx.fact(i, "in_custody")
    if custody.value is None:
        custody = next((f for s in ctx.events(Statement) if s.interrogation == i.id
                        if (f := ctx.fact(s, "in_custody")).value is not None), custody)
    if spot.value is False or custody.value is True:
        return (), None
    if spot.value is True and custody.value is False:
        return (spot, custody), None
    if spot.value is True:
        return (), _("{name} was asked questions on the spot {when}: was {name} deprived of "
                     "liberty then, or was {name}'s freedom of action otherwise significantly "
                     "curtailed ('in_custody' on the questioning)?", name=ctx.name,
                     when=ctx.when(i))
    if custody.value is False:
        return (), _("{name} was not in custody when questioned {when}: was it a formal "
                     "interview (at a police station or an investigator's office), or questions "
                     "put on the spot, at a roadside check or during a search ('on_the_spot' on "
                     "the questioning)?", name=ctx.name, when=ctx.when(i))
    return (), None


def safeguards_withheld(ctx: Context, i: Interrogation, lawyer_present: bool | None,
                        ) -> list[Fact]:
    """The facts showing that questioning ``i`` withheld counsel other than by a lawyer's
    absence: a lawyer chosen by the person or family turned away, or a suspect questioned as a
    'witness' without a lawyer."""
    found = [fact for detail in ("chosen_lawyer_excluded", "as_witness")
             if (fact := ctx.fact(i, detail)).value is True
             and not (detail == "as_witness" and lawyer_present is True)]
    # A lawyer the police brought, accepted without knowing of the family's lawyer or without
    # being free to refuse, is not counsel of one's choice (Dvorski [GC]).
    if (informed := ctx.fact(i, "lawyer_choice_informed")).value is False:
        found.append(informed)
    if i.as_witness is None and lawyer_present is not True:
        derived, _ = suspect_as_witness(ctx, i)
        if derived is not None and derived.value is True:
            found.append(derived)
    return found


#: Which provenance a fact resting on two others takes: the less firm of them.
_FIRMNESS = {Standing.ESTABLISHED: 3, Standing.ALLEGED: 2, Standing.DISPUTED: 1,
             Standing.UNPROVEN: 0, Standing.DENIED: 0}


def suspect_as_witness(ctx: Context, i: Interrogation) -> tuple[Fact | None, str | None]:
    """Whether the person, questioned formally as a witness at ``i``, was by then in fact a
    suspect: from ``as_witness`` if recorded, else from ``questioned_as`` and the record of
    when the authorities came to suspect them (a ``suspected`` event). The right to a lawyer
    and to silence attach from that moment, whatever the formal label (Ibrahim [GC], the fourth
    applicant).

    Returns the fact (``value`` True: a suspect questioned as a witness; False: not) or the
    question that decides it; (None, None) when the person was not questioned as a witness."""
    explicit = ctx.fact(i, "as_witness")
    capacity = ctx.fact(i, "questioned_as")
    if explicit.value is True and capacity.value in (QuestionedAs.SUSPECT, QuestionedAs.ACCUSED):
        # Two details of the record contradict each other: neither may decide alone.
        return None, _("The record says both that {name} was questioned as a witness at {what} "
                       "while already a suspect, and that {name} was questioned there as a "
                       "suspect or accused: which holds?", name=ctx.name, what=ctx.label(i))
    if explicit.value is not None:
        return explicit, None
    if capacity.value is None:
        return None, None
    if capacity.value is not QuestionedAs.WITNESS:
        return attrs.evolve(capacity, value=False), None
    what = ctx.label(i)
    suspicions = [s for s in ctx.events(Suspected) if s.date is not None]
    if i.date is None or not suspicions:
        return None, _("{name} was questioned as a witness at {what}: did the authorities "
                       "already suspect {name} then? If so, record when (a 'suspected' event).",
                       name=ctx.name, what=what)
    start = i.date.earliest
    end = i.date.latest + timedelta(hours=i.duration_hours or 0)
    earliest = min(suspicions, key=lambda s: s.date.latest)  # type: ignore[union-attr]
    suspected = ctx.fact(earliest)
    assert earliest.date is not None
    if earliest.date.latest <= start or (
            i.duration_hours is not None and earliest.date.latest <= i.date.earliest
            + timedelta(hours=i.duration_hours)):
        prov = min((capacity.provenance, suspected.provenance),
                   key=lambda p: _FIRMNESS[p.standing])
        return Fact(i, "questioned_as", True, prov,
                    _("{first}; {second}", first=capacity.note, second=suspected.note)), None
    if all(s.date.earliest >= end for s in suspicions):  # type: ignore[union-attr]
        return Fact(i, "questioned_as", False, capacity.provenance,
                    _("{first}; {second}", first=capacity.note, second=suspected.note)), None
    return None, _("Did the authorities already suspect {name} when questioning them as a "
                   "witness at {what}? The record dates the suspicion too loosely to tell.",
                   name=ctx.name, what=what)


def counsel_at(ctx: Context, statement: Event) -> Fact | None:
    """Whether a lawyer was present when the statement was made, from the statement itself or
    from the interrogation it was made in."""
    own = ctx.fact(statement, "counsel_present")
    if own.value is not None:
        return own
    linked = interrogation_of(ctx, statement)
    if linked is not None:
        fact = ctx.fact(linked, "counsel_present")
        if fact.value is not None:
            return fact
    return None


#: Settings of ill-treatment that bear on statements even where its aim is not recorded.
_QUESTIONING = frozenset({IllTreatmentContext.INTERROGATION})


def makers(ctx: Context, statement: Event) -> tuple[str, ...]:
    """Who made a statement: its subjects, or the person assessed."""
    if isinstance(statement, Statement) or not ctx.person:
        return statement.subjects
    return (ctx.person.id,)


def coercion_of(ctx: Context, statement: Event) -> tuple[Fact, ...]:
    """Coercion that may have produced ``statement``: ill-treatment of its maker, not certainly
    after it, that was aimed at obtaining a statement or took place during questioning; or a
    retraction of it that alleges coercion. Ill-treatment whose aim and setting the record
    does not give is not assumed to be aimed at a statement (see ``possible_coercion_of``)."""
    return ctx.once(("coercion_of", statement.id, _subject(ctx)),
                    lambda: _coercion_of(ctx, statement, sure=True))


def possible_coercion_of(ctx: Context, statement: Event) -> tuple[Fact, ...]:
    """Ill-treatment of the maker before ``statement`` whose aim and setting are unrecorded."""
    return ctx.once(("possible_coercion_of", statement.id, _subject(ctx)),
                    lambda: _coercion_of(ctx, statement, sure=False))


def _coercion_of(ctx: Context, statement: Event, *, sure: bool) -> tuple[Fact, ...]:
    who = makers(ctx, statement)
    found: list[Fact] = []
    for maker in who:
        events, facts, starts = _allegations_of(ctx, maker, sure=sure)
        if statement.date is None:
            found.extend(facts)
        elif starts is not None:
            # Dated in record order: those not certainly after the statement (starting before
            # it ends) are a prefix, found without a scan per statement.
            found.extend(facts[:bisect_left(starts, statement.date.latest)])
        else:
            found.extend(f for t, f in zip(events, facts, strict=True)
                         if not (t.date and statement.date.before(t.date) is Tri.YES))
    if sure:
        found.extend(ctx.fact(r, "alleges_coercion") for r in _retractions_of(ctx, statement))
    # One maker's allegations and a statement's retractions are distinct facts already.
    return tuple(found) if len(who) == 1 else tuple(dict.fromkeys(found))


def _allegations_of(ctx: Context, maker: str, *, sure: bool,
                    ) -> tuple[tuple[IllTreatment, ...], tuple[Fact, ...], list[datetime] | None]:
    """The maker's ill-treatment that may bear on their statements (``sure``: aimed at a
    statement or during questioning; else of unrecorded aim and setting), in record order,
    with its facts, and the times each began when all are dated in that order. Built once per
    case: scanning them for every statement grew with statements x allegations."""
    def build() -> tuple[tuple[IllTreatment, ...], tuple[Fact, ...], list[datetime] | None]:
        picked = []
        for t in ctx.case.events_of(IllTreatment, maker):
            if t.to_obtain_statement is False or t.provenance.standing in REFUTED:
                continue
            aimed = t.to_obtain_statement is True or t.context in _QUESTIONING
            unclear = t.to_obtain_statement is None and t.context is None
            if aimed if sure else unclear:
                picked.append(t)
        starts = [t.date.earliest for t in picked if t.date is not None]
        ordered = len(starts) == len(picked) and all(
            a <= b for a, b in pairwise(starts))
        return tuple(picked), tuple(ctx.fact(t) for t in picked), starts if ordered else None

    return ctx.once(("allegations_of", maker, sure), build)


def _retractions_of(ctx: Context, statement: Event) -> list[Retraction]:
    """Retractions of ``statement`` by its makers that allege coercion."""
    return [r for r in retractions_of(ctx, statement) if r.alleges_coercion
            and r.provenance_of("alleges_coercion").standing not in REFUTED]


def retractions_of(ctx: Context, statement: Event) -> list[Retraction]:
    """Retractions of ``statement`` by its makers, from an index built once per case (a scan
    per statement grows with statements x retractions)."""
    def build() -> dict[str, list[Retraction]]:
        index: dict[str, list[Retraction]] = {}
        for r in ctx.all_events(Retraction):
            for target in dict.fromkeys(r.retracts):
                index.setdefault(target, []).append(r)
        return index

    found = ctx.once(("retractions_of",), build).get(statement.id, [])
    who = set(makers(ctx, statement))
    return [r for r in found if (not r.subjects and r.some_of is None) or who & set(r.subjects)]


def weight_of(ctx: Context, source: Event) -> Fact | None:
    """How much the conviction rested on ``source`` or on evidence items carrying it, where
    the record says so."""
    own = ctx.fact(source, "weight") if isinstance(source, Statement) else None
    if own is not None and own.value is not None:
        return own
    for e in evidence_from(ctx, source.id):
        fact = ctx.fact(e, "weight")
        if fact.value is not None:
            return fact
    return None


#: How heavily a statement's use weighs against fairness, by the weight the judgment gave it.
USE_WEIGHT = {Weight.SOLE: 3, Weight.DECISIVE: 3, Weight.MAIN: 2, Weight.CORROBORATIVE: 1,
              Weight.NOT_RELIED_ON: 0}


def evidence_from(ctx: Context, source: str) -> list[EvidenceItem]:
    """Evidence items concerning the person (all, for the case) that were derived from
    ``source``, in record order, from the case's index."""
    person = _subject(ctx)
    return [e for e in ctx.case.derived_from(source)
            if isinstance(e, EvidenceItem) and (person is None or person in e.subjects)]


def conviction_appeals(ctx: Context, after: Event | None = None) -> list[Appeal]:
    """The appeals against a conviction, or whose object the record does not give, not
    certainly earlier than ``after`` where given. Every review counts, an extraordinary one
    too: what a court did is read from what the record says it did, so that a detail left out
    can only open a question, never close one."""
    appeals = ctx.events(Appeal) if after is None else ctx.not_before(ctx.events(Appeal), after)
    return [a for a in appeals if a.against in (AppealAgainst.VERDICT, None)]


def heard_appeals(ctx: Context) -> list[Appeal]:
    """The appeals an appeal-stage hearing may have heard: against a conviction, against the
    sentence, or of an object the record does not give. A hearing on the sentence is one where
    the accused's presence can matter as much as on the facts (Kremzow v Austria), so it is
    matched too; criteria on the review of the conviction keep to ``conviction_appeals``."""
    return [a for a in ctx.events(Appeal)
            if a.against in (AppealAgainst.VERDICT, AppealAgainst.SENTENCE, None)]


def convictions(ctx: Context) -> tuple[Verdict, ...]:
    person = _subject(ctx)
    return ctx.once(("convictions", person), lambda: tuple(
        v for v in ctx.events(Verdict)
        if any(r.outcome in (VerdictOutcome.CONVICTED, VerdictOutcome.PARTLY_CONVICTED)
               and (person is None or r.person == person) for r in v.results)))


def _first_relying(ctx: Context) -> dict[str, tuple[int, Verdict]]:
    """For each id a conviction relied on, the first such conviction (with its position)."""
    def build() -> dict[str, tuple[int, Verdict]]:
        index: dict[str, tuple[int, Verdict]] = {}
        for n, v in enumerate(convictions(ctx)):
            for item in v.relied_on:
                index.setdefault(item, (n, v))
        return index

    return ctx.once(("first_relying", _subject(ctx)), build)


def reliance(ctx: Context, source: Event, *, as_statement: bool = True,
             ) -> tuple[str, tuple[Fact, ...]]:
    """How the proceedings used what came from ``source``: 'relied' (a conviction rests on it),
    'admitted', 'excluded', or 'unknown'; with the facts that show it.

    With ``as_statement`` only evidence items that are statements count (the statement itself);
    without it only the other items (real evidence found through it), so that Gäfgen's
    distinction between the two is kept.
    """
    carriers = {source.id} if as_statement else set()
    rulings: list[Fact] = []
    if as_statement and isinstance(source, Statement) and source.ruling is not None:
        rulings.append(ctx.fact(source, "ruling"))
    for e in evidence_from(ctx, source.id):
        if (e.evidence_kind in STATEMENT_KINDS) == as_statement:
            carriers.add(e.id)
            rulings.append(ctx.fact(e, "ruling"))
    relying = [found for c in carriers if (found := _first_relying(ctx).get(c))]
    if relying:
        verdict = min(relying, key=lambda nv: nv[0])[1]  # the earliest, in record order
        return "relied", (ctx.fact(verdict, "relied_on"), *rulings)
    if any(r.value is Ruling.EXCLUDED for r in rulings):
        return "excluded", tuple(r for r in rulings if r.value is Ruling.EXCLUDED)
    if any(r.value is Ruling.ADMITTED for r in rulings):
        return "admitted", tuple(r for r in rulings if r.value is Ruling.ADMITTED)
    return "unknown", ()


#: Who speaks for the accused: a claim of theirs alone is a party's view.
ACCUSED_SIDE = frozenset({Party.DEFENCE, Party.DEFENDANT, Party.FAMILY})


def party_claim_only(fact: Fact) -> bool:
    """Whether the fact rests only on the accused's side's word, not established."""
    prov = fact.provenance
    return (prov.standing is not Standing.ESTABLISHED and bool(prov.asserted_by)
            and set(prov.asserted_by) <= ACCUSED_SIDE)
