"""Undue delay weighed by what was at stake: detention or the death penalty calls for special
diligence, shortens what counts as a short length, and makes a breach serious rather than
minor; how the authorities explained the time taken counts, and is asked for where it could
decide (Martínez Muñoz v Spain para 7.1; Paraga v Croatia para 9.7; GC32 para 35)."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

import fairtrial
from fairtrial.checklist import Finding, Outcome, Severity

SCENARIOS = Path(__file__).parent / "scenarios"
DELAY = "tribunal.without-undue-delay"


def _case(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((SCENARIOS / f"{name}.json").read_text("utf-8"))["case"]
    return data


def _finding(data: dict[str, Any]) -> Finding:
    return fairtrial.assess(fairtrial.from_data(data)).finding(DELAY, "p1")


def _charge(data: dict[str, Any], **details: Any) -> dict[str, Any]:
    data = copy.deepcopy(data)
    data["charges"][0].update(details)
    for key in [k for k, v in details.items() if v is None]:
        del data["charges"][0][key]
    return data


def test_capital_delay_is_a_serious_breach_and_says_why() -> None:
    finding = _finding(_case("delay-capital-twenty-two-months-unexplained"))
    assert finding.outcome is Outcome.VIOLATION
    assert finding.severity is Severity.SERIOUS
    assert any("graded serious" in r and "death penalty" in r for r in finding.reasoning)


def test_delay_while_free_stays_minor() -> None:
    finding = _finding(_case("delay-bail-four-years-workload"))
    assert finding.outcome is Outcome.VIOLATION
    assert finding.severity is Severity.MINOR
    assert not any("graded serious" in r for r in finding.reasoning)


def test_detention_alone_makes_a_breach_serious() -> None:
    finding = _finding(_case("delay-detained-thirty-months-unexplained"))
    assert finding.severity is Severity.SERIOUS
    assert any("held in detention during the proceedings" in r for r in finding.reasoning)


def test_the_grade_follows_the_severity() -> None:
    """The same unexplained delay is a serious breach (C) while held, and a minor one, which
    alone never makes a C, while free: the grade reads the finding's severity."""
    held = _case("delay-detained-thirty-months-unexplained")
    free = copy.deepcopy(held)
    free["events"][1]["measure"] = "bail"
    grades = [fairtrial.assess(fairtrial.from_data(d)).grade for d in (held, free)]
    assert grades[0].letter == "C"
    assert any(r.startswith("Tried without undue delay: violation (serious)")
               for r in grades[0].reasons)
    assert grades[1].letter in ("B", "incomplete")
    assert any(r.startswith("Tried without undue delay: violation (minor)")
               for r in grades[1].reasons)


def test_no_span_under_two_years_settles_it_for_a_detained_capital_accused() -> None:
    """The old bright line: 22 months read as reasonable and asked nothing (Sextus)."""
    silent = _finding(_charge(_case("delay-capital-twenty-two-months-unexplained"),
                              delay_explanation=None))
    assert silent.outcome is Outcome.INSUFFICIENT
    assert any("explain" in q for q in silent.questions)
    assert any("complex" in q for q in silent.questions)
    assert all(q.endswith("?") for q in silent.questions)


@pytest.mark.parametrize(("explanation", "expected"), [
    ("none", Outcome.VIOLATION), ("workload", Outcome.VIOLATION),
    ("case_specific", Outcome.NO_VIOLATION)])
def test_the_explanation_decides_a_detained_simple_case(explanation: str,
                                                        expected: Outcome) -> None:
    """Twenty months in custody in a case recorded as complex: reasons specific to the case
    account for it; none, or only the courts' workload, does not."""
    data = _charge(_case("delay-detained-complex-explained"), delay_explanation=explanation)
    assert _finding(data).outcome is expected


def test_a_short_length_needs_no_explanation() -> None:
    """Eighteen months on bail: 'no explanation' is not counted against it, and nothing is
    asked."""
    finding = _finding(_case("delay-bail-eighteen-months-unexplained"))
    assert finding.outcome is Outcome.NO_VIOLATION
    assert not finding.questions
    assert not any("no explanation" in r for r in finding.reasoning)


def test_bail_is_no_detention() -> None:
    """The same twenty months is short on bail, and calls for an explanation in custody."""
    held = _case("delay-detained-twenty-months-silent")
    free = copy.deepcopy(held)
    free["events"][1]["measure"] = "bail"
    assert _finding(held).outcome is Outcome.INSUFFICIENT
    assert _finding(free).outcome is Outcome.NO_VIOLATION
    assert _finding(free).severity is Severity.MINOR


def test_the_weakest_account_of_several_charges_decides() -> None:
    """A reason given for one charge does not account for the time another took."""
    data = _case("delay-detained-thirty-months-unexplained")
    data["charges"][0]["delay_explanation"] = "case_specific"
    second = {**copy.deepcopy(data["charges"][0]), "id": "c2", "delay_explanation": "workload"}
    data["charges"].append(second)
    finding = _finding(data)
    assert finding.outcome is Outcome.VIOLATION
    assert any("workload" in r for r in finding.reasoning)


def test_an_old_file_loads_and_reads_the_same() -> None:
    """The new fields are optional: without them the finding asks, as before, rather than
    deciding on a default."""
    data = _charge(_case("delay-detained-thirty-months-unexplained"), delay_explanation=None)
    finding = _finding(data)
    assert finding.outcome is Outcome.INSUFFICIENT
    assert any("delay_explanation" in q for q in finding.questions)


def test_each_decided_level_earns_its_year_and_a_pending_appeal_none() -> None:
    """Held throughout: 22 months over a verdict and a decided appeal is short; the same 22
    months with the appeal still pending is one level, and calls for an explanation."""
    decided = _case("delay-detained-two-levels-short")
    assert _finding(decided).outcome is Outcome.NO_VIOLATION
    pending = copy.deepcopy(decided)
    appeal = pending["events"][3]
    appeal["outcome"] = "pending"
    del appeal["decided_date"]
    pending.update(stage="appeal", as_of="2021-11-15")
    finding = _finding(pending)
    assert finding.outcome is Outcome.INSUFFICIENT
    assert any("delay_explanation" in q for q in finding.questions)
