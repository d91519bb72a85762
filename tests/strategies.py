"""Hypothesis strategies that build valid cases.

Cross-field invariants are built in rather than filtered out: event dates are drawn in
ascending order (then coarsened to a random precision, which can never reverse an order), arrests
come first, every reference to an event points to an earlier one, and an appeal against a
verdict drawn before any verdict of its appellants loses its date, so the chronology checks
always hold.
"""

from __future__ import annotations

import enum
import types
import typing
from datetime import datetime, timedelta
from typing import Any

import attrs
from hypothesis import strategies as st

from fairtrial.model import (
    Case,
    Charge,
    Organisation,
    Person,
    Provenance,
    Role,
    Source,
    VerdictResult,
)
from fairtrial.record._model import EVENT_KINDS, Appeal, Arrest, ContextFact, Event, SomeOf, Verdict
from fairtrial.record._vocab import AppealAgainst
from fairtrial.record._when import Tri, When

# Free text that is not a template placeholder ('TODO ...'), which validation rejects on purpose.
TEXT = st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=30).filter(
    lambda s: not s.startswith("TODO"))
IDS = st.from_regex(r"[a-z][a-z0-9_-]{0,11}", fullmatch=True)
BASE = {f.name for f in attrs.fields(Event)}


def render(instant: datetime, precision: str) -> str:
    if precision == "year":
        return f"{instant.year:04d}"
    if precision == "month":
        return f"{instant.year:04d}-{instant.month:02d}"
    if precision == "day":
        return instant.strftime("%Y-%m-%d")
    if precision == "minute":
        return instant.strftime("%Y-%m-%dT%H:%M")
    return instant.strftime("%Y-%m-%dT%H:%M:%S") + "+06:00"


@st.composite
def whens(draw: st.DrawFn, after: datetime | None = None) -> When:
    start = after or datetime(1990, 1, 1)
    instant = start + timedelta(minutes=draw(st.integers(0, 60 * 24 * 400)))
    precision = draw(st.sampled_from(["year", "month", "day", "minute", "second"]))
    return When(render(instant, precision))


st.register_type_strategy(When, whens())


@st.composite
def provenances(draw: st.DrawFn, sources: list[str]) -> Provenance:
    return draw(st.builds(
        Provenance,
        asserted_by=st.lists(st.sampled_from(list(_enum("Party"))), min_size=1, max_size=3,
                             unique=True).map(tuple),
        standing=st.sampled_from(list(_enum("Standing"))),
        sources=st.lists(st.sampled_from(sources), min_size=1, max_size=2, unique=True).map(tuple),
        counter_claim=st.none() | TEXT,
        notes=st.none() | TEXT,
    ))


def _enum(name: str) -> type[enum.Enum]:
    from fairtrial.record import _vocab

    return getattr(_vocab, name)  # type: ignore[no-any-return]


def _value(tp: Any, meta: typing.Mapping[str, Any], pools: dict[str, list[str]]) -> Any:
    """A strategy for one optional detail of an event, from its type and metadata."""
    optional = False
    if typing.get_origin(tp) in (types.UnionType, typing.Union):
        tp = next(a for a in typing.get_args(tp) if a is not type(None))
        optional = True
    many = typing.get_origin(tp) is tuple
    inner = typing.get_args(tp)[0] if many else tp
    if "ref" in meta:
        pool = pools[meta["ref"]]
        if meta.get("kinds"):
            pool = [e for e in pool if pools["kind:" + e][0] in meta["kinds"]]
        base: Any = st.sampled_from(pool) if pool else st.nothing()
    elif isinstance(inner, type) and issubclass(inner, enum.Enum):
        base = st.sampled_from(list(inner))
    elif inner is bool:
        base = st.booleans()
    elif inner is float:
        base = st.floats(0, 1000, allow_nan=False)
    elif inner is int:
        base = st.integers(0, 100_000)
    elif inner is When:
        base = whens(after=datetime(2030, 1, 1))
    elif meta.get("pattern") == "^[A-Z]{2}$":
        base = st.sampled_from(["KG", "KZ", "RU", "UA"])
    elif inner is VerdictResult:
        base = st.builds(VerdictResult, person=st.sampled_from(pools["person"]),
                         outcome=st.sampled_from(list(_enum("VerdictOutcome"))),
                         sentence=st.none() | TEXT, custodial=st.none() | st.booleans(),
                         acquitted_of=(st.lists(st.sampled_from(pools["charge"]), max_size=2,
                                                unique=True).map(tuple)
                                       if pools["charge"] else st.just(())),
                         for_lack_of_evidence=st.none() | st.booleans())
    else:
        base = TEXT
    if many:
        unique = inner is not VerdictResult
        out = st.lists(base, max_size=3, unique=unique).map(tuple)
        return out if "ref" not in meta or pool else st.just(())
    if optional:
        return st.none() | base
    return base


@st.composite
def cases(draw: st.DrawFn, max_events: int = 8) -> Case:
    """A valid case of random shape."""
    source_ids = draw(st.lists(IDS.map(lambda s: "s-" + s), min_size=1, max_size=3, unique=True))
    person_ids = draw(st.lists(IDS.map(lambda s: "p-" + s), min_size=1, max_size=4, unique=True))
    org_ids = draw(st.lists(IDS.map(lambda s: "o-" + s), max_size=2, unique=True))
    sources = [
        draw(st.builds(Source, id=st.just(sid), kind=st.sampled_from(list(_enum("SourceKind"))),
                       publisher=TEXT, title=st.none() | TEXT, date=st.none() | whens(),
                       url=st.none() | st.just("https://example.org/x"),
                       confidential=st.booleans()))
        for sid in source_ids
    ]
    people = [
        draw(st.builds(Person, id=st.just(pid), name=TEXT,
                       roles=st.lists(st.sampled_from(list(Role)), min_size=1, max_size=2,
                                      unique=True).map(tuple),
                       minor=st.none() | st.booleans(),
                       vulnerable=st.none() | st.booleans(),
                       other_names=st.lists(TEXT, max_size=2, unique=True).map(tuple),
                       organisation=st.none() | (st.sampled_from(org_ids) if org_ids
                                                 else st.nothing())))
        for pid in person_ids
    ]
    orgs = [draw(st.builds(Organisation, id=st.just(oid), name=TEXT,
                           kind=st.sampled_from(list(_enum("OrgKind")))))
            for oid in org_ids]
    charge_ids = draw(st.lists(IDS.map(lambda s: "c-" + s), max_size=2, unique=True))
    charges = [
        draw(st.builds(Charge, id=st.just(cid), defendant=st.sampled_from(person_ids), code=TEXT,
                       article=st.none() | TEXT, description=TEXT,
                       conduct=st.lists(st.sampled_from(list(_enum("ConductKind"))), max_size=2,
                                        unique=True).map(tuple),
                       delay_explanation=st.none() | st.sampled_from(
                           list(_enum("DelayExplanation"))),
                       delay_reason=st.none() | TEXT,
                       provenance=provenances(source_ids)))
        for cid in charge_ids
    ]
    used = set(source_ids) | set(person_ids) | set(org_ids) | set(charge_ids)
    kinds = sorted(set(EVENT_KINDS) - {"arrest"})  # arrests come first, so order holds
    n_arrests = draw(st.integers(0, 2))
    n_others = draw(st.integers(0, max_events))
    moment = datetime(2000, 1, 1)
    events: list[Event] = []
    for index in range(n_arrests + n_others):
        kind = "arrest" if index < n_arrests else draw(st.sampled_from(kinds))
        cls = EVENT_KINDS[kind]
        eid = f"e{index}"
        while eid in used:
            eid += "x"
        used.add(eid)
        moment += timedelta(minutes=draw(st.integers(0, 60 * 24 * 30)))
        pools = {"source": source_ids, "person": person_ids, "organisation": org_ids,
                 "actor": person_ids + org_ids, "charge": charge_ids,
                 "event": [e.id for e in events],
                 **{"kind:" + e.id: [e.kind] for e in events}}
        hints = typing.get_type_hints(cls)
        details = {
            f.name: draw(_value(hints[f.name], f.metadata, pools))
            for f in attrs.fields(cls) if f.name not in BASE
        }
        if cls is not Arrest and "results" in details:
            details["results"] = tuple({r.person: r for r in details["results"]}.values())
        detail_names = [k for k in details]
        detail_prov = {
            name: draw(provenances(source_ids))
            for name in draw(st.lists(st.sampled_from(detail_names), max_size=2, unique=True))
        } if detail_names else {}
        when = None if draw(st.booleans()) and kind != "arrest" else When(
            render(moment, draw(st.sampled_from(["year", "month", "day", "minute", "second"]))))
        subjects = tuple(draw(st.lists(st.sampled_from(person_ids), max_size=2, unique=True)))
        others = [p for p in person_ids if p not in subjects]
        some_of = None
        if len(others) >= 2 and draw(st.integers(0, 9)) == 0:  # now and then, "some of" them
            among = draw(st.lists(st.sampled_from(others), min_size=2, unique=True))
            some_of = SomeOf(count=draw(st.integers(1, len(among) - 1)), among=tuple(among))
        events.append(cls(
            id=eid, date=when, subjects=subjects, some_of=some_of,
            actors=tuple(draw(st.lists(st.sampled_from(person_ids + org_ids), max_size=2,
                                       unique=True))),
            summary=draw(st.none() | TEXT),
            provenance=draw(provenances(source_ids)),
            detail_provenance=detail_prov,
            **{k: v for k, v in details.items() if v is not None},
        ))
    verdicts = [(e.date, set(e.subjects)) for e in events if isinstance(e, Verdict) and e.date]
    for i, e in enumerate(events):
        if isinstance(e, Appeal) and e.against is AppealAgainst.VERDICT and e.date is not None:
            theirs = [w for w, subjects in verdicts if subjects & set(e.subjects)]
            if theirs and all(e.date.before(w) is Tri.YES for w in theirs):
                events[i] = attrs.evolve(e, date=None)
    return Case(
        id=draw(IDS), title=draw(TEXT), jurisdiction=draw(st.sampled_from(["KG", "DE", "XK"])),
        territory=draw(st.none() | st.sampled_from(["UA", "KG"])),
        stage=draw(st.sampled_from(list(_enum("Stage")))), summary=draw(st.none() | TEXT),
        sources=tuple(sources), people=tuple(people), organisations=tuple(orgs),
        charges=tuple(charges), events=tuple(events),
        context=tuple(draw(st.lists(st.builds(
            ContextFact, kind=st.sampled_from(list(_enum("ContextKind"))), description=TEXT,
            people=st.lists(st.sampled_from(person_ids), max_size=2, unique=True).map(tuple),
            provenance=provenances(source_ids)), max_size=2))),
    )


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False)
    | TEXT,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(TEXT, inner, max_size=4),
    max_leaves=20,
)
