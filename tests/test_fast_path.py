"""The accelerated validator accepts and rejects exactly what the reference validator does."""

from __future__ import annotations

import copy
import json
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import fairtrial
from fairtrial import Case, _load

from .conftest import EXAMPLES
from .strategies import JSON_VALUES, TEXT, cases

jsonschema_rs = pytest.importorskip("jsonschema_rs", reason="the 'fast' extra is not installed")
FAST = jsonschema_rs.validator_for(fairtrial._schema.case_schema())
REFERENCE = _load._reference_validator()


def agree(doc: Any) -> bool:
    expected = REFERENCE.is_valid(doc)
    assert FAST.is_valid(doc) == expected, json.dumps(doc)[:500]
    return expected


def _paths(value: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    out = [path]
    if isinstance(value, dict):
        for k, v in value.items():
            out += _paths(v, (*path, k))
    elif isinstance(value, list):
        for i, v in enumerate(value):
            out += _paths(v, (*path, i))
    return out


MUTANTS = st.sampled_from([None, True, 0, 1.5, -1, "", "x y", "2025-02-30", "2025/05", [], {},
                           ["x"], {"zz": 1}]) | TEXT | st.integers()


@pytest.mark.parametrize("path", sorted(EXAMPLES.glob("*.json")), ids=lambda p: p.name)
def test_examples(path: Any) -> None:
    assert agree(json.loads(path.read_text(encoding="utf-8")))


@given(cases())
def test_valid_documents(case: Case) -> None:
    assert agree(fairtrial.dump(case))


@given(cases(max_events=5), st.data())
def test_broken_documents(case: Case, data: st.DataObject) -> None:
    doc = fairtrial.dump(case)
    for _ in range(data.draw(st.integers(1, 3))):
        paths = [p for p in _paths(doc) if p]
        target = data.draw(st.sampled_from(paths))
        node = doc
        for part in target[:-1]:
            node = node[part]
        action = data.draw(st.sampled_from(["replace", "delete", "add"]))
        if action == "delete" and isinstance(node, dict):
            del node[target[-1]]
        elif action == "add" and isinstance(node, dict):
            node[data.draw(st.sampled_from(["zz", "kind", "id", "date", "notes"]))] = \
                data.draw(MUTANTS)
        else:
            node[target[-1]] = data.draw(MUTANTS)
    agree(copy.deepcopy(doc))


@given(JSON_VALUES)
def test_arbitrary_json(value: Any) -> None:
    agree(value)


def test_validate_uses_the_reference_for_messages(minimal: dict[str, Any]) -> None:
    minimal["stage"] = "trail"
    assert [p.path for p in fairtrial.validate(minimal)] == ["/stage"]
