"""Scenarios: small synthetic cases, each pinned to one rule of law (its "rule" and "source"),
with the outcome the rule requires of every criterion it touches. They are not copied from any
judgment; they cover the no-violation side as carefully as the violation side."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

import fairtrial

HERE = Path(__file__).parent / "scenarios"
FILES = sorted(HERE.glob("*.json"))
BREACH = {"violation", "likely_violation"}


def _load(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(path.read_text("utf-8"))
    return data


@pytest.mark.parametrize("path", FILES, ids=[f.stem for f in FILES])
def test_scenario(path: Path) -> None:
    scenario = _load(path)
    assert scenario["rule"] and scenario["source"], "every scenario names its rule and source"
    assessment = fairtrial.assess(fairtrial.from_data(scenario["case"]))
    for criterion, subject, expected in scenario["expect"]:
        finding = assessment.finding(criterion, subject)
        assert finding.outcome.value == expected, (criterion, finding.reasoning,
                                                   finding.questions)
        if expected == "insufficient_information":
            assert finding.questions
        text = " ".join((*finding.reasoning, *finding.against, *finding.questions))
        for item in scenario["case"]["events"]:
            # Findings name events and people in words, never by their ids.
            assert f"({item['id']})" not in text
    for criterion, wanted in scenario.get("cites", {}).items():
        cited = [str(c) for c, _ in assessment.finding(criterion, "p1").citations]
        assert all(any(c == w or c.startswith(w + " (") for c in cited) for w in wanted), cited
    # What a finding must say or ask, and must not ask: pins the reasons, not only the outcome
    # (a rule that reaches the right outcome on the wrong ground is still wrong).
    for key, part in (("says", "reasoning"), ("asks", "questions")):
        for criterion, wanted in scenario.get(key, {}).items():
            text = " ".join(getattr(assessment.finding(criterion, "p1"), part))
            assert all(w in text for w in wanted), (key, wanted, text)
    for criterion, unwanted in scenario.get("not_asks", {}).items():
        text = " ".join(assessment.finding(criterion, "p1").questions)
        assert not any(u in text for u in unwanted), (unwanted, text)
    for criterion, unwanted in scenario.get("not_cites", {}).items():
        cited = [str(c) for c, _ in assessment.finding(criterion, "p1").citations]
        assert not any(c == u or c.startswith(u + " (") for u in unwanted for c in cited), cited


def test_scenarios_cover_both_sides() -> None:
    outcomes = [e[2] for f in FILES for e in _load(f)["expect"]]
    assert len(FILES) >= 40
    breaches = sum(o in BREACH for o in outcomes)
    fair = sum(o == "no_violation" for o in outcomes)
    assert fair >= breaches * 0.8, (fair, breaches)
