"""The messages a recorder meets most say what to write instead, with an example."""

from __future__ import annotations

import copy
import json
from typing import Any

import pytest

import fairtrial

from .conftest import EXAMPLES, prov

KLOOP = json.loads((EXAMPLES / "kloop-2025.json").read_text(encoding="utf-8"))


def messages(data: dict[str, Any]) -> dict[str, str]:
    return {p.path: p.message for p in fairtrial.validate(data)}


def with_event(minimal: dict[str, Any], **fields: Any) -> dict[str, Any]:
    minimal["events"] = [{"id": "e1", "provenance": prov(), **fields}]
    return minimal


@pytest.mark.parametrize(("written", "tail"), [
    ("28.05.2025", "; here that is probably 2025-05-28"),
    ("2025/5/28", "; here that is probably 2025-05-28"),
    ("28 May 2025", "; here that is probably 2025-05-28"),
    ("May 28, 2025", "; here that is probably 2025-05-28"),
    ("May 2025", "; here that is probably 2025-05"),
    ("2025-05-28 14:30", "; here that is probably 2025-05-28T14:30"),
    ("05/06/2025", "; if this is day-month-year write 2025-06-05, if it is month-day-year "
                   "write 2025-05-06"),
    ("last spring", "; for example 2025-05-28 (a day), 2025-05 (a month)"),
])
def test_a_date_in_the_wrong_form_says_how_to_write_it(minimal: dict[str, Any], written: str,
                                                       tail: str) -> None:
    data = with_event(minimal, kind="arrest", date=written, subjects=["p1"])
    message = messages(data)["/events/0/date"]
    assert message.startswith(f'"{written}" is not a date; write YYYY')
    assert tail in message
    if "probably" in tail:  # the suggestion itself is a valid date
        data["events"][0]["date"] = tail.rsplit(" ", 1)[1]
        assert fairtrial.validate(data) == []


def test_a_wrong_id_lists_the_ids_there_are() -> None:
    data = copy.deepcopy(KLOOP)
    data["events"][1]["subjects"] = ["the-accused"]
    message = messages(data)["/events/1/subjects/0"]
    assert message == (
        "'the-accused' is not the id of a person in 'people'; write one of the ids recorded "
        "(accountant-1, accountant-2, aleksandrov, defence-team, duulatov, japarov, judge, "
        "spokesperson, sultanalieva, temirov), or add a person with this id")


def test_a_misspelt_id_still_gets_the_close_one() -> None:
    data = copy.deepcopy(KLOOP)
    data["events"][1]["subjects"] = ["duulatv"]
    assert messages(data)["/events/1/subjects/0"].endswith("; did you mean 'duulatov'?")


def test_a_fact_in_the_wrong_event_kind_names_its_kind(minimal: dict[str, Any]) -> None:
    data = with_event(minimal, kind="arrest", subjects=["p1"], warrant_shown=True)
    assert messages(data)["/events/0/warrant_shown"] == (
        "'warrant_shown' is not a field here; it is a detail of search events, not of arrest "
        "events: record it on an event of its own (kind: search) or leave it out")


def test_a_verdict_detail_on_an_appeal_does_not_ask_for_a_second_verdict(
        minimal: dict[str, Any]) -> None:
    # A verdict for the appeal bench would count the conviction twice (docs/case-format.md).
    data = with_event(minimal, kind="appeal", subjects=["p1"], judge_expressed_guilt=True)
    message = messages(data)["/events/0/judge_expressed_guilt"]
    assert "kind: verdict" not in message and "Do not add a verdict" in message


def test_a_judges_earlier_role_is_a_detail_of_the_appeal(minimal: dict[str, Any]) -> None:
    data = with_event(minimal, kind="appeal", subjects=["p1"], judge_prior_role=True,
                      judge_prior_role_kind="prosecutor")
    assert not messages(data)


def test_a_misspelt_detail_of_another_kind(minimal: dict[str, Any]) -> None:
    data = with_event(minimal, kind="search", subjects=["p1"], informed_of_rigts=True)
    assert messages(data)["/events/0/informed_of_rigts"].endswith(
        "; did you mean 'informed_of_rights'? It is a detail of arrest events, not of search "
        "events")


def test_a_misspelt_field_gets_the_close_one_or_the_list(minimal: dict[str, Any]) -> None:
    minimal["people"][0]["nmae"] = "x"
    minimal["people"][0]["zzz"] = "x"
    found = messages(minimal)
    assert found["/people/0/nmae"] == "'nmae' is not a field here; did you mean 'name'?"
    assert found["/people/0/zzz"].startswith("'zzz' is not a field here; the fields here are ")
    assert "id, minor, name, notes, occupation" in found["/people/0/zzz"]


def test_a_missing_field_comes_with_an_example(minimal: dict[str, Any]) -> None:
    data = with_event(minimal, kind="arrest", subjects=["p1"])
    del data["events"][0]["provenance"]
    del data["people"][0]["roles"]
    found = messages(data)
    assert found["/events/0/provenance"] == (
        "the required field 'provenance' is missing; for example \"provenance\": "
        '{"asserted_by": ["media"], "standing": "established", "sources": ["src-1"]}')
    assert found["/people/0/roles"].endswith('; for example "roles": ["defendant"]')


def test_one_value_where_a_list_is_wanted(minimal: dict[str, Any]) -> None:
    data = with_event(minimal, kind="arrest", subjects="p1")
    assert messages(data)["/events/0/subjects"] == (
        'expected an array [...], found a string; write a list, even of one: ["p1"]')
