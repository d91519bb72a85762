"""YAML case files: the same data, problems and assessment as JSON, with line numbers, and none
of YAML's surprises."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import fairtrial
from fairtrial.cli._cli import main
from fairtrial.record import _yaml

from .conftest import EXAMPLES, MINIMAL
from .strategies import cases

KLOOP = EXAMPLES / "kloop-2025.json"


def run(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    code = main(list(argv), out=out)
    return code, out.getvalue()


def yaml_of(data: dict[str, Any]) -> str:
    return _yaml.dumps(data)


@pytest.fixture
def kloop_yaml(tmp_path: Path) -> Path:
    target = tmp_path / "kloop-2025.yaml"
    code, _ = run("convert", str(KLOOP), "-o", str(target))
    assert code == 0
    return target


@pytest.mark.parametrize("fmt", ["json", "text", "csv"])
def test_the_bundled_case_in_yaml_assesses_byte_identically(kloop_yaml: Path, fmt: str) -> None:
    from_yaml = run("assess", str(kloop_yaml), "--format", fmt)[1]
    # CSV names the file on every row; nothing else may differ.
    assert from_yaml.replace(str(kloop_yaml), "FILE") == \
        run("assess", str(KLOOP), "--format", fmt)[1].replace(str(KLOOP), "FILE")


@pytest.mark.parametrize("fmt", ["json", "md", "html"])
def test_the_bundled_case_in_yaml_reports_byte_identically(kloop_yaml: Path, fmt: str) -> None:
    assert run("report", str(kloop_yaml), "--format", fmt)[1] == \
        run("report", str(KLOOP), "--format", fmt)[1]


@pytest.mark.parametrize("name", ["kloop-2025.json", "gafgen-2003.json"])
def test_convert_round_trip_is_byte_identical(tmp_path: Path, name: str) -> None:
    there = tmp_path / "case.yaml"
    assert run("convert", str(EXAMPLES / name), "-o", str(there))[0] == 0
    assert there.read_text(encoding="utf-8").startswith(
        "# yaml-language-server: $schema=case.schema.json\n")
    code, back = run("convert", str(there))
    assert code == 0
    assert back == (EXAMPLES / name).read_text(encoding="utf-8")


@given(cases())
def test_any_case_survives_yaml(case: fairtrial.Case) -> None:
    data = fairtrial.dump(case)
    # Compared as text: key order must survive too, not only the values.
    assert _yaml.json_text(_yaml.parse(yaml_of(data))) == _yaml.json_text(data)
    assert _yaml.loads(yaml_of(data)) == case


def test_dates_stay_the_text_written_and_no_stays_no(minimal: dict[str, Any]) -> None:
    text = yaml_of(minimal) + "as_of: 2025-05-28\nnotes: no\n"
    data = _yaml.parse(text)
    assert data["as_of"] == "2025-05-28" and data["notes"] == "no"
    assert fairtrial.validate(data) == []


def test_problems_are_the_json_problems_with_lines(minimal: dict[str, Any]) -> None:
    minimal["stage"] = "trail"
    minimal["people"][0]["rolez"] = ["defendant"]
    text = yaml_of(minimal)
    expected = fairtrial.validate(minimal)
    got = _yaml.validate_text(text)
    assert sorted(got, key=lambda p: p.path) == sorted(expected, key=lambda p: p.path)
    assert sorted(p.message for p in got) == sorted(p.message for p in expected)
    assert [p.line for p in got] == sorted(p.line or 0 for p in got)  # in the file's order
    lines = text.splitlines()
    for p in got:
        assert p.line is not None
        key = p.path.rsplit("/", 1)[1]
        assert key in lines[p.line - 1], (p, lines[p.line - 1])


def test_validate_command_shows_lines(tmp_path: Path, minimal: dict[str, Any]) -> None:
    minimal["events"] = [{"kind": "arrest", "id": "a1", "date": "28.05.2025",
                          "subjects": ["p2"], "provenance": {
                              "asserted_by": ["court"], "standing": "established",
                              "sources": ["s1"]}}]
    path = tmp_path / "c.yaml"
    path.write_text(yaml_of(minimal), encoding="utf-8")
    code, out = run("validate", str(path))
    assert code == 1
    assert "line 18, /events/0/date: " in out and "2025-05-28" in out
    assert "line 20, /events/0/subjects/0: 'p2' is not the id" in out
    code, out = run("validate", str(path), "--format", "json")
    problems = json.loads(out)[0]["problems"]
    assert [p["line"] for p in problems] == [18, 20]


@pytest.mark.parametrize(("tail", "code", "words"), [
    ("notes: !!python/object:os.system x\n", "yaml.tag", "not allowed"),
    ("notes: !custom x\n", "yaml.tag", "not allowed"),
    ("notes: &n x\nsummary: *n\n", "yaml.alias", "anchors"),
    ("notes: x\nnotes: y\n", "duplicate-key", "appears twice"),
    ("1: x\n", "yaml.key", "not a field name"),
    ("<<: {notes: x}\n", "yaml.merge", "merge keys"),
    ("notes: .inf\n", "yaml.number", "not allowed"),
    ("notes: [x\n", "yaml", "not valid YAML"),
    ("---\nid: x\n", "yaml", "not valid YAML"),
])
def test_surprises_are_refused(minimal: dict[str, Any], tail: str, code: str,
                               words: str) -> None:
    with pytest.raises(fairtrial.InvalidCase) as info:
        _yaml.loads(yaml_of(minimal) + tail)
    problem = info.value.problems[0]
    assert problem.code == code and words in problem.message
    assert problem.line is not None


@pytest.mark.parametrize("text", ["", "- a\n- b\n", "just text\n", "null\n"])
def test_a_file_that_is_not_a_mapping(text: str) -> None:
    with pytest.raises(fairtrial.InvalidCase) as info:
        _yaml.loads(text)
    assert info.value.problems[0].code == "top-level"


def test_alias_bombs_are_refused_quickly() -> None:
    lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
    lines += [f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 10)}]" for i in range(1, 30)]
    with pytest.raises(fairtrial.InvalidCase) as info:
        _yaml.loads("\n".join(lines) + "\n")
    assert all(p.code == "yaml.alias" for p in info.value.problems)


def test_yaml_hints_say_to_quote(minimal: dict[str, Any]) -> None:
    text = yaml_of({**minimal, "format_version": "2.0"}).replace("'2.0'", "2.0")
    text += "as_of: 2025\n"
    messages = {p.path: p.message for p in _yaml.validate_text(text)}
    assert messages["/format_version"].endswith('put it in quotes, "2.0"')
    assert messages["/as_of"].endswith('put it in quotes, "2025"')


def test_an_empty_field_says_to_fill_or_delete_it(minimal: dict[str, Any]) -> None:
    problems = _yaml.validate_text(yaml_of(minimal) + "notes:\n")
    assert [p.message for p in problems] == [
        "expected a string, found null; a field with nothing after the colon is empty (null) "
        "in YAML: write its value, or delete the line to leave it unknown"]


def test_json_schema_key_is_allowed_and_becomes_the_yaml_comment(
        tmp_path: Path, minimal: dict[str, Any]) -> None:
    path = tmp_path / "c.json"
    path.write_text(json.dumps({"$schema": "../schemas/case.schema.json", **minimal}))
    assert run("validate", str(path))[0] == 0
    code, out = run("convert", str(path))
    assert code == 0
    assert out.startswith("# yaml-language-server: $schema=../schemas/case.schema.json\n")
    assert "$schema:" not in out


def test_convert_refuses_an_invalid_file(tmp_path: Path, minimal: dict[str, Any],
                                         capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "c.yaml"
    path.write_text(yaml_of(minimal).replace("stage: trial", "stage: trail"))
    target = tmp_path / "c.json"
    assert run("convert", str(path), "-o", str(target))[0] == 1
    assert not target.exists()
    assert "line 5, /stage:" in capsys.readouterr().err


def test_without_the_extra_yaml_is_a_usage_error(
        kloop_yaml: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(_yaml, "available", lambda: False)
    for argv in (["validate", str(kloop_yaml)], ["report", str(kloop_yaml)],
                 ["assess", str(kloop_yaml)], ["convert", str(kloop_yaml)]):
        assert run(*argv)[0] == 2
        err = capsys.readouterr().err
        assert "pip install 'fairtrial[yaml]'" in err and "Traceback" not in err


@given(st.text(max_size=300))
def test_no_text_crashes_the_yaml_reader(text: str) -> None:
    try:
        _yaml.loads(text)
    except fairtrial.InvalidCase as exc:
        assert exc.problems and all(p.message for p in exc.problems)


@given(cases(max_events=3), st.data())
def test_a_broken_yaml_case_gives_problems_not_a_crash(case: fairtrial.Case,
                                                        data: st.DataObject) -> None:
    text = yaml_of(fairtrial.dump(case))
    cut = data.draw(st.integers(0, len(text)))
    junk = data.draw(st.sampled_from(["", ":", "- ", "\t", "{", "&a ", "*a", "!!binary ",
                                      "\n  x: 1\n", "'", "2025-13-45", "\x00"]))
    try:
        _yaml.loads(text[:cut] + junk + text[cut:])
    except fairtrial.InvalidCase as exc:
        assert exc.problems
        assert all(p.line is None or 1 <= p.line <= text.count("\n") + 3
                   for p in exc.problems)


def test_the_public_load_reads_yaml(kloop_yaml: Path) -> None:
    assert fairtrial.load(kloop_yaml) == fairtrial.load(KLOOP)


def test_upgrade_explains_itself_for_yaml(kloop_yaml: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    assert run("upgrade", str(kloop_yaml))[0] == 2
    assert "write format_version: '2.0' by hand" in capsys.readouterr().err


def test_minimal_is_valid_in_yaml() -> None:
    assert _yaml.validate_text(yaml_of(MINIMAL)) == []


def test_convert_never_overwrites_its_input_or_crashes(
        kloop_yaml: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = kloop_yaml.read_bytes()
    assert run("convert", str(kloop_yaml), "-o", str(kloop_yaml), "--to", "yaml")[0] == 2
    assert kloop_yaml.read_bytes() == before
    assert run("convert", str(tmp_path / "missing.yaml"))[0] == 2
    assert run("convert", str(tmp_path))[0] == 2
    err = capsys.readouterr().err
    assert "is the input file itself" in err and "Traceback" not in err
