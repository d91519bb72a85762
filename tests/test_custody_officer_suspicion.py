"""An officer other than a judge at the first appearance (Schiesser v Switzerland; Huber v
Switzerland; Brincat v Italy; GC35 para 32), and a reasonable suspicion shown for an arrest (Fox,
Campbell and Hartley v UK; O'Hara v UK): how the standing of each detail carries into the
finding, and which treaty a breach rests on."""

from __future__ import annotations

import copy
from typing import Any

import fairtrial

from .checklist_cases import case, ev
from .conftest import prov

QUALITIES = {"in_person": True, "officer_independent": True, "officer_could_release": True,
             "officer_may_prosecute": False}


def _held(before: str, jurisdiction: str = "XX", year: str = "2025", **details: Any
          ) -> dict[str, Any]:
    """Heard the same day by ``before``, released seven weeks later, never before a judge."""
    data = case(ev("arrest", "a1", date=f"{year}-05-01T08:00"),
                ev("first_appearance", "f1", date=f"{year}-05-01T15:00", before=before,
                   **details),
                ev("release", "r1", date=f"{year}-06-20", brought_before_judge=False))
    data["jurisdiction"] = jurisdiction
    return data


def _finding(data: dict[str, Any], criterion: str) -> fairtrial.Finding:
    return fairtrial.assess(fairtrial.from_data(data)).finding(criterion, "p1")


def _with_detail_standing(data: dict[str, Any], event: str, detail: str,
                          standing: str, by: tuple[str, ...]) -> dict[str, Any]:
    data = copy.deepcopy(data)
    for e in data["events"]:
        if e["id"] == event:
            e["detail_provenance"] = {detail: prov(standing, by)}
    return data


def test_an_officer_with_every_quality_meets_both_treaties() -> None:
    found = _finding(_held("other", **QUALITIES), "custody.prompt-judge")
    assert found.outcome.value == "no_violation"
    assert any("Schiesser" in str(c) for c, _ in found.citations)


def test_a_prosecutor_with_every_quality_breaches_the_covenant_only() -> None:
    bound = _finding(_held("prosecutor", **QUALITIES), "custody.prompt-judge")
    assert bound.outcome.value == "violation"
    assert any("Covenant only" in r for r in bound.reasoning)
    # Before the Covenant bound Switzerland, only the Convention did, and it is met.
    before = _finding(_held("prosecutor", "CH", "1984", **QUALITIES), "custody.prompt-judge")
    assert before.outcome.value == "no_violation"


def test_a_prosecutor_with_contested_qualities_keeps_the_whole_breach() -> None:
    data = _with_detail_standing(_held("prosecutor", "CH", "1984", **QUALITIES), "f1",
                                 "officer_may_prosecute", "disputed", ("authorities",))
    found = _finding(data, "custody.prompt-judge")
    assert found.outcome.value == "violation"
    assert any(q.endswith("Which account holds?") for q in found.questions)


def test_an_authority_that_could_later_prosecute_is_no_officer() -> None:
    qualities = {**QUALITIES, "officer_may_prosecute": True}
    found = _finding(_held("other", **qualities), "custody.prompt-judge")
    assert found.outcome.value == "violation"
    assert any("Brincat" in r for r in found.reasoning)
    # Only alleged: the breach that rests on it is only likely.
    alleged = _with_detail_standing(_held("other", **qualities), "f1", "officer_may_prosecute",
                                    "alleged", ("defence",))
    assert _finding(alleged, "custody.prompt-judge").outcome.value == "likely_violation"


def test_some_other_authority_unrecorded_is_asked_not_a_breach() -> None:
    found = _finding(_held("other", in_person=True), "custody.prompt-judge")
    assert found.outcome.value == "insufficient_information"
    assert len(found.questions) == 3 and all(q.endswith("?") for q in found.questions)
    # A prosecutor the record says nothing more of is not a judge, as before.
    assert _finding(_held("prosecutor"), "custody.prompt-judge").outcome.value == "violation"


def test_a_partly_described_prosecutor_asks_the_convention_questions() -> None:
    found = _finding(_held("prosecutor", in_person=True, officer_independent=True),
                     "custody.prompt-judge")
    assert found.outcome.value == "violation"  # under the Covenant whatever the rest
    assert any("power to order" in q for q in found.questions)


def _arrest(**details: Any) -> dict[str, Any]:
    return case(ev("arrest", "a1", date="2025-05-01T06:00", **details))


def test_a_suspicion_not_shown_is_a_breach_as_certain_as_the_record() -> None:
    bare = {"arrest_warrant": False, "stated_grounds": "a known offender"}
    found = _finding(_arrest(**bare, reasonable_suspicion_shown=False), "custody.lawful-basis")
    assert found.outcome.value == "violation"
    alleged = _with_detail_standing(_arrest(**bare, reasonable_suspicion_shown=False), "a1",
                                    "reasonable_suspicion_shown", "alleged", ("defence",))
    assert _finding(alleged, "custody.lawful-basis").outcome.value == "likely_violation"
    # Even under a warrant: a warrant is no reasonable suspicion of its own.
    warrant = _arrest(arrest_warrant=True, stated_grounds="a known offender",
                      reasonable_suspicion_shown=False)
    assert _finding(warrant, "custody.lawful-basis").outcome.value == "violation"


def test_a_warrantless_arrest_on_stated_grounds_asks_only_for_the_suspicion() -> None:
    found = _finding(_arrest(arrest_warrant=False, stated_grounds="named by informants"),
                     "custody.lawful-basis")
    assert found.outcome.value == "insufficient_information"
    assert not any("warrant?" in q for q in found.questions)
    shown = _finding(_arrest(arrest_warrant=False, stated_grounds="named by informants",
                             reasonable_suspicion_shown=True), "custody.lawful-basis")
    assert shown.outcome.value == "no_violation"
