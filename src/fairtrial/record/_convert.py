"""The one converter between JSON-shaped data and the model. All hooks are registered here.

Structuring runs only on data that has passed the schema and the semantic checks
(``_load.from_data``), so the hooks build without re-checking: no extra-key scan (the schema's
``additionalProperties: false`` already refused them), and container hooks resolve the element
hook once per type instead of dispatching per element. That keeps structuring close to the
cost of building the objects (docs/performance.md).
"""

from __future__ import annotations

import enum
import functools
import types
import typing
from collections.abc import Callable
from typing import Any

import cattrs
from cattrs.gen import make_dict_structure_fn, make_dict_unstructure_fn, override
from cattrs.preconf.json import make_converter

from fairtrial.record import _codecache
from fairtrial.record._model import (
    EVENT_KINDS,
    Case,
    Charge,
    ContextFact,
    Event,
    Organisation,
    Person,
    Provenance,
    Source,
    VerdictResult,
)
from fairtrial.record._when import When, when_of

_codecache.install(cattrs.gen)  # the structuring functions it writes, compiled as the model's

__all__ = ["converter"]

_Hook = Callable[[Any, Any], Any]
_PASS_THROUGH = (str, bool, int)  # JSON already holds these as Python values


def _is_optional(tp: Any) -> bool:
    args = typing.get_args(tp)
    return (typing.get_origin(tp) in (types.UnionType, typing.Union)
            and len(args) == 2 and type(None) in args)


def _is_tuple_of(tp: Any) -> bool:
    args = typing.get_args(tp)
    return typing.get_origin(tp) is tuple and len(args) == 2 and args[1] is Ellipsis


def _is_enum(tp: Any) -> bool:
    return isinstance(tp, type) and issubclass(tp, enum.Enum)


def _make() -> cattrs.Converter:
    # Only validated data is structured (see the module docstring): skip per-field error
    # collection, which would only ever explain a bug.
    conv = make_converter(detailed_validation=False)

    def element(tp: Any) -> Callable[[Any], Any] | None:
        """A one-argument builder for ``tp``, or None where the JSON value is the value."""
        if tp in _PASS_THROUGH:
            return None
        hook = conv.get_structure_hook(tp)
        return lambda v: hook(v, tp)

    def optional(tp: Any) -> _Hook:
        inner = next(a for a in typing.get_args(tp) if a is not type(None))
        build = element(inner)
        if build is None:
            return lambda v, _: v
        return lambda v, _: None if v is None else build(v)

    def tuple_of(tp: Any) -> _Hook:
        build = element(typing.get_args(tp)[0])
        if build is None:
            return lambda v, _: tuple(v)
        return lambda v, _: tuple(map(build, v))

    def enum_member(tp: type[enum.Enum]) -> _Hook:
        members = {m.value: m for m in tp}
        return lambda v, _: members[v]

    # Scalars first: hook factories for containers resolve the inner hooks when they are built.
    conv.register_structure_hook(When, lambda v, _: when_of(v))
    conv.register_unstructure_hook(When, str)
    conv.register_unstructure_hook(enum.Enum, lambda e: e.value)
    conv.register_structure_hook_factory(_is_enum, enum_member)
    conv.register_structure_hook_factory(_is_optional, optional)
    conv.register_structure_hook_factory(_is_tuple_of, tuple_of)

    def unstructure_fn(cls: type) -> Any:
        # Unknown details are omitted on output, exactly as they are omitted on input.
        if cls is Case:  # the version is always written, so a reader knows the format
            return make_dict_unstructure_fn(
                cls, conv, _cattrs_omit_if_default=True,
                format_version=override(omit_if_default=False))
        return make_dict_unstructure_fn(cls, conv, _cattrs_omit_if_default=True)

    # Hooks are generated on first use of each class (cattrs caches what a factory returns):
    # loading a case needs no unstructuring hooks at all, and only the kinds of event it
    # holds. Generating every hook up front cost more than loading and assessing a case.
    leaves = frozenset((Source, Provenance, Person, Organisation, VerdictResult, Charge,
                        ContextFact, Case))
    conv.register_unstructure_hook_factory(lambda cls: cls in leaves, unstructure_fn)
    conv.register_structure_hook_factory(lambda cls: cls in leaves,
                                         lambda cls: make_dict_structure_fn(cls, conv))

    class _Lazy(dict[str, Any]):
        def __init__(self, make: Callable[[type], Any]) -> None:
            super().__init__()
            self.make = make

        def __missing__(self, kind: str) -> Any:
            value = self[kind] = self.make(EVENT_KINDS[kind])
            return value

    event_out = _Lazy(unstructure_fn)
    # "kind" selects the class and is a class variable, so the generated function ignores it.
    event_in = _Lazy(lambda cls: (make_dict_structure_fn(cls, conv), cls))

    def structure_event(data: Any, _: Any) -> Event:
        if not isinstance(data, dict) or data.get("kind") not in EVENT_KINDS:
            raise ValueError(f"not an event with a known kind: {data!r:.80}")
        build, cls = event_in[data["kind"]]
        event: Event = build(data, cls)
        return event

    def unstructure_event(event: Event) -> dict[str, Any]:
        body: dict[str, Any] = event_out[event.kind](event)
        return {"id": body.pop("id"), "kind": event.kind, **body}

    conv.register_structure_hook(Event, structure_event)
    conv.register_unstructure_hook(Event, unstructure_event)
    kinds = frozenset(EVENT_KINDS.values())
    conv.register_unstructure_hook_factory(lambda cls: cls in kinds,
                                           lambda cls: unstructure_event)
    return conv


@functools.cache
def converter() -> cattrs.Converter:
    """The converter, built on first use, its hooks generated as each class is first met:
    a batch's parent process, handing cases to workers, never spends the time."""
    return _make()
