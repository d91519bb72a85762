"""The defamation weighing of expression.necessity (audit7 item 7): a call to violence is no
factor for a defamation charge, and an even balance asks about the factors the Court weighs
there (Pedersen and Baadsgaard v Denmark [GC]; Cumpănă and Mazăre v Romania [GC]), not about
the trial at large."""

from __future__ import annotations

import json
from pathlib import Path

import fairtrial
from fairtrial.checklist._core import Finding

SCENARIOS = Path(__file__).parent / "scenarios"


def _necessity(name: str) -> Finding:
    data = json.loads((SCENARIOS / name).read_text("utf-8"))
    return fairtrial.assess(fairtrial.from_data(data["case"])).finding("expression.necessity",
                                                                       "p1")


def test_tie_asks_the_expression_factors() -> None:
    finding = _necessity("defamation-private-matter-tie.json")
    assert finding.outcome.value == "insufficient_information"
    (question,) = finding.questions
    assert "public interest" in question and "value judgments" in question
    assert "penalty" in question and "Which other circumstances" not in question


def test_no_call_to_violence_is_not_weighed_for_defamation() -> None:
    finding = _necessity("defamation-unfounded-accusation-fine.json")
    text = " ".join((*finding.reasoning, *finding.against))
    assert "did not call for violence" not in text
    assert finding.outcome.value == "no_violation"


def test_no_call_to_violence_still_weighed_for_hatred() -> None:
    data = json.loads((SCENARIOS / "defamation-unfounded-accusation-fine.json").read_text("utf-8"))
    data["case"]["charges"][0]["offence"] = "incitement_hatred"
    finding = fairtrial.assess(fairtrial.from_data(data["case"])).finding(
        "expression.necessity", "p1")
    assert "did not call for violence" in " ".join((*finding.reasoning, *finding.against))
