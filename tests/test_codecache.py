"""The compiled methods kept between runs (src/fairtrial/record/_codecache.py) are exactly what
compiling their sources gives, and the cache changes no output.

Also here, the other parts of a quicker start: the treaty table typed one state at a time is
the table typed whole, and only the program leaves its objects to the system at exit."""

from __future__ import annotations

import csv
import io
import marshal
import os
import random
import subprocess
import sys
from importlib import resources
from pathlib import Path
from typing import Any

import pytest

from fairtrial.assessment import _treaties
from fairtrial.record import _codecache

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = sorted((ROOT / "examples").glob("*.json"))

# Records every source attrs and cattrs compile while the model is imported and the bundled
# cases are loaded and assessed, with the flags their calls inherit, without the cache.
_RECORD = """
import marshal, os, sys, builtins, __future__
os.environ["FAIRTRIAL_NO_CODE_CACHE"] = "1"
import attr._make, cattrs.gen
seen = []
def recorder(flags):
    def compile(source, filename, mode, *args, **kwargs):
        seen.append((filename, source, flags))
        return builtins.compile(source, filename, mode, flags, True)
    return compile
flag = __future__.annotations.compiler_flag
attr._make.compile = recorder(flag)
cattrs.gen.compile = recorder(flag)
import fairtrial
for path in sys.argv[1:]:
    case = fairtrial.load(path)
    fairtrial.assess(case)
    fairtrial.dump(case)
sys.stdout.buffer.write(marshal.dumps(seen))
"""


@pytest.fixture(scope="module")
def sources() -> list[tuple[str, str, int]]:
    done = subprocess.run([sys.executable, "-c", _RECORD, *map(str, EXAMPLES)],
                          capture_output=True, check=True)
    found: list[tuple[str, str, int]] = marshal.loads(done.stdout)
    assert any("def __hash__" in s for _, s, _ in found)  # attrs' seeded sources
    assert any(f.startswith("<cattrs generated structure") for f, _, _ in found)
    return found


def _fresh(source: str, filename: str, flags: int) -> Any:
    return compile(source, filename, "exec", flags, True)


@pytest.fixture
def empty_cache(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_codecache, "_found", {})
    monkeypatch.setattr(_codecache, "_missing", {})
    monkeypatch.setattr(_codecache, "_hits", set())
    monkeypatch.setattr(_codecache.atexit, "register", lambda fn: fn)


def _same(a: Any, b: Any) -> None:
    assert a == b
    assert list(a.co_positions()) == list(b.co_positions())  # tracebacks point alike
    for x, y in zip(a.co_consts, b.co_consts, strict=True):
        if hasattr(x, "co_code"):
            _same(x, y)


@pytest.mark.usefixtures("empty_cache")
def test_cached_code_is_the_code_compiling_gives(sources: list[tuple[str, str, int]]) -> None:
    for filename, source, flags in sources:
        cold = _codecache._cached(source, filename, flags)
        assert cold is not None
        _same(cold, _fresh(source, filename, flags))
    # As a later run finds them: from the file's marshalled entries.
    _codecache._found = {k: v for k, v in _codecache._missing.items()}
    _codecache._missing = {}
    for filename, source, flags in sources:
        _same(_codecache._cached(source, filename, flags), _fresh(source, filename, flags))
    assert not _codecache._missing  # every one was found


@pytest.mark.usefixtures("empty_cache")
def test_a_hash_number_drawn_by_another_run_gives_its_own_code(
        sources: list[tuple[str, str, int]]) -> None:
    """attrs writes a number that changes from run to run into each ``__hash__``: the cache
    keeps one code per width of that number and puts the run's own number into it."""
    rng = random.Random(0)
    seeded = [(f, s, fl) for f, s, fl in sources if "def __hash__" in s][:20]
    for filename, source, flags in seeded:
        unseeded = _codecache._unseeded(source)
        assert unseeded is not None
        _, _, number = unseeded
        for other in (rng.randrange(-2**63, 2**63), -rng.randrange(10**17, 10**18),
                      rng.randrange(10**18, 2**63), -1, 7):
            changed = source.replace(f"{number},\n", f"{other},\n")
            # Through the library's entry point: a short number is compiled, not cached.
            _same(_codecache._compiler(flags)(changed, filename, "exec"),
                  _fresh(changed, filename, flags))


def test_the_file_follows_pythons_rules_for_bytecode(monkeypatch: pytest.MonkeyPatch,
                                                     tmp_path: Path) -> None:
    path = tmp_path / "__pycache__" / "_model.test.generated"
    monkeypatch.setattr(_codecache, "_path", lambda: str(path))
    monkeypatch.setattr(_codecache, "_found", {})
    code = compile("x = 1\n", "<test>", "exec")
    monkeypatch.setattr(_codecache, "_missing", {("<test>", "x = 1\n", 0): marshal.dumps(code)})
    monkeypatch.setattr(sys, "dont_write_bytecode", True)
    _codecache._save()
    assert not path.exists()  # PYTHONDONTWRITEBYTECODE, -B
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    _codecache._save()
    assert _codecache._load() == _codecache._missing
    path.write_bytes(b"not marshal at all")
    assert _codecache._load() == {}  # a damaged file is ignored
    path.write_bytes(marshal.dumps({"format": 1, "magic": b"\0\0\r\n", "entries": {}}))
    assert _codecache._load() == {}  # another interpreter's


def _hashing(body: str, number: str) -> str:
    return f"def __hash__(self):\n    return hash((\n        {number},\n        {body},\n    ))\n"


def test_the_file_drops_what_a_changed_class_made_stale(monkeypatch: pytest.MonkeyPatch,
                                                        tmp_path: Path) -> None:
    """A class whose methods changed leaves its old entries behind only until the next write;
    its current source in every width of attrs' number, and functions this run did not use,
    stay."""
    path = tmp_path / "__pycache__" / "_model.test.generated"
    monkeypatch.setattr(_codecache, "_path", lambda: str(path))
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    event, other = "<attrs generated hash Event>", "<cattrs generated structure Court>"
    old = (event, _hashing("self.a", "1111111111111111111"), 0)
    wide = (event, _hashing("self.a, self.b", "1111111111111111111"), 0)
    narrow = (event, _hashing("self.a, self.b", "-111111111111111111"), 0)
    unused = (other, "x = 2\n", 0)
    code = marshal.dumps(compile("x = 1\n", "<test>", "exec"))
    monkeypatch.setattr(_codecache, "_found", {old: code, wide: code, unused: code})
    monkeypatch.setattr(_codecache, "_hits", {wide})
    monkeypatch.setattr(_codecache, "_missing", {narrow: code})
    _codecache._save()
    assert set(_codecache._load()) == {wide, narrow, unused}


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: p.name)
def test_the_cache_changes_no_output(example: Path, tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    command = [sys.executable, "-m", "fairtrial", "assess", "--format", "json", str(example)]
    without = subprocess.run(command, env={**env, "FAIRTRIAL_NO_CODE_CACHE": "1"},
                             capture_output=True, check=True).stdout
    for _ in range(2):  # the first may write the cache, the second reads it
        assert subprocess.run(command, env=env, capture_output=True, check=True).stdout \
            == without


# --- the treaty table, one state at a time ---------------------------------------------------


def _whole_table() -> dict[str, dict[str, _treaties.Status]]:
    """The table as first built: every row of both files, typed on load."""
    table: dict[str, dict[str, _treaties.Status]] = {}
    for name in _treaties._FILES:
        text = resources.files("fairtrial").joinpath(f"data/{name}").read_text("utf-8")
        for r in csv.DictReader(io.StringIO(text)):
            table.setdefault(r["state"], {})[r["instrument"]] = _treaties.Status(
                treaty=r["instrument"], in_force=_treaties._when(r["in_force"]),
                source=r["source"], confirmed=r["confirmed"] == "yes",
                ended=_treaties._when(r["withdrawal_effective"]),
                consent=_treaties._when(r["consent"]), consent_kind=r["consent_kind"] or None)
    return table


def test_each_states_treaties_are_those_of_the_whole_table() -> None:
    whole = _whole_table()
    assert _treaties.ratifications() == whole
    for state, treaties in whole.items():
        assert _treaties.of_state(state) == treaties
        assert list(_treaties.of_state(state) or {}) == list(treaties)
        assert _treaties.known(state)
    assert _treaties.of_state("XX") is None and not _treaties.known("XX")


# --- a quick exit, for the program only --------------------------------------------------------


def test_only_the_program_leaves_its_objects_to_the_system_at_exit(
        monkeypatch: pytest.MonkeyPatch) -> None:
    import atexit
    import gc

    from fairtrial.cli import _cli

    registered: list[object] = []
    monkeypatch.setattr(atexit, "register", registered.append)
    assert _cli.main(["schema"], out=io.StringIO()) == 0
    assert registered == []  # a caller that goes on keeps collecting
    monkeypatch.setattr(sys, "argv", ["fairtrial", "schema"])
    monkeypatch.setattr(sys, "stdout", io.StringIO())
    assert _cli.main() == 0
    assert registered == [gc.freeze]


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: p.name)
def test_the_program_writes_what_main_returns(example: Path) -> None:
    from fairtrial.cli import _cli

    out = io.StringIO()
    assert _cli.main(["assess", str(example)], out=out) == 0
    done = subprocess.run([sys.executable, "-m", "fairtrial", "assess", str(example)],
                          capture_output=True, check=True, text=True)
    assert done.stdout == out.getvalue()
