"""The published schema: generated from the model, mirrored byte for byte, and sound."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator

from fairtrial.record._schema import (
    build_assessment_schema,
    build_case_schema,
    case_schema,
    schema_text,
)

from .conftest import ROOT

PACKAGE = ROOT / "src/fairtrial/schemas"
MIRROR = ROOT / "schemas"


@pytest.mark.parametrize(("name", "build"), [("case.schema.json", build_case_schema),
                                             ("assessment.schema.json", build_assessment_schema)])
def test_schema_is_current_with_the_model(name: str, build: Any) -> None:
    committed = (PACKAGE / name).read_text(encoding="utf-8")
    assert committed == schema_text(build()), (
        "the model changed: run 'python tools/regen_schemas.py' and commit the schemas")
    Draft202012Validator.check_schema(build())


@pytest.mark.parametrize("name", sorted(p.name for p in PACKAGE.glob("*.json")))
def test_mirror_is_byte_identical(name: str) -> None:
    assert (MIRROR / name).read_bytes() == (PACKAGE / name).read_bytes()


def test_schema_is_valid_draft_2020_12() -> None:
    Draft202012Validator.check_schema(case_schema())


def test_schema_closes_every_object() -> None:
    def walk(node: object) -> None:
        if isinstance(node, dict):
            # The event dispatcher stays open on purpose: each kind's branch is closed.
            if node.get("type") == "object" and "properties" in node and "allOf" not in node:
                assert node.get("additionalProperties") is False
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(case_schema())


def test_patterns_use_ascii_digits() -> None:
    assert "\\d" not in json.dumps(case_schema())


def test_wheel_ships_the_schema(tmp_path: Path) -> None:
    build = pytest.importorskip("build", reason="the 'build' package is not installed")
    del build
    import subprocess
    import sys

    subprocess.run([sys.executable, "-m", "build", "--wheel", "--outdir", str(tmp_path),
                    str(ROOT)], check=True, capture_output=True)
    (wheel,) = tmp_path.glob("*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    assert "fairtrial/schemas/case.schema.json" in names
    assert "fairtrial/schemas/assessment.schema.json" in names
    assert "fairtrial/templates/report.html.j2" in names
    assert "fairtrial/templates/case-trial.yaml" in names
    assert "fairtrial/templates/case-detention.yaml" in names
    assert "fairtrial/py.typed" in names
    assert "fairtrial/locale/ru/LC_MESSAGES/fairtrial.mo" in names  # --lang ru
