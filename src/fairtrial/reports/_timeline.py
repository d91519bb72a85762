"""The recorder's timeline: every event in date order, one line each, and what to look at.

``describe`` is the one description of an event, used here and by the HTML report's timeline.
The warnings are for the person recording the case, not findings: an event nobody is linked to,
a person no event mentions, dates too coarse to decide the 48-hour question, a source nothing
rests on, a fact resting only on sources no reader could find.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import timedelta
from typing import Any, Final

import attrs

from fairtrial.record._model import Arrest, Case, Event, FirstAppearance, Provenance, Release
from fairtrial.record._when import Span, Tri

__all__ = ["Notice", "Row", "describe", "rows", "text", "warnings"]

#: Message templates for the warnings; ``code`` is stable for programs.
MESSAGES: Final = {
    "unlinked": "{where}: {label} names nobody (no subjects, no actors); add the people it "
                "happened to in 'subjects' and who acted in 'actors'",
    "no-events": "{name}: no event mentions this person; link them to what they took part in, "
                 "or leave them out if the case does not need them",
    "48-hours": "{name}: the arrest ({arrest}) and the {next_kind} ({next_date}) are "
                "{span} apart, so whether 48 hours passed cannot be decided; record the days, "
                "and the times if the sources give them",
    "unused-source": "{source}: no fact rests on this source; cite it in a provenance's "
                     "'sources', or remove it",
    "unfindable": "{where}: {label} rests only on sources with no title, date or URL ({ids}); "
                  "add what would let a reader find them",
}
_UNDATED: Final = "date unknown"


@attrs.frozen
class Notice:
    """A warning for the recorder: a stable code and a message."""

    code: str
    message: str


@attrs.frozen
class Row:
    """One event as the timeline shows it."""

    event_id: str
    date: str
    kind: str
    description: str
    people: tuple[str, ...]
    standing: str
    sources: tuple[str, ...]

    def as_dict(self) -> dict[str, Any]:
        return {"id": self.event_id, "date": self.date, "kind": self.kind,
                "description": self.description, "people": list(self.people),
                "standing": self.standing, "sources": list(self.sources)}


def kind_words(kind: str) -> str:
    return kind.replace("_", " ")


def describe(event: Event, kind_name: Callable[[str], str] = kind_words) -> str:
    """The event in a few words: its kind, and its title, summary or description.
    ``kind_name`` names the kind (in the report's language)."""
    words = kind_name(event.kind)
    head = words[:1].upper() + words[1:]
    what = event.title or event.summary or getattr(event, "description", None)
    return f"{head}: {what}" if what else head


def _ordered(case: Case) -> list[Event]:
    # By the day each event can begin, then in record order: within a day, precision says
    # little (a whole day is not "before" 5 a.m.) and recorders list events in the order they
    # happened. Undated events last, in record order: the record is the only order they have.
    order = {id(e): i for i, e in enumerate(case.events)}
    dated = sorted((e for e in case.events if e.date is not None),
                   key=lambda e: (e.date.earliest.date(), order[id(e)]))  # type: ignore[union-attr]
    return [*dated, *(e for e in case.events if e.date is None)]


def _standing(p: Provenance) -> str:
    by = ", ".join(x.value for x in p.asserted_by)
    against = ", ".join(x.value for x in p.disputed_by)
    return f"{p.standing.value} ({by}" + (f"; disputed by {against})" if against else ")")


def rows(case: Case) -> list[Row]:
    """The events in date order, undated ones last."""
    out = []
    for e in _ordered(case):
        people = tuple(case.name_of(i) for i in dict.fromkeys((*e.subjects, *e.actors)))
        out.append(Row(e.id, str(e.date) if e.date else _UNDATED, e.kind, describe(e), people,
                       _standing(e.provenance), e.provenance.sources))
    return out


def _references(value: Any, kinds: tuple[str, ...]) -> Iterator[str]:
    """Every id under ``value`` held in a field whose metadata refers to one of ``kinds``."""
    if attrs.has(type(value)):
        for field in attrs.fields(type(value)):
            inner = getattr(value, field.name)
            if field.metadata.get("ref") in kinds:
                if isinstance(inner, str):
                    yield inner
                elif isinstance(inner, tuple):
                    yield from (i for i in inner if isinstance(i, str))
            else:
                yield from _references(inner, kinds)
    elif isinstance(value, tuple):
        for item in value:
            yield from _references(item, kinds)
    elif isinstance(value, dict):
        for item in value.values():
            yield from _references(item, kinds)


def _label(e: Event) -> str:
    return f"the {kind_words(e.kind)} '{e.id}'"


def _where(e: Event) -> str:
    return f"{e.date}" if e.date else _UNDATED


def warnings(case: Case) -> list[Notice]:
    """What a recorder should look at before relying on the record, in a stable order."""
    found: list[Notice] = []

    def warn(code: str, **words: str) -> None:
        found.append(Notice(code, MESSAGES[code].format(**words)))

    for e in _ordered(case):
        if not e.subjects and not e.actors:
            warn("unlinked", where=_where(e), label=_label(e))
    mentioned = set(_references(case.events, ("person", "actor")))
    for person in case.people:
        if person.id not in mentioned:
            warn("no-events", name=f"{person.name} ({person.id})")
    for person in case.defendants():
        _forty_eight(case, person.id, warn)
    used = set(_references((case.events, case.charges, case.context), ("source",)))
    for source in case.sources:
        if source.id not in used:
            warn("unused-source", source=source.id)
    blind = {s.id for s in case.sources if not (s.title or s.date or s.url)}
    if blind:
        for e in _ordered(case):
            if set(e.provenance.sources) <= blind:
                warn("unfindable", where=_where(e), label=_label(e),
                     ids=", ".join(e.provenance.sources))
    return found


def _forty_eight(case: Case, person: str, warn: Any) -> None:
    arrests = [a for a in case.events_of(Arrest, person) if a.date is not None]
    if not arrests:
        return
    arrest = min(arrests, key=lambda a: a.date.sort_key())  # type: ignore[union-attr]
    assert arrest.date is not None
    for kind in (FirstAppearance, Release):
        later = [e for e in case.events_of(kind, person)
                 if e.date is not None and e.date.before(arrest.date) is not Tri.YES]
        if not later:
            continue
        first = min(later, key=lambda e: e.date.sort_key())  # type: ignore[union-attr]
        assert first.date is not None
        span = Span.between(arrest.date, first.date)
        if span.exceeds(timedelta(hours=48)) is Tri.UNKNOWN:
            warn("48-hours", name=case.name_of(person), arrest=str(arrest.date),
                 next_kind=kind_words(first.kind), next_date=str(first.date),
                 span=span.describe())


def text(case: Case) -> str:
    """The timeline for people: a line per event, then the warnings."""
    table = rows(case)
    width = max((len(r.date) for r in table), default=0)
    lines = [f"{case.title}: {len(table)} event{'s' if len(table) != 1 else ''}"]
    for r in table:
        people = ", ".join(r.people) or "nobody linked"
        lines.append(f"{r.date:<{width}}  {r.description} | {people} | {r.standing} | "
                     f"{', '.join(r.sources)}")
    found = warnings(case)
    if found:
        lines.append("")
        lines.append(f"{len(found)} warning{'s' if len(found) != 1 else ''}:")
        lines.extend(f"  {w.message}" for w in found)
    return "\n".join(lines) + "\n"
