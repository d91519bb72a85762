"""Properties over generated cases and generated garbage."""

from __future__ import annotations

import contextlib
import copy
import json
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

import fairtrial
from fairtrial import Case, InvalidCase, Problem

from .strategies import JSON_VALUES, TEXT, cases


@given(cases())
def test_generated_cases_validate(case: Case) -> None:
    assert fairtrial.validate(fairtrial.dump(case)) == []


@given(cases())
def test_round_trip_is_lossless(case: Case) -> None:
    data = fairtrial.dump(case)
    assert fairtrial.from_data(data) == case
    assert fairtrial.loads(fairtrial.dumps(case)) == case
    # Dumping is idempotent: the canonical form of a canonical form is itself.
    assert fairtrial.dump(fairtrial.from_data(data)) == data


@given(st.binary(max_size=200))
def test_arbitrary_bytes_never_crash(data: bytes) -> None:
    try:
        fairtrial.loads(data)
    except InvalidCase as exc:
        assert exc.problems and all(isinstance(p, Problem) for p in exc.problems)


@given(JSON_VALUES)
def test_arbitrary_json_never_crashes(value: Any) -> None:
    problems = fairtrial.validate(value)
    assert problems, "random JSON is never a valid case"
    with contextlib.suppress(InvalidCase):
        fairtrial.loads(json.dumps(value))


def _objects(value: Any, path: list[str | int]) -> list[list[str | int]]:
    found: list[list[str | int]] = []
    if isinstance(value, dict):
        found.append(path)
        for key, item in value.items():
            found.extend(_objects(item, [*path, key]))
    elif isinstance(value, list):
        for i, item in enumerate(value):
            found.extend(_objects(item, [*path, i]))
    return found


@given(cases(max_events=4), st.data())
def test_an_unknown_field_anywhere_is_named(case: Case, data: st.DataObject) -> None:
    doc = fairtrial.dump(case)
    objects = [p for p in _objects(doc, []) if "detail_provenance" not in p]
    target = data.draw(st.sampled_from(objects))
    broken = copy.deepcopy(doc)
    node = broken
    for part in target:
        node = node[part]
    node["zz_unknown"] = 1
    expected = "".join(f"/{p}" for p in [*target, "zz_unknown"])
    assert expected in [p.path for p in fairtrial.validate(broken)]


@given(cases(max_events=4), st.data())
def test_a_broken_value_anywhere_is_caught(case: Case, data: st.DataObject) -> None:
    doc = fairtrial.dump(case)
    objects = [p for p in _objects(doc, []) if p]
    target = data.draw(st.sampled_from(objects))
    broken = copy.deepcopy(doc)
    node = broken
    for part in target[:-1]:
        node = node[part]
    node[target[-1]] = data.draw(st.sampled_from([[], 3, True, "x y"]) | TEXT)
    problems = fairtrial.validate(broken)
    prefix = "".join(f"/{p}" for p in target)
    assert any(p.path.startswith(prefix) or prefix.startswith(p.path) for p in problems) or (
        problems and all(p.code in ("reference", "duplicate-id") for p in problems))
