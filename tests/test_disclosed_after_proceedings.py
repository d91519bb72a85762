"""Material that surfaced only after the domestic proceedings ended (Peart and Peart v Jamaica,
HRC 464/1991 and 482/1991) remedies nothing, but the finding must not say it was never
disclosed; an item never disclosed is named by its title, not by its own date as if it were the
day of the withholding."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import fairtrial

HERE = Path(__file__).parent / "scenarios"


def _text(name: str) -> str:
    case: dict[str, Any] = json.loads((HERE / f"{name}.json").read_text("utf-8"))["case"]
    finding = fairtrial.assess(fairtrial.from_data(case)).finding("evidence.disclosure", "p1")
    return " ".join((*finding.reasoning, *finding.against))


def test_surfaced_after_the_proceedings_is_not_never() -> None:
    for name in ("disclosure-unasked-surfaced-after-proceedings",
                 "disclosure-refused-surfaced-after-proceedings"):
        text = _text(name)
        assert "never disclosed" not in text
        assert "only after the domestic proceedings had ended" in text


def test_an_item_never_disclosed_is_named_not_dated_as_withheld() -> None:
    text = _text("disclosure-unasked-never-disclosed")
    assert "The defence was never given the evidence" in text
    assert "material withheld on" not in text
