"""Every kind of validation problem: its code, JSON path and message."""

from __future__ import annotations

import json
from typing import Any

import pytest

import fairtrial
from fairtrial import InvalidCase, Problem

from .conftest import EXAMPLES, prov


def problems_of(data: dict[str, Any]) -> list[Problem]:
    found = fairtrial.validate(data)
    with pytest.raises(InvalidCase) as info:
        fairtrial.from_data(data)
    assert list(info.value.problems) == found
    return found


def only(data: dict[str, Any]) -> Problem:
    found = problems_of(data)
    assert len(found) == 1, found
    return found[0]


def test_minimal_is_valid(minimal: dict[str, Any]) -> None:
    case = fairtrial.from_data(minimal)
    assert case.defendants()[0].name == "A. Defendant"


def test_missing_required_field(minimal: dict[str, Any]) -> None:
    del minimal["title"]
    p = only(minimal)
    assert (p.path, p.code) == ("/title", "schema.required")
    assert "'title' is missing" in p.message


def test_unknown_field_is_an_error_with_suggestion(minimal: dict[str, Any]) -> None:
    minimal["events"] = [{"id": "e1", "kind": "search", "warrant_shwn": False,
                          "provenance": prov()}]
    p = only(minimal)
    assert (p.path, p.code) == ("/events/0/warrant_shwn", "schema.unknown-field")
    assert "did you mean 'warrant_shown'" in p.message


def test_unknown_field_at_top_level(minimal: dict[str, Any]) -> None:
    minimal["titel"] = "x"
    p = only(minimal)
    assert p.path == "/titel" and "did you mean 'title'" in p.message


def test_bad_enum_value(minimal: dict[str, Any]) -> None:
    minimal["stage"] = "trail"
    p = only(minimal)
    assert (p.path, p.code) == ("/stage", "schema.enum")
    assert "did you mean 'trial'" in p.message and p.value == "trail"


def test_unknown_event_kind(minimal: dict[str, Any]) -> None:
    minimal["events"] = [{"id": "e1", "kind": "serach", "provenance": prov()}]
    p = only(minimal)
    assert p.path == "/events/0/kind" and "did you mean 'search'" in p.message


def test_wrong_type(minimal: dict[str, Any]) -> None:
    minimal["events"] = [{"id": "e1", "kind": "search", "warrant_shown": "no",
                          "provenance": prov()}]
    p = only(minimal)
    assert (p.path, p.code) == ("/events/0/warrant_shown", "schema.type")
    assert p.message == "expected true or false, found a string"


def test_null_is_not_unknown_write_nothing(minimal: dict[str, Any]) -> None:
    minimal["summary"] = None
    p = only(minimal)
    assert p.path == "/summary" and "found null" in p.message


def test_date_shape(minimal: dict[str, Any]) -> None:
    minimal["events"] = [{"id": "e1", "kind": "arrest", "date": "28.05.2025",
                          "provenance": prov()}]
    p = only(minimal)
    assert (p.path, p.code) == ("/events/0/date", "date")
    assert "is not a date" in p.message


def test_non_ascii_digits_are_not_dates(minimal: dict[str, Any]) -> None:
    minimal["as_of"] = "᠒᠐᠒᠕"  # Mongolian digits match \d but are no year
    assert only(minimal).path == "/as_of"


def test_date_that_does_not_exist(minimal: dict[str, Any]) -> None:
    minimal["events"] = [{"id": "e1", "kind": "arrest", "date": "2025-02-30",
                          "provenance": prov()}]
    p = only(minimal)
    assert (p.path, p.code, p.message) == (
        "/events/0/date", "date", "'2025-02-30': February 2025 has 28 days")


def test_bad_country_code(minimal: dict[str, Any]) -> None:
    minimal["jurisdiction"] = "Kyrgyzstan"
    p = only(minimal)
    assert p.path == "/jurisdiction" and "ISO 3166-1 alpha-2" in p.message


def test_bad_id(minimal: dict[str, Any]) -> None:
    minimal["people"][0]["id"] = "has space"
    found = problems_of(minimal)
    assert found[0].path == "/people/0/id" and found[0].code == "schema.id"


def test_empty_string_and_empty_list(minimal: dict[str, Any]) -> None:
    minimal["title"] = ""
    minimal["people"][0]["roles"] = []
    found = {p.path: p for p in problems_of(minimal)}
    assert found["/title"].message == "must not be empty"
    assert found["/people/0/roles"].message == "must list at least one item"


def test_negative_duration(minimal: dict[str, Any]) -> None:
    minimal["events"] = [{"id": "e1", "kind": "interrogation", "duration_hours": -3,
                          "provenance": prov()}]
    p = only(minimal)
    assert (p.path, p.message) == ("/events/0/duration_hours", "must be at least 0")


def test_duplicate_ids_across_collections(minimal: dict[str, Any]) -> None:
    minimal["events"] = [{"id": "p1", "kind": "arrest", "provenance": prov()}]
    p = only(minimal)
    assert (p.path, p.code) == ("/events/0/id", "duplicate-id")
    assert "already used at /people/0/id" in p.message


def test_dangling_references(minimal: dict[str, Any]) -> None:
    minimal["events"] = [{"id": "e1", "kind": "arrest", "subjects": ["p2"],
                          "provenance": {**prov(), "sources": ["s2"]}}]
    found = {p.path: p for p in problems_of(minimal)}
    assert found["/events/0/subjects/0"].message == (
        "'p2' is not the id of a person in 'people'; did you mean 'p1'?")
    assert found["/events/0/provenance/sources/0"].code == "reference"


def test_reference_to_wrong_collection(minimal: dict[str, Any]) -> None:
    minimal["events"] = [{"id": "e1", "kind": "arrest", "subjects": ["s1"],
                          "provenance": prov()}]
    p = only(minimal)
    assert p.path == "/events/0/subjects/0" and p.code == "reference"


def test_detail_provenance_names_a_detail(minimal: dict[str, Any]) -> None:
    minimal["events"] = [{"id": "e1", "kind": "search",
                          "provenance": prov(),
                          "detail_provenance": {"warrant": prov("alleged")}}]
    p = only(minimal)
    assert (p.path, p.code) == ("/events/0/detail_provenance/warrant", "detail")
    assert "did you mean 'warrant_shown'" in p.message


def test_first_appearance_before_arrest(minimal: dict[str, Any]) -> None:
    minimal["events"] = [
        {"id": "a", "kind": "arrest", "date": "2025-05-28", "subjects": ["p1"],
         "provenance": prov()},
        {"id": "f", "kind": "first_appearance", "date": "2025-01-10", "subjects": ["p1"],
         "provenance": prov()},
    ]
    p = only(minimal)
    assert (p.path, p.code) == ("/events/1/date", "chronology")
    assert p.message == ("this first_appearance of 'p1' (2025-01-10) is dated before 'a' "
                         "(2025-05-28)")


def test_a_verdict_in_absentia_may_precede_the_arrest(minimal: dict[str, Any]) -> None:
    # Convicted in absentia, arrested years later to serve the sentence: a real sequence.
    minimal["events"] = [
        {"id": "v", "kind": "verdict", "date": "2020-03-02", "subjects": ["p1"],
         "provenance": prov()},
        {"id": "a", "kind": "arrest", "date": "2023-11-14", "subjects": ["p1"],
         "provenance": prov()},
    ]
    assert fairtrial.validate(minimal) == []


def test_retraction_before_confession(minimal: dict[str, Any]) -> None:
    minimal["events"] = [
        {"id": "c", "kind": "confession", "date": "2025-06", "provenance": prov()},
        {"id": "r", "kind": "retraction", "date": "2025-05-01", "retracts": ["c"],
         "provenance": prov()},
    ]
    assert only(minimal).path == "/events/1/date"


def test_uncertain_order_is_not_an_error(minimal: dict[str, Any]) -> None:
    minimal["events"] = [
        {"id": "a", "kind": "arrest", "date": "2025-05", "subjects": ["p1"], "provenance": prov()},
        {"id": "v", "kind": "verdict", "date": "2025-05-10", "subjects": ["p1"],
         "provenance": prov()},
    ]
    assert fairtrial.validate(minimal) == []


def test_a_retrial_verdict_may_follow_the_appeal(minimal: dict[str, Any]) -> None:
    # Found by a 3,000-example property run: every verdict used to have to precede the appeal.
    minimal["events"] = [
        {"id": "v1", "kind": "verdict", "date": "2024-03-01", "subjects": ["p1"],
         "provenance": prov()},
        {"id": "ap", "kind": "appeal", "date": "2024-04-01", "against": "verdict",
         "subjects": ["p1"], "provenance": prov()},
        {"id": "v2", "kind": "verdict", "date": "2025-02-01", "subjects": ["p1"],
         "provenance": prov()},
    ]
    assert fairtrial.validate(minimal) == []
    del minimal["events"][0]  # without the first verdict, the appeal precedes every verdict
    p = only(minimal)
    assert (p.path, p.code) == ("/events/0/date", "chronology")
    assert "before the verdict 'v2' (2025-02-01)" in p.message


def test_appeal_before_verdict_and_event_after_as_of(minimal: dict[str, Any]) -> None:
    minimal["as_of"] = "2025-10"
    minimal["events"] = [
        {"id": "v", "kind": "verdict", "date": "2025-09-17", "subjects": ["p1"],
         "provenance": prov()},
        {"id": "ap", "kind": "appeal", "date": "2025-09-01", "against": "verdict",
         "subjects": ["p1"], "provenance": prov()},
        {"id": "late", "kind": "pardon", "date": "2026", "provenance": prov()},
    ]
    found = {p.path: p.message for p in problems_of(minimal)}
    assert "before the verdict 'v'" in found["/events/1/date"]
    assert "after the record's as_of date" in found["/events/2/date"]


def test_every_problem_is_reported_at_once(minimal: dict[str, Any]) -> None:
    del minimal["title"]
    minimal["stage"] = "nope"
    minimal["events"] = [{"id": "e1", "kind": "arrest", "date": "2025-02-30",
                          "subjects": ["ghost"], "provenance": prov()}]
    paths = [p.path for p in problems_of(minimal)]
    assert paths == ["/events/0/date", "/events/0/subjects/0", "/stage", "/title"]


# --- bytes that are not a case file ---------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "code", "fragment"),
    [
        (b"", "json", "not valid JSON"),
        (b"{", "json", "line 1, column 2"),
        (b"\xff\xfe{}", "encoding", "not valid UTF-8"),
        (b"[]", "top-level", "holds an array"),
        (b"null", "top-level", "holds null"),
        (b'"case"', "top-level", "holds a string"),
        (b"[" * 100_000 + b"]" * 100_000, "depth", "nested too deeply"),
        (b'{"a": NaN}', "json", "NaN is not allowed"),
        (b'{"a": 1e400}', "json", "too large"),
        (b'{"a": 1, "b": {"c": 1, "c": 2}}', "duplicate-key", "'c' appears twice"),
    ],
)
def test_unparseable_input(data: bytes, code: str, fragment: str) -> None:
    with pytest.raises(InvalidCase) as info:
        fairtrial.loads(data)
    (problem,) = info.value.problems
    assert problem.code == code and fragment in problem.message


def test_duplicate_key_path() -> None:
    with pytest.raises(InvalidCase) as info:
        fairtrial.loads(b'{"events": [{"id": "a", "id": "b"}]}')
    assert info.value.problems[0].path == "/events/0/id"


def test_oversized_input() -> None:
    with pytest.raises(InvalidCase) as info:
        fairtrial.loads(b"{}" + b" " * 100, max_bytes=50)
    assert info.value.problems[0].code == "size"


def test_byte_order_mark_is_accepted(minimal: dict[str, Any]) -> None:
    data = b"\xef\xbb\xbf" + json.dumps(minimal).encode()
    assert fairtrial.loads(data).id == "t-1"


def test_message_lists_problems() -> None:
    with pytest.raises(InvalidCase) as info:
        fairtrial.loads(b"[]")
    assert str(info.value).startswith("1 problem in the case file\n  (top level): ")


# --- round trips of the examples -------------------------------------------------------------


@pytest.mark.parametrize("path", sorted(EXAMPLES.glob("*.json")), ids=lambda p: p.name)
def test_examples_validate_and_round_trip_exactly(path: Any) -> None:
    case = fairtrial.load(path)
    original = json.loads(path.read_text(encoding="utf-8"))
    assert fairtrial.dump(case) == original
    assert fairtrial.loads(fairtrial.dumps(case)) == case


def test_reference_to_the_wrong_kind_of_event(minimal: dict[str, Any]) -> None:
    minimal["events"] = [
        {"id": "ap", "kind": "appeal", "provenance": prov()},
        {"id": "z", "kind": "seizure", "search": "ap", "provenance": prov()},
    ]
    p = only(minimal)
    assert (p.path, p.code) == ("/events/1/search", "reference")
    assert p.message == "'ap' is an appeal event; this must name a search event"


@pytest.mark.parametrize("caller_collects", [True, False])
def test_the_garbage_collector_is_left_as_the_caller_had_it(caller_collects: bool) -> None:
    # Loading and assessing pause the collector; they must restore it, also after an error.
    import gc

    text = (EXAMPLES / "kloop-2025.json").read_bytes()
    (gc.enable if caller_collects else gc.disable)()
    try:
        fairtrial.assess(fairtrial.loads(text))
        assert gc.isenabled() is caller_collects
        for bad in (b"{", b'{"id": 1}'):
            with pytest.raises(InvalidCase):
                fairtrial.loads(bad)
            assert gc.isenabled() is caller_collects
    finally:
        gc.enable()


@pytest.mark.parametrize("wrong", [123, None, {"id": "x"}, bytearray(b"{}")])
def test_loads_names_what_it_takes(wrong: Any) -> None:
    with pytest.raises(TypeError, match="text \\(str\\) or bytes"):
        fairtrial.loads(wrong)


def test_assess_names_what_it_takes() -> None:
    with pytest.raises(TypeError, match="takes a Case"):
        fairtrial.assess("examples/kloop-2025.json")  # type: ignore[arg-type]
