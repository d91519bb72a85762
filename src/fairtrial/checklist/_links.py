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


def _subject(ctx: Context) -> str | None:
    return ctx.person.id if ctx.person else None


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
    return ctx.once(("coercion_of", statement.id, _subject(ctx)),
                    lambda: _coercion_of(ctx, statement))


def _coercion_of(ctx: Context, statement: Event) -> tuple[Fact, ...]:
    found: list[Fact] = []
    for t in ctx.events(IllTreatment):
        if t.to_obtain_statement is False:
            continue
        if statement.date and t.date and statement.date.before(t.date) is Tri.YES:
            continue
        found.append(ctx.fact(t))
    found.extend(ctx.fact(r, "alleges_coercion") for r in _retractions_of(ctx, statement.id))
    return tuple(found)


def _retractions_of(ctx: Context, statement: str) -> list[Retraction]:
    """The person's retractions of ``statement`` that allege coercion, from an index built once
    per person (a scan per statement grows with statements x retractions)."""
    def build() -> dict[str, list[Retraction]]:
        index: dict[str, list[Retraction]] = {}
        for r in ctx.events(Retraction):
            if r.alleges_coercion:
                for target in dict.fromkeys(r.retracts):
                    index.setdefault(target, []).append(r)
        return index

    return ctx.once(("retractions_of", _subject(ctx)), build).get(statement, [])


def evidence_from(ctx: Context, source: str) -> list[EvidenceItem]:
    """Evidence items concerning the person (all, for the case) that were derived from
    ``source``, in record order, from the case's index."""
    person = _subject(ctx)
    return [e for e in ctx.case.derived_from(source)
            if isinstance(e, EvidenceItem) and (person is None or person in e.subjects)]


def convictions(ctx: Context) -> tuple[Verdict, ...]:
    person = _subject(ctx)
    return ctx.once(("convictions", person), lambda: tuple(
        v for v in ctx.events(Verdict)
        if any(r.outcome in (VerdictOutcome.CONVICTED, VerdictOutcome.PARTLY_CONVICTED)
               and (person is None or r.person == person) for r in v.results)))


def _first_relying(ctx: Context) -> dict[str, tuple[int, Verdict]]:
    """For each id a conviction relied on, the first such conviction (with its position)."""
    def build() -> dict[str, tuple[int, Verdict]]:
        index: dict[str, tuple[int, Verdict]] = {}
        for n, v in enumerate(convictions(ctx)):
            for item in v.relied_on:
                index.setdefault(item, (n, v))
        return index

    return ctx.once(("first_relying", _subject(ctx)), build)


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
    for e in evidence_from(ctx, source.id):
        if (e.evidence_kind in STATEMENT_KINDS) == as_statement:
            carriers.add(e.id)
            rulings.append(ctx.fact(e, "ruling"))
    relying = [found for c in carriers if (found := _first_relying(ctx).get(c))]
    if relying:
        verdict = min(relying, key=lambda nv: nv[0])[1]  # the earliest, in record order
        return "relied", (ctx.fact(verdict, "relied_on"), *rulings)
    if any(r.value is Ruling.EXCLUDED for r in rulings):
        return "excluded", tuple(r for r in rulings if r.value is Ruling.EXCLUDED)
    if any(r.value is Ruling.ADMITTED for r in rulings):
        return "admitted", tuple(r for r in rulings if r.value is Ruling.ADMITTED)
    return "unknown", ()
