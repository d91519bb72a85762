"""``fairtrial new``: a template that explains itself and never validates unfinished."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pytest

import fairtrial
from fairtrial.cli._cli import main
from fairtrial.record import _template, _yaml
from fairtrial.reports import _timeline

KINDS = sorted(_template.KINDS)
# What a recorder might write in place of each placeholder, by field name.
FILL = {"date": "2025-05-28", "as_of": "2025-09-01", "until": "2025-07-28",
        "standing": "established", "asserted_by": "media", "kind": "media_report",
        "jurisdiction": "KG", "id": "kg-2025-example", "stage": "trial", "measure": "custody",
        "outcome": "convicted", "reasons": "conclusory", "treatment": "threats",
        "url": "https://example.org/report"}


def run(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    code = main(list(argv), out=out)
    return code, out.getvalue()


def filled(data: Any, path: tuple[str | int, ...] = ()) -> Any:
    if isinstance(data, dict):
        return {k: filled(v, (*path, k)) for k, v in data.items()}
    if isinstance(data, list):
        return [filled(v, (*path, i)) for i, v in enumerate(data)]
    if isinstance(data, str) and data.startswith("TODO"):
        if "true" in data:
            return True
        name = next(p for p in reversed(path) if isinstance(p, str))
        return FILL.get(name, f"Text for {name}")
    return data


@pytest.mark.parametrize("kind", KINDS)
def test_every_placeholder_is_a_problem_on_its_line(kind: str) -> None:
    text = _template.template(kind, "case.schema.json")
    problems = _yaml.validate_text(text)
    assert problems and {p.code for p in problems} == {"placeholder"}
    todo_lines = [n for n, line in enumerate(text.splitlines(), 1)
                  if "TODO" in line and not line.lstrip().startswith("#")]
    assert sorted(p.line for p in problems if p.line) == todo_lines
    assert all(p.message.startswith("still a placeholder (TODO ") for p in problems)


@pytest.mark.parametrize("kind", KINDS)
def test_a_filled_template_is_a_valid_case(kind: str) -> None:
    data = filled(_yaml.parse(_template.template(kind, None)))
    assert fairtrial.validate(data) == []
    case = fairtrial.from_data(data)
    assessment = fairtrial.assess(case)
    assert assessment.findings
    kinds = {e.kind for e in case.events}
    assert {"arrest", "interrogation", "first_appearance", "detention_order"} <= kinds
    assert not [w for w in _timeline.warnings(case) if w.code in ("unlinked", "unused-source")]


def test_the_templates_cover_the_common_event_kinds() -> None:
    kinds = set()
    for kind in KINDS:
        kinds |= {e["kind"] for e in _yaml.parse(_template.template(kind, None))["events"]}
    assert kinds >= {"arrest", "search", "interrogation", "counsel_access", "outside_contact",
                     "first_appearance", "detention_order", "ill_treatment", "hearing",
                     "verdict"}


def test_placeholders_fail_in_json_too(minimal: dict[str, Any]) -> None:
    minimal["people"][0]["name"] = "TODO full name"
    minimal["stage"] = "TODO trial or appeal"
    assert [(p.path, p.code) for p in fairtrial.validate(minimal)] == [
        ("/people/0/name", "placeholder"), ("/stage", "placeholder")]
    minimal["people"][0]["name"] = "TODOROV, Ivan"
    minimal["stage"] = "trial"
    assert fairtrial.validate(minimal) == []


def test_an_unfinished_template_is_not_converted(tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "case.yaml"
    assert run("new", "-o", str(path))[0] == 0
    assert run("convert", str(path), "-o", str(tmp_path / "case.json"))[0] == 1
    assert "still a placeholder" in capsys.readouterr().err
    assert not (tmp_path / "case.json").exists()


def test_new_command(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out = run("new", "--kind", "detention")
    assert code == 0
    assert out.startswith("# yaml-language-server: $schema=case.schema.json\n# A fairtrial")
    assert run("new", "--schema", "")[1].startswith("# A fairtrial case file: a trial")
    path = tmp_path / "c.yml"
    assert run("new", "-o", str(path))[0] == 0
    assert path.read_text(encoding="utf-8") == run("new")[1]
    assert run("new", "-o", str(path))[0] == 2
    assert "already exists" in capsys.readouterr().err
    assert run("new", "-o", str(path), "--force", "--kind", "detention")[0] == 0
    assert run("new", "-o", str(tmp_path / "c.json"))[0] == 2
    assert "which JSON cannot hold" in capsys.readouterr().err


def test_the_template_comments_name_real_values() -> None:
    import re

    from fairtrial.record import _vocab

    words = {m.value for name in _vocab.__all__ if name != "Doc"
             for m in getattr(_vocab, name)}
    for kind in KINDS:
        listing = ""
        for line in [*_template.template(kind, None).splitlines(), ""]:
            body = line.strip()
            if body.startswith("# one of: ") or (listing and body.startswith("#         ")):
                listing += " " + body[10:]
                continue
            if listing:
                listed = re.sub(r"\([^)]*\)", "", listing).replace(" or ", ", ").split(",")
                named = {w.strip() for w in listed} - {"...", ""}
                assert named and named <= words, (kind, named - words)
                listing = ""
        assert "# one of: " in _template.template(kind, None)
