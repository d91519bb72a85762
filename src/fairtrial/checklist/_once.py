"""Citing each allegation of ill-treatment once in a finding about many statements.

A coerced statement rests on every allegation of ill-treatment of its maker before it, so a
finding about many statements that cited each allegation's provenance in every statement's
reason grew with the product of the two (3.6 MB of reasons at 20,000 events). Where a finding
concerns several statements, each reason refers to the allegations by count, and the finding
gives them, with their provenance, once, first. A finding about one statement reads as before.
"""

from __future__ import annotations

import operator
from collections.abc import Callable, Hashable, Sequence
from typing import Any

import attrs

from fairtrial._i18n import T_, _, n_
from fairtrial.checklist._core import (
    Citation,
    Decision,
    Fact,
    Outcome,
    _counter_claims,
    _sourced,
    breach,
)
from fairtrial.record._model import IllTreatment
from fairtrial.record._vocab import Standing

__all__ = ["Allegations"]

_HEADING = T_("The allegations of ill-treatment before these statements.")


def _reference(count: int) -> str:
    """What a statement's reason says of the ``count`` allegations it rests on."""
    return n_("It rests on the allegation of ill-treatment listed first.",
              "It rests on {count} of the allegations of ill-treatment listed first.", count)


def _is_allegation(f: Fact) -> bool:
    return isinstance(f.event, IllTreatment)


def _kind(f: Fact) -> Hashable:
    """What an allegation says was done, and how it was characterised."""
    t = f.event
    assert isinstance(t, IllTreatment)
    return t.characterised_as, tuple(t.treatment)


@attrs.define
class Allegations:
    """For one finding: whether its reasons refer to allegations instead of citing them."""

    shared: bool
    # The run of allegations the last statement rested on, and for each length of its prefix
    # the standings and the number of counter-claims among them: each statement of a maker
    # rests on the allegations before it, so the next one usually extends this run, and only
    # what it adds is examined (a scan of every allegation for every statement grew with
    # their product).
    _run: list[Fact] = attrs.field(factory=list, init=False)
    _standings: list[frozenset[Standing]] = attrs.field(factory=lambda: [frozenset()],
                                                        init=False)
    _claims: list[str] = attrs.field(factory=list, init=False)
    _claims_upto: list[int] = attrs.field(factory=lambda: [0], init=False)
    _first: dict[Standing, Fact] = attrs.field(factory=dict, init=False)
    # The kinds of ill-treatment among the run's first allegations, and the citations found
    # for each set of kinds.
    _kinds: list[frozenset[Hashable]] = attrs.field(factory=lambda: [frozenset()], init=False)
    _first_kind: dict[Hashable, Fact] = attrs.field(factory=dict, init=False)
    _cited: dict[tuple[Any, frozenset[Hashable]], tuple[Citation, ...]] = attrs.field(
        factory=dict, init=False)

    def breach(self, text: str, facts: Sequence[Fact],
               cites: Callable[[Sequence[Fact]], tuple[Citation, ...]] | None = None,
               ) -> Decision:
        """``refer(breach(text, *facts), text, facts)``, with ``cites(facts)`` as its
        citations if given, in time that grows with what ``facts`` add to the run of
        allegations the previous call met. ``cites`` must depend only on the kinds of the
        allegations among the facts (what was done and how it was characterised)."""
        if not self.shared:
            decision = self.refer(breach(text, *facts), text, facts)
            return attrs.evolve(decision, cites=cites(facts)) if cites else decision
        facts = tuple(facts)
        start = next((n for n, f in enumerate(facts) if isinstance(f.event, IllTreatment)),
                     len(facts))
        length = self._match(facts, start)
        end = start + length
        rest = [*facts[:start], *facts[end:]]
        if any(isinstance(f.event, IllTreatment) for f in rest):  # allegations out of the run
            decision = self.refer(breach(text, *facts), text, facts)
            return attrs.evolve(decision, cites=cites(facts)) if cites else decision
        # ``breach`` decides the outcome from the standings of its facts alone: one fact of
        # each standing stands for them all.
        each = {f.standing: f for f in reversed(rest)}
        for standing in self._standings[length] - each.keys():
            each[standing] = self._first[standing]
        outcome = breach("", *each.values())
        decision = Decision(outcome.outcome, (_sourced(text, facts),) if not length else (),
                            facts, (*_counter_claims(facts[:start]),
                                    *self._claims[:self._claims_upto[length]],
                                    *_counter_claims(facts[end:])),
                            (), outcome.confidence,
                            self._cites(cites, length) if cites else ())
        if not length:
            return decision
        return attrs.evolve(decision, reasons=(_sourced(f"{text} {_reference(length)}", rest),))

    def _cites(self, cites: Callable[[Sequence[Fact]], tuple[Citation, ...]], length: int,
               ) -> tuple[Citation, ...]:
        """``cites`` of the first ``length`` allegations of the run, from one allegation of
        each kind among them."""
        kinds = self._kinds[length]
        found = self._cited.get((cites, kinds))
        if found is None:
            found = self._cited[(cites, kinds)] = cites(
                [f for kind, f in self._first_kind.items() if kind in kinds])
        return found

    def _match(self, facts: tuple[Fact, ...], start: int) -> int:
        """How many allegations ``facts`` hold from ``start`` on, the run now being theirs."""
        run = self._run
        known = len(run)
        if not (known and len(facts) >= start + known and facts[start + known - 1] is run[-1]
                and all(map(operator.is_, facts[start:start + known], run))):
            known = 0
            del run[:], self._claims[:], self._standings[1:], self._claims_upto[1:]
            del self._kinds[1:]
            self._first.clear()
            self._first_kind.clear()
        end = start + known
        while end < len(facts) and isinstance(facts[end].event, IllTreatment):
            f = facts[end]
            run.append(f)
            self._standings.append(self._standings[-1] | {f.standing})
            self._first.setdefault(f.standing, f)
            kind = _kind(f)
            self._kinds.append(self._kinds[-1] | {kind})
            self._first_kind.setdefault(kind, f)
            self._claims.extend(_counter_claims((f,)))
            self._claims_upto.append(len(self._claims))
            end += 1
        return end - start

    def refer(self, decision: Decision, text: str, facts: Sequence[Fact]) -> Decision:
        """``decision``, built from ``text`` sourced by ``facts``, with the allegations among
        ``facts`` referred to by count instead of cited, when the finding shares them."""
        if not self.shared or decision.outcome is Outcome.NOT_APPLICABLE:
            return decision
        # One pass, no hashing: this runs for every statement, over every allegation before
        # it. ``facts`` are distinct (coercion facts come de-duplicated).
        own: list[Fact] = []
        count = 0
        for f in facts:
            if isinstance(f.event, IllTreatment):
                count += 1
            else:
                own.append(f)
        if not count:
            return decision
        return attrs.evolve(decision, reasons=(_sourced(f"{text} {_reference(count)}", own),))

    def lead(self, decision: Decision) -> Decision:
        """The combined decision, with the allegations its reasons refer to cited once,
        first."""
        if not self.shared:
            return decision
        cited = [f for f in decision.facts if _is_allegation(f)]
        if not cited:
            return decision
        return attrs.evolve(decision, reasons=(_sourced(_(_HEADING), cited), *decision.reasons))
