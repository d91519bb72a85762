"""Events that concerned some of a group, the record not saying which ("four of the five
accused"): each person of the group is assessed in every way the record leaves open.

A finding that comes out the same whether or not the person was among them stands. One that
turns on it is "insufficient information", with the question that decides it: a fact about
"some of them" is never a breach, nor a clean record, for any one of them. Where it would be a
breach for whichever of them it concerned, the case as a whole carries that breach for "N of"
the group (``group_breaches``), which the case grade counts.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Sequence

import attrs

from fairtrial._i18n import T_, _
from fairtrial.checklist._core import (
    SEVERITY_OF_OUTCOME,
    Context,
    Decision,
    Finding,
    Outcome,
    event_label,
)
from fairtrial.record._model import Case, Event, Person

#: Beyond this many open groups for one person, only "in all" and "in none" are tried: the
#: ways multiply, and a real record rarely leaves more than one or two open for a person.
_MAX_EXACT = 3
_BREACHES = (Outcome.VIOLATION, Outcome.LIKELY_VIOLATION)
_OUTCOME_WORDS = {
    Outcome.VIOLATION: T_("a violation"),
    Outcome.LIKELY_VIOLATION: T_("a likely violation"),
    Outcome.NO_VIOLATION: T_("no violation"),
    Outcome.INSUFFICIENT: T_("insufficient information"),
    Outcome.NOT_APPLICABLE: T_("not applicable"),
}


def open_groups(case: Case) -> dict[str, tuple[Event, ...]]:
    """For each person, the events that may or may not have concerned them."""
    out: dict[str, list[Event]] = {}
    for e in case.events:
        if e.some_of is not None:
            for person in dict.fromkeys(e.some_of.among):
                out.setdefault(person, []).append(e)
    return {p: tuple(events) for p, events in out.items()}


@attrs.frozen
class World:
    """One way the record may be read for a person: ``inside`` are the group events taken to
    concern them."""

    inside: frozenset[str]
    context: Context


def worlds(case: Case, person: Person, groups: Sequence[Event],
           findings: dict[tuple[str, str | None], Finding]) -> tuple[World, ...]:
    """Every reading of the open groups for ``person``; the first takes none of them to concern
    the person, the last all of them."""
    ids = [e.id for e in groups]
    if len(ids) <= _MAX_EXACT:
        subsets = [frozenset(c) for n in range(len(ids) + 1)
                   for c in itertools.combinations(ids, n)]
    else:
        subsets = [frozenset(), frozenset(ids)]
    out = []
    for inside in subsets:
        events = tuple(attrs.evolve(e, subjects=(*e.subjects, person.id)) if e.id in inside
                       else e for e in case.events)
        out.append(World(inside, Context(attrs.evolve(case, events=events), person, findings)))
    return tuple(out)


def decide(decide_one: Callable[[Context], Decision], person: Person, groups: Sequence[Event],
           readings: Sequence[World]) -> tuple[Decision, dict[str, Outcome]]:
    """The decision for ``person`` over every reading, and, for each group event, the outcome
    had it alone concerned the person (what ``group_breaches`` needs)."""
    decided = [(w, decide_one(w.context)) for w in readings]
    none, every = decided[0][1], decided[-1][1]
    alone = {next(iter(w.inside)): d.outcome for w, d in decided if len(w.inside) == 1}
    outcomes = {d.outcome for _, d in decided}
    if len(outcomes) == 1:
        return none, alone
    case = readings[0].context.case
    lines = [_(_GROUP_LINE, event=event_label(e), count=e.some_of.count,  # type: ignore[union-attr]
                                names=_names(case, e))
             for e in groups]
    if outcomes == {Outcome.NO_VIOLATION, Outcome.NOT_APPLICABLE}:
        # No breach whichever way, and where the question arises the standard was met.
        met = next(d for _, d in decided if d.outcome is Outcome.NO_VIOLATION)
        either = _(_NO_BREACH_EITHER_WAY, name=person.name)
        return attrs.evolve(met, reasons=(*lines, either, *met.reasons)), alone
    if outcomes <= set(_BREACHES):
        # A breach whichever way: at least the weaker of them is certain.
        weaker = min((d for _, d in decided), key=lambda d: SEVERITY_OF_OUTCOME[d.outcome])
        if weaker.outcome is none.outcome:
            return none, alone
        return attrs.evolve(weaker, reasons=(*lines, _(_EITHER_WAY, name=person.name),
                                             *weaker.reasons)), alone
    lines.append(_(_IF_AMONG, name=person.name, outcome=_(_OUTCOME_WORDS[every.outcome]),
                                  reason=_first(every)))
    lines.append(_(_IF_NOT, outcome=_(_OUTCOME_WORDS[none.outcome]), reason=_first(none)))
    questions = tuple(_(_QUESTION, name=person.name, count=e.some_of.count,  # type: ignore[union-attr]
                                       event=event_label(e)) for e in groups)
    return Decision(Outcome.INSUFFICIENT, tuple(lines), every.facts,
                    tuple(dict.fromkeys((*every.against, *none.against))),
                    (*questions, *(q for q in none.questions if q not in questions))), alone


def group_breaches(case: Case, criterion_findings: dict[str, Finding],
                   alone: dict[tuple[str, str], Outcome]) -> list[Finding]:
    """For one criterion: a case-level finding for each group event that would be a breach
    for whichever member it concerned, where no member's own finding already shows it.

    ``criterion_findings`` maps person to their finding; ``alone`` maps (person, event) to the
    outcome had that event alone concerned them."""
    out = []
    for e in case.events:
        group = e.some_of
        if group is None:
            continue
        members = list(dict.fromkeys(group.among))
        results = [alone.get((m, e.id)) for m in members]
        if any(r not in _BREACHES for r in results):
            continue
        if any(criterion_findings[m].is_breach for m in members if m in criterion_findings):
            continue
        template = next(iter(criterion_findings.values()))
        weakest = min((r for r in results if r is not None), key=SEVERITY_OF_OUTCOME.__getitem__)
        out.append(attrs.evolve(
            template, subject=group_key(e), outcome=weakest,
            reasoning=(_capital(_(_GROUP_BREACH, count=group.count, names=_names(case, e),
                                                     event=event_label(e))),),
            relied_on=(e.id,), questions=()))
    return out


def group_key(event: Event) -> str:
    """The subject under which a group's case-level breach is graded: no person id can be it
    (ids never start with '~')."""
    return f"~group:{event.id}"


def group_names(case: Case) -> dict[str, str]:
    """How grade reasons name each group: 'four of A, B, C, D or E'."""
    return {group_key(e): _(_SOME_OF, count=e.some_of.count, names=_names(case, e))
            for e in case.events if e.some_of is not None}


def _names(case: Case, event: Event) -> str:
    assert event.some_of is not None
    names = [case.name_of(p) for p in dict.fromkeys(event.some_of.among)]
    return _(_OR, head=", ".join(names[:-1]), last=names[-1])


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def _first(decision: Decision) -> str:
    return decision.reasons[0] if decision.reasons else (
        decision.questions[0] if decision.questions else "")


# Message templates (whole sentences, so that they translate).
_OR = T_("{head} and {last}")
_SOME_OF = T_("{count} of {names}")
_GROUP_LINE = T_("The record says that {event} concerned {count} of {names}, without "
                 "saying which.")
_IF_AMONG = T_("If {name} was among them, this would be {outcome}: {reason}")
_EITHER_WAY = T_("Whether or not {name} was among them, this is a breach; the reasons below "
                 "read the record in the way least unfavourable to the state.")
_NO_BREACH_EITHER_WAY = T_("Whether or not {name} was among them, no breach arises.")
_IF_NOT = T_("If not, it would be {outcome}: {reason}")
_QUESTION = T_("Was {name} among the {count} people concerned by {event}?")
_GROUP_BREACH = T_("{event} concerned {count} of {names}, the record not saying which; for "
                   "whichever of them it concerned, this is a breach.")
