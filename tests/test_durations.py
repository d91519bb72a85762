"""How long something took, as the reasons say it in each language."""

from __future__ import annotations

from datetime import timedelta

from hypothesis import given
from hypothesis import strategies as st

from fairtrial._durations import duration
from fairtrial._i18n import using
from fairtrial.record._when import Span, When

from .strategies import whens


@given(whens(), whens())
def test_english_says_what_span_describe_says(start: When, end: When) -> None:
    span = Span.between(start, end)
    said = duration(span)
    described = span.describe()
    # the one difference: a range whose ends read the same is said once
    assert said == described or described == f"between {said} and {said}"


def test_a_range_whose_ends_read_the_same_is_said_once() -> None:
    span = Span.between(When("2024-01-09T20:00"), When("2024-01-10T10:00"))
    assert span.describe() == "between 14 hours and 14 hours"
    assert duration(span) == "14 hours"


def _hours(h: float) -> Span:
    return Span(timedelta(hours=h), timedelta(hours=h))


def test_russian_counts_hours_and_days_in_their_plural_forms() -> None:
    with using("ru"):
        assert [duration(_hours(h)) for h in (1, 2, 5, 21, 22, 47)] == [
            "1 час", "2 часа", "5 часов", "21 час", "22 часа", "47 часов"]
        assert duration(_hours(1.5)) == "1,5 часа"
        assert duration(_hours(96)) == "4 дня"
        assert duration(Span(timedelta(0), timedelta(hours=36))) == "не более чем 36 часов"
        assert duration(Span(timedelta(hours=24), timedelta(hours=72))) == "24 часа – 3 дня"
        assert duration(Span.between(When("2025-05-30"), When("2025-09-17"))) == "109–111 дней"
        assert duration(Span.between(When("2025-05-30"), When("2025-07-09"))) == "39–41 день"
        assert duration(Span(timedelta(days=21), timedelta(days=21, hours=1))) == "21 день"


@given(st.integers(min_value=0, max_value=10_000))
def test_every_whole_number_of_hours_reads_in_both_languages(hours: int) -> None:
    span = _hours(hours)
    assert duration(span) == span.describe()
    with using("ru"):
        assert duration(span).split()[0] == span.describe().split()[0]
