"""Format 2 and the upgrade of format 1 files: nothing a user recorded is ever lost."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given

import fairtrial
from fairtrial import Case
from fairtrial.cli._cli import main

from .conftest import EXAMPLES, MINIMAL, prov
from .strategies import cases


def _as_format_1(case: Case) -> dict[str, Any]:
    data = fairtrial.dump(case)
    data["format_version"] = "1.0"
    return data


@given(cases())
def test_upgrade_dump_load_gives_the_same_record(case: Case) -> None:
    old = _as_format_1(case)
    upgraded = fairtrial.upgrade(old)
    assert upgraded["format_version"] == fairtrial.FORMAT_VERSION
    assert {k: v for k, v in upgraded.items() if k != "format_version"} == {
        k: v for k, v in old.items() if k != "format_version"}
    again = fairtrial.from_data(upgraded)
    assert fairtrial.dump(again) == upgraded
    # The format 1 file itself loads, and means the same as its upgrade.
    assert fairtrial.assess(fairtrial.from_data(old)).findings == \
        fairtrial.assess(again).findings


def test_upgrade_leaves_current_and_unknown_versions_alone() -> None:
    current = {**copy.deepcopy(MINIMAL), "format_version": "2.0"}
    assert fairtrial.upgrade(current) is current
    odd = {**copy.deepcopy(MINIMAL), "format_version": "9.9"}
    assert fairtrial.upgrade(odd) is odd
    assert [p.path for p in fairtrial.validate(odd)] == ["/format_version"]


def test_cli_upgrade_writes_every_fact_and_keeps_key_order(tmp_path: Path) -> None:
    original = json.loads((EXAMPLES / "kloop-2025.json").read_text("utf-8"))
    original["format_version"] = "1.0"  # the bundled case as it was first recorded
    source = tmp_path / "in" / "kloop-2025.json"
    source.parent.mkdir()
    source.write_text(json.dumps(original, indent=2, ensure_ascii=False), "utf-8")
    assert main(["upgrade", str(source), "-o", str(tmp_path)]) == 0
    written = json.loads((tmp_path / "kloop-2025.json").read_text("utf-8"))
    assert list(written) == list(original)
    assert written == {**original, "format_version": "2.0"}


def test_cli_upgrade_refuses_an_invalid_file_and_writes_nothing(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({**MINIMAL, "stage": "nowhere"}), "utf-8")
    out = tmp_path / "out"
    out.mkdir()
    assert main(["upgrade", str(bad), "-o", str(out)]) == 1
    assert list(out.iterdir()) == []
    assert "/stage" in capsys.readouterr().err


def test_cli_upgrade_needs_a_target_for_several_files(
        capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["upgrade", "a.json", "b.json"]) == 2
    assert "-o DIR or --in-place" in capsys.readouterr().err


def test_validate_says_a_format_1_file_is_format_1_and_how_to_upgrade(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    old = tmp_path / "old.json"
    old.write_text(json.dumps(MINIMAL), "utf-8")
    assert main(["validate", str(old)]) == 0
    text = capsys.readouterr().out
    assert "format 1.0 file" in text and "fairtrial upgrade" in text


def test_format_2_facts_load_and_round_trip() -> None:
    data = copy.deepcopy(MINIMAL)
    data["format_version"] = "2.0"
    data["people"].append({"id": "w1", "name": "A Witness", "roles": ["witness"],
                           "other_names": ["Свидетель"]})
    data["events"] = [
        {"id": "st1", "kind": "statement", "subjects": ["w1"], "maker_role": "witness",
         "nature": "incriminates_others", "in_custody": True, "used_against": ["p1"],
         "anonymous": False, "maker_examined": False, "counterbalancing": ["corroboration"],
         "weight": "decisive", "title": "The witness's statement to the police",
         "provenance": prov()},
        {"id": "sv1", "kind": "surveillance", "subjects": ["p1"], "method": "listening_device",
         "legal_basis": "internal_guidelines", "provenance": prov()},
        {"id": "bi1", "kind": "bodily_intervention", "subjects": ["p1"], "forced": True,
         "medical_risk": True, "provenance": prov()},
    ]
    data["context"] = [{"kind": "retaliation_journalism", "description": "After an article.",
                        "provenance": prov("alleged", ("ngo",))}]
    case = fairtrial.from_data(data)
    assert fairtrial.from_data(fairtrial.dump(case)) == case
    assert case.events[0].used_against == ("p1",)


def _group_case(count: int, among: list[str], subjects: list[str] | None = None) -> dict[str, Any]:
    data = json.loads((Path(__file__).parent / "scenarios" /
                       "group-refusal-unattributed.json").read_text("utf-8"))["case"]
    data["events"][0]["some_of"] = {"count": count, "among": among}
    data["events"][0]["subjects"] = subjects or []
    return data


def test_some_of_must_leave_someone_out() -> None:
    problems = fairtrial.validate(_group_case(3, ["p1", "p2", "p3"]))
    assert [(p.path, p.code) for p in problems] == [("/events/0/some_of/count", "group")]
    assert "list them in 'subjects'" in problems[0].message


def test_some_of_does_not_repeat_a_known_subject() -> None:
    problems = fairtrial.validate(_group_case(1, ["p1", "p2"], subjects=["p1"]))
    assert [(p.path, p.code, p.value) for p in problems] == [
        ("/events/0/some_of/among", "group", "p1")]


def test_a_breach_of_some_of_a_group_counts_for_the_case_and_no_one_person() -> None:
    data = _group_case(2, ["p1", "p2", "p3"])
    prov_ = data["events"][0]["provenance"]
    data["events"][0] = {"id": "t1", "kind": "ill_treatment", "date": "2024-01-10",
                         "treatment": ["beating"], "context": "detention_conditions",
                         "subjects": [], "some_of": {"count": 2, "among": ["p1", "p2", "p3"]},
                         "provenance": prov_}
    a = fairtrial.assess(fairtrial.from_data(data))
    assert {g.letter for _, g in a.grades} == {"incomplete"}
    assert a.grade.letter == "D"
    assert a.grade.reasons == (
        "Free from torture and ill-treatment: violation (grave) for 2 of Ada Accused, Bo Accused "
        "and Cy Accused",)
    finding = a.finding("custody.ill-treatment", "p2")
    assert finding.questions[0] == ("Was Bo Accused among the 2 people concerned by the "
                                    "ill-treatment on 10 January 2024?")
    # Named in full, it is each named person's own violation, and the other has none.
    named = copy.deepcopy(data)
    named["events"][0]["subjects"] = ["p1", "p2"]
    del named["events"][0]["some_of"]
    b = fairtrial.assess(fairtrial.from_data(named))
    assert b.finding("custody.ill-treatment", "p2").outcome.value == "violation"
    assert b.finding("custody.ill-treatment", "p3").outcome.value == "not_applicable"


def test_a_body_finding_is_quoted_beside_findings_on_its_event_and_changes_no_outcome() -> None:
    data = copy.deepcopy(MINIMAL)
    data["format_version"] = "2.0"
    data["organisations"] = [{"id": "wgad", "name": "UN Working Group on Arbitrary Detention",
                              "kind": "international_body"}]
    data["events"] = [
        {"id": "beat", "kind": "ill_treatment", "date": "2025-01-02", "subjects": ["p1"],
         "treatment": ["beating"], "provenance": prov("alleged", ("defendant",))},
        {"id": "bf", "kind": "body_finding", "date": "2025-09-01", "body": "wgad",
         "about": ["beat"], "finding": "The detainee's injuries were consistent with his account",
         "provenance": prov("established", ("international_body",))}]
    with_body = fairtrial.assess(fairtrial.from_data(data))
    data["events"].pop()
    without = fairtrial.assess(fairtrial.from_data(data))
    assert [f.outcome for f in with_body.findings] == [f.outcome for f in without.findings]
    lines = [r for f in with_body.findings for r in f.reasoning if "Working Group" in r]
    assert lines and all("\u201cThe detainee's injuries were consistent with his account.\u201d"
                         in r and "not adopted" in r for r in lines)


def test_events_in_controlled_territory_say_whose_treaties_apply() -> None:
    data = copy.deepcopy(MINIMAL)
    data["jurisdiction"], data["territory"] = "RU", "UA"
    rows = {t.treaty: t for t in fairtrial.assess(fairtrial.from_data(data)).treaties}
    note = rows["territory"].note
    assert "territory of UA under the control of RU" in note
    assert "the table above is RU's" in note
    data["territory"] = "RU"  # the state's own territory: nothing to say
    assert "territory" not in {t.treaty for t in
                               fairtrial.assess(fairtrial.from_data(data)).treaties}


def test_the_reports_say_whose_treaties_apply_in_controlled_territory() -> None:
    data = copy.deepcopy(MINIMAL)
    data["jurisdiction"], data["territory"] = "RU", "UA"
    case = fairtrial.from_data(data)
    md = fairtrial.render_report(case, "md")
    assert "Jurisdiction outside the state's own territory" in md
    assert "the table above is RU's" in md
    ru = fairtrial.render_report(case, "md", lang="ru")
    assert "Юрисдикция за пределами собственной территории государства" in ru
