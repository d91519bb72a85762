"""The confessions and presumption areas in other languages: every branch of their reasons is
a whole message template with a translation (the scenarios reach only some of them), and the
sentences chosen by how a statement was used are the same sentence in each variant."""

from __future__ import annotations

import re
from typing import Any

import pytest

import fairtrial
from fairtrial._i18n import Lang, using
from fairtrial.checklist import confessions

from .checklist_cases import COERCED, CONFESSION, WITNESS, case, ev, verdict
from .test_i18n import TEMPLATE, _Marked, _recording, _unmarked

pytest.importorskip("babel")


def _bodily(**details: Any) -> dict[str, Any]:
    return ev("bodily_intervention", "b1", date="2025-05-01", **details)


def _found(source: str, **details: Any) -> dict[str, Any]:
    return ev("evidence", "x1", evidence_kind="physical", derived_from=[source],
              ruling="admitted", **details)


_EMETICS = {"procedure": "forced administration of emetics", "forced": True,
            "medical_risk": True}
_WITNESS_STATEMENT = ev("statement", "st1", date="2025-05-03", subjects=["w1"],
                        used_against=["p1"])
_BEATEN_WITNESS = ev("ill_treatment", "tw", date="2025-05-02", subjects=["w1"],
                     treatment=["beating"], to_obtain_statement=True)
_PROMISES = {**COERCED, "treatment": ["promises"]}  # established by a court

_OFFICIAL = {"id": "o1", "name": "A. Minister", "roles": ["official"]}

#: name -> (criterion, expected outcome, case data): branches the scenarios do not reach.
BRANCHES: dict[str, tuple[str, str, dict[str, Any]]] = {
    "bodily, sole evidence": ("confessions.derived-evidence", "likely_violation", case(
        _bodily(**_EMETICS), _found("b1", weight="sole"), verdict(relied_on=["x1"]))),
    "bodily, not known to be forced": ("confessions.derived-evidence", "insufficient_information",
                                       case(_bodily(), _found("b1"), verdict(relied_on=["x1"]))),
    "bodily, forced, risk unknown": ("confessions.derived-evidence", "insufficient_information",
                                     case(_bodily(procedure="a blood test", forced=True),
                                          _found("b1"), verdict(relied_on=["x1"]))),
    "bodily, other evidence": ("confessions.derived-evidence", "no_violation", case(
        _bodily(forced=True, less_intrusive_available=True), _found("b1"),
        ev("evidence", "x2", evidence_kind="documentary", title="Bank records"),
        verdict(relied_on=["x1", "x2"]))),
    "beating, corroborative": ("confessions.derived-evidence", "no_violation", case(
        COERCED, _found("t1", weight="corroborative"), verdict(relied_on=["x1"]))),
    "beating, not relied on": ("confessions.derived-evidence", "no_violation", case(
        COERCED, _found("t1", weight="not_relied_on"), verdict())),
    "beating, nothing else": ("confessions.derived-evidence", "violation", case(
        COERCED, _found("t1"), verdict(relied_on=["x1"], other_evidence=False))),
    "beating, weight unknown": ("confessions.derived-evidence", "insufficient_information",
                                case(COERCED, _found("t1"), verdict(relied_on=["x1"]))),
    "beating, excluded": ("confessions.derived-evidence", "no_violation", case(
        COERCED, {**_found("t1"), "ruling": "excluded"})),
    "promises, weighed": ("confessions.coerced-statement-used", "violation", case(
        _PROMISES, {**CONFESSION, "counsel_present": False},
        ev("evidence", "x1", evidence_kind="confession", derived_from=["cf1"],
           ruling="admitted", weight="decisive"))),
    "promises, weight unknown": ("confessions.coerced-statement-used",
                                 "insufficient_information", case(
        _PROMISES, CONFESSION, ev("evidence", "x1", evidence_kind="confession",
                                  derived_from=["cf1"], ruling="admitted"))),
    "witness beaten": ("confessions.coerced-statement-used", "violation", case(
        WITNESS, _BEATEN_WITNESS, _WITNESS_STATEMENT, verdict(relied_on=["st1"]))),
    "witness pressed": ("confessions.coerced-statement-used", "insufficient_information", case(
        WITNESS, {**_BEATEN_WITNESS, "treatment": ["promises"]}, _WITNESS_STATEMENT,
        ev("evidence", "x1", evidence_kind="witness_statement", derived_from=["st1"],
           ruling="admitted"))),
    "witness retracted": ("confessions.coerced-statement-used", "insufficient_information", case(
        WITNESS, _WITNESS_STATEMENT, ev("retraction", "r1", date="2025-06-01", subjects=["w1"],
                                        retracts=["st1"], alleges_coercion=True),
        verdict(relied_on=["st1"]))),
    "witness statement excluded": ("confessions.coerced-statement-used", "no_violation", case(
        WITNESS, _BEATEN_WITNESS, {**_WITNESS_STATEMENT, "ruling": "excluded"})),
    "claim examined": ("confessions.coerced-statement-used", "insufficient_information", case(
        CONFESSION, ev("retraction", "r1", date="2025-08-01", retracts=["cf1"],
                       alleges_coercion=True),
        verdict(relied_on=["cf1"], addressed_retraction=True))),
    "inquiry not independent": ("confessions.allegation-investigated", "violation", case(
        COERCED, ev("investigation", "n1", date="2025-06-01", into=["t1"],
                    independent=False))),
    "inquiry, nothing known": ("confessions.allegation-investigated",
                               "insufficient_information", case(
        COERCED, ev("investigation", "n1", date="2025-06-01", into=["t1"]))),
    "official with a quote": ("presumption.official-statements", "violation", case(
        _OFFICIAL, ev("public_statement", "ps1", date="2025-05-20", actors=["o1"],
                      quote="a traitor", presents_as_guilty=True))),
    "unnamed official": ("presumption.official-statements", "violation", case(
        ev("public_statement", "ps1", date="2025-05-20", presents_as_guilty=True))),
    "named officials, not guilty": ("presumption.official-statements", "no_violation", case(
        _OFFICIAL, {**_OFFICIAL, "id": "o2", "name": "Second Official"},
        ev("public_statement", "ps1", date="2025-05-20", actors=["o1", "o2"],
           presents_as_guilty=False))),
    "named official, unknown": ("presumption.official-statements", "insufficient_information",
                                case(_OFFICIAL, ev("public_statement", "ps1", actors=["o1"]))),
    "broadcast by a named official": ("presumption.official-statements", "violation", case(
        _OFFICIAL, ev("broadcast_confession", "bc1", date="2025-05-21", actors=["o1"]))),
    "broadcast of someone": ("presumption.official-statements", "insufficient_information",
                             case({**ev("broadcast_confession", "bc1", date="2025-05-21"),
                                   "subjects": []})),
    "acquitted": ("confessions.retraction-examined", "not_applicable", case(
        CONFESSION, ev("retraction", "r1", date="2025-08-01", retracts=["cf1"],
                       alleges_coercion=True),
        ev("verdict", "v1", date="2025-09-17",
           results=[{"person": "p1", "outcome": "acquitted"}]))),
}


def _finding(name: str, lang: str | Lang | None = None) -> fairtrial.Finding:
    criterion, _x, data = BRANCHES[name]
    a = fairtrial.assess(fairtrial.from_data(data), lang=lang)  # type: ignore[arg-type]
    return a.finding(criterion, "p1")


@pytest.mark.parametrize("name", sorted(BRANCHES))
def test_each_branch_reaches_its_outcome(name: str) -> None:
    assert _finding(name).outcome.value == BRANCHES[name][1]


@pytest.mark.parametrize("name", sorted(BRANCHES))
def test_each_branch_is_written_in_whole_templates(name: str) -> None:
    case_ = fairtrial.from_data(BRANCHES[name][2])
    with using(Lang("xx", _Marked())):
        a = fairtrial.assess(case_)
    assert not _unmarked(case_, a, BRANCHES[name][0].split(".")[0])


#: The messages of these areas (other areas' may not be translated yet).
_OWN = {m.id if isinstance(m.id, str) else m.id[0] for m in TEMPLATE
        if any(path.endswith(("checklist/confessions.py", "checklist/presumption.py"))
               for path, _x in m.locations)}


@pytest.mark.parametrize("name", sorted(BRANCHES))
def test_each_branch_has_its_russian(name: str) -> None:
    t, misses = _recording("ru")
    f = _finding(name, t)
    assert _OWN and not misses.seen & _OWN
    text = " ".join((*f.reasoning, *f.against, *f.questions))
    assert not re.search(r"\{[a-z_]+\}", text)
    # the words of the sentence are Russian (names, dates' digits and citations aside)
    assert re.search("[а-я]{4,}", text)


def test_each_table_says_one_thing_several_ways() -> None:
    """The variants of a sentence chosen in code take the same fields, so that the code that
    fills one fills them all."""
    tables = [v for k, v in vars(confessions).items()
              if k.startswith("_") and k.isupper() and isinstance(v, dict)
              and v and all(isinstance(x, (str, tuple)) for x in v.values())]
    assert len(tables) >= 9
    for table in tables:
        variants = [x for v in table.values() for x in (v if isinstance(v, tuple) else (v,))]
        fields = {frozenset(re.findall(r"\{([a-z_]+)\}", x)) for x in variants}
        if table is confessions._ADMITTED:
            # only the "other evidence" reason names the other evidence
            fields = {f - {"evidence"} for f in fields}
        assert len(fields) == 1, table
