"""Reasons of the expression criteria that audit9 found right in outcome and wrong in words: the
sanction on a defamation charge is judged by the necessity weighing, not by incitement (GC34
para 47); a sentence changed on appeal is weighed as changed; an incitement or extremism charge
left open asks about the risk the words created, not the defamation factors."""

from __future__ import annotations

import json
from pathlib import Path

import fairtrial
from fairtrial.checklist._core import Finding

SCENARIOS = Path(__file__).parent / "scenarios"


def _finding(name: str, criterion: str) -> Finding:
    data = json.loads((SCENARIOS / name).read_text("utf-8"))
    return fairtrial.assess(fairtrial.from_data(data["case"])).finding(criterion, "p1")


def test_defamation_sanction_is_not_judged_by_incitement() -> None:
    finding = _finding("sanction-defamation-prison-not-necessary.json",
                       "expression.sanction-proportionate")
    text = " ".join(finding.reasoning)
    assert finding.outcome.value == "violation"
    assert "incite" not in text and "any criminal sanction" not in text
    assert "GC34 para 47" in text and "not shown necessary" in text


def test_incitement_charge_keeps_the_incitement_reason() -> None:
    data = json.loads((SCENARIOS / "sanction-defamation-prison-not-necessary.json")
                      .read_text("utf-8"))
    data["case"]["charges"][0]["offence"] = "incitement_violence"
    data["case"]["events"][0]["calls_for_violence"] = False
    data["case"]["events"][0]["intent_to_incite"] = False
    finding = fairtrial.assess(fairtrial.from_data(data["case"])).finding(
        "expression.sanction-proportionate", "p1")
    assert "not shown to incite" in " ".join(finding.reasoning)


def test_prison_suspended_on_appeal_is_weighed_as_suspended() -> None:
    finding = _finding("expression-prison-suspended-on-appeal.json", "expression.necessity")
    text = " ".join((*finding.reasoning, *finding.against))
    assert "prison term was suspended" in text and "GC34 para 47" in text
    assert "six months' imprisonment;" not in text
    assert finding.outcome.value == "no_violation"


def test_sanction_names_the_sentence_given_on_appeal() -> None:
    finding = _finding("expression-prison-imposed-on-appeal.json",
                       "expression.sanction-proportionate")
    text = " ".join(finding.reasoning)
    assert "on appeal on 10 February 2021 to eight months' imprisonment" in text
    assert "a fine" not in text


def test_extremism_tie_asks_about_the_risk_not_defamation() -> None:
    finding = _finding("extremism-tie-asks-risk.json", "expression.necessity")
    assert finding.outcome.value == "insufficient_information"
    (question,) = finding.questions
    assert "likely and imminent" in question and "context" in question
    assert "value judgments" not in question and "damages" not in question
