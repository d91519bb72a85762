"""Facts that several criteria derive from links between events: statements made without a
lawyer or after coercion, and whether a verdict relied on them."""

from __future__ import annotations

from fairtrial._model import (
    Confession,
    Event,
    EvidenceItem,
    IllTreatment,
    Interrogation,
    Retraction,
    Verdict,
)
from fairtrial._vocab import EvidenceKind, Ruling, Setting, VerdictOutcome
from fairtrial._when import Tri
from fairtrial.checklist._core import Context, Fact

STATEMENT_KINDS = frozenset({EvidenceKind.CONFESSION, EvidenceKind.DEFENDANT_STATEMENT})


def pretrial_statements(ctx: Context) -> tuple[Confession, ...]:
    """Confessions made outside court (during questioning, in writing, on camera)."""
    return tuple(c for c in ctx.events(Confession) if c.setting is not Setting.COURT)


def counsel_at(ctx: Context, statement: Confession) -> Fact | None:
    """Whether a lawyer was present when the statement was made, from the statement itself or
    from the interrogation it was made in."""
    own = ctx.fact(statement, "counsel_present")
    if own.value is not None:
        return own
    if statement.interrogation:
        linked = ctx.case.get(statement.interrogation)
        if isinstance(linked, Interrogation):
            fact = ctx.fact(linked, "counsel_present")
            if fact.value is not None:
                return fact
    return None


def coercion_of(ctx: Context, statement: Event) -> tuple[Fact, ...]:
    """Coercion aimed at obtaining statements that may have produced ``statement``: ill-treatment
    of the same person not certainly after it, or a retraction of it that alleges coercion."""
    key = ("coercion_of", statement.id, ctx.person.id if ctx.person else None)
    memo = ctx.case._memo
    if key not in memo:
        memo[key] = _coercion_of(ctx, statement)
    return memo[key]  # type: ignore[no-any-return]


def _coercion_of(ctx: Context, statement: Event) -> tuple[Fact, ...]:
    found: list[Fact] = []
    for t in ctx.events(IllTreatment):
        if t.to_obtain_statement is False:
            continue
        if statement.date and t.date and statement.date.before(t.date) is Tri.YES:
            continue
        found.append(ctx.fact(t))
    for r in ctx.events(Retraction):
        if statement.id in r.retracts and r.alleges_coercion:
            found.append(ctx.fact(r, "alleges_coercion"))
    return tuple(found)


def convictions(ctx: Context) -> tuple[Verdict, ...]:
    person = ctx.person.id if ctx.person else None
    return tuple(
        v for v in ctx.events(Verdict)
        if any(r.outcome in (VerdictOutcome.CONVICTED, VerdictOutcome.PARTLY_CONVICTED)
               and (person is None or r.person == person) for r in v.results)
    )


def reliance(ctx: Context, source: Event, *, as_statement: bool = True,
             ) -> tuple[str, tuple[Fact, ...]]:
    """How the proceedings used what came from ``source``: 'relied' (a conviction rests on it),
    'admitted', 'excluded', or 'unknown'; with the facts that show it.

    With ``as_statement`` only evidence items that are statements count (the statement itself);
    without it only the other items (real evidence found through it), so that Gäfgen's
    distinction between the two is kept.
    """
    carriers = {source.id} if as_statement else set()
    rulings: list[Fact] = []
    person = ctx.person.id if ctx.person else None
    for e in ctx.case.derived_from(source.id):
        if not isinstance(e, EvidenceItem) or (person is not None and person not in e.subjects):
            continue
        if (e.evidence_kind in STATEMENT_KINDS) == as_statement:
            carriers.add(e.id)
            rulings.append(ctx.fact(e, "ruling"))
    for v in convictions(ctx):
        if carriers & set(v.relied_on):
            return "relied", (ctx.fact(v, "relied_on"), *rulings)
    if any(r.value is Ruling.EXCLUDED for r in rulings):
        return "excluded", tuple(r for r in rulings if r.value is Ruling.EXCLUDED)
    if any(r.value is Ruling.ADMITTED for r in rulings):
        return "admitted", tuple(r for r in rulings if r.value is Ruling.ADMITTED)
    return "unknown", ()
