"""Validation problems as objects with a JSON path, in the manner of jsonschema's errors."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

import attrs

__all__ = ["InvalidCase", "Problem", "pointer"]


def pointer(parts: Iterable[str | int]) -> str:
    """An RFC 6901 JSON Pointer, e.g. ``/events/3/date``; the empty string is the whole file."""
    return "".join("/" + str(p).replace("~", "~0").replace("/", "~1") for p in parts)


@attrs.frozen
class Problem:
    """One thing wrong with a case file.

    ``path`` is a JSON Pointer to the offending value, ``code`` a stable category
    (``json``, ``schema.required``, ``reference``, ``duplicate-id``, ``date``, ``chronology``...),
    ``message`` says what to fix in plain words, and ``value`` is the offending value, if any.
    ``line`` is the line of a YAML case file the path starts on (None for JSON).
    """

    path: str
    code: str
    message: str
    value: Any = attrs.field(default=None, eq=False)
    line: int | None = attrs.field(default=None, eq=False, kw_only=True)

    def __str__(self) -> str:
        where = self.path or "(top level)"
        if self.line is not None:
            where = f"line {self.line}, {where}"
        return f"{where}: {self.message}"

    def as_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"path": self.path, "code": self.code, "message": self.message}
        if self.value is not None:
            out["value"] = self.value
        if self.line is not None:
            out["line"] = self.line
        return out


class InvalidCase(ValueError):
    """A case file that cannot be loaded; ``problems`` lists every reason, ordered by path."""

    def __init__(self, problems: Sequence[Problem]) -> None:
        self.problems: tuple[Problem, ...] = tuple(problems)
        count = len(self.problems)
        head = f"{count} problem{'s' if count != 1 else ''} in the case file"
        super().__init__("\n".join([head, *(f"  {p}" for p in self.problems)]))
