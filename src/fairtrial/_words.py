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

from fairtrial._assess import GRADE_LABELS
from fairtrial._i18n import N_, Lang
from fairtrial._model import Event
from fairtrial._when import When
from fairtrial.checklist._core import Area, Confidence, Finding, Outcome, Severity

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
_MONTHS = (N_("January"), N_("February"), N_("March"), N_("April"), N_("May"), N_("June"),
           N_("July"), N_("August"), N_("September"), N_("October"), N_("November"),
           N_("December"))
KINDS = {
    "arrest": N_("arrest"), "search": N_("search"), "seizure": N_("seizure"),
    "interrogation": N_("questioning"), "outside_contact": N_("contact with the outside world"),
    "counsel_access": N_("access of a lawyer"),
    "counsel_interference": N_("interference with counsel"),
    "first_appearance": N_("first appearance before a judge"),
    "detention_order": N_("detention order"), "release": N_("release"),
    "formal_charge": N_("charge"), "public_statement": N_("public statement"),
    "broadcast_confession": N_("published confession"), "ill_treatment": N_("ill-treatment"),
    "investigation": N_("investigation"), "medical_examination": N_("medical examination"),
    "hearing": N_("hearing"), "plea": N_("plea"), "confession": N_("confession"),
    "retraction": N_("retraction"), "evidence": N_("evidence"), "statement": N_("statement"),
    "surveillance": N_("surveillance"), "bodily_intervention": N_("bodily intervention"),
    "body_finding": N_("finding of a monitoring body"), "expert_report": N_("expert report"),
    "defence_request": N_("defence request"), "verdict": N_("verdict"), "appeal": N_("appeal"),
    "pardon": N_("pardon"), "suspected": N_("suspicion"), "publication": N_("publication"),
    "other": N_("event"),
}


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


def title(f: Finding | str, english: str | None = None, *, t: Lang) -> str:
    """A criterion's title: ``title(finding, t=t)`` or ``title(criterion_id, english, t=t)``."""
    if isinstance(f, Finding):
        return t.p_("criterion " + f.criterion, f.title)
    return t.p_("criterion " + f, english or f)


def date(when: When | None, t: Lang) -> str:
    """'6 August 2025', 'August 2025', '2025', '6 August 2025 – 17 September 2025'."""
    if when is None:
        return t._("date not recorded")
    text = str(when)
    if "/" in text:
        first, last = text.split("/")
        return t._("{start} – {end}", start=date(When(first), t), end=date(When(last), t))
    parts = text[:10].split("-")
    if len(parts) == 1:
        return parts[0]
    month = int(parts[1]) - 1
    if len(parts) == 2:
        return t._("{month} {year}", month=t.p_("month", _MONTHS[month]), year=parts[0])
    day = t._("{day} {month} {year}", day=int(parts[2]),
              month=t.p_("month of a date", _MONTHS[month]), year=parts[0])
    return day + (f" {text[11:16]}" if len(text) > 10 else "")


def event(e: Event, t: Lang) -> str:
    """An event as a person reads it: its title, else its kind, with its date; never its id."""
    what = e.title or t.p_("event", KINDS.get(e.kind, "event"))
    return t._("{what} ({date})", what=what, date=date(e.date, t))


def data_messages() -> list[tuple[str | None, str]]:
    """(context, message) of every message that is data, not a literal in code: the words
    above, the areas, grades, treaty names and the title of every built-in criterion. The
    catalogue tool adds them to what it extracts from the code."""
    from fairtrial._i18n import N_ as mark
    from fairtrial._questions import Ask
    from fairtrial._treaties import _BODY_NAMES, _REGIONAL, TREATIES
    from fairtrial._treaty_words import KINDS as RESERVATION_KINDS
    from fairtrial.checklist import default_checklist

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
    return out


class Prose:
    """Generated reasons sometimes point to another finding by its criterion's id ("as the
    finding 'expression.journalism-penalised' explains"); a person reads its title instead."""

    def __init__(self, findings: Iterable[Finding], t: Lang) -> None:
        self.titles = {f.criterion: title(f, t=t) for f in findings}
        self.t = t
        ids = sorted(self.titles, key=len, reverse=True)
        self.pattern = re.compile(
            r"'?(?<![\w.-])(" + "|".join(map(re.escape, ids)) + r")(?![\w-])'?") if ids else None

    def __call__(self, text: str) -> str:
        if self.pattern is None or "." not in text:
            return text
        return self.pattern.sub(
            lambda m: self.t._("“{title}”", title=self.titles[m.group(1)]), text)
