"""The treaty table of a report in a language: the same rows as ``Assessment.treaties``, with
each note built from message templates rather than English prose (a test checks that the
English is the assessment's own, word for word)."""

from __future__ import annotations

from fairtrial._i18n import N_, Lang
from fairtrial.assessment._assess import _start
from fairtrial.assessment._treaties import (
    _BODY_NAMES,
    _REGIONAL,
    applicability,
    known,
    listed,
    of_state,
    remedies,
    reservations,
    review_bodies,
    status,
)
from fairtrial.record._model import Case
from fairtrial.record._when import Tri, When
from fairtrial.reports import _words as w

#: The kinds of statement a state attached to a treaty, as reservations.csv names them.
KINDS = (N_("reservation"), N_("interpretative declaration"), N_("understanding"))


def _unconfirmed(text: str, confirmed: bool, t: Lang) -> str:
    return text if confirmed else t._("{text} (date unconfirmed)", text=text)


def _party_note(country: str, key: str, t: Lang) -> str | None:
    row = status(country, key)
    if row is None:
        return None
    if row.in_force is None:
        if key in _REGIONAL and key not in (of_state(country) or {}):
            return t._("not a member of {organisation}, so not a party",
                       organisation=t.p_("organisation", _REGIONAL[key]))
        return row.source
    if row.ended is not None:
        when = t._("in force from {start} until {end}", start=str(row.in_force),
                   end=str(row.ended))
    else:
        when = t._("in force since {start}", start=str(row.in_force))
    note = _unconfirmed(t._("{when}; {source}", when=when, source=row.source), row.confirmed,
                        t)
    for r in reservations():
        if r.state == country and r.treaty == key:
            source = r.source if r.confirmed else t._("{source}, unconfirmed", source=r.source)
            note += t._(". {kind} on art {articles}: {summary} ({source})",
                        kind=t.p_("reservation kind", r.kind).capitalize(),
                        articles=", ".join(r.articles), summary=r.summary, source=source)
    return note


def _remedy_rows(country: str, start: When | None,
                 t: Lang) -> list[tuple[str, str, str]]:
    """As ``_treaties.remedies``, worded in ``t``."""
    accepted: list[tuple[str, When | None, When | None, str, bool]] = []
    for body, treaty in (("HRC", "ICCPR-OP1"), ("ECtHR", "ECHR")):
        found = status(country, treaty)
        if found is not None:
            accepted.append((body, found.in_force, found.ended, found.source, found.confirmed))
    accepted += [(r.body, r.accepted, r.withdrawn, r.source, r.confirmed)
                 for r in review_bodies() if r.state == country]
    english = remedies(country, start)
    out = []
    for (body, since, until, source, confirmed), (_, _, state, _) in zip(
            accepted, english, strict=True):
        name = t.p_("treaty", _BODY_NAMES.get(body, body))
        if since is None:
            out.append((name, w.status(state, t), t._("the state has not accepted it")))
            continue
        when = t._("accepted from {start} until {end}", start=str(since), end=str(until)) \
            if until else t._("accepted from {start}", start=str(since))
        if state != "open":
            after = start is None or since.before(start) is not Tri.NO
            when = t._("{when}; the events predate the acceptance", when=when) if not after \
                else t._("{when}; the events postdate the withdrawal", when=when)
        note = _unconfirmed(t._("{when}; {source}", when=when, source=source), confirmed, t)
        out.append((name, w.status(state, t), note))
    return out


def treaty_rows(case: Case, t: Lang) -> list[tuple[str, str, str]]:
    """(treaty, how it applies, note) for the treaty table, in the language ``t``."""
    country, start = case.jurisdiction, _start(case)
    if not known(country):
        return [(t.p_("treaty", "Treaty data"), w.status("status unknown", t),
                 t._("fairtrial has no treaty data for '{country}': check by hand which "
                     "instruments bound the state on the date of the events", country=country))]
    rows = []
    for key, name, _ in listed(country):
        note = _party_note(country, key, t) or ""
        rows.append((t.p_("treaty", name), w.status(applicability(country, key, start), t), note))
    if case.territory is not None and case.territory != country:
        rows.append((t._("Jurisdiction outside the state's own territory"),
                     t._("treaties of the state exercising jurisdiction"),
                     t._("The events took place in territory of {territory} under the control "
                         "of {state}. {state}'s treaties bind its agents wherever it exercises "
                         "effective control or authority (ICCPR art 2(1) and HRC General "
                         "Comment No. 31, para 10, pinpoint unconfirmed; ECHR art 1 and "
                         "Al-Skeini v UK [GC], no. 55721/07, 7 July 2011, pinpoint "
                         "unconfirmed), so the table above is {state}'s. {territory} keeps a "
                         "duty to do what it can to secure the rights of people there (Ilascu v "
                         "Moldova and Russia [GC], no. 48787/99, 8 July 2004, pinpoint "
                         "unconfirmed).", territory=case.territory, state=country)))
    return rows + _remedy_rows(country, start, t)
