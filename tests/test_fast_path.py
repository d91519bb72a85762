"""The accelerated validator accepts and rejects exactly what the reference validator does."""

from __future__ import annotations

import copy
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import fairtrial
from fairtrial import Case
from fairtrial.record import _load

from .conftest import EXAMPLES
from .strategies import JSON_VALUES, TEXT, cases

jsonschema_rs = pytest.importorskip(
    "jsonschema_rs", reason="jsonschema-rs has no wheel for this platform")
FAST = jsonschema_rs.validator_for(fairtrial.record._schema.case_schema())
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


def test_the_pure_python_path_gives_the_same_verdicts_and_messages(tmp_path: Path) -> None:
    # FAIRTRIAL_PURE_PYTHON=1 is what a platform without jsonschema-rs runs: same answers.
    broken = json.loads((EXAMPLES / "kloop-2025.json").read_text(encoding="utf-8"))
    broken["stage"] = "trail"
    broken["events"][0]["subjects"] = ["nobody"]
    path = tmp_path / "broken.json"
    path.write_text(json.dumps(broken), encoding="utf-8")
    script = ("import sys, json, fairtrial; from fairtrial.record import _load; "
              "print(json.dumps([_load.FAST_VALIDATOR, "
              "[p.as_dict() for p in fairtrial.validate(json.load(open(sys.argv[1])))]]))")
    env_runs = []
    for pure in ("1", ""):
        env = {"PATH": "", "FAIRTRIAL_PURE_PYTHON": pure} if pure else {"PATH": ""}
        done = subprocess.run([sys.executable, "-c", script, str(path)], env=env,
                              capture_output=True, text=True, check=True)
        env_runs.append(json.loads(done.stdout))
    (pure_name, pure_problems), (fast_name, fast_problems) = env_runs
    assert pure_name is None and fast_name == "jsonschema-rs"
    assert pure_problems == fast_problems
    assert {p["code"] for p in pure_problems} == {"schema.enum", "reference"}
