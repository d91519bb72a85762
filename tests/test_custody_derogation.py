"""A detention without a judge under a notified derogation (ECHR art 15): the finding keeps its
outcome and names the derogation among the points the other way, saying that it allows only
what the emergency strictly requires (Aksoy v Turkey: fourteen days without a judge were not
strictly required, though a derogation was in force; audit 15a, section 5)."""

from __future__ import annotations

from typing import Any

import fairtrial

PROV = {"asserted_by": ["court"], "standing": "established", "sources": ["s1"]}


def _case(jurisdiction: str) -> dict[str, Any]:
    place = "a district town in the region under the state of emergency"
    return {
        "format_version": "2.0", "id": "held", "title": "Held without a judge",
        "jurisdiction": jurisdiction, "stage": "investigation",
        "sources": [{"id": "s1", "kind": "court_document", "publisher": "Regional court"}],
        "people": [{"id": "p1", "name": "Ada Accused", "roles": ["defendant"]}],
        "events": [
            {"id": "a1", "kind": "arrest", "date": "1993-03-02", "subjects": ["p1"],
             "place": place, "provenance": PROV},
            {"id": "r1", "kind": "release", "date": "1993-03-16", "subjects": ["p1"],
             "place": place, "brought_before_judge": False, "provenance": PROV},
        ]}


def test_derogation_named_among_the_points_the_other_way() -> None:
    f = fairtrial.assess(fairtrial.from_data(_case("TR"))).finding("custody.prompt-judge", "p1")
    assert f.outcome.value == "violation"
    notes = [a for a in f.against if "derogation from ECHR art 5(3)" in a]
    assert notes, f.against
    assert "strictly required by the emergency" in notes[0]


def test_no_derogation_no_note() -> None:
    f = fairtrial.assess(fairtrial.from_data(_case("DE"))).finding("custody.prompt-judge", "p1")
    assert f.outcome.value == "violation"
    assert not any("derogation" in a for a in f.against)
