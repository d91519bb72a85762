"""How long something took, as a sentence in any language says it: the words of
``Span.describe`` ("between 40 and 41 days", "at most 36 hours") as message templates, one for
each shape, with the plural forms a language needs for the count."""

from __future__ import annotations

from fairtrial._i18n import _, n_
from fairtrial.record._when import Span


def duration(span: Span) -> str:
    """The range of durations the record allows, in the current language: in English the words
    of ``span.describe()``, except that a range whose ends read the same is said once."""
    lo, hi = span.hours()
    if lo >= 24 * 14:  # weeks and months read better in days
        if hi - lo < 24:
            return n_("{count} day", "{count} days", round(hi / 24))
        return n_("between {low} and {count} days", "between {low} and {count} days",
                  round(hi / 24), low=int(lo // 24))
    if hi - lo < 1 / 60:
        return _hours(hi)
    if lo <= 0:
        return _("at most {duration}", duration=_hours(hi))
    shortest, longest = _hours(lo), _hours(hi)
    if shortest == longest:  # times to the minute: "14 hours", not "between 14 and 14"
        return longest
    return _("between {shortest} and {longest}", shortest=shortest, longest=longest)


def _hours(hours: float) -> str:
    if hours >= 72 and hours % 24 == 0:
        return n_("{count} day", "{count} days", int(hours // 24))
    rounded = round(hours, 1)
    if rounded != int(rounded):
        units, tenths = f"{rounded:.1f}".split(".")
        return _("{units}.{tenths} hours", units=units, tenths=tenths)
    return n_("{count} hour", "{count} hours", int(rounded))
