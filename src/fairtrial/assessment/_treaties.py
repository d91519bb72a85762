"""Which treaties bound a state, and from when; what it reserved or derogated from; and where a
case can go next. The data ships with the package (``fairtrial/data/*.csv``, each row with its
source and a confirmed/unconfirmed mark, described in the README beside each file), is read once
and typed on load. A row marked unconfirmed is still used, and findings say so."""

from __future__ import annotations

import csv
import functools
import os
import re
from typing import Any

import attrs

from fairtrial.record._when import Tri, When

TREATIES = {
    "ICCPR": "International Covenant on Civil and Political Rights (1966)",
    "ICCPR-OP1": "First Optional Protocol to the ICCPR (individual communications)",
    "ICCPR-OP2": "Second Optional Protocol to the ICCPR (abolition of the death penalty)",
    "CAT": "Convention against Torture (1984)",
    "OPCAT": "Optional Protocol to the Convention against Torture (visits)",
    "CRC": "Convention on the Rights of the Child (1989)",
    "ECHR": "European Convention on Human Rights (1950)",
    "ECHR-P4": "Protocol No. 4 to the ECHR",
    "ECHR-P7": "Protocol No. 7 to the ECHR (appeal, compensation, double jeopardy)",
    "ACHR": "American Convention on Human Rights (1969)",
    "ACHPR": "African Charter on Human and Peoples' Rights (1981)",
    "ArabCharter": "Arab Charter on Human Rights (2004)",
}

#: Always shown in the treaty table: the instruments the checklist cites.
CITED = ("ICCPR", "ICCPR-OP1", "CAT", "ECHR")

#: Regional instruments, with the organisation whose members the data lists: a state that is
#: known but absent from an instrument's rows is not a member, and so not a party.
_REGIONAL = {"ECHR": "the Council of Europe", "ECHR-P4": "the Council of Europe",
             "ECHR-P7": "the Council of Europe", "ACHR": "the Organization of American States",
             "ACHPR": "the African Union", "ArabCharter": "the League of Arab States"}

_FILES = ("treaties-un.csv", "treaties-regional.csv")


@attrs.frozen(kw_only=True)
class Status:
    """A state's standing under one treaty: ``in_force`` is None for a state that is not a
    party; ``ended`` is when a withdrawal took effect."""

    treaty: str
    in_force: When | None
    source: str
    confirmed: bool
    ended: When | None = None
    consent: When | None = None
    consent_kind: str | None = None


@attrs.frozen(kw_only=True)
class Derogation:
    """A notified derogation (ICCPR art 4, ECHR art 15) and the articles it names."""

    state: str
    treaty: str
    articles: tuple[str, ...]  # empty: the notice named none
    start: When
    end: When | None
    territory: str
    source: str
    confirmed: bool


@attrs.frozen(kw_only=True)
class Reservation:
    state: str
    treaty: str
    articles: tuple[str, ...]
    kind: str
    summary: str
    source: str
    confirmed: bool


@attrs.frozen(kw_only=True)
class ReviewBody:
    """A body that can hear a complaint from this state, and since when."""

    state: str
    body: str
    accepted: When | None
    withdrawn: When | None
    basis: str
    source: str
    confirmed: bool


def _when(text: str) -> When | None:
    return When(text) if text.strip() else None


_DATA = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "data")


@functools.cache
def _lines(name: str) -> tuple[str, tuple[str, ...]]:
    """The header and the data lines of a shipped file; none when it is absent. Read as lines
    because every row is one line (no field holds a line break: tests/test_treaties.py checks
    each file), so that one state's rows can be picked out without parsing every state's."""
    try:
        with open(os.path.join(_DATA, name), encoding="utf-8", newline="") as f:
            lines = f.read().splitlines()
    except FileNotFoundError:
        return "", ()
    return (lines[0], tuple(lines[1:])) if lines else ("", ())


def _rows(name: str, state: str | None = None) -> list[dict[str, str]]:
    """The rows of a shipped file, or only ``state``'s (its rows begin with its code)."""
    header, lines = _lines(name)
    if state is not None:
        lines = tuple(line for line in lines if line.startswith(f"{state},"))
    return list(csv.DictReader([header, *lines])) if header else []


@functools.cache
def ratifications() -> dict[str, dict[str, Status]]:
    """state -> treaty -> Status, from the shipped data, the states in the files' order."""
    return {state: of_state(state) or {} for state in _states()}


@functools.cache
def _states() -> dict[str, None]:
    """The states the treaty files know, in the order they first appear: an assessment needs
    one state's rows, and typing every state's (some 1,400, with their dates) was most of the
    time a first assessment took."""
    return dict.fromkeys(line.split(",", 1)[0] for name in _FILES for line in _lines(name)[1]
                         if line)


@functools.cache
def of_state(country: str) -> dict[str, Status] | None:
    """treaty -> Status for one state; None when the data does not know the state."""
    if country not in _states():
        return None
    table: dict[str, Status] = {}
    for name in _FILES:
        for r in _rows(name, country):
            table[r["instrument"]] = Status(
                treaty=r["instrument"], in_force=_when(r["in_force"]), source=r["source"],
                confirmed=r["confirmed"] == "yes",
                ended=_when(r["withdrawal_effective"]), consent=_when(r["consent"]),
                consent_kind=r["consent_kind"] or None)
    return table


def status(country: str, treaty: str) -> Status | None:
    """The state's standing under ``treaty``; None when the data does not know the state."""
    known = of_state(country)
    if known is None:
        return None
    found = known.get(treaty)
    if found is None and treaty in _REGIONAL:
        return Status(treaty=treaty, in_force=None, confirmed=True,
                      source=f"not a member of {_REGIONAL[treaty]}, so not a party")
    return found


def known(country: str) -> bool:
    return country in _states()


@functools.cache
def derogations() -> tuple[Derogation, ...]:
    return tuple(
        Derogation(state=r["state"], treaty=r["instrument"],
                   articles=tuple(a.strip() for a in r["articles"].split(";")
                                  if a.strip() and a.strip() != "unspecified"),
                   start=When(r["start"]), end=_when(r["end"]), territory=r["territory"],
                   source=r["source"], confirmed=r["confirmed"] == "yes")
        for r in _rows("derogations.csv") if r["start"].strip())


@functools.cache
def reservations() -> tuple[Reservation, ...]:
    return tuple(
        Reservation(state=r["state"], treaty=r["instrument"],
                    articles=tuple(a.strip() for a in r["articles"].split(";") if a.strip()),
                    kind=r["kind"], summary=r["summary"], source=r["source"],
                    confirmed=r["confirmed"] == "yes")
        for r in _rows("reservations.csv"))


@functools.cache
def review_bodies() -> tuple[ReviewBody, ...]:
    return tuple(
        ReviewBody(state=r["state"], body=r["body"], accepted=_when(r["accepted"]),
                   withdrawn=_when(r["withdrawn"]), basis=r["basis"], source=r["source"],
                   confirmed=r["confirmed"] == "yes")
        for r in _rows("review-bodies.csv"))


def applicability(country: str, treaty: str | None, at: When | None) -> str:
    """How a citation of ``treaty`` applies to ``country`` at time ``at``: 'binding',
    'persuasive' (not a party), 'not yet in force', 'no longer in force', 'status unknown'
    (the state is not in the data, or the date cannot tell) or 'standard' (no treaty)."""
    if treaty is None:
        return "standard"
    found = status(country, treaty)
    if found is None:
        return "status unknown"
    if found.in_force is None:
        return "persuasive"
    if at is None:
        return "binding" if found.ended is None else "no longer in force"
    if found.ended is not None and found.ended.before(at) is Tri.YES:
        return "no longer in force"
    if found.in_force.before(at) is Tri.YES:
        return "binding"
    if at.before(found.in_force) is Tri.YES:
        return "not yet in force"
    return "status unknown"


_BODY_NAMES = {
    "HRC": "UN Human Rights Committee (individual communication, ICCPR-OP1)",
    "ECtHR": "European Court of Human Rights (individual application)",
    "CAT22": "UN Committee against Torture (individual complaint, CAT art 22)",
    "IACtHR": "Inter-American Court of Human Rights (contentious jurisdiction)",
    "AfCourt": "African Court on Human and Peoples' Rights (individual access)",
}


def remedies(country: str, at: When | None) -> list[tuple[str, str, str, str]]:
    """Where a complaint about events at ``at`` can go: (body, its name, 'open' or 'not open',
    note).
    A body can hear only events after the state accepted it, and none after a withdrawal took
    effect; events before a withdrawal can still be heard."""
    out = []
    accepted: list[tuple[str, When | None, When | None, str, bool]] = []
    for body, treaty in (("HRC", "ICCPR-OP1"), ("ECtHR", "ECHR")):
        found = status(country, treaty)
        if found is not None:
            accepted.append((body, found.in_force, found.ended, found.source, found.confirmed))
    for r in review_bodies():
        if r.state == country:
            accepted.append((r.body, r.accepted, r.withdrawn, r.source, r.confirmed))
    for body, since, until, source, confirmed in accepted:
        name = _BODY_NAMES.get(body, body)
        mark = "" if confirmed else " (date unconfirmed)"
        if since is None:
            out.append((body, name, "not open", "the state has not accepted it"))
            continue
        after = at is None or since.before(at) is not Tri.NO
        before_end = until is None or at is None or at.before(until) is not Tri.NO
        when = f"accepted from {since}" + (f" until {until}" if until else "")
        state = "open" if after and before_end else "not open"
        why = "" if state == "open" else (
            "; the events predate the acceptance" if not after else
            "; the events postdate the withdrawal")
        out.append((body, name, state, f"{when}{why}; {source}{mark}"))
    return out


_ARTICLE = re.compile(r"art (\d+)")


def derogations_at(country: str, treaty: str | None, pinpoint: str | None,
                   at: When | None) -> list[Derogation]:
    """Derogations by ``country`` from the article a citation names, in force at ``at``."""
    if treaty not in ("ICCPR", "ECHR") or not pinpoint or at is None:
        return []
    match = _ARTICLE.match(pinpoint)
    if match is None:
        return []
    article = match.group(1)
    return [d for d in derogations()
            if d.state == country and d.treaty == treaty
            and (not d.articles or article in d.articles)
            and d.start.before(at) is not Tri.NO
            and (d.end is None or at.before(d.end) is not Tri.NO)]


def listed(country: str) -> list[tuple[str, str, Any]]:
    """(key, name, status row) of each instrument the treaty table shows for ``country``: the
    ones fairtrial cites, and the others the state is party to, in the table's order."""
    parties = of_state(country) or {}
    out = []
    for key, name in TREATIES.items():
        row = status(country, key)
        if row is None or (key not in CITED and key not in parties) or (
                key not in CITED and row.in_force is None):
            continue
        out.append((key, name, row))
    return out
