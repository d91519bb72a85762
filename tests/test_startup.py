"""Each command imports only what it uses, and the names the parser shows without importing
the model and the checklist are the real ones."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from fairtrial.checklist import PROFILES
from fairtrial.cli import _cli
from fairtrial.record._model import FORMAT_VERSION

CASE = str(Path(__file__).resolve().parent.parent / "examples" / "kloop-2025.json")


def test_the_parsers_names_are_the_real_ones() -> None:
    assert tuple(sorted(PROFILES)) == _cli._PROFILES
    assert _cli._FORMAT_VERSION == FORMAT_VERSION


def _imported(*argv: str) -> set[str]:
    code = ("import io, sys\nfrom fairtrial.cli._cli import main\n"
            "try:\n    main(sys.argv[1:], out=io.StringIO())\nexcept SystemExit:\n    pass\n"
            "print(' '.join(sys.modules))")
    done = subprocess.run([sys.executable, "-c", code, *argv], capture_output=True, text=True,
                          check=True)
    return set(done.stdout.split())


@pytest.mark.parametrize(("argv", "unused"), [
    (["--help"], {"fairtrial.record._model", "attrs", "cattrs", "fairtrial.checklist", "jinja2"}),
    (["schema"], {"fairtrial.record._model", "attrs", "cattrs", "fairtrial.checklist", "jinja2"}),
    (["checklist"], {"cattrs", "fairtrial.record._load", "fairtrial.assessment._assess",
                     "fairtrial.assessment._treaties", "jsonschema_rs", "jinja2"}),
    (["validate", CASE], {"fairtrial.checklist", "fairtrial.assessment._assess", "jinja2"}),
    (["assess", CASE], {"jinja2", "jsonschema", "fairtrial.reports._report",
                        "fairtrial.record._public"}),
])
def test_a_command_does_not_import_what_it_does_not_use(argv: list[str],
                                                        unused: set[str]) -> None:
    assert not _imported(*argv) & unused
