"""What to write instead: the second half of the messages a recorder meets most.

Each function returns text appended to a problem's message (starting with "; "), or "" when it
has nothing useful to add. They are kept here, apart from the checks that find the problems, so
that the checks stay about finding and this module about explaining.
"""

from __future__ import annotations

import difflib
import functools
import json
import re
from collections.abc import Iterable, Mapping
from typing import Any, Final

from fairtrial.record._problems import Problem

__all__ = ["date_hint", "field_hint", "id_hint", "required_hint", "type_hint", "yaml_hint"]

_DMY: Final = re.compile(r"([0-9]{1,2})[./-]([0-9]{1,2})[./-]([0-9]{4})")
_YMD_LOOSE: Final = re.compile(r"([0-9]{4})[./]([0-9]{1,2})[./]([0-9]{1,2})")
_ISO_SPACE: Final = re.compile(r"([0-9]{4}-[0-9]{2}-[0-9]{2})[ ]([0-9]{2}:[0-9]{2}.*)")
_MONTHS: Final = {m: i for i, m in enumerate(
    ("january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december"), 1)}
_WORDS: Final = re.compile(r"([0-9]{1,2})\s+([A-Za-z]+)\s+([0-9]{4})|([A-Za-z]+)\s+([0-9]{1,2}),?"
                           r"\s+([0-9]{4})|([A-Za-z]+)\s+([0-9]{4})")


def _month(word: str) -> int | None:
    word = word.lower()
    for name, number in _MONTHS.items():
        if len(word) >= 3 and name.startswith(word):
            return number
    return None


def date_hint(value: Any) -> str:
    """For a date in the wrong form: the same date written right, when it can be read."""
    if isinstance(value, int) and not isinstance(value, bool) and 1000 <= value <= 9999:
        return f'; a year alone is text too: write "{value}"'
    if not isinstance(value, str):
        return '; write it as text, e.g. "2025-05-28"'
    text = value.strip()
    guess = None
    if m := _DMY.fullmatch(text):
        day, month, year = int(m[1]), int(m[2]), m[3]
        if day <= 12 and month <= 12 and day != month:
            return (f"; if this is day-month-year write {year}-{month:02d}-{day:02d}, if it is "
                    f"month-day-year write {year}-{day:02d}-{month:02d}")
        if month <= 12:
            guess = f"{year}-{month:02d}-{day:02d}"
    elif m := _YMD_LOOSE.fullmatch(text):
        guess = f"{m[1]}-{int(m[2]):02d}-{int(m[3]):02d}"
    elif m := _ISO_SPACE.fullmatch(text):
        guess = f"{m[1]}T{m[2]}"
    elif m := _WORDS.fullmatch(text):
        if m[1]:
            named = _month(m[2])
            guess = f"{m[3]}-{named:02d}-{int(m[1]):02d}" if named else None
        elif m[4]:
            named = _month(m[4])
            guess = f"{m[6]}-{named:02d}-{int(m[5]):02d}" if named else None
        else:
            named = _month(m[7])
            guess = f"{m[8]}-{named:02d}" if named else None
    if guess:
        return f"; here that is probably {guess}"
    return ("; for example 2025-05-28 (a day), 2025-05 (a month), 2025-05-28T14:30+06:00 (a "
            "time) or 2025-05-28/2025-06-03 (somewhere in a range)")


def id_hint(candidates: Iterable[str], noun: str) -> str:
    """For a reference to an id that does not exist: the ids that could be meant."""
    ids = sorted(candidates)
    if not ids:
        return f"; no {noun} is recorded yet: add one with this id, or fix the reference"
    shown = ", ".join(ids[:12]) + (", ..." if len(ids) > 12 else "")
    return f"; write one of the ids recorded ({shown}), or add {noun} with this id"


@functools.cache
def _event_fields() -> dict[str, frozenset[str]]:
    import attrs

    from fairtrial.record._model import EVENT_KINDS, Event

    base = {f.name for f in attrs.fields(Event)}
    return {kind: frozenset(f.name for f in attrs.fields(cls) if f.name not in base)
            for kind, cls in EVENT_KINDS.items()}


def field_hint(key: str, allowed: Iterable[str], here: Any, suggestion: str) -> str:
    """For an unknown field: which event kinds carry it, a close name, or the fields here."""
    allowed = list(allowed)
    kind = here.get("kind") if isinstance(here, Mapping) else None
    if isinstance(kind, str) and kind in _event_fields():
        owners = sorted(k for k, fields in _event_fields().items() if key in fields)
        if owners and kind == "appeal" and "verdict" in owners:
            # A verdict for the appeal court would read as a second conviction and sentence.
            return ("; it is a detail of verdict events, not of appeal events. Do not add a "
                    "verdict for the appeal court (it would count the conviction and sentence "
                    "twice): say it in the appeal's summary, or leave it out")
        if owners:
            listing = ", ".join(owners[:6]) + (", ..." if len(owners) > 6 else "")
            return (f"; it is a detail of {listing} events, not of {kind} events: record it "
                    f"on an event of its own (kind: {owners[0]}) or leave it out")
    if isinstance(kind, str) and kind in _event_fields():
        everywhere = {f: k for k, fields in sorted(_event_fields().items()) for f in fields}
        close = difflib.get_close_matches(key, list(everywhere), n=1, cutoff=0.8)
        # A near-exact name on another kind beats a loose one here ('informed_of_rigts' on a
        # search means the arrest's 'informed_of_rights', not the search's 'some_of').
        here_best = max((difflib.SequenceMatcher(None, key, f).ratio() for f in allowed),
                        default=0.0)
        if close and close[0] not in allowed and (
                not suggestion or difflib.SequenceMatcher(None, key, close[0]).ratio()
                > here_best):
            return (f"; did you mean '{close[0]}'? It is a detail of {everywhere[close[0]]} "
                    f"events, not of {kind} events")
    if suggestion:
        return suggestion
    fields = sorted(allowed)
    if not fields:
        return ""
    shown = ", ".join(fields[:24]) + (", ..." if len(fields) > 24 else "")
    return f"; the fields here are {shown}"


def required_hint(field: str, schema: Mapping[str, Any]) -> str:
    """For a missing field: an example of it, from the schema, written as JSON (which YAML
    reads too)."""
    prop = schema.get("properties", {}).get(field, {})
    examples = prop.get("examples") if isinstance(prop, Mapping) else None
    if not examples:
        return ""
    return f"; for example {json.dumps(field)}: {json.dumps(examples[0], ensure_ascii=False)}"


def type_hint(value: Any, expected: str) -> str:
    """For a single value where a list is wanted: the same value as a list of one."""
    if expected == "array" and isinstance(value, str | int | float) and \
            not isinstance(value, bool):
        return f"; write a list, even of one: [{json.dumps(value, ensure_ascii=False)}]"
    return ""


def yaml_hint(problem: Problem, data: Any) -> str:
    """For a YAML file, what YAML itself made of a value the schema expected as text."""
    value = problem.value
    if problem.code == "schema.enum" and isinstance(value, int | float) and \
            not isinstance(value, bool):
        return f'; YAML read this as a number: put it in quotes, "{value}"'
    if problem.code != "schema.type":
        return ""
    if value is None and problem.message.endswith("found null"):
        return ("; a field with nothing after the colon is empty (null) in YAML: write its "
                "value, or delete the line to leave it unknown")
    if problem.message.startswith("expected a string") and isinstance(value, int | float):
        text = json.dumps(str(value).lower() if isinstance(value, bool) else str(value))
        return f"; YAML read this as {'true/false' if isinstance(value, bool) else 'a number'}: " \
               f"put it in quotes, {text}"
    if problem.message.startswith("expected true or false") and isinstance(value, str) and \
            value.lower() in ("yes", "no", "on", "off", "y", "n"):
        return "; write true or false (YAML 1.2 reads yes and no as text)"
    return ""
