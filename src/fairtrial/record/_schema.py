"""Build the case JSON Schema (Draft 2020-12) from the model.

The committed ``schemas/case.schema.json`` is the published contract; it is produced by this
module (``python -m fairtrial schema``) and a test fails if the two differ. Events are
discriminated on ``kind`` with one ``if``/``then`` per kind, never a large ``oneOf``: each event
is checked against exactly one closed shape, which is both faster and gives messages that name
the offending field rather than "is not valid under any of the given schemas".
"""

from __future__ import annotations

import enum
import functools
import json
import types
import typing
from typing import Any

import attrs

from fairtrial import _files
from fairtrial.record._model import (
    EVENT_KINDS,
    FORMAT_VERSIONS,
    Case,
    Charge,
    ContextFact,
    Event,
    Organisation,
    Person,
    Provenance,
    SomeOf,
    Source,
    VerdictResult,
)
from fairtrial.record._schema_docs import enum_annotations, field_annotations
from fairtrial.record._when import WHEN_PATTERN, When

__all__ = ["CASE_SCHEMA_ID", "build_case_schema", "case_schema", "schema_text"]

CASE_SCHEMA_ID = "https://fairtrial.invalid/schemas/case.schema.json"
ID_PATTERN = "^[A-Za-z0-9][A-Za-z0-9._:-]{0,99}$"
_BASE_FIELDS = frozenset(f.name for f in attrs.fields(Event))


def _def_name(cls: type) -> str:
    return cls.__name__[0].lower() + cls.__name__[1:]


def _field_schema(tp: Any, meta: typing.Mapping[str, Any]) -> dict[str, Any]:
    origin = typing.get_origin(tp)
    if origin in (types.UnionType, typing.Union):
        (inner,) = (a for a in typing.get_args(tp) if a is not type(None))
        return _field_schema(inner, meta)
    if origin is tuple:
        item = _field_schema(typing.get_args(tp)[0], {**meta, "doc": None, "min_items": None})
        out: dict[str, Any] = {"type": "array", "items": item}
        if meta.get("min_items"):
            out["minItems"] = meta["min_items"]
        if isinstance(item.get("enum"), list) or "pattern" in item:
            out["uniqueItems"] = True
        return out
    if origin is dict:
        value = _field_schema(typing.get_args(tp)[1], {})
        return {"type": "object", "propertyNames": {"pattern": "^[a-z_]+$"},
                "additionalProperties": value}
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        return {"enum": [m.value for m in tp], **enum_annotations(tp)}
    if tp is When:
        return {"type": "string", "pattern": WHEN_PATTERN}
    if tp is str:
        if "ref" in meta or meta.get("id"):
            return {"type": "string", "pattern": ID_PATTERN}
        out = {"type": "string", "minLength": 1}
        if "pattern" in meta:
            out["pattern"] = meta["pattern"]
        return out
    if tp is bool:
        return {"type": "boolean"}
    if tp is float or tp is int:
        out = {"type": "number" if tp is float else "integer"}
        if "minimum" in meta:
            out["minimum"] = meta["minimum"]
        return out
    if attrs.has(tp):
        return {"$ref": f"#/$defs/{_def_name(tp)}"}
    raise TypeError(f"no schema for {tp!r}")  # pragma: no cover - a model bug, caught by tests


def _object_schema(cls: type, *, extra: dict[str, Any] | None = None) -> dict[str, Any]:
    hints = typing.get_type_hints(cls)
    props: dict[str, Any] = dict(extra or {})
    required: list[str] = list(extra or {})
    for field in attrs.fields(cls):
        meta = dict(field.metadata)
        if field.name == "id":
            meta["id"] = True
        schema = _field_schema(hints[field.name], meta)
        if meta.get("doc"):
            schema = {"description": meta["doc"], **schema}
        props[field.name] = schema | field_annotations(cls, field, hints[field.name])
        if field.default is attrs.NOTHING:
            required.append(field.name)
    out: dict[str, Any] = {"type": "object"}
    if cls.__doc__:
        out["description"] = cls.__doc__.strip().splitlines()[0]
    out |= {"properties": props, "required": required, "additionalProperties": False}
    return out


def build_case_schema() -> dict[str, Any]:
    """The case-file JSON Schema as a dict, built from the model classes."""
    defs: dict[str, Any] = {}
    leaves: tuple[type, ...] = (Source, Provenance, Person, Organisation, Charge, VerdictResult,
                              ContextFact, SomeOf)
    for leaf in leaves:
        defs[_def_name(leaf)] = _object_schema(leaf)
    kinds = sorted(EVENT_KINDS)
    for kind in kinds:
        cls = EVENT_KINDS[kind]
        kind_schema = {"description": "The kind of event.", "const": kind, "examples": [kind]}
        defs[f"event_{kind}"] = _object_schema(cls, extra={"kind": kind_schema})
    defs["event"] = {
        "description": "An event: its 'kind' decides which details it may carry.",
        "type": "object",
        "properties": {"kind": {
            "description": "What happened: the kind decides which details the event may carry.",
            "enum": kinds,
            "enumDescriptions": [EVENT_KINDS[k].__doc__.strip().splitlines()[0]  # type: ignore[union-attr]
                                 for k in kinds],
            "examples": ["arrest"]}},
        "required": ["kind"],
        "allOf": [
            {"if": {"properties": {"kind": {"const": k}}, "required": ["kind"]},
             "then": {"$ref": f"#/$defs/event_{k}"}}
            for k in kinds
        ],
    }
    root = _object_schema(Case)
    root["properties"]["format_version"] = {
        "description": "Version of the case-file format: '2.0'; a format 1 file ('1.0') is a "
                       "subset of format 2 and loads unchanged (fairtrial upgrade rewrites it).",
        "enum": list(FORMAT_VERSIONS),
        "enumDescriptions": ["format 1, which format 2 extends", "format 2, the current one"],
        "examples": [FORMAT_VERSIONS[-1]]}
    root["properties"]["events"]["items"] = {"$ref": "#/$defs/event"}
    # Editors find the schema of a JSON file from its "$schema" key; loading ignores it.
    root["properties"] = {"$schema": {
        "description": "Where editors find this schema, for completion and inline errors; "
                       "ignored when the case is loaded.",
        "type": "string", "examples": ["case.schema.json"]}, **root["properties"]}
    root["required"] = ["format_version", *root["required"]]
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": CASE_SCHEMA_ID,
        "title": "fairtrial case file",
        **root,
        "$defs": defs,
    }


def schema_text(schema: dict[str, Any]) -> str:
    """The canonical text of a schema file: sorted nowhere, indented, newline-terminated."""
    return json.dumps(schema, indent=2, ensure_ascii=False) + "\n"


@functools.cache
def case_schema() -> dict[str, Any]:
    """The published case schema, read from the installed package."""
    loaded: dict[str, Any] = json.loads(_files.read_text("schemas", "case.schema.json"))
    return loaded


ASSESSMENT_SCHEMA_ID = "https://fairtrial.invalid/schemas/assessment.schema.json"


def build_assessment_schema() -> dict[str, Any]:
    """The JSON Schema of assessment reports (``fairtrial report --format json``)."""
    from fairtrial.checklist._core import Area, Confidence, Outcome, Severity
    from fairtrial.record._vocab import SourceKind

    def closed(props: dict[str, Any], required: list[str] | None = None) -> dict[str, Any]:
        return {"type": "object", "properties": props,
                "required": list(props) if required is None else required,
                "additionalProperties": False}

    text = {"type": "string"}
    texts = {"type": "array", "items": text}
    nullable_text = {"type": ["string", "null"]}
    outcome = {"enum": [o.value for o in Outcome]}
    citation = closed({
        "id": {"type": "string", "pattern": "^c[0-9]+$"},
        "source": text, "pinpoint": nullable_text, "confirmed": {"type": "boolean"},
        "kind": {"enum": ["treaty", "interpretation", "case_law", "soft_law"]},
        "treaty": nullable_text, "text": text,
        "applies": {"enum": ["binding", "interprets a binding treaty", "persuasive",
                             "not yet in force", "no longer in force", "status unknown",
                             "standard"]},
        "derogations": texts,
    }, required=["id", "source", "pinpoint", "confirmed", "kind", "treaty", "text", "applies"])
    finding = closed({
        "criterion": text, "title": text, "area": {"enum": [a.value for a in Area]},
        "subject": nullable_text, "outcome": outcome,
        "confidence": {"enum": [*(c.value for c in Confidence), None]},
        "severity": {"enum": [s.value for s in Severity]},
        "affects_outcome": {"type": "boolean"}, "reasoning": texts, "relied_on": texts,
        "against": texts, "questions": texts,
        "citations": {"type": "array", "items": {"type": "string", "pattern": "^c[0-9]+$"}},
    })
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": ASSESSMENT_SCHEMA_ID,
        "title": "fairtrial assessment report",
        **closed({
            "format_version": {"const": "2.0"},
            "case": closed({"id": text, "title": text, "jurisdiction": text}),
            "checklist": text,
            "grade": closed({"letter": {"enum": ["A", "B", "C", "D", "F", "incomplete"]},
                             "label": text, "provisional": {"type": "boolean"},
                             "reasons": texts}),
            "treaties": {"type": "array", "items": closed({
                "treaty": text, "name": text, "status": text, "note": text})},
            "areas": {"type": "array", "items": closed({
                "area": {"enum": [a.value for a in Area]}, "title": text, "worst": outcome,
                "counts": {"type": "object", "propertyNames": outcome,
                           "additionalProperties": {"type": "integer", "minimum": 0}}})},
            "subjects": {"type": "array", "items": closed({"id": text, "name": text})},
            "grades": {"type": "array", "items": closed({
                "subject": text, "letter": {"enum": ["A", "B", "C", "D", "F", "incomplete"]},
                "label": text, "provisional": {"type": "boolean"}, "reasons": texts})},
            "citations": {"type": "array", "items": {"$ref": "#/$defs/citation"}},
            "findings": {"type": "array", "items": {"$ref": "#/$defs/finding"}},
            "sources": {"type": "array", "items": closed({
                "id": text, "kind": {"enum": [k.value for k in SourceKind]}, "publisher": text,
                "title": text, "date": text, "url": text}, required=["id", "kind", "publisher"])},
            "events": {"type": "array", "items": closed({
                "id": text, "kind": {"enum": sorted(EVENT_KINDS)}, "date": nullable_text,
                "summary": nullable_text, "subjects": texts,
                "findings": {"type": "array", "items": closed({
                    "criterion": text, "subject": text, "outcome": outcome, "anchor": text})}})},
        }, required=["format_version", "case", "checklist", "grade", "treaties", "areas",
                     "subjects", "citations", "findings"]),
        "$defs": {"citation": citation, "finding": finding},
    }


@functools.cache
def assessment_schema() -> dict[str, Any]:
    """The published assessment-report schema, read from the installed package."""
    loaded: dict[str, Any] = json.loads(_files.read_text("schemas", "assessment.schema.json"))
    return loaded
