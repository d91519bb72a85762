from __future__ import annotations

import copy
import os
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, settings

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"

settings.register_profile(
    "ci", max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("thorough", max_examples=600, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("dev", max_examples=30, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("ci" if os.environ.get("CI") else "dev")

MINIMAL: dict[str, Any] = {
    "format_version": "1.0",
    "id": "t-1",
    "title": "A test case",
    "jurisdiction": "KG",
    "stage": "trial",
    "sources": [{"id": "s1", "kind": "media_report", "publisher": "A newspaper"}],
    "people": [{"id": "p1", "name": "A. Defendant", "roles": ["defendant"]}],
    "events": [],
}


def prov(standing: str = "established", by: tuple[str, ...] = ("court",)) -> dict[str, Any]:
    return {"asserted_by": list(by), "standing": standing, "sources": ["s1"]}


@pytest.fixture
def minimal() -> dict[str, Any]:
    return copy.deepcopy(MINIMAL)
