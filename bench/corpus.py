"""A seeded synthetic corpus of realistic, valid case files for benchmarks and batch tests.

Several defendants; every kind of event with plausible details; dates ascending; links
(retractions, evidence, seizures) pointing to earlier events of the right kind.
"""

from __future__ import annotations

import json
import random
from datetime import datetime, timedelta
from typing import Any

KINDS = ["search", "seizure", "interrogation", "outside_contact", "counsel_access",
         "counsel_interference", "first_appearance", "detention_order", "release",
         "formal_charge", "public_statement", "broadcast_confession", "ill_treatment",
         "investigation", "medical_examination", "hearing", "plea", "confession", "retraction",
         "evidence", "expert_report", "defence_request", "appeal", "pardon", "other", "verdict"]


def make_case(n_events: int, seed: int = 0, defendants: int = 3) -> dict[str, Any]:
    rng = random.Random(seed * 100_003 + n_events)
    people = [{"id": f"d{i}", "name": f"Defendant {i}", "roles": ["defendant", "journalist"]}
              for i in range(defendants)]
    people += [{"id": "official", "name": "An official", "roles": ["official"]},
               {"id": "lawyer", "name": "A lawyer", "roles": ["defence_counsel"]}]
    sources = [{"id": f"s{i}", "kind": "media_report", "publisher": f"Outlet {i}",
                "date": "2025"} for i in range(3)]

    def prov() -> dict[str, Any]:
        return {"asserted_by": [rng.choice(["ngo", "court", "defence", "media"])],
                "standing": rng.choice(["established", "alleged", "disputed"]),
                "sources": [rng.choice(sources)["id"]]}

    charges = [{"id": f"c{i}", "defendant": p["id"], "code": "Criminal Code", "article": "278(3)",
                "description": "public calls for mass unrest", "conduct": ["speech"],
                "provenance": prov()} for i, p in enumerate(people[:defendants])]
    moment = datetime(2025, 1, 1)
    events: list[dict[str, Any]] = []
    by_kind: dict[str, list[str]] = {}
    for i in range(n_events):
        kind = "arrest" if i < defendants else KINDS[(i - defendants) % len(KINDS)]
        moment += timedelta(hours=rng.randint(1, 30))
        subject = [people[i % defendants]["id"]]
        e: dict[str, Any] = {"id": f"e{i}", "kind": kind, "date": moment.strftime("%Y-%m-%d"),
                             "subjects": subject, "summary": f"Event {i} of kind {kind}.",
                             "provenance": prov()}
        b = rng.choice([True, False])
        prior = lambda k: by_kind.get(k, [])[-3:]  # noqa: E731 - a local shorthand
        details: dict[str, Any] = {
            "arrest": {"reasons_given": b, "family_notified": not b},
            "search": {"warrant_shown": b, "authorised_by": rng.choice(["judge", "none"])},
            "seizure": {"items": ["phone", "laptop"], "search": (prior("search") or [None])[0]},
            "interrogation": {"counsel_present": b, "duration_hours": rng.randint(1, 12)},
            "outside_contact": {"contact_with": "family", "granted": b},
            "counsel_access": {"granted": b, "chosen_by": "defendant", "confidential": b},
            "first_appearance": {"before": "judge", "in_person": True},
            "detention_order": {"ordered_by": "judge", "measure": "custody",
                                "individual_reasons": b},
            "release": {"gag_order": b},
            "formal_charge": {"charges": [f"c{i % defendants}"]},
            "public_statement": {"actors": ["official"], "presents_as_guilty": b,
                                 "quote": "They are guilty."},
            "ill_treatment": {"treatment": ["threats"], "to_obtain_statement": True},
            "investigation": {"into": prior("ill_treatment"), "independent": b},
            "medical_examination": {"independent": b},
            "hearing": {"stage": "trial", "public": b, "defendant_present": True},
            "plea": {"plea": "guilty"},
            "confession": {"setting": "interrogation", "counsel_present": b},
            "retraction": {"retracts": prior("confession"), "alleges_coercion": True},
            "evidence": {"evidence_kind": "confession", "offered_by": "prosecution",
                         "ruling": "admitted", "derived_from": prior("confession")},
            "expert_report": {"appointed_by": "court", "conclusion": "does_not_support",
                              "treatment": "dismissed_without_reasons"},
            "defence_request": {"request": "call_witness", "granted": b},
            "appeal": {"against": "detention", "outcome": "dismissed"},
            "verdict": {"results": [{"person": subject[0], "outcome": "convicted",
                                     "sentence": "five years", "custodial": True}],
                        "reasons": "conclusory", "relied_on": prior("evidence"),
                        "other_evidence": b},
        }.get(kind, {})
        e.update({k: v for k, v in details.items() if v not in (None, [])})
        events.append(e)
        by_kind.setdefault(kind, []).append(e["id"])
    return {"format_version": "1.0", "id": f"synthetic-{n_events}-{seed}",
            "title": f"Synthetic case with {n_events} events", "jurisdiction": "KG",
            "stage": "judgment", "sources": sources, "people": people, "charges": charges,
            "events": events}


def make_bytes(n_events: int, seed: int = 0) -> bytes:
    # Compact, as JSON Lines are: one corpus format for every benchmark.
    return json.dumps(make_case(n_events, seed)).encode()
