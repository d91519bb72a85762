"""Release on bail granted, the person still held for want of the security: whether its amount
was fixed to secure appearance at trial (ECHR art 5(3); ICCPR art 9(3), "release may be
subject to guarantees to appear for trial").

The guarantee secures the accused's presence at the hearing, not the reparation of loss, so its
amount is assessed principally by reference to the person, his assets and his relationship with
those who are to provide the security: the degree of confidence that the prospect of losing it
will deter absconding (Neumeister v Austria, 1968, "As to the law" §14: security fixed solely by
the amount of the loss, continued detention a violation). The authorities must take as much care
in fixing it as in deciding that detention is needed, and it is not unreasonable in some
circumstances to have regard also to the loss imputed (Mangouras v Spain [GC], 2010, §§78-81: a
high amount set with regard to the person's professional situation and to an environmental
disaster, paid by the shipowner's insurer, no violation)."""

from __future__ import annotations

from fairtrial._durations import duration
from fairtrial._i18n import _, p_
from fairtrial.checklist._core import (
    Context,
    Decision,
    Factor,
    Missing,
    Toward,
    compliant,
    weigh,
    worst,
)
from fairtrial.record._model import Arrest, DetentionOrder, Release
from fairtrial.record._vocab import Measure, SecurityBasis
from fairtrial.record._when import Span, Tri

#: The details of a bail order this test reads.
READS = ("detention_order.measure", "detention_order.security_fixed_by",
         "detention_order.security_within_means", "detention_order.held_for_security")


def _held_at(ctx: Context, o: DetentionOrder) -> bool:
    """Was the person in custody when ``o`` was made: arrested on or before its date, and not
    released between the arrest and it?"""
    if o.date is None:
        return False
    arrests = [a for a in ctx.events(Arrest)
               if a.date is not None and o.date.before(a.date) is Tri.NO]
    if not arrests:
        return False
    arrest = max(arrests, key=lambda a: a.date.sort_key())  # type: ignore[union-attr]
    return not any(r.date is not None and arrest.date is not None
                   and arrest.date.before(r.date) is not Tri.NO
                   and r.date.before(o.date) is Tri.YES for r in ctx.events(Release))


def _release_after(ctx: Context, o: DetentionOrder) -> Release | None:
    """The first release dated after ``o``: with the person in custody at the order, it shows
    that the order did not free them that day."""
    if o.date is None:
        return None
    later = [r for r in ctx.events(Release)
             if r.date is not None and o.date.before(r.date) is Tri.YES]
    return min(later, key=lambda r: r.date.sort_key()) if later else None  # type: ignore[union-attr]


def _in_issue(ctx: Context, o: DetentionOrder) -> bool:
    """A bail order whose security may have kept the person in custody: one of its security
    details recorded, or a release dated after it while the person was held at it."""
    recorded = (o.security_fixed_by, o.security_within_means, o.held_for_security)
    if any(v is not None for v in recorded):
        return True
    return _held_at(ctx, o) and _release_after(ctx, o) is not None


def _one(ctx: Context, o: DetentionOrder) -> Decision:
    what = ctx.label(o)
    words = {"name": ctx.name, "what": what}
    held = ctx.fact(o, "held_for_security")
    if held.value is False:
        return compliant(_("{name} was released on the security fixed in {what}, without being "
                           "kept in custody for want of it.", **words), held)
    factors: list[Factor] = []
    missing: list[Missing] = []
    basis = ctx.fact(o, "security_fixed_by")
    if basis.value is SecurityBasis.LOSS:
        factors.append(Factor(_("The amount of the security was fixed by the loss or damage "
                                "alleged, not by reference to {name}'s means and situation: the "
                                "guarantee is there to secure appearance at trial, not "
                                "reparation (Neumeister v Austria).", **words),
                              Toward.BREACH, 3, (basis,)))
    elif basis.value is SecurityBasis.NOT_STATED:
        factors.append(Factor(_("How the amount of the security was fixed is not stated in "
                                "{what}, though the authorities must take as much care in "
                                "fixing it as in deciding that detention is needed (Mangouras v "
                                "Spain [GC]).", **words), Toward.BREACH, 1, (basis,)))
    elif basis.value is SecurityBasis.MEANS:
        factors.append(Factor(_("The amount of the security was fixed by reference to {name}'s "
                                "means and situation, to deter absconding.", **words),
                              Toward.FAIRNESS, 2, (basis,)))
    elif basis.value is SecurityBasis.MEANS_AND_LOSS:
        factors.append(Factor(_("The amount of the security was fixed by reference to {name}'s "
                                "means and situation, with regard also to the scale of the loss "
                                "alleged, which is not unreasonable in some circumstances "
                                "(Mangouras v Spain [GC]).", **words),
                              Toward.FAIRNESS, 2, (basis,)))
    else:
        missing.append(Missing(_("What was the amount of the security in {what} fixed by: "
                                 "{name}'s means and situation, what would deter absconding, or "
                                 "the loss or damage alleged?", **words),
                               3))
    within = ctx.fact(o, "security_within_means")
    if within.value is False:
        factors.append(Factor(_("The amount was beyond what {name}, with those ready to stand "
                                "surety, could provide.", **words), Toward.BREACH, 2, (within,)))
    elif within.value is True:
        factors.append(Factor(_("The amount was within what {name}, with those ready to stand "
                                "surety, could provide.", **words), Toward.FAIRNESS, 1,
                              (within,)))
    else:
        missing.append(Missing(_("Could {name}, with those ready to stand surety, provide the "
                                 "security fixed in {what}?", **words),
                               1))
    if held.value is True:
        release = _release_after(ctx, o)
        span = (Span.between(o.date, release.date)
                if release is not None and o.date is not None and release.date is not None
                else None)
        factors.append(Factor(
            _("{name} stayed in custody for {span} after {what}, for want of the security, until "
              "the release {when}.", span=duration(span), when=ctx.when(release), **words)
            if span is not None and release is not None else
            _("{name} stayed in custody after {what}, for want of the security.", **words),
            Toward.BREACH, 1, (held, *((ctx.fact(release),) if release else ()))))
    else:
        missing.append(Missing(_("Did {name} stay in custody after {what} because the security "
                                 "was not provided?", **words), 2))
    return weigh(_("Weighing the security on which {what} granted {name} release on bail (ECHR "
                   "art 5(3); ICCPR art 9(3); Neumeister v Austria; Mangouras v Spain [GC]: its "
                   "amount is fixed principally by reference to the person, the person's assets "
                   "and those standing surety, so that the prospect of losing it deters "
                   "absconding).", **words),
                 factors, missing,
                 breach_text=_("the security, fixed otherwise than to secure {name}'s appearance "
                               "at trial, kept {name} in custody without sufficient grounds.",
                               **words),
                 fair_text=_("the security was fixed to secure {name}'s appearance at trial, "
                             "and the detention for want of it was not shown to lack grounds.",
                             **words),
                 side=p_("weighing side", "the amount of the security"), burden_on_state=True,
                 tie_question=_("How did the court that fixed the security in {what} assess "
                                "{name}'s means and those of the people ready to stand surety?",
                                **words))


def bail_security(ctx: Context) -> Decision | None:
    """The weighing for every bail order whose security may have kept the person in custody,
    the worst leading; None where no bail order bears on it."""
    orders = [o for o in ctx.events(DetentionOrder)
              if o.measure is Measure.BAIL and _in_issue(ctx, o)]
    if not orders:
        return None
    decisions = [_one(ctx, o) for o in orders]
    return worst(decisions, empty=decisions[0])
