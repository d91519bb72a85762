"""C. Access to counsel: from the first interrogation, of one's choice, in confidence, with time
to prepare; and the two-stage test when access was restricted (ICCPR art 14(3)(b), (d))."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import timedelta

import attrs

from fairtrial._durations import duration
from fairtrial._i18n import T_, _, join
from fairtrial.checklist import _links
from fairtrial.checklist._core import (
    REFUTED,
    Area,
    Context,
    Criterion,
    Decision,
    Fact,
    Factor,
    Missing,
    Outcome,
    Severity,
    Toward,
    basic_principles,
    body_of_principles,
    breach,
    by_detail,
    compliant,
    covenant_only,
    ecthr,
    general_comment,
    hrc_views,
    iccpr,
    legal_aid,
    not_applicable,
    read_yes_no,
    unknown,
    weigh,
    worst,
)
from fairtrial.record._model import (
    Arrest,
    CounselAccess,
    DefenceRequest,
    Event,
    Hearing,
    IllTreatment,
    Interrogation,
    OutsideContact,
    Retraction,
    Statement,
    Verdict,
)
from fairtrial.record._vocab import (
    AbsenceReason,
    ContactWith,
    FreshDetermination,
    HearingStage,
    Party,
    RequestKind,
    Standing,
    Weight,
)
from fairtrial.record._when import Span, Tri


def _informed(ctx: Context) -> Decision:
    decisions = []
    for i in ctx.events(Interrogation):
        told = ctx.fact(i, "informed_of_right_to_counsel")
        what = ctx.label(i)
        outside, open_ = _links.outside_custody(ctx, i)
        if told.value is not True and outside:
            decisions.append(compliant(_(_OUTSIDE, name=ctx.name, when=ctx.when(i)), *outside))
        elif told.value is not True and open_:
            decisions.append(unknown(open_))
        elif told.value is False:
            decisions.append(breach(_("{name} was not told of the right to a lawyer before "
                                      "{what}.", name=ctx.name, what=what), told))
        elif told.value is True:
            decisions.append(compliant(_("{name} was told of the right to a lawyer before "
                                         "{what}.", name=ctx.name, what=what), told))
        else:
            decisions.append(unknown(_("Was {name} told of the right to a lawyer, and to "
                                       "free legal aid, before {what}?", name=ctx.name,
                                       what=what)))
    none = not_applicable(_("No arrest or questioning of {name} is recorded.", name=ctx.name))
    decisions.append(by_detail(
        ctx, ctx.events(Arrest), "informed_of_rights", bad=False,
        said_bad=T_("{name} was not told of their rights at {what}."),
        said_good=T_("{name} was told of their rights at {what}."),
        ask=T_("Was {name} told of their rights, including to a lawyer, at {what}?"),
        empty=none))
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
    reads=("interrogation.informed_of_right_to_counsel", "arrest.informed_of_rights",
           "interrogation.in_custody", "interrogation.on_the_spot", "statement.in_custody"),
    decide=_informed,
    weighed_in="counsel.overall-fairness",
)


#: Questioning outside the right to a lawyer at questioning (_links.outside_custody).
_OUTSIDE = T_("{name} was only asked questions on the spot {when}, neither deprived of liberty "
              "nor significantly curtailed in their freedom of action, and not formally "
              "interviewed: the right to a lawyer at questioning, and to be told of it, did not "
              "yet apply (Aleksandr Zaichenko v Russia). Whether {name} had to be told of the "
              "right to remain silent is a question of the privilege against "
              "self-incrimination.")


def _restriction_at(ctx: Context, st: Event) -> Fact | None:
    """_links.restriction_at, save for a statement made in questioning outside the right to a
    lawyer at questioning, or where the record leaves that open (asked by _restrictions)."""
    linked = _links.interrogation_of(ctx, st)
    if linked is not None and any(_links.outside_custody(ctx, linked)):
        return None
    return _links.restriction_at(ctx, st)


def _restrictions(ctx: Context) -> tuple[list[Fact], list[str]]:
    """What restricted the person's access to a lawyer during questioning, and what the record
    leaves open: questioning without a lawyer (no valid waiver), a chosen lawyer turned away,
    questioning as a 'witness' while a suspect, a lawyer refused access."""
    def build() -> tuple[list[Fact], list[str]]:
        found: list[Fact] = []
        open_: list[str] = []
        for i in ctx.events(Interrogation):
            present = ctx.fact(i, "counsel_present")
            waived = i.waiver is True and i.waiver_informed is True
            # Questions on the spot, the person free to go, restrict no right to a lawyer
            # (Zaichenko); a lawyer present or validly waived needs no answer about it.
            outside, setting = _links.outside_custody(ctx, i)
            if present.value is not True and not waived and (outside or setting):
                if setting:
                    open_.append(setting)
                continue
            if present.value is False and i.waiver is True and i.waiver_informed is None:
                # A waiver whose validity the record does not give is an open question, not a
                # denial of counsel (Pishchalnikov §79; Dvorski §100).
                open_.append(_("Was {name}'s waiver of a lawyer {when} unequivocal, informed "
                               "and voluntary?", name=ctx.name, when=ctx.when(i)))
            elif present.value is False and not waived and \
                    _links.counsel_not_sought(ctx, i) is None:
                found.append(present)
            elif present.value is None and not waived:
                open_.append(_("Was a lawyer present when {name} was questioned {when}?",
                               name=ctx.name, when=ctx.when(i)))
            found.extend(_links.safeguards_withheld(ctx, i, present.value))
        for c in ctx.events(CounselAccess):
            granted = ctx.fact(c, "granted")
            if granted.value is False:
                found.append(granted)
            elif granted.value is None and c.failed_to_act is not True:
                open_.append(_("Was the lawyer let in to see {name} {when}?", name=ctx.name,
                               when=ctx.when(c)))
        for st in _links.pretrial_statements(ctx):
            if (restricted := _restriction_at(ctx, st)) is not None:
                found.append(restricted)
        return list(dict.fromkeys(found)), list(dict.fromkeys(open_))

    return ctx.once(("restrictions", ctx.person.id if ctx.person else None), build)


_HOW = {"counsel_present": T_("{name} was questioned without a lawyer {when}"),
        "chosen_lawyer_excluded": T_("{name} was questioned after a lawyer chosen for them was "
                                     "turned away or never contacted {when}"),
        "as_witness": T_("{name} was questioned formally as a witness, without a suspect's "
                         "safeguards, though in fact a suspect {when}"),
        "questioned_as": T_("{name} was questioned formally as a witness, without a suspect's "
                            "safeguards, though the authorities already suspected them {when}"),
        "lawyer_choice_informed": T_("{name} was questioned with a lawyer the investigators "
                                     "brought, accepted without knowing of a lawyer retained "
                                     "for them or without being free to refuse {when}"),
        "granted": T_("{name} was refused access to a lawyer {when}")}
_RESTRICTED = T_("{name} had access to a lawyer restricted {when}")


def _restriction_text(ctx: Context, facts: list[Fact]) -> str:
    return "; ".join(_(_HOW.get(f.detail or "", _RESTRICTED), name=ctx.name,
                       when=ctx.when(f.event)) for f in facts)


def _first_interrogation(ctx: Context) -> Decision:
    weighed = _first_interrogation_weighed(ctx)
    capital = _capital_without_counsel(ctx) or _refused_while_questioned(ctx)
    if capital is None:
        return weighed
    # The Convention's two-stage weighing stays what it found: where it found no breach, that
    # is kept as the point the other way; where it found one too, the breach no longer rests
    # on the Covenant alone.
    both = worst((capital, weighed), empty=weighed)
    if weighed.outcome in (Outcome.VIOLATION, Outcome.LIKELY_VIOLATION):
        return attrs.evolve(both, rests_on=None)
    return both


def _capital_without_counsel(ctx: Context) -> Decision | None:
    """The Covenant's rule for a capital case: legal representation must be available at all
    stages of the proceedings, the investigation included, and the Committee finds art
    14(3)(d) breached where it was not, without asking what the questioning produced or how it
    was used (Aliev v Ukraine para 7.3; Saidova v Tajikistan para 6.8). The European Court
    weighs such a restriction (Ibrahim; Beuze), so the breach rests on the Covenant alone.
    Only a lawyer refused, or questioning without one that was neither validly waived nor
    left unasked for while a lawyer was free to attend, counts: _restrictions reads both."""
    charges = [c for c in _links.charges_of(ctx) if c.capital is True]
    if not charges:
        return None
    restricted, _open = _restrictions(ctx)
    missing = [f for f in restricted if f.detail in ("counsel_present", "granted")]
    if not missing:
        return None
    return covenant_only(breach(
        _("{what}, though {name} faced a charge punishable by death ({charge}). Under the "
          "Covenant a lawyer must be available at every stage of a case where the death "
          "penalty may be imposed, the investigation included, whatever was said or used; the "
          "European Convention weighs the fairness of the proceedings as a whole instead, so "
          "this breach rests on the Covenant alone.",
          what=_restriction_text(ctx, missing), name=ctx.name,
          charge=charges[0].description),
        *missing, *(_links.charge_fact(ctx, c) for c in charges)))


def _refused_while_questioned(ctx: Context) -> Decision | None:
    """The Committee's rule outside capital cases: a lawyer refused to the person, or kept out,
    while the person was questioned without one breaches art 14(3)(b), without asking what
    the questioning produced or how it was used (Lyashkevich v Uzbekistan para 9.4: a chosen
    lawyer kept out for one day of questioning). The European Court weighs the proceedings as
    a whole instead, so the breach rests on the Covenant alone. A refusal the record shows
    rested on an individual assessment with a basis in law, and questioning the record does
    not show took a statement or other investigative step, are left to that weighing."""
    refused = [c for c in ctx.events(CounselAccess)
               if c.granted is False and c.date is not None
               and not (c.restriction_individual is True and c.restriction_legal_basis is True)]
    if not refused:
        return None
    questioned = [i for i in ctx.events(Interrogation)
                  if i.date is not None and (i.counsel_present is False
                                             or i.chosen_lawyer_excluded is True)
                  and i.waiver is not True and not _links.outside_custody(ctx, i)[0]]
    # A person who consulted a lawyer before the questioning was not kept from communicating
    # with counsel: a lawyer kept only from the room is weighed with the whole (Doyle v
    # Ireland), not under this rule.
    advised = [c.date for c in _contacts(ctx) if c.granted is True and c.date is not None]

    def consulted(i: Interrogation) -> bool:
        assert i.date is not None
        return any(d.before(i.date) is not Tri.NO
                   and Span.between(d, i.date).exceeds(timedelta(hours=48)) is Tri.NO
                   for d in advised)

    stated = {q.id for st in _links.pretrial_statements(ctx)
              if (q := _links.interrogation_of(ctx, st)) is not None}
    for c in refused:
        assert c.date is not None
        # Only questioning that took something from the person: a statement, or other
        # investigative steps with them (Lyashkevich); questioning that produced nothing is
        # left to the weighing (Simeonovi v Bulgaria [GC], no violation).
        took = c.statement_taken is True or c.investigative_acts is True
        during = [i for i in questioned if i.date is not None
                  and c.date.before(i.date) is not Tri.NO
                  and Span.between(c.date, i.date).exceeds(timedelta(hours=48)) is Tri.NO
                  and not consulted(i)
                  and (took or i.statement_taken is True or i.id in stated)]
        if during:
            return covenant_only(breach(
                _("{name} was refused a lawyer {when} and questioned without that lawyer "
                  "{questioned}. Under the Covenant that breaches the right to communicate with "
                  "counsel, whatever the questioning produced (Lyashkevich v Uzbekistan); the "
                  "European Convention weighs the fairness of the proceedings as a whole "
                  "instead, so this breach rests on the Covenant alone.", name=ctx.name,
                  when=ctx.when(c),
                  questioned=join([ctx.when(i) for i in during])),
                ctx.fact(c, "granted"),
                *(ctx.fact(i, "chosen_lawyer_excluded" if i.chosen_lawyer_excluded is True
                           else "counsel_present") for i in during)))
    return None


def _first_interrogation_weighed(ctx: Context) -> Decision:
    if not ctx.events(Interrogation) and not _contacts(ctx) \
            and not _links.pretrial_statements(ctx):
        return not_applicable(_("No questioning of {name} is recorded.", name=ctx.name))
    restricted, open_ = _restrictions(ctx)
    if not restricted:
        if open_ and ctx.finding("counsel.overall-fairness").outcome is Outcome.NO_VIOLATION:
            # Whether access was restricted is open, but nothing said then could harm the
            # defence (see 'Restricted counsel and the fairness of the trial as a whole').
            whole = ctx.finding("counsel.overall-fairness")
            return compliant(_("Whatever the answer to what the record leaves open: {reason}",
                               reason=whole.reasoning[0]), against=tuple(open_))
        if open_:
            return unknown(*open_)
        present = [ctx.fact(i, "counsel_present") for i in ctx.events(Interrogation)
                   if i.counsel_present is True]
        waived = [ctx.fact(i, "waiver_informed") for i in ctx.events(Interrogation)
                  if i.waiver is True and i.waiver_informed is True]
        unsought = [(i, f) for i in ctx.events(Interrogation)
                    if (f := _links.counsel_not_sought(ctx, i)) is not None]
        if unsought:
            return compliant(
                _("{name} was questioned without a lawyer {when}, but a lawyer was free to "
                  "attend and neither {name}, who knew it, nor a lawyer of theirs asked for one: "
                  "the authorities restricted nothing (Imbrioscia v Switzerland).",
                  name=ctx.name, when=join([ctx.when(i) for i, _f in unsought])),
                *present, *waived, *(f for _i, f in unsought),
                *(ctx.fact(i, "counsel_requested") for i, _f in unsought))
        outside = [(i, shown) for i in ctx.events(Interrogation)
                   if (shown := _links.outside_custody(ctx, i)[0])]
        if outside and not present and not waived:
            return compliant(_(_OUTSIDE, name=ctx.name,
                               when=join([ctx.when(i) for i, _s in outside])),
                             *(x for _i, shown in outside for x in shown))
        if not present and not waived:
            return unknown(_("Did {name} have a lawyer when questioned?", name=ctx.name))
        return compliant(_("{name} had a lawyer, or validly waived one, each time they were "
                           "questioned.", name=ctx.name), *present, *waived)
    # Questioning without a lawyer is the fact the two-stage test weighs, not the verdict
    # (Ibrahim §§257-265; Beuze): the outcome follows stage 2, and the fact stays visible.
    what = _restriction_text(ctx, restricted) + "."
    stage1 = ctx.finding("counsel.restriction-reasons")
    stage2 = ctx.finding("counsel.overall-fairness")
    justified = stage1.outcome is Outcome.NO_VIOLATION
    if stage2.is_breach:
        return Decision(stage2.outcome, (_("{what} Weighing the proceedings as a whole, the "
                                           "restriction irretrievably prejudiced the defence "
                                           "(see 'Restricted counsel and the fairness of the "
                                           "trial as a whole').", what=what),),
                        tuple(restricted), stage2.against, stage2.questions, stage2.confidence)
    if stage2.outcome is Outcome.NO_VIOLATION:
        if justified:
            return compliant(_("{what} The restriction rested on compelling reasons, and the "
                               "proceedings as a whole were not unfair on the record, so the "
                               "right to a lawyer was not breached.", what=what),
                             against=(what,))
        return compliant(_("{what} No compelling reason for it is shown, but the proceedings as "
                           "a whole were not unfair on the record, so the right to a lawyer was "
                           "not breached.", what=what),
                         against=(what, _("No compelling reason for the restriction is shown "
                                          "(stage 1).")))
    if stage2.outcome is Outcome.NOT_APPLICABLE and not open_:
        return compliant(_("{what} Nothing said then was used in the proceedings on the "
                           "record.", what=what), against=(what,))
    return unknown(*stage2.questions, *open_,
                   reason=_("{what} Whether that breached the right to a lawyer turns on the "
                            "fairness of the proceedings as a whole, which the record leaves "
                            "open.", what=what), facts=restricted)


FIRST_INTERROGATION = Criterion(
    id="counsel.first-interrogation",
    area=Area.COUNSEL,
    title="A lawyer from the first interrogation",
    question="Did the person have a lawyer from the first police interrogation on, unless "
             "validly waived or restricted for compelling reasons without prejudice to the "
             "fairness of the trial?",
    citations=(
        iccpr("14(3)(b)"), iccpr("14(3)(d)"),
        basic_principles("1", confirmed=True), basic_principles("7", confirmed=True),
        general_comment(32, "34", confirmed=False),
        ecthr("Salduz v Turkey [GC], no. 36391/02, 27 Nov 2008", "§55"),
        ecthr("Ibrahim and Others v UK [GC], nos. 50541/08 and others, 13 Sept 2016",
              "§§257-265"),
        # A capital case: a lawyer at every stage, a breach without the weighing.
        general_comment(32, "38", confirmed=False),
        hrc_views("Aliev v Ukraine, comm. no. 781/1997", "para 7.3"),
        hrc_views("Lyashkevich v Uzbekistan, comm. no. 1552/2007, 23 March 2010", "para 9.4"),
        hrc_views("Saidova v Tajikistan, comm. no. 964/2001", "para 6.8"),
    ),
    severity=Severity.SERIOUS,
    reads=("interrogation.counsel_present", "interrogation.waiver", "charge.capital",
           "interrogation.chosen_lawyer_excluded", "interrogation.as_witness",
           "interrogation.questioned_as", "suspected", "counsel_access.granted",
           "interrogation.in_custody", "interrogation.on_the_spot", "statement.in_custody",
           "finding:counsel.restriction-reasons", "finding:counsel.overall-fairness"),
    decide=_first_interrogation,
    depends_on=("counsel.restriction-reasons", "counsel.overall-fairness"),
)


def _within_48h(ctx: Context) -> Decision:
    arrest = ctx.first(ctx.events(Arrest))
    if arrest is None:
        return not_applicable(_("No arrest of {name} is recorded.", name=ctx.name))
    contacts: list[Event] = [c for c in ctx.events(CounselAccess) if c.granted is True]
    contacts += [i for i in ctx.events(Interrogation) if i.counsel_present is True]
    contacts += [o for o in ctx.events(OutsideContact)
                 if o.contact_with is ContactWith.LAWYER and o.granted is True]
    first = ctx.first(ctx.not_before(contacts, arrest))
    if first is None or first.date is None or arrest.date is None:
        return unknown(_("When did {name} first see a lawyer after the arrest {when}?",
                         name=ctx.name, when=ctx.when(arrest)))
    span = Span.between(arrest.date, first.date)
    late = span.exceeds(timedelta(hours=48))
    facts = (ctx.fact(arrest), ctx.fact(first))
    words = {"name": ctx.name, "span": duration(span), "when": ctx.when(arrest)}
    if late is Tri.YES:
        return breach(_("{name} first had a lawyer {span} after the arrest {when}: later than "
                        "48 hours.", **words), *facts)
    if late is Tri.NO:
        return compliant(_("{name} first had a lawyer {span} after the arrest {when}.",
                           **words), *facts)
    return unknown(_("At what times were the arrest and the first meeting with a lawyer?"),
                   reason=_("{name} first had a lawyer {span} after the arrest {when}; the dates "
                            "cannot tell whether 48 hours passed.", **words), facts=facts)


WITHIN_48H = Criterion(
    id="counsel.within-48-hours",
    area=Area.COUNSEL,
    title="A lawyer within 48 hours of arrest",
    question="Did the detained person have access to a lawyer promptly, and in any case within "
             "48 hours of arrest?",
    # The 48-hour figure is Basic Principle 7's (soft law); the Covenant asks for prompt
    # access (GC32 para 34) and the ECHR weighs the delay in overall fairness.
    citations=(basic_principles("7", confirmed=True), iccpr("14(3)(b)"),
               general_comment(32, "34", confirmed=False),
               legal_aid("guideline 4 (para 44)")),
    severity=Severity.SERIOUS,
    reads=("arrest.date", "counsel_access.date", "interrogation.counsel_present"),
    decide=_within_48h,
    weighed_in="counsel.overall-fairness",
)


def _restriction_reasons(ctx: Context) -> Decision:
    restricted, open_ = _restrictions(ctx)
    if not restricted:
        if open_:
            return unknown(*open_, reason=_("Whether access to a lawyer was restricted is not "
                                            "known."))
        return not_applicable(_("Access to a lawyer was not restricted on the record."))
    refusals = [c for c in ctx.events(CounselAccess) if c.granted is False]
    what = _restriction_text(ctx, restricted) + "."

    def one(c: CounselAccess) -> Decision:
        when = ctx.when(c)
        statutory, individual = (ctx.fact(c, "restriction_statutory"),
                                 ctx.fact(c, "restriction_individual"))
        basis, hours = ctx.fact(c, "restriction_legal_basis"), ctx.fact(c, "delay_hours")
        if statutory.value is True:
            return breach(_("The restriction {when} followed from a general rule of law, not an "
                            "assessment of this person's case; a general rule is never a "
                            "compelling reason.", when=when), statutory)
        if individual.value is False:
            return breach(_("The restriction {when} rested on no individual assessment of an "
                            "urgent need, so no compelling reason is shown.", when=when),
                          individual)
        if basis.value is False:
            return breach(_("The restriction {when} had no basis in law.", when=when), basis)
        reason = c.restriction_reason
        if individual.value is True and basis.value is True:
            if hours.value is None:
                return unknown(_("How long did the restriction of access to a lawyer {when} "
                                 "last?", when=when),
                               reason=_("The restriction {when} had a basis in law and rested on "
                                        "an individual assessment of an urgent need "
                                        "({reason}); compelling reasons justify only a "
                                        "temporary one.", when=when, reason=reason)
                               if reason else
                               _("The restriction {when} had a basis in law and rested on an "
                                 "individual assessment of an urgent need; compelling reasons "
                                 "justify only a temporary one.", when=when),
                               facts=(individual, basis))
            lasted = f"{hours.value:g}"
            if hours.value > 48:
                return unknown(_("What made it necessary to keep {name} from a lawyer for "
                                 "{hours} hours?", name=ctx.name, hours=lasted),
                               reason=_("The restriction {when} had a basis in law and an "
                                        "individual assessment ({reason}), but lasted {hours} "
                                        "hours; compelling reasons justify only a temporary "
                                        "restriction.", when=when, reason=reason, hours=lasted)
                               if reason else
                               _("The restriction {when} had a basis in law and an individual "
                                 "assessment, but lasted {hours} hours; compelling reasons "
                                 "justify only a temporary restriction.", when=when,
                                 hours=lasted),
                               facts=(individual, basis, hours))
            return compliant(_("The restriction {when} had a basis in law, rested on an "
                               "individual assessment of an urgent need ({reason}), and lasted "
                               "{hours} hours.", when=when, reason=reason, hours=lasted)
                             if reason else
                             _("The restriction {when} had a basis in law, rested on an "
                               "individual assessment of an urgent need, and lasted {hours} "
                               "hours.", when=when, hours=lasted),
                             individual, basis, hours,
                             against=(_("Whether the need was compelling remains a judgment "
                                        "for the reviewer; overall fairness is weighed next."),))
        return unknown(_("Was the restriction {when} based on an individual assessment of an "
                         "urgent need (such as averting a threat to life), with a basis in law, "
                         "and how long did it last?", when=when),
                       reason=_("{what} The reason given: '{reason}'.", what=what,
                                reason=reason) if reason else what)

    if refusals:
        return worst((one(c) for c in refusals), empty=not_applicable(""))
    mandatory = [c for c in _links.charges_of(ctx) if c.counsel_mandatory is True]
    if mandatory:
        # Questioning without the lawyer domestic law required has no basis in law, and a
        # restriction without one can have no compelling reason (Ibrahim [GC]; audit17b,
        # Butovenko v Ukraine, counsel mandatory for an offence punishable by life).
        return breach(_("{what} Domestic law required a lawyer for a person facing the charge of "
                        "{charge}, so being without one had no basis in law, and no compelling "
                        "reason can be shown.", what=what, charge=mandatory[0].description),
                      *restricted, _links.charge_fact(ctx, mandatory[0]))
    return unknown(_("Why was {name} without a lawyer: did the authorities give a reason based "
                     "on an individual assessment of an urgent need, with a basis in law?",
                     name=ctx.name),
                   reason=_("{what} No reason for the restriction is recorded (a reason, or its "
                            "absence, goes on a counsel_access event with granted false).",
                            what=what),
                   facts=restricted)


RESTRICTION_REASONS = Criterion(
    id="counsel.restriction-reasons",
    area=Area.COUNSEL,
    title="Compelling reasons for restricting counsel (two-stage test, stage 1)",
    question="If access to a lawyer was delayed or denied, was there a compelling, temporary, "
             "individually assessed reason with a basis in law?",
    citations=(
        ecthr("Ibrahim and Others v UK [GC], nos. 50541/08 and others, 13 Sept 2016",
              "§§257-265"),
        ecthr("Beuze v Belgium [GC], no. 71409/10, 9 Nov 2018", "§§138-144"),
        body_of_principles("18", confirmed=True),
    ),
    severity=Severity.SERIOUS,
    reads=("interrogation.counsel_present", "counsel_access.granted", "charge.counsel_mandatory",
           "counsel_access.restriction_reason", "counsel_access.restriction_statutory",
           "counsel_access.restriction_legal_basis", "counsel_access.restriction_individual",
           "counsel_access.delay_hours"),
    decide=_restriction_reasons,
    weighed_in="counsel.overall-fairness",
)


# How heavily the conviction rested on a statement made under the restriction, one sentence for
# each weight the record can give (the weight not relied on is a factor for fairness instead).
_RELIED_AS = {
    Weight.SOLE: T_("The conviction relied on {what}, made under the restriction, as the only "
                    "evidence against the accused."),
    Weight.DECISIVE: T_("The conviction relied on {what}, made under the restriction, as so "
                        "important that it likely determined the outcome."),
    Weight.MAIN: T_("The conviction relied on {what}, made under the restriction, as "
                    "significant, but with other evidence of weight."),
    Weight.CORROBORATIVE: T_("The conviction relied on {what}, made under the restriction, as "
                             "corroborative of other evidence that suffices on its own."),
}
_RELIED = T_("The conviction relied on {what}, made under the restriction.")


def _used_against(ctx: Context, st: Event) -> bool:
    """Does the record say ``st`` was used in court against the person assessed?"""
    return (isinstance(st, Statement) and ctx.person is not None
            and ctx.person.id in st.used_against)


def _fairness_factors(ctx: Context, restricted: Sequence[tuple[Event, Fact]],
                      ) -> tuple[list[Factor], list[Missing]]:
    """The Ibrahim §274 factors the record gives, and the ones it lacks."""
    factors: list[Factor] = []
    missing: list[Missing] = []
    person = ctx.person
    # (a) vulnerability
    if person and (person.minor or person.vulnerable):
        factors.append(Factor(_("{name} was a minor or otherwise vulnerable.", name=ctx.name),
                              Toward.BREACH, 2))
    elif person and person.minor is False and person.vulnerable is False:
        factors.append(Factor(_("{name} was an adult with no recorded vulnerability.",
                                name=ctx.name), Toward.FAIRNESS, 1))
    elif person and person.minor is None and person.vulnerable is False:
        # Only what is missing is asked: an answer to one half leaves the other open.
        missing.append(Missing(_("Was {name} under 18 when the events began ('minor' on the "
                                 "person: false for an adult)?", name=ctx.name)))
    elif person and person.minor is False and person.vulnerable is None:
        missing.append(Missing(_("Was {name}, an adult, otherwise vulnerable when questioned "
                                 "(illness, disability, language: 'vulnerable' on the person, "
                                 "false if not)?", name=ctx.name)))
    else:
        missing.append(Missing(_("Was {name} a minor or otherwise vulnerable (age, health, "
                                 "language) when questioned ('minor' and 'vulnerable' on the "
                                 "person, both false for an adult not vulnerable)?",
                                 name=ctx.name)))
    for st, fact in restricted:
        what = ctx.label(st)
        first = what[:1].upper() + what[1:]  # the label opens the sentence
        how, use = _links.reliance(ctx, st)
        weight = _links.weight_of(ctx, st)
        # (g) the use made of the evidence and its weight
        if how == "excluded":
            factors.append(Factor(_("{what} was excluded from the evidence.", what=first),
                                  Toward.FAIRNESS, 3, use))
            continue
        if weight is not None and weight.value is Weight.NOT_RELIED_ON:
            factors.append(Factor(_("The court did not rely on {what}.", what=what),
                                  Toward.FAIRNESS, 3, (weight,)))
            continue
        # A weight the judgment gave the statement is itself its use: the guide's 'weight' is
        # how much the conviction rested on it, with or without the verdict's 'relied_on'
        # (Navone v Monaco, audit16a: a recorded weight was asked for again). 'used_against'
        # says it was used in court against the person, its weight still to be asked.
        if weight is not None:
            how = "relied"
        if how == "relied":
            n = _links.USE_WEIGHT[weight.value] if weight is not None else 2
            said = _(_RELIED_AS[weight.value] if weight is not None else _RELIED, what=what)
            factors.append(Factor(said, Toward.BREACH, n,
                                  (fact, *use, *((weight,) if weight else ()))))
        elif how == "admitted" or _used_against(ctx, st):
            factors.append(Factor(_("{what} was admitted in evidence.", what=first)
                                  if how == "admitted" else
                                  _("{what} was used in evidence against {name}.", what=first,
                                    name=ctx.name),
                                  Toward.BREACH, 1, (fact, *use) if use
                                  else (fact, ctx.fact(st, "used_against"))))
            missing.append(Missing(_("How much did the conviction rest on {what}?", what=what),
                                   2))
        else:
            missing.append(Missing(_("Was {what}, made without a lawyer, used at trial, and how "
                                     "much did the conviction rest on it?", what=what), 3))
        # (d) reliability and the circumstances in which it was obtained: ill-treatment on
        # the record. A retraction's own claim of coercion is the retraction, weighed under (f)
        # (Ibrahim §274 keeps the two apart); counting it here too weighed one claim twice.
        if coerced := tuple(f for f in _links.coercion_of(ctx, st)
                            if f.detail != "alleges_coercion"):
            # Established ill-treatment is no claim: it is read as found, and weighs the more
            # (audit17b, Butovenko: a beating found by the Committee read as "says").
            found = all(f.standing is Standing.ESTABLISHED for f in coerced)
            if found and any(isinstance(f.event, IllTreatment)
                             and _links.reaches_art7(f.event) for f in coerced):
                factors.append(Factor(_("{what} was obtained by ill-treatment that is "
                                        "established, which destroys its reliability.",
                                        what=first), Toward.BREACH, 3, coerced))
            elif found:
                # Pressure short of ill-treatment, established, is weighed as before: as found,
                # not as a claim, but not as heavily as ill-treatment.
                factors.append(Factor(_("{what} was obtained under pressure that is "
                                        "established, which casts doubt on its reliability.",
                                        what=first), Toward.BREACH, 2, coerced))
            else:
                factors.append(Factor(_("{name} says {what} was coerced, which casts doubt on "
                                        "its reliability.", name=ctx.name, what=what),
                                      Toward.BREACH, 2, coerced))
        # (f) a prompt retraction. One whose claim of coercion the court examined and did not
        # uphold, with no ill-treatment on the record, is no sign the statement was unreliable:
        # an allegation is not proof, and the examination is itself a safeguard (Ibrahim §274
        # (c), (d); Doyle v Ireland: the claim rejected after a trial within a trial).
        for r in _links.retractions_of(ctx, st):
            rejected = None if coerced else _claim_rejected(ctx, r, how)
            if rejected is not None:
                factors.append(Factor(_("The claim {name} made {when}, in retracting {what}, "
                                        "that it was coerced was examined and not upheld: an "
                                        "allegation is not proof.", name=ctx.name, what=what,
                                        when=ctx.when(r)),
                                      # Counted once where the admissibility ruling weighs it.
                                      Toward.FAIRNESS, 0 if _admissibility_examined(ctx, st)
                                      else 1, rejected))
                continue
            factors.append(Factor(_("{name} retracted {what} {when}.", name=ctx.name, what=what,
                                    when=ctx.when(r)), Toward.BREACH, 1, (ctx.fact(r),)))
        # (j) safeguards: a later statement made with a lawyer, after being told that what was
        # said before could not be used, lets the conviction rest on an account given with the
        # safeguards (Ibrahim §274 (j); Beuze [GC]).
        # The caution helps only where the promise was kept: a court that used the statement
        # anyway broke it.
        if (later := _repeated_with_counsel(ctx, st)) is not None and how == "relied":
            factors.append(Factor(_("{name} was told {when}, with a lawyer present, that {what} "
                                    "could not be used, yet the conviction relied on it.",
                                    name=ctx.name, when=ctx.when(later[0]), what=what),
                                  Toward.BREACH, 2, (*later[1], *use)))
        elif later is not None:
            factors.append(Factor(_("{name} was questioned again {when} with a lawyer, after "
                                    "being told that what was said before could not be used.",
                                    name=ctx.name, when=ctx.when(later[0])),
                                  Toward.FAIRNESS, 1, later[1]))
        else:
            # Without the qualified caution, a later statement made after legal advice that
            # adopted this one is a modest factor for fairness, no cure (Ibrahim [GC], the
            # fourth applicant: he adopted his account after legal advice and did not retract
            # it, yet the Court found a violation).
            _adopted(ctx, st, what, factors, missing)
        # A statement given with a lawyer the police chose while the person's own, unknown to
        # them, was turned away (Dvorski v Croatia [GC]).
        linked = _links.interrogation_of(ctx, st)
        if linked is not None and linked.chosen_lawyer_excluded is True \
                and linked.lawyer_choice_informed is False:
            factors.append(Factor(_("{what} was given with a lawyer the police chose, while the "
                                    "lawyer chosen by or for {name} was turned away without "
                                    "{name} knowing.", what=first, name=ctx.name),
                                  Toward.BREACH, 2,
                                  (ctx.fact(linked, "chosen_lawyer_excluded"),
                                   ctx.fact(linked, "lawyer_choice_informed"))))
        # (j) safeguards: a caution; its absence weighs more than its presence, as a suspect
        # neither advised by a lawyer nor told of the right to silence makes it the harder for
        # the State to show the trial fair (Ibrahim [GC] §273; Navone v Monaco: the missing
        # warning was weighed nowhere, audit16a).
        if linked is not None and (linked.cautioned is True
                                   or linked.informed_of_right_to_silence is True):
            factors.append(Factor(_("{name} was cautioned and told of the right to silence "
                                    "before {what}.", name=ctx.name, what=what),
                                  Toward.FAIRNESS, 1))
        elif linked is not None and (
                told := ctx.fact(linked, "informed_of_right_to_silence")).value is False:
            factors.append(Factor(_("{name} was not told of the right to remain silent before "
                                    "{what}, without a lawyer either.", name=ctx.name,
                                    what=what), Toward.BREACH, 2, (told,)))
        # (j) safeguards: legal advice taken before the questioning, the lawyer kept only from
        # the room, and the questioning filmed (Doyle v Ireland: consultations before the
        # first interview and between interviews, every interview video-recorded, no
        # violation though no compelling reason was shown).
        if (advice := _advice_before(ctx, st, linked)) is not None:
            met, recent = advice
            factors.append(Factor(
                _("{name} consulted a lawyer {when}, shortly before {what}.", name=ctx.name,
                  when=ctx.when(met), what=what) if recent else
                _("{name} had consulted a lawyer {when}, before {what}.", name=ctx.name,
                  when=ctx.when(met), what=what),
                Toward.FAIRNESS, 2 if recent else 1, (ctx.fact(met, "granted"),)))
        if linked is not None and (filmed := ctx.fact(linked, "video_recorded")).value is True:
            factors.append(Factor(_("The questioning in which {what} was made was filmed or "
                                    "sound-recorded throughout, so the court could see how it "
                                    "was obtained.", what=what), Toward.FAIRNESS, 1, (filmed,)))
    # (g) the strength of the other evidence, unless a statement's weight already said it
    # ("with other evidence of weight"): counted once.
    weighed = any(w is not None and w.value in (Weight.MAIN, Weight.CORROBORATIVE)
                  for w in (_links.weight_of(ctx, st) for st, _f in restricted))
    for v in _links.convictions(ctx):
        other = ctx.fact(v, "other_evidence")
        if other.value is True and weighed:
            pass  # counted once, in the statement's weight; who decided guilt is still weighed
        elif other.value is True:
            factors.append(Factor(_("The conviction {when} also rested on other evidence.",
                                    when=ctx.when(v)), Toward.FAIRNESS, 1, (other,)))
        elif other.value is False:
            factors.append(Factor(_("There was no evidence of guilt besides {name}'s own "
                                    "statements.", name=ctx.name), Toward.BREACH, 2, (other,)))
        else:
            missing.append(Missing(_("What other evidence supported the conviction {when}?",
                                     when=ctx.when(v))))
        # (h) professional judges or a jury, and its directions
        if v.jury is True and v.jury_directions is False:
            factors.append(Factor(_("A jury decided guilt without directions on how to treat "
                                    "the statements."), Toward.BREACH, 1,
                                  (ctx.fact(v, "jury_directions"),)))
        elif v.jury is True and v.jury_directions is True:
            factors.append(Factor(_("The jury was directed on how to treat the statements."),
                                  Toward.FAIRNESS, 1, (ctx.fact(v, "jury_directions"),)))
        elif v.jury is False:
            factors.append(Factor(_("Professional judges decided guilt, in a reasoned judgment "
                                    "open to appeal."), Toward.FAIRNESS, 1,
                                  (ctx.fact(v, "jury"),)))
    # (c) the chance to challenge the evidence
    statements = {st.id for st, _fact in restricted}
    restricted_events = [st for st, _fact in restricted]
    for q in ctx.events(DefenceRequest):
        if q.request is not RequestKind.EXCLUDE_EVIDENCE:
            continue
        if q.about and not statements & set(q.about):
            continue  # a request about other evidence says nothing of these statements
        if q.granted is False and q.refusal_reasoned is True and statements & set(q.about):
            # A ruling on these very statements, after hearing the challenge to them, tested
            # how they were obtained (Ibrahim §274 (c); Doyle v Ireland: a trial within a trial).
            factors.append(Factor(_("The court examined the defence's challenge {when} to the "
                                    "admissibility of {what}, and admitted it with reasons.",
                                    when=ctx.when(q),
                                    what=join([ctx.label(e) for e in restricted_events
                                               if e.id in q.about])),
                                  Toward.FAIRNESS, 1,
                                  (ctx.fact(q, "refusal_reasoned"),)))
        elif q.granted is False and q.refusal_reasoned is True:
            factors.append(Factor(_("The court examined, with reasons, the defence's request "
                                    "{when} to exclude evidence.", when=ctx.when(q)),
                                  Toward.FAIRNESS, 1,
                                  (ctx.fact(q, "refusal_reasoned"),)))
        elif q.granted is False and q.refusal_reasoned is False:
            factors.append(Factor(_("The court refused without reasons the defence's request "
                                    "{when} to exclude evidence.", when=ctx.when(q)),
                                  Toward.BREACH, 1,
                                  (ctx.fact(q, "refusal_reasoned"),)))
    return factors, missing


def _claim_rejected(ctx: Context, r: Retraction, how: str) -> tuple[Fact, ...] | None:
    """The facts showing that a retraction's claim of coercion was examined and not upheld:
    found unproven or untrue, or examined by the court that then admitted or relied on the
    statement. None where the retraction claims no coercion or the record does not show it
    examined."""
    if r.alleges_coercion is not True:
        return None
    alleged = ctx.fact(r, "alleges_coercion")
    if alleged.standing in REFUTED:
        return (alleged,)
    if how not in ("relied", "admitted"):
        return None
    examined = [ctx.fact(v, "addressed_retraction") for v in _links.convictions(ctx)
                if v.addressed_retraction is True]
    return (alleged, *examined) if examined else None


def _admissibility_examined(ctx: Context, st: Event) -> bool:
    """Whether the court ruled, with reasons, on a defence challenge to ``st`` itself."""
    return any(q.request is RequestKind.EXCLUDE_EVIDENCE and st.id in q.about
               and q.granted is False and q.refusal_reasoned is True
               for q in ctx.events(DefenceRequest))


def _advice_before(ctx: Context, st: Event, linked: Interrogation | None,
                   ) -> tuple[CounselAccess, bool] | None:
    """The last consultation with a lawyer, let in, certainly before the questioning that
    produced ``st`` (or ``st`` itself), and whether it came within 48 hours of it: advice
    taken then, or between interviews, still informed what was said."""
    start = linked.date if linked is not None and linked.date is not None else st.date
    if start is None:
        return None
    before = [c for c in ctx.events(CounselAccess) if c.granted is True and c.date is not None
              and ctx.fact(c, "granted").standing not in REFUTED
              and c.date.before(start) is Tri.YES]
    if not before:
        return None
    last = max(before, key=lambda c: c.date.sort_key() if c.date else ())
    assert last.date is not None
    return last, Span.between(last.date, start).exceeds(timedelta(hours=48)) is Tri.NO


def _adopted(ctx: Context, st: Event, what: str, factors: list[Factor],
             missing: list[Missing]) -> None:
    """A later statement of the person that adopted ``st``: with a lawyer present, a modest
    factor for fairness; the lawyer's presence unrecorded, asked."""
    for later in _links.pretrial_statements(ctx):
        if not isinstance(later, Statement) or st.id not in later.adopts:
            continue
        present = _links.counsel_at(ctx, later)
        words = {"name": ctx.name, "what": what, "when": ctx.when(later)}
        if present is not None and present.value is True:
            factors.append(Factor(_("{name} adopted {what} in a later statement {when}, made "
                                    "with a lawyer present.", **words), Toward.FAIRNESS, 1,
                                  (present, ctx.fact(later, "adopts"))))
            return
        if present is None:
            missing.append(Missing(_("Was a lawyer present when {name} adopted {what} in a "
                                     "later statement {when}?", **words), 1))
            return


def _repeated_with_counsel(ctx: Context, st: Event) -> tuple[Event, tuple[Fact, ...]] | None:
    """A statement made after ``st``, with a lawyer present, in a questioning at which the
    person was told that earlier statements could not be used (the qualified caution)."""
    if st.date is None:
        return None
    return next(((later, facts) for later, facts in _cautioned_with_counsel(ctx)
                 if later is not st and later.date is not None
                 and st.date.before(later.date) is Tri.YES), None)


def _cautioned_with_counsel(ctx: Context) -> list[tuple[Event, tuple[Fact, ...]]]:
    """The person's statements made with a lawyer after the qualified caution, with the facts
    that show it; found once per person, not once for every statement they are set against."""
    def build() -> list[tuple[Event, tuple[Fact, ...]]]:
        found: list[tuple[Event, tuple[Fact, ...]]] = []
        for later in _links.pretrial_statements(ctx):
            linked = _links.interrogation_of(ctx, later)
            if linked is None or linked.cautioned_earlier_inadmissible is not True:
                continue
            present = _links.counsel_at(ctx, later)
            if present is not None and present.value is True:
                found.append((later, (present,
                                      ctx.fact(linked, "cautioned_earlier_inadmissible"))))
        return found

    return ctx.once(("cautioned-with-counsel", ctx.person.id if ctx.person else None), build)


def _silence_held_against(ctx: Context) -> Decision | None:
    """Silence kept while questioned without a lawyer, held against the person at trial: under
    a scheme in which what one does at the outset decides what may be inferred, denying a lawyer
    then is incompatible with art 6 whatever the justification (John Murray v UK [GC]). None
    where the record shows no silence used and no warning that it could be."""
    alone = [i for i in ctx.events(Interrogation) if i.counsel_present is False]
    if not alone:
        return None
    drawn = [ctx.fact(v, "inference_from_silence") for v in _links.convictions(ctx)
             if v.inference_from_silence is not None]
    warned = [ctx.fact(i, "silence_inference_warned") for i in alone
              if i.silence_inference_warned is True]
    if any(f.value is True for f in drawn):
        return breach(_("{name} was questioned without a lawyer, and the court drew adverse "
                        "inferences from the silence kept then: where silence at the outset may "
                        "be held against the accused, a lawyer is needed from the first "
                        "questioning, whatever the reason for the restriction (John Murray v "
                        "UK [GC]).", name=ctx.name),
                      ctx.fact(alone[0], "counsel_present"),
                      *(f for f in drawn if f.value is True), *warned)
    if warned and not drawn:
        return unknown(_("Did the court draw adverse inferences from the silence {name} kept "
                         "while questioned without a lawyer?", name=ctx.name),
                       reason=_("{name} was questioned without a lawyer after a warning that "
                                "silence could be held against them at trial.", name=ctx.name),
                       facts=tuple(warned))
    return None


def _overall_fairness(ctx: Context) -> Decision:
    # Whatever the access to a lawyer, a statement excluded from the evidence cannot have
    # weighed against the person: if every statement made out of court was excluded, the
    # proceedings were not made unfair by what was said without a lawyer.
    outside = _links.pretrial_statements(ctx)
    uses = [_links.reliance(ctx, st) for st in outside]
    if outside and all(how == "excluded" for how, _use in uses):
        return compliant(_("Every statement {name} made out of court was excluded from the "
                           "evidence, so none made without a lawyer was used.", name=ctx.name),
                         *(f for _how, facts in uses for f in facts))
    unused = [w for st, (how, _use) in zip(outside, uses, strict=True)
              if how != "relied" and (w := _links.weight_of(ctx, st)) is not None
              and w.value is Weight.NOT_RELIED_ON]
    # Only where that is established: a disputed weight must not hide another ground the
    # record does establish (found by the removal property: a refusal during which nothing was
    # taken decided the case once the disputed weight was removed, and not before).
    if outside and len(unused) == len(outside) and all(
            w.standing is Standing.ESTABLISHED for w in unused):
        return compliant(_("The court relied on no statement {name} made out of court, so none "
                           "made without a lawyer was used against {name}.", name=ctx.name),
                         *unused)
    restricted_facts, open_ = _restrictions(ctx)
    if not restricted_facts and not open_:
        return not_applicable(_("Access to a lawyer was not shown to be restricted."))
    statements = [(st, f) for st in _links.pretrial_statements(ctx)
                  if (f := _restriction_at(ctx, st)) is not None]
    # Silence held against the person is used as a statement would be; whether access was
    # restricted is still asked first where the record does not establish it.
    silence = _silence_held_against(ctx)
    if silence is not None and restricted_facts:
        return silence
    if not statements and silence is None:
        # Nothing said without a lawyer, whether or not access was restricted: nothing to use.
        # Read as facts: a detail found untrue ("denied") says nothing either way.
        without = [i for i in ctx.events(Interrogation)
                   if ctx.fact(i, "counsel_present").value is not True]
        none_taken = [f for i in without
                      if (f := ctx.fact(i, "statement_taken")).value is False]
        # A refusal of access recorded with no statement taken during it says the same without
        # a questioning that never happened (Simeonovi v Bulgaria [GC]: three days without a
        # lawyer, no statement and no investigative step in them, no violation).
        refused = [c for c in ctx.events(CounselAccess) if c.granted is False]
        quiet = [f for c in refused if (f := ctx.fact(c, "statement_taken")).value is False]
        said = [c for c in refused if ctx.fact(c, "statement_taken").value is True]
        covered = bool(none_taken) or (bool(quiet) and len(quiet) == len(refused))
        if covered and len(none_taken) == len(without) and not said:
            steps = [c for c in refused if ctx.fact(c, "investigative_acts").value is True]
            if steps:
                return unknown(
                    _("What investigative step did {name} take part in without a lawyer {when}, "
                      "and was what it produced used at trial?", name=ctx.name,
                      when=ctx.when(steps[0])),
                    reason=_("{name} made no statement while without a lawyer, but took part "
                             "in an investigative step then.", name=ctx.name),
                    facts=(*none_taken, *quiet, ctx.fact(steps[0], "investigative_acts")))
            no_steps = [f for c in refused
                        if (f := ctx.fact(c, "investigative_acts")).value is False]
            if quiet and no_steps:
                return compliant(_("{name} made no statement, and took part in no "
                                   "investigative step, while without a lawyer, so nothing from "
                                   "that time could be used.", name=ctx.name),
                                 *none_taken, *quiet, *no_steps)
            return compliant(_("{name} made no statement while without a lawyer, so none "
                               "could be used.", name=ctx.name), *none_taken, *quiet)
    if not restricted_facts:
        # Unknown is not "unrestricted": the second stage stays open with the first.
        return unknown(*open_, _("If {name} was questioned without a lawyer, were the "
                                 "statements made then used at trial?", name=ctx.name),
                       reason=_("Whether access to a lawyer was restricted is not established."))
    if not statements and (said := [c for c in ctx.events(CounselAccess)
                                    if c.granted is False and c.statement_taken is True]):
        return unknown(_("What did {name} say while without a lawyer {when} (record it as a "
                         "'statement'), and was it used at trial?", name=ctx.name,
                         when=ctx.when(said[0])),
                       reason=_restriction_text(ctx, restricted_facts) + ".",
                       facts=(ctx.fact(said[0], "statement_taken"),))
    if not statements and any(c.granted is False for c in ctx.events(CounselAccess)):
        # Where to put the answer: on the refusal itself, not on a questioning never held.
        return unknown(_("Did {name} make any statement, or take part in any investigative "
                         "step, while without a lawyer, and was it used at trial "
                         "('statement_taken' and 'investigative_acts' on the refusal of "
                         "access: false if none)?", name=ctx.name),
                       reason=_restriction_text(ctx, restricted_facts) + ".")
    if not statements:
        return unknown(_("Did {name} make any statement while without a lawyer (an admission, "
                         "a denial or an account of events), and was it used at trial?",
                         name=ctx.name),
                       reason=_restriction_text(ctx, restricted_facts) + ".")
    factors, missing = _fairness_factors(ctx, statements)
    stage1 = ctx.finding("counsel.restriction-reasons")
    presumption = None
    if stage1.is_breach:
        presumption = Factor(_("No compelling reason for the restriction is shown, so the "
                               "proceedings are scrutinised very strictly and the State must "
                               "show convincingly that their fairness was not irretrievably "
                               "prejudiced."), Toward.BREACH, 2)
    elif stage1.outcome is Outcome.NO_VIOLATION:
        presumption = Factor(_("Compelling reasons for the restriction are shown."),
                             Toward.FAIRNESS, 1)
    else:
        missing.append(Missing(stage1.questions[0] if stage1.questions else
                               _("Were there compelling reasons for the restriction?")))
    decision = weigh(
        _("Weighing the proceedings as a whole (Ibrahim §274; Beuze, which rejects automatic "
          "rules)."), factors, missing, presumption=presumption,
        breach_text=_("the use of what was said without a lawyer irretrievably prejudiced the "
                      "defence."),
        fair_text=_("the restriction did not make the proceedings as a whole unfair."),
        burden_on_state=stage1.is_breach, convincingly=stage1.is_breach)
    note = _("The public interest in investigating the offence, which the Court also weighs, is "
             "left to the reviewer.")
    return attrs.evolve(decision, reasons=(*decision.reasons, note))


OVERALL_FAIRNESS = Criterion(
    id="counsel.overall-fairness",
    area=Area.COUNSEL,
    title="Restricted counsel and the fairness of the trial as a whole (stage 2)",
    question="Where access to a lawyer was restricted, weighing every recorded factor (the "
             "person's vulnerability, the use and weight of what was said, its reliability, a "
             "retraction, the other evidence, who decided guilt, the safeguards), were the "
             "proceedings as a whole fair?",
    citations=(
        ecthr("Ibrahim and Others v UK [GC], nos. 50541/08 and others, 13 Sept 2016", "§274",
              confirmed=True),
        ecthr("Beuze v Belgium [GC], no. 71409/10, 9 Nov 2018", "§150", confirmed=True),
        ecthr("Ibrahim and Others v UK [GC], nos. 50541/08 and others, 13 Sept 2016",
              "§§264-265", confirmed=True),
        ecthr("Salduz v Turkey [GC], no. 36391/02, 27 Nov 2008", "§55"),
        # Consultations before and between interviews, every interview filmed, the
        # admissions' admissibility examined at trial: no violation under strict scrutiny.
        ecthr("Doyle v Ireland, no. 51979/17, 23 May 2019"),
        iccpr("14(3)(d)"), general_comment(32, "34", confirmed=False),
    ),
    severity=Severity.GRAVE,
    reads=("finding:counsel.restriction-reasons", "confession.counsel_present",
           "statement.counsel_present", "statement.weight", "evidence.weight",
           "verdict.relied_on", "verdict.other_evidence", "verdict.jury", "evidence.ruling",
           "person.minor", "person.vulnerable", "retraction", "interrogation.cautioned",
           "interrogation.informed_of_right_to_silence",
           "interrogation.cautioned_earlier_inadmissible",
           "interrogation.silence_inference_warned", "verdict.inference_from_silence",
           "interrogation.in_custody", "interrogation.on_the_spot", "statement.in_custody",
           "statement.adopts", "defence_request.request=exclude_evidence",
           "defence_request.about",
           "interrogation.statement_taken", "counsel_access.statement_taken",
           "counsel_access.investigative_acts", "counsel_access.granted",
           "interrogation.video_recorded", "retraction.alleges_coercion",
           "verdict.addressed_retraction"),
    decide=_overall_fairness,
    depends_on=("counsel.restriction-reasons",),
    affects_outcome=True,
)


def _of_choice(ctx: Context) -> Decision:
    decisions = []
    for i in ctx.events(Interrogation):
        excluded = ctx.fact(i, "chosen_lawyer_excluded")
        if excluded.value is True:
            decisions.append(breach(_("A lawyer chosen by or for {name} was turned away, or "
                                      "never contacted, before {what}.", name=ctx.name,
                                      what=ctx.label(i)), excluded))
        elif (i.lawyer_chosen_by is Party.AUTHORITIES or i.lawyer_suggested_by_police is True
              ) and (informed := ctx.fact(i, "lawyer_choice_informed")).value is not None:
            brought = ctx.fact(i, "lawyer_suggested_by_police" if i.lawyer_suggested_by_police
                               else "lawyer_chosen_by")
            if informed.value is False:
                decisions.append(breach(_("{name} accepted the lawyer the investigators "
                                          "brought to {what} without knowing of a lawyer "
                                          "retained for them, or without being free to "
                                          "refuse.", name=ctx.name, what=ctx.label(i)),
                                        brought, informed))
            else:
                decisions.append(compliant(_("{name} accepted the lawyer the investigators "
                                             "brought to {what} freely and knowingly.",
                                             name=ctx.name, what=ctx.label(i)),
                                           brought, informed))
        elif i.lawyer_chosen_by is Party.AUTHORITIES or i.lawyer_suggested_by_police is True:
            decisions.append(unknown(_("Did {name} choose freely, and knowing of any lawyer "
                                       "retained by the family, the lawyer the investigators "
                                       "brought to {what}?", name=ctx.name, what=ctx.label(i))))
        elif i.lawyer_chosen_by in (Party.DEFENDANT, Party.FAMILY) and i.counsel_present:
            decisions.append(compliant(_("{name} had a lawyer of their or their family's "
                                         "choice at {what}.", name=ctx.name,
                                         what=ctx.label(i)),
                                       ctx.fact(i, "lawyer_chosen_by")))
    # A request to replace the lawyer the authorities assigned answers whether the person
    # asked for another; it is weighed with the defence at trial (Lagerblom v Sweden).
    replace = [r for r in ctx.events(DefenceRequest)
               if r.request is RequestKind.REPLACE_COUNSEL]
    for c in _contacts(ctx):
        granted, chooser = ctx.fact(c, "granted"), ctx.fact(c, "chosen_by")
        told = ctx.fact(c, "informed_of_counsel")
        chosen = chooser.value in (Party.DEFENDANT, Party.FAMILY)
        if chosen and granted.value is False:
            decisions.append(breach(_("A lawyer chosen by {name} or the family was turned "
                                      "away {when}.", name=ctx.name, when=ctx.when(c)),
                                    granted, chooser))
        if told.value is False:
            decisions.append(breach(_("{name} was not told that a chosen lawyer had come "
                                      "{when}.", name=ctx.name, when=ctx.when(c)), told))
        if chosen and granted.value is True:
            decisions.append(compliant(_("{name} was assisted by a lawyer of their or their "
                                         "family's choice {when}.", name=ctx.name,
                                         when=ctx.when(c)), granted, chooser))
        if chooser.value is None or granted.value is None:
            decisions.append(unknown(_("Who chose the lawyer {when}, and was that lawyer let "
                                       "in?", when=ctx.when(c))))
        if chooser.value is Party.AUTHORITIES and granted.value is True and not replace:
            decisions.append(unknown(_("Did {name} ask for a lawyer of their own choosing "
                                       "instead of the one the authorities called?",
                                       name=ctx.name),
                                     reason=_("The lawyer {when} was chosen by the "
                                              "authorities.", when=ctx.when(c)),
                                     facts=(chooser,)))
    assigned_only = len(_contacts(ctx)) < len(ctx.events(CounselAccess)) or replace
    if assigned_only and not ctx.events(Interrogation):
        assigned = not_applicable(_(
            "What is recorded of {name}'s lawyers concerns a lawyer the authorities assigned "
            "(one who failed to act, or a request to replace one), weighed with the defence at "
            "trial; no lawyer chosen by {name} or the family is recorded as turned away.",
            name=ctx.name))
        return worst(decisions, empty=assigned)
    return worst(decisions, empty=unknown(_("Was {name} represented by a lawyer of their "
                                            "choosing, and was any chosen lawyer turned away?",
                                            name=ctx.name)))


def _contacts(ctx: Context) -> list[CounselAccess]:
    """The lawyers' visits and refusals: a lawyer recorded only as having failed to act was
    neither let in nor turned away (weighed with the defence at trial, Artico v Italy)."""
    return [c for c in ctx.events(CounselAccess) if c.failed_to_act is not True]


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
           "counsel_access.informed_of_counsel", "interrogation.chosen_lawyer_excluded",
           "interrogation.lawyer_chosen_by", "interrogation.lawyer_suggested_by_police",
           "interrogation.lawyer_choice_informed", "counsel_access.failed_to_act",
           "defence_request.request=replace_counsel"),
    decide=_of_choice,
    weighed_in="counsel.overall-fairness",
)


def _waiver(ctx: Context) -> Decision:
    decisions = []
    for i in ctx.events(Interrogation):
        what = ctx.label(i)
        requested, present = ctx.fact(i, "counsel_requested"), ctx.fact(i, "counsel_present")
        if requested.value is True and present.value is False:
            decisions.append(breach(_("{name} asked for a lawyer, yet {what} went on without "
                                      "one.", name=ctx.name, what=what), requested, present))
        if i.waiver is True:
            informed = ctx.fact(i, "waiver_informed")
            if informed.value is False:
                decisions.append(breach(_("{name}'s waiver of counsel for {what} was not "
                                          "unequivocal and informed.", name=ctx.name,
                                          what=what), ctx.fact(i, "waiver"), informed))
            elif informed.value is True:
                decisions.append(compliant(_("{name} waived counsel for {what} unequivocally "
                                             "and knowingly.", name=ctx.name, what=what),
                                           informed))
            else:
                decisions.append(unknown(_("Was {name}'s waiver for {what} in writing, "
                                           "unequivocal and made knowing its consequences?",
                                           name=ctx.name, what=what)))
    return worst(decisions, empty=not_applicable(_(
        "No waiver of counsel, and no request for counsel that was ignored, is recorded for "
        "{name}.", name=ctx.name)))


WAIVER = Criterion(
    id="counsel.waiver",
    area=Area.COUNSEL,
    title="Waiver of counsel valid; questioning stopped on request",
    question="Was any waiver of counsel unequivocal, informed and voluntary, and did "
             "questioning stop once a lawyer was requested?",
    citations=(ecthr("Pishchalnikov v Russia, no. 7025/04, 24 Sept 2009", "§79",
                     confirmed=True),
               legal_aid("principle 8")),
    severity=Severity.SERIOUS,
    reads=("interrogation.waiver", "interrogation.waiver_informed",
           "interrogation.counsel_requested"),
    decide=_waiver,
    weighed_in="counsel.overall-fairness",
)


def _confidential(ctx: Context) -> Decision:
    meetings = [c for c in _contacts(ctx) if c.granted is not False]
    # A consultation overheard is one that took place: where the record does not say the
    # lawyer was let in, that is asked before anything rests on it (as for the restrictions).
    unsure = [c for c in meetings if c.confidential is False and c.granted is None]
    overheard = [c for c in meetings if c.confidential is False and c.granted is True]
    if unsure and not overheard:
        return unknown(*(_("Did the meeting of {name} with a lawyer {when} take place: was the "
                           "lawyer let in ('granted')?", name=ctx.name, when=ctx.when(c))
                         for c in unsure))
    if not overheard:
        return by_detail(
            ctx, meetings, "confidential", bad=False,
            said_bad=T_("{name} could not consult the lawyer in private at {what}."),
            said_good=T_("{name} consulted the lawyer in private at {what}."),
            ask=T_("Could {name} talk to the lawyer at {what} out of officials' hearing?"),
            empty=not_applicable(_("No meeting of {name} with a lawyer is recorded.",
                                   name=ctx.name)))
    return _weigh_confidential(ctx, meetings, overheard)


def _weigh_confidential(ctx: Context, meetings: list[CounselAccess],
                        overheard: list[CounselAccess]) -> Decision:
    """Officials within hearing of a consultation, weighed as Brennan v UK weighs it: a basic
    requirement of a fair trial that good cause may restrict, judged in the light of the whole
    proceedings, with no need to show that the defence was harmed."""
    factors: list[Factor] = []
    missing: list[Missing] = []
    dated = sorted((c for c in meetings if c.date is not None),
                   key=lambda c: c.date.sort_key() if c.date else ())
    first = dated[0] if dated else None
    private = [c for c in meetings if c.confidential is True]
    heard = tuple(ctx.fact(c, "confidential") for c in overheard)
    first_heard = first is not None and first in overheard
    if len(overheard) == len(meetings) and len(meetings) > 1:
        factors.append(Factor(_("Officials could hear every recorded consultation of {name} "
                                "with the lawyer.", name=ctx.name), Toward.BREACH, 3, heard))
    elif first_heard and first is not None:
        factors.append(Factor(_("Officials could hear the first consultation of {name} with "
                                "the lawyer, {what}, when advice matters most.",
                                name=ctx.name, what=ctx.label(first)),
                              Toward.BREACH, 3, (ctx.fact(first, "confidential"),)))
    else:
        for c in overheard:
            factors.append(Factor(_("{name} could not consult the lawyer in private at {what}.",
                                    name=ctx.name, what=ctx.label(c)),
                                  Toward.BREACH, 1, (ctx.fact(c, "confidential"),)))
    if private:
        # A private consultation after the last one officials heard let the person say then
        # what could not be said before them.
        last = max((c.date for c in overheard if c.date is not None),
                   key=lambda w: w.sort_key(), default=None)
        after = last is not None and any(c.date is not None and last.before(c.date) is Tri.YES
                                         for c in private)
        factors.append(Factor(_("{name} also consulted the lawyer in private at {what}.",
                                name=ctx.name, what=", ".join(ctx.label(c) for c in private)),
                              # Later privacy does not give back the frank advice at the
                              # outset (Brennan: the first consultation overheard).
                              Toward.FAIRNESS, 1 if first_heard else 3 if after else 2,
                              tuple(ctx.fact(c, "confidential") for c in private)))
    elif len(overheard) < len(meetings) or len(meetings) == 1:
        missing.append(Missing(_("Could {name} consult the lawyer in private at another time "
                                 "before the questioning or the trial?", name=ctx.name), 2))
    reasons = [ctx.fact(c, "monitoring_justified") for c in overheard]
    if any(r.value is False for r in reasons):
        factors.append(Factor(_("No specific risk for {name} was shown that made it necessary "
                                "for officials to hear.", name=ctx.name), Toward.BREACH, 1,
                              tuple(r for r in reasons if r.value is False)))
    elif reasons and all(r.value is True for r in reasons):
        factors.append(Factor(_("The authorities showed a specific risk, for {name}, that made "
                                "it necessary for officials to hear.", name=ctx.name),
                              Toward.FAIRNESS, 2, tuple(reasons)))
    else:
        missing.append(Missing(_("What specific risk, if any, did the authorities show for "
                                 "letting officials hear {name}'s consultation with the "
                                 "lawyer?", name=ctx.name), 1))
    return weigh(_("Weighing the consultations officials could hear (Brennan v UK: a basic "
                   "requirement of a fair trial, restricted only for good cause, judged in the "
                   "light of the proceedings as a whole; harm to the defence need not be "
                   "shown)."), factors, missing,
                 breach_text=_("{name} was denied confidential consultation with the lawyer.",
                               name=ctx.name),
                 fair_text=_("the restriction did not deprive {name} of confidential "
                             "consultation with the lawyer.", name=ctx.name))


CONFIDENTIAL = Criterion(
    id="counsel.confidential",
    area=Area.COUNSEL,
    title="Confidential consultation with counsel",
    question="Could the accused consult counsel in private, within sight but not within hearing "
             "of officials?",
    citations=(basic_principles("8", confirmed=True), basic_principles("22", confirmed=True),
               body_of_principles("18", confirmed=True),
               general_comment(32, "34", confirmed=False),
               hrc_views("Askarov v Kyrgyzstan, comm. no. 2231/2012, 31 March 2016"),
               ecthr("Brennan v United Kingdom, no. 39846/98, 16 Oct 2001"),
               ecthr("S. v Switzerland, no. 12629/87, 28 Nov 1991")),
    severity=Severity.SERIOUS,
    reads=("counsel_access.confidential", "counsel_access.monitoring_justified"),
    decide=_confidential,
)


def _time_to_prepare(ctx: Context) -> Decision:
    def one(r: DefenceRequest) -> Decision:
        granted = ctx.fact(r, "granted")
        when = ctx.when(r)
        if r.made is False:
            return _time_not_asked(ctx, r)
        if granted.value is True:
            return compliant(_("The defence's request for more time {when} was granted.",
                               when=when), granted)
        if granted.value is False:
            return _time_refused(ctx, r, granted)
        return unknown(_("What did the court decide on the request for time {when}?",
                         when=when))

    unnoticed = _tried_unnoticed(ctx)
    if unnoticed is not None and unnoticed.outcome is Outcome.VIOLATION:
        return unnoticed
    requests = [r for r in ctx.events(DefenceRequest) if r.request is RequestKind.ADJOURNMENT]
    if not requests and (meetings := _consultations(ctx)):
        rest = _consultation_weighed(ctx, meetings, None)
    else:
        rest = worst((one(r) for r in requests), empty=unknown(_(
            "Did the defence have enough time to prepare between the charge, access to the file "
            "and the trial, and did it ask for more?")))
    return rest if unnoticed is None else worst((unnoticed, rest), empty=rest)


def _tried_unnoticed(ctx: Context) -> Decision | None:
    """A trial held wholly in the person's absence without their having been told of it, no
    lawyer defending them there: with no notice of the proceedings, there was no time and no
    facilities to prepare a defence at all, whatever the defence asked or failed to ask
    (Mbenge v Zaire: tried and sentenced to death in absentia without having been summoned,
    a violation of art 14(3)(b) with (a), (d) and (e)). None where a trial hearing is recorded
    that the person attended or missed for another reason (they knew of the proceedings), where
    a lawyer defended them (the time that lawyer had is weighed as usual), or where the charge
    was determined afresh, or could have been, in their presence (the time to prepare is then
    judged for that trial)."""
    trial = [h for h in ctx.events(Hearing) if h.stage is HearingStage.TRIAL]
    unnoticed = [h for h in trial if h.defendant_present is False
                 and h.absence_reason is AbsenceReason.NOT_NOTIFIED
                 and ctx.fact(h, "absence_reason").standing not in REFUTED]
    if not unnoticed or len(unnoticed) < len(trial) \
            or any(h.counsel_present is True for h in trial):
        return None
    if any(v.fresh_determination in (FreshDetermination.OBTAINED, FreshDetermination.AVAILABLE)
           for v in ctx.events(Verdict)):
        return None
    words = {"name": ctx.name, "what": join([ctx.label(h) for h in unnoticed])}
    shown = tuple(f for h in unnoticed for f in (ctx.fact(h, "defendant_present"),
                                                 ctx.fact(h, "absence_reason")))
    open_ = [h for h in unnoticed if h.counsel_present is None]
    if not open_:
        return breach(_("{name} was tried at {what} in their absence, without having been told "
                        "of it in time, and no lawyer defended them there: with no notice of the "
                        "proceedings, {name} had no time or facilities at all to prepare a "
                        "defence (Mbenge v Zaire).", **words),
                      *shown, *(ctx.fact(h, "counsel_present") for h in unnoticed))
    return unknown(*(_("Was a lawyer for {name} at {what}, told of it in time to prepare the "
                       "defence ('counsel_present')?", name=ctx.name, what=ctx.label(h))
                     for h in open_),
                   reason=_("{name} was tried at {what} in their absence, without having been "
                            "told of it in time.", **words), facts=shown)


def _consultations(ctx: Context) -> list[CounselAccess]:
    """The meetings with a lawyer before the trial whose length, or whether the evidence could
    be gone through, is recorded: what adequate time is judged on where nobody asked the court
    for more (Little v Jamaica: half an hour before a capital trial)."""
    starts = [h.date for h in ctx.events(Hearing) if h.stage is HearingStage.TRIAL and h.date]
    starts += [v.date for v in _links.convictions(ctx) if v.date is not None]
    first = min(starts, key=lambda w: w.sort_key(), default=None)
    same_day = _met_on_trial_day(ctx)
    return [c for c in ctx.events(CounselAccess) if c.granted is not False
            and (c.duration_hours is not None or c.could_review_evidence is not None
                 or c.throughout_proceedings is True or c.preparation_hindered is not None
                 or c is same_day)
            and (first is None or c.date is None or c.date.before(first) is not Tri.NO)]


def _met_on_trial_day(ctx: Context) -> CounselAccess | None:
    """The person's first meeting with a lawyer, dated on the day the trial began, its length
    not given: where the sources say only that counsel was instructed that day, the time before
    the trial was at most hours, and asking for them would invite a guess (Smith v Jamaica, the
    claim; audit16b G1). Whether it was enough still turns on the rest, above all on whether the
    defence asked for an adjournment (Wright v Jamaica: counsel instructed that morning, none
    sought, no violation; Little v Jamaica: half an hour, the statements unread, a violation)."""
    trial = [h.date for h in ctx.events(Hearing) if h.stage is HearingStage.TRIAL and h.date]
    met = [c for c in _contacts(ctx) if c.granted is True]
    if not trial or not met or any(c.date is None for c in met) \
            or any(c.throughout_proceedings is True for c in met):
        return None
    start = min(trial, key=lambda w: w.sort_key())
    first = min(met, key=lambda c: c.date.sort_key() if c.date else ())
    when = first.date
    if first.duration_hours is not None or when is None or not when.is_exact_day \
            or not start.is_exact_day or when.earliest.date() != start.earliest.date():
        return None
    return first


def _consultation_weighed(ctx: Context, meetings: list[CounselAccess],
                          not_asked: DefenceRequest | None) -> Decision:
    """Whether the defence had adequate time, on the consultations recorded before the trial:
    how long the person had with the lawyer, whether they could go through the prosecution's
    evidence, and what was at stake (GC32 para 32; in a capital case the Committee found half
    an hour insufficient though no adjournment was sought: Little v Jamaica). A defence that
    did not ask the court for more time weighs the other way: it cannot ordinarily complain of
    what it never raised, unless the lack was manifest (Sawyers and McLean v Jamaica)."""
    factors: list[Factor] = []
    missing: list[Missing] = []
    # A lawyer who assisted at every stage had the time that short meetings measure: what is
    # then asked is whether anything specific could not be done (Fillastre and Bizouarn v
    # Bolivia: legal assistance throughout, the accused at the hearings with counsel, the
    # complaint of too little time unsubstantiated; no violation).
    throughout = [c for c in meetings if c.throughout_proceedings is True
                  and ctx.fact(c, "throughout_proceedings").standing not in REFUTED]
    if throughout:
        _assisted_throughout(ctx, throughout, factors)
    timed = [c for c in meetings if c.duration_hours is not None]
    same_day = _met_on_trial_day(ctx)
    if same_day is not None and same_day in meetings and not timed:
        factors.append(Factor(_("{name} first met the lawyer only on the day the trial began, "
                                "{when}: at most hours before it.", name=ctx.name,
                                when=ctx.when(same_day)), Toward.BREACH, 2,
                              (ctx.fact(same_day),)))
    elif timed:
        hours = sum(c.duration_hours or 0.0 for c in timed)
        said = {"name": ctx.name, "hours": f"{hours:g}"}
        facts = tuple(ctx.fact(c, "duration_hours") for c in timed)
        if hours <= 1:
            factors.append(Factor(_("{name} had only {hours} hours with a lawyer before the "
                                    "trial.", **said), Toward.BREACH, 2, facts))
        elif hours >= 8:
            factors.append(Factor(_("{name} had {hours} hours with a lawyer before the trial.",
                                    **said), Toward.FAIRNESS, 1, facts))
    elif not throughout:
        missing.append(Missing(_("How long did {name} have with a lawyer before the trial "
                                 "('duration_hours' on each 'counsel_access')?",
                                 name=ctx.name), 2))
    reviewed = [ctx.fact(c, "could_review_evidence") for c in meetings
                if c.could_review_evidence is not None]
    if any(f.value is True for f in reviewed):
        factors.append(Factor(_("{name} and the lawyer could go through the prosecution's "
                                "evidence before the trial.", name=ctx.name), Toward.FAIRNESS, 2,
                              tuple(f for f in reviewed if f.value is True)))
    elif reviewed:
        factors.append(Factor(_("{name} and the lawyer could not go through the prosecution's "
                                "evidence before the trial.", name=ctx.name), Toward.BREACH, 2,
                              tuple(reviewed)))
    elif not throughout:
        missing.append(Missing(_("Could {name} and the lawyer go through the prosecution's "
                                 "evidence before the trial ('could_review_evidence')?",
                                 name=ctx.name), 2))
    hindered = [ctx.fact(c, "preparation_hindered") for c in meetings
                if c.preparation_hindered is not None]
    if any(f.value is True for f in hindered):
        factors.append(Factor(_("The sources show something specific {name} and the lawyer "
                                "could not do to prepare the defence for lack of time or "
                                "facilities.", name=ctx.name), Toward.BREACH, 3,
                              tuple(f for f in hindered if f.value is True)))
    elif hindered:
        factors.append(Factor(_("Nothing specific that {name} and the lawyer could not do to "
                                "prepare the defence for lack of time or facilities was shown: "
                                "the complaint stayed general.", name=ctx.name),
                              Toward.FAIRNESS, 2, tuple(hindered)))
    elif throughout:
        missing.append(Missing(_("Was anything specific shown that {name} and the lawyer could "
                                 "not do to prepare the defence for lack of time or facilities "
                                 "(read the file, meet, find a witness) ('preparation_hindered' "
                                 "on the 'counsel_access': false if nothing specific was "
                                 "shown)?", name=ctx.name), 2))
    charges = _links.charges_of(ctx)
    if any(c.capital is True for c in charges):
        factors.append(Factor(_("{name} faced a charge punishable by death, where the time to "
                                "prepare must be fully adequate.", name=ctx.name),
                              Toward.BREACH, 2,
                              tuple(_links.charge_fact(ctx, c) for c in charges if c.capital)))
    elif any(c.custodial_penalty is True for c in charges):
        factors.append(Factor(_("{name} faced a charge punishable by imprisonment.",
                                name=ctx.name), Toward.BREACH, 1,
                              tuple(_links.charge_fact(ctx, c) for c in charges
                                    if c.custodial_penalty)))
        if any(c.capital is None for c in charges):
            missing.append(Missing(_("Could the offence charged be punished by death "
                                     "('capital')?"), 1))
    else:
        # What was at stake weighs either way only where the record gives it.
        missing.append(Missing(_("What penalty could the charge against {name} carry: "
                                 "imprisonment ('custodial_penalty') or death ('capital')?",
                                 name=ctx.name), 2))
    if not_asked is not None:
        factors.append(Factor(_("The defence did not ask the trial court for more time {when}.",
                                when=ctx.when(not_asked)), Toward.FAIRNESS, 2,
                              (ctx.fact(not_asked, "made"),)))
    else:
        # Counsel first met on the trial's day: whether an adjournment was sought then decides
        # between Wright v Jamaica and Little v Jamaica, so its weight is the most any answer
        # could carry.
        missing.append(Missing(_("Did the defence ask the trial court for more time to "
                                 "prepare (a 'defence_request' for an 'adjournment'; 'made': "
                                 "false if none was sought)?"), 3) if same_day is not None else
                       Missing(_("Did the defence ask the trial court for more time to "
                                 "prepare?"), 1))
    return weigh(
        _("Weighing whether {name} had adequate time to prepare the defence with a lawyer, on "
          "the consultations before the trial (ICCPR art 14(3)(b); GC32 para 32; Little v "
          "Jamaica).", name=ctx.name), factors, missing,
        breach_text=_("the defence did not have adequate time to prepare."),
        fair_text=_("the time the defence had to prepare was adequate."))


def _assisted_throughout(ctx: Context, throughout: list[CounselAccess],
                         factors: list[Factor]) -> None:
    """Counsel's assistance at every stage, and the person's attending the trial with them."""
    first = min(throughout, key=lambda c: c.date.sort_key() if c.date else ())
    factors.append(Factor(_("A lawyer assisted {name} throughout the proceedings, beginning "
                            "{when}.", name=ctx.name, when=ctx.when(first)), Toward.FAIRNESS, 2,
                          tuple(ctx.fact(c, "throughout_proceedings") for c in throughout)))
    attended = [h for h in ctx.events(Hearing) if h.stage is HearingStage.TRIAL
                and h.defendant_present is True and h.counsel_present is True]
    if attended:
        factors.append(Factor(_("{name} attended the trial with the lawyer.", name=ctx.name),
                              Toward.FAIRNESS, 1,
                              tuple(ctx.fact(h, "counsel_present") for h in attended)))


def _time_not_asked(ctx: Context, r: DefenceRequest) -> Decision:
    """The defence never asked the trial court for more time. A defence that did not raise the
    lack of time there cannot ordinarily complain of it afterwards, unless the lack was manifest
    to the court, which then had to act of its own motion (the Committee: neither counsel nor
    the accused complained to the trial judge; Goddi v Italy)."""
    made, manifest = ctx.fact(r, "made"), ctx.fact(r, "lack_manifest")
    when = ctx.when(r)
    if manifest.value is None and (meetings := _consultations(ctx)):
        return _consultation_weighed(ctx, meetings, r)
    if manifest.value is True:
        return breach(_("The defence did not ask for more time to prepare {when}, but the lack "
                        "of time was manifest to the court, which did not give more of its own "
                        "motion.", when=when), made, manifest)
    if manifest.value is False:
        return compliant(_("The defence did not ask the trial court for more time to prepare "
                           "{when}, and the lack of time was not manifest to the court: a "
                           "complaint never raised before the trial court cannot ordinarily be "
                           "made afterwards.", when=when), made, manifest)
    return unknown(_("Though the defence did not ask for more time {when}, was the lack of time "
                     "to prepare manifest to the trial court (counsel appointed on the day of "
                     "trial, the file handed over at the hearing)?", when=when),
                   reason=_("The defence did not ask the trial court for more time to prepare "
                            "{when}.", when=when), facts=(made,))


def _trial_went_on(ctx: Context, r: DefenceRequest) -> Factor | None:
    """The time the trial went on after the refusal, with hearings in it, in which the
    defence could go on preparing (the time is judged up to when it was needed, not on the
    day of the request)."""
    if r.date is None:
        return None
    ends = [(v.date, v) for v in _links.convictions(ctx) if v.date is not None
            and r.date.before(v.date) is Tri.YES]
    if not ends:
        return None
    on, end = min(ends, key=lambda d: d[0].sort_key())
    # Only hearings at which something could still be done count: one that only pronounced
    # the verdict or fixed a date gave the defence nothing to use the time for.
    hearings = [h for h in ctx.events(Hearing) if h.date is not None
                and h.evidence_or_argument_taken is not False
                and r.date.before(h.date) is Tri.YES and h.date.before(on) is not Tri.NO]
    days = int(Span.between(r.date, on).hours()[0] // 24)
    if not hearings or days < 7:
        return None
    return Factor(_("The trial went on for {days} more days after the refusal, with further "
                    "hearings, before the verdict {when}.", days=days, when=ctx.when(end)),
                  Toward.FAIRNESS, 3 if days >= 30 else 2 if days >= 14 else 1, (ctx.fact(end), *(
                      ctx.fact(h) for h in hearings)))


def _time_refused(ctx: Context, r: DefenceRequest, granted: Fact) -> Decision:
    """A refused request for more time, weighed as the law weighs adequacy (GC32 para 32: it
    depends on the circumstances of each case, its complexity and the volume of the file),
    not decided by whether the refusal gave reasons."""
    factors: list[Factor] = []
    missing: list[Missing] = []
    days, pages = ctx.fact(r, "days_available"), ctx.fact(r, "file_pages")
    fields = {"days": f"{days.value:g}" if days.value is not None else "",
              "pages": pages.value}
    if days.value is not None and pages.value is not None:
        rate = pages.value / max(days.value, 1)
        if rate > 300:
            factors.append(Factor(_("The defence had {days} days for a file of {pages} pages, "
                                    "far more than can be read and answered in that time.",
                                    **fields), Toward.BREACH, 3, (days, pages)))
        elif rate > 50:
            factors.append(Factor(_("The defence had {days} days for a file of {pages} pages.",
                                    **fields), Toward.BREACH, 1, (days, pages)))
        else:
            factors.append(Factor(_("The defence had {days} days for a file of {pages} pages, "
                                    "time in proportion to the file.", **fields),
                                  Toward.FAIRNESS, 2, (days, pages)))
    elif days.value is not None:
        if days.value <= 3:
            factors.append(Factor(_("The defence had only {days} days with the file.",
                                    **fields), Toward.BREACH, 2, (days,)))
        elif days.value >= 30:
            factors.append(Factor(_("The defence had {days} days with the file.", **fields),
                                  Toward.FAIRNESS, 1, (days,)))
        missing.append(Missing(_("How many pages did the case file have?"), 1))
    else:
        missing.append(Missing(_("How many days had the defence had with the case file (or "
                                 "since counsel was appointed) when it asked for more time?"),
                               3))
        if pages.value is not None and pages.value > 1000:
            factors.append(Factor(_("The case file had {pages} pages.", **fields),
                                  Toward.BREACH, 1, (pages,)))
    read_yes_no(ctx.fact(r, "relevance_shown"), factors, missing,
                yes=(_("The defence said what it still had to do."), Toward.BREACH, 1),
                no=(_("The defence did not say what it still had to do."), Toward.FAIRNESS, 1),
                ask=(_("Did the defence say what it still had to do with more time?"), 1))
    read_yes_no(ctx.fact(r, "refusal_reasoned"), factors, missing,
                yes=(_("The court gave reasons for refusing more time."), Toward.FAIRNESS, 1),
                no=(_("The court refused more time without relevant reasons."), Toward.BREACH,
                    1))
    # The volume of the file stands for the case's complexity here: a count of charges does
    # not measure what the defence had to read.
    if (later := _trial_went_on(ctx, r)) is not None:
        # More weeks of trial do not make up for a file far beyond what could be read.
        heavy = days.value is not None and pages.value is not None and \
            pages.value / max(days.value, 1) > 300
        factors.append(attrs.evolve(later, weight=min(later.weight, 2)) if heavy else later)
    # The refusal itself is part of every point against: a breach rests on it too.
    factors = [attrs.evolve(f, facts=(granted, *f.facts)) if f.toward is Toward.BREACH else f
               for f in factors]
    return weigh(
        _("Weighing whether the defence had adequate time to prepare, the request for more time "
          "{when} having been refused (ICCPR art 14(3)(b); GC32 para 32: what is adequate "
          "depends on the circumstances, the complexity of the case and the volume of the "
          "file).", when=ctx.when(r)),
        factors, missing,
        breach_text=_("the defence did not have adequate time to prepare."),
        fair_text=_("the time the defence had was adequate, and refusing more did not breach "
                    "its rights."))


TIME_TO_PREPARE = Criterion(
    id="counsel.time-to-prepare",
    area=Area.COUNSEL,
    title="Adequate time to prepare the defence",
    question="Did the defence have adequate time to prepare, and were reasonable requests for "
             "adjournment granted?",
    citations=(iccpr("14(3)(b)"), general_comment(32, "32", confirmed=False),
               ecthr("Öcalan v Turkey [GC], no. 46221/99, 12 May 2005"),
               hrc_views("Sawyers and McLean v Jamaica, comm. nos. 226/1987 and 256/1987, "
                         "11 April 1991", confirmed=False),
               hrc_views("Wright v Jamaica, comm. no. 349/1989, 27 July 1992", confirmed=False),
               # Half an hour with counsel before a capital trial, the statements unread.
               hrc_views("Little v Jamaica, comm. no. 283/1988", "paras 8.3-8.4"),
               ecthr("Goddi v Italy, no. 8966/80, 9 April 1984"),
               # Counsel throughout, the complaint of too little time unsubstantiated.
               hrc_views("Fillastre and Bizouarn v Bolivia, comm. no. 336/1988, 5 Nov 1991",
                         "para 6.3"),
               # Tried in absentia without having been summoned (outcome not confirmed with
               # the search tool beyond secondary sources).
               hrc_views("Mbenge v Zaire, comm. no. 16/1977, 25 March 1983", confirmed=False)),
    severity=Severity.SERIOUS,
    reads=("defence_request.request=adjournment", "defence_request.granted",
           "defence_request.days_available", "defence_request.file_pages",
           "defence_request.relevance_shown", "defence_request.refusal_reasoned",
           "defence_request.made", "defence_request.lack_manifest",
           "counsel_access.duration_hours", "counsel_access.could_review_evidence",
           "counsel_access.granted", "charge.capital", "charge.custodial_penalty",
           "counsel_access.throughout_proceedings", "counsel_access.preparation_hindered",
           "hearing.defendant_present", "hearing.absence_reason", "hearing.counsel_present",
           "verdict.fresh_determination"),
    at_trial=True,
    decide=_time_to_prepare,
)

CRITERIA = (INFORMED_OF_RIGHT, RESTRICTION_REASONS, OVERALL_FAIRNESS, FIRST_INTERROGATION,
            WITHIN_48H, OF_CHOICE, WAIVER, CONFIDENTIAL, TIME_TO_PREPARE)
