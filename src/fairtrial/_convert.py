"""The one converter between JSON-shaped data and the model. All hooks are registered here."""

from __future__ import annotations

import enum
from typing import Any

import cattrs
from cattrs.gen import make_dict_structure_fn, make_dict_unstructure_fn, override
from cattrs.preconf.json import make_converter

from fairtrial._model import (
    EVENT_KINDS,
    Case,
    Charge,
    Event,
    Organisation,
    Person,
    Provenance,
    Source,
    VerdictResult,
)
from fairtrial._when import When

__all__ = ["converter"]


def _make() -> cattrs.Converter:
    conv = make_converter(forbid_extra_keys=True)
    # Scalars first: hook factories for containers resolve the inner hooks when they are built.
    conv.register_structure_hook(When, lambda v, _: When(v))
    conv.register_unstructure_hook(When, str)
    conv.register_unstructure_hook(enum.Enum, lambda e: e.value)

    def unstructure_fn(cls: type) -> Any:
        # Unknown details are omitted on output, exactly as they are omitted on input.
        if cls is Case:  # the version is always written, so a reader knows the format
            return make_dict_unstructure_fn(
                cls, conv, _cattrs_omit_if_default=True,
                format_version=override(omit_if_default=False))
        return make_dict_unstructure_fn(cls, conv, _cattrs_omit_if_default=True)

    def register(cls: type) -> None:
        conv.register_unstructure_hook(cls, unstructure_fn(cls))
        conv.register_structure_hook(
            cls, make_dict_structure_fn(cls, conv, _cattrs_forbid_extra_keys=True))

    # Leaves before the containers that hold them, events next, the case last.
    leaves: tuple[type, ...] = (Source, Provenance, Person, Organisation, VerdictResult, Charge)
    for leaf in leaves:
        register(leaf)
    event_out = {kind: unstructure_fn(cls) for kind, cls in EVENT_KINDS.items()}
    event_in = {
        kind: make_dict_structure_fn(cls, conv, _cattrs_forbid_extra_keys=True)
        for kind, cls in EVENT_KINDS.items()
    }

    def structure_event(data: Any, _: Any) -> Event:
        if not isinstance(data, dict) or data.get("kind") not in EVENT_KINDS:
            raise ValueError(f"not an event with a known kind: {data!r:.80}")
        body = {k: v for k, v in data.items() if k != "kind"}
        event: Event = event_in[data["kind"]](body, EVENT_KINDS[data["kind"]])
        return event

    def unstructure_event(event: Event) -> dict[str, Any]:
        body: dict[str, Any] = event_out[event.kind](event)
        return {"id": body.pop("id"), "kind": event.kind, **body}

    conv.register_structure_hook(Event, structure_event)
    conv.register_unstructure_hook(Event, unstructure_event)
    for cls in EVENT_KINDS.values():
        conv.register_unstructure_hook(cls, unstructure_event)
    register(Case)
    return conv


converter = _make()
