"""docs/tutorial.md cannot go stale: every command in it is run, in order, and its output
compared with what the tutorial shows; every YAML excerpt is part of the finished case file."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import ROOT

pytest.importorskip("ruamel.yaml")

TUTORIAL = ROOT / "docs/tutorial.md"
CASE = ROOT / "examples/tutorial/case.yaml"


def steps(text: str) -> list[tuple[str, list[str]]]:
    """(command, expected output lines) for every '$ ' line of every console block."""
    out: list[tuple[str, list[str]]] = []
    for block in re.findall(r"```console\n(.*?)```", text, re.S):
        for line in block.splitlines():
            if line.startswith("$ "):
                out.append((line[2:], []))
            else:
                assert out, f"output before any command in: {block[:60]}"
                out[-1][1].append(line)
    return out


def matches(expected: list[str], actual: list[str]) -> bool:
    """Whether ``actual`` is ``expected``, where a line '...' stands for any lines."""
    if not expected:
        return not actual
    head, rest = expected[0], expected[1:]
    if head == "...":
        return any(matches(rest, actual[i:]) for i in range(len(actual) + 1))
    return bool(actual) and actual[0] == head and matches(rest, actual[1:])


def test_the_matcher() -> None:
    assert matches(["a", "...", "d"], ["a", "b", "c", "d"])
    assert matches(["a", "..."], ["a"])
    assert not matches(["a", "...", "d"], ["a", "b"])
    assert not matches(["a"], ["a", "b"])


def test_every_command_runs_and_prints_what_the_tutorial_shows(tmp_path: Path) -> None:
    for folder in ("examples", "schemas"):
        shutil.copytree(ROOT / folder, tmp_path / folder)
    # The fairtrial of this interpreter's environment, whichever venv runs the tests.
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}",
           "COLUMNS": "100"}
    found = steps(TUTORIAL.read_text(encoding="utf-8"))
    assert len(found) >= 15
    for command, expected in found:
        done = subprocess.run(["bash", "-c", command], cwd=tmp_path, env=env, text=True,
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT, check=False)
        actual = done.stdout.splitlines()
        assert matches(expected, actual), (
            f"'$ {command}' printed:\n{done.stdout}\nbut docs/tutorial.md shows:\n"
            + "\n".join(expected))
    assert (tmp_path / "castell.html").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_every_yaml_excerpt_is_in_the_finished_case() -> None:
    case = CASE.read_text(encoding="utf-8")
    excerpts = re.findall(r"```yaml\n(.*?)```", TUTORIAL.read_text(encoding="utf-8"), re.S)
    assert len(excerpts) >= 6
    for excerpt in excerpts:
        assert excerpt in case, excerpt


def test_the_article_is_labelled_illustrative() -> None:
    article = (ROOT / "examples/tutorial/article.txt").read_text(encoding="utf-8")
    assert article.startswith("ILLUSTRATIVE TEXT, NOT A REAL CASE.")
    assert "ILLUSTRATIVE CASE, NOT A REAL ONE" in CASE.read_text(encoding="utf-8")
    assert "**The article is illustrative, not a real case.**" in TUTORIAL.read_text(
        encoding="utf-8")
