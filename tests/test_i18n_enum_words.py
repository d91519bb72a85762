"""The checklist's reasons that name a value of the case model (how a court treated an expert
report, what the defence asked for, a safeguard, how much the conviction rested on a piece of
evidence, how an appeal changed the decision) say it in the words of the schema's description
of that value, in every sentence built for it, and miss no value."""

from __future__ import annotations

from fairtrial.checklist import evidence, judgment
from fairtrial.record._vocab import (
    AppealOutcome,
    Counterbalance,
    ExpertTreatment,
    RequestKind,
    Weight,
)


def test_the_evidence_area_says_every_value_in_the_schemas_words() -> None:
    for how in ExpertTreatment:
        assert evidence._treatment(how) == how.doc
    for kind in RequestKind:
        assert evidence._request_kind(kind) == kind.doc
    for c in Counterbalance:
        assert evidence._safeguard(c) == c.doc
    assert set(evidence._IT_WAS) == set(evidence._STATEMENT_WAS) == set(Weight)
    for w in Weight:
        assert evidence._IT_WAS[w] == f"It was {w.doc}."
        assert evidence._STATEMENT_WAS[w] == f"The statement of {{whom}} {{when}} was {w.doc}."


def test_an_appeal_that_changed_the_decision_is_described_in_the_schemas_words() -> None:
    changed = {AppealOutcome.ALLOWED, AppealOutcome.QUASHED_RETRIAL,
               AppealOutcome.PARTLY_ALLOWED}
    assert set(judgment._CHANGED) == changed
    for o in changed:
        assert judgment._CHANGED[o] == ("The court examined the appeal {when} and changed the "
                                        f"decision ({o.doc}).")


def test_a_ground_for_detention_is_said_in_the_schemas_words() -> None:
    from fairtrial.checklist import custody
    from fairtrial.record._vocab import DetentionGround

    for g in DetentionGround:
        assert custody._ground(g) == g.doc
