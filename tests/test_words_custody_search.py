"""Every branch of the search and custody criteria writes whole message templates: the cases
below reach the sentences that the scenarios do not, and each is assessed in the test
language that brackets template words (nothing may be left outside a template) and in Russian
(no message of theirs may be missing from the catalogue, and no English word may be left in
what they say but the case file's own text and the citations)."""

from __future__ import annotations

import re
from typing import Any

import pytest

import fairtrial
from fairtrial._i18n import Lang, using

from .checklist_cases import ARREST, case, ev
from .test_i18n import TEMPLATE, _case_text, _Marked, _recording, _unmarked

_MINE = ("checklist/search.py", "checklist/custody.py", "_durations.py")
#: The messages of these criteria (other areas' may still be missing while they are converted).
_OURS = {f"{m.context}|{m.id}" if m.context else m.id[0] if isinstance(m.id, tuple) else m.id
         for m in TEMPLATE if m.id and any(loc.endswith(_MINE) for loc, _x in m.locations)}
#: Citations the templates keep as they are.
_CITED = {"ICCPR", "art", "ECHR"}

REFUSED = ev("outside_contact", "o1", date="2025-05-01T12:00", contact_with="family",
             granted=False)

BRANCHES: dict[str, dict[str, Any]] = {
    "warrant not shown": case(ev("search", "sr1", warrant_shown=False)),
    "newsroom": case(ev("search", "sr1", authorised_by="prosecutor", place_kind="newsroom",
                        judicial_review_after=True, urgent=True)),
    "law office": case(ev("search", "sr1", authorised_by="other", place_kind="law_office",
                          judicial_review_after=False)),
    "no journalistic material": case(ev("seizure", "z1", journalistic_material=False)),
    "items not listed": case(ev("seizure", "z1"), roles=("defendant", "journalist")),
    "nobody authorised surveillance": case(ev("surveillance", "sv1", method="tracking",
                                              legal_basis="statute", authorised_by="none")),
    "surveillance authoriser unknown": case(ev("surveillance", "sv1", method="device_data",
                                               legal_basis="published_rules")),
    "surveillance by a prosecutor": case(ev("surveillance", "sv1", legal_basis="statute",
                                            method="covert_recording",
                                            authorised_by="prosecutor")),
    "surveillance by another body": case(ev("surveillance", "sv1", legal_basis="statute",
                                            method="other", authorised_by="other")),
    "surveillance without law": case(ev("surveillance", "sv1", legal_basis="none")),
    "abducted abroad, consent unknown": case(ev("arrest", "a1", transfer="abduction")),
    "abducted abroad without consent": case(ev("arrest", "a1", transfer="abduction",
                                               territorial_consent=False)),
    "released within 48 hours": case(ev("arrest", "a1", date="2025-05-01T08:00"),
                                     ev("release", "r1", date="2025-05-02T08:00")),
    "late before anyone": case(ARREST, ev("first_appearance", "f1", date="2025-05-06",
                                          before="investigator")),
    "not in person": case(ARREST, ev("first_appearance", "f1", date="2025-05-01",
                                     before="judge", in_person=False)),
    "before whom unknown": case(ev("arrest", "a1", date="2025-05-01T08:00"),
                                ev("first_appearance", "f1", date="2025-05-01T17:00")),
    "contacts of every kind": case(
        ARREST, ev("outside_contact", "o1", contact_with="family"),
        ev("outside_contact", "o2", contact_with="colleagues", granted=True),
        ev("outside_contact", "o3", contact_with="lawyer", granted=False),
        ev("outside_contact", "o4", contact_with="colleagues", granted=False),
        ev("outside_contact", "o5", contact_with="lawyer")),
    "how long without contact": case(ARREST, REFUSED,
                                     ev("outside_contact", "o2", date="2025-05-02",
                                        contact_with="lawyer")),
    "order without reasons": case(ARREST, ev("detention_order", "d1", measure="custody",
                                             ordered_by="judge", individual_reasons=False)),
    "no milder measures": case(ARREST, ev("detention_order", "d1", measure="custody",
                                          alternatives_considered=False)),
    "order by an investigator": case(ARREST, ev("detention_order", "d1", measure="custody",
                                                ordered_by="investigator")),
    "order by nobody": case(ARREST, ev("detention_order", "d1", measure="custody",
                                       ordered_by="none")),
    "order by another body": case(ARREST, ev("detention_order", "d1", measure="custody",
                                             ordered_by="other")),
    "challenges and requests": case(
        ARREST, ev("appeal", "ap1", against="detention", outcome="not_admitted",
                   own_default=True),
        ev("appeal", "ap2", against="detention", outcome="pending"),
        ev("defence_request", "q1", request="release", granted=False,
           refusal_reasoned=False),
        ev("defence_request", "q2", request="release", granted=False)),
    "characterised as torture": case(ev("ill_treatment", "t1", treatment=["beating"],
                                        characterised_as="torture")),
}


@pytest.mark.parametrize("name", sorted(BRANCHES))
def test_every_branch_is_whole_templates_and_translated(name: str) -> None:
    # a state with no derogation in force, whose notes quote the treaty data in English
    c = fairtrial.from_data({**BRANCHES[name], "jurisdiction": "DE"})
    with using(Lang("xx", _Marked())):
        marked = fairtrial.assess(c)
    assert not [*_unmarked(c, marked, "search"), *_unmarked(c, marked, "custody")]
    t, misses = _recording("ru")
    russian = fairtrial.assess(c, lang=t)  # type: ignore[arg-type]
    assert not misses.seen & _OURS
    said = [line for f in russian.findings if f.area.value in ("search", "custody")
            for line in (*f.reasoning, *f.against, *f.questions)]
    assert said
    own = sorted(set(_case_text(fairtrial.dump(c))), key=len, reverse=True)
    for line in said:
        for item in own:
            line = line.replace(item, " ")
        assert set(re.findall(r"[A-Za-z]{3,}", line)) <= _CITED, line
