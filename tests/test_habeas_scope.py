"""A review of detention decided on its speed says so when the record is silent on what the
court examined and whether both sides were heard (Nikolova v Bulgaria [GC])."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import fairtrial

SCENARIO = Path(__file__).parent / "scenarios" / "detention-review-full-and-adversarial.json"
NOTE = "rests on its speed alone"


def _finding(case: dict[str, Any]) -> fairtrial.Finding:
    return fairtrial.assess(fairtrial.from_data(case)).finding("custody.habeas-review", "p1")


def test_speed_alone_is_named_when_scope_is_unrecorded() -> None:
    case = copy.deepcopy(json.loads(SCENARIO.read_text("utf-8"))["case"])
    for e in case["events"]:
        e.pop("grounds_considered", None)
        e.pop("prosecution_submission_communicated", None)
    f = _finding(case)
    assert f.outcome.value == "no_violation"
    assert any(NOTE in r for r in f.reasoning)


def test_no_such_note_when_scope_is_recorded() -> None:
    f = _finding(json.loads(SCENARIO.read_text("utf-8"))["case"])
    assert f.outcome.value == "no_violation"
    assert not any(NOTE in r for r in f.reasoning)
