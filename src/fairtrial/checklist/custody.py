"""B. Arrest and custody: reasons, prompt judicial control, contact with the outside world,
detention as the exception, and freedom from ill-treatment (ICCPR arts 7, 9, 10)."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from datetime import datetime, timedelta

import attrs

from fairtrial._durations import duration
from fairtrial._i18n import T_, _, join, p_
from fairtrial.checklist import _bail, _links
from fairtrial.checklist._core import (
    REFUTED,
    Area,
    Context,
    Criterion,
    Decision,
    Fact,
    Factor,
    Finding,
    Missing,
    Outcome,
    Severity,
    Toward,
    body_of_principles,
    breach,
    by_detail,
    cat,
    compliant,
    covenant_only,
    echr,
    ecthr,
    general_comment,
    hrc_views,
    iccpr,
    not_applicable,
    numbered,
    read_yes_no,
    unknown,
    unless_recorded,
    weigh,
    worst,
)
from fairtrial.record._model import (
    Appeal,
    Arrest,
    DefenceRequest,
    Delay,
    DetentionOrder,
    Event,
    FirstAppearance,
    Hearing,
    IllTreatment,
    MedicalExamination,
    OutsideContact,
    Release,
    Verdict,
)
from fairtrial.record._vocab import (
    AppealAgainst,
    AppealOutcome,
    Authority,
    ConductKind,
    ContactWith,
    DelayCause,
    DetentionGround,
    DomesticDefect,
    HearingStage,
    IllTreatmentContext,
    Measure,
    RequestKind,
    ReviewKind,
    Stage,
    Standing,
    Transfer,
    Treatment,
)
from fairtrial.record._when import Span, Tri, When


def _no_arrest() -> Decision:
    return not_applicable(_("No arrest or detention of this person is recorded."))


def _cap(text: str) -> str:
    """A sentence that opens with an event's name ('the detention order on ...') starts with
    a capital."""
    return text[:1].upper() + text[1:]


def _reasons(ctx: Context) -> Decision:
    decision = by_detail(
        ctx, ctx.events(Arrest), "reasons_given", bad=False,
        said_bad=T_("{name} was not told the reasons for {what}."),
        said_good=T_("{name} was told the reasons for {what}."),
        ask=T_("Was {name} told, at the time of {what}, why they were arrested, in a language "
               "they understand?"), empty=_no_arrest())
    later = [f for a in ctx.events(Arrest) if a.reasons_given is False
             and (f := ctx.fact(a, "reasons_within_hours")).value is True]
    if decision.outcome in (Outcome.VIOLATION, Outcome.LIKELY_VIOLATION) and later:
        # The Covenant and the Convention part here: ICCPR art 9(2) asks for the reasons at
        # the time of arrest, ECHR art 5(2) "promptly", which reasons learnt in questioning
        # within hours meet (Fox, Campbell and Hartley v UK). The finding says which it rests on.
        return attrs.evolve(decision, reasons=(*decision.reasons, _(
            "{name} learnt the reasons within a few hours: that meets ECHR art 5(2) (Fox, "
            "Campbell and Hartley v UK), so this breaches the Covenant only.", name=ctx.name)),
            facts=(*decision.facts, *later), rests_on="ICCPR")
    return decision


REASONS_AT_ARREST = Criterion(
    id="custody.reasons-at-arrest",
    area=Area.CUSTODY,
    title="Told the reasons for arrest",
    question="Was the person told the reasons for the arrest at the time of arrest, in a "
             "language they understand?",
    citations=(iccpr("9(2)"), general_comment(35, "24-30", confirmed=False),
               body_of_principles("10", confirmed=False), echr("5(2)"),
               ecthr("Fox, Campbell and Hartley v UK, nos. 12244/86 and others, "
                     "30 August 1990")),
    severity=Severity.SERIOUS,
    reads=("arrest.reasons_given", "arrest.reasons_within_hours"),
    decide=_reasons,
)


def _lawful_basis(ctx: Context) -> Decision:
    arrests = ctx.events(Arrest)
    if not arrests:
        return _no_arrest()
    expression = ctx.finding("expression.journalism-penalised")
    # Each of these decides on its own facts: a breach any of them establishes stands, and an
    # open question about one, or a claim of one found untrue, must not hide a breach another
    # establishes or the basis still to be weighed (found by the removal property).
    found = [d for d in (_abducted(ctx, arrests), _unrecorded(ctx, arrests),
                         _unordered(ctx)) if d]
    # Read as facts: a finding of unlawfulness that was itself found untrue counts for none,
    # and must not carry an established one down with it (found by the removal property).
    found += [d for a in arrests if (d := _domestic_law(ctx, a))]
    found += [d for a in arrests if (d := _suspicion_not_shown(ctx, a))]
    breaches = [d for d in found if d.outcome in (Outcome.VIOLATION, Outcome.LIKELY_VIOLATION)]
    if expression.is_breach:
        # The other grounds are named too: a lack of reasonable suspicion was what the Court
        # decided on where the charges also penalised journalism (Şahin Alpay v Turkey; Ilgar
        # Mammadov v Azerbaijan; audit17a).
        return worst([breach(
            _("{name} was detained on charges that, as the finding "
              "'expression.journalism-penalised' explains, penalise journalism or expression; "
              "detention as punishment for exercising a Covenant right is arbitrary.",
              name=ctx.name),
            *(ctx.fact(a) for a in arrests), proven=expression.outcome is Outcome.VIOLATION),
            *breaches], empty=_no_arrest())
    if breaches:
        return worst(found, empty=_no_arrest())
    rest = _basis(ctx, arrests, expression)
    claimed, refuted = _refuted_claims(ctx, arrests)
    if refuted is not None and rest.outcome is Outcome.INSUFFICIENT:
        # The claim that an arrest was unlawful was examined and not found proven (Wolf v
        # Panama): that arrest's warrant and suspicion, which the finding would otherwise ask
        # about, were part of what was examined, and no breach can rest on the claim. Another
        # arrest's basis is still asked, and so is a charge recorded as concerning expression
        # on which that finding is open.
        ids = {a.id for a in claimed}
        others = tuple(a for a in arrests if a.id not in ids)
        if others:
            rest = worst([_basis(ctx, others, expression), refuted], empty=refuted)
        elif _expression_open(ctx, expression):
            rest = unknown(_("Were the charges on which {name} was arrested ones that penalise "
                             "journalism or other expression?", name=ctx.name),
                           reason=" ".join(refuted.reasons), facts=refuted.facts)
        else:
            rest = attrs.evolve(refuted, reasons=(*refuted.reasons, _(
                "Nothing else recorded shows that the arrest of {name} lacked a legal basis or "
                "was arbitrary, so the warrant and the suspicion behind it, part of what was "
                "examined, are not asked about.", name=ctx.name)))
    elif refuted is not None:
        rest = worst([rest, refuted], empty=rest)
    weighed = [d for d in found if d.outcome in (Outcome.INSUFFICIENT, Outcome.NO_VIOLATION)]
    return worst([rest, *weighed], empty=rest) if weighed else rest


def _expression_open(ctx: Context, expression: Finding) -> bool:
    """Whether the expression finding is open on a charge recorded as concerning expression
    (not merely on charges whose conduct is not classified)."""
    return expression.outcome is Outcome.INSUFFICIENT and any(
        set(c.conduct) - {ConductKind.OTHER} for c in _links.charges_of(ctx))


def _refuted_claims(ctx: Context, arrests: tuple[Arrest, ...]
                    ) -> tuple[list[Arrest], Decision | None]:
    """A claim that an arrest broke domestic law, or rested on a suspicion not shown to be
    reasonable, which a court or body examined and did not find proven (or found untrue): no
    violation, which says so, rather than questions the decision never needed (Wolf v Panama:
    the Committee lacked sufficient information that the arrest was arbitrary and not based on
    grounds established by law)."""
    decisions: list[Decision] = []
    claimed: list[Arrest] = []
    for a in arrests:
        words = {"name": ctx.name, "when": ctx.when(a)}
        before = len(decisions)
        if a.domestic_law_followed is False and \
                a.provenance_of("domestic_law_followed").standing in REFUTED:
            decisions.append(breach(_("{name} was arrested {when} otherwise than on the grounds "
                                      "and by the procedure domestic law lays down.", **words),
                                    ctx.fact(a, "domestic_law_followed")))
        if a.reasonable_suspicion_shown is False and \
                a.provenance_of("reasonable_suspicion_shown").standing in REFUTED:
            decisions.append(breach(_("{name} was arrested {when} on a suspicion the authorities "
                                      "did not show to be reasonable.", **words),
                                    ctx.fact(a, "reasonable_suspicion_shown")))
        if len(decisions) > before:
            claimed.append(a)
    if not decisions:
        return claimed, None
    return claimed, attrs.evolve(worst(decisions, empty=decisions[0]), cites=_REFUTED_CITES)


_REFUTED_CITES = (hrc_views("Wolf v Panama, comm. no. 289/1988, 26 March 1992", "para 6.2"),)


def _domestic_law(ctx: Context, a: Arrest) -> Decision | None:
    """A court's or body's finding that the arrest broke domestic law. Deprivation of liberty
    is lawful only on grounds and by a procedure established by law (ICCPR art 9(1); ECHR art
    5(1)), but not every defect a higher court later finds in a detention order makes the
    detention unlawful: an order made within the court's power is valid until set aside, and
    only a gross and obvious irregularity (no power to make it, the person not heard) makes it
    invalid from the start (Mooren v Germany [GC] §75; Benham v UK). So the kind of defect
    decides, and an error in an order is weighed with how it was put right."""
    followed = ctx.fact(a, "domestic_law_followed")
    if followed.value is not False:
        return None
    kind = ctx.fact(a, "domestic_law_defect")
    words = {"name": ctx.name, "when": ctx.when(a)}
    if kind.value is DomesticDefect.ORDER_ERROR:
        return attrs.evolve(_order_error(ctx, a, followed, kind), cites=_ORDER_CITES)
    if kind.value is not None:
        return attrs.evolve(breach(ctx.t._(_DEFECTS[kind.value], **words), followed, kind),
                            cites=_ORDER_CITES)
    warrant = ctx.fact(a, "arrest_warrant")
    if warrant.value is False:
        # No warrant or order stood behind the arrest, so what domestic law forbade was the
        # arrest itself, not an error in an order valid until set aside.
        return breach(_("{name} was arrested {when} otherwise than on the grounds and by the "
                        "procedure domestic law lays down.", **words), followed, warrant)
    return unknown(
        _("What did the court find wrong under domestic law with the arrest of {name} {when}: "
          "an arrest or detention the law did not allow at all, an order made without the power "
          "to make it or without hearing {name}, or an error in an order made within the "
          "court's power, valid until set aside, such as its reasons?", **words),
        reason=_("A court or body found that the arrest of {name} {when} did not follow domestic "
                 "law; not every such defect makes the detention unlawful (Mooren v Germany "
                 "[GC]).", **words), facts=(followed,))


#: What makes the detention unlawful by itself, by the kind of defect found.
_DEFECTS = {
    DomesticDefect.NO_LEGAL_BASIS: T_(
        "{name} was arrested {when} otherwise than on the grounds and by the procedure domestic "
        "law lays down."),
    DomesticDefect.ORDERED_WITHOUT_POWER: T_(
        "{name} was held after the arrest {when} on an order made by an authority without the "
        "power to make it: a gross and obvious irregularity, which makes the detention "
        "unlawful."),
    DomesticDefect.ORDERED_UNHEARD: T_(
        "{name} was held after the arrest {when} on an order made without {name} being heard, "
        "or given notice of the hearing, as domestic law requires: a gross and obvious "
        "irregularity, which makes the detention unlawful."),
}


def _order_error(ctx: Context, a: Arrest, followed: Fact, kind: Fact) -> Decision:
    """An error in an order the court had the power to make: weighed with whether it was put
    right on review and how soon (Mooren v Germany [GC]: reasons that did not set out the facts
    and evidence, remitted rather than quashed, no violation)."""
    words = {"name": ctx.name, "when": ctx.when(a)}
    factors = [Factor(_("The defect was an error in an order made within the court's power, "
                        "which domestic law treats as valid until set aside, not a gross and "
                        "obvious irregularity.", **words), Toward.FAIRNESS, 2, (kind,))]
    missing: list[Missing] = []
    remedied = ctx.fact(a, "defect_remedied")
    read_yes_no(remedied, factors, missing,
                yes=(_("The defect was put right on review: the order was replaced, corrected, or "
                       "quashed.", **words), Toward.FAIRNESS, 1),
                no=(_("The defect was never put right: {name} stayed in detention on the "
                      "defective order.", **words), Toward.BREACH, 5),
                ask=(_("Was the defect in the order on which {name} was held put right on review "
                       "(the order replaced, corrected, or quashed)?", **words), 5),
                also=(followed,))
    if remedied.value is not False:
        read_yes_no(ctx.fact(a, "defect_remedied_promptly"), factors, missing,
                    yes=(_("It was put right promptly once a court found it.", **words),
                         Toward.FAIRNESS, 1),
                    no=(_("It was not put right promptly once a court found it: {name} stayed "
                          "in detention on the defective order meanwhile.", **words),
                        Toward.BREACH, 4),
                    ask=(_("Once a court found the defect in the order on which {name} was held, "
                           "was it put right promptly?", **words), 4),
                    also=(followed,))
    return weigh(
        _("A court or body found that the order on which {name} was held after the arrest "
          "{when} did not comply with domestic law. An error in an order made within the court's "
          "power does not by itself make the detention unlawful: the order is valid until set "
          "aside, unless the defect is a gross and obvious irregularity (Mooren v Germany [GC]; "
          "Benham v UK). What counts is whether it was put right, and how soon.", **words),
        factors, missing,
        breach_text=_("the detention rested on an order found defective that was not put right "
                      "in time, and was not lawful."),
        fair_text=_("the order remained a lawful basis for the detention until it was put "
                    "right."),
        side=p_("weighing side", "the detention"))


_ORDER_CITES = (
    ecthr("Mooren v Germany [GC], no. 11364/03, 9 July 2009", "§75", confirmed=True),
    ecthr("Benham v UK, no. 19380/92, 10 June 1996"),
)


def _basis(ctx: Context, arrests: tuple[Arrest, ...], expression: Finding) -> Decision:
    """The arrest's basis where nothing above established a breach: a warrant, the grounds
    stated and the suspicion shown."""
    warrant = [ctx.fact(a, "arrest_warrant") for a in arrests]
    shown = [ctx.fact(a, "reasonable_suspicion_shown") for a in arrests]
    if any(f.value is False for f in warrant) and all(a.stated_grounds is None for a in arrests) \
            and not any(f.value is True for f in shown):
        # An arrest without a warrant can be lawful (caught in the act, urgency): grounds that
        # are not recorded are not grounds that did not exist.
        facts = [f for f in warrant if f.value is False]
        return unknown(_("On what legal basis, and on what specific suspicion, was {name} "
                         "arrested without a warrant?", name=ctx.name),
                       reason=_("{name} was arrested without a warrant; the record gives no "
                                "grounds.", name=ctx.name), facts=facts)
    lawful_charge = expression.outcome in (Outcome.NO_VIOLATION, Outcome.NOT_APPLICABLE)
    if lawful_charge and all(f.value is True for f in warrant) and \
            not any(f.value is True for f in shown):
        # Every arrest, not just one: an arrest whose basis is unknown keeps the question open.
        # A warrant is not enough: the arrest needs a specific suspicion (Fox, Campbell and
        # Hartley v UK; GC35 para 12).
        grounds = [ctx.fact(a, "stated_grounds") for a in arrests]
        if any(g.value is None for g in grounds):
            return unknown(_("On what specific suspicion was {name} arrested?", name=ctx.name),
                           reason=_("{name} was arrested under a warrant, on charges that do "
                                    "not penalise expression.", name=ctx.name), facts=warrant)
        # The grounds are the case file's own words.
        stated = "; ".join(str(g.value) for g in grounds)
        return compliant(_("{name} was arrested under a warrant, on a stated suspicion "
                           "({grounds}), on charges that do not penalise expression.",
                           name=ctx.name, grounds=stated), *warrant, *grounds)
    return _suspicion(ctx, arrests, lawful_charge)


def _suspicion_not_shown(ctx: Context, a: Arrest) -> Decision | None:
    """An arrest on suspicion is lawful only on a reasonable one: facts or information that
    would satisfy an objective observer that the person may have committed the offence; an
    honest suspicion is not enough, and the State must furnish at least some facts capable of
    showing it (Fox, Campbell and Hartley v UK: previous convictions and the questions asked
    were not enough). Without it the arrest is arbitrary under ICCPR art 9(1) too, lacking the
    reasonableness arbitrariness is measured by (GC35 para 12)."""
    shown = ctx.fact(a, "reasonable_suspicion_shown")
    if shown.value is not False:
        return None
    words = {"name": ctx.name, "when": ctx.when(a), "grounds": a.stated_grounds or ""}
    return attrs.evolve(breach(
        _("{name} was arrested {when} on a suspicion the authorities did not show to be "
          "reasonable: beyond the grounds they stated ({grounds}), they gave no facts or "
          "information that would satisfy an objective observer that {name} may have "
          "committed the offence.", **words) if a.stated_grounds else
        _("{name} was arrested {when} on a suspicion the authorities did not show to be "
          "reasonable: they gave no facts or information that would satisfy an objective "
          "observer that {name} may have committed the offence.", **words),
        ctx.fact(a), shown), cites=_SUSPICION_CITES)


def _suspicion(ctx: Context, arrests: tuple[Arrest, ...], lawful_charge: bool) -> Decision:
    """Each arrest on what the record gives of its basis: a suspicion shown to be reasonable
    (O'Hara v UK: informers' information, examined by the domestic courts, was enough), or a
    warrant on stated grounds, is a basis; for the rest, only what is missing is asked."""
    basis: list[Fact] = []
    said: list[str] = []
    asked: list[str] = []
    for a in arrests:
        warrant, grounds = ctx.fact(a, "arrest_warrant"), ctx.fact(a, "stated_grounds")
        shown = ctx.fact(a, "reasonable_suspicion_shown")
        words = {"name": ctx.name, "when": ctx.when(a), "grounds": str(grounds.value or "")}
        if shown.value is True:
            basis += [shown, *([grounds] if grounds.value else [])]
            said.append(_("{name} was arrested {when} on a suspicion shown to be reasonable "
                          "({grounds}): facts or information that would satisfy an objective "
                          "observer.", **words) if grounds.value else
                        _("{name} was arrested {when} on a suspicion shown to be reasonable: "
                          "facts or information that would satisfy an objective observer.",
                          **words))
        elif warrant.value is True and grounds.value is not None:
            basis += [warrant, grounds]
            said.append(_("{name} was arrested {when} under a warrant, on a stated suspicion "
                          "({grounds}).", **words))
        elif grounds.value is None and warrant.value is None:
            asked.append(_("On what legal basis, and on what specific suspicion, was {name} "
                           "arrested {when}? Was there an arrest warrant?", **words))
        elif grounds.value is None:
            asked.append(_("On what specific suspicion was {name} arrested {when}?", **words))
        elif warrant.value is False:
            asked.append(_("{name} was arrested without a warrant {when}: beyond the grounds "
                           "stated ({grounds}), did the authorities show facts or information "
                           "that would satisfy an objective observer that {name} may have "
                           "committed the offence?", **words))
        else:
            asked.append(_("Was there a warrant for the arrest of {name} {when}? If not, did "
                           "the authorities show facts or information, beyond the grounds stated "
                           "({grounds}), that would satisfy an objective observer that {name} "
                           "may have committed the offence?", **words))
    if asked:
        return unknown(*asked, reason=" ".join(said) or None, facts=basis)
    if not lawful_charge:
        return unknown(_("Were the charges on which {name} was arrested ones that penalise "
                         "journalism or other expression?", name=ctx.name),
                       reason=" ".join(said), facts=basis)
    return attrs.evolve(compliant(_("{said} The charges do not penalise expression.",
                                    said=" ".join(said)), *basis), cites=_SUSPICION_CITES)


_SUSPICION_CITES = (
    echr("5(1)(c)"),
    ecthr("Fox, Campbell and Hartley v UK, nos. 12244/86 and others, 30 August 1990",
          "§§32-35"),
    ecthr("O'Hara v UK, no. 37555/97, 16 October 2001"),
)


#: A gap this long between being taken and the time the arrest record gives is more than the
#: time it takes to write the record: fairtrial's reading, stated in the methodology.
UNRECORDED_HOURS = 3


def _unrecorded(ctx: Context, arrests: tuple[Arrest, ...]) -> Decision | None:
    """Detention the official record does not acknowledge: held for hours before the time the
    arrest record gives. Unacknowledged detention is a grave failing of the guarantees against
    arbitrary detention (Kurt v Turkey; Body of Principles 12: the record of the time of arrest)."""
    for a in arrests:
        # Read as facts: a record date found untrue decides nothing, and must not stop the
        # search at it while another arrest's stands (found by the removal property).
        if a.date is None or ctx.fact(a, "recorded_date").value is None \
                or a.provenance.standing in REFUTED:
            continue
        assert a.recorded_date is not None
        gap = Span.between(a.date, a.recorded_date)
        if gap.exceeds(timedelta(hours=UNRECORDED_HOURS)) is Tri.YES:
            return attrs.evolve(breach(
                _("{name} was held for {span} before the time the arrest record gives ({what}): "
                  "detention the record does not acknowledge is arbitrary.", name=ctx.name,
                  span=duration(gap), what=ctx.label(a)),
                ctx.fact(a), ctx.fact(a, "recorded_date")), cites=_UNRECORDED_CITES)
    return None


_UNRECORDED_CITES = (ecthr("Kurt v Turkey, no. 24276/94, 25 May 1998"),
                     body_of_principles("12", confirmed=False))


def _unordered(ctx: Context) -> Decision | None:
    """Custody kept on with no decision of any authority (held on the bill of indictment alone
    once the last order had run out, under a practice no provision of law laid down): not
    lawful, and not foreseeable, whatever the arrest was (Baranowski v Poland)."""
    none = [o for o in ctx.events(DetentionOrder)
            if o.ordered_by is Authority.NONE and o.measure in (Measure.CUSTODY, None)]
    if not none:
        return None
    return attrs.evolve(breach(
        _("{name} was kept in custody on no decision of any authority ({what}): detention "
          "without a basis in law.", name=ctx.name, what=join([ctx.label(o) for o in none])),
        *(ctx.fact(o, "ordered_by") for o in none)), cites=_UNORDERED_CITES)


_UNORDERED_CITES = (ecthr("Baranowski v Poland, no. 28358/95, 28 March 2000"),)


def _abducted(ctx: Context, arrests: tuple[Arrest, ...]) -> Decision | None:
    """An arrest abroad by the prosecuting state's agents, without the consent of the state
    where it happened, is arbitrary whatever the warrant at home (HRC, Lopez Burgos v Uruguay);
    with that state's cooperation it is not arbitrary for that reason (Öcalan v Turkey [GC])."""
    for a in arrests:
        if a.transfer is not Transfer.ABDUCTION:
            continue
        seized, consent = ctx.fact(a, "transfer"), ctx.fact(a, "territorial_consent")
        words = {"name": ctx.name, "place": a.abroad_in, "what": ctx.label(a)}
        if consent.value is False:
            return attrs.evolve(breach(
                _("{name} was seized in {place} by agents of the prosecuting state and taken "
                  "away without the consent of the state where it happened ({what}).", **words)
                if a.abroad_in else
                _("{name} was seized abroad by agents of the prosecuting state and taken "
                  "away without the consent of the state where it happened ({what}).", **words),
                seized, consent), cites=_ABROAD_CITES)
        if consent.value is None and a.abroad_in:
            return unknown(_("Did the state where {name} was seized in {place} consent to it or "
                             "take part?", **words),
                           reason=_("{name} was seized in {place} by agents of the prosecuting "
                                    "state ({what}).", **words), facts=(seized,))
        if consent.value is None:
            return unknown(_("Did the state where {name} was seized abroad consent to it or "
                             "take part?", **words),
                           reason=_("{name} was seized abroad by agents of the prosecuting "
                                    "state ({what}).", **words), facts=(seized,))
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
               general_comment(35, "17", confirmed=False), echr("5(1)"),
               body_of_principles("2", confirmed=True)),
    severity=Severity.SERIOUS,
    reads=("arrest.arrest_warrant", "arrest.stated_grounds", "arrest.reasonable_suspicion_shown",
           "arrest.domestic_law_followed", "arrest.domestic_law_defect",
           "arrest.defect_remedied", "arrest.defect_remedied_promptly",
           "arrest.transfer", "arrest.territorial_consent", "arrest.recorded_date",
           "detention_order.ordered_by", "finding:expression"),
    decide=_lawful_basis,
    depends_on=("expression.journalism-penalised",),
)


def _beyond_48(ctx: Context, span: Span, appearance: FirstAppearance,
               facts: tuple[Fact, ...], late: str) -> Decision:
    """An appearance more than 48 hours after the arrest: 48 hours ordinarily suffice, and a
    longer delay must be absolutely exceptional and justified (GC35 para 33); beyond about four
    days no circumstance justifies it (Brogan v UK: four days and six hours too long even for
    terrorism; McKay v UK [GC]). Between, the recorded justification decides, and its absence
    on the record is asked, not taken for none given."""
    if span.exceeds(timedelta(hours=96)) is Tri.YES:
        return breach(late, *facts)
    justified = ctx.fact(appearance, "delay_justified")
    reason = appearance.delay_reason
    if justified.value is False:
        return breach(late, *facts, justified)
    if justified.value is True:
        return compliant(
            _("{late} The delay was justified by exceptional circumstances ({reason}), and "
              "stayed within four days.", late=late, reason=reason) if reason else
            _("{late} The delay was justified by exceptional circumstances, and stayed within "
              "four days.", late=late), *facts, justified)
    return unknown(_("What exceptional circumstances, if any, justified bringing {name} before "
                     "a judge only after more than 48 hours?", name=ctx.name),
                   reason=late, facts=facts)


def _unreachable(ctx: Context, arrest: Arrest, appearance: FirstAppearance,
                 facts: tuple[Fact, ...]) -> Decision:
    """Held where no judge could be reached (a vessel on the high seas): the time while it was
    materially impossible to bring the person before a judge is not counted, in wholly
    exceptional circumstances a court found; from when it became possible, the time is
    counted strictly (Medvedyev and Others v France [GC]; Rigopoulos v Spain (dec.); Vassis
    and Others v France: 48 hours after arrival, after weeks at sea, too long)."""
    reachable = ctx.fact(appearance, "judge_reachable_from")
    words = {"name": ctx.name, "when": ctx.when(arrest),
             "reachable": ctx.when_text(appearance.judge_reachable_from)}
    if reachable.provenance.standing is not Standing.ESTABLISHED:
        return unknown(_("Did a court find that it was materially impossible to bring {name} "
                         "before a judge sooner, the first possibility coming {reachable}?",
                         **words),
                       reason=_("The authorities say that {name} could first be brought before "
                                "a judge {reachable}.", **words), facts=(*facts, reachable))
    assert appearance.judge_reachable_from is not None and appearance.date is not None
    after = Span.between(appearance.judge_reachable_from, appearance.date)
    said = _("After the arrest {when}, {name} could first be brought before a judge "
             "{reachable}, it being materially impossible sooner; {name} was brought before one "
             "{span} after that.", span=duration(after), **words)
    if after.exceeds(timedelta(hours=24)) is Tri.NO:
        return compliant(_("{said} In wholly exceptional circumstances, the time while no "
                           "judge could be reached does not count, and the appearance came "
                           "promptly once one could.", said=said), *facts, reachable)
    if after.exceeds(timedelta(hours=48)) is Tri.YES:
        return breach(_("{said} Once a judge could be reached, the time is counted strictly: "
                        "that was not prompt.", said=said), *facts, reachable)
    return unknown(_("Once a judge could be reached, what kept {name} from being brought "
                     "before one sooner?", **words), reason=said, facts=(*facts, reachable))


#: Who is not a judge for art 9(3) and art 5(3): an appearance before them does not count.
_NOT_A_JUDGE = frozenset({Authority.PROSECUTOR, Authority.INVESTIGATOR, Authority.OTHER,
                          Authority.NONE})


def _released_unseen(ctx: Context, arrest: Arrest,
                     judge: FirstAppearance | None) -> Decision | None:
    """Released more than 48 hours after the arrest without having been brought before a judge
    first: the time is measured to the release (Brogan v UK: released after four days and six
    hours, never brought before a judge, a violation). Only where the record says so (on the
    release, or by an appearance before nobody): an appearance left out is unknown, not
    absent, and a trial court's verdict before the release is a judge's."""
    if arrest.date is None:
        return None
    nobody = [a for a in ctx.not_before(ctx.events(FirstAppearance), arrest)
              if a.before is Authority.NONE]
    for release in ctx.not_before(ctx.events(Release), arrest):
        if release.date is None or (judge is not None and judge.date is not None
                                    and judge.date.before(release.date) is not Tri.NO):
            continue
        if any(v.date is not None and v.date.before(release.date) is Tri.YES
               for v in ctx.not_before(ctx.events(Verdict), arrest)):
            continue
        never = ctx.fact(release, "brought_before_judge")
        if never.value is not False and not nobody:
            continue
        span = Span.between(arrest.date, release.date)
        if span.exceeds(timedelta(hours=48)) is not Tri.YES:
            continue
        late = _("{name} was released {span} after the arrest {when} without having been "
                 "brought before a judge.", name=ctx.name, span=duration(span),
                 when=ctx.when(arrest))
        facts = (ctx.fact(arrest), ctx.fact(release),
                 *((never,) if never.value is False else (ctx.fact(nobody[0], "before"),)))
        if span.exceeds(timedelta(hours=96)) is Tri.YES:
            return breach(late, *facts)
        return unknown(_("What exceptional circumstances, if any, justified holding {name} for "
                         "more than 48 hours without bringing them before a judge?",
                         name=ctx.name), reason=late, facts=facts)
    return None


def _prompt_judge(ctx: Context) -> Decision:
    arrest = ctx.first(ctx.events(Arrest))
    if arrest is None:
        return _no_arrest()
    if arrest.date is None:
        return unknown(_("When exactly was {name} apprehended?", name=ctx.name))
    for release in ctx.events(Release):
        # Released within 48 hours: the guarantee of prompt judicial control is not engaged.
        if release.date and Span.between(arrest.date, release.date).exceeds(
                timedelta(hours=48)) is Tri.NO:
            return compliant(_("{name} was released {when}, within 48 hours of the arrest "
                               "{arrested}.", name=ctx.name, when=ctx.when(release),
                               arrested=ctx.when(arrest)), ctx.fact(release))
    decision = _judicial_control(ctx, arrest)
    judges = [a for a in ctx.not_before(ctx.events(FirstAppearance), arrest)
              if a.before not in _NOT_A_JUDGE]
    powerless = [a for a in judges if ctx.fact(a, "officer_could_release").value is False]
    if powerless and len(powerless) < len(judges):
        # Measured to a judge who could order release: say why the earlier one did not count.
        first = ctx.first(powerless)
        assert first is not None
        decision = attrs.evolve(decision, reasons=(*decision.reasons, _(
            "{what} does not count: that judge could not order release of their own motion "
            "(Aquilina v Malta [GC]).", what=_cap(ctx.label(first)))),
            cites=(*decision.cites, *_POWERLESS_CITES))
    if decision.outcome in (Outcome.NO_VIOLATION, Outcome.NOT_APPLICABLE):
        return decision
    return _before_officer(ctx, arrest, decision) or decision


def _judicial_control(ctx: Context, arrest: Arrest) -> Decision:
    """The first appearance before a judge, counted from the arrest (``arrest.date`` known):
    only a judge counts here; ``_before_officer`` then looks at an officer who heard the
    person sooner."""
    assert arrest.date is not None
    appearances = ctx.not_before(ctx.events(FirstAppearance), arrest)
    # An investigating judge is a judge; an appearance before a prosecutor first is no breach
    # in itself when a judge follows in time: what counts is the first appearance before a
    # judge (GC35 para 32).
    judges = [a for a in appearances if a.before not in _NOT_A_JUDGE]
    # A judge who could not order release of their own motion is not the judicial control
    # art 9(3) and art 5(3) require (Aquilina v Malta [GC]): the first judge who could counts.
    powerless = [a for a in judges if ctx.fact(a, "officer_could_release").value is False]
    judge = ctx.first([a for a in judges if a not in powerless])
    others = [a for a in appearances if a not in ([judge] if judge else [])]
    if judge is None or judge.date is None:
        unseen = _unseen_until_trial(ctx, arrest)
        if unseen is not None:
            return unseen
    # A judge who could not release is no authority of this kind at all: that breach is
    # found below, whatever the time of the appearance.
    earliest = ctx.first([a for a in appearances if a not in powerless])
    if earliest is not None and earliest.date is not None and earliest is not judge and \
            (judge is None or judge.date is None):
        # Even the first appearance before anyone came late, and no dated appearance before a
        # judge follows to measure instead. Where one does, the time to it decides: an
        # appearance before a prosecutor stops no clock (GC35 para 32), and a justification for
        # reaching the prosecutor late is no justification for never reaching a judge.
        span = Span.between(arrest.date, earliest.date)
        if span.exceeds(timedelta(hours=48)) is Tri.YES:
            tardy = _beyond_48(ctx, span, earliest, (ctx.fact(arrest), ctx.fact(earliest)), _(
                "{name} was first brought before any authority {span} after the arrest {when}, "
                "and not before a judge earlier: more than the 48 hours that ordinarily "
                "suffice.", name=ctx.name, span=duration(span), when=ctx.when(arrest)))
            if tardy.outcome is not Outcome.NO_VIOLATION:
                return tardy
    released = _released_unseen(ctx, arrest, judge)
    if released is not None:
        return released
    if powerless and judge is None:
        return _powerless(ctx, arrest, powerless)
    if (judge is None or judge.date is None) and powerless:
        return unknown(_("When was {name} first brought in person before a judge who could order "
                         "release, after the arrest {when}?", name=ctx.name,
                         when=ctx.when(arrest)))
    if judge is None or judge.date is None:
        # Custody ordered by a prosecutor who also heard the person (Kulomin v Hungary): the
        # sources often say only that no judge saw the person before the trial, which the
        # question must let the recorder answer.
        by_prosecution = [o for o in ctx.not_before(ctx.events(DetentionOrder), arrest)
                          if o.ordered_by in (Authority.PROSECUTOR, Authority.INVESTIGATOR)]
        words = {"name": ctx.name, "when": ctx.when(arrest)}
        if by_prosecution and judge is None:
            question = _("When was {name} first brought in person before a judge after the "
                         "arrest {when}: at a hearing before the trial (recorded as a first "
                         "appearance before a judge, with its date), or not until the trial "
                         "itself (recorded on {orders} as no judge before the trial)?",
                         orders=join([ctx.label(o) for o in by_prosecution]), **words)
        else:
            question = _("When was {name} first brought in person before a judge after the "
                         "arrest {when}, and was that judge independent of the prosecution?",
                         **words)
        return unknown(question,
                       reason=_("No appearance before a judge is recorded (only before a "
                                "non-judicial authority {when}).", when=ctx.when(others[0]))
                       if others else None)
    appearance = judge
    span = Span.between(arrest.date, judge.date)
    before, present = ctx.fact(appearance, "before"), ctx.fact(appearance, "in_person")
    facts = (ctx.fact(arrest), ctx.fact(appearance))
    if present.value is False and before.value is Authority.JUDGE:
        return breach(_("{name} was not physically brought before the judge.", name=ctx.name),
                      present, before)
    if present.value is False:
        return unknown(_("Was the authority at the first appearance a judge?"),
                       reason=_("{name} was not physically brought before the authority at the "
                                "first appearance.", name=ctx.name), facts=(present,))
    if appearance.judge_reachable_from is not None and \
            span.exceeds(timedelta(hours=48)) is not Tri.NO:
        return _unreachable(ctx, arrest, appearance, facts)
    late = span.exceeds(timedelta(hours=48))
    words = {"name": ctx.name, "span": duration(span), "when": ctx.when(arrest)}
    if late is Tri.YES:
        return _beyond_48(ctx, span, appearance, facts, _(
            "{name} was first brought before a judge {span} after the arrest {when}: more than "
            "the 48 hours that ordinarily suffice.", **words))
    if late is Tri.UNKNOWN:
        return unknown(_("At what time of day were the arrest and the first appearance?"),
                       reason=_("{name} was first brought before a judge {span} after the "
                                "arrest {when}; the recorded dates cannot tell whether 48 hours "
                                "passed.", **words), facts=facts)
    if before.value is None:
        return unknown(_("Was the authority at the first appearance a judge?"),
                       reason=_("{name} was brought before an authority {span} after the "
                                "arrest {when}.", **words),
                       facts=facts)
    return compliant(_("{name} was brought before a judge {span} after the arrest {when}.",
                       **words), before, *facts)


def _unseen_until_trial(ctx: Context, arrest: Arrest) -> Decision | None:
    """Held in custody without being brought before any judge until the trial, as the record
    says on a detention order (``judge_before_trial: false``): the time is measured from the
    arrest to the first court hearing, or to a release that came first, and is far beyond
    anything art 9(3) allows (GC35 para 33; Brogan v UK: four days and six hours too long;
    Smantser v Belarus: custody ordered by a prosecutor, never a judge before the trial). A
    verdict alone only bounds it from above: an order made under those terms more than four
    days after the arrest shows the breach, and otherwise the start of the trial is asked.
    None where no order says so."""
    assert arrest.date is not None
    orders = [o for o in ctx.not_before(ctx.events(DetentionOrder), arrest)
              if ctx.fact(o, "judge_before_trial").value is False]
    if not orders:
        return None
    said = tuple(ctx.fact(o, "judge_before_trial") for o in orders)
    ends: list[Event] = [e for e in ctx.not_before(
        (*ctx.events(Hearing), *ctx.events(Release)), arrest)
        if e.date is not None and not (isinstance(e, Hearing) and e.stage is HearingStage.APPEAL)]
    end = ctx.first(ends)
    words = {"name": ctx.name, "when": ctx.when(arrest)}
    if end is None or end.date is None:
        # Held without a judge at least until the latest such order, which came before the trial.
        last = max((o for o in orders if o.date is not None),
                   key=lambda o: o.date.sort_key(), default=None)  # type: ignore[union-attr]
        if last is not None and last.date is not None and Span.between(
                arrest.date, last.date).exceeds(timedelta(hours=96)) is Tri.YES:
            found = breach(_("{name} was not brought before any judge before the trial, and was "
                             "still held without one at {what}, {span} after the arrest {when}: "
                             "far beyond the 48 hours that ordinarily suffice, and beyond any "
                             "delay exceptional circumstances could justify (GC35 para 33; "
                             "Brogan v UK).", what=ctx.label(last),
                             span=duration(Span.between(arrest.date, last.date)), **words),
                           ctx.fact(arrest), *said)
            return attrs.evolve(found, cites=_UNSEEN_CITES)
        return unknown(_("When did {name}'s trial begin, the first time {name} was brought "
                         "before a judge after the arrest {when}?", **words),
                       reason=_("{name} was not brought before a judge before the trial.",
                                **words), facts=said)
    span = Span.between(arrest.date, end.date)
    words |= {"span": duration(span), "end": ctx.label(end)}
    text = _("{name} was released ({end}) {span} after the arrest {when}, without having been "
             "brought before a judge.", **words) if isinstance(end, Release) else \
        _("{name} was not brought before any judge until the trial ({end}), {span} after the "
          "arrest {when}.", **words)
    facts = (ctx.fact(arrest), *said, ctx.fact(end))
    if span.exceeds(timedelta(hours=96)) is Tri.YES:
        return attrs.evolve(breach(_(
            "{text} Held all that time without judicial control: far beyond the 48 hours that "
            "ordinarily suffice, and beyond any delay exceptional circumstances could justify "
            "(GC35 para 33; Brogan v UK).", text=text), *facts), cites=_UNSEEN_CITES)
    if span.exceeds(timedelta(hours=48)) is Tri.NO:
        return compliant(text, *facts)
    return unknown(_("What exceptional circumstances, if any, justified holding {name} for "
                     "more than 48 hours without bringing them before a judge?", **words),
                   reason=text, facts=facts)


#: Held without a judge until the trial: the Committee's views on that pattern (its outcome
#: as the audit remembered it; the search found the views, not the passage).
_UNSEEN_CITES = (hrc_views("Smantser v Belarus, comm. no. 1178/2003 (CCPR/C/94/D/1178/2003), "
                           "23 October 2008", confirmed=False),)


def _powerless(ctx: Context, arrest: Arrest, powerless: list[FirstAppearance]) -> Decision:
    """Brought only before a judge who could not order release of their own motion: the
    control art 9(3) and art 5(3) require is prompt and automatic, by a judge who can order
    release where the detention is not justified (Aquilina v Malta [GC]: release could follow
    only a bail application). A judge who could release on that ground but not grant bail for
    the offence is ``officer_could_release: true``; bail is weighed under the detention order
    (McKay v UK [GC])."""
    assert arrest.date is not None
    first = ctx.first(powerless)
    assert first is not None
    could = ctx.fact(first, "officer_could_release")
    words = {"name": ctx.name, "what": ctx.label(first), "when": ctx.when(arrest)}
    span = duration(Span.between(arrest.date, first.date)) if first.date is not None else None
    head = _("{name} was brought before a judge {span} after the arrest {when}, at {what}, but "
             "that judge could not order release of their own motion.", span=span, **words) \
        if span else _("{name} was brought before a judge at {what}, after the arrest {when}, but "
                       "that judge could not order release of their own motion.", **words)
    return attrs.evolve(breach(_(
        "{head} The judicial control that must follow an arrest promptly and automatically is "
        "by a judge who can order release where the detention is not justified (Aquilina v "
        "Malta [GC]), and no appearance before a judge who could is recorded.", head=head),
        ctx.fact(arrest), ctx.fact(first), could), cites=_POWERLESS_CITES)


_POWERLESS_CITES = (ecthr("Aquilina v Malta [GC], no. 25642/94, 29 April 1999"),)


#: Who may be an "other officer authorised by law to exercise judicial power" (ICCPR art 9(3),
#: ECHR art 5(3)) when the record shows the qualities that make one.
_OFFICERS = frozenset({Authority.PROSECUTOR, Authority.INVESTIGATOR, Authority.OTHER})
_OFFICER_DETAILS = ("officer_independent", "officer_could_release", "officer_may_prosecute")


def _officer_test(ctx: Context, a: FirstAppearance
                  ) -> tuple[bool | None, list[Fact], list[str], list[str]]:
    """The qualities an officer other than a judge must have, each of them required (Schiesser
    v Switzerland: independent of the executive and of the parties, hearing the person
    in person, reviewing the grounds with the power to order release; Huber v Switzerland and
    Brincat v Italy: not liable, as it appeared when deciding, to act later as prosecutor in the
    same proceedings). Whether it was one, the facts that say so (those against it where it was
    not), what falls short, and what the record lacks, as questions."""
    words = {"name": ctx.name, "what": ctx.label(a)}
    checks = (("in_person", True, T_("{name} was not heard in person at {what}."),
               T_("Was {name} heard in person at {what}?")),
              ("officer_independent", True,
               T_("The authority at {what} was not independent of the executive and of the "
                  "parties."),
               T_("Was the authority at {what} independent of the executive and of the parties, "
                  "bound by no instructions in the case?")),
              ("officer_could_release", True,
               T_("The authority at {what} could not order {name}'s release."),
               T_("Did the authority at {what} review the grounds for detention itself, with the "
                  "power to order {name}'s release?")),
              ("officer_may_prosecute", False,
               T_("The authority at {what} could later act against {name} as prosecutor in the "
                  "same proceedings, so it was not independent of the parties (Huber v "
                  "Switzerland; Brincat v Italy)."),
               T_("As it appeared when {name} was heard at {what}, could that authority later act "
                  "against {name} as prosecutor in the same proceedings?")))
    good: list[Fact] = []
    bad: list[Fact] = []
    short: list[str] = []
    missing: list[str] = []
    for detail, wanted, fails, ask in checks:
        fact = ctx.fact(a, detail)
        if fact.value is None:
            missing.append(_(ask, **words))
        elif fact.value == wanted:
            good.append(fact)
        else:
            bad.append(fact)
            short.append(_(fails, **words))
    if bad:
        return False, bad, short, missing
    return (None if missing else True), good, short, missing


def _before_officer(ctx: Context, arrest: Arrest, judge: Decision) -> Decision | None:
    """An appearance within 48 hours before an authority that is not a judge, where the record
    describes it: an "other officer authorised by law to exercise judicial power" is enough
    under both treaties where it has the qualities ``_officer_test`` names (Schiesser v
    Switzerland). Under the Covenant a public prosecutor never is one (GC35 para 32; Kulomin v
    Hungary), so a prosecutor with those qualities meets ECHR art 5(3) and the finding on
    ``judge`` (a judge only) then breaches the Covenant only. None where no such appearance is
    recorded: a prosecutor or investigator the record says nothing more of is not a judge, as
    before; 'some other authority' is asked about."""
    assert arrest.date is not None
    candidates = [a for a in ctx.not_before(ctx.events(FirstAppearance), arrest)
                  if a.before in _OFFICERS and a.date is not None
                  and Span.between(arrest.date, a.date).exceeds(timedelta(hours=48)) is Tri.NO
                  and (a.before is Authority.OTHER
                       or any(getattr(a, d) is not None for d in _OFFICER_DETAILS))]
    officer = ctx.first(candidates)
    if officer is None:
        return None
    assert officer.date is not None
    qualifies, facts, short, missing = _officer_test(ctx, officer)
    prosecutor = officer.before is Authority.PROSECUTOR
    words = {"name": ctx.name, "what": ctx.label(officer), "when": ctx.when(arrest),
             "span": duration(Span.between(arrest.date, officer.date))}
    is_breach = judge.outcome in (Outcome.VIOLATION, Outcome.LIKELY_VIOLATION)
    if qualifies is True:
        heard = _("{name} was heard in person {span} after the arrest {when}, at {what}, by an "
                  "authority independent of the executive and of the parties, which reviewed the "
                  "grounds with the power to order release and could not later act as "
                  "prosecutor in the case: an officer authorised by law to exercise judicial "
                  "power (Schiesser v Switzerland).", **words)
        if not prosecutor:
            return attrs.evolve(compliant(heard, ctx.fact(arrest), ctx.fact(officer), *facts),
                                cites=_OFFICER_CITES)
        covenant = _("That meets ECHR art 5(3); under the Covenant a public prosecutor is never "
                     "such an officer (GC35 para 32), so this breaches the Covenant only.") \
            if is_breach else \
            _("That meets ECHR art 5(3); under the Covenant a public prosecutor is never such "
              "an officer (GC35 para 32), so what is asked bears on the Covenant only.")
        if any(f.standing is Standing.DISPUTED for f in facts):
            # Whether the Convention is met is itself contested: the breach stays whole.
            return attrs.evolve(judge, reasons=(*judge.reasons, heard), cites=_OFFICER_CITES,
                                questions=(*judge.questions, _(
                                    "The record disputes this: {reason} Which account holds?",
                                    reason=heard)))
        return attrs.evolve(judge, reasons=(*judge.reasons, f"{heard} {covenant}"),
                            facts=(*judge.facts, *facts), cites=_OFFICER_CITES,
                            rests_on="ICCPR" if is_breach else None)
    if qualifies is False:
        not_officer = _("{short} So it was not an officer authorised by law to exercise "
                        "judicial power.", short=" ".join(short))
        if not is_breach:
            return attrs.evolve(judge, reasons=(*judge.reasons, not_officer),
                                cites=_OFFICER_CITES)
        if prosecutor:
            # Never one under the Covenant: the breach does not rest on what is said of it.
            return attrs.evolve(judge, reasons=(*judge.reasons, not_officer),
                                facts=(*judge.facts, *facts), cites=_OFFICER_CITES)
        # Some other authority is not a judge only by what the record says of it, so the
        # breach is no more certain than that.
        shown = breach(not_officer, *facts)
        certain = [d for d in (judge, shown) if d.outcome is Outcome.VIOLATION]
        weaker = judge if len(certain) == 2 else next(
            d for d in (shown, judge) if d.outcome is not Outcome.VIOLATION)
        return attrs.evolve(judge, outcome=weaker.outcome, confidence=weaker.confidence,
                            reasons=(*judge.reasons, *shown.reasons),
                            facts=(*judge.facts, *facts),
                            against=(*judge.against, *shown.against), cites=_OFFICER_CITES)
    if prosecutor:
        # The Covenant's answer stands whatever the record adds; the Convention's waits for it.
        said = _("Under the Covenant a public prosecutor is never an officer authorised by law "
                 "to exercise judicial power (GC35 para 32); whether the prosecutor at {what} was "
                 "one under ECHR art 5(3) the record does not fully say.", **words)
        return attrs.evolve(judge, reasons=(*judge.reasons, said),
                            questions=(*judge.questions, *missing), cites=_OFFICER_CITES)
    unless = _("That holds unless the authority at {what} was an officer authorised by law to "
               "exercise judicial power: independent of the executive and of the parties, hearing "
               "{name} in person, able to order release, and not liable to act later as "
               "prosecutor in the case.", **words)
    if is_breach:
        # The breach rests on the authority not being such an officer, which is not recorded.
        return attrs.evolve(judge, outcome=Outcome.INSUFFICIENT, confidence=None,
                            reasons=(*judge.reasons, unless), against=(),
                            questions=tuple(missing), cites=_OFFICER_CITES)
    return attrs.evolve(judge, reasons=(*judge.reasons, unless),
                        questions=(*judge.questions, *missing), cites=_OFFICER_CITES)


_OFFICER_CITES = (
    general_comment(35, "32", confirmed=False),
    hrc_views("Kulomin v Hungary, comm. no. 521/1992, 22 March 1996"),
    ecthr("Schiesser v Switzerland, no. 7710/76, 4 December 1979"),
    ecthr("Huber v Switzerland, no. 12794/87, 23 October 1990"),
    ecthr("Brincat v Italy, no. 13867/88, 26 November 1992"),
)


PROMPT_JUDGE = Criterion(
    id="custody.prompt-judge",
    area=Area.CUSTODY,
    title="Brought promptly before a judge",
    question="Was the person brought physically before a judge who could order release, within "
             "48 hours of apprehension, any longer delay being exceptional and justified?",
    citations=(
        iccpr("9(3)"),
        general_comment(35, "33", confirmed=False),
        general_comment(35, "34", confirmed=True),
        hrc_views("comm. no. 3105/2018 against Kyrgyzstan (CCPR/C/132/D/3105/2018)", "para 8.2"),
        echr("5(3)"),
        ecthr("Brogan and Others v UK, nos. 11209/84 and others, 29 November 1988"),
        ecthr("Medvedyev and Others v France [GC], no. 3394/03, 29 March 2010"),
    ),
    severity=Severity.SERIOUS,
    reads=("arrest.date", "first_appearance.date", "first_appearance.before",
           "first_appearance.in_person", "first_appearance.delay_justified",
           "first_appearance.judge_reachable_from", "first_appearance.officer_independent",
           "first_appearance.officer_could_release", "first_appearance.officer_may_prosecute",
           "release.date", "release.brought_before_judge",
           "detention_order.judge_before_trial", "hearing.date", "hearing.stage"),
    decide=_prompt_judge,
)


def _incommunicado(ctx: Context) -> Decision:
    arrests = ctx.events(Arrest)
    if not arrests:
        return _no_arrest()
    decisions = []
    contacts = [c for c in ctx.events(OutsideContact)
                if c.contact_with in (ContactWith.FAMILY, ContactWith.COLLEAGUES,
                                      ContactWith.LAWYER)]
    for c in contacts:
        granted = ctx.fact(c, "granted")
        refused, had, could = _CONTACT[c.contact_with]
        words = {"name": ctx.name, "when": ctx.when(c)}
        if granted.value is False and (cure := _contact_within_days(ctx, c, contacts)):
            decisions.append(cure)
        elif granted.value is False and _later_contact(c, contacts):
            # The first contact the record shows came more than two days after the refusal:
            # cut off for more than a matter of days (Body of Principles 15), whoever else
            # had been told of the arrest.
            decisions.append(breach(_(refused, **words), granted))
        elif granted.value is False and (told := [
                f for a in arrests if (f := ctx.fact(a, "family_notified")).value is True]):
            # The family knew of the arrest and the place (Body of Principles 16), so what is
            # left is how long the person was cut off (principle 15), which the record does
            # not say.
            decisions.append(unknown(_("How long was {name} without any contact with family "
                                       "or a lawyer after the refusal {when}?", **words),
                                     reason=_("{name} was refused contact {when}; the family had "
                                              "been told of the arrest.", **words),
                                     facts=(granted, *told)))
        elif granted.value is False:
            # The right to have the family told promptly after the arrest (Body of Principles
            # 16) was refused, and nothing recorded shows that it was met otherwise.
            decisions.append(breach(_(refused, **words), granted))
        elif granted.value is True:
            decisions.append(compliant(_(had, **words), granted))
        else:
            decisions.append(unknown(_(could, **words)))
    decisions.append(by_detail(
        ctx, arrests, "family_notified", bad=False,
        said_bad=T_("{name}'s family was not told of {what} or the place of custody."),
        said_good=T_("{name}'s family was told of {what}."),
        ask=T_("Was {name}'s family told promptly of {what} and the place of custody?"),
        empty=_no_arrest()))
    return worst(decisions, empty=_no_arrest())


#: Contact with the outside world refused, had, or not known, whole for each kind of contact
#: the criterion weighs.
_CONTACT = {
    ContactWith.FAMILY: (T_("{name} was refused contact with family {when}."),
                         T_("{name} had contact with family {when}."),
                         T_("Could {name} contact family {when}?")),
    ContactWith.COLLEAGUES: (T_("{name} was refused contact with colleagues {when}."),
                             T_("{name} had contact with colleagues {when}."),
                             T_("Could {name} contact colleagues {when}?")),
    ContactWith.LAWYER: (T_("{name} was refused contact with lawyer {when}."),
                         T_("{name} had contact with lawyer {when}."),
                         T_("Could {name} contact lawyer {when}?")),
}


def _later_contact(refused: OutsideContact, contacts: list[OutsideContact]) -> bool:
    """Whether a contact that took place is recorded as certainly after the refusal (beyond
    the two days ``_contact_within_days`` looked at first)."""
    return refused.date is not None and any(
        c.granted is True and c.date is not None and refused.date.before(c.date) is Tri.YES
        for c in contacts)


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
    window = [c for _n, c in sorted(by_start[lo:near], key=lambda nc: nc[0])]  # record order
    soon = [c for c in window if c.granted is True
            and Span.between(refused.date, c.date)  # type: ignore[arg-type]
            .exceeds(timedelta(hours=48)) is Tri.NO]
    if soon:
        return compliant(_("{name} was refused contact {when}, but had contact with the "
                           "outside world {later}, within two days.", name=ctx.name,
                           when=ctx.when(refused), later=ctx.when(soon[0])),
                         ctx.fact(refused, "granted"), ctx.fact(soon[0], "granted"))
    if undecided_from[lo] or any(
            c.granted is True and Span.between(refused.date, c.date)  # type: ignore[arg-type]
            .exceeds(timedelta(hours=48)) is Tri.UNKNOWN for c in window):
        words = {"name": ctx.name, "when": ctx.when(refused)}
        return unknown(_("How long was {name} without contact with the outside world after "
                         "the refusal {when}?", **words),
                       reason=_("{name} was refused contact {when}.", **words),
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
        starts = [c.date.earliest for _n, c in by_start]  # type: ignore[union-attr]
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
        words = {"name": ctx.name, "what": what}
        if by.value not in (None, Authority.JUDGE):
            return breach(_cap(_(_NOT_BY_A_COURT[by.value], **words)), by)
        if reasons.value is False:
            return breach(_cap(_("{what} gave no reasons specific to {name}.", **words)),
                          reasons)
        if milder.value is False:
            return breach(_("Milder measures were not considered in {what}.", **words), milder)
        if reasons.value is True and by.value is Authority.JUDGE:
            return compliant(_("A judge gave reasons specific to {name} in {what}.", **words),
                             by, reasons)
        return unknown(_("Did {what} give reasons specific to {name} (risk of flight, of "
                         "interference, of reoffending) and consider milder measures?", **words))

    if not orders:
        if not ctx.events(Arrest):
            return _no_arrest()
        return unknown(_("Was {name} remanded in custody after the arrest? If so, by whom "
                         "and for what reasons?", name=ctx.name))
    def checked(o: DetentionOrder) -> Decision:
        # What was ordered may be a milder measure than custody.
        return unless_recorded(one(o), o.measure is not None,
                               _("Did {what} order detention in custody?", what=ctx.label(o)))

    decision = worst((_cured_soon(ctx, o, checked(o)) for o in orders), empty=_no_arrest())
    length = pretrial_length(ctx)
    return attrs.evolve(decision, reasons=(*decision.reasons, length)) if length else decision


def _cured_soon(ctx: Context, o: DetentionOrder, decision: Decision) -> Decision:
    """An order that did not examine release on individual grounds, followed within four days
    by a court that did (a bail application heard on its merits, a reasoned order): the
    question of release was examined with the expedition art 5(3) asks, though not by the
    first court (McKay v UK [GC]: a magistrate with no power to grant bail, the High Court
    granting it within days)."""
    if decision.outcome not in (Outcome.VIOLATION, Outcome.LIKELY_VIOLATION) or o.date is None:
        return decision
    start = o.date

    def within(w: When | None) -> Tri:
        if w is None or start.before(w) is Tri.NO:
            return Tri.NO if w is not None else Tri.UNKNOWN
        return Tri.YES if Span.between(start, w).exceeds(
            timedelta(hours=96)) is Tri.NO else Tri.NO

    later: list[tuple[Event, When]] = []
    open_: list[Event] = []
    for a in ctx.events(Appeal):
        if a.against is not AppealAgainst.DETENTION or within(a.date) is Tri.NO:
            continue
        merits = a.grounds_considered is True or a.outcome is AppealOutcome.ALLOWED
        if merits and a.decided_date is not None and within(a.decided_date) is Tri.YES:
            later.append((a, a.decided_date))
        elif a.grounds_considered is not False and within(a.decided_date) is not Tri.NO:
            # A challenge to it soon after, whose decision or date the record leaves open:
            # it may have examined release within the days that suffice.
            open_.append(a)
    for d in ctx.events(DetentionOrder):
        if d is o or d.date is None or within(d.date) is not Tri.YES:
            continue
        if d.ordered_by is Authority.JUDGE and d.individual_reasons is True:
            later.append((d, d.date))
        elif d.ordered_by in (Authority.JUDGE, None) and d.individual_reasons is None:
            open_.append(d)
    soon = later
    if not soon and open_:
        return unknown(_("Did a court examine release on grounds specific to {name} within "
                         "days of {what} ({later})?", name=ctx.name, what=ctx.label(o),
                         later=join([ctx.label(e) for e in open_])),
                       reason=decision.reasons[0], facts=decision.facts)
    if not soon:
        return decision
    event, when = min(soon, key=lambda x: x[1].sort_key())
    return compliant(
        _("{what} did not examine release on grounds specific to {name}, but a court did {when}, "
          "within four days, examining the grounds for release on their merits: release was "
          "considered with the expedition required, though not by the first court (McKay v UK "
          "[GC]).", what=_cap(ctx.label(o)), name=ctx.name, when=ctx.when_text(when)),
        ctx.fact(event), against=decision.reasons)


def pretrial_length(ctx: Context) -> str | None:
    """How long the person was held before a release or a first-instance verdict, as the range
    the recorded dates allow ("between 40 and 41 days"), or None if the record cannot say."""
    arrest = ctx.first(ctx.events(Arrest))
    held = _held(ctx, arrest)
    if arrest is None or held is None:
        return None
    end, span = held
    if end is None:
        return _("Detention had lasted {span} from the arrest {arrested} when the record was "
                 "completed ({as_of}), and was still running.", span=duration(span),
                 arrested=ctx.when(arrest), as_of=ctx.when_text(ctx.case.as_of))
    words = {"when": ctx.when(end), "span": duration(span), "arrested": ctx.when(arrest)}
    if isinstance(end, Release):
        return _("Detention before the release {when} lasted {span} from the arrest "
                 "{arrested}.", **words)
    return _("Detention before the verdict {when} lasted {span} from the arrest {arrested}.",
             **words)


#: A detention order made by someone other than a court, whole for each authority.
_NOT_BY_A_COURT = {
    Authority.PROSECUTOR: T_("{what} was made by a prosecutor, not a court."),
    Authority.INVESTIGATOR: T_("{what} was made by an investigator, police or security officer, "
                               "not a court."),
    Authority.OTHER: T_("{what} was made by some other authority, not a court."),
    Authority.NONE: T_("{what} was made by no authority at all, not a court."),
}


INDIVIDUALISED_DETENTION = Criterion(
    id="custody.individualised-detention",
    area=Area.CUSTODY,
    title="Pre-trial detention ordered by a court on individual grounds",
    question="Was custody ordered by a court with reasons specific to the person, milder "
             "measures considered?",
    citations=(iccpr("9(3)"), general_comment(35, "38", confirmed=False), echr("5(3)"),
               # Release examined within days by another court than the first (no violation).
               ecthr("McKay v UK [GC], no. 543/03, 3 October 2006")),
    severity=Severity.SERIOUS,
    reads=("appeal.decided_date", "appeal.grounds_considered",
           "detention_order.ordered_by", "detention_order.individual_reasons",
           "detention_order.alternatives_considered"),
    decide=_individualised,
)


def _detention_length(ctx: Context) -> Decision:
    """The length of detention before trial, and, where release on bail was granted but the
    person stayed held for want of the security, whether its amount was fixed to secure
    appearance (``_bail``): either can make the continued detention unjustified."""
    length = _length_weighed(ctx)
    bail = _bail.bail_security(ctx)
    if bail is None:
        return length
    if length.outcome is Outcome.NOT_APPLICABLE:
        return bail
    return worst((length, bail), empty=length)


def _length_weighed(ctx: Context) -> Decision:
    """How long pre-trial detention lasted, weighed as the case law weighs it (ECHR art 5(3);
    ICCPR art 9(3); Kudła v Poland [GC]; Buzadji v Moldova [GC]; Idalov v Russia [GC]): no
    length is too long in itself, but the longer it runs the more the grounds of each
    extension must be relevant, sufficient and specific, and the gravity of the charge alone
    never suffices; with such grounds, the authorities must still have shown special
    diligence. It is for the authorities to show that continued detention was justified, so an
    even balance is a breach."""
    orders = [o for o in ctx.events(DetentionOrder) if o.measure in (Measure.CUSTODY, None)]
    arrest = ctx.first(ctx.events(Arrest))
    periods = _periods(ctx)
    if arrest is None or not orders:
        return not_applicable(_("No pre-trial detention of {name} is recorded.", name=ctx.name))
    if not periods:
        return unknown(_("How long was {name} held before trial: when was {name} released, or "
                         "the first-instance verdict given (or, if {name} was still held, up to "
                         "what date is the record complete)?", name=ctx.name))
    span = Span(sum((p.shortest for _s, _e, p in periods), timedelta(0)),
                sum((p.longest for _s, _e, p in periods), timedelta(0)))
    words = {"name": ctx.name, "span": duration(span)}
    held_facts = tuple(ctx.fact(e) for start, end_, _p in periods for e in (start, end_)
                       if e is not None)
    # Still held when the record was completed: measured to its date, the length is a minimum.
    running = periods[-1][1] is None
    if running:
        # The least the record shows: the detention went on after that date.
        words |= {"as_of": ctx.when_text(ctx.case.as_of),
                  "span": duration(Span(span.shortest, span.shortest))}
    if span.exceeds(timedelta(days=182)) is Tri.NO:
        return compliant(_("{name} had been held for {span} when the record was completed "
                           "({as_of}), still awaiting a verdict: too short so far for the length "
                           "itself to be in question; the reasons for each order are weighed "
                           "under 'Pre-trial detention ordered by a court on individual "
                           "grounds'.", **words) if running else
                         _("{name} was held for {span} before release or verdict, too short for "
                           "the length itself to be in question; the reasons for each order "
                           "are weighed under 'Pre-trial detention ordered by a court on "
                           "individual grounds'.", **words), *held_facts)
    years = span.longest.days / 365.25
    factors: list[Factor] = []
    missing: list[Missing] = []
    weight = 3 if years >= 4 else 2 if years >= 2 else 1 if years >= 1 else 0
    if weight and running:
        factors.append(Factor(
            _("{name} had been held for at least {span} when the record was completed "
              "({as_of}), and was still held without a verdict: the detention was still "
              "running, so its length is a minimum.", **words),
            Toward.BREACH, weight, held_facts))
    elif weight:
        factors.append(Factor(
            ctx.t.n_("{name} was held for {span} before release or verdict, in {count} period, "
                     "added up.",
                     "{name} was held for {span} before release or verdict, in {count} "
                     "periods, added up.", len(periods), **words)
            if len(periods) > 1 else
            _("{name} was held for {span} before release or verdict.", **words),
            Toward.BREACH, weight, held_facts))
    later = orders[1:] if len(orders) > 1 else orders
    specific: list[Fact] = []
    for o in later:
        what = ctx.label(o)
        grounds = ctx.fact(o, "grounds")
        stereotyped = ctx.fact(o, "reasons_stereotyped")
        if o.grounds and set(o.grounds) <= {DetentionGround.GRAVITY}:
            factors.append(Factor(_cap(_("{what} rested on the gravity of the charge alone, which "
                                         "cannot justify continued detention.", what=what)),
                                  Toward.BREACH, 2, (grounds,)))
        elif o.grounds:
            if stereotyped.value is not True:
                specific.append(grounds)
        else:
            reasons = ctx.fact(o, "individual_reasons")
            if reasons.value is True:
                if stereotyped.value is not True:
                    specific.append(reasons)
            elif reasons.value is False:
                factors.append(Factor(_cap(_("{what} gave no reasons specific to {name}.",
                                             what=what, name=ctx.name)),
                                      Toward.BREACH, 2, (reasons,)))
            missing.append(Missing(_("On what grounds did {what} keep {name} in detention (a "
                                     "risk of flight, of interference, of reoffending), and "
                                     "were they specific to {name}?", what=what,
                                     name=ctx.name), 2))
        if stereotyped.value is True:
            factors.append(Factor(_cap(_("{what} repeated a formula from earlier orders, without "
                                         "regard to {name}'s situation or the time passed.",
                                         what=what, name=ctx.name)), Toward.BREACH, 2,
                                  (stereotyped,)))
        if (milder := ctx.fact(o, "alternatives_considered")).value is False:
            factors.append(Factor(_("Milder measures were not considered in {what}.",
                                    name=ctx.name, what=what), Toward.BREACH, 1, (milder,)))
    if specific and len(specific) == len(later):
        # One factor, however many orders: the grounds persisting is one consideration, and a
        # count of orders would let the number of extensions outweigh their length.
        factors.append(Factor(
            _("Every order that kept {name} in detention gave specific grounds ({grounds}).",
              name=ctx.name, grounds="; ".join(dict.fromkeys(
                  _ground(g) for o in later for g in o.grounds
                  if g is not DetentionGround.GRAVITY)) or _("reasons specific to the person")),
            Toward.FAIRNESS, 2, tuple(specific)))
    diligence = [ctx.fact(o, "special_diligence") for o in orders
                 if o.special_diligence is not None]
    lost = sum(_while_held(ctx, d, periods) for d in ctx.events(Delay)
               if d.caused_by is DelayCause.AUTHORITIES)
    if any(f.value is False for f in diligence):
        factors.append(Factor(_("The authorities did not conduct the proceedings with the special "
                                "diligence due while {name} was held.", name=ctx.name),
                              Toward.BREACH, 2, tuple(f for f in diligence if f.value is False)))
    elif lost >= 90:
        factors.append(Factor(_("The authorities caused delays of about {count} days while "
                                "{name} was held, where special diligence was due.",
                                count=round(lost), name=ctx.name), Toward.BREACH,
                              2 if lost >= 365 else 1,
                              tuple(ctx.fact(d) for d in ctx.events(Delay)
                                    if d.caused_by is DelayCause.AUTHORITIES)))
    elif diligence:
        factors.append(Factor(_("The authorities conducted the proceedings with special "
                                "diligence while {name} was held.", name=ctx.name),
                              Toward.FAIRNESS, 2, tuple(diligence)))
    elif weight:
        missing.append(Missing(_("Did the authorities conduct the proceedings with special "
                                 "diligence while {name} was held ('special_diligence' on the "
                                 "detention orders), or were there periods of inactivity?",
                                 name=ctx.name), 2))
    own = sum(_links.delay_days(d) for d in ctx.events(Delay) if d.caused_by is DelayCause.DEFENCE)
    if own >= 90:
        factors.append(Factor(_("{name}'s own conduct prolonged the proceedings by about {count} "
                                "days.", name=ctx.name, count=round(own)), Toward.FAIRNESS,
                              2 if own >= 365 else 1,
                              tuple(ctx.fact(d) for d in ctx.events(Delay)
                                    if d.caused_by is DelayCause.DEFENCE)))
    if (complex_ := _links.complexity(ctx)) is not None:
        factors.append(complex_)
    elif weight:
        missing.append(Missing(_("Was the case complex to investigate or try ('complex' on the "
                                 "charge)?"), 1))
    return weigh(_("Weighing the length of {name}'s detention before trial (ECHR art 5(3); ICCPR "
                   "art 9(3); Buzadji v Moldova [GC]: the length, the grounds of each "
                   "extension, and the diligence of the authorities).", name=ctx.name),
                 factors, missing,
                 breach_text=_("the detention lasted longer than its grounds could justify."),
                 fair_text=_("relevant and sufficient grounds justified the detention for as "
                             "long as it lasted."),
                 side=p_("weighing side", "the detention"), burden_on_state=True,
                 tie_question=_("Did the authorities conduct the proceedings with special "
                                "diligence while {name} was held, and did {name}'s own conduct "
                                "prolong them?", name=ctx.name))


def _ground(g: DetentionGround) -> str:
    """A ground for detention, in the words of the schema's description of it."""
    return {
        DetentionGround.FLIGHT: p_("detention ground", "a risk that the person would abscond"),
        DetentionGround.INTERFERENCE: p_("detention ground",
                                         "a risk of interfering with evidence or witnesses"),
        DetentionGround.REOFFENDING: p_("detention ground", "a risk of further offences"),
        DetentionGround.PUBLIC_ORDER: p_("detention ground", "a threat to public order"),
        DetentionGround.GRAVITY: p_("detention ground",
                                    "the gravity of the charge or of the likely sentence"),
    }[g]


#: Stages at which no first-instance verdict has yet been given.
_BEFORE_VERDICT = frozenset({Stage.INVESTIGATION, Stage.PRE_TRIAL, Stage.TRIAL})


def _held(ctx: Context, arrest: Arrest | None) -> tuple[Event | None, Span] | None:
    """The release or first-instance verdict that ended the detention begun by ``arrest``, and
    how long it lasted; the end None where the detention was still running when the record was
    completed (no release or verdict at all, the proceedings still before a verdict, ``as_of``
    given: the span then runs to ``as_of`` and is a minimum); None when the record cannot
    say."""
    if arrest is None or arrest.date is None:
        return None
    # A verdict in absentia before the arrest does not end this detention.
    after = ctx.not_before((*ctx.events(Release), *ctx.events(Verdict)), arrest)
    ends = [e for e in after if e.date is not None]
    if not ends:
        as_of = ctx.case.as_of
        if after or as_of is None or ctx.case.stage not in _BEFORE_VERDICT or \
                as_of.before(arrest.date) is Tri.YES:
            return None
        return None, Span.between(arrest.date, as_of)
    end = min(ends, key=lambda e: e.date.sort_key())  # type: ignore[union-attr]
    return end, Span.between(arrest.date, end.date)  # type: ignore[arg-type]


def _while_held(ctx: Context, d: Delay, periods: list[tuple[Event, Event | None, Span]],
                ) -> float:
    """The days of a dated delay that fell within the periods of detention: a delay after
    release does not prolong a detention (Kudła v Poland [GC], audit17a: a retrial's delay
    after release was counted as lost while held). An undated delay counts whole, as before."""
    if d.date is None:
        return _links.delay_days(d)
    lo, hi = d.date.earliest, d.date.latest
    inside = timedelta(0)
    for start, end, _span in periods:
        began = start.decided_date if isinstance(start, Appeal) else start.date
        ended = end.date if end is not None else ctx.case.as_of
        if began is None:
            continue
        stop = ended.latest if ended is not None else hi
        inside += max(timedelta(0), min(hi, stop) - max(lo, began.earliest))
    days = inside.total_seconds() / 86400
    return min(days, d.duration_days) if d.duration_days is not None else days


def _periods(ctx: Context) -> list[tuple[Event, Event | None, Span]]:
    """Every period of detention before trial, to be added up (Kudła v Poland [GC]; Idalov v
    Russia [GC]): from each arrest to the release or first-instance verdict that ended it, and
    from an appeal that quashed a conviction, while the person stayed in custody, to the next
    release or verdict. Empty when the first period's end is not recorded."""
    out: list[tuple[Event, Event | None, Span]] = []
    arrests = sorted((a for a in ctx.events(Arrest) if a.date is not None),
                     key=lambda a: a.date.sort_key())  # type: ignore[union-attr]
    for a in arrests:
        if out and out[-1][1] is None:
            break  # still held when the record was completed: the same period
        last = out[-1][1] if out else None
        if last is not None and last.date is not None and a.date is not None and \
                a.date.before(last.date) is not Tri.NO:
            continue  # held already: the same period
        held = _held(ctx, a)
        if held is None:
            break
        out.append((a, held[0], held[1]))
    releases = [r for r in ctx.events(Release) if r.date is not None]
    for ap in ctx.events(Appeal):
        decided = ap.decided_date
        if ap.outcome is not AppealOutcome.QUASHED_RETRIAL or decided is None:
            continue
        # Kept in custody from the conviction to the quashing: no release between them.
        convicted = [end for _a, end, _s in out if isinstance(end, Verdict) and end.date is not None
                     and end.date.before(decided) is Tri.YES]
        if not convicted or any(
                r.date is not None and convicted[-1].date is not None
                and convicted[-1].date.before(r.date) is not Tri.NO
                and r.date.before(decided) is not Tri.NO for r in releases):
            continue
        ends = [e for e in (*releases, *ctx.events(Verdict))
                if e.date is not None and decided.before(e.date) is Tri.YES]
        if ends:
            end = min(ends, key=lambda e: e.date.sort_key())  # type: ignore[union-attr]
            out.append((ap, end, Span.between(decided, end.date)))  # type: ignore[arg-type]
    return out


DETENTION_LENGTH = Criterion(
    id="custody.detention-length",
    area=Area.CUSTODY,
    title="Pre-trial detention no longer than its grounds justify",
    question="Did the grounds for keeping the person in detention before trial stay relevant "
             "and sufficient for as long as it lasted, and did the authorities act with "
             "special diligence?",
    citations=(iccpr("9(3)"), general_comment(35, "38", confirmed=False), echr("5(3)"),
               ecthr("Kudła v Poland [GC], no. 30210/96, 26 October 2000"),
               ecthr("Buzadji v the Republic of Moldova [GC], no. 23755/07, 5 July 2016"),
               ecthr("Idalov v Russia [GC], no. 5826/03, 22 May 2012"),
               ecthr("Şahin Alpay v Turkey, no. 16538/17, 20 March 2018"),
               # Bail granted, the person held for want of a security fixed by the loss alleged
               # (violation); a high amount fixed with regard to the person, paid (none).
               ecthr("Neumeister v Austria, no. 1936/63, 27 June 1968", "As to the law, §§14-15",
                     confirmed=True),
               ecthr("Mangouras v Spain [GC], no. 12050/04, 28 September 2010", "§§78-81",
                     confirmed=True)),
    severity=Severity.SERIOUS,
    reads=("arrest.date", "release.date", "verdict.date", "detention_order.grounds",
           "detention_order.reasons_stereotyped", "detention_order.alternatives_considered",
           "detention_order.individual_reasons", "detention_order.special_diligence",
           "delay.caused_by", "charge.complex", "appeal.outcome", "appeal.decided_date",
           *_bail.READS),
    decide=_detention_length,
)


def _habeas(ctx: Context) -> Decision:
    custody = [o for o in ctx.events(DetentionOrder) if o.measure in (Measure.CUSTODY, None)]
    decisions = []
    for a in ctx.events(Appeal):
        if a.against is not AppealAgainst.DETENTION:
            continue
        outcome = ctx.fact(a, "outcome")
        words = {"name": ctx.name, "when": ctx.when(a)}
        if outcome.value is AppealOutcome.NOT_ADMITTED and a.own_default is True:
            decisions.append(compliant(_("The challenge to detention {when} was not admitted "
                                         "for the appellant's own failure to meet a formal "
                                         "requirement.", **words), outcome,
                                       ctx.fact(a, "own_default")))
        elif outcome.value is AppealOutcome.NOT_ADMITTED:
            decisions.append(breach(_("The challenge to detention {when} was refused without "
                                      "examination.", **words), outcome))
        elif outcome.value not in (None, AppealOutcome.PENDING):
            speed = _speedily(ctx, a, outcome, words)
            if speed.outcome is Outcome.NO_VIOLATION and a.grounds_considered is None and \
                    a.prosecution_submission_communicated is None:
                # Decided on its speed, as recorded; say what the finding does not cover
                # rather than let it stand for the review's scope too (Nikolova [GC]).
                speed = attrs.evolve(speed, reasons=(*speed.reasons, _(
                    "The record does not say whether the court examined the arguments for "
                    "release, or whether the review was adversarial ('grounds_considered', "
                    "'prosecution_submission_communicated'): this finding rests on its speed "
                    "alone.")))
            decisions.append(speed)
            decisions.extend(_review_scope(ctx, a, words))
        else:
            decisions.append(unknown(_("How, and how quickly, did the court decide the "
                                       "challenge to detention {when}?", **words)))
    decisions.extend(_file_withheld(ctx, custody))
    for r in ctx.events(DefenceRequest):
        if r.request is RequestKind.RELEASE and r.granted is False:
            reasoned = ctx.fact(r, "refusal_reasoned")
            if reasoned.value is False:
                decisions.append(breach(_("The request for release {when} was refused without "
                                          "reasons.", when=ctx.when(r)), reasoned))
            elif reasoned.value is None:
                decisions.append(unknown(_("Did the court give reasons for refusing release "
                                           "{when}?", when=ctx.when(r))))
    if decisions:
        return worst(decisions, empty=_no_arrest())
    if not custody:
        return not_applicable(_("No detention of {name} in custody by order is recorded.",
                                name=ctx.name))
    return unknown(_("Did {name} challenge the lawfulness of detention before a court, and "
                     "did the court decide without delay?", name=ctx.name))


def _review_scope(ctx: Context, a: Appeal, words: dict[str, str]) -> list[Decision]:
    """A review of detention must be wide enough to bear on what makes the detention lawful,
    the detainee's arguments included, and adversarial, with equality of arms: a court that
    looked only at the gravity of the charge, or heard the prosecutor's submissions unanswered,
    did not review it (Nikolova v Bulgaria [GC]). Only what the record says is read: speed is
    decided beside it."""
    out: list[Decision] = []
    considered = ctx.fact(a, "grounds_considered")
    if considered.value is False:
        out.append(breach(_("The court that decided {name}'s challenge to detention {when} did "
                            "not examine the arguments for release, only whether the charge "
                            "was grave enough.", **words), considered))
    heard = ctx.fact(a, "prosecution_submission_communicated")
    if heard.value is False:
        out.append(breach(_("The prosecutor's submissions on {name}'s challenge to detention "
                            "{when} were not communicated to the defence: the review was not "
                            "adversarial.", **words), heard))
    return out


def _file_withheld(ctx: Context, custody: list[DetentionOrder]) -> list[Decision]:
    """Counsel refused the case file after the person was put in custody and before a court
    reviewed the detention (a challenge it examined, or a judge's order extending it): a review
    of detention must give equality of arms, and it does not where counsel is denied the parts
    of the file essential to challenge its lawfulness, whatever the rules on disclosure before
    the trial; the court's own reading of the file does not make up for it (Lamy v Belgium;
    Nikolova v Bulgaria [GC]; Garcia Alva v Germany; Schöps v Germany). Whether what was
    withheld was what the detention rested on is read from the record, and asked when it is
    silent: the trial-stage test of disclosure (Rowe and Davis) is not this one."""
    dated = [o for o in custody if o.date is not None]
    if not dated:
        return []
    placed = ctx.first(dated)
    assert placed is not None and placed.date is not None
    # Each review with the date of its decision (None: not recorded, so not known to have
    # come before the refusal).
    reviews: list[tuple[Event, When | None]] = [
        (a, a.decided_date) for a in ctx.events(Appeal) if a.against is AppealAgainst.DETENTION
        and a.outcome not in (None, AppealOutcome.PENDING, AppealOutcome.NOT_ADMITTED)]
    reviews += [(o, o.date) for o in dated if o is not placed and o.ordered_by is Authority.JUDGE]
    reviews.sort(key=lambda x: x[1].sort_key() if x[1] else (datetime.max, datetime.max))
    out: list[Decision] = []
    for r in ctx.events(DefenceRequest):
        if r.request is not RequestKind.CASE_FILE or r.granted is not False:
            continue
        material = ctx.fact(r, "detention_material")
        if r.date is None:
            if material.value is True and reviews:
                out.append(unknown(_("When was {name}'s lawyer refused the case file ({what}): "
                                     "before a court reviewed the detention?", name=ctx.name,
                                     what=ctx.label(r)), facts=(material,)))
            continue
        when = r.date
        if when.before(placed.date) is Tri.YES:
            continue
        review = next((e for e, w in reviews if w is None or w.before(when) is not Tri.YES),
                      None)
        if review is None:
            continue
        words = {"name": ctx.name, "what": ctx.label(r), "review": ctx.label(review)}
        refused = _("{name}'s lawyer was refused access to the case file at {what}, while "
                    "{name} was detained and before the court decided on the detention at "
                    "{review}.", **words)
        if material.value is False:
            out.append(compliant(_("{refused} What was withheld was not what the detention "
                                   "rested on, or counsel had the essential part of it in "
                                   "another adequate way: the refusal did not deprive the review "
                                   "of equality of arms.", refused=refused),
                                 ctx.fact(r, "granted"), material))
            continue
        if material.value is None:
            out.append(unknown(_("Was the material withheld from {name}'s lawyer at {what} what "
                                 "the detention rested on (the evidence the detention order or "
                                 "the court reviewing it relied on), without counsel having the "
                                 "essential part of it in another adequate way before "
                                 "{review}?", **words),
                               reason=refused, facts=(ctx.fact(r, "granted"),)))
            continue
        facts: tuple[Fact, ...] = (ctx.fact(r, "granted"), material)
        text = _("{refused} What was withheld was what the detention rested on: without it "
                 "counsel could not effectively challenge the lawfulness of the detention, and "
                 "the review did not ensure equality of arms (Lamy v Belgium; Garcia Alva v "
                 "Germany).", refused=refused)
        if (seen := ctx.fact(r, "judge_reviewed_material")).value is True:
            text = _("{text} That the court itself examined the file does not make up for it: "
                     "the defence could not answer what it had not seen.", text=text)
            facts = (*facts, seen)
        out.append(breach(text, *facts))
    return out


def _speedily(ctx: Context, a: Appeal, outcome: Fact, words: dict[str, str]) -> Decision:
    """A challenge to detention a court examined: it must also be decided speedily (ECHR art
    5(4); ICCPR art 9(4) 'without delay'). No fixed time applies: the Court weighs the time
    against the complexity of the issues, the conduct of the authorities and of the detainee,
    and what was at stake (Idalov v Russia [GC]; Rehbock v Slovenia, 23 days too long; Kadem v
    Malta). Two weeks are speedy; beyond, the time counts against, the more the longer it
    was, and whose doing it was and how complex the issues were are weighed."""
    examined = _("A court examined {name}'s challenge to detention {when}.", **words)
    if a.date is None or a.decided_date is None:
        return unknown(_("When was {name}'s challenge to detention {when} lodged, and when was "
                         "it decided?", **words), reason=examined, facts=(outcome,))
    span = Span.between(a.date, a.decided_date)
    decided = ctx.fact(a, "decided_date")
    took = {"span": duration(span), **words}
    if span.exceeds(timedelta(days=14)) is Tri.NO:
        return compliant(_("A court examined {name}'s challenge to detention {when} and decided "
                           "it within {span}.", **took), outcome, decided)
    if span.exceeds(timedelta(days=14)) is Tri.UNKNOWN:
        return unknown(_("On what days exactly was {name}'s challenge to detention {when} "
                         "lodged and decided (it took {span})?", **took), reason=examined,
                       facts=(outcome, decided))
    factors: list[Factor] = []
    missing: list[Missing] = []
    if a.review_kind in _FURTHER_REVIEWS:
        factors += _further_review(ctx, a, span, took)
    elif span.exceeds(timedelta(days=56)) is Tri.YES:
        factors.append(Factor(_("The challenge took {span} to decide: months, where weeks are "
                                "the measure.", **took), Toward.BREACH, 4, (decided,)))
    elif span.exceeds(timedelta(days=28)) is Tri.YES:
        factors.append(Factor(_("The challenge took {span} to decide, over four weeks.", **took),
                              Toward.BREACH, 3, (decided,)))
    else:
        factors.append(Factor(_("The challenge took {span} to decide, over two weeks.", **took),
                              Toward.BREACH, 1, (decided,)))
    cause = ctx.fact(a, "review_delay_cause")
    if cause.value is DelayCause.DEFENCE:
        # The time the detainee's own requests took is not the authorities' to answer for.
        factors.append(Factor(_("The time was mostly taken by the defence's own requests "
                                "(adjournments, evidence it asked for)."), Toward.FAIRNESS, 4,
                              (cause,)))
    elif cause.value is DelayCause.NEITHER:
        factors.append(Factor(_("The time was mostly the doing of neither side."),
                              Toward.FAIRNESS, 1, (cause,)))
    elif cause.value is DelayCause.AUTHORITIES:
        factors.append(Factor(_("The time was mostly the authorities' doing."), Toward.BREACH,
                              1, (cause,)))
    complex_ = ctx.fact(a, "review_complex")
    if complex_.value is True:
        factors.append(Factor(_("The challenge raised complex issues that needed time (an "
                                "expert opinion, evidence from abroad)."), Toward.FAIRNESS, 2,
                              (complex_,)))
    elif complex_.value is False:
        factors.append(Factor(_("The challenge raised a simple question."), Toward.BREACH, 1,
                              (complex_,)))
    if cause.value is None and complex_.value is None:
        missing.append(Missing(_("What in the case required {span} to decide {name}'s "
                                 "challenge to detention {when}: whose doing was the time "
                                 "('review_delay_cause'), and were the issues complex "
                                 "('review_complex')?", **took), 2))
    elif cause.value is None:
        missing.append(Missing(_("Whose doing was the {span} it took to decide {name}'s "
                                 "challenge to detention {when}: the authorities', the "
                                 "defence's, or neither's?", **took), 2))
    return weigh(_("Weighing the time taken to decide {name}'s challenge to detention {when} "
                   "(Idalov v Russia [GC]: the complexity, the conduct of the authorities and "
                   "of the detainee).", **words), factors, missing,
                 breach_text=_("the challenge was not decided speedily."),
                 fair_text=_("the challenge was decided speedily enough for what it required."),
                 side=_("speed"),
                 tie_question=_("Which part of the {span} did the defence's requests or the "
                                "issues' complexity take up?", **took))


#: Reviews of detention by a court above the ordinary ones: a cassation court, a constitutional
#: court, an extraordinary review.
_FURTHER_REVIEWS = frozenset({ReviewKind.CASSATION, ReviewKind.CONSTITUTIONAL,
                              ReviewKind.SUPERVISORY})


def _further_review(ctx: Context, a: Appeal, span: Span, took: dict[str, str]) -> list[Factor]:
    """The time a further review took, measured less strictly than a first one: where
    ordinary courts have already examined the detention, a constitutional or cassation court
    may take longer, though not indefinitely (Şahin Alpay v Turkey: sixteen months before the
    Constitutional Court, no violation in the exceptional situation after the coup attempt).
    Reviews of the detention by other courts while it was pending count for it."""
    decided = ctx.fact(a, "decided_date")
    if span.exceeds(timedelta(days=365)) is Tri.YES:
        length = Factor(_("The further review took {span} to decide, over a year.", **took),
                        Toward.BREACH, 3, (decided,))
    elif span.exceeds(timedelta(days=92)) is Tri.YES:
        length = Factor(_("The further review took {span} to decide, over three months.",
                          **took), Toward.BREACH, 2, (decided,))
    else:
        length = Factor(_("The further review took {span} to decide.", **took), Toward.BREACH,
                        1, (decided,))
    factors = [length, Factor(_("It was a further review, by a court above those that "
                                "examine detention first, whose speed is measured less "
                                "strictly."), Toward.FAIRNESS, 2, (ctx.fact(a, "review_kind"),))]
    assert a.date is not None and a.decided_date is not None
    def reviewed(e: Event) -> bool:
        """A first review of the detention by another court, or a judge's order on it."""
        if isinstance(e, Appeal):
            return e.against is AppealAgainst.DETENTION and e.review_kind not in _FURTHER_REVIEWS
        return isinstance(e, DetentionOrder) and e.ordered_by is Authority.JUDGE

    start, end = a.date, a.decided_date
    meanwhile = [e for e in (*ctx.events(Appeal), *ctx.events(DetentionOrder))
                 if e is not a and e.date is not None and reviewed(e)
                 and start.before(e.date) is Tri.YES and e.date.before(end) is Tri.YES]
    if meanwhile:
        factors.append(Factor(_("While it was pending, other courts reviewed the detention "
                                "({dates}).", dates=join([ctx.when(e) for e in meanwhile])),
                              Toward.FAIRNESS, 1, tuple(ctx.fact(e) for e in meanwhile)))
    return factors


HABEAS = Criterion(
    id="custody.habeas-review",
    area=Area.CUSTODY,
    title="Able to challenge detention before a court",
    question="Could the detainee challenge the lawfulness of detention before a court that "
             "decided without delay?",
    citations=(iccpr("9(4)"), general_comment(35, "39-48", confirmed=False),
               body_of_principles("32", confirmed=False), echr("5(4)"),
               ecthr("Rehbock v Slovenia, no. 29462/95, 28 November 2000"),
               ecthr("Kadem v Malta, no. 55263/00, 9 January 2003"),
               ecthr("Idalov v Russia [GC], no. 5826/03, 22 May 2012"),
               ecthr("Nikolova v Bulgaria [GC], no. 31195/96, 25 March 1999"),
               # Counsel denied the file the detention rested on (violations of art 5(4)).
               ecthr("Lamy v Belgium, no. 10444/83, 30 March 1989"),
               ecthr("Garcia Alva v Germany, no. 23541/94, 13 February 2001"),
               ecthr("Schöps v Germany, no. 25116/94, 13 February 2001")),
    severity=Severity.SERIOUS,
    reads=("appeal.against", "appeal.outcome", "appeal.date", "appeal.decided_date",
           "appeal.review_delay_cause", "appeal.review_complex", "appeal.review_kind",
           "appeal.grounds_considered", "appeal.prosecution_submission_communicated",
           "defence_request.refusal_reasoned", "defence_request.request",
           "defence_request.granted", "defence_request.detention_material",
           "defence_request.judge_reviewed_material", "detention_order.ordered_by"),
    decide=_habeas,
)

def _ill_treatment(ctx: Context) -> Decision:
    def one(t: IllTreatment) -> Decision:
        done = _links.treatment_words(t)
        what = _("the ill-treatment {when} ({treatment})", when=ctx.when(t), treatment=done)
        found = ctx.fact(t, "characterised_as")
        if found.value is Treatment.TORTURE:
            return breach(_cap(_("{what} was characterised as torture.", what=what)),
                          found, ctx.fact(t))
        if found.value is Treatment.OTHER:
            return breach(_cap(_("{what} was characterised as inhuman or degrading treatment.",
                                 what=what)), found, ctx.fact(t))
        if (_links.ART7_TREATMENT - {Treatment.INHUMAN_CONDITIONS}) & set(t.treatment):
            return breach(_("{name} was subjected to {treatment} {when}.", name=ctx.name,
                            treatment=done, when=ctx.when(t)), ctx.fact(t))
        if Treatment.INHUMAN_CONDITIONS in t.treatment:
            return _conditions(ctx, t)
        reported = _("{name} reports {what}.", name=ctx.name, what=what)
        if ctx.fact(t).standing in REFUTED:
            # A claim a court or body examined and did not find proven bears no breach, and
            # is not asked about again (Kudła v Poland [GC], art 3, audit17a).
            return breach(reported, ctx.fact(t))
        severe = ctx.fact(t, "severe")
        if severe.value is True:
            return breach(_cap(_("{what} was severe enough to be inhuman or degrading.",
                                 what=what)), ctx.fact(t), severe)
        if severe.value is False:
            return compliant(_cap(_("{what} did not reach the minimum level of severity of "
                                    "inhuman or degrading treatment.", what=what)), severe)
        if t.context is IllTreatmentContext.MEDICAL_CARE:
            ask = _("Did the lack of medical care {when} cause {name} suffering severe enough "
                    "to be inhuman or degrading ('severe' on the ill-treatment), or was the "
                    "care given adequate?", name=ctx.name, when=ctx.when(t))
        elif t.context is IllTreatmentContext.INTERROGATION:
            ask = _("Did the pressure include violence, threats of violence or other "
                    "treatment severe enough to be cruel, inhuman or degrading?")
        else:
            ask = _("Was {what} severe enough to be cruel, inhuman or degrading ('severe' on the "
                    "ill-treatment)?", what=what)
        return unknown(ask, reason=reported, facts=(ctx.fact(t),))

    events = ctx.events(IllTreatment)
    if events:
        return worst((one(t) for t in events), empty=_no_arrest())
    if not ctx.events(Arrest):
        return _no_arrest()
    exams = [m for m in ctx.events(MedicalExamination)
             if m.independent is True and m.injuries_found is False]
    if exams:
        return compliant(_("An independent doctor examined {name} and found no injuries.",
                           name=ctx.name), *(ctx.fact(m) for m in exams))
    return unknown(_("Did {name} report or show signs of ill-treatment in custody?",
                     name=ctx.name))


def _conditions(ctx: Context, t: IllTreatment) -> Decision:
    """Conditions of detention, by the test of Muršić v Croatia [GC] (``_links.conditions_test``):
    each circumstance the record gives is named for or against, and what it lacks is asked."""
    outcome, points, missing = _links.conditions_test(t)
    against = [_point(ctx, t, p) for p in points if p.breach]
    for_ = [_point(ctx, t, p) for p in points if not p.breach]
    parts = [_("Weighing whether the conditions of detention of {name} ({what}) reached the "
               "minimum level of severity of inhuman or degrading treatment, by the test of "
               "Muršić v Croatia [GC] (§§135-141): personal space, how long it lasted, freedom "
               "of movement and the other conditions.", name=ctx.name, what=ctx.label(t))]
    if against:
        parts.append(_("Against the conditions: {points}", points=numbered(against)))
    if for_:
        parts.append(_("For them: {points}", points=numbered(for_)))
    facts = [ctx.fact(t), *(ctx.fact(t, p.detail) for p in points)]
    if outcome is True:
        parts.append(_("By that test the conditions reached the minimum level of severity of "
                       "degrading treatment (ICCPR art 7, ECHR art 3), and so also fell short "
                       "of the humanity and respect for dignity owed to every person deprived "
                       "of liberty (ICCPR art 10(1))."))
        return breach(" ".join(parts), ctx.fact(t), *(ctx.fact(t, p.detail) for p in points
                                                      if p.breach), against=for_)
    if outcome is None and t.other_conditions_poor is True:
        # The Committee finds conditions below the minimum every detainee is owed a breach of
        # art 10(1), a lower threshold than art 7 and one no lack of resources excuses (GC21
        # paras 3-4); whether they were also degrading stays asked, so the breach is graded
        # below the grave one of inhuman or degrading treatment.
        parts.append(_("Other conditions of detention were inadequate: whatever the State's "
                       "resources, that falls short of the humanity and respect for dignity "
                       "owed to every person deprived of liberty (ICCPR art 10(1)). Whether "
                       "the conditions were also severe enough to be inhuman or degrading "
                       "(ICCPR art 7, ECHR art 3) is not yet settled on the record."))
        return attrs.evolve(breach(
            " ".join(parts), ctx.fact(t), ctx.fact(t, "other_conditions_poor"), against=for_,
            questions=[_(_CONDITIONS_ASK[m], name=ctx.name) for m in missing]),
            severity=Severity.SERIOUS)
    if outcome is False and t.other_conditions_poor is True:
        # Only the Covenant sets a standard below inhuman or degrading treatment for every
        # detainee (art 10(1), GC21 paras 3-4); the Convention has none apart from art 3.
        parts.append(_("The conditions did not reach the minimum level of severity of inhuman "
                       "or degrading treatment (ICCPR art 7, ECHR art 3). But other conditions "
                       "of detention were inadequate: whatever the State's resources, that "
                       "falls short of the humanity and respect for dignity owed to every "
                       "person deprived of liberty, a standard of the Covenant alone (ICCPR art "
                       "10(1))."))
        return covenant_only(attrs.evolve(breach(
            " ".join(parts), ctx.fact(t), ctx.fact(t, "other_conditions_poor"),
            ctx.fact(t, "severe"), against=for_), severity=Severity.SERIOUS))
    if outcome is False:
        parts.append(_("The conditions, however hard, did not reach the minimum level of "
                       "severity of ill-treatment."))
        return compliant(" ".join(parts), *(ctx.fact(t, p.detail) for p in points
                                            if not p.breach), against=against)
    return unknown(*(_(_CONDITIONS_ASK[m], name=ctx.name) for m in missing),
                   reason=" ".join(parts), facts=facts)


def _point(ctx: Context, t: IllTreatment, p: _links.Point) -> str:
    space = f"{t.personal_space:g}" if t.personal_space is not None else ""
    days = f"{t.duration_days:g}" if t.duration_days is not None else ""
    return _(_CONDITIONS_POINTS[(p.detail, p.reading)], name=ctx.name, space=space, days=days)


_CONDITIONS_POINTS = {
    ("personal_space", "under 3"): T_(
        "{name} had {space} m² of floor space in a shared cell: under 3 m², a strong "
        "presumption of degrading treatment."),
    ("personal_space", "3 to 4"): T_(
        "{name} had {space} m² of floor space in a shared cell: between 3 and 4 m², degrading "
        "where other conditions were also inadequate."),
    ("personal_space", "4 or more"): T_(
        "{name} had {space} m² of floor space in the cell: 4 m² or more, which raises no issue "
        "on its own."),
    ("duration_days", "short"): T_("The reduction of space lasted {days} days: short."),
    ("duration_days", "long"): T_("The reduction of space lasted {days} days: longer than a "
                                  "short, occasional one."),
    ("other_conditions_poor", "true"): T_("Other conditions were also inadequate (light, air, "
                                          "sanitation, heating, exercise or privacy)."),
    ("other_conditions_poor", "false"): T_("The other conditions were adequate."),
    ("free_movement", "true"): T_("{name} could spend much of the day outside the cell."),
    ("free_movement", "false"): T_("{name} could not spend much of the day outside the cell."),
    ("severe", "true"): T_("The poor conditions were, taken together, severe enough to be "
                           "inhuman or degrading."),
    ("severe", "false"): T_("The poor conditions were not, taken together, severe enough to be "
                            "inhuman or degrading."),
}
_CONDITIONS_ASK = {
    "personal_space": T_("How much floor space did {name} have in the cell, in square metres for "
                   "each detainee, not counting the toilet?"),
    "duration_days": T_("For how many consecutive days did {name} have under 3 m² of floor "
                        "space?"),
    "free_movement": T_("Could {name} spend much of the day outside the cell (work, exercise, "
                        "other activities)?"),
    "other_conditions_poor": T_("Were other conditions of detention of {name} inadequate: "
                                "natural light, fresh air, sanitation, heating, outdoor "
                                "exercise, privacy at the toilet?"),
    "severity": T_("What were the poor conditions of detention of {name}, and how long did "
                   "they last: were they severe enough on their own to be degrading?"),
}


ILL_TREATMENT = Criterion(
    id="custody.ill-treatment",
    area=Area.CUSTODY,
    title="Free from torture and ill-treatment",
    question="Was the person free from torture and cruel, inhuman or degrading treatment?",
    citations=(iccpr("7"), iccpr("10(1)"), cat("1"), cat("16"),
               hrc_views("Askarov v Kyrgyzstan, comm. no. 2231/2012, 31 March 2016"),
               # Art 10(1) for conditions short of art 7: GC21 paras 3-4 checked against its
               # text; Sextus's outcome on art 10(1) is from memory (the facts were checked).
               general_comment(21, "3-4", confirmed=True),
               hrc_views("Sextus v Trinidad and Tobago, comm. no. 818/1998, 16 July 2001",
                         confirmed=False),
               # §§135 and 138 (the presumption under 3 m² and its three cumulative rebuttal
               # factors) and §172 (27 days) checked against published extracts.
               ecthr("Muršić v Croatia [GC], no. 7334/13, 20 Oct 2016", "§§135-141",
                     confirmed=False)),
    severity=Severity.GRAVE,
    reads=("ill_treatment.treatment", "ill_treatment.characterised_as",
           "ill_treatment.personal_space", "ill_treatment.duration_days",
           "ill_treatment.other_conditions_poor", "ill_treatment.free_movement",
           "ill_treatment.severe", "medical_examination.injuries_found"),
    decide=_ill_treatment,
)


def _medical(ctx: Context) -> Decision:
    if not ctx.events(Arrest):
        return _no_arrest()
    return by_detail(
        ctx, ctx.events(MedicalExamination), "independent", bad=False,
        said_bad=T_("{what} was not by a doctor independent of the detaining authority."),
        said_good=T_("An independent doctor carried out {what}."),
        ask=T_("Was the doctor who carried out {what} independent?"),
        empty=unknown(_("Was {name} examined promptly by an independent doctor after the "
                        "arrest?", name=ctx.name)))


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
            INDIVIDUALISED_DETENTION, DETENTION_LENGTH, HABEAS, ILL_TREATMENT, MEDICAL)
