"""Dates and events as a person reads them, in any language: the words the reports and the
checklist's reasons share. No grammar is built here beyond noun phrases ("hearing (6 August
2025)"), which every language can say without cases or agreement."""

from __future__ import annotations

from fairtrial._i18n import N_, Lang
from fairtrial.record._model import Event
from fairtrial.record._when import When

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
    "delay": N_("delay"),
    "other": N_("event"),
}


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
