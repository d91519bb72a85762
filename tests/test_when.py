from datetime import datetime, timedelta

import pytest

from fairtrial import Span, Tri, When
from fairtrial.record._when import WhenError


@pytest.mark.parametrize(
    ("text", "earliest", "latest"),
    [
        ("2025", datetime(2025, 1, 1), datetime(2026, 1, 1)),
        ("2024-02", datetime(2024, 2, 1), datetime(2024, 3, 1)),
        ("2025-05-28", datetime(2025, 5, 28), datetime(2025, 5, 29)),
        ("2025-05-28T14:30", datetime(2025, 5, 28, 14, 30), datetime(2025, 5, 28, 14, 31)),
        ("2025-05-28T14:30:05+06:00", datetime(2025, 5, 28, 14, 30, 5),
         datetime(2025, 5, 28, 14, 30, 6)),
        ("2025-05-28/2025-06", datetime(2025, 5, 28), datetime(2025, 7, 1)),
        # The last moments representable end at datetime.max instead of overflowing.
        ("9999-12-31", datetime(9999, 12, 31), datetime.max),
        ("9999-12", datetime(9999, 12, 1), datetime.max),
        ("9999-12-31T23:59", datetime(9999, 12, 31, 23, 59), datetime.max),
        ("9999-12-31T23:59:59", datetime(9999, 12, 31, 23, 59, 59), datetime.max),
    ],
)
def test_bounds(text: str, earliest: datetime, latest: datetime) -> None:
    when = When(text)
    assert (when.earliest, when.latest) == (earliest, latest)
    assert str(when) == text


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("2025-02-30", "February 2025 has 28 days"),
        ("2025-04-31", "April 2025 has 30 days"),
        ("2025-00-10", "no month 00"),
        ("0000-01-01", "year 0000"),
        ("2024-13", "no month 13"),
        ("2025-05-28T24:00", "no such time"),
        ("2025-06/2025-05", "ends before it starts"),
        ("0000", "year 0000"),
        ("2025-05-28T10:00+15:00", "offset"),
        ("28.05.2025", "not a date"),
    ],
)
def test_impossible_dates(text: str, message: str) -> None:
    with pytest.raises(WhenError, match=message):
        When(text)


def test_leap_day() -> None:
    assert When("2024-02-29").is_exact_day
    with pytest.raises(WhenError):
        When("2025-02-29")


def test_before_is_three_valued() -> None:
    assert When("2025-05-28").before(When("2025-05-29")) is Tri.YES
    assert When("2025-05-29").before(When("2025-05-28")) is Tri.NO
    assert When("2025-05").before(When("2025-05-28")) is Tri.UNKNOWN
    assert When("2025-05-28").before(When("2025-05-28")) is Tri.UNKNOWN


def test_tri_refuses_to_be_a_bool() -> None:
    with pytest.raises(TypeError):
        bool(Tri.UNKNOWN)


def test_span_respects_precision() -> None:
    span = Span.between(When("2025-05-28"), When("2025-05-30"))
    assert span.hours() == (24.0, 72.0)
    assert span.describe() == "between 24 hours and 3 days"
    assert span.exceeds(timedelta(hours=48)) is Tri.UNKNOWN
    assert Span.between(When("2025-05-28"), When("2025-06-02")).exceeds(
        timedelta(hours=48)) is Tri.YES
    assert Span.between(When("2025-05-28T10:00"), When("2025-05-28T20:00")).exceeds(
        timedelta(hours=48)) is Tri.NO
    exact = Span.between(When("2025-05-28T10:00:00"), When("2025-05-28T20:00:00"))
    assert exact.describe() == "10 hours"


def test_equality_is_textual_and_hashable() -> None:
    assert When("2025") == When("2025")
    assert When("2025-01") != When("2025")
    assert len({When("2025"), When("2025")}) == 1


def test_long_spans_read_in_days() -> None:
    assert Span.between(When("2025-05-30"), When("2025-09-17")).describe() == \
        "between 109 and 111 days"
