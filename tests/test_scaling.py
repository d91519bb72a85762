"""What grows with a case grows linearly: reasons, and the checks of chronology."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import fairtrial

from .checklist_cases import case, ev, verdict

CRITERIA = ("confessions.coerced-statement-used", "confessions.prosecutor-declined")


def _many(n: int) -> dict[str, Any]:
    """n allegations of ill-treatment, each followed by a confession that the prosecution
    used and the conviction relied on: every confession rests on every allegation before it."""
    events: list[dict[str, Any]] = []
    day = date(2025, 1, 1)
    for i in range(n):
        events.append(ev("ill_treatment", f"t{i}", date=str(day), treatment=["beating"],
                         to_obtain_statement=True))
        events.append(ev("confession", f"cf{i}", date=str(day + timedelta(days=1)),
                         setting="interrogation"))
        events.append(ev("evidence", f"x{i}", date=str(day + timedelta(days=2)),
                         evidence_kind="confession", derived_from=[f"cf{i}"],
                         ruling="admitted", offered_by="prosecution"))
        day += timedelta(days=3)
    events.append({**verdict(relied_on=[f"x{i}" for i in range(n)]), "date": str(day)})
    return case(*events)


def _reasons(n: int) -> dict[str, tuple[str, ...]]:
    a = fairtrial.assess(fairtrial.from_data(_many(n)))
    return {c: a.finding(c, "p1").reasoning for c in CRITERIA}


def test_reasons_grow_with_the_facts_not_with_their_product() -> None:
    small, large = _reasons(10), _reasons(40)
    for c in CRITERIA:
        growth = sum(map(len, large[c])) / sum(map(len, small[c]))
        assert growth < 5, (c, growth)  # 4x the facts; quadratic reasons would be about 16x


def test_each_allegation_is_cited_once_and_every_statement_still_counts_them() -> None:
    reasons = _reasons(5)["confessions.coerced-statement-used"]
    text = " ".join(reasons)
    assert reasons[0].startswith("The allegations of ill-treatment before these statements.")
    for i in range(5):
        day = date(2025, 1, 1) + timedelta(days=3 * i)
        assert text.count(f"the ill-treatment on {day.day} ") == 1
    assert "It rests on the allegation of ill-treatment listed first." in text
    assert "It rests on 5 of the allegations of ill-treatment listed first." in text


def test_one_statement_reads_as_before() -> None:
    reasons = _reasons(1)["confessions.coerced-statement-used"]
    assert len(reasons) == 1
    assert "listed first" not in reasons[0]
    assert "the ill-treatment on 1 January 2025" in reasons[0]


# --- chronology -------------------------------------------------------------------------------

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from fairtrial.record._when import Tri, When  # noqa: E402

_DATES = st.sampled_from(["2025-03", "2025-03-01", "2025-03-15", "2025-04-02", "2025-02",
                          "2025-03-01/2025-03-20", "2025"])
_PEOPLE = st.lists(st.sampled_from(["p1", "p2", "p3"]), min_size=1, max_size=3, unique=True)


def _expected(events: list[dict[str, Any]]) -> list[str]:
    """The appeal rule as first written: every appeal compared with every verdict."""
    verdicts = [(When(e["date"]), set(e["subjects"]), e["id"]) for e in events
                if e["kind"] == "verdict"]
    out = []
    for i, e in enumerate(events):
        if e["kind"] != "appeal":
            continue
        when = When(e["date"])
        theirs = [(w, v) for w, s, v in verdicts if set(e["subjects"]) & s]
        if theirs and all(when.before(w) is Tri.YES for w, _ in theirs):
            w, v = min(theirs, key=lambda x: x[0].sort_key())
            out.append(f"/events/{i}/date: this appeal against the verdict ({when}) is dated "
                       f"before the verdict '{v}' ({w})"
                       + (", the first of its appellants'" if len(theirs) > 1 else ""))
    return out


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["verdict", "appeal"]), _DATES, _PEOPLE),
                min_size=1, max_size=8))
def test_appeals_checked_in_linear_time_say_what_the_pairwise_rule_said(
        rows: list[tuple[str, str, list[str]]]) -> None:
    people = [{"id": p, "name": p.upper(), "roles": ["defendant"]} for p in ("p1", "p2", "p3")]
    events = []
    for n, (kind, when, subjects) in enumerate(rows):
        e = ev(kind, f"e{n}", date=when)
        e["subjects"] = subjects
        if kind == "verdict":
            e["results"] = [{"person": s, "outcome": "convicted"} for s in subjects]
        else:
            e["against"] = "verdict"
        events.append(e)
    data = case(*events)
    data["people"] = people
    data["charges"] = []
    found = [f"{p.path}: {p.message}" for p in fairtrial.validate(data)
             if p.code == "chronology" and "appeal" in p.message]
    assert found == _expected(events)
