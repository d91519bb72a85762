"""Defence, witnesses and accused free from intimidation."""

from __future__ import annotations

from fairtrial._i18n import _
from fairtrial.checklist._core import (
    Area,
    Context,
    Criterion,
    Decision,
    Severity,
    basic_principles,
    breach,
    compliant,
    general_comment,
    hrc_views,
    iccpr,
    unknown,
    worst,
)
from fairtrial.checklist.tribunal._common import _no_hearing
from fairtrial.record._model import (
    CounselInterference,
    Hearing,
)


def _interference(ctx: Context, i: CounselInterference) -> Decision:
    label = ctx.label(i)
    if i.summary:
        what = _("{event}: {summary}", event=label, summary=i.summary.rstrip("."))
    else:
        what = _("{event}: no detail recorded", event=label)
    by, protected = ctx.fact(i, "by_officials"), ctx.fact(i, "state_protected")
    if by.value is False:
        # An attack by private persons engages the State through its duty to protect.
        if protected.value is True:
            return compliant(_("Defence counsel was attacked by private persons ({what}) and "
                               "the authorities protected them or investigated.", what=what),
                             by, protected, against=(what,))
        if protected.value is False:
            return breach(_("Defence counsel was attacked by private persons ({what}) and the "
                            "authorities neither protected them nor investigated.", what=what),
                          by, protected)
        return unknown(_("Did the authorities protect the lawyer, or investigate the attack?"),
                       reason=_("Defence counsel was attacked by private persons ({what}).",
                                what=what),
                       facts=(by,))
    if by.value is None:
        return unknown(_("Were officials behind {what}, or private persons (and if so, did the "
                         "authorities protect the lawyer)?", what=label),
                       reason=_("Defence counsel was threatened, obstructed or sanctioned "
                                "({what}).", what=what), facts=(ctx.fact(i),))
    return breach(_("Defence counsel was threatened, obstructed or sanctioned by officials "
                    "({what}).", what=what), by, ctx.fact(i))


def _intimidation(ctx: Context) -> Decision:
    decisions = [_interference(ctx, i) for i in ctx.events(CounselInterference)]
    decisions += [_hearing_intimidation(ctx, h) for h in ctx.events(Hearing)]
    return worst(decisions, empty=_no_hearing())


def _hearing_intimidation(ctx: Context, h: Hearing) -> Decision:
    # The State answers for intimidation by its officials, and for intimidation by others that
    # the court tolerated (GC32 para 25).
    seen, official = ctx.fact(h, "intimidation"), ctx.fact(h, "intimidation_by_officials")
    acted = ctx.fact(h, "court_acted")
    what = ctx.label(h)
    if seen.value is None:
        return unknown(_("Was anyone intimidated at {what}?", what=what))
    if seen.value is False:
        return compliant(_("No intimidation was observed at {what}.", what=what), seen)
    said = _("The defence, a witness or the accused was intimidated at {what}.", what=what)
    if official.value is True:
        return breach(_("The defence, a witness or the accused was intimidated at {what}, by "
                        "officials.", what=what), seen, official)
    if official.value is False and acted.value is True:
        return compliant(_("The defence, a witness or the accused was intimidated at {what} by "
                           "others, and the court acted to stop it.", what=what), seen, acted,
                         against=(said,))
    if official.value is False and acted.value is False:
        return breach(_("The defence, a witness or the accused was intimidated at {what} by "
                        "others, and the court did nothing to stop it.", what=what), seen,
                      official, acted)
    return unknown(_("Who intimidated them at {what}, and did the court act to stop it?",
                     what=what), reason=said, facts=(seen,))


INTIMIDATION = Criterion(
    id="tribunal.free-from-intimidation",
    area=Area.TRIBUNAL,
    title="Defence, witnesses and accused free from intimidation",
    question="Were defence lawyers, witnesses and the accused free from threats, obstruction "
             "and sanctions, in and out of court?",
    citations=(iccpr("14(1)"), general_comment(32, "25", confirmed=False),
               basic_principles("16", confirmed=True), basic_principles("17-18", confirmed=True),
               hrc_views("Askarov v Kyrgyzstan, comm. no. 2231/2012, 31 March 2016")),
    severity=Severity.SERIOUS,
    per_person=False,
    reads=("counsel_interference", "hearing.intimidation", "hearing.intimidation_by_officials",
           "hearing.court_acted"),
    decide=_intimidation,
)
