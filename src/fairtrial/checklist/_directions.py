"""A judge's directions to a jury that left out evidence decisive for the defence (ICCPR art
14(1)). The Human Rights Committee does not review a judge's instructions to a jury unless they
were clearly arbitrary or amounted to a denial of justice; leaving out of the summing-up the
bearing of evidence that favoured the accused on a decisive point is such a denial, even if
putting it to the jury might not have changed the verdict (Wright v Jamaica, HRC 349/1989). No
judgment of the European Court holding the same under art 6(1) has been confirmed here, so the
rule rests on the Covenant alone."""

from __future__ import annotations

from fairtrial._i18n import _, join
from fairtrial.checklist._core import Context, Decision, breach, covenant_only
from fairtrial.record._model import Event, Verdict


def omitted_from_directions(ctx: Context, v: Verdict) -> Decision | None:
    """The breach where the record names evidence the directions left out, else nothing: the
    Committee reviews directions only on such a showing, so nothing is asked where none is
    recorded."""
    omitted = ctx.fact(v, "directions_omitted_evidence")
    if not omitted.value:  # none recorded, or the claim found untrue
        return None
    items: list[Event] = [ctx.case.get(i) for i in v.directions_omitted_evidence]
    return covenant_only(breach(
        _("The judge's directions to the jury that gave {what} left out {evidence}, which "
          "favoured the defence on a decisive point. The Human Rights Committee does not review "
          "directions to a jury unless they were clearly arbitrary or amounted to a denial of "
          "justice; leaving such evidence out of them is a denial of justice under ICCPR art "
          "14(1), even if putting it to the jury might not have changed the verdict (Wright v "
          "Jamaica, HRC 349/1989). This rests on the Covenant alone: no counterpart under ECHR "
          "art 6(1) is relied on.", what=ctx.label(v),
          evidence=join([ctx.label(e) for e in items])), omitted))
