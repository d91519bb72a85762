"""B. Arrest and custody: reasons, prompt judicial control, contact with the outside world,
detention as the exception, and freedom from ill-treatment (ICCPR arts 7, 9, 10)."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from datetime import datetime, timedelta

import attrs

from fairtrial._model import (
    Appeal,
    Arrest,
    DefenceRequest,
    DetentionOrder,
    FirstAppearance,
    IllTreatment,
    MedicalExamination,
    OutsideContact,
    Release,
    Verdict,
)
from fairtrial._vocab import (
    AppealAgainst,
    AppealOutcome,
    Authority,
    ContactWith,
    Measure,
    RequestKind,
    Transfer,
    Treatment,
)
from fairtrial._when import Span, Tri
from fairtrial.checklist import _links
from fairtrial.checklist._core import (
    Area,
    Context,
    Criterion,
    Decision,
    Outcome,
    Severity,
    body_of_principles,
    breach,
    by_detail,
    cat,
    compliant,
    ecthr,
    general_comment,
    hrc_views,
    iccpr,
    not_applicable,
    unknown,
    unless_recorded,
    worst,
)

_NO_ARREST = not_applicable("No arrest or detention of this person is recorded.")


def _reasons(ctx: Context) -> Decision:
    return by_detail(
        ctx, ctx.events(Arrest), "reasons_given", bad=False,
        said_bad="{name} was not told the reasons for {what}.",
        said_good="{name} was told the reasons for {what}.",
        ask="Was {name} told, at the time of {what}, why they were arrested, in a language "
            "they understand?", empty=_NO_ARREST)


REASONS_AT_ARREST = Criterion(
    id="custody.reasons-at-arrest",
    area=Area.CUSTODY,
    title="Told the reasons for arrest",
    question="Was the person told the reasons for the arrest at the time of arrest, in a "
             "language they understand?",
    citations=(iccpr("9(2)"), general_comment(35, "24-30", confirmed=False),
               body_of_principles("10", confirmed=False)),
    severity=Severity.SERIOUS,
    reads=("arrest.reasons_given",),
    decide=_reasons,
)


def _lawful_basis(ctx: Context) -> Decision:
    arrests = ctx.events(Arrest)
    if not arrests:
        return _NO_ARREST
    expression = ctx.finding("expression.journalism-penalised")
    if expression.is_breach:
        return breach(
            f"{ctx.name} was detained on charges that, as the finding "
            "'expression.journalism-penalised' explains, penalise journalism or expression; "
            "detention as punishment for exercising a Covenant right is arbitrary.",
            *(ctx.fact(a) for a in arrests), proven=expression.outcome is Outcome.VIOLATION)
    if abroad := _abducted(ctx, arrests):
        return abroad
    warrant = [ctx.fact(a, "arrest_warrant") for a in arrests]
    if any(f.value is False for f in warrant) and all(a.stated_grounds is None for a in arrests):
        # An arrest without a warrant can be lawful (caught in the act, urgency): grounds that
        # are not recorded are not grounds that did not exist.
        facts = [f for f in warrant if f.value is False]
        return unknown(f"On what legal basis, and on what specific suspicion, was {ctx.name} "
                       "arrested without a warrant?",
                       reason=f"{ctx.name} was arrested without a warrant; the record gives no "
                              "grounds.", facts=facts)
    lawful_charge = expression.outcome in (Outcome.NO_VIOLATION, Outcome.NOT_APPLICABLE)
    if lawful_charge and all(f.value is True for f in warrant):
        # Every arrest, not just one: an arrest whose basis is unknown keeps the question open.
        # A warrant is not enough: the arrest needs a specific suspicion (Fox, Campbell and
        # Hartley v UK; GC35 para 12).
        grounds = [ctx.fact(a, "stated_grounds") for a in arrests]
        if any(g.value is None for g in grounds):
            return unknown(f"On what specific suspicion was {ctx.name} arrested?",
                           reason=f"{ctx.name} was arrested under a warrant, on charges that do "
                                  "not penalise expression.", facts=warrant)
        return compliant(f"{ctx.name} was arrested under a warrant, on a stated suspicion "
                         f"({'; '.join(str(g.value) for g in grounds)}), on charges that do not "
                         "penalise expression.", *warrant, *grounds)
    return unknown(f"On what legal basis, and on what specific suspicion, was {ctx.name} "
                   "arrested? Was there an arrest warrant?")


def _abducted(ctx: Context, arrests: tuple[Arrest, ...]) -> Decision | None:
    """An arrest abroad by the prosecuting state's agents, without the consent of the state
    where it happened, is arbitrary whatever the warrant at home (HRC, Lopez Burgos v Uruguay);
    with that state's cooperation it is not arbitrary for that reason (Öcalan v Turkey [GC])."""
    for a in arrests:
        if a.transfer is not Transfer.ABDUCTION:
            continue
        seized, consent = ctx.fact(a, "transfer"), ctx.fact(a, "territorial_consent")
        where = f" in {a.abroad_in}" if a.abroad_in else " abroad"
        if consent.value is False:
            return attrs.evolve(breach(
                f"{ctx.name} was seized{where} by agents of the prosecuting state and taken "
                f"away without the consent of the state where it happened ({ctx.label(a)}).",
                seized, consent), cites=_ABROAD_CITES)
        if consent.value is None:
            return unknown(f"Did the state where {ctx.name} was seized{where} consent to it or "
                           "take part?", reason=f"{ctx.name} was seized{where} by agents of the "
                           f"prosecuting state ({ctx.label(a)}).", facts=(seized,))
    return None


_ABROAD_CITES = (
    hrc_views("Lopez Burgos v Uruguay, comm. no. 52/1979, 29 July 1981"),
    ecthr("Öcalan v Turkey [GC], no. 46221/99, 12 May 2005", "§§90-99"),
)


LAWFUL_BASIS = Criterion(
    id="custody.lawful-basis",
    area=Area.CUSTODY,
    title="Arrest had a lawful, non-arbitrary basis",
    question="Did the arrest have a legal basis and a specific suspicion, and was it not "
             "punishment for exercising a right?",
    citations=(iccpr("9(1)"), general_comment(35, "12", confirmed=False),
               general_comment(35, "17", confirmed=False),
               body_of_principles("2", confirmed=True)),
    severity=Severity.SERIOUS,
    reads=("arrest.arrest_warrant", "arrest.stated_grounds", "arrest.transfer",
           "arrest.territorial_consent", "finding:expression"),
    decide=_lawful_basis,
    depends_on=("expression.journalism-penalised",),
)


def _prompt_judge(ctx: Context) -> Decision:
    arrest = ctx.first(ctx.events(Arrest))
    if arrest is None:
        return _NO_ARREST
    if arrest.date is None:
        return unknown(f"When exactly was {ctx.name} apprehended?")
    for release in ctx.events(Release):
        # Released within 48 hours: the guarantee of prompt judicial control is not engaged.
        if release.date and Span.between(arrest.date, release.date).exceeds(
                timedelta(hours=48)) is Tri.NO:
            return compliant(f"{ctx.name} was released {ctx.when(release)}, within 48 hours of "
                             f"the arrest {ctx.when(arrest)}.", ctx.fact(release))
    appearances = ctx.not_before(ctx.events(FirstAppearance), arrest)
    # An investigating judge is a judge; an appearance before a prosecutor first is no breach
    # in itself when a judge follows in time: what counts is the first appearance before a
    # judge (GC35 para 32).
    judge = ctx.first([a for a in appearances if a.before is not Authority.PROSECUTOR
                       and a.before is not Authority.INVESTIGATOR
                       and a.before is not Authority.OTHER])
    others = [a for a in appearances if a not in ([judge] if judge else [])]
    earliest = ctx.first(appearances)
    if earliest is not None and earliest.date is not None and earliest is not judge:
        # Even the first appearance before anyone came late: a judge came later still.
        span = Span.between(arrest.date, earliest.date)
        if span.exceeds(timedelta(hours=48)) is Tri.YES:
            return breach(f"{ctx.name} was first brought before any authority "
                          f"{span.describe()} after the arrest {ctx.when(arrest)}, and not "
                          "before a judge earlier: more than the 48 hours that ordinarily "
                          "suffice.", ctx.fact(arrest), ctx.fact(earliest))
    if judge is None or judge.date is None:
        seen = f" (only before a non-judicial authority {ctx.when(others[0])})" if others else ""
        return unknown(f"When was {ctx.name} first brought in person before a judge after the "
                       f"arrest {ctx.when(arrest)}, and was that judge independent of the "
                       f"prosecution?", reason=f"No appearance before a judge is recorded"
                       f"{seen}." if others else None)
    appearance = judge
    span = Span.between(arrest.date, judge.date)
    before, present = ctx.fact(appearance, "before"), ctx.fact(appearance, "in_person")
    facts = (ctx.fact(arrest), ctx.fact(appearance))
    if present.value is False:
        return breach(f"{ctx.name} was not physically brought before the judge.", present)
    late = span.exceeds(timedelta(hours=48))
    described = f"{span.describe()} after the arrest {ctx.when(arrest)}"
    if late is Tri.YES:
        return breach(f"{ctx.name} was first brought before a judge {described}: more than the "
                      "48 hours that ordinarily suffice.", *facts)
    if late is Tri.UNKNOWN:
        return unknown("At what time of day were the arrest and the first appearance?",
                       reason=f"{ctx.name} was first brought before a judge {described}; the "
                              "recorded dates cannot tell whether 48 hours passed.", facts=facts)
    if before.value is None:
        return unknown("Was the authority at the first appearance a judge?",
                       reason=f"{ctx.name} was brought before an authority {described}.",
                       facts=facts)
    return compliant(f"{ctx.name} was brought before a judge {described}.", before, *facts)


PROMPT_JUDGE = Criterion(
    id="custody.prompt-judge",
    area=Area.CUSTODY,
    title="Brought promptly before a judge",
    question="Was the person brought physically before a judge within 48 hours of "
             "apprehension, any longer delay being exceptional and justified?",
    citations=(
        iccpr("9(3)"),
        general_comment(35, "33", confirmed=False),
        general_comment(35, "34", confirmed=True),
        hrc_views("comm. no. 3105/2018 against Kyrgyzstan (CCPR/C/132/D/3105/2018)", "para 8.2"),
    ),
    severity=Severity.SERIOUS,
    reads=("arrest.date", "first_appearance.date", "first_appearance.before",
           "first_appearance.in_person", "release.date"),
    decide=_prompt_judge,
)


def _incommunicado(ctx: Context) -> Decision:
    arrests = ctx.events(Arrest)
    if not arrests:
        return _NO_ARREST
    decisions = []
    contacts = [c for c in ctx.events(OutsideContact)
                if c.contact_with in (ContactWith.FAMILY, ContactWith.COLLEAGUES,
                                      ContactWith.LAWYER)]
    for c in contacts:
        granted = ctx.fact(c, "granted")
        who = c.contact_with.value
        if granted.value is False and (cure := _contact_within_days(ctx, c, contacts)):
            decisions.append(cure)
        elif granted.value is False:
            decisions.append(breach(f"{ctx.name} was refused contact with {who} "
                                    f"{ctx.when(c)}.", granted))
        elif granted.value is True:
            decisions.append(compliant(f"{ctx.name} had contact with {who} {ctx.when(c)}.",
                                       granted))
        else:
            decisions.append(unknown(f"Could {ctx.name} contact {who} {ctx.when(c)}?"))
    decisions.append(by_detail(
        ctx, arrests, "family_notified", bad=False,
        said_bad="{name}'s family was not told of {what} or the place of custody.",
        said_good="{name}'s family was told of {what}.",
        ask="Was {name}'s family told promptly of {what} and the place of custody?",
        empty=_NO_ARREST))
    return worst(decisions, empty=_NO_ARREST)


def _contact_within_days(ctx: Context, refused: OutsideContact,
                         contacts: list[OutsideContact]) -> Decision | None:
    """A refused contact is not incommunicado detention when the outside world was reached
    within 48 hours after it (Body of Principles 15: 'a matter of days'): the answer then, or
    the question when a later contact's date or outcome leaves it open; None when the record
    shows no later contact."""
    if refused.date is None:
        return None
    # The later contacts (those starting once the refusal ended: ``When.before``), from an
    # index of the dated contacts by start, not a scan of all of them for each refusal. Only
    # those starting within 48 hours of the refusal's end can be within two days of it, or
    # leave that open; beyond them only an unrecorded outcome matters.
    starts, by_start, undecided_from = _contacts_by_start(ctx, contacts)
    lo = bisect_left(starts, refused.date.latest)
    near = bisect_right(starts, refused.date.latest + timedelta(hours=48), lo)
    window = [c for _, c in sorted(by_start[lo:near], key=lambda nc: nc[0])]  # record order
    soon = [c for c in window if c.granted is True
            and Span.between(refused.date, c.date)  # type: ignore[arg-type]
            .exceeds(timedelta(hours=48)) is Tri.NO]
    if soon:
        return compliant(f"{ctx.name} was refused contact {ctx.when(refused)}, but had contact "
                         f"with the outside world {ctx.when(soon[0])}, within two days.",
                         ctx.fact(refused, "granted"), ctx.fact(soon[0], "granted"))
    if undecided_from[lo] or any(
            c.granted is True and Span.between(refused.date, c.date)  # type: ignore[arg-type]
            .exceeds(timedelta(hours=48)) is Tri.UNKNOWN for c in window):
        return unknown(f"How long was {ctx.name} without contact with the outside world after "
                       f"the refusal {ctx.when(refused)}?",
                       reason=f"{ctx.name} was refused contact {ctx.when(refused)}.",
                       facts=(ctx.fact(refused, "granted"),))
    return None


def _contacts_by_start(ctx: Context, contacts: list[OutsideContact],
                       ) -> tuple[list[datetime], list[tuple[int, OutsideContact]], list[bool]]:
    """The person's dated ``contacts`` sorted by when they began (with their place in the
    record), those times, and for each place in that order whether a contact from there on
    has no recorded outcome. Built once per person."""
    def build() -> tuple[list[datetime], list[tuple[int, OutsideContact]], list[bool]]:
        by_start = sorted(((n, c) for n, c in enumerate(contacts) if c.date is not None),
                          key=lambda nc: (nc[1].date.earliest, nc[0]))  # type: ignore[union-attr]
        undecided_from = [False] * (len(by_start) + 1)
        for k in range(len(by_start) - 1, -1, -1):
            undecided_from[k] = undecided_from[k + 1] or by_start[k][1].granted is None
        starts = [c.date.earliest for _, c in by_start]  # type: ignore[union-attr]
        return starts, by_start, undecided_from

    return ctx.once(("contacts_by_start", ctx.person.id if ctx.person else None), build)


INCOMMUNICADO = Criterion(
    id="custody.incommunicado",
    area=Area.CUSTODY,
    title="Not held incommunicado; family told",
    question="Was the family told promptly of the arrest and the place of custody, and was the "
             "person able to contact the outside world?",
    citations=(
        iccpr("9(3)"), iccpr("7"),
        general_comment(35, "35", confirmed=False),
        general_comment(35, "58", confirmed=True),
        general_comment(20, "11", confirmed=True),
        body_of_principles("15", confirmed=False), body_of_principles("16", confirmed=False),
        body_of_principles("19", confirmed=False),
    ),
    severity=Severity.SERIOUS,
    reads=("outside_contact.granted", "arrest.family_notified"),
    decide=_incommunicado,
)


def _individualised(ctx: Context) -> Decision:
    orders = [o for o in ctx.events(DetentionOrder) if o.measure in (Measure.CUSTODY, None)]

    def one(o: DetentionOrder) -> Decision:
        what = ctx.label(o)
        by, reasons = ctx.fact(o, "ordered_by"), ctx.fact(o, "individual_reasons")
        milder = ctx.fact(o, "alternatives_considered")
        if by.value not in (None, Authority.JUDGE):
            return breach(f"{what[0].upper()}{what[1:]} was made by {by.value.doc}, not a "
                          "court.", by)
        if reasons.value is False:
            return breach(f"{what[0].upper()}{what[1:]} gave no reasons specific to "
                          f"{ctx.name}.", reasons)
        if milder.value is False:
            return breach(f"Milder measures were not considered in {what}.", milder)
        if reasons.value is True and by.value is Authority.JUDGE:
            return compliant(f"A judge gave reasons specific to {ctx.name} in {what}.",
                             by, reasons)
        return unknown(f"Did {what} give reasons specific to {ctx.name} (risk of flight, of "
                       "interference, of reoffending) and consider milder measures?")

    if not orders:
        if not ctx.events(Arrest):
            return _NO_ARREST
        return unknown(f"Was {ctx.name} remanded in custody after the arrest? If so, by whom "
                       "and for what reasons?")
    def checked(o: DetentionOrder) -> Decision:
        # What was ordered may be a milder measure than custody.
        return unless_recorded(one(o), o.measure is not None,
                               f"Did {ctx.label(o)} order detention in custody?")

    decision = worst((checked(o) for o in orders), empty=_NO_ARREST)
    length = pretrial_length(ctx)
    return attrs.evolve(decision, reasons=(*decision.reasons, length)) if length else decision


def pretrial_length(ctx: Context) -> str | None:
    """How long the person was held before a release or a first-instance verdict, as the range
    the recorded dates allow ("between 40 and 41 days"), or None if the record cannot say."""
    arrest = ctx.first(ctx.events(Arrest))
    if arrest is None or arrest.date is None:
        return None
    # A verdict in absentia before the arrest does not end this detention.
    ends = [e for e in ctx.not_before((*ctx.events(Release), *ctx.events(Verdict)), arrest)
            if e.date is not None]
    if not ends:
        return None
    end = min(ends, key=lambda e: e.date.sort_key())  # type: ignore[union-attr]
    span = Span.between(arrest.date, end.date)  # type: ignore[arg-type]
    what = "release" if isinstance(end, Release) else "verdict"
    return (f"Detention before the {what} {ctx.when(end)} lasted {span.describe()} from the "
            f"arrest {ctx.when(arrest)}.")


INDIVIDUALISED_DETENTION = Criterion(
    id="custody.individualised-detention",
    area=Area.CUSTODY,
    title="Pre-trial detention ordered by a court on individual grounds",
    question="Was custody ordered by a court with reasons specific to the person, milder "
             "measures considered?",
    citations=(iccpr("9(3)"), general_comment(35, "38", confirmed=False)),
    severity=Severity.SERIOUS,
    reads=("detention_order.ordered_by", "detention_order.individual_reasons",
           "detention_order.alternatives_considered"),
    decide=_individualised,
)


def _habeas(ctx: Context) -> Decision:
    custody = [o for o in ctx.events(DetentionOrder) if o.measure in (Measure.CUSTODY, None)]
    decisions = []
    for a in ctx.events(Appeal):
        if a.against is not AppealAgainst.DETENTION:
            continue
        outcome = ctx.fact(a, "outcome")
        if outcome.value is AppealOutcome.NOT_ADMITTED and a.own_default is True:
            decisions.append(compliant(f"The challenge to detention {ctx.when(a)} was not "
                                       "admitted for the appellant's own failure to meet a "
                                       "formal requirement.", outcome,
                                       ctx.fact(a, "own_default")))
        elif outcome.value is AppealOutcome.NOT_ADMITTED:
            decisions.append(breach(f"The challenge to detention {ctx.when(a)} was refused "
                                    "without examination.", outcome))
        elif outcome.value not in (None, AppealOutcome.PENDING):
            decisions.append(compliant(f"A court examined {ctx.name}'s challenge to detention "
                                       f"{ctx.when(a)}.", outcome))
        else:
            decisions.append(unknown(f"How, and how quickly, did the court decide the challenge "
                                     f"to detention {ctx.when(a)}?"))
    for r in ctx.events(DefenceRequest):
        if r.request is RequestKind.RELEASE and r.granted is False:
            reasoned = ctx.fact(r, "refusal_reasoned")
            if reasoned.value is False:
                decisions.append(breach(f"The request for release {ctx.when(r)} was refused "
                                        "without reasons.", reasoned))
            elif reasoned.value is None:
                decisions.append(unknown(f"Did the court give reasons for refusing release "
                                         f"{ctx.when(r)}?"))
    if decisions:
        return worst(decisions, empty=_NO_ARREST)
    if not custody:
        return not_applicable(f"No detention of {ctx.name} in custody by order is recorded.")
    return unknown(f"Did {ctx.name} challenge the lawfulness of detention before a court, and "
                   "did the court decide without delay?")


HABEAS = Criterion(
    id="custody.habeas-review",
    area=Area.CUSTODY,
    title="Able to challenge detention before a court",
    question="Could the detainee challenge the lawfulness of detention before a court that "
             "decided without delay?",
    citations=(iccpr("9(4)"), general_comment(35, "39-48", confirmed=False),
               body_of_principles("32", confirmed=False)),
    severity=Severity.SERIOUS,
    reads=("appeal.against", "appeal.outcome", "defence_request.refusal_reasoned"),
    decide=_habeas,
)

def _ill_treatment(ctx: Context) -> Decision:
    def one(t: IllTreatment) -> Decision:
        words = _links.treatment_words(t)
        what = f"the ill-treatment {ctx.when(t)} ({words})"
        found = ctx.fact(t, "characterised_as")
        if found.value is not None:
            label = "torture" if found.value is Treatment.TORTURE else \
                "inhuman or degrading treatment"
            return breach(f"{what[0].upper()}{what[1:]} was characterised as {label}.",
                          found, ctx.fact(t))
        if _links.reaches_art7(t):
            return breach(f"{ctx.name} was subjected to {words} {ctx.when(t)}.", ctx.fact(t))
        return unknown("Did the pressure include violence, threats of violence or other "
                       "treatment severe enough to be cruel, inhuman or degrading?",
                       reason=f"{ctx.name} reports {what}.", facts=(ctx.fact(t),))

    events = ctx.events(IllTreatment)
    if events:
        return worst((one(t) for t in events), empty=_NO_ARREST)
    if not ctx.events(Arrest):
        return _NO_ARREST
    exams = [m for m in ctx.events(MedicalExamination)
             if m.independent is True and m.injuries_found is False]
    if exams:
        return compliant(f"An independent doctor examined {ctx.name} and found no injuries.",
                         *(ctx.fact(m) for m in exams))
    return unknown(f"Did {ctx.name} report or show signs of ill-treatment in custody?")


ILL_TREATMENT = Criterion(
    id="custody.ill-treatment",
    area=Area.CUSTODY,
    title="Free from torture and ill-treatment",
    question="Was the person free from torture and cruel, inhuman or degrading treatment?",
    citations=(iccpr("7"), iccpr("10(1)"), cat("1"), cat("16"),
               hrc_views("Askarov v Kyrgyzstan, comm. no. 2231/2012, 31 March 2016")),
    severity=Severity.GRAVE,
    reads=("ill_treatment.treatment", "ill_treatment.characterised_as",
           "medical_examination.injuries_found"),
    decide=_ill_treatment,
)


def _medical(ctx: Context) -> Decision:
    if not ctx.events(Arrest):
        return _NO_ARREST
    return by_detail(
        ctx, ctx.events(MedicalExamination), "independent", bad=False,
        said_bad="{what} was not by a doctor independent of the detaining authority.",
        said_good="An independent doctor carried out {what}.",
        ask="Was the doctor who carried out {what} independent?",
        empty=unknown(f"Was {ctx.name} examined promptly by an independent doctor after the "
                      "arrest?"))


MEDICAL = Criterion(
    id="custody.medical-examination",
    area=Area.CUSTODY,
    title="Prompt independent medical examination",
    question="Was the detainee examined promptly by an independent doctor?",
    citations=(general_comment(35, "58", confirmed=True),
               body_of_principles("24", confirmed=False)),
    severity=Severity.MINOR,
    reads=("medical_examination.independent",),
    decide=_medical,
)

CRITERIA = (REASONS_AT_ARREST, LAWFUL_BASIS, PROMPT_JUDGE, INCOMMUNICADO,
            INDIVIDUALISED_DETENTION, HABEAS, ILL_TREATMENT, MEDICAL)
