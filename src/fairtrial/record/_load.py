"""From bytes to a ``Case``: parse, check against the schema, check meaning, structure.

Each step reports every problem it finds, with its JSON path, before giving up; the semantic
checks walk the raw data defensively so that schema errors and broken references are reported
together.
"""

from __future__ import annotations

import difflib
import functools
import importlib.util
import json
import math
import os
import re
import types
import typing
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any, Final

import attrs

from fairtrial._gc import collector_paused
from fairtrial.record._convert import converter
from fairtrial.record._hints import date_hint, field_hint, id_hint, required_hint, type_hint
from fairtrial.record._model import (
    EVENT_KINDS,
    FORMAT_VERSION,
    Arrest,
    Case,
    Event,
    FirstAppearance,
    Release,
    Verdict,
)
from fairtrial.record._problems import InvalidCase, Problem, pointer
from fairtrial.record._schema import ID_PATTERN, case_schema
from fairtrial.record._template import with_placeholders
from fairtrial.record._when import WHEN_PATTERN, Tri, When, WhenError, when_of

if TYPE_CHECKING:
    from datetime import datetime

    from jsonschema import Draft202012Validator
    from jsonschema.exceptions import ValidationError

__all__ = ["MAX_BYTES", "dump", "dumps", "from_data", "load", "loads", "parse", "upgrade",
           "validate"]

#: Case files larger than this are refused before parsing (32 MiB; a large real case is ~1 MiB).
MAX_BYTES: Final = 32 * 1024 * 1024
_COLLECTIONS: Final = ("sources", "people", "organisations", "charges", "events")
_REF_TARGETS: Final = {
    "source": ("sources",),
    "person": ("people",),
    "organisation": ("organisations",),
    "actor": ("people", "organisations"),
    "charge": ("charges",),
    "event": ("events",),
}
_WHEN_RE: Final = re.compile(WHEN_PATTERN)
_NAMES: Final = {
    "source": "a source", "person": "a person", "organisation": "an organisation",
    "actor": "a person or organisation", "charge": "a charge", "event": "an event",
}


# --- parsing --------------------------------------------------------------------------------


class _Object(dict[str, Any]):
    __slots__ = ("duplicates",)
    duplicates: list[str]


def _finite(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise ValueError(f"number {text} is too large")
    return value


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not allowed in JSON")


def text_of(data: str | bytes, max_bytes: int) -> str:
    """A case file's text, within the size limit and decoded as UTF-8 (JSON and YAML alike)."""
    if len(data) > max_bytes:
        raise InvalidCase([Problem(
            "", "size", f"the file is {len(data):,} bytes; the limit is {max_bytes:,}")])
    if isinstance(data, bytes):
        try:
            return data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise InvalidCase([Problem(
                "", "encoding",
                f"the file is not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset "
                f"{exc.start}); save it as UTF-8")]) from None
    return data


def parse(data: str | bytes, *, max_bytes: int = MAX_BYTES) -> dict[str, Any]:
    """Parse case-file text into plain data, refusing what JSON or a case file cannot be."""
    if not isinstance(data, str | bytes):
        raise TypeError(f"a case file is read from its text (str) or bytes, not from "
                        f"{type(data).__name__}; for parsed data use fairtrial.from_data")
    data = text_of(data, max_bytes)
    duplicates_seen = False

    def pairs(items: list[tuple[str, Any]]) -> dict[str, Any]:
        nonlocal duplicates_seen
        obj = _Object(items)
        if len(obj) != len(items):
            duplicates_seen = True
            seen: set[str] = set()
            obj.duplicates = sorted({k for k, _ in items if k in seen or seen.add(k)})  # type: ignore[func-returns-value]
        return obj

    # Parsing allocates only acyclic containers: collector passes over them are pure cost
    # (they made parsing 5,000 events twice as slow per event as parsing 50).
    try:
        with collector_paused():
            obj = json.loads(data, object_pairs_hook=pairs, parse_float=_finite,
                             parse_constant=_reject_constant)
    except json.JSONDecodeError as exc:
        raise InvalidCase([Problem(
            "", "json",
            f"not valid JSON: {exc.msg} at line {exc.lineno}, column {exc.colno}")]) from None
    except RecursionError:
        raise InvalidCase([Problem("", "depth", "the JSON is nested too deeply")]) from None
    except ValueError as exc:
        raise InvalidCase([Problem("", "json", f"not valid JSON: {exc}")]) from None
    if not isinstance(obj, dict):
        kind = "null" if obj is None else type(obj).__name__
        kind = {"list": "an array", "str": "a string", "int": "a number", "float": "a number",
                "bool": "a boolean"}.get(kind, kind)
        raise InvalidCase([Problem(
            "", "top-level", f"a case file is one JSON object {{...}}; this file holds {kind}")])
    if duplicates_seen:
        problems = [
            Problem(pointer([*path, key]), "duplicate-key",
                    f"the field '{key}' appears twice in this object; keep only one")
            for path, key in _find_duplicates(obj, [])
        ]
        raise InvalidCase(problems)
    return dict(obj)


def _find_duplicates(obj: Any, path: list[str | int]) -> Iterator[tuple[list[str | int], str]]:
    if isinstance(obj, dict):
        for key in getattr(obj, "duplicates", ()):
            yield path, key
        for key, value in obj.items():
            yield from _find_duplicates(value, [*path, key])
    elif isinstance(obj, list):
        for i, value in enumerate(obj):
            yield from _find_duplicates(value, [*path, i])


# --- schema validation ----------------------------------------------------------------------


@functools.cache
def _reference_validator() -> Draft202012Validator:
    # Imported here: with jsonschema-rs, a valid case never needs it (30 ms of start-up).
    from jsonschema import Draft202012Validator

    # Built once per process: constructing a validator costs ~100x a validation (perf-probe.md).
    return Draft202012Validator(case_schema())


def _fast_name() -> str | None:
    if os.environ.get("FAIRTRIAL_PURE_PYTHON"):
        return None
    return "jsonschema-rs" if importlib.util.find_spec("jsonschema_rs") else None


#: The accelerated validator in use, or None.
FAST_VALIDATOR: str | None = _fast_name()


@functools.cache
def _fast_validator() -> Callable[[Any], bool] | None:
    """jsonschema-rs, when installed, answers "valid?" 100-1000x faster than jsonschema.

    It only ever decides validity: every message still comes from the reference validator, and
    tests/test_fast_path.py proves the two accept and reject the same documents. Setting
    FAIRTRIAL_PURE_PYTHON=1 turns it off. Built on first use, like the reference validator.
    """
    if FAST_VALIDATOR is None:
        return None
    import jsonschema_rs

    is_valid: Callable[[Any], bool] = jsonschema_rs.validator_for(case_schema()).is_valid
    return is_valid


def schema_errors(data: Any) -> list[ValidationError]:
    """Schema errors of ``data``, from the reference validator; skipped when the fast validator
    finds the document valid."""
    fast = _fast_validator()
    if fast is not None and fast(data):
        return []
    return list(_reference_validator().iter_errors(data))


def _kind_name(value: Any) -> str:
    if value is None:
        return "null"
    return {bool: "a boolean", int: "a number", float: "a number", str: "a string",
            list: "an array"}.get(type(value), "an object")


def _suggest(word: Any, options: typing.Iterable[str]) -> str:
    if not isinstance(word, str):
        return ""
    close = difflib.get_close_matches(word, list(options), n=1, cutoff=0.5)
    return f"; did you mean '{close[0]}'?" if close else ""


def _schema_problems(error: ValidationError) -> Iterator[Problem]:
    path = list(error.absolute_path)
    where = pointer(path)
    kind = error.validator
    value: Any = error.instance
    expected: Any = error.validator_value
    schema = error.schema if isinstance(error.schema, dict) else {}
    if kind == "required":
        missing = [f for f in expected if isinstance(value, dict) and f not in value]
        for field in missing:
            yield Problem(pointer([*path, field]), "schema.required",
                          f"the required field '{field}' is missing"
                          f"{required_hint(field, schema)}")
        return
    if kind == "additionalProperties":
        allowed = schema.get("properties", {})
        extras = [k for k in value if k not in allowed] if isinstance(value, dict) else []
        for key in extras:
            tail = field_hint(key, allowed, value, _suggest(key, allowed))
            yield Problem(pointer([*path, key]), "schema.unknown-field",
                          f"'{key}' is not a field here{tail}", value[key])
        return
    if kind == "enum":
        options = [str(v) for v in expected]
        listing = ", ".join(options) if len(options) <= 30 else ", ".join(options[:30]) + ", ..."
        yield Problem(where, "schema.enum",
                      f"{json.dumps(value)} is not one of the allowed values"
                      f"{_suggest(value, options)} (allowed: {listing})", value)
        return
    if kind == "const":
        yield Problem(where, "schema.const",
                      f"must be {json.dumps(expected)}, not {json.dumps(value)}", value)
        return
    if kind == "type":
        tail = type_hint(value, str(expected))
        expected = {"string": "a string", "boolean": "true or false", "number": "a number",
                    "array": "an array [...]", "object": "an object {...}"}.get(
                        str(expected), str(expected))
        yield Problem(where, "schema.type",
                      f"expected {expected}, found {_kind_name(value)}{tail}", value)
        return
    if kind == "pattern":
        pattern = expected
        if pattern == WHEN_PATTERN:
            message = (f"{json.dumps(value)} is not a date; write YYYY, YYYY-MM, YYYY-MM-DD, "
                       "YYYY-MM-DDTHH:MM with an optional UTC offset (+06:00), or a range A/B"
                       + date_hint(value))
            code = "date"
        elif pattern == ID_PATTERN:
            message = (f"{json.dumps(value)} is not a valid id: start with a letter or digit, "
                       "then letters, digits, '.', '_', ':' or '-' (at most 100 characters)")
            code = "schema.id"
        elif pattern == "^[A-Z]{2}$":
            message = (f"{json.dumps(value)} is not an ISO 3166-1 alpha-2 country code "
                       "(two capital letters, e.g. 'KG')")
            code = "schema.pattern"
        elif pattern == "^[a-z_]+$":
            message = f"{json.dumps(value)} is not a detail name"
            code = "schema.pattern"
        else:  # pragma: no cover - every pattern in the schema is handled above
            message, code = error.message, "schema.pattern"
        yield Problem(where, code, message, value)
        return
    if kind == "minItems":
        yield Problem(where, "schema.min-items", "must list at least one item", value)
        return
    if kind == "minLength":
        yield Problem(where, "schema.empty", "must not be empty", value)
        return
    if kind == "uniqueItems":
        yield Problem(where, "schema.unique", "lists the same value more than once", value)
        return
    if kind == "minimum":
        yield Problem(where, "schema.minimum",
                      f"must be at least {expected}", value)
        return
    yield Problem(where, f"schema.{kind}", error.message, value)  # pragma: no cover


# --- semantic checks ------------------------------------------------------------------------


@functools.cache
def _plan(cls: type) -> tuple[tuple[str, str, Any], ...]:
    """What the semantic walk does with each field of ``cls``: (name, action, argument)."""
    # The fields' types resolved in place, once: cattrs, which structures the case next,
    # resolves them the same way and finds it done (each resolution was a few ms at start).
    attrs.resolve_types(cls)
    steps: list[tuple[str, str, Any]] = []
    for field in attrs.fields(cls):
        tp = field.type
        if typing.get_origin(tp) in (types.UnionType, typing.Union):
            tp = next(a for a in typing.get_args(tp) if a is not type(None))
        many = typing.get_origin(tp) is tuple
        inner = typing.get_args(tp)[0] if many else tp
        if "ref" in field.metadata:
            target = (field.metadata["ref"], field.metadata.get("kinds"))
            steps.append((field.name, "refs" if many else "ref", target))
        elif inner is When:
            steps.append((field.name, "when", None))
        elif inner is Event:
            steps.append((field.name, "events", None))
        elif typing.get_origin(inner) is dict:
            steps.append((field.name, "map", typing.get_args(inner)[1]))
        elif isinstance(inner, type) and attrs.has(inner):
            steps.append((field.name, "many" if many else "one", inner))
    return tuple(steps)


class _Checker:
    def __init__(self, data: dict[str, Any]) -> None:
        self.data = data
        self.problems: list[Problem] = []
        self.ids: dict[str, tuple[str, int]] = {}  # id -> (collection, index)
        self.kinds: dict[str, str] = {}  # event id -> its kind
        # (path, (ref kind, allowed event kinds or None), value)
        self.refs: list[tuple[tuple[str | int, ...], tuple[str, tuple[str, ...] | None], Any]] = []
        self.dates: dict[tuple[str | int, ...], When] = {}  # path -> parsed date

    def add(self, path: str, code: str, message: str, value: Any = None) -> None:
        self.problems.append(Problem(path, code, message, value))

    def run(self) -> list[Problem]:
        self.collect_ids()
        self.walk(self.data, Case, ())
        self.check_refs()
        self.check_details()
        self.check_groups()
        self.check_chronology()
        return self.problems

    def collect_ids(self) -> None:
        for collection in _COLLECTIONS:
            items = self.data.get(collection)
            if not isinstance(items, list):
                continue
            for i, item in enumerate(items):
                ident = item.get("id") if isinstance(item, dict) else None
                if not isinstance(ident, str):
                    continue
                if ident in self.ids:
                    self.add(pointer([collection, i, "id"]), "duplicate-id",
                             f"the id '{ident}' is already used at "
                             f"{pointer([*self.ids[ident], 'id'])}; "
                             "every id in a case file must be unique", ident)
                else:
                    self.ids[ident] = (collection, i)
                    if collection == "events" and isinstance(item.get("kind"), str):
                        self.kinds[ident] = item["kind"]

    def walk(self, obj: Any, cls: type, path: tuple[str | int, ...]) -> None:
        # Paths stay tuples until a problem needs one as text: building a JSON Pointer for
        # every field was half the cost of checking a valid case.
        if not isinstance(obj, dict):
            return
        for name, action, arg in _plan(cls):
            if name not in obj:
                continue
            value, here = obj[name], (*path, name)
            if action == "ref":
                self.refs.append((here, arg, value))
            elif action == "refs" and isinstance(value, list):
                self.refs.append((here, arg, value))  # a list: indexed only if one is wrong
            elif action == "when" and isinstance(value, str):
                self.when(here, value)
            elif action == "one":
                self.walk(value, arg, here)
            elif action == "many" and isinstance(value, list):
                for i, item in enumerate(value):
                    self.walk(item, arg, (*here, i))
            elif action == "map" and isinstance(value, dict):
                for key, item in value.items():
                    self.walk(item, arg, (*here, key))
            elif action == "events" and isinstance(value, list):
                for i, item in enumerate(value):
                    if isinstance(item, dict) and item.get("kind") in EVENT_KINDS:
                        self.walk(item, EVENT_KINDS[item["kind"]], (*here, i))

    def when(self, path: tuple[str | int, ...], text: str) -> None:
        if not _WHEN_RE.fullmatch(text):
            return  # the schema reports it
        try:
            self.dates[path] = when_of(text)
        except WhenError as exc:
            self.add(pointer(path), "date", str(exc), text)

    def check_refs(self) -> None:
        for parts, target, value in self.refs:
            if isinstance(value, list):
                for i, item in enumerate(value):
                    if (message := self.ref_problem(target, item)) is not None:
                        self.add(pointer((*parts, i)), "reference", message, item)
            elif (message := self.ref_problem(target, value)) is not None:
                self.add(pointer(parts), "reference", message, value)

    def ref_problem(self, target: tuple[str, tuple[str, ...] | None], value: Any) -> str | None:
        """What is wrong with a reference, or None (also for a non-string: the schema says)."""
        if not isinstance(value, str):
            return None
        kind, event_kinds = target
        targets = _REF_TARGETS[kind]
        found = self.ids.get(value)
        if found is None or found[0] not in targets:
            candidates = [i for i, (c, _) in self.ids.items() if c in targets
                          and (event_kinds is None or self.kinds.get(i) in event_kinds)]
            where = " or ".join(f"'{t}'" for t in targets)
            tail = _suggest(value, candidates) or id_hint(candidates, _NAMES[kind])
            return f"'{value}' is not the id of {_NAMES[kind]} in {where}{tail}"
        if event_kinds and self.kinds.get(value) not in event_kinds:
            return (f"'{value}' is {_article(self.kinds.get(value))} event; this must name a "
                    f"{' or '.join(event_kinds)} event")
        return None

    def check_details(self) -> None:
        events = self.data.get("events")
        if not isinstance(events, list):
            return
        base = {f.name for f in attrs.fields(Event)}
        for i, event in enumerate(events):
            if not isinstance(event, dict) or event.get("kind") not in EVENT_KINDS:
                continue
            details = event.get("detail_provenance")
            if not isinstance(details, dict):
                continue
            allowed = [f.name for f in attrs.fields(EVENT_KINDS[event["kind"]])
                       if f.name not in base]
            for key in details:
                if key not in allowed:
                    listing = ", ".join(allowed) or "none"
                    self.add(pointer(["events", i, "detail_provenance", key]), "detail",
                             f"'{key}' is not a detail of a {event['kind']} event"
                             f"{_suggest(key, allowed)} (its details: {listing})", key)

    def check_groups(self) -> None:
        events = self.data.get("events")
        if not isinstance(events, list):
            return
        for i, event in enumerate(events):
            group = event.get("some_of") if isinstance(event, dict) else None
            if not isinstance(group, dict):
                continue
            count, among = group.get("count"), group.get("among")
            if not isinstance(count, int) or not isinstance(among, list):
                continue  # the schema has said what is wrong with them
            if count >= len(among):
                self.add(pointer(["events", i, "some_of", "count"]), "group",
                         f"says {count} of {len(among)} people: when it concerned all of them, "
                         "list them in 'subjects' and leave out 'some_of'; 'some_of' is for "
                         "'four of these five', when the record does not say which", count)
            subjects = event.get("subjects")
            known = set(subjects) & set(among) if isinstance(subjects, list) and all(
                isinstance(x, str) for x in (*subjects, *among)) else set()
            for person in sorted(known):
                self.add(pointer(["events", i, "some_of", "among"]), "group",
                         f"'{person}' is also in 'subjects': list a person known to be "
                         "concerned in 'subjects' only, and in 'among' only those who may have "
                         "been", person)

    def check_chronology(self) -> None:
        events = self.data.get("events")
        if not isinstance(events, list):
            return
        dated: dict[str, tuple[int, When, dict[str, Any]]] = {}
        for i, event in enumerate(events):
            when = self.dates.get(("events", i, "date"))
            if when is not None and isinstance(event, dict) and isinstance(event.get("id"), str):
                dated[event["id"]] = (i, when, event)

        def later_than(i: int, when: When, other: str, what: str) -> None:
            if other in dated and when.before(dated[other][1]) is Tri.YES:
                self.add(pointer(["events", i, "date"]), "chronology",
                         f"{what} ({when}) is dated before '{other}' ({dated[other][1]})",
                         str(when))

        arrests: dict[str, tuple[When, str]] = {}
        # Per person, what an appeal against the verdict is checked against, kept as it goes
        # so that appeals cost no scan of every verdict: the earliest start of any of their
        # verdicts, the first verdict in date order (ties: in file order), and up to two ids.
        starts: dict[str, datetime] = {}
        firsts: dict[str, tuple[When, str]] = {}
        ids: dict[str, list[str]] = {}
        for eid, (_, when, event) in dated.items():
            kind = event.get("kind")
            subjects = [s for s in event.get("subjects", []) if isinstance(s, str)]
            if kind == Arrest.kind:
                for s in subjects:
                    if s not in arrests or when.sort_key() < arrests[s][0].sort_key():
                        arrests[s] = (when, eid)
            elif kind == Verdict.kind:
                for s in dict.fromkeys(subjects):
                    if s not in starts or when.earliest < starts[s]:
                        starts[s] = when.earliest
                    if s not in firsts or when.sort_key() < firsts[s][0].sort_key():
                        firsts[s] = (when, eid)
                    if len(seen := ids.setdefault(s, [])) < 2:
                        seen.append(eid)
        for i, when, event in dated.values():
            kind = event.get("kind")
            refs = {"retraction": "retracts", "investigation": "into"}.get(str(kind))
            if refs and isinstance(event.get(refs), list):
                for other in event[refs]:
                    if isinstance(other, str):
                        later_than(i, when, other, f"this {kind}")
            if kind == "seizure" and isinstance(event.get("search"), str):
                later_than(i, when, event["search"], "this seizure")
            # A verdict may come before any arrest (a trial in absentia): no rule for it.
            if kind in (FirstAppearance.kind, Release.kind):
                for s in event.get("subjects", []):
                    if isinstance(s, str) and s in arrests:
                        later_than(i, when, arrests[s][1], f"this {kind} of '{s}'")
            if kind == "appeal" and event.get("against") == "verdict":
                # An appeal needs a verdict before it; a later one (a retrial) is no error.
                appellants = [s for s in dict.fromkeys(event.get("subjects", []))
                              if isinstance(s, str) and s in starts]
                # Certainly before every verdict of theirs: ends before the earliest start.
                if appellants and when.latest <= min(starts[s] for s in appellants):
                    v_when, v_id = min((firsts[s] for s in appellants),
                                       key=lambda v: (v[0].sort_key(), dated[v[1]][0]))
                    several = len({v for s in appellants for v in ids[s]}) > 1
                    self.add(pointer(["events", i, "date"]), "chronology",
                             f"this appeal against the verdict ({when}) is dated before "
                             f"the verdict '{v_id}' ({v_when})"
                             + (", the first of its appellants'" if several else ""),
                             str(when))
            written = self.dates.get(("events", i, "written_judgment_date"))
            if written is not None and written.before(when) is Tri.YES:
                self.add(pointer(["events", i, "written_judgment_date"]), "chronology",
                         f"the written judgment ({written}) is dated before the verdict ({when})",
                         str(written))
        as_of = self.dates.get(("as_of",))
        if as_of is not None:
            for eid, (i, when, _) in dated.items():
                if as_of.before(when) is Tri.YES:
                    self.add(pointer(["events", i, "date"]), "chronology",
                             f"'{eid}' ({when}) is dated after the record's as_of date ({as_of})",
                             str(when))


def _article(word: str | None) -> str:
    word = word or "unknown"
    return f"an {word}" if word[0] in "aeiou" else f"a {word}"


def _order(problem: Problem) -> tuple[Any, ...]:
    parts = problem.path.split("/")
    return tuple((0, int(p), "") if p.isascii() and p.isdigit() else (1, 0, p)
                 for p in parts), problem.code


def validate(data: Any) -> list[Problem]:
    """Every problem with parsed case-file data, ordered by path; empty if it is valid."""
    if not isinstance(data, dict):
        return [Problem("", "top-level", "a case file is one JSON object {...}")]
    problems = [p for e in schema_errors(data) for p in _schema_problems(e)]
    problems.extend(_Checker(data).run())
    problems = with_placeholders(data, problems)
    unique = {(p.path, p.code, p.message): p for p in problems}
    return sorted(unique.values(), key=_order)


def upgrade(data: dict[str, Any]) -> dict[str, Any]:
    """Case-file data in the current format (2.0), losing nothing.

    Format 2 only added to format 1: every field of a format 1 file means the same in format 2,
    so upgrading a file rewrites its version and keeps every other key, value and their order.
    Data already in format 2, or of an unknown version (validation names it), is returned
    unchanged.
    """
    if not isinstance(data, dict) or data.get("format_version") != "1.0":
        return data
    return {k: (FORMAT_VERSION if k == "format_version" else v) for k, v in data.items()}


def from_data(data: Any) -> Case:
    """Validate parsed case-file data and build the ``Case``; raises ``InvalidCase``."""
    with collector_paused():
        problems = validate(data)
        if problems:
            raise InvalidCase(problems)
        case: Case = converter().structure(data, Case)
    return case


def loads(text: str | bytes, *, max_bytes: int = MAX_BYTES) -> Case:
    """Load a case from JSON text or bytes; raises ``InvalidCase`` listing every problem."""
    return from_data(parse(text, max_bytes=max_bytes))


def load(path: str | os.PathLike[str], *, max_bytes: int = MAX_BYTES) -> Case:
    """Load a case file from a path; raises ``InvalidCase``, or ``OSError`` if unreadable.

    A path ending in .yaml or .yml is read as YAML (the optional ``yaml`` extra)."""
    with open(path, "rb") as fh:
        data = fh.read(max_bytes + 1)
    if os.fspath(path).lower().endswith((".yaml", ".yml")):
        from fairtrial.record import _yaml

        return _yaml.loads(data, max_bytes=max_bytes)
    return loads(data, max_bytes=max_bytes)


def dump(case: Case) -> dict[str, Any]:
    """The case as JSON-ready data; ``from_data(dump(case)) == case``."""
    data: dict[str, Any] = converter().unstructure(case)
    return data


def dumps(case: Case) -> str:
    """The case as JSON text, indented, with a final newline."""
    return json.dumps(dump(case), indent=2, ensure_ascii=False) + "\n"


