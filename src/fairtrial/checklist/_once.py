"""Citing each allegation of ill-treatment once in a finding about many statements.

A coerced statement rests on every allegation of ill-treatment of its maker before it, so a
finding about many statements that cited each allegation's provenance in every statement's
reason grew with the product of the two (3.6 MB of reasons at 20,000 events). Where a finding
concerns several statements, each reason refers to the allegations by count, and the finding
gives them, with their provenance, once, first. A finding about one statement reads as before.
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from fairtrial._i18n import T_, _, n_
from fairtrial._model import IllTreatment
from fairtrial.checklist._core import Decision, Fact, Outcome, _sourced

__all__ = ["Allegations"]

_HEADING = T_("The allegations of ill-treatment before these statements.")


def _is_allegation(f: Fact) -> bool:
    return isinstance(f.event, IllTreatment)


@attrs.define
class Allegations:
    """For one finding: whether its reasons refer to allegations instead of citing them."""

    shared: bool

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
        reference = n_("It rests on the allegation of ill-treatment listed first.",
                       "It rests on {count} of the allegations of ill-treatment listed first.",
                       count)
        return attrs.evolve(decision, reasons=(_sourced(f"{text} {reference}", own),))

    def lead(self, decision: Decision) -> Decision:
        """The combined decision, with the allegations its reasons refer to cited once,
        first."""
        if not self.shared:
            return decision
        cited = [f for f in decision.facts if _is_allegation(f)]
        if not cited:
            return decision
        return attrs.evolve(decision, reasons=(_sourced(_(_HEADING), cited), *decision.reasons))
