"""A lawyer the authorities assigned: one who failed to act, and a request to replace one
(ECHR art 6(3)(c); ICCPR art 14(3)(d)). Weighed with the defence at trial."""

from __future__ import annotations

from fairtrial._i18n import _
from fairtrial.checklist import _links
from fairtrial.checklist._core import (
    REFUTED,
    Context,
    Decision,
    Factor,
    Missing,
    Toward,
    compliant,
    read_yes_no,
    unknown,
    weigh,
)
from fairtrial.record._model import CounselAccess, DefenceRequest
from fairtrial.record._vocab import Party, RequestKind


def failures(ctx: Context) -> list[Decision]:
    """A lawyer assigned to the person who did not act for them. Assigning a lawyer does not
    in itself ensure effective assistance, yet the State does not answer for every shortcoming
    of a legal-aid lawyer: the authorities must intervene only where the failure is manifest or
    sufficiently brought to their attention (Kamasinski v Austria §65; Daud v Portugal §38;
    Czekalla v Portugal §60; Lagerblom v Sweden §56). That threshold decides first; once it is
    met, what the authorities did is weighed: a lawyer who never acted left in place (Artico v
    Italy), a court told of months of inaction that stayed passive (Daud), a defective appeal
    the court let stand (Czekalla)."""
    out: list[Decision] = []
    for c in ctx.events(CounselAccess):
        failed = ctx.fact(c, "failed_to_act")
        if failed.value is not True or failed.standing in REFUTED:
            continue
        known = ctx.fact(c, "failure_known")
        words = {"name": ctx.name, "when": ctx.when(c)}
        failure = _("The lawyer for {name} recorded {when} failed to act for them.", **words)
        if known.value is False:
            out.append(compliant(_(
                "The failure of the lawyer for {name} recorded {when} to act for them was "
                "neither manifest to the authorities nor brought to their attention: the State "
                "does not answer for every shortcoming of a lawyer it assigned, and had to "
                "intervene only where the failure was manifest or made known to it (Kamasinski "
                "v Austria).", **words), known, against=(failure,)))
            continue
        if known.value is None:
            out.append(unknown(_(
                "Was the failure of the lawyer for {name} {when} to act manifest to the "
                "authorities, or brought to their attention, for instance by {name}'s letters "
                "or complaints to the court ('failure_known')?", **words),
                reason=failure, facts=(failed,)))
            continue
        out.append(_intervention(ctx, c, failure))
    return out


def _intervention(ctx: Context, c: CounselAccess, failure: str) -> Decision:
    """The failure known to the authorities: whether they replaced the lawyer or made them act
    in time (Artico v Italy), weighed with who chose the lawyer and what was at stake."""
    words = {"name": ctx.name, "when": ctx.when(c)}
    failed, known = ctx.fact(c, "failed_to_act"), ctx.fact(c, "failure_known")
    acted = ctx.fact(c, "authorities_intervened")
    factors: list[Factor] = []
    missing: list[Missing] = []
    if acted.value is True:
        factors.append(Factor(_("Once they knew, the authorities replaced the lawyer or made "
                                "them act, in time for an effective defence.", **words),
                              Toward.FAIRNESS, 3, (acted,)))
    elif acted.value is False:
        factors.append(Factor(_("Once they knew, the authorities neither replaced the lawyer "
                                "nor made them act in time: they remained passive, though "
                                "assigning a lawyer does not in itself ensure effective "
                                "assistance (Artico v Italy; Daud v Portugal).", **words),
                              Toward.BREACH, 3, (failed, known, acted)))
    else:
        missing.append(Missing(_("Once they knew of the failure, did the authorities replace "
                                 "the lawyer, or make them act, in time for an effective "
                                 "defence of {name} ('authorities_intervened')?", **words), 3))
    chooser = ctx.fact(c, "chosen_by")
    if chooser.value in (Party.DEFENDANT, Party.FAMILY):
        factors.append(Factor(_("{name} or the family had chosen that lawyer: the conduct of "
                                "the defence is essentially a matter between the accused and "
                                "counsel (Czekalla v Portugal).", **words),
                              Toward.FAIRNESS, 1, (chooser,)))
    elif chooser.value is Party.AUTHORITIES:
        # Who assigned the lawyer decides whose duty it was, not how strongly it weighs.
        factors.append(Factor(_("The authorities had assigned that lawyer to {name}.", **words),
                              Toward.BREACH, 0, (chooser,)))
    else:
        missing.append(Missing(_("Who chose the lawyer recorded {when}: the authorities (legal "
                                 "aid, appointed by the court), or {name} or the family "
                                 "('chosen_by')?", **words), 1))
    charges = _links.charges_of(ctx)
    if any(ch.capital is True for ch in charges):
        factors.append(Factor(_("{name} faced a charge punishable by death, where the accused "
                                "must be effectively assisted by a lawyer at every stage.",
                                **words), Toward.BREACH, 1,
                              tuple(_links.charge_fact(ctx, ch) for ch in charges
                                    if ch.capital)))
    return weigh(
        _("{failure} The failure was manifest to the authorities or brought to their attention. "
          "Weighing whether they then secured {name} an effective defence (ECHR art 6(3)(c); "
          "ICCPR art 14(3)(d); Artico v Italy; Daud v Portugal: the authorities must replace "
          "the lawyer or make them act).", failure=failure, **words),
        factors, missing,
        breach_text=_("the authorities left {name} without the effective assistance of the "
                      "lawyer they had assigned.", **words),
        fair_text=_("the authorities secured {name} an effective defence once they knew of the "
                    "lawyer's failure.", **words))


def replacements(ctx: Context) -> list[Decision]:
    """A request to replace the lawyer the authorities assigned. The accused's wishes must be
    considered but may be overridden on relevant and sufficient grounds, the choice being
    limited where free legal aid is concerned (Croissant v Germany §29; Lagerblom v Sweden
    §54); a refusal is no breach where nothing showed that the lawyer was not defending the
    accused effectively (Lagerblom §§56, 62)."""
    out: list[Decision] = []
    for r in ctx.events(DefenceRequest):
        if r.request is not RequestKind.REPLACE_COUNSEL:
            continue
        words = {"name": ctx.name, "when": ctx.when(r)}
        granted = ctx.fact(r, "granted")
        if granted.value is True:
            out.append(compliant(_("{name}'s request {when} to replace the lawyer the "
                                   "authorities had assigned was granted.", **words), granted))
            continue
        if granted.value is None:
            out.append(unknown(_("What did the court decide on {name}'s request {when} to "
                                 "replace the lawyer the authorities had assigned?", **words)))
            continue
        factors: list[Factor] = [Factor(_(
            "The lawyer was assigned by the authorities: the choice of a lawyer paid by the State "
            "is limited, though the accused's wishes must be considered (Lagerblom v Sweden).",
            **words), Toward.FAIRNESS, 1, (granted,))]
        missing: list[Missing] = []
        read_yes_no(ctx.fact(r, "counsel_ineffective"), factors, missing,
                    yes=(_("It was shown that the lawyer was not defending {name} effectively, "
                           "which the authorities had to remedy.", **words), Toward.BREACH, 3),
                    no=(_("Nothing showed that the lawyer was not defending {name} "
                          "effectively.", **words), Toward.FAIRNESS, 3),
                    ask=(_("Was it shown that the lawyer {name} asked to replace {when} was "
                           "not defending them effectively, or was it a preference only "
                           "('counsel_ineffective' on the request)?", **words), 3))
        read_yes_no(ctx.fact(r, "refusal_reasoned"), factors, missing,
                    yes=(_("The court gave relevant and sufficient reasons for keeping the "
                           "lawyer (Croissant v Germany).", **words), Toward.FAIRNESS, 1),
                    no=(_("The court overrode {name}'s wishes without relevant reasons.",
                          **words), Toward.BREACH, 2),
                    ask=(_("Did the court give reasons for refusing to replace the lawyer "
                           "{when}?", **words), 1))
        # The refusal itself is part of every point against: a breach rests on it too.
        factors = [Factor(f.text, f.toward, f.weight, (granted, *f.facts))
                   if f.toward is Toward.BREACH else f for f in factors]
        out.append(weigh(
            _("{name}'s request {when} to replace the lawyer the authorities had assigned was "
              "refused. Weighing the refusal (ECHR art 6(3)(c); Croissant v Germany: the "
              "accused's wishes may be overridden on relevant and sufficient grounds; Lagerblom "
              "v Sweden: no breach where nothing showed the lawyer was ineffective).", **words),
            factors, missing,
            breach_text=_("refusing to replace the lawyer left {name} without an effective "
                          "defence of their choosing.", **words),
            fair_text=_("refusing to replace the lawyer did not breach {name}'s right to "
                        "counsel.", **words)))
    return out
