"""G. Presumption of innocence: officials' statements of guilt, published confessions, and the
accused's presentation in court (ICCPR art 14(2); GC32 para 30)."""

from __future__ import annotations

from datetime import datetime

from fairtrial._model import (
    Appeal,
    BroadcastConfession,
    Event,
    Hearing,
    PublicStatement,
    Verdict,
)
from fairtrial._vocab import AppealAgainst, AppealOutcome
from fairtrial.checklist._core import (
    Area,
    Citation,
    Context,
    Criterion,
    Decision,
    Severity,
    breach,
    by_detail,
    compliant,
    echr,
    ecthr,
    general_comment,
    hrc_views,
    iccpr,
    not_applicable,
    unknown,
    worst,
)


def _before_verdict(ctx: Context, event: Event) -> bool:
    """Whether ``event`` may have come before guilt was finally established: before every
    verdict, or while an appeal against it was pending (the presumption lasts until then:
    Konstas v Greece)."""
    first_end, pending, last_start = _verdict_bounds(ctx)
    # A verdict certainly before the event ends by its start (``When.before``), so the
    # earliest end of any verdict decides; likewise the latest start of an appeal.
    if event.date is None or first_end is None or not first_end <= event.date.earliest:
        return True
    return pending or (last_start is not None and event.date.latest <= last_start)


def _verdict_bounds(ctx: Context) -> tuple[datetime | None, bool, datetime | None]:
    """The earliest end of the person's dated verdicts; whether an appeal against a verdict is
    pending; the latest start of such an appeal. Once per person: a scan of every verdict
    and appeal for every statement grew with their product."""
    def build() -> tuple[datetime | None, bool, datetime | None]:
        ends = [v.date.latest for v in ctx.events(Verdict) if v.date is not None]
        appeals = [a for a in ctx.events(Appeal) if a.against is AppealAgainst.VERDICT]
        starts = [a.date.earliest for a in appeals if a.date is not None]
        return (min(ends, default=None),
                any(a.outcome is AppealOutcome.PENDING for a in appeals),
                max(starts, default=None))

    return ctx.once(("verdict_bounds", ctx.person.id if ctx.person else None), build)


def _statements(ctx: Context) -> Decision:
    decisions = []
    for s in ctx.events(PublicStatement):
        if not _before_verdict(ctx, s):
            continue
        guilty = ctx.fact(s, "presents_as_guilty")
        speaker = ", ".join(ctx.case.name_of(a) for a in s.actors) or "an official"
        what = f"{speaker} {ctx.when(s)}"
        if guilty.value is True:
            quote = f': "{s.quote}"' if s.quote else ""
            decisions.append(breach(f"Before any verdict, {what} publicly presented {ctx.name} "
                                    f"as guilty{quote}.", guilty, ctx.fact(s)))
        elif guilty.value is False:
            decisions.append(compliant(f"The statement of {what} did not present {ctx.name} as "
                                       "guilty.", guilty))
        else:
            decisions.append(unknown(f"Did the statement of {what} present {ctx.name} as "
                                     "guilty?"))
    for b in ctx.events(BroadcastConfession):
        if _before_verdict(ctx, b):
            who = ", ".join(ctx.case.name_of(a) for a in b.actors) or "the authorities"
            decisions.append(breach(f"{who} published {ctx.name} confessing or repenting "
                                    f"{ctx.when(b)}, before any verdict.", ctx.fact(b)))
    unattributed = [b for b in ctx.all_events(BroadcastConfession)
                    if not b.subjects and b.some_of is None]
    for b in unattributed:
        decisions.append(unknown(f"Does {ctx.name} appear in the confession video or broadcast "
                                 f"published {ctx.when(b)}?"))
    return worst(decisions, empty=not_applicable(
        f"No public statement by officials about {ctx.name}, and no published confession, is "
        "recorded."))


STATEMENTS = Criterion(
    id="presumption.official-statements",
    area=Area.PRESUMPTION,
    title="No public declarations of guilt by officials",
    question="Did officials refrain from presenting the accused as guilty before a verdict, in "
             "statements or by publishing confessions?",
    citations=(
        iccpr("14(2)"), general_comment(32, "30", confirmed=True), echr("6(2)"),
        ecthr("Allenet de Ribemont v France, no. 15175/89, 10 Feb 1995", "§§35-41",
              confirmed=True),
        # Gridin found 14(2) breached by police statements; Mirzakhodzhaev's majority found no
        # breach for lack of shown effect (the dissent would shift the burden): cited as contra.
        hrc_views("Gridin v Russian Federation, comm. no. 770/1997, 20 July 2000"),
        Citation(source="HRC, Mirzakhodzhaev v Kyrgyzstan, comm. no. 2526/2015, 6 Nov 2020 "
                        "(contra: the majority found no breach without a shown effect)",
                 treaty="ICCPR-OP1", kind="case_law"),
    ),
    severity=Severity.SERIOUS,
    reads=("public_statement.presents_as_guilty", "public_statement.date",
           "broadcast_confession", "verdict.date"),
    decide=_statements,
)


def _caged(ctx: Context) -> Decision:
    return by_detail(
        ctx, ctx.events(Hearing), "defendant_caged", bad=True,
        said_bad="{name} was held in a cage or restrained at {what}.",
        said_good="{name} was not caged or restrained at {what}.",
        ask="Was {name} held in a cage or restrained at {what}?",
        empty=not_applicable("No hearing is recorded."))


CAGED = Criterion(
    id="presumption.no-cage",
    area=Area.PRESUMPTION,
    title="Not shown caged or shackled in court",
    question="Was the accused kept out of a cage and free of restraints in court, absent an "
             "individual reason?",
    citations=(iccpr("14(2)"), general_comment(32, "30", confirmed=True)),
    severity=Severity.MINOR,
    reads=("hearing.defendant_caged",),
    at_trial=True,
    decide=_caged,
)

CRITERIA = (STATEMENTS, CAGED)
