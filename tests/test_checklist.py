"""The checklist as a whole: ids, dependencies, citations, profiles, user criteria, plugins."""

from __future__ import annotations

import re
from typing import Any

import pytest

import fairtrial
from fairtrial.checklist import (
    BUILTIN,
    PROFILES,
    Area,
    Checklist,
    ChecklistError,
    Context,
    Criterion,
    Decision,
    Severity,
    breach,
    compliant,
    default_checklist,
    load_plugins,
    unknown,
)
from fairtrial.checklist._core import Citation
from fairtrial.model import Hearing

from .checklist_cases import case, ev


def _criterion(cid: str, depends_on: tuple[str, ...] = ()) -> Criterion:
    return Criterion(id=cid, area=Area.TRIBUNAL, title="t", question="q?", citations=(),
                     severity=Severity.MINOR, reads=(), depends_on=depends_on,
                     decide=lambda ctx: unknown("q?"))


def test_ids_are_stable_and_well_formed() -> None:
    for c in BUILTIN.criteria:
        assert re.fullmatch(r"[a-z]+\.[a-z0-9-]+", c.id)
        assert c.id.split(".")[0] == c.area.value
        assert c.question.endswith("?") and c.citations


def test_dependencies_come_first() -> None:
    seen: set[str] = set()
    for c in BUILTIN.criteria:
        assert set(c.depends_on) <= seen, c.id
        seen.add(c.id)


def test_a_cycle_is_an_error() -> None:
    with pytest.raises(ChecklistError, match="cycle"):
        Checklist.of("x", [_criterion("a.one", ("a.two",)), _criterion("a.two", ("a.one",))])


def test_unknown_dependency_and_duplicate_id_are_errors() -> None:
    with pytest.raises(ChecklistError, match="unknown criteria"):
        Checklist.of("x", [_criterion("a.one", ("a.nope",))])
    with pytest.raises(ChecklistError, match="two criteria"):
        Checklist.of("x", [_criterion("a.one"), _criterion("a.one")])


def test_unconfirmed_pinpoints_are_marked() -> None:
    gc32_41 = [c for crit in BUILTIN.criteria for c in crit.citations
               if c.source.startswith("HRC General Comment No. 32") and c.pinpoint == "para 41"]
    assert gc32_41 and not any(c.confirmed for c in gc32_41)
    assert str(gc32_41[0]).endswith("(pinpoint unconfirmed)")
    confirmed = {("HRC General Comment No. 32 (CCPR/C/GC/32)", "para 30"),
                 ("UN Basic Principles on the Role of Lawyers (1990)", "principle 7")}
    found = {(c.source, c.pinpoint) for crit in BUILTIN.criteria for c in crit.citations
             if c.confirmed}
    assert confirmed <= found


def test_profiles_select_areas_and_their_dependencies() -> None:
    core = default_checklist("core")
    areas = {c.area for c in core.criteria}
    assert set(PROFILES["core"]) <= areas
    # evidence.unlawfully-obtained needs the search finding, which core includes anyway;
    # custody.lawful-basis is outside core and absent.
    assert "custody.lawful-basis" not in {c.id for c in core.criteria}
    with pytest.raises(ChecklistError, match="unknown profile"):
        default_checklist("nope")


def _hearing_recorded(ctx: Context) -> Decision:
    hearings = ctx.events(Hearing)
    if any(h.notes for h in hearings):
        return compliant("The monitor wrote notes on every hearing.")
    if hearings:
        return breach("A hearing has no monitor's notes.", *(ctx.fact(h) for h in hearings))
    return unknown("Did the monitor attend a hearing?")


CUSTOM = Criterion(
    id="tribunal.monitor-notes", area=Area.TRIBUNAL, title="Monitor's notes kept",
    question="Did the monitor keep notes of each hearing?",
    citations=(Citation(source="OSCE/ODIHR Trial Monitoring Manual", kind="soft_law"),),
    severity=Severity.MINOR, reads=("hearing.notes",), decide=_hearing_recorded,
    depends_on=("tribunal.public-hearing",))


def test_a_user_criterion_runs_without_editing_the_package() -> None:
    checklist = BUILTIN.with_criteria(CUSTOM, name="mine")
    data = case(ev("hearing", "h1"))
    finding = fairtrial.assess(fairtrial.from_data(data), checklist).finding(
        "tribunal.monitor-notes", "p1")
    assert finding.outcome.value == "violation"
    assert checklist.criteria.index(CUSTOM) > [c.id for c in checklist.criteria].index(
        "tribunal.public-hearing")


class _EntryPoint:
    def __init__(self, name: str, obj: Any) -> None:
        self.name, self._obj = name, obj

    def load(self) -> Any:
        return self._obj


def test_plugins_come_from_entry_points(monkeypatch: pytest.MonkeyPatch) -> None:
    from importlib import metadata

    monkeypatch.setattr(metadata, "entry_points",
                        lambda group: [_EntryPoint("mine", lambda: [CUSTOM])])
    assert load_plugins() == [CUSTOM]
    assert "tribunal.monitor-notes" in {c.id for c in default_checklist(plugins=True).criteria}
    monkeypatch.setattr(metadata, "entry_points",
                        lambda group: [_EntryPoint("bad", 42)])
    with pytest.raises((ChecklistError, TypeError)):
        load_plugins()


def test_worst_combines_decisions() -> None:
    from fairtrial.checklist import Confidence, Outcome, not_applicable, worst

    empty = not_applicable("nothing recorded")
    assert worst([], empty=empty) is empty
    one = unknown("Was a lawyer present?")
    assert worst([one], empty=empty) is one  # nothing to combine: the decision itself
    repeated = unknown("Was a lawyer present?", "Was a lawyer present?")
    assert worst([repeated], empty=empty).questions == ("Was a lawyer present?",)
    mixed = worst([compliant("A judge signed the warrant."), unknown("Who searched?"),
                   Decision(Outcome.LIKELY_VIOLATION, ("No warrant was shown.",),
                            questions=("Was it shown later?",), confidence=Confidence.MEDIUM),
                   Decision(Outcome.LIKELY_VIOLATION, ("The record was not given.",),
                            confidence=Confidence.LOW)], empty=empty)
    assert mixed.outcome is Outcome.LIKELY_VIOLATION
    assert mixed.reasons == ("No warrant was shown.", "The record was not given.")
    assert mixed.confidence is Confidence.LOW  # the weakest of the leading decisions
    assert mixed.questions == ("Was it shown later?", "Who searched?")  # worse outcomes first
    assert mixed.against == ("A judge signed the warrant.",)  # what speaks the other way


def test_a_balance_says_what_could_decide_it() -> None:
    from fairtrial.checklist._core import Factor, Missing, Outcome, Toward, weigh

    two = [Factor("A lawyer was absent.", Toward.BREACH, 2),
           Factor("The statement was corroborated.", Toward.FAIRNESS, 2)]
    texts = {"breach_text": "unfair.", "fair_text": "fair."}
    tied = weigh("Weighing.", two, **texts)
    assert tied.outcome is Outcome.INSUFFICIENT
    # nothing is missing, so nothing missing is said to decide it
    assert "missing factors" not in tied.reasons[0] and "weigh the same" in tied.reasons[0]
    assert tied.questions  # still asks which other circumstances bear on it
    opened = weigh("Weighing.", two, [Missing("Was it used?", 2)], **texts)
    assert "missing factors could decide it" in opened.reasons[0]
    assert opened.questions == ("Was it used?",)
    tipped = weigh("Weighing.", [*two, Factor("No caution.", Toward.BREACH, 3)], **texts)
    assert tipped.outcome is Outcome.VIOLATION and "clearly against" in tipped.reasons[0]


def _faulty(ctx: Any) -> Any:
    raise KeyError("notes")


def test_a_faulty_criterion_is_named_and_the_batch_goes_on(
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
        tmp_path: Any) -> None:
    import io
    import json
    from importlib import metadata

    from fairtrial.cli._cli import main

    faulty = Criterion(
        id="tribunal.monitor-notes", area=Area.TRIBUNAL, title="Monitor's notes kept",
        question="Did the monitor keep notes?", citations=CUSTOM.citations,
        severity=Severity.MINOR, reads=("hearing.notes",), decide=_faulty)
    monkeypatch.setattr(metadata, "entry_points",
                        lambda group: [_EntryPoint("mine", lambda: [faulty])])
    from fairtrial.batch import _batch

    monkeypatch.setattr(_batch, "_CHECKLISTS", {})  # built afresh, and forgotten after
    path = tmp_path / "case.json"
    path.write_text(json.dumps(case(ev("hearing", "h1"))), encoding="utf-8")
    out = io.StringIO()
    # one case, text: no traceback, the criterion named, exit status 3
    assert main(["assess", "--plugins", str(path)], out=out) == 3
    err = capsys.readouterr().err
    assert "tribunal.monitor-notes" in err and "fault in the checklist" in err
    assert "Traceback" not in err
    # several cases as JSON Lines: an error record for each, the batch goes on
    out = io.StringIO()
    assert main(["assess", "--plugins", "--format", "json", str(path), str(path)],
                out=out) == 3
    records = [json.loads(line) for line in out.getvalue().splitlines()]
    assert len(records) == 2 and all("tribunal.monitor-notes" in r["error"] for r in records)


def test_where_the_covenant_and_the_convention_part_the_finding_says_so() -> None:
    # ICCPR 9(2) asks for reasons at the arrest, ECHR 5(2) "promptly"; ICCPR 14(5) asks for a
    # review of facts and law, ECHR P7-2 allows one confined to law.
    reasons = fairtrial.assess(fairtrial.from_data(case(
        ev("arrest", "a1", reasons_given=False, reasons_within_hours=True)))).finding(
        "custody.reasons-at-arrest", "p1")
    appeal = fairtrial.assess(fairtrial.from_data(case(
        ev("verdict", "v1", date="2025-01-10",
           results=[{"person": "p1", "outcome": "convicted"}]),
        ev("appeal", "ap1", against="verdict", reviewed_facts_and_law=False,
           review_limited_to_law=True)))).finding("judgment.appeal-review", "p1")
    for finding in (reasons, appeal):
        assert finding.is_breach
        assert "breaches the Covenant only" in " ".join(finding.reasoning)
    plain = fairtrial.assess(fairtrial.from_data(case(
        ev("arrest", "a1", reasons_given=False)))).finding("custody.reasons-at-arrest", "p1")
    assert "Covenant only" not in " ".join(plain.reasoning)


def test_pressure_whose_fruits_were_kept_out_breaches_the_covenant_only() -> None:
    # GC32 para 41 reads ICCPR 14(3)(g) as barring the pressure itself; ECHR art 6 asks whether
    # what it produced was used (Gäfgen [GC]). Kept out: said so; used: not said.
    def coercion(ruling: str) -> fairtrial.Finding:
        return fairtrial.assess(fairtrial.from_data(case(
            ev("ill_treatment", "t1", date="2025-01-02", treatment=["threats"],
               to_obtain_statement=True),
            ev("confession", "c1", date="2025-01-02"),
            ev("evidence", "e1", date="2025-03-01", evidence_kind="confession",
               derived_from=["c1"], ruling=ruling),
            ev("verdict", "v1", date="2025-04-01", other_evidence=True,
               relied_on=["e1"] if ruling == "admitted" else [],
               results=[{"person": "p1", "outcome": "convicted"}])))).finding(
            "confessions.coercion", "p1")
    kept_out, used = coercion("excluded"), coercion("admitted")
    assert kept_out.is_breach and used.is_breach
    assert "rests on the Covenant only" in " ".join(kept_out.reasoning)
    assert "Covenant only" not in " ".join(used.reasoning)


def test_a_grade_says_a_breach_bore_on_the_outcome_only_when_it_is_established() -> None:
    # A judgment without reasons bears on the conviction: established, D; only alleged, a
    # likely violation, C and provisional, its reason saying so.
    def graded(standing: str) -> fairtrial.Assessment:
        prov = {"asserted_by": ["defence"], "standing": standing, "sources": ["s1"]}
        return fairtrial.assess(fairtrial.from_data(case(
            ev("verdict", "v1", date="2025-04-01", reasons="none", jury=False, provenance=prov,
               results=[{"person": "p1", "outcome": "convicted"}]))))
    established, alleged = graded("established"), graded("alleged")
    reasoned = [f for f in alleged.findings if f.criterion == "judgment.reasoned"]
    assert [f.outcome.value for f in reasoned] == ["likely_violation"]
    assert established.grade.letter in ("D", "F")
    assert alleged.grade.letter == "C" and alleged.grade.provisional
    assert any("would bear on the conviction if established" in r
               for r in alleged.grade.reasons)


def test_a_factor_of_the_counsel_weighing_says_it_is_part_of_one_violation() -> None:
    # Questioned without a lawyer for no compelling reason, the statement decisive: the stage-2
    # weighing finds the violation, and each factor's breach says it is part of it.
    a = fairtrial.assess(fairtrial.from_data(case(
        ev("interrogation", "q1", date="2025-01-02", counsel_present=False),
        ev("counsel_access", "ca1", date="2025-01-02", granted=False,
           restriction_individual=False),
        ev("statement", "st1", date="2025-01-02", maker_role="defendant", nature="admission",
           setting="interrogation", interrogation="q1", weight="decisive"),
        ev("verdict", "v1", date="2025-04-01", relied_on=["st1"], other_evidence=False,
           results=[{"person": "p1", "outcome": "convicted"}]))))
    whole = a.finding("counsel.overall-fairness", "p1")
    part = a.finding("counsel.restriction-reasons", "p1")
    assert whole.is_breach and part.is_breach
    assert "not a separate violation" in part.reasoning[-1]
    assert not any("not a separate violation" in r for r in whole.reasoning)
