"""custody.lawful-basis on a court's finding that an arrest broke domestic law (Mooren v
Germany [GC]: only some defects make the detention unlawful) and on a claim of an unlawful
arrest examined and not found proven (Wolf v Panama): the removal properties of
test_assessment, searched where they bite, on arrests built from the details this rule reads."""

from __future__ import annotations

import copy
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

import fairtrial
from fairtrial.checklist import Outcome

CRITERION = "custody.lawful-basis"
BREACH = {Outcome.VIOLATION, Outcome.LIKELY_VIOLATION}
STANDINGS = ["established", "established", "alleged", "unproven", "denied"]

#: The details this rule reads, with the values worth trying.
DETAILS: dict[str, list[Any]] = {
    "domestic_law_followed": [False, False, True],
    "domestic_law_defect": ["no_legal_basis", "ordered_without_power", "ordered_unheard",
                            "order_error", "order_error"],
    "defect_remedied": [True, False],
    "defect_remedied_promptly": [True, False],
    "arrest_warrant": [True, False],
    "stated_grounds": ["suspected of a theft"],
    "reasonable_suspicion_shown": [True, False],
}


def _prov(standing: str) -> dict[str, Any]:
    by = ["court"] if standing in ("established", "unproven", "denied") else ["defence"]
    return {"asserted_by": by, "standing": standing, "sources": ["s1"]}


_CHARGE = {"id": "c1", "defendant": "p1", "code": "Penal Code", "description": "theft",
           "conduct": ["other"],
           "provenance": {"asserted_by": ["court"], "standing": "established", "sources": ["s1"]}}


@st.composite
def _arrest(draw: st.DrawFn, n: int) -> dict[str, Any]:
    event: dict[str, Any] = {"id": f"a{n}", "kind": "arrest", "date": f"2024-0{n + 1}-10",
                             "subjects": ["p1"], "provenance": _prov("established")}
    own: dict[str, Any] = {}
    for key, values in DETAILS.items():
        if draw(st.booleans()):
            event[key] = draw(st.sampled_from(values))
            if draw(st.integers(0, 3)) == 0:
                own[key] = _prov(draw(st.sampled_from(STANDINGS)))
    if own:
        event["detail_provenance"] = own
    return event


@st.composite
def _case(draw: st.DrawFn) -> dict[str, Any]:
    arrests = [draw(_arrest(n)) for n in range(draw(st.integers(1, 2)))]
    return {"format_version": "2.0", "id": "x", "title": "x", "jurisdiction": "XX",
            "stage": "investigation",
            "sources": [{"id": "s1", "kind": "court_document", "publisher": "A court"}],
            "people": [{"id": "p1", "name": "Ada Accused", "roles": ["defendant"]}],
            "events": arrests,
            "charges": [_CHARGE]}


def _outcome(doc: dict[str, Any]) -> Outcome:
    return fairtrial.assess(fairtrial.from_data(doc)).finding(CRITERION, "p1").outcome


def _removals(doc: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    out = []
    for i, event in enumerate(doc["events"]):
        for key in DETAILS:
            if key in event:
                smaller = copy.deepcopy(doc)
                del smaller["events"][i][key]
                smaller["events"][i].get("detail_provenance", {}).pop(key, None)
                out.append((key, smaller))
    return out


@given(_case())
def test_removing_a_detail_never_makes_a_breach(doc: dict[str, Any]) -> None:
    """As in test_assessment, with the same rebuttal: an arrest without a warrant found
    contrary to domestic law had no basis unless shown to be only an error in an order."""
    before = _outcome(doc)
    if before in BREACH:
        return
    for key, smaller in _removals(doc):
        if key != "domestic_law_defect":
            assert _outcome(smaller) not in BREACH, (key, before, doc)


@given(_case())
def test_removing_a_detail_never_makes_insufficient_compliant(doc: dict[str, Any]) -> None:
    """As in test_assessment, except the finding that the arrest broke domestic law, which is
    what raises the question of the kind of defect."""
    if _outcome(doc) is not Outcome.INSUFFICIENT:
        return
    for key, smaller in _removals(doc):
        if key != "domestic_law_followed":
            assert _outcome(smaller) is not Outcome.NO_VIOLATION, (key, doc)


@given(_case())
def test_a_refuted_claim_never_hides_an_established_breach(doc: dict[str, Any]) -> None:
    """Removing a claim found untrue or not proven never makes a violation appear: whatever
    breach the rest of the record establishes stands beside it."""
    before = _outcome(doc)
    for i, event in enumerate(doc["events"]):
        for key, prov in event.get("detail_provenance", {}).items():
            if prov["standing"] in ("unproven", "denied"):
                smaller = copy.deepcopy(doc)
                del smaller["events"][i][key]
                del smaller["events"][i]["detail_provenance"][key]
                if _outcome(smaller) in BREACH:
                    assert before in BREACH, (key, doc)


def _one(**details: Any) -> dict[str, Any]:
    event = {"id": "a0", "kind": "arrest", "date": "2024-01-10", "subjects": ["p1"],
             "provenance": _prov("established"), **details}
    return {"format_version": "2.0", "id": "x", "title": "x", "jurisdiction": "XX",
            "stage": "investigation",
            "sources": [{"id": "s1", "kind": "court_document", "publisher": "A court"}],
            "people": [{"id": "p1", "name": "Ada Accused", "roles": ["defendant"]}],
            "events": [event],
            "charges": [_CHARGE]}


def test_an_error_in_an_order_put_right_promptly_is_no_violation() -> None:
    doc = _one(arrest_warrant=True, stated_grounds="suspected of a theft",
               reasonable_suspicion_shown=True, domestic_law_followed=False,
               domestic_law_defect="order_error", defect_remedied=True,
               defect_remedied_promptly=True)
    finding = fairtrial.assess(fairtrial.from_data(doc)).finding(CRITERION, "p1")
    assert finding.outcome is Outcome.NO_VIOLATION
    assert any("Mooren" in str(c) for c, _status in finding.citations)


def test_a_refuted_claim_gives_no_violation_that_says_so() -> None:
    doc = _one(stated_grounds="suspected of a theft", domestic_law_followed=False,
               detail_provenance={"domestic_law_followed": {
                   "asserted_by": ["defendant"], "standing": "unproven", "sources": ["s1"]}})
    finding = fairtrial.assess(fairtrial.from_data(doc)).finding(CRITERION, "p1")
    assert finding.outcome is Outcome.NO_VIOLATION
    assert "not found proven" in " ".join(finding.reasoning)
    assert not finding.questions
