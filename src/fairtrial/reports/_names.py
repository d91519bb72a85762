"""Finding a case's names (of events and people) in text, in time that does not grow with
their number.

``re.compile("|".join(re.escape(k) for k in sorted(keys, key=len, reverse=True)))`` finds,
from left to right, the longest name at each place; but the regular expression tries every
name at every character, so over the open questions of a large case (as many questions as
events, and as many names) it grew with the square of the case. ``Names`` finds the same
matches by looking up, at each character, the text of each length a name has. Few names
keep the regular expression, which is then the quicker.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Protocol

__all__ = ["Finder", "Names", "finder"]

#: Up to this many names, the regular expression.
_FEW = 64


class Finder(Protocol):
    def found(self, text: str, /) -> list[str]:
        """The names in ``text``, from left to right, the longest at each place."""

    def sub(self, replacement: str, text: str, /) -> str:
        """``text`` with each name found replaced by ``replacement``, literally."""


class _Regex:
    __slots__ = ("_pattern",)

    def __init__(self, keys: list[str]) -> None:
        self._pattern = re.compile("|".join(re.escape(k) for k in keys))

    def found(self, text: str, /) -> list[str]:
        return [m.group(0) for m in self._pattern.finditer(text)]

    def sub(self, replacement: str, text: str, /) -> str:
        return self._pattern.sub(lambda _: replacement, text)


class Names:
    """The regular expression's matches of longest-first alternatives, by lookups."""

    def __init__(self, keys: Iterable[str]) -> None:
        self._by_length: dict[int, set[str]] = {}
        for k in keys:
            self._by_length.setdefault(len(k), set()).add(k)
        self._lengths = sorted(self._by_length, reverse=True)
        # Most characters begin no name: one lookup passes them.
        self._first = {k[0] for ks in self._by_length.values() for k in ks}

    def _spans(self, text: str) -> Iterator[tuple[int, int]]:
        i, end = 0, len(text)
        first, lengths, by_length = self._first, self._lengths, self._by_length
        while i < end:
            if text[i] in first:
                for n in lengths:
                    if text[i:i + n] in by_length[n]:
                        yield i, i + n
                        i += n
                        break
                else:
                    i += 1
            else:
                i += 1

    def found(self, text: str, /) -> list[str]:
        return [text[a:b] for a, b in self._spans(text)]

    def sub(self, replacement: str, text: str, /) -> str:
        out: list[str] = []
        last = 0
        for a, b in self._spans(text):
            out += (text[last:a], replacement)
            last = b
        out.append(text[last:])
        return "".join(out)


def finder(keys: Iterable[str]) -> Finder:
    """What finds ``keys`` in a text as the longest-first alternation of them does (``sub``
    takes a literal replacement)."""
    ordered = sorted(keys, key=len, reverse=True)
    if len(ordered) <= _FEW or "" in ordered:
        return _Regex(ordered)
    return Names(ordered)
