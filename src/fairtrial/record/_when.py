"""Time with its real precision.

A monitor rarely knows the minute something happened. ``When`` keeps exactly what was recorded
("2025", "2025-05", "2025-05-28", "2025-05-28T14:30+06:00", or a range "2025-05-28/2025-05-29")
and turns it into the interval of instants it could denote. Comparisons answer with ``Tri``,
because "was the arrest before the hearing?" may honestly be "cannot tell".

Instants are compared on the local wall clock of the place where the events happened: a date
without a time is a local calendar day, and a timestamp's UTC offset is kept for the record but
not used to shift it. Cases happen in one jurisdiction, so this is exact except across a
daylight-saving change, where it can be off by an hour; the docs say so.
"""

from __future__ import annotations

import calendar
import enum
import functools
import re
from datetime import datetime, timedelta
from typing import Final

__all__ = ["WHEN_PATTERN", "Span", "Tri", "When", "WhenError", "when_of"]


class Tri(enum.Enum):
    """A three-valued answer: absent knowledge is never silently ``False``."""

    YES = "yes"
    NO = "no"
    UNKNOWN = "unknown"

    @classmethod
    def of(cls, value: bool | None) -> Tri:
        if value is None:
            return cls.UNKNOWN
        return cls.YES if value else cls.NO

    def __bool__(self) -> bool:
        # A Tri used as a bool is almost always a bug that turns UNKNOWN into False.
        raise TypeError("Tri has three values; compare with Tri.YES / Tri.NO / Tri.UNKNOWN")


_POINT: Final = (
    r"[0-9]{4}(?:-[0-9]{2}(?:-[0-9]{2}(?:T[0-9]{2}:[0-9]{2}(?::[0-9]{2})?"
    r"(?:Z|[+-][0-9]{2}:[0-9]{2})?)?)?)?"
)
#: The JSON Schema pattern for a ``When``; ASCII digits only (``\d`` admits other scripts).
WHEN_PATTERN: Final = rf"^{_POINT}(?:/{_POINT})?$"
_POINT_RE: Final = re.compile(
    r"(?P<y>[0-9]{4})(?:-(?P<m>[0-9]{2})(?:-(?P<d>[0-9]{2})(?:T(?P<H>[0-9]{2}):(?P<M>[0-9]{2})"
    r"(?::(?P<S>[0-9]{2}))?(?P<tz>Z|[+-][0-9]{2}:[0-9]{2})?)?)?)?"
)


class WhenError(ValueError):
    """A time that matches the pattern but does not exist (2025-02-30, 25:00, month 13)."""


_DAY: Final = timedelta(days=1)


def _after(start: datetime, length: timedelta) -> datetime:
    """The end of an interval; the last moments of year 9999 end at ``datetime.max``."""
    try:
        return start + length
    except OverflowError:
        return datetime.max


def _bounds(text: str) -> tuple[datetime, datetime, str]:
    match = _POINT_RE.fullmatch(text)
    if match is None:
        raise WhenError(
            f"{text!r} is not a date; write YYYY, YYYY-MM, YYYY-MM-DD "
            "or YYYY-MM-DDTHH:MM[:SS][±HH:MM]"
        )
    y, m, d, hour_text = match.group("y", "m", "d", "H")
    if d is not None and hour_text is None:
        # The common case, a calendar day: datetime checks it; the reason is worked out below
        # only when it fails.
        try:
            start = datetime(int(y), int(m), int(d))
        except ValueError:
            pass
        else:
            return start, _after(start, _DAY), "day"
    year = int(y)
    if year < 1:
        raise WhenError(f"{text!r}: year 0000 does not exist")
    if m is None:
        return (datetime(year, 1, 1), datetime(year + 1, 1, 1) if year < 9999 else datetime.max,
                "year")
    month = int(m)
    if not 1 <= month <= 12:
        raise WhenError(f"{text!r}: there is no month {m}")
    last_day = calendar.monthrange(year, month)[1]
    if d is None:
        start = datetime(year, month, 1)
        return start, _after(start, timedelta(days=last_day)), "month"
    day = int(d)
    if not 1 <= day <= last_day:
        raise WhenError(f"{text!r}: {calendar.month_name[month]} {year} has {last_day} days")
    hour, minute = int(hour_text), int(match["M"])
    second = int(match["S"]) if match["S"] is not None else None
    if hour > 23 or minute > 59 or (second is not None and second > 59):
        raise WhenError(f"{text!r}: no such time of day")
    tz = match["tz"]
    if tz not in (None, "Z") and (int(tz[1:3]) > 14 or int(tz[4:6]) > 59):
        raise WhenError(f"{text!r}: UTC offset {tz} is out of range")
    start = datetime(year, month, day, hour, minute, second or 0)
    step = timedelta(seconds=1) if second is not None else timedelta(minutes=1)
    return start, _after(start, step), "second" if second is not None else "minute"


class When:
    """A recorded time: an interval ``[earliest, latest)`` of local wall-clock instants.

    ``str(when)`` is exactly the text it was made from, so saving a case loses nothing.
    """

    __slots__ = ("_text", "earliest", "latest", "precision")

    earliest: datetime
    latest: datetime
    precision: str

    def __init__(self, text: str) -> None:
        self._text = text
        first, sep, last = text.partition("/")
        lo, hi, precision = _bounds(first)
        if sep:
            lo2, hi2, _ = _bounds(last)
            if lo2 < lo:
                raise WhenError(f"{text!r}: the range ends before it starts")
            hi, precision = hi2, "range"
        self.earliest, self.latest, self.precision = lo, hi, precision

    def __str__(self) -> str:
        return self._text

    def __repr__(self) -> str:
        return f"When({self._text!r})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, When) and other._text == self._text

    def __hash__(self) -> int:
        return hash(self._text)

    @property
    def is_exact_day(self) -> bool:
        return self.latest - self.earliest <= timedelta(days=1)

    def before(self, other: When) -> Tri:
        """Did this certainly happen before ``other`` (YES), certainly not (NO), or cannot tell?"""
        if self.latest <= other.earliest:
            return Tri.YES
        if other.latest <= self.earliest:
            return Tri.NO
        return Tri.UNKNOWN

    def sort_key(self) -> tuple[datetime, datetime]:
        return (self.earliest, self.latest)


# Room for the distinct dates of a large case (a case of 20,000 events has some 13,000):
# validating and structuring each read every date, and with fewer entries the second reading
# of a large case found the first ones evicted and parsed them all again.
@functools.lru_cache(maxsize=16384)
def when_of(text: str) -> When:
    """``When(text)``, shared: a case repeats its dates, and a ``When`` never changes."""
    return When(text)


class Span:
    """Elapsed time between two ``When``s, as the range of durations the record allows."""

    __slots__ = ("longest", "shortest", "unreached")

    def __init__(self, shortest: timedelta, longest: timedelta, *,
                 unreached: bool = False) -> None:
        self.shortest = max(shortest, timedelta(0))
        self.longest = longest
        #: ``shortest`` is a bound the span never reaches, only comes near.
        self.unreached = unreached and shortest > timedelta(0)

    @classmethod
    def between(cls, start: When, end: When) -> Span:
        # A ``When`` excludes its ``latest``, so the shortest span is never reached: two dates
        # three days apart are more than 48 hours apart, not perhaps exactly 48 (Borisenko v
        # Hungary, "three days", audit17b).
        return cls(end.earliest - start.latest, end.latest - start.earliest, unreached=True)

    def hours(self) -> tuple[float, float]:
        return self.shortest.total_seconds() / 3600, self.longest.total_seconds() / 3600

    def exceeds(self, limit: timedelta) -> Tri:
        if self.shortest > limit or (self.unreached and self.shortest == limit):
            return Tri.YES
        if self.longest <= limit:
            return Tri.NO
        return Tri.UNKNOWN

    def describe(self) -> str:
        lo, hi = self.hours()
        if lo >= 24 * 14:  # weeks and months read better in days
            return (f"{round(hi / 24)} days" if hi - lo < 24
                    else f"between {int(lo // 24)} and {round(hi / 24)} days")
        if hi - lo < 1 / 60:
            return f"{_fmt_hours(hi)}"
        if lo <= 0:
            return f"at most {_fmt_hours(hi)}"
        return f"between {_fmt_hours(lo)} and {_fmt_hours(hi)}"


def _fmt_hours(hours: float) -> str:
    if hours >= 72 and hours % 24 == 0:
        return f"{int(hours // 24)} days"
    rounded = round(hours, 1)
    text = f"{rounded:g}"
    return f"{text} hour" if rounded == 1 else f"{text} hours"
