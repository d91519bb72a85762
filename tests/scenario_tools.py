"""Helpers for tests that start from a synthetic scenario in tests/scenarios and change it."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import fairtrial

HERE = Path(__file__).parent / "scenarios"


def scenario(name: str) -> dict[str, Any]:
    """A fresh copy of the named scenario's case, to change freely."""
    case: dict[str, Any] = json.loads((HERE / f"{name}.json").read_text("utf-8"))["case"]
    return copy.deepcopy(case)


def finding(case: dict[str, Any], criterion: str) -> fairtrial.Finding:
    """The finding on ``criterion`` for the person 'p1'."""
    return fairtrial.assess(fairtrial.from_data(case)).finding(criterion, "p1")


def event(case: dict[str, Any], event_id: str) -> dict[str, Any]:
    """The event with that id, to change in place."""
    found: dict[str, Any] = next(e for e in case["events"] if e["id"] == event_id)
    return found
