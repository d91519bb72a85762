"""Every criterion decides a breach, a no-violation and an insufficient-information case."""

from __future__ import annotations

from typing import Any

import pytest

import fairtrial
from fairtrial.checklist import BUILTIN, Outcome

from .checklist_cases import CASES, INS, L, N, V
from .conftest import prov


def outcome_of(criterion: str, data: dict[str, Any]) -> fairtrial.checklist.Finding:
    case = fairtrial.from_data(data)
    assessment = fairtrial.assess(case)
    subject = None if not BUILTIN.get(criterion).per_person else "p1"
    return assessment.finding(criterion, subject)


PARAMS = [
    pytest.param(cid, expected, data, id=f"{cid}-{expected}-{n}")
    for cid, rows in CASES.items() for n, (expected, data) in enumerate(rows)
]


@pytest.mark.parametrize(("criterion", "expected", "data"), PARAMS)
def test_criterion(criterion: str, expected: str, data: dict[str, Any]) -> None:
    finding = outcome_of(criterion, data)
    assert finding.outcome.value == expected, (finding.reasoning, finding.questions)
    if expected == INS:
        assert finding.questions, "insufficient information must name what is missing"
        assert all(q.endswith("?") for q in finding.questions)
    if expected in (V, L):
        assert finding.reasoning and finding.citations


def test_every_criterion_has_all_three_cases() -> None:
    for criterion in BUILTIN.criteria:
        outcomes = {o for o, _ in CASES.get(criterion.id, [])}
        assert outcomes & {V, L}, f"{criterion.id}: no breach case"
        assert N in outcomes, f"{criterion.id}: no no-violation case"
        assert INS in outcomes, f"{criterion.id}: no insufficient-information case"
    assert len(BUILTIN.criteria) >= 40


def _alleged(data: dict[str, Any]) -> dict[str, Any]:
    for e in [*data["events"], *data.get("context", []), *data.get("charges", [])]:
        e["provenance"] = prov("alleged", ("defence",))
    return data


@pytest.mark.parametrize(("criterion", "data"), [
    (cid, data) for cid, rows in CASES.items() for o, data in rows if o == V
])
def test_the_same_breach_on_allegations_is_only_likely(criterion: str,
                                                       data: dict[str, Any]) -> None:
    finding = outcome_of(criterion, _alleged(data))
    assert finding.outcome is not Outcome.VIOLATION


def test_disputed_compliance_is_not_no_violation() -> None:
    data = CASES["counsel.first-interrogation"][1][1]
    data["events"][0]["provenance"] = {
        **prov("disputed", ("prosecution",)), "disputed_by": ["defence"],
        "counter_claim": "No lawyer was in the room."}
    finding = outcome_of("counsel.first-interrogation", data)
    assert finding.outcome is Outcome.INSUFFICIENT
    assert any("No lawyer was in the room." in a for a in finding.against)


def test_disputed_breach_is_likely_with_low_confidence() -> None:
    data = CASES["counsel.first-interrogation"][0][1]
    data["events"][0]["provenance"] = {
        **prov("alleged", ("defence",)), "standing": "disputed", "disputed_by": ["prosecution"],
        "counter_claim": "A duty lawyer attended."}
    finding = outcome_of("counsel.first-interrogation", data)
    assert finding.outcome is Outcome.LIKELY_VIOLATION
    assert finding.confidence is not None and finding.confidence.value == "low"
    assert any("A duty lawyer attended." in a for a in finding.against)


def test_denied_detail_reads_as_unknown() -> None:
    data = CASES["custody.reasons-at-arrest"][0][1]
    data["events"][0]["detail_provenance"] = {"reasons_given": prov("denied", ("court",))}
    finding = outcome_of("custody.reasons-at-arrest", data)
    assert finding.outcome is Outcome.INSUFFICIENT


def test_reasoning_names_dates_and_sources() -> None:
    finding = outcome_of("custody.prompt-judge", CASES["custody.prompt-judge"][0][1])
    text = " ".join(finding.reasoning)
    assert "1 May 2025" in text and "A newspaper" in text and "between 5 days and 7 days" in text
    # Sources and events are named in words, never by their ids.
    assert "s1" not in text and "a1" not in text and "f1" not in text


def test_pretrial_detention_length_is_an_interval() -> None:
    from .checklist_cases import ARREST, case, ev, verdict

    data = case(ARREST, ev("detention_order", "d1", date="2025-05-02", ordered_by="judge",
                           individual_reasons=True), verdict())
    finding = outcome_of("custody.individualised-detention", data)
    assert any("lasted between 138 and 140 days" in r for r in finding.reasoning)


def test_a_statement_relied_on_twice_by_one_verdict() -> None:
    # The statement and the exhibit recording it both appear in relied_on: one conviction,
    # found through either carrier, must be reported once and must not be compared with itself.
    from .checklist_cases import COERCED, CONFESSION, case, ev, verdict

    data = case(COERCED, CONFESSION,
                ev("evidence", "x1", evidence_kind="confession", derived_from=["cf1"],
                   ruling="admitted"),
                verdict(relied_on=["cf1", "x1"]))
    finding = outcome_of("confessions.coerced-statement-used", data)
    assert finding.outcome.value == V
    assert finding.relied_on.count("v1") == 1


def test_a_verdict_in_absentia_does_not_end_the_detention_that_follows() -> None:
    from .checklist_cases import case, ev, verdict

    in_absentia = {**verdict(), "date": "2020-03-02"}
    data = case(in_absentia, ev("arrest", "a1", date="2023-11-14"),
                ev("detention_order", "d1", date="2023-11-15", ordered_by="judge",
                   individual_reasons=True),
                ev("release", "r1", date="2023-12-24"))
    finding = outcome_of("custody.individualised-detention", data)
    assert finding.reasoning[-1] == ("Detention before the release on 24 December 2023 lasted "
                                     "between 39 and 41 days from the arrest on 14 November "
                                     "2023.")
