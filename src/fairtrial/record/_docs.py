"""Reference documentation generated from the code, so the docs cannot drift from it.

``python tools/regen_docs.py`` rewrites the generated parts of ``docs/``; tests fail until the
committed files match.
"""

from __future__ import annotations

import enum
import types
import typing
from typing import Any

import attrs

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
from fairtrial.record._when import When

BEGIN = "<!-- BEGIN GENERATED: {name} (tools/regen_docs.py) -->"
END = "<!-- END GENERATED: {name} -->"


def _type_text(tp: Any, meta: typing.Mapping[str, Any]) -> str:
    if typing.get_origin(tp) in (types.UnionType, typing.Union):
        tp = next(a for a in typing.get_args(tp) if a is not type(None))
    if typing.get_origin(tp) is tuple:
        return f"list of {_type_text(typing.get_args(tp)[0], meta)}"
    if typing.get_origin(tp) is dict:
        return "object: detail name → provenance"
    if "ref" in meta:
        return f"id of {meta['ref']}"
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        return " \\| ".join(f"`{m.value}`" for m in tp)
    if tp is When:
        return "date"
    if attrs.has(tp):
        return tp.__name__.lower()
    return {str: "text", bool: "true/false", float: "number"}.get(tp, str(tp))


def _table(cls: type, skip: frozenset[str] = frozenset()) -> list[str]:
    hints = typing.get_type_hints(cls)
    rows = ["| field | required | type | meaning |", "|---|---|---|---|"]
    for f in attrs.fields(cls):
        if f.name in skip:
            continue
        required = "yes" if f.default is attrs.NOTHING else ""
        text = _type_text(hints[f.name], f.metadata)
        rows.append(f"| `{f.name}` | {required} | {text} | {f.metadata.get('doc', '')} |")
    return rows


def case_format_reference() -> str:
    lines: list[str] = []
    for title, cls in (("Case (the top level)", Case), ("Source", Source),
                       ("Provenance", Provenance), ("Person", Person),
                       ("Organisation", Organisation), ("Charge", Charge),
                       ("Verdict result", VerdictResult), ("Context fact", ContextFact)):
        lines += [f"### {title}", "", (cls.__doc__ or "").strip().splitlines()[0], "",
                  *_table(cls), ""]
    lines += ["### Fields of every event", "", *_table(Event), ""]
    base = frozenset(f.name for f in attrs.fields(Event))
    for kind in sorted(EVENT_KINDS):
        event_cls = EVENT_KINDS[kind]
        lines += [f"### Event `{kind}`", "", (event_cls.__doc__ or "").strip().splitlines()[0],
                  ""]
        if len(attrs.fields(event_cls)) > len(base):
            lines += _table(event_cls, skip=base)
        else:
            lines.append("No details beyond the common fields.")
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def splice(document: str, name: str, generated: str) -> str:
    """Replace the generated block ``name`` inside ``document``."""
    begin, end = BEGIN.format(name=name), END.format(name=name)
    head, sep, rest = document.partition(begin)
    if not sep:
        raise ValueError(f"marker {begin!r} not found")
    _, sep, tail = rest.partition(end)
    if not sep:
        raise ValueError(f"marker {end!r} not found")
    return f"{head}{begin}\n\n{generated}\n{end}{tail}"


def checklist_reference() -> str:
    """Every built-in criterion, by area, with its citations and their confirmation."""
    from fairtrial.checklist import BUILTIN, Area

    lines: list[str] = []
    for area in Area:
        mine = [c for c in BUILTIN.criteria if c.area is area]
        if not mine:
            continue
        lines += [f"## {area.doc}", ""]
        for c in mine:
            scope = "each defendant" if c.per_person else "the case as a whole"
            lines += [f"### `{c.id}`: {c.title}", "", f"**Question.** {c.question}", "",
                      f"- Severity: {c.severity.value}; decided for {scope}"
                      + ("; a breach bears on the conviction" if c.affects_outcome else "")]
            if c.depends_on:
                lines.append(f"- Builds on: {', '.join(f'`{d}`' for d in c.depends_on)}")
            lines.append(f"- Reads: {', '.join(f'`{r}`' for r in c.reads)}")
            lines.append("- Citations:")
            for x in c.citations:
                mark = "confirmed" if x.confirmed else "**pinpoint unconfirmed**"
                pin = f", {x.pinpoint}" if x.pinpoint else ""
                lines.append(f"  - {x.source}{pin} ({x.kind.replace('_', ' ')}; {mark})")
            lines.append("")
    return "\n".join(lines).rstrip() + "\n"
