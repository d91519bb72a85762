"""The methods attrs and cattrs generate for the model, kept compiled between runs.

attrs writes the source of each class's methods (``__init__``, ``__eq__``, ...) when the
class is created, and cattrs writes a structuring function for each class it meets; both
then call ``compile``. For the model's classes that compiling was about a sixth of the time
``fairtrial assess`` took on the bundled case, every run, for the same sources.

This module gives those two libraries a ``compile`` that looks the source up first in a file
beside the model's own bytecode (``__pycache__/_model.<tag>.generated``) and is otherwise the
built-in one, with the flags the library's own call would have had. An entry is keyed by the
exact source, file name and flags, so a changed class or library simply misses; entries are
code objects in ``marshal`` form, valid for the interpreter that wrote them (the file records
its bytecode magic number and is ignored under another). The file follows Python's rules for
bytecode: it is written at exit, only when a source was missing, never when Python writes no
bytecode (``PYTHONDONTWRITEBYTECODE``, ``-B``), and quietly not where the package is not
writable. A damaged file is ignored and replaced. ``FAIRTRIAL_NO_CODE_CACHE=1`` turns it off.
"""

from __future__ import annotations
import __future__

import atexit
import builtins
import contextlib
import marshal
import os
import re
import sys
from types import CodeType, ModuleType
from typing import Any

__all__ = ["install"]

_FORMAT = 1
_LIMIT = 5000
_Key = tuple[str, str, int]

#: Compiled entries found in the file, those compiled in this process that it lacked, and
#: the keys this process found in it.
_found: dict[_Key, bytes] | None = None
_missing: dict[_Key, bytes] = {}
_hits: set[_Key] = set()
_installed: set[str] = set()


def _magic() -> bytes | None:
    external = sys.modules.get("_frozen_importlib_external")
    magic = getattr(external, "MAGIC_NUMBER", None)
    return magic if isinstance(magic, bytes) else None


def _path() -> str | None:
    tag = sys.implementation.cache_tag
    if tag is None or sys.pycache_prefix is not None:
        return None
    here = os.path.dirname(os.path.abspath(__file__))
    return os.path.join(here, "__pycache__", f"_model.{tag}.generated")


def _load() -> dict[_Key, bytes]:
    path, magic = _path(), _magic()
    if path is None or magic is None:
        return {}
    try:
        with open(path, "rb") as f:
            data = marshal.loads(f.read())
    except (OSError, EOFError, ValueError, TypeError):
        return {}
    if not (isinstance(data, dict) and data.get("format") == _FORMAT
            and data.get("magic") == magic and isinstance(data.get("entries"), dict)):
        return {}
    entries: dict[_Key, bytes] = data["entries"]
    return entries


def _save() -> None:
    path, magic = _path(), _magic()
    if not _missing or path is None or magic is None or sys.dont_write_bytecode:
        return
    entries = {**_current(_found or {}, _hits | _missing.keys()), **_missing}
    if len(entries) > _LIMIT:  # a safeguard: start again
        entries = dict(_missing)
    temporary = f"{path}.{os.getpid()}.tmp"
    try:
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(temporary, "wb") as f:
            f.write(marshal.dumps({"format": _FORMAT, "magic": magic, "entries": entries}))
        os.replace(temporary, path)  # readers see the old file or the new one, never half
    except OSError:
        with contextlib.suppress(OSError):
            os.remove(temporary)


#: attrs writes into each ``__hash__`` a number drawn from the process's string hashing, which
#: differs from run to run (``hash((<number>, self.a, ...))``).
_SEEDED = re.compile(r"(hash\(\(\n[ \t]+)(-?)([0-9]+)(,\n)")


def _current(found: dict[_Key, bytes], used: set[_Key]) -> dict[_Key, bytes]:
    """The file's entries without those a changed class made stale: for each generated
    function this process used (its file name, e.g. one class's ``__init__``), only the entries
    of the source it has now, in every width of attrs' number; functions it did not use (a
    structuring function for a class no case of this run held) are kept as they are.

    Without this the file kept every version of every class's methods since it was started:
    11 MB in a working tree after a few hundred changes to the model, read into every
    process (each worker of ``--jobs`` and of Dask) as 12 MiB of RSS."""
    now: dict[str, set[str]] = {}
    for filename, source, _ in used:
        now.setdefault(filename, set()).add(_shape(source))
    return {key: code for key, code in found.items()
            if key[0] not in now or _shape(key[1]) in now[key[0]]}


def _shape(source: str) -> str:
    """``source`` with attrs' number (of whatever width and sign) taken out."""
    return _SEEDED.sub(lambda m: f"{m.group(1)}#{m.group(4)}", source)


def _unseeded(source: str) -> tuple[str, int, int] | None:
    """``source`` with attrs' per-run number replaced by a fixed one of the same width (so
    that every line and column stays where it was), with the two numbers; None when there is
    none to replace, more than one, or either could stand for another constant of the code
    (a short number; digits found elsewhere in the source)."""
    matches = list(_SEEDED.finditer(source))
    found = {m.group(2, 3) for m in matches}
    if len(found) != 1:
        return None
    sign, digits = found.pop()
    ones = "1" * len(digits)
    if len(digits) < 10 or ones in source or source.count(digits) != len(matches):
        return None
    fixed = f"{sign}{ones}"
    return (_SEEDED.sub(lambda m: f"{m.group(1)}{fixed}{m.group(4)}", source),
            int(fixed), int(sign + digits))


def _with_constant(code: CodeType, old: int, new: int) -> CodeType:
    """``code`` with the integer constant ``old`` replaced by ``new``, in nested code too."""
    consts = tuple(_with_constant(c, old, new) if isinstance(c, CodeType)
                   else new if type(c) is int and c == old else c for c in code.co_consts)
    return code.replace(co_consts=consts)


def _compiler(flags: int) -> Any:
    def compile(source: Any, filename: Any, mode: str, flags_: int = 0,
                dont_inherit: bool = False, optimize: int = -1) -> Any:
        # As the built-in called from the library: it inherits the library's future flags.
        inherited = flags_ | (0 if dont_inherit else flags)
        if flags_ or dont_inherit or optimize != -1 or mode != "exec" \
                or type(source) is not str or type(filename) is not str:
            return builtins.compile(source, filename, mode, inherited, True, optimize)
        code = _cached(source, filename, flags)
        return code if code is not None else builtins.compile(source, filename, mode, flags, True)

    return compile


def _cached(source: str, filename: str, flags: int) -> CodeType | None:
    """The code ``compile(source, filename, "exec")`` gives with these inherited flags, from
    the file when it has it; None if the source has more than one per-run number."""
    old = new = 0
    if "def __hash__" in source:
        unseeded = _unseeded(source)
        if unseeded is None:
            return None
        source, old, new = unseeded
    key = (filename, source, flags)
    global _found
    if _found is None:
        _found = _load()
    code: Any = None
    entry = _found.get(key)
    if entry is not None:
        with contextlib.suppress(EOFError, ValueError, TypeError):
            code = marshal.loads(entry)
            _hits.add(key)
    if not isinstance(code, CodeType):
        code = builtins.compile(source, filename, "exec", flags, True)
        if not _missing:
            atexit.register(_save)
        _missing[key] = marshal.dumps(code)
    return _with_constant(code, old, new) if old != new else code


def install(module: ModuleType) -> None:
    """Give ``module`` (attrs' or cattrs' code generator) the caching ``compile``, with the
    ``from __future__`` flags its own calls to ``compile`` inherit."""
    if os.environ.get("FAIRTRIAL_NO_CODE_CACHE") or module.__name__ in _installed:
        return
    flags = 0
    for name in __future__.all_feature_names:
        if getattr(module, name, None) is getattr(__future__, name):
            flags |= getattr(__future__, name).compiler_flag
    module.compile = _compiler(flags)  # type: ignore[attr-defined]
    _installed.add(module.__name__)
