"""Helpers the tribunal criteria share: the hearings of the trial, and the appeal a hearing
heard."""

from __future__ import annotations

from collections.abc import Callable

from fairtrial._i18n import _
from fairtrial.checklist import _links
from fairtrial.checklist._core import (
    Context,
    Decision,
    Fact,
    Factor,
    Missing,
    Toward,
    not_applicable,
    read_yes_no,
    unless_recorded,
    worst,
)
from fairtrial.record._model import (
    Appeal,
    Hearing,
)
from fairtrial.record._vocab import (
    HearingStage,
)
from fairtrial.record._when import Tri, When


def _no_hearing() -> Decision:
    return not_applicable(_("No court hearing is recorded."))


def _capital(text: str) -> str:
    """A sentence that opens with an event's name or a list (filled in lower case) starts with
    a capital, in any language."""
    return text[:1].upper() + text[1:]


def _trial_hearings(ctx: Context) -> list[Hearing]:
    return [h for h in ctx.events(Hearing)
            if h.stage in (HearingStage.TRIAL, HearingStage.APPEAL, None)]


def _at_trial(ctx: Context, decide: Callable[[list[Hearing]], Decision]) -> Decision:
    """``decide`` over the trial and appeal hearings; a hearing whose stage is not recorded
    counts, but a breach at it asks first whether it was part of the trial."""
    hearings = _trial_hearings(ctx)
    staged = [h for h in hearings if h.stage is not None]
    decisions = [decide(staged)] if staged else []
    for h in (h for h in hearings if h.stage is None):
        decisions.append(unless_recorded(
            decide([h]), False, _("Was {what} a hearing of the trial or the appeal?",
                                  what=ctx.label(h))))
    return worst(decisions, empty=_no_hearing())


def _appeal_heard(ctx: Context, h: Hearing) -> list[Appeal]:
    """The appeals a hearing of the appeal stage heard, against the conviction or the
    sentence: those decided on the hearing's day; else the latest one lodged by the hearing's
    date and not decided before it, or the only one; none where the record cannot tell (then
    what it decided is asked)."""
    appeals = _links.heard_appeals(ctx)
    if len(appeals) <= 1 or h.date is None:
        return appeals if len(appeals) <= 1 else []
    day = h.date
    that_day = [a for a in appeals if a.decided_date is not None and _same_day(a.decided_date,
                                                                               day)]
    if that_day:
        return that_day
    lodged = [a for a in appeals if a.date is not None and a.date.before(day) is not Tri.NO
              and not (a.decided_date is not None and a.decided_date.before(day) is Tri.YES)]
    if not lodged or any(a.date is None for a in appeals):
        return []
    return [max(lodged, key=lambda a: a.date.sort_key() if a.date else ())]


def _same_day(a: When, b: When) -> bool:
    """Whether two dates, each known to the day, fall on the same day."""
    return a.is_exact_day and b.is_exact_day and a.earliest.date() == b.earliest.date()


def _leave_stage(ctx: Context, h: Hearing) -> list[Appeal]:
    """The application for leave to appeal decided on written grounds that an appeal-stage
    hearing heard, if that is what it heard."""
    return [a for a in _appeal_heard(ctx, h) if a.leave_on_written_grounds is True]


def _tried_with_counsel(ctx: Context) -> list[Fact]:
    return [ctx.fact(t, "counsel_present") for t in ctx.events(Hearing)
            if t.stage is HearingStage.TRIAL and t.counsel_present is True]


def _grounds_considered(ctx: Context, leave: list[Appeal], words: dict[str, str],
                        factors: list[Factor], missing: list[Missing]) -> None:
    for a in leave:
        read_yes_no(ctx.fact(a, "grounds_considered"), factors, missing,
                    yes=(_("{name} could put the grounds of appeal in writing, and the court "
                           "considered them.", **words), Toward.FAIRNESS, 1),
                    no=(_("The court did not consider {name}'s written grounds of appeal.",
                          **words), Toward.BREACH, 2),
                    ask=(_("Did the court at {what} consider {name}'s written grounds of "
                           "appeal ('grounds_considered')?", **words), 1))
