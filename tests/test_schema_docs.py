"""The published case schema serves editors: a description and an example on every property,
a description of every value of every closed list, and examples that are themselves valid."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from jsonschema import Draft202012Validator

from fairtrial.record._schema import CASE_SCHEMA_ID, case_schema


def properties() -> Iterator[tuple[str, dict[str, Any]]]:
    schema = case_schema()
    for name, prop in schema["properties"].items():
        yield f"/{name}", prop
    for definition, body in schema["$defs"].items():
        for name, prop in body.get("properties", {}).items():
            yield f"$defs/{definition}/{name}", prop


def enums(node: Any, where: str = "") -> Iterator[tuple[str, dict[str, Any]]]:
    if isinstance(node, dict):
        if "enum" in node:
            yield where, node
        for key, value in node.items():
            yield from enums(value, f"{where}/{key}")
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from enums(value, f"{where}/{i}")


def test_the_schema_has_a_stable_id_and_title() -> None:
    schema = case_schema()
    assert schema["$id"] == CASE_SCHEMA_ID == "https://fairtrial.invalid/schemas/case.schema.json"
    assert schema["title"] and schema["description"]


def test_every_property_has_a_description_and_an_example() -> None:
    missing = [(where, key) for where, prop in properties()
               for key in ("description", "examples")
               if not prop.get(key)]
    assert not missing, (
        "add a description (the field's doc in _model.py) or, for free text, an example in "
        f"_schema_docs.TEXT: {missing}")


def test_every_enum_value_is_described() -> None:
    for where, node in enums(case_schema()):
        descriptions = node.get("enumDescriptions")
        assert descriptions is not None, where
        assert len(descriptions) == len(node["enum"]), where
        assert all(isinstance(d, str) and d.strip() for d in descriptions), where


def test_every_example_is_valid_where_it_stands() -> None:
    schema = case_schema()
    count = 0
    for where, prop in properties():
        validator = Draft202012Validator({**prop, "$defs": schema["$defs"]})
        for value in prop["examples"]:
            errors = [e.message for e in validator.iter_errors(value)]
            assert not errors, (where, value, errors)
            count += 1
    assert count > 500
