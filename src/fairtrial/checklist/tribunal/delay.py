"""Tried without undue delay (ICCPR art 14(3)(c); ECHR art 6(1))."""

from __future__ import annotations

import attrs

from fairtrial._i18n import _
from fairtrial.checklist import _links
from fairtrial.checklist._core import (
    Area,
    Context,
    Criterion,
    Decision,
    Factor,
    Missing,
    Outcome,
    Severity,
    Toward,
    echr,
    ecthr,
    general_comment,
    hrc_views,
    iccpr,
    unknown,
    weigh,
)
from fairtrial.record._model import (
    Appeal,
    Arrest,
    Delay,
    DetentionOrder,
    Event,
    FormalCharge,
    Search,
    Suspected,
    Verdict,
)
from fairtrial.record._vocab import (
    AppealAgainst,
    AppealOutcome,
    DelayCause,
    DelayExplanation,
    Measure,
    Stage,
)
from fairtrial.record._when import Span, When

_FINAL = frozenset({Stage.FINAL, Stage.CLOSED})


def _delay(ctx: Context) -> Decision:
    """The length of the proceedings, weighed as the case law weighs it (GC32 para 35;
    Pélissier and Sassi v France [GC]): how long, how complex the case, what the authorities
    and the defence each caused, how the authorities explained the time taken (exceptional
    reasons must be shown to justify delays: Muñoz v Spain), and what was at stake (detention
    or the death penalty calls for special diligence)."""
    # Time runs from the "charge" in the Convention's sense: the official notification of the
    # suspicion, or a measure that substantially affected the person (an arrest, a search of
    # their home) (Deweer v Belgium; Eckle v Germany). A suspicion held in substance only,
    # perhaps unknown to the person, does not start it.
    starts = [e for kind in (Arrest, FormalCharge, Search) for e in ctx.events(kind)
              if e.date is not None]
    starts += [e for e in ctx.events(Suspected) if e.date is not None and e.formally is True]
    start = ctx.first(starts)
    if start is None and any(e.formally is not True for e in ctx.events(Suspected)):
        return unknown(_("When was {name} officially told of the suspicion, or first "
                         "substantially affected by it (arrested, searched, charged)?",
                         name=ctx.name),
                       reason=_("Only a suspicion held in substance is recorded, and it does "
                                "not start the time of the proceedings."))
    # The proceedings end with the last decision on the charge: a verdict, or an appeal on the
    # conviction or sentence once decided (its decision, not its lodging: the appeal stage
    # counts in full, Rogerson v Australia). A challenge to detention decides no charge.
    ends: list[tuple[When, Event]] = [(v.date, v) for v in ctx.events(Verdict)
                                      if v.date is not None]
    ends += [(w, a) for a in ctx.events(Appeal) if a.against is not AppealAgainst.DETENTION
             and (w := a.decided_date or a.date) is not None]
    final = ctx.case.stage in _FINAL
    last = max(ends, key=lambda x: x[0].sort_key()) if ends else None
    end_event = last[1] if last else None
    end = last[0] if final and last is not None else ctx.case.as_of
    if start is None or start.date is None or end is None:
        return unknown(_("From when to when did the proceedings against {name} run: the date of "
                         "the arrest or charge, and of the final decision (or the date the "
                         "record is complete to, 'as_of', while they are pending)?",
                         name=ctx.name))
    span = Span.between(start.date, end)
    low, high = (span.shortest.days / 365.25, span.longest.days / 365.25)
    count = max(1, round(span.longest.days / 30.44))
    factors: list[Factor] = []
    missing: list[Missing] = []
    facts = (ctx.fact(start), *((ctx.fact(end_event),) if final and end_event else ()))
    if final:
        head = ctx.t.n_("The proceedings against {name} lasted about {count} month, from the "
                        "arrest or charge to the final decision.",
                        "The proceedings against {name} lasted about {count} months, from the "
                        "arrest or charge to the final decision.", count, name=ctx.name)
    else:
        head = ctx.t.n_("The proceedings against {name} had lasted about {count} month when "
                        "the record was completed, and were still pending.",
                        "The proceedings against {name} had lasted about {count} months when "
                        "the record was completed, and were still pending.",
                        count, name=ctx.name)
    # A release on bail or an undertaking is no detention: only custody (or house arrest)
    # calls for the special diligence owed to a detained accused.
    held = [d for d in ctx.events(DetentionOrder)
            if d.measure in (Measure.CUSTODY, Measure.HOUSE_ARREST, None)]
    if held:
        factors.append(Factor(_("{name} was held in detention, which calls for special "
                                "diligence.", name=ctx.name), Toward.BREACH, 1,
                              tuple(ctx.fact(d) for d in held)))
    capital = [c for c in _links.charges_of(ctx) if c.capital is True]
    if capital:
        factors.append(Factor(_("{name} faced the death penalty: with that much at stake the "
                                "proceedings called for special diligence.", name=ctx.name),
                              Toward.BREACH, 1,
                              tuple(_links.charge_fact(ctx, c) for c in capital)))
    complex_ = _links.complexity(ctx)
    if complex_ is not None:
        factors.append(complex_)
    delays = ctx.events(Delay)
    lost = {cause: [d for d in delays if d.caused_by is cause] for cause in DelayCause}
    by_state = sum(_links.delay_days(d) for d in lost[DelayCause.AUTHORITIES])
    if by_state >= 90:
        factors.append(Factor(_("The authorities caused delays of about {count} days.",
                                count=round(by_state)), Toward.BREACH,
                              2 if by_state >= 365 else 1,
                              tuple(ctx.fact(d) for d in lost[DelayCause.AUTHORITIES])))
    by_defence = sum(_links.delay_days(d) for d in lost[DelayCause.DEFENCE])
    if by_defence >= 90:
        factors.append(Factor(_("The defence caused delays of about {count} days.",
                                count=round(by_defence)), Toward.FAIRNESS, 1,
                              tuple(ctx.fact(d) for d in lost[DelayCause.DEFENCE])))
    # Time the accused caused, or that nobody did, is not the state's (Pélissier and Sassi).
    not_state = (by_defence + sum(_links.delay_days(d) for d in lost[DelayCause.NEITHER])) / 365.25
    low, high = low - not_state, high - not_state
    # What is short depends on what is at stake: an accused held, or facing death, is owed
    # special diligence (GC32 para 35: tried as expeditiously as possible where denied bail),
    # so about a year for each level of jurisdiction that decided is short for them, where two
    # years in all is for others. Beyond that the length calls for an explanation.
    # An appeal still pending has decided nothing: it earns no year of its own.
    levels = max(1, sum(1 for w, e in ends if w.sort_key() <= end.sort_key()
                        and not (isinstance(e, Appeal) and e.outcome is AppealOutcome.PENDING)))
    urgent = bool(held or capital)
    short = high <= (levels if urgent else 2)
    if low >= 8:
        # Twice the length that already counts heavily: no complexity that is not recorded
        # should make it look close (audit17b, Lumanog: eight years "tipped narrowly").
        factors.insert(0, Factor(head, Toward.BREACH, 4, facts))
    elif low >= 5:
        factors.insert(0, Factor(head, Toward.BREACH, 3, facts))
    elif low >= 3:
        factors.insert(0, Factor(head, Toward.BREACH, 2, facts))
    elif short:
        factors.insert(0, Factor(head, Toward.FAIRNESS, 2, facts))
    explained = _explanation(ctx, count, short, factors)
    if not short and not delays and not explained:
        missing.append(Missing(_("How did the authorities explain the time the proceedings "
                                 "against {name} took ('delay_explanation' on the charge), or "
                                 "which periods were lost, and to whom: the authorities "
                                 "(inactivity, adjournments, files sent back) or the defence?",
                                 name=ctx.name), 2))
    if not short and complex_ is None:
        # How long is too long turns on how complex the case was, which a count of charges
        # does not show: asked, where the length is in question.
        missing.append(Missing(_("Was the case complex to investigate or try ('complex' on the "
                                 "charge)?"), 1))
    decision = weigh(
        _("Weighing the length of the proceedings (ICCPR art 14(3)(c); GC32 para 35; ECHR art "
          "6(1); Pélissier and Sassi v France [GC]: the complexity of the case, the conduct of "
          "the accused and of the authorities, and what was at stake)."),
        factors, missing,
        breach_text=_("{name} was not tried without undue delay.", name=ctx.name),
        fair_text=_("the length of the proceedings was reasonable."))
    return _delay_severity(ctx, decision, bool(capital), bool(held))


def _explanation(ctx: Context, count: int, short: bool, factors: list[Factor]) -> bool:
    """What the authorities' explanation of the time taken adds, and whether one is recorded.
    The HRC's constant view: exceptional reasons must be shown to justify delays, and without
    any justification from the State a long delay breaches art 14(3)(c) (Muñoz v Spain para
    7.1; Paraga v Croatia para 9.7); a court's workload or a lack of resources justifies none.
    A short length needs no justification, so its absence counts only beyond it."""
    said = [(c, c.delay_explanation) for c in _links.charges_of(ctx)
            if c.delay_explanation is not None]
    if not said:
        return False
    # Where charges differ, the weakest account decides: a reason for one charge does not
    # account for the time another took.
    order = (DelayExplanation.NONE, DelayExplanation.WORKLOAD, DelayExplanation.CASE_SPECIFIC)
    kind = min((k for _c, k in said), key=order.index)
    charge = next(c for c, k in said if k is kind)
    facts = (_links.charge_fact(ctx, charge),)
    reason = (charge.delay_reason or "").strip().rstrip(".")
    if kind is DelayExplanation.CASE_SPECIFIC:
        factors.append(Factor(
            _("The authorities explained the time taken by reasons specific to the case "
              "({reason}).", reason=reason) if reason else
            _("The authorities explained the time taken by reasons specific to the case."),
            Toward.FAIRNESS, 1, facts))
    elif short:
        pass
    elif kind is DelayExplanation.NONE:
        factors.append(Factor(ctx.t.n_(
            "The authorities gave no explanation for the {count} month the proceedings against "
            "{name} took, where exceptional reasons must be shown to justify a delay.",
            "The authorities gave no explanation for the {count} months the proceedings "
            "against {name} took, where exceptional reasons must be shown to justify a delay.",
            count, name=ctx.name), Toward.BREACH, 2, facts))
    else:
        factors.append(Factor(
            _("The authorities explained the time taken only by the courts' workload or a lack "
              "of resources ({reason}), which does not justify a delay.", reason=reason)
            if reason else
            _("The authorities explained the time taken only by the courts' workload or a lack "
              "of resources, which does not justify a delay."), Toward.BREACH, 2, facts))
    return True


def _delay_severity(ctx: Context, decision: Decision, capital: bool, held: bool) -> Decision:
    """Undue delay is ordinarily a minor breach; where the person was held or faced the death
    penalty, their liberty or life hung on the length, and a breach is serious: the special
    diligence owed then is part of the core guarantee (ICCPR art 9(3), 14(3)(c))."""
    if not (capital or held):
        return decision
    if decision.outcome in (Outcome.VIOLATION, Outcome.LIKELY_VIOLATION, Outcome.INSUFFICIENT):
        why = (_("A breach here is graded serious rather than minor, because {name} faced the "
                 "death penalty.", name=ctx.name) if capital else
               _("A breach here is graded serious rather than minor, because {name} was held in "
                 "detention during the proceedings.", name=ctx.name))
        decision = attrs.evolve(decision, reasons=(*decision.reasons, why))
    return attrs.evolve(decision, severity=Severity.SERIOUS)


WITHOUT_DELAY = Criterion(
    id="tribunal.without-undue-delay",
    area=Area.TRIBUNAL,
    title="Tried without undue delay",
    question="Were the proceedings, from arrest or charge to the final decision, reasonably "
             "short for the case's complexity, given the conduct of the accused and of the "
             "authorities, how the authorities explained the time taken, and what was at "
             "stake?",
    citations=(iccpr("14(3)(c)"), general_comment(32, "35", confirmed=False), echr("6(1)"),
               ecthr("Pélissier and Sassi v France [GC], no. 25444/94, 25 March 1999", "§67"),
               ecthr("Deweer v Belgium, no. 6903/75, 27 February 1980"),
               ecthr("Eckle v Germany, no. 8130/78, 15 July 1982"),
               hrc_views("Martínez Muñoz v Spain, comm. no. 1006/2001, 30 October 2003",
                         "para 7.1"),
               hrc_views("Paraga v Croatia, comm. no. 727/1996", "para 9.7"),
               hrc_views("Fillastre and Bizouarn v Bolivia, comm. no. 336/1988",
                         confirmed=False)),
    # Minor unless the person was held or faced the death penalty: the finding then says it
    # is serious, and why (_delay_severity).
    severity=Severity.MINOR,
    reads=("arrest.date", "formal_charge.date", "suspected.date", "suspected.formally",
           "search.date", "verdict.date", "appeal.date", "delay.caused_by",
           "delay.duration_days", "detention_order.measure", "charge.complex",
           "charge.capital", "charge.delay_explanation", "charge.delay_reason"),
    decide=_delay,
)
