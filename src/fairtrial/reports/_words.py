"""The words of the human formats in a language: outcomes, grades, areas, criterion titles,
treaty statuses, dates and event names.

Criterion titles are translated through the catalogue with the criterion's id as context, so a
translation follows its criterion and a changed English title shows up as untranslated.
Events are named as noun phrases ("hearing (6 August 2025)"), which need no grammar in any
language; case-file titles are used as they are.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from fairtrial._i18n import N_, Lang
from fairtrial._phrases import _MONTHS, KINDS, date, event
from fairtrial.assessment._assess import GRADE_LABELS

__all__ = ["KINDS", "date", "event"]
from fairtrial.checklist._core import (
    KIND_WORDS,
    PARTY_NAMES,
    Area,
    Citation,
    Confidence,
    Finding,
    Outcome,
    Severity,
)

OUTCOMES = {
    Outcome.VIOLATION: N_("violation"),
    Outcome.LIKELY_VIOLATION: N_("likely violation"),
    Outcome.NO_VIOLATION: N_("no violation"),
    Outcome.INSUFFICIENT: N_("insufficient information"),
    Outcome.NOT_APPLICABLE: N_("not applicable"),
}
SEVERITIES = {Severity.GRAVE: N_("grave"), Severity.SERIOUS: N_("serious"),
              Severity.MINOR: N_("minor")}
CONFIDENCES = {Confidence.HIGH: N_("high confidence"), Confidence.MEDIUM: N_("medium confidence"),
               Confidence.LOW: N_("low confidence")}
#: Statuses of a treaty or citation as _treaties and _assess write them.
STATUSES = (N_("binding"), N_("persuasive"), N_("standard"), N_("status unknown"),
            N_("no longer in force"), N_("not yet in force"), N_("interprets a binding treaty"),
            N_("open"), N_("not open"))
def outcome(o: Outcome, t: Lang) -> str:
    return t.p_("outcome", OUTCOMES[o])


def severity(s: Severity, t: Lang) -> str:
    return t.p_("severity", SEVERITIES[s])


def confidence(c: Confidence | None, t: Lang) -> str:
    return t._(CONFIDENCES[c]) if c else ""


def area(a: Area, t: Lang) -> str:
    return t.p_("area", a.doc)


def grade_label(letter: str, t: Lang) -> str:
    return t.p_("grade", GRADE_LABELS[letter])


def grade_letter(letter: str, t: Lang) -> str:
    """The letter, or a word for 'incomplete'."""
    return t._("incomplete") if letter == "incomplete" else letter


def status(value: str, t: Lang) -> str:
    return t.p_("status", value)


def citation(c: Citation, status_: str, t: Lang) -> str:
    """A citation as a report lists it: as written (sources are never translated), marked in
    the reader's language where its pinpoint is unconfirmed, with how it applies."""
    text = f"{c.source}, {c.pinpoint}" if c.pinpoint else c.source
    if not c.confirmed:
        text = t._("{citation} (pinpoint unconfirmed)", citation=text)
    return text if status_ == "status unknown" else f"{text} [{status(status_, t)}]"


def title(f: Finding | str, english: str | None = None, *, t: Lang) -> str:
    """A criterion's title: ``title(finding, t=t)`` or ``title(criterion_id, english, t=t)``."""
    if isinstance(f, Finding):
        return t.p_("criterion " + f.criterion, f.title)
    return t.p_("criterion " + f, english or f)


def data_messages() -> list[tuple[str | None, str]]:
    """(context, message) of every message that is data, not a literal in code: the words
    above, the areas, grades, treaty names and the title of every built-in criterion. The
    catalogue tool adds them to what it extracts from the code."""
    from fairtrial._i18n import N_ as mark
    from fairtrial.assessment._treaties import _BODY_NAMES, _REGIONAL, TREATIES
    from fairtrial.checklist import default_checklist
    from fairtrial.checklist._links import TREATMENT_WORDS
    from fairtrial.checklist.presumption import RESTRAINTS
    from fairtrial.reports._questions import Ask
    from fairtrial.reports._treaty_words import KINDS as RESERVATION_KINDS

    out: list[tuple[str | None, str]] = []
    out += [("outcome", x) for x in OUTCOMES.values()]
    out += [("severity", x) for x in SEVERITIES.values()]
    out += [(None, x) for x in CONFIDENCES.values()]
    out += [("status", x) for x in STATUSES]
    out += [("month", x) for x in _MONTHS] + [("month of a date", x) for x in _MONTHS]
    out += [("event", x) for x in dict.fromkeys(KINDS.values())]
    out += [("grade", x) for x in GRADE_LABELS.values()]
    out += [("area", a.doc) for a in Area]
    out += [("treaty", x) for x in (*TREATIES.values(), *_BODY_NAMES.values(),
                                    mark("Treaty data"))]
    out += [(None, x.value) for x in Ask]
    out += [("organisation", x) for x in dict.fromkeys(_REGIONAL.values())]
    out += [("reservation kind", x) for x in RESERVATION_KINDS]
    out += [(f"criterion {c.id}", c.title) for c in default_checklist().criteria]
    # The words the checklist's reasons are built from (checklist/_core.py).
    out += [("event in a sentence", x) for x in dict.fromkeys(KIND_WORDS.values())]
    out += [("party", x) for x in PARTY_NAMES.values()]
    out += [("month after 'in'", x) for x in _MONTHS]
    out += [("detail", x) for x in detail_words()]
    out += [("treatment", x) for x in TREATMENT_WORDS.values()]
    out += [("restraint", x) for x in RESTRAINTS.values()]
    return out


def detail_words() -> list[str]:
    """Every detail of an event as a fact's note names it ('warrant shown')."""
    import attrs

    from fairtrial.record._model import EVENT_KINDS

    names = {f.name for c in EVENT_KINDS.values() for f in attrs.fields(c)}
    return sorted(n.replace("_", " ") for n in names)


class Prose:
    """Generated reasons sometimes point to another finding by its criterion's id ("as the
    finding 'expression.journalism-penalised' explains"); a person reads its title instead."""

    def __init__(self, findings: Iterable[Finding], t: Lang) -> None:
        self.titles = {f.criterion: title(f, t=t) for f in findings}
        self.t = t
        self.pattern: re.Pattern[str] | None = None
        if all(_ID.fullmatch(i) for i in self.titles):
            self.pattern = _IDS if self.titles else None
        else:  # a custom checklist's ids of another shape: an alternation of them
            ids = sorted(self.titles, key=len, reverse=True)
            self.pattern = re.compile(
                r"'?(?<![\w.-])(" + "|".join(map(re.escape, ids)) + r")(?![\w-])'?")

    def __call__(self, text: str) -> str:
        if self.pattern is None or "." not in text:
            return text
        return self.pattern.sub(self._title, text)

    def _title(self, m: re.Match[str]) -> str:
        found = self.titles.get(m.group(1))
        return m.group(0) if found is None else self.t._("“{title}”", title=found)


#: A criterion's id ("counsel.time-to-prepare"), and any run of words joined by dots and
#: hyphens that has the shape of one: each match is looked up among the findings' ids. One
#: small pattern compiled once, where an alternation of every id cost 5 ms to compile, a
#: third of what the text report took in a fresh process.
_ID = re.compile(r"\w+(?:-\w+)*(?:\.\w+(?:-\w+)*)+")
_IDS = re.compile(r"'?(?<![\w.-])(\w+(?:-\w+)*(?:\.\w+(?:-\w+)*)+)(?![\w-])'?")
