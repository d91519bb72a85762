"""C. Access to counsel: from the first interrogation, of one's choice, in confidence, with time
to prepare; and the two-stage test when access was restricted (ICCPR art 14(3)(b), (d))."""

from __future__ import annotations

from datetime import timedelta

import attrs

from fairtrial._model import (
    Arrest,
    CounselAccess,
    DefenceRequest,
    Event,
    Interrogation,
    OutsideContact,
    Retraction,
)
from fairtrial._vocab import ContactWith, Party, RequestKind
from fairtrial._when import Span, Tri
from fairtrial.checklist import _links
from fairtrial.checklist._core import (
    Area,
    Confidence,
    Context,
    Criterion,
    Decision,
    Outcome,
    Severity,
    basic_principles,
    body_of_principles,
    breach,
    by_detail,
    compliant,
    ecthr,
    general_comment,
    hrc_views,
    iccpr,
    legal_aid,
    not_applicable,
    unknown,
    worst,
)


def _informed(ctx: Context) -> Decision:
    decisions = []
    for i in ctx.events(Interrogation):
        told = ctx.fact(i, "informed_of_right_to_counsel")
        what = f"the questioning {ctx.when(i)} ({i.id})"
        if told.value is False:
            decisions.append(breach(f"{ctx.name} was not told of the right to a lawyer before "
                                    f"{what}.", told))
        elif told.value is True:
            decisions.append(compliant(f"{ctx.name} was told of the right to a lawyer before "
                                       f"{what}.", told))
        else:
            decisions.append(unknown(f"Was {ctx.name} told of the right to a lawyer, and to "
                                     f"free legal aid, before {what}?"))
    none = not_applicable(f"No arrest or questioning of {ctx.name} is recorded.")
    decisions.append(by_detail(
        ctx, ctx.events(Arrest), "informed_of_rights", bad=False,
        said_bad="{name} was not told of their rights on {what}.",
        said_good="{name} was told of their rights on {what}.",
        ask="Was {name} told of their rights, including to a lawyer, on {what}?", empty=none))
    return worst(decisions, empty=none)


INFORMED_OF_RIGHT = Criterion(
    id="counsel.informed-of-right",
    area=Area.COUNSEL,
    title="Told of the right to a lawyer",
    question="Was the person told of the right to a lawyer, and to free legal aid, before any "
             "questioning?",
    citations=(iccpr("14(3)(d)"), basic_principles("5", confirmed=False),
               legal_aid("principle 8"), body_of_principles("17", confirmed=False)),
    severity=Severity.SERIOUS,
    reads=("interrogation.informed_of_right_to_counsel", "arrest.informed_of_rights"),
    decide=_informed,
)


def _first_interrogation(ctx: Context) -> Decision:
    def one(i: Interrogation) -> Decision:
        present = ctx.fact(i, "counsel_present")
        what = f"the questioning {ctx.when(i)} ({i.id})"
        if present.value is True:
            return compliant(f"A lawyer was present at {what}.", present)
        if i.waiver is True and i.waiver_informed is True:
            return compliant(f"{ctx.name} waived counsel for {what}, unequivocally and "
                             "knowingly.", ctx.fact(i, "waiver"), ctx.fact(i, "waiver_informed"))
        if present.value is False:
            return breach(f"{ctx.name} was questioned without a lawyer at {what}.", present)
        return unknown(f"Was a lawyer present when {ctx.name} was questioned {ctx.when(i)}?")

    decisions = [one(i) for i in ctx.events(Interrogation)]
    for c in ctx.events(CounselAccess):
        granted = ctx.fact(c, "granted")
        if granted.value is False:
            decisions.append(breach(f"A lawyer was refused access to {ctx.name} "
                                    f"{ctx.when(c)}.", granted))
    return worst(decisions, empty=not_applicable(f"No questioning of {ctx.name} is recorded."))


FIRST_INTERROGATION = Criterion(
    id="counsel.first-interrogation",
    area=Area.COUNSEL,
    title="A lawyer from the first interrogation",
    question="Did the person have a lawyer from the first police interrogation on, unless "
             "validly waived?",
    citations=(
        iccpr("14(3)(b)"), iccpr("14(3)(d)"),
        basic_principles("1", confirmed=True), basic_principles("7", confirmed=True),
        general_comment(32, "34", confirmed=False),
        ecthr("Salduz v Turkey [GC], no. 36391/02, 27 Nov 2008", "§55"),
    ),
    severity=Severity.SERIOUS,
    reads=("interrogation.counsel_present", "interrogation.waiver", "counsel_access.granted"),
    decide=_first_interrogation,
)


def _within_48h(ctx: Context) -> Decision:
    arrest = ctx.first(ctx.events(Arrest))
    if arrest is None:
        return not_applicable(f"No arrest of {ctx.name} is recorded.")
    contacts: list[Event] = [c for c in ctx.events(CounselAccess) if c.granted is True]
    contacts += [i for i in ctx.events(Interrogation) if i.counsel_present is True]
    contacts += [o for o in ctx.events(OutsideContact)
                 if o.contact_with is ContactWith.LAWYER and o.granted is True]
    first = ctx.first(ctx.not_before(contacts, arrest))
    if first is None or first.date is None or arrest.date is None:
        return unknown(f"When did {ctx.name} first see a lawyer after the arrest "
                       f"{ctx.when(arrest)}?")
    span = Span.between(arrest.date, first.date)
    late = span.exceeds(timedelta(hours=48))
    facts = (ctx.fact(arrest), ctx.fact(first))
    text = f"{ctx.name} first had a lawyer {span.describe()} after the arrest {ctx.when(arrest)}"
    if late is Tri.YES:
        return breach(f"{text}: later than 48 hours.", *facts)
    if late is Tri.NO:
        return compliant(f"{text}.", *facts)
    return unknown("At what times were the arrest and the first meeting with a lawyer?",
                   reason=f"{text}; the dates cannot tell whether 48 hours passed.", facts=facts)


WITHIN_48H = Criterion(
    id="counsel.within-48-hours",
    area=Area.COUNSEL,
    title="A lawyer within 48 hours of arrest",
    question="Did the detained person have access to a lawyer promptly, and in any case within "
             "48 hours of arrest?",
    citations=(basic_principles("7", confirmed=True), iccpr("14(3)(b)"),
               legal_aid("guideline 4 (para 44)")),
    severity=Severity.SERIOUS,
    reads=("arrest.date", "counsel_access.date", "interrogation.counsel_present"),
    decide=_within_48h,
)


def _restriction_reasons(ctx: Context) -> Decision:
    access = ctx.finding("counsel.first-interrogation")
    if access.outcome is Outcome.INSUFFICIENT:
        return unknown(*access.questions,
                       reason="Whether access to a lawyer was restricted is not known.")
    if not access.is_breach:
        return not_applicable("Access to a lawyer was not restricted on the record.")
    refusals = [c for c in ctx.events(CounselAccess) if c.granted is False]
    basis = [ctx.fact(c, "restriction_legal_basis") for c in refusals]
    if any(b.value is False for b in basis):
        return breach("The restriction of access to a lawyer had no basis in law.",
                      *(b for b in basis if b.value is False))
    justified = [c for c in refusals
                 if c.restriction_legal_basis is True and c.restriction_individual is True]
    if refusals and len(justified) == len(refusals):
        return compliant("Each restriction had a basis in law and rested on a temporary, "
                         "individual assessment of an urgent need: "
                         + "; ".join(f"{c.restriction_reason or 'reason not quoted'} ({c.id})"
                                     for c in justified) + ".",
                         *(ctx.fact(c, "restriction_individual") for c in justified),
                         against=("Whether the reasons were compelling remains a judgment for "
                                  "the reviewer; overall fairness is examined next.",))
    given = [c for c in refusals if c.restriction_reason]
    if given:
        reasons = "; ".join(f"{c.restriction_reason!r} ({c.id})" for c in given)
        return unknown("Were these reasons compelling: exceptional, temporary, based on an "
                       "individual assessment and on law?",
                       reason=f"The authorities gave these reasons: {reasons}.",
                       facts=tuple(ctx.fact(c, "restriction_reason") for c in given))
    return Decision(
        Outcome.LIKELY_VIOLATION,
        ("No reason for restricting access to a lawyer is recorded. The State bears the burden "
         "of showing compelling reasons (Ibrahim, stage 1); none is shown on the record.",),
        questions=("Did the authorities give any reason for questioning without a lawyer?",),
        confidence=Confidence.LOW,
    )


RESTRICTION_REASONS = Criterion(
    id="counsel.restriction-reasons",
    area=Area.COUNSEL,
    title="Compelling reasons for restricting counsel (two-stage test, stage 1)",
    question="If access to a lawyer was delayed or denied, was there a compelling, temporary, "
             "individually assessed reason with a basis in law?",
    citations=(
        ecthr("Ibrahim and Others v UK [GC], nos. 50541/08 and others, 13 Sept 2016",
              "§§257-265"),
        ecthr("Beuze v Belgium [GC], no. 71409/10, 9 Nov 2018"),
        body_of_principles("18", confirmed=True),
    ),
    severity=Severity.SERIOUS,
    reads=("finding:counsel.first-interrogation", "counsel_access.restriction_reason",
           "counsel_access.restriction_legal_basis", "counsel_access.restriction_individual"),
    decide=_restriction_reasons,
    depends_on=("counsel.first-interrogation",),
)


def _overall_fairness(ctx: Context) -> Decision:
    access = ctx.finding("counsel.first-interrogation")
    if not access.is_breach and access.outcome is not Outcome.INSUFFICIENT:
        return not_applicable("Access to a lawyer was not shown to be restricted.")
    # Whatever the access to a lawyer, a statement excluded from the evidence cannot have
    # weighed against the person: if every statement made out of court was excluded, stage 2
    # is met on that established ruling.
    outside = _links.pretrial_statements(ctx)
    uses = {s.id: _links.reliance(ctx, s) for s in outside}
    if outside and all(how == "excluded" for how, _ in uses.values()):
        return compliant(f"Every statement {ctx.name} made out of court was excluded from the "
                         "evidence, so none made without a lawyer was used.",
                         *(f for _, facts in uses.values() for f in facts))
    if access.outcome is Outcome.INSUFFICIENT:
        # Unknown is not "unrestricted": the second stage stays open with the first.
        return unknown(f"Was {ctx.name} questioned without a lawyer? If so, were the statements "
                       "made then used at trial?",
                       reason="Whether access to a lawyer was restricted is not established.")
    statements = [(s, f) for s in outside
                  if (f := _links.counsel_at(ctx, s)) is not None and f.value is False]
    factors = []
    person = ctx.person
    if person and (person.minor or person.vulnerable):
        factors.append(f"{ctx.name} was a minor or otherwise vulnerable, which weighs heavily.")
    stage1 = ctx.finding("counsel.restriction-reasons")
    if stage1.outcome is not Outcome.NO_VIOLATION:
        factors.append("No compelling reason for the restriction is shown, so fairness is "
                       "scrutinised very strictly and the State must show it was not "
                       "irretrievably prejudiced.")
    for r in ctx.events(Retraction):
        factors.append(f"The statements were retracted {ctx.when(r)} ({r.id}).")
    if not statements:
        return unknown("Did the person make statements without a lawyer, and were they used at "
                       "trial?", reason=" ".join(factors) or None)
    decisions = []
    for s, counsel in statements:
        how, facts = uses[s.id]
        what = f"the statement {ctx.when(s)} ({s.id}), made without a lawyer"
        if how == "relied":
            decisions.append(breach(
                f"The conviction relied on {what}; the defence is then irretrievably prejudiced.",
                counsel, *facts))
        elif how == "excluded":
            decisions.append(compliant(f"{what[0].upper()}{what[1:]} was excluded from the "
                                       "evidence.", counsel, *facts))
        else:
            decisions.append(unknown(f"Did the court rely on {what}?",
                                     reason=f"{what[0].upper()}{what[1:]}, is not recorded as "
                                            "relied on or excluded.", facts=(counsel, *facts)))
    decision = worst(decisions, empty=not_applicable("No statement without a lawyer."))
    if factors and decision.outcome is not Outcome.NO_VIOLATION:
        # Said once for the finding, not once per statement: they concern the whole trial.
        decision = attrs.evolve(decision, reasons=(*decision.reasons, " ".join(factors)))
    return decision


OVERALL_FAIRNESS = Criterion(
    id="counsel.overall-fairness",
    area=Area.COUNSEL,
    title="Restricted counsel and the fairness of the trial as a whole (stage 2)",
    question="Where access to a lawyer was restricted, were statements made without a lawyer "
             "used for the conviction, making the trial unfair as a whole?",
    citations=(
        ecthr("Ibrahim and Others v UK [GC], nos. 50541/08 and others, 13 Sept 2016", "§274",
              confirmed=True),
        ecthr("Beuze v Belgium [GC], no. 71409/10, 9 Nov 2018", "§150"),
        ecthr("Salduz v Turkey [GC], no. 36391/02, 27 Nov 2008", "§55"),
        iccpr("14(3)(d)"),
    ),
    severity=Severity.GRAVE,
    reads=("finding:counsel.first-interrogation", "finding:counsel.restriction-reasons",
           "confession.counsel_present", "verdict.relied_on", "evidence.ruling",
           "person.minor", "retraction"),
    decide=_overall_fairness,
    depends_on=("counsel.first-interrogation", "counsel.restriction-reasons"),
    affects_outcome=True,
)


def _of_choice(ctx: Context) -> Decision:
    decisions = []
    for c in ctx.events(CounselAccess):
        granted, chooser = ctx.fact(c, "granted"), ctx.fact(c, "chosen_by")
        told = ctx.fact(c, "informed_of_counsel")
        chosen = chooser.value in (Party.DEFENDANT, Party.FAMILY)
        if chosen and granted.value is False:
            decisions.append(breach(f"A lawyer chosen by {ctx.name} or the family was turned "
                                    f"away {ctx.when(c)} ({c.id}).", granted, chooser))
        if told.value is False:
            decisions.append(breach(f"{ctx.name} was not told that a chosen lawyer had come "
                                    f"{ctx.when(c)}.", told))
        if chosen and granted.value is True:
            decisions.append(compliant(f"{ctx.name} was assisted by a lawyer of their or their "
                                       f"family's choice {ctx.when(c)}.", granted, chooser))
        if chooser.value is None or granted.value is None:
            decisions.append(unknown(f"Who chose the lawyer {ctx.when(c)} ({c.id}), and was "
                                     "that lawyer let in?"))
        if chooser.value is Party.AUTHORITIES and granted.value is True:
            decisions.append(unknown(f"Did {ctx.name} ask for a lawyer of their own choosing "
                                     "instead of the one the authorities called?",
                                     reason=f"The lawyer {ctx.when(c)} was chosen by the "
                                            "authorities.", facts=(chooser,)))
    return worst(decisions, empty=unknown(f"Was {ctx.name} represented by a lawyer of their "
                                          "choosing, and was any chosen lawyer turned away?"))


OF_CHOICE = Criterion(
    id="counsel.of-choice",
    area=Area.COUNSEL,
    title="A lawyer of one's choice",
    question="Was the lawyer chosen by the accused or the family allowed in, and was the "
             "accused told that counsel had been retained?",
    citations=(iccpr("14(3)(b)"), iccpr("14(3)(d)"), basic_principles("1", confirmed=True),
               ecthr("Dvorski v Croatia [GC], no. 25703/11, 20 Oct 2015", "§81",
                     confirmed=True)),
    severity=Severity.SERIOUS,
    reads=("counsel_access.chosen_by", "counsel_access.granted",
           "counsel_access.informed_of_counsel"),
    decide=_of_choice,
)


def _waiver(ctx: Context) -> Decision:
    decisions = []
    for i in ctx.events(Interrogation):
        what = f"the questioning {ctx.when(i)} ({i.id})"
        requested, present = ctx.fact(i, "counsel_requested"), ctx.fact(i, "counsel_present")
        if requested.value is True and present.value is False:
            decisions.append(breach(f"{ctx.name} asked for a lawyer, yet {what} went on "
                                    "without one.", requested, present))
        if i.waiver is True:
            informed = ctx.fact(i, "waiver_informed")
            if informed.value is False:
                decisions.append(breach(f"{ctx.name}'s waiver of counsel for {what} was not "
                                        "unequivocal and informed.", ctx.fact(i, "waiver"),
                                        informed))
            elif informed.value is True:
                decisions.append(compliant(f"{ctx.name} waived counsel for {what} "
                                           "unequivocally and knowingly.", informed))
            else:
                decisions.append(unknown(f"Was {ctx.name}'s waiver for {what} in writing, "
                                         "unequivocal and made knowing its consequences?"))
    return worst(decisions, empty=not_applicable(
        f"No waiver of counsel, and no request for counsel that was ignored, is recorded for "
        f"{ctx.name}."))


WAIVER = Criterion(
    id="counsel.waiver",
    area=Area.COUNSEL,
    title="Waiver of counsel valid; questioning stopped on request",
    question="Was any waiver of counsel unequivocal, informed and voluntary, and did "
             "questioning stop once a lawyer was requested?",
    citations=(ecthr("Pishchalnikov v Russia, no. 7025/04, 24 Sept 2009", "§§77-79"),
               legal_aid("principle 8")),
    severity=Severity.SERIOUS,
    reads=("interrogation.waiver", "interrogation.waiver_informed",
           "interrogation.counsel_requested"),
    decide=_waiver,
)


def _confidential(ctx: Context) -> Decision:
    meetings = [c for c in ctx.events(CounselAccess) if c.granted is not False]
    return by_detail(
        ctx, meetings, "confidential", bad=False,
        said_bad="{name} could not consult the lawyer in private at {what}.",
        said_good="{name} consulted the lawyer in private at {what}.",
        ask="Could {name} talk to the lawyer at {what} out of officials' hearing?",
        empty=not_applicable(f"No meeting of {ctx.name} with a lawyer is recorded."))


CONFIDENTIAL = Criterion(
    id="counsel.confidential",
    area=Area.COUNSEL,
    title="Confidential consultation with counsel",
    question="Could the accused consult counsel in private, within sight but not within hearing "
             "of officials?",
    citations=(basic_principles("8", confirmed=True), basic_principles("22", confirmed=True),
               body_of_principles("18", confirmed=True),
               general_comment(32, "34", confirmed=False),
               hrc_views("Askarov v Kyrgyzstan, comm. no. 2231/2012, 31 March 2016")),
    severity=Severity.SERIOUS,
    reads=("counsel_access.confidential",),
    decide=_confidential,
)


def _time_to_prepare(ctx: Context) -> Decision:
    def one(r: DefenceRequest) -> Decision:
        granted, reasoned = ctx.fact(r, "granted"), ctx.fact(r, "refusal_reasoned")
        if granted.value is True:
            return compliant(f"The defence's request for more time {ctx.when(r)} was granted.",
                             granted)
        if granted.value is False and reasoned.value is not True:
            return breach(f"The defence's request for more time to prepare {ctx.when(r)} was "
                          "refused without relevant reasons.", granted)
        if granted.value is False:
            return compliant(f"The request for more time {ctx.when(r)} was refused with "
                             "reasons.", granted, reasoned)
        return unknown(f"What did the court decide on the request for time {ctx.when(r)}?")

    requests = [r for r in ctx.events(DefenceRequest) if r.request is RequestKind.ADJOURNMENT]
    return worst((one(r) for r in requests), empty=unknown(
        "Did the defence have enough time to prepare between the charge, access to the file "
        "and the trial, and did it ask for more?"))


TIME_TO_PREPARE = Criterion(
    id="counsel.time-to-prepare",
    area=Area.COUNSEL,
    title="Adequate time to prepare the defence",
    question="Did the defence have adequate time to prepare, and were reasonable requests for "
             "adjournment granted?",
    citations=(iccpr("14(3)(b)"), general_comment(32, "32", confirmed=False)),
    severity=Severity.SERIOUS,
    reads=("defence_request.request=adjournment", "defence_request.granted"),
    decide=_time_to_prepare,
)

CRITERIA = (INFORMED_OF_RIGHT, FIRST_INTERROGATION, WITHIN_48H, RESTRICTION_REASONS,
            OVERALL_FAIRNESS, OF_CHOICE, WAIVER, CONFIDENTIAL, TIME_TO_PREPARE)
