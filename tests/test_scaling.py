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
