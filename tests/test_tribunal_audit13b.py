"""What audit 13b found in tribunal findings (UN Human Rights Committee views replayed): the
words of a finding say only what the record holds."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import fairtrial

BASE = json.loads((Path(__file__).parent / "scenarios" /
                   "presence-appeal-hearing-undated.json").read_text("utf-8"))["case"]


def _case(hearing: dict[str, Any], *, charge: dict[str, Any] | None = None) -> dict[str, Any]:
    """One accused, one trial hearing with the details given, a custodial conviction."""
    case = copy.deepcopy(BASE)
    prov = case["events"][0]["provenance"]
    case["events"] = [
        case["events"][0],
        {"id": "h1", "kind": "hearing", "date": "2018-09-03", "subjects": ["p1"],
         "stage": "trial", "provenance": prov, **hearing},
        {"id": "v1", "kind": "verdict", "date": "2018-09-20", "subjects": ["p1"],
         "results": [{"person": "p1", "outcome": "convicted", "custodial": True}],
         "provenance": prov},
    ]
    if charge is not None:
        case["charges"] = [{"id": "c1", "defendant": "p1", "code": "Criminal Code",
                            "description": "murder", "conduct": ["other"], **charge}]
    return case


def _finding(case: dict[str, Any], criterion: str) -> fairtrial.Finding:
    return fairtrial.assess(fairtrial.from_data(case)).finding(criterion, "p1")


def test_an_open_hearing_is_not_said_to_have_admitted_the_press() -> None:
    # Van Meurs v Netherlands: the record says only that nothing closed the hearing.
    finding = _finding(_case({"public": True}), "tribunal.public-hearing")
    assert finding.outcome.value == "no_violation"
    text = " ".join(finding.reasoning)
    assert "admitted" not in text and "nobody was turned away" in text
