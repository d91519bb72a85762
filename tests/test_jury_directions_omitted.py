"""Directions to a jury that left out evidence decisive for the defence (Wright v Jamaica, HRC
349/1989): a Covenant-only breach under judgment.reasoned, and the expert-evidence finding no
longer says the report was debated at trial when the record says the directions left it out."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import fairtrial

HERE = Path(__file__).parent / "scenarios"


def _case(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((HERE / f"{name}.json").read_text("utf-8"))["case"]
    return data


def _text(finding: Any) -> str:
    return " ".join((*finding.reasoning, *finding.against))


def test_left_out_evidence_is_a_covenant_breach_naming_it() -> None:
    assessment = fairtrial.assess(fairtrial.from_data(
        _case("jury-directions-left-out-defence-evidence")))
    finding = assessment.finding("judgment.reasoned", "p1")
    assert finding.outcome.value == "violation"
    text = _text(finding)
    assert "the expert report on 1 March 2018" in text
    assert "Covenant alone" in text
    cited = [str(c) for c, _ in finding.citations]
    assert any("Wright v Jamaica" in c for c in cited)


def test_expert_finding_does_not_claim_a_debate_nobody_held() -> None:
    data = _case("jury-directions-left-out-defence-evidence")
    text = _text(fairtrial.assess(fairtrial.from_data(data)).finding(
        "evidence.expert-evidence", "p1"))
    assert "debated" not in text
    assert "nobody brought out its bearing" in text
    assert "left out the bearing of the expert report" in text
    # Without the omission recorded, the finding credits only the chance to challenge it.
    for e in data["events"]:
        e.pop("directions_omitted_evidence", None)
    text = _text(fairtrial.assess(fairtrial.from_data(data)).finding(
        "evidence.expert-evidence", "p1"))
    assert "debated" not in text
    assert "The defence could challenge the expert evidence at trial." in text


def test_an_omission_found_untrue_adds_nothing() -> None:
    data = _case("jury-directions-omission-found-untrue")
    finding = fairtrial.assess(fairtrial.from_data(data)).finding("judgment.reasoned", "p1")
    assert finding.outcome.value == "no_violation"
    assert "Wright" not in _text(finding)
