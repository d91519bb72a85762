"""Generated documentation matches the code; README's commands match CI."""

from __future__ import annotations

import importlib.util
import re

from .conftest import ROOT


def _regen_targets() -> dict:  # type: ignore[type-arg]
    spec = importlib.util.spec_from_file_location("regen_docs", ROOT / "tools/regen_docs.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.targets()  # type: ignore[no-any-return]


def test_generated_docs_are_current() -> None:
    from fairtrial import _docs

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
