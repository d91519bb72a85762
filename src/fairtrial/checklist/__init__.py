"""The fair-trial checklist: criteria, their citations, and how to add your own.

>>> from fairtrial.checklist import default_checklist
>>> len(default_checklist().criteria) >= 40
True

A criterion is data plus a small decision function; see ``docs/checklist.md`` for every
criterion and ``docs/extending.md`` for adding criteria and choosing a profile.
"""

from __future__ import annotations

import graphlib
from collections.abc import Iterable
from typing import Any

import attrs

from fairtrial.checklist import (
    confessions,
    counsel,
    custody,
    evidence,
    expression,
    judgment,
    presumption,
    search,
    tribunal,
)
from fairtrial.checklist._core import (
    Area,
    Citation,
    Confidence,
    Context,
    Criterion,
    Decision,
    Fact,
    Finding,
    Outcome,
    Severity,
    breach,
    by_detail,
    compliant,
    not_applicable,
    unknown,
    worst,
)

__all__ = [
    "ENTRY_POINT_GROUP", "PROFILES", "Area", "Checklist", "ChecklistError", "Citation",
    "Confidence", "Context", "Criterion", "Decision", "Fact", "Finding", "Outcome", "Severity",
    "breach", "by_detail", "compliant", "default_checklist", "load_plugins", "not_applicable",
    "unknown", "worst",
]

#: Installed packages add criteria under this entry-point group (see docs/extending.md).
ENTRY_POINT_GROUP = "fairtrial.criteria"


class ChecklistError(ValueError):
    """A checklist that cannot be evaluated: duplicate ids, unknown dependencies, a cycle."""


@attrs.frozen
class Checklist:
    """Criteria in an order where each comes after the criteria it depends on."""

    name: str
    criteria: tuple[Criterion, ...]

    @classmethod
    def of(cls, name: str, criteria: Iterable[Criterion]) -> Checklist:
        items = list(criteria)
        by_id: dict[str, Criterion] = {}
        for c in items:
            if c.id in by_id:
                raise ChecklistError(f"two criteria have the id {c.id!r}")
            by_id[c.id] = c
        graph = {}
        for c in items:
            missing = [d for d in c.depends_on if d not in by_id]
            if missing:
                raise ChecklistError(f"{c.id!r} depends on unknown criteria: {missing}")
            graph[c.id] = set(c.depends_on)
        try:
            order = list(graphlib.TopologicalSorter(graph).static_order())
        except graphlib.CycleError as exc:
            raise ChecklistError(f"criteria depend on each other in a cycle: {exc.args[1]}") \
                from None
        # Stable: keep the written order wherever the dependencies allow it.
        position = {cid: i for i, cid in enumerate(c.id for c in items)}
        ordered: list[str] = []
        for cid in sorted(order, key=position.__getitem__):
            _place(cid, graph, ordered)
        return cls(name, tuple(by_id[cid] for cid in ordered))

    def get(self, criterion_id: str) -> Criterion:
        for c in self.criteria:
            if c.id == criterion_id:
                return c
        raise KeyError(criterion_id)

    def with_criteria(self, *extra: Criterion, name: str | None = None) -> Checklist:
        """This checklist plus ``extra`` criteria (which may depend on the built-in ones)."""
        return Checklist.of(name or self.name, [*self.criteria, *extra])

    def select(self, areas: Iterable[Area], name: str) -> Checklist:
        """Only the criteria of ``areas``, plus whatever they depend on."""
        wanted = {c.id for c in self.criteria if c.area in set(areas)}
        stack = list(wanted)
        while stack:
            for dep in self.get(stack.pop()).depends_on:
                if dep not in wanted:
                    wanted.add(dep)
                    stack.append(dep)
        return Checklist.of(name, [c for c in self.criteria if c.id in wanted])


def _place(cid: str, graph: dict[str, set[str]], ordered: list[str]) -> None:
    if cid in ordered:
        return
    for dep in sorted(graph[cid]):
        _place(dep, graph, ordered)
    ordered.append(cid)


_MODULES = (search, custody, counsel, confessions, evidence, presumption, tribunal, judgment,
            expression)
#: Built at import, so a dependency cycle or a duplicate id fails loudly at once.
BUILTIN = Checklist.of("full", (c for m in _MODULES for c in m.CRITERIA))

PROFILES: dict[str, tuple[Area, ...]] = {
    "full": tuple(Area),
    "core": (Area.SEARCH, Area.COUNSEL, Area.CONFESSIONS, Area.EVIDENCE),
    "pretrial": (Area.SEARCH, Area.CUSTODY, Area.COUNSEL, Area.CONFESSIONS),
    "expression": (Area.EXPRESSION, Area.PRESUMPTION, Area.SEARCH, Area.CUSTODY),
}


def load_plugins() -> list[Criterion]:
    """Criteria from installed packages' ``fairtrial.criteria`` entry points. Each entry point
    names a ``Criterion``, an iterable of them, or a function returning either."""
    found: list[Criterion] = []
    from importlib import metadata  # only plugin discovery needs it (15 ms to import)

    for ep in sorted(metadata.entry_points(group=ENTRY_POINT_GROUP), key=lambda e: e.name):
        obj: Any = ep.load()
        if callable(obj) and not isinstance(obj, Criterion):
            obj = obj()
        items = [obj] if isinstance(obj, Criterion) else list(obj)
        for item in items:
            if not isinstance(item, Criterion):
                raise ChecklistError(f"entry point {ep.name!r} gave {item!r}, not a Criterion")
        found.extend(items)
    return found


def default_checklist(profile: str = "full", *, plugins: bool = False) -> Checklist:
    """The built-in checklist for a profile, optionally with installed plugins' criteria."""
    if profile not in PROFILES:
        raise ChecklistError(f"unknown profile {profile!r}; choose one of {sorted(PROFILES)}")
    base = BUILTIN if not plugins else BUILTIN.with_criteria(*load_plugins())
    if profile == "full":
        return Checklist(profile, base.criteria)
    return base.select(PROFILES[profile], profile)
