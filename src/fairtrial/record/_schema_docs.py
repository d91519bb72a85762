"""Examples and value descriptions in the case schema, for completion in editors.

Every property of the published schema gets ``examples`` and every closed list of values gets
``enumDescriptions`` (one line per value, from the vocabulary's own definitions), so an editor
that reads the schema (VS Code, or any editor with yaml-language-server) shows what a field means
and what to write in it. Descriptions themselves stay in the model (each field's ``doc``).

Examples are derived from the field's type wherever the type says enough (a value of a
vocabulary, a date, an id of the kind the field points to, a true/false question); free text
takes the example its definition gives ("e.g. '...'"), or else one written in ``TEXT`` below,
keyed by ``class.field`` or by the field name alone.
tests/test_schema_docs.py fails, naming the field, when a new free-text field has none.
"""

from __future__ import annotations

import enum
import re
import types
import typing
from typing import Any, Final

import attrs

from fairtrial.record._vocab import Doc
from fairtrial.record._when import When

__all__ = ["enum_annotations", "example", "field_annotations"]

#: Examples of free text, by ``Class.field`` first, then by field name.
TEXT: Final[dict[str, str]] = {
    "Case.title": "Trial of Anna Smith for 'public calls for mass unrest'",
    "Case.summary": "A journalist was arrested after publishing an investigation and was "
                    "convicted of calls for mass unrest after a one-week trial.",
    "Source.title": "Court sentences two journalists to five years in prison",
    "Source.publisher": "Human Rights Watch",
    "Source.url": "https://example.org/news/2025/09/sentenced",
    "Person.name": "Anna Smith",
    "Organisation.name": "State Committee for National Security (GKNB)",
    "Charge.code": "Criminal Code of the Kyrgyz Republic",
    "Charge.article": "278(3)",
    "Charge.description": "public calls for mass unrest",
    "Charge.conduct_description": "Filmed and edited five videos critical of the government.",
    "ContextFact.description": "The President called the accused 'traitors' on television "
                               "two days after the arrest.",
    "title": "Search of the newsroom",
    "summary": "Officers searched the newsroom and took all the computers.",
    "description": "Five videos published on the outlet's YouTube channel",
    "notes": "The date comes from the defence; the court record is not public.",
    "place": "GKNB building, Bishkek",
    "other_names": "Анна Смит",
    "occupation": "camera operator",
    "counter_claim": "The police say the lawyer did not ask to see the client that day.",
    "stated_grounds": "suspicion of calls for mass unrest",
    "restriction_reason": "the investigator said the lawyer's papers were not in order",
    "conditions": "not to leave Bishkek",
    "quote": "They were paid to spread lies.",
    "medium": "state television",
    "content": "The accused say they regret making the videos.",
    "closure_reason": "to protect state secrets",
    "reason": "The defendant said the confession was made under pressure.",
    "items": "two laptops",
    "absence_reason": "the witness had left the country",
    "delay_reason": "a storm closed the only road to the court for two days",
    "procedure": "a blood sample taken by force",
    "finding": "traces of the drug in the blood sample",
    "sentence": "five years in prison",
    "basis": "the stolen goods were found in his garage",
    "$schema": "case.schema.json",
}
_IDS: Final = {"source": "src-1", "person": "accused-1", "organisation": "court-1",
               "actor": "police-1", "charge": "charge-1", "event": "arrest-1"}
_OWN_IDS: Final = {"Source": "src-1", "Person": "accused-1", "Organisation": "court-1",
                   "Charge": "charge-1", "Case": "kg-2025-smith"}
_NUMBERS: Final = {"duration_hours": 6.0, "delay_hours": 24.0, "duration_days": 30.0,
                   "count": 2}
_PROVENANCE: Final = {"asserted_by": ["media"], "standing": "established", "sources": ["src-1"]}


def enum_annotations(tp: type[enum.Enum]) -> dict[str, Any]:
    """``enumDescriptions`` for a vocabulary whose members carry their definition."""
    if issubclass(tp, Doc):
        return {"enumDescriptions": [m.doc for m in tp]}
    return {}


def _inner(tp: Any) -> tuple[Any, bool]:
    origin = typing.get_origin(tp)
    if origin in (types.UnionType, typing.Union):
        (tp,) = (a for a in typing.get_args(tp) if a is not type(None))
        origin = typing.get_origin(tp)
    if origin is tuple:
        return typing.get_args(tp)[0], True
    return tp, False


def _text(owner: str, name: str) -> str | None:
    return TEXT.get(f"{owner}.{name}", TEXT.get(name))


def _from_doc(doc: str) -> str | None:
    """The example a field's definition gives itself ("..., e.g. 'Search of the office'")."""
    match = re.search(r"e\.g\. '([^']+)'", doc)
    return match[1] if match else None


def example(owner: type, field: attrs.Attribute[Any], tp: Any) -> Any:
    """An example value of one field, or None when none can be given (a test names it)."""
    inner, many = _inner(tp)
    one = _one(owner, field, inner)
    if one is None:
        return None
    if many and isinstance(one, str) and field.metadata.get("min_items", 0) > 1:
        return [f"{one.rsplit('-', 1)[0]}-{n}" for n in range(1, field.metadata["min_items"] + 1)]
    return [one] if many else one


def _one(owner: type, field: attrs.Attribute[Any], tp: Any) -> Any:
    meta = field.metadata
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        return next(iter(tp)).value
    if tp is When:
        return "2025-05-28"
    if tp is bool:
        return True
    if tp is float:
        return _NUMBERS.get(field.name, 1.0)
    if tp is int:
        return int(_NUMBERS.get(field.name, 1))
    if tp is str:
        if "ref" in meta:
            kinds = meta.get("kinds")
            return f"{kinds[0].replace('_', '-')}-1" if kinds else _IDS[meta["ref"]]
        if field.name == "id":
            kind = getattr(owner, "kind", "")
            return _OWN_IDS.get(owner.__name__) or f"{kind.replace('_', '-')}-1"
        if "pattern" in meta:
            return "KG"
        return _text(owner.__name__, field.name) or _from_doc(meta.get("doc", ""))
    if typing.get_origin(tp) is dict:
        return {"warrant_shown": {"asserted_by": ["defence"], "standing": "alleged",
                                  "sources": ["src-1"]}}
    if isinstance(tp, type) and attrs.has(tp):
        return _object(tp)
    return None


def _object(cls: type) -> dict[str, Any] | None:
    from fairtrial.record._model import Arrest, Event, Provenance

    if cls is Provenance:
        return dict(_PROVENANCE)
    if cls.__name__ == "SomeOf":  # "among" names more people than "count"
        return {"count": 2, "among": ["accused-1", "accused-2", "accused-3"]}
    if cls is Event:
        cls = Arrest
    hints = typing.get_type_hints(cls)
    out: dict[str, Any] = {"kind": cls.kind} if issubclass(cls, Event) else {}
    for f in attrs.fields(cls):
        if f.default is attrs.NOTHING:
            value = example(cls, f, hints[f.name])
            if value is None:
                return None
            out[f.name] = value
    return out


def field_annotations(owner: type, field: attrs.Attribute[Any], tp: Any) -> dict[str, Any]:
    """What the schema adds to a property besides its shape: its example."""
    value = example(owner, field, tp)
    return {} if value is None else {"examples": [value]}
