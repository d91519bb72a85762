"""Release on bail granted, the person held for want of the security (custody.detention-length;
Neumeister v Austria; Mangouras v Spain [GC]): what the finding weighs, when it asks, and that
the ordinary way of recording release on bail asks nothing."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import fairtrial

HERE = Path(__file__).parent / "scenarios"
CRITERION = "custody.detention-length"


def _case(name: str) -> dict[str, Any]:
    case: dict[str, Any] = json.loads((HERE / f"{name}.json").read_text("utf-8"))["case"]
    return case


def _finding(case: dict[str, Any], language: str = "en") -> fairtrial.Finding:
    assessment = fairtrial.assess(fairtrial.from_data(case), lang=language)
    return assessment.finding(CRITERION, "p1")


def _text(f: fairtrial.Finding) -> str:
    return " ".join((*f.reasoning, *f.against, *f.questions))


def _event(case: dict[str, Any], event_id: str) -> dict[str, Any]:
    found: dict[str, Any] = next(e for e in case["events"] if e["id"] == event_id)
    return found


def test_security_fixed_by_the_loss_names_the_ground() -> None:
    f = _finding(_case("bail-security-fixed-by-loss-kept-in-custody"))
    assert f.outcome.value == "violation"
    text = _text(f)
    assert "not reparation" in text and "Neumeister" in text
    # The length weighing, no breach on its own, is still shown as the point the other way.
    assert any("Weighing the length" in a for a in f.against)


def test_bail_recorded_the_usual_way_asks_nothing() -> None:
    # A bail order with no later release is how release on bail is usually recorded: nothing
    # suggests the security kept anyone in custody.
    case = _case("bail-granted-still-held-unexplained")
    case["events"] = [e for e in case["events"] if e["id"] not in ("d1", "r1")]
    f = _finding(case)
    assert f.outcome.value == "not_applicable"
    assert not f.questions


def test_release_the_same_day_asks_nothing() -> None:
    case = _case("bail-granted-still-held-unexplained")
    _event(case, "r1")["date"] = _event(case, "b1")["date"]
    f = _finding(case)
    assert f.outcome.value == "no_violation"
    assert not any("security" in q for q in f.questions)


def test_a_claim_alone_gives_a_likely_violation() -> None:
    case = _case("bail-security-fixed-by-loss-kept-in-custody")
    bail = _event(case, "b1")
    bail["provenance"] = {"asserted_by": ["defence"], "standing": "alleged", "sources": ["s1"]}
    f = _finding(case)
    assert f.outcome.value == "likely_violation"


def test_held_for_a_lowered_amount_after_one_fixed_by_the_loss() -> None:
    # The amount lowered and then fixed by the person's means: the months held under the first
    # amount are still a breach, the worse decision leading.
    case = _case("bail-security-fixed-by-loss-kept-in-custody")
    second = copy.deepcopy(_event(case, "b1"))
    second.update({"id": "b2", "date": "2023-11-14", "security_fixed_by": "means",
                   "security_within_means": True, "held_for_security": False})
    case["events"].append(second)
    f = _finding(case)
    assert f.outcome.value == "violation"
    assert "not reparation" in _text(f)


def test_released_at_once_whatever_the_basis() -> None:
    case = _case("bail-security-fixed-by-loss-kept-in-custody")
    _event(case, "b1")["held_for_security"] = False
    _event(case, "r1")["date"] = _event(case, "b1")["date"]
    f = _finding(case)
    assert f.outcome.value == "no_violation"


def test_missing_basis_is_asked_when_held() -> None:
    case = _case("bail-security-fixed-by-loss-kept-in-custody")
    for key in ("security_fixed_by", "security_within_means"):
        del _event(case, "b1")[key]
    f = _finding(case)
    assert f.outcome.value == "insufficient_information"
    assert any("the loss or damage alleged?" in q for q in f.questions)
    assert any("with those ready to stand surety, provide" in q for q in f.questions)


def test_cites_neumeister_and_mangouras() -> None:
    assessment = fairtrial.assess(fairtrial.from_data(
        _case("bail-security-high-with-regard-to-scale-of-harm")))
    cited = [str(c) for c, _ in assessment.finding(CRITERION, "p1").citations]
    assert any(c.startswith("ECtHR, Neumeister v Austria") for c in cited)
    assert any(c.startswith("ECtHR, Mangouras v Spain [GC]") and "§§78-81" in c for c in cited)


def test_russian_reasons_are_translated() -> None:
    f = _finding(_case("bail-security-fixed-by-loss-kept-in-custody"), "ru")
    assert "залог" in _text(f)
    assert "security" not in " ".join(f.reasoning)
