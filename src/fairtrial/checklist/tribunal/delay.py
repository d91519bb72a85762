"""Tried without undue delay (ICCPR art 14(3)(c); ECHR art 6(1))."""

from __future__ import annotations

from fairtrial._i18n import _
from fairtrial.checklist import _links
from fairtrial.checklist._core import (
    Area,
    Context,
    Criterion,
    Decision,
    Factor,
    Missing,
    Severity,
    Toward,
    echr,
    ecthr,
    general_comment,
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
    DelayCause,
    Stage,
)
from fairtrial.record._when import Span, When

_FINAL = frozenset({Stage.FINAL, Stage.CLOSED})


def _delay(ctx: Context) -> Decision:
    """The length of the proceedings, weighed as the case law weighs it (GC32 para 35;
    Pélissier and Sassi v France [GC]): how long, how complex the case, what the authorities
    and the defence each caused, and what was at stake (detention calls for special
    diligence)."""
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
    if ctx.events(DetentionOrder):
        factors.append(Factor(_("{name} was held in detention, which calls for special "
                                "diligence.", name=ctx.name), Toward.BREACH, 1,
                              tuple(ctx.fact(d) for d in ctx.events(DetentionOrder))))
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
    if low >= 5:
        factors.insert(0, Factor(head, Toward.BREACH, 3, facts))
    elif low >= 3:
        factors.insert(0, Factor(head, Toward.BREACH, 2, facts))
    elif high <= 2:
        factors.insert(0, Factor(head, Toward.FAIRNESS, 2, facts))
    if high > 2 and not delays:
        missing.append(Missing(_("Which periods of the proceedings against {name} were lost, "
                                 "and to whom: the authorities (inactivity, adjournments, files "
                                 "sent back) or the defence?", name=ctx.name), 2))
    if high > 2 and complex_ is None:
        # How long is too long turns on how complex the case was, which a count of charges
        # does not show: asked, where the length is in question.
        missing.append(Missing(_("Was the case complex to investigate or try ('complex' on the "
                                 "charge)?"), 1))
    return weigh(
        _("Weighing the length of the proceedings (ICCPR art 14(3)(c); GC32 para 35; ECHR art "
          "6(1); Pélissier and Sassi v France [GC]: the complexity of the case, the conduct of "
          "the accused and of the authorities, and what was at stake)."),
        factors, missing,
        breach_text=_("{name} was not tried without undue delay.", name=ctx.name),
        fair_text=_("the length of the proceedings was reasonable."))


WITHOUT_DELAY = Criterion(
    id="tribunal.without-undue-delay",
    area=Area.TRIBUNAL,
    title="Tried without undue delay",
    question="Were the proceedings, from arrest or charge to the final decision, reasonably "
             "short for the case's complexity, given the conduct of the accused and of the "
             "authorities?",
    citations=(iccpr("14(3)(c)"), general_comment(32, "35", confirmed=False), echr("6(1)"),
               ecthr("Pélissier and Sassi v France [GC], no. 25444/94, 25 March 1999", "§67"),
               ecthr("Deweer v Belgium, no. 6903/75, 27 February 1980"),
               ecthr("Eckle v Germany, no. 8130/78, 15 July 1982")),
    severity=Severity.MINOR,
    reads=("arrest.date", "formal_charge.date", "suspected.date", "suspected.formally",
           "search.date", "verdict.date", "appeal.date", "delay.caused_by",
           "delay.duration_days", "detention_order", "charge.complex"),
    decide=_delay,
)
