"""JSON text for fairtrial's outputs: orjson where it is installed, else the standard library.

Encoding was about 44% of a JSON batch's wall time with the standard library's encoder (and
its indenting encoder is pure Python). orjson writes exactly the bytes that
``json.dumps(obj, ensure_ascii=False)`` writes, compact or indented by two, for the data
fairtrial outputs (strings, integers, booleans, null, lists and string-keyed objects; no
floats): tests/test_output.py holds the two to that over generated cases. Anything orjson
refuses (a lone surrogate from a ``\\ud800`` escape, an integer beyond 64 bits) goes to the
standard library, which behaves as it always did. ``FAIRTRIAL_PURE_PYTHON=1`` turns it off.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from typing import Any

__all__ = ["FAST_ENCODER", "dumps"]


def _find() -> Callable[[Any, bool], str] | None:
    if os.environ.get("FAIRTRIAL_PURE_PYTHON"):
        return None
    try:
        import orjson
    except ImportError:
        return None
    indent2 = orjson.OPT_INDENT_2
    error = orjson.JSONEncodeError

    def fast(obj: Any, indent: bool) -> str:
        try:
            return orjson.dumps(obj, option=indent2 if indent else None).decode("utf-8")
        except (error, UnicodeDecodeError):
            return _stdlib(obj, indent)

    return fast


def _stdlib(obj: Any, indent: bool) -> str:
    if indent:
        return json.dumps(obj, ensure_ascii=False, indent=2)
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":"))


_FAST = _find()
_ORJSON: Any = None
if _FAST is not None:
    import orjson as _ORJSON
#: "orjson" when output is encoded by it, else None.
FAST_ENCODER = "orjson" if _FAST is not None else None


def dumps(obj: Any, *, indent: bool = False) -> str:
    """``json.dumps(obj, ensure_ascii=False)``, indented by two or compact (no spaces)."""
    if _FAST is not None:
        return _FAST(obj, indent)
    return _stdlib(obj, indent)


def dumps_line(obj: Any) -> bytes:
    """``dumps(obj)`` and a newline, as UTF-8: what a JSON Lines writer writes, without
    decoding orjson's bytes only to encode them again."""
    if _ORJSON is not None:
        try:
            line: bytes = _ORJSON.dumps(obj, option=_ORJSON.OPT_APPEND_NEWLINE)
            return line
        except (_ORJSON.JSONEncodeError, UnicodeDecodeError):
            pass
    return (_stdlib(obj, False) + "\n").encode("utf-8")
