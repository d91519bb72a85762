"""A first appearance before a prosecutor only, the custody ordered and extended by a prosecutor
(Kulomin v Hungary; audit 15b, trap 7): custody.prompt-judge asks a question the sources can
answer, naming the way to record "no judge before the trial", and the answer decides."""

from __future__ import annotations

from typing import Any

import fairtrial

PROV = {"asserted_by": ["court"], "standing": "established", "sources": ["s1"]}


def _case(orders_by: str | None) -> dict[str, Any]:
    events: list[dict[str, Any]] = [
        {"id": "a1", "kind": "arrest", "date": "2019-05-06", "subjects": ["p1"],
         "provenance": PROV},
        {"id": "f1", "kind": "first_appearance", "date": "2019-05-07", "subjects": ["p1"],
         "before": "prosecutor", "provenance": PROV},
        {"id": "v1", "kind": "verdict", "date": "2020-02-03", "subjects": ["p1"],
         "results": [{"person": "p1", "outcome": "convicted"}], "provenance": PROV}]
    if orders_by:
        events[2:2] = [
            {"id": "d1", "kind": "detention_order", "date": "2019-05-07", "subjects": ["p1"],
             "ordered_by": orders_by, "measure": "custody", "provenance": PROV},
            {"id": "d2", "kind": "detention_order", "date": "2019-08-01", "subjects": ["p1"],
             "ordered_by": orders_by, "measure": "custody", "provenance": PROV}]
    return {"format_version": "2.0", "id": "held", "title": "Held on a prosecutor's orders",
            "jurisdiction": "XX", "stage": "judgment",
            "sources": [{"id": "s1", "kind": "court_document", "publisher": "HRC"}],
            "people": [{"id": "p1", "name": "Ada Accused", "roles": ["defendant"]}],
            "events": events}


def _finding(case: dict[str, Any]) -> fairtrial.Finding:
    return fairtrial.assess(fairtrial.from_data(case)).finding("custody.prompt-judge", "p1")


def test_question_offers_no_judge_before_trial() -> None:
    f = _finding(_case("prosecutor"))
    assert f.outcome.value == "insufficient_information"
    (question,) = f.questions
    assert "not until the trial itself" in question
    assert "the detention order on 7 May 2019 and the detention order on 1 August 2019" in question
    assert question.endswith("?")


def test_the_answer_decides() -> None:
    case = _case("prosecutor")
    for e in case["events"]:
        if e["kind"] == "detention_order":
            e["judge_before_trial"] = False
    assert _finding(case).outcome.value == "violation"


def test_without_a_prosecutor_order_the_plain_question() -> None:
    for orders_by in (None, "judge"):
        (question,) = _finding(_case(orders_by)).questions
        assert "not until the trial itself" not in question
        assert "independent of the prosecution" in question
