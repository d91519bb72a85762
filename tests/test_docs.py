"""Generated documentation matches the code; README's commands match CI."""

from __future__ import annotations

import importlib.util
import json
import re

from .conftest import ROOT


def _regen_targets() -> dict:  # type: ignore[type-arg]
    spec = importlib.util.spec_from_file_location("regen_docs", ROOT / "tools/regen_docs.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.targets()  # type: ignore[no-any-return]


def test_generated_docs_are_current() -> None:
    from fairtrial.record import _docs

    for path, blocks in _regen_targets().items():
        text = path.read_text(encoding="utf-8")
        for name, generated in blocks.items():
            assert _docs.splice(text, name, generated) == text, (
                f"{path.name} is stale: run 'python tools/regen_docs.py'")


def test_readme_test_command_is_what_ci_runs() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```(?:console|sh|bash)\n(.*?)```", readme, re.S)
    assert len(blocks) >= 2, "README must open with two copy-paste commands"
    test_command = blocks[1].strip()
    assert "pytest" in test_command
    ci = (ROOT / ".ci/run").read_text(encoding="utf-8")
    assert test_command in ci


def _example_case(snippet: object) -> dict:  # type: ignore[type-arg]
    """A minimal case holding one example from the guide, with the people and sources it
    names, so the example is checked exactly as a recorder would paste it."""
    if isinstance(snippet, dict) and "defendant" in snippet:  # a charge
        case = _example_case([])
        case["sources"] = [{"id": s, "kind": "court_document", "publisher": "A court"}
                           for s in snippet["provenance"]["sources"]]
        case["people"] = [{"id": snippet["defendant"], "name": "A", "roles": ["defendant"]}]
        case["charges"] = [snippet]
        return case
    events = [snippet] if isinstance(snippet, dict) and "kind" in snippet else (
        snippet if isinstance(snippet, list) else [])
    context = snippet.get("context", []) if isinstance(snippet, dict) and not events else []
    text = json.dumps(snippet)
    people = set(re.findall(r'"(accused-[a-z]|co-accused-[a-z]|duty-lawyer)"', text))
    sources = {s for e in [*events, *context] for s in e["provenance"]["sources"]}
    charges = sorted(set(re.findall(r'"(charge-[a-z])"', text)))
    return {"format_version": "2.0", "id": "doc", "title": "Example", "jurisdiction": "XX",
            "stage": "trial",
            "sources": [{"id": s, "kind": "court_document", "publisher": "A court"}
                        for s in sorted(sources)] or
                       [{"id": "s", "kind": "court_document", "publisher": "A court"}],
            "people": [{"id": p, "name": p, "roles": ["defendant"]} for p in sorted(people)],
            "events": events, **({"context": context} if context else {}),
            **({"charges": [{"id": c, "defendant": sorted(people)[0], "code": "Criminal Code",
                             "description": "defamation", "conduct": ["journalism"],
                             "offence": "defamation",
                             "provenance": {"asserted_by": ["court"], "standing": "established",
                                            "sources": sorted(sources)[:1]}}
                            for c in charges]} if charges else {})}


def test_format_2_examples_in_the_guide_are_valid() -> None:
    import fairtrial

    guide = (ROOT / "docs/case-format.md").read_text(encoding="utf-8")
    section = guide.split("## Recording what the law turns on", 1)[1].split("## What checking",
                                                                           1)[0]
    blocks = re.findall(r"```json\n(.*?)```", section, re.S)
    assert len(blocks) >= 6
    for block in blocks:
        text = block.strip()
        snippet = json.loads("{" + text + "}" if text.startswith('"context"') else text)
        assert fairtrial.validate(_example_case(snippet)) == [], text[:60]
