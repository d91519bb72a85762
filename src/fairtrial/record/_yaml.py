"""Case files in YAML: the same data, schema, checks and messages as JSON, with line numbers.

JSON stays the canonical form. A YAML case file is read into exactly the plain data its JSON
twin would parse to, then validated by the same code, so every problem carries the same JSON
path and message; the YAML reader only adds the line each path starts on.

YAML's surprises are refused rather than guessed at: the file is read as YAML 1.2 (``no`` is
the string "no", not false), anchors, aliases, merge keys and any tag outside the core schema
(``!!python/...``, ``!custom``) are problems, a key must be text and appear once, and a value
YAML would read as a timestamp (``date: 2025-05-28``) stays the string written, which is what
the case format wants. ruamel.yaml is an optional extra (``pip install 'fairtrial[yaml]'``).
"""

from __future__ import annotations

import importlib.util
import json
import math
import os
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Final

import attrs

from fairtrial._gc import collector_paused
from fairtrial.record import _load
from fairtrial.record._problems import InvalidCase, Problem, pointer

if TYPE_CHECKING:
    from fairtrial.record._model import Case

__all__ = ["INSTALL_HINT", "SCHEMA_COMMENT", "YamlUnavailable", "available", "dumps", "is_yaml",
           "load_named", "loads", "parse"]

SUFFIXES: Final = (".yaml", ".yml")
INSTALL_HINT: Final = ("reading YAML case files needs the optional 'yaml' extra: "
                       "pip install 'fairtrial[yaml]' (or convert the file to JSON)")
#: The comment that gives yaml-language-server (VS Code, Neovim, Helix...) the schema; the path
#: is relative to the case file. See docs/editors.md.
SCHEMA_COMMENT: Final = "# yaml-language-server: $schema={schema}\n"
_CORE: Final = "tag:yaml.org,2002:"
_BREAKS: Final = ("\x85", "\u2028", "\u2029")
_SCALARS: Final = frozenset(_CORE + t for t in ("str", "null", "bool", "int", "float",
                                                 "timestamp"))


class YamlUnavailable(Exception):
    """The optional ruamel.yaml library is not installed."""

    def __init__(self) -> None:
        super().__init__(INSTALL_HINT)


def available() -> bool:
    return importlib.util.find_spec("ruamel") is not None and \
        importlib.util.find_spec("ruamel.yaml") is not None


def is_yaml(name: str | os.PathLike[str]) -> bool:
    """Whether a file name says YAML (``.yaml`` or ``.yml``, any case)."""
    return os.fspath(name).lower().endswith(SUFFIXES)


def _yaml() -> Any:
    if not available():
        raise YamlUnavailable
    from ruamel.yaml import YAML

    return YAML(typ="safe", pure=True)


class _Builder:
    """Plain data from a composed YAML node tree, noting the line of every path."""

    def __init__(self, constructor: Any) -> None:
        self.constructor = constructor
        self.lines: dict[str, int] = {}
        self.problems: list[Problem] = []
        self.seen: set[int] = set()

    def refuse(self, path: tuple[str | int, ...], node: Any, message: str, code: str) -> None:
        where = pointer(path)
        self.problems.append(Problem(where, code, message, line=node.start_mark.line + 1))

    def build(self, node: Any, path: tuple[str | int, ...], line: int) -> Any:
        from ruamel.yaml.nodes import MappingNode, ScalarNode, SequenceNode

        self.lines.setdefault(pointer(path), line)
        if id(node) in self.seen:
            # The composer hands back the anchored node for an alias: refusing a second visit
            # also refuses the exponential "billion laughs" expansion.
            self.refuse(path, node, "aliases (*name) are not allowed in a case file; write the "
                                    "value out in full", "yaml.alias")
            return None
        self.seen.add(id(node))
        tag = str(node.tag)
        if getattr(node, "anchor", None):
            self.refuse(path, node, f"anchors (&{node.anchor}) are not allowed in a case file; "
                                    "write each value out in full", "yaml.alias")
        if isinstance(node, ScalarNode):
            return self.scalar(node, tag, path)
        if isinstance(node, SequenceNode):
            if tag != _CORE + "seq":
                return self.bad_tag(path, node, tag)
            return [self.build(item, (*path, i), item.start_mark.line + 1)
                    for i, item in enumerate(node.value)]
        if isinstance(node, MappingNode):
            if tag != _CORE + "map":
                return self.bad_tag(path, node, tag)
            out: dict[str, Any] = {}
            for key_node, value_node in node.value:
                key_line = key_node.start_mark.line + 1
                if str(key_node.tag) == _CORE + "merge":
                    self.refuse(path, key_node, "merge keys (<<) are not allowed in a case "
                                                "file; write the fields out", "yaml.merge")
                    continue
                if not isinstance(key_node, ScalarNode) or str(key_node.tag) != _CORE + "str":
                    text = key_node.value if isinstance(key_node, ScalarNode) else "..."
                    self.refuse(path, key_node, f"the key {text!r} is not a field name; field "
                                                "names are text like 'date' or 'kind'",
                                "yaml.key")
                    continue
                key = key_node.value
                if key in out:
                    self.refuse((*path, key), key_node, f"the field '{key}' appears twice in "
                                                        "this object; keep only one",
                                "duplicate-key")
                    continue
                out[key] = self.build(value_node, (*path, key), key_line)
            return out
        return self.bad_tag(path, node, tag)  # pragma: no cover - ruamel has three node kinds

    def bad_tag(self, path: tuple[str | int, ...], node: Any, tag: str) -> None:
        self.refuse(path, node, f"the YAML tag {tag!r} is not allowed in a case file; write "
                                "plain values (text, numbers, true/false, lists, fields)",
                    "yaml.tag")

    def scalar(self, node: Any, tag: str, path: tuple[str | int, ...]) -> Any:
        if tag not in _SCALARS:
            return self.bad_tag(path, node, tag)
        if tag in (_CORE + "str", _CORE + "timestamp"):
            # A timestamp stays the text written: the case format's dates are strings, and
            # their precision ("2025-05") is part of the record.
            return node.value
        construct: Callable[[Any], Any] = {
            _CORE + "null": self.constructor.construct_yaml_null,
            _CORE + "bool": self.constructor.construct_yaml_bool,
            _CORE + "int": self.constructor.construct_yaml_int,
            _CORE + "float": self.constructor.construct_yaml_float,
        }[tag]
        value = construct(node)
        if isinstance(value, float) and not math.isfinite(value):
            self.refuse(path, node, f"the number {node.value} is not allowed in a case file",
                        "yaml.number")
            return None
        return value


def _parse(text: str | bytes, max_bytes: int) -> tuple[dict[str, Any], dict[str, int]]:
    yaml = _yaml()
    from ruamel.yaml.error import MarkedYAMLError, YAMLError

    text = _load.text_of(text, max_bytes)
    try:
        with collector_paused():
            root = yaml.compose(text)
    except MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        where = f" at line {mark.line + 1}, column {mark.column + 1}" if mark else ""
        what = exc.problem or exc.context or "cannot be read"
        raise InvalidCase([Problem("", "yaml", f"not valid YAML: {what}{where}",
                                   line=mark.line + 1 if mark else None)]) from None
    except RecursionError:
        raise InvalidCase([Problem("", "depth", "the YAML is nested too deeply")]) from None
    except YAMLError as exc:
        raise InvalidCase([Problem("", "yaml", f"not valid YAML: {exc}")]) from None
    builder = _Builder(yaml.constructor)
    try:
        with collector_paused():
            data = None if root is None else builder.build(root, (), root.start_mark.line + 1)
    except RecursionError:
        raise InvalidCase([Problem("", "depth", "the YAML is nested too deeply")]) from None
    if builder.problems:
        raise InvalidCase(sorted(builder.problems, key=lambda p: (p.line or 0, p.path)))
    if not isinstance(data, dict):
        kind = "nothing" if data is None else _load._kind_name(data)
        raise InvalidCase([Problem(
            "", "top-level", f"a case file is one mapping of fields (format_version: ..., "
                             f"id: ..., ...); this file holds {kind}", line=1)])
    return data, builder.lines


def _line_of(path: str, lines: dict[str, int]) -> int | None:
    """The line of a path, or of its nearest recorded parent (a missing field's object)."""
    while True:
        if path in lines:
            return lines[path]
        if not path:
            return None
        path = path.rsplit("/", 1)[0]


def _with_lines(problems: Any, lines: dict[str, int], source: dict[str, Any]) -> list[Problem]:
    from fairtrial.record._hints import yaml_hint

    out = []
    for p in problems:
        message = p.message + yaml_hint(p, source)
        out.append(attrs.evolve(p, message=message,
                                line=p.line if p.line is not None else _line_of(p.path, lines)))
    # In the order of the file, which is how a recorder works through them.
    return sorted(out, key=lambda p: p.line or 0)


def parse(text: str | bytes, *, max_bytes: int = _load.MAX_BYTES) -> dict[str, Any]:
    """Parse YAML case-file text into the plain data its JSON twin would give."""
    return _parse(text, max_bytes)[0]


def validate_text(text: str | bytes) -> list[Problem]:
    """Every problem of YAML case-file text, each with the line it starts on."""
    try:
        data, lines = _parse(text, _load.MAX_BYTES)
    except InvalidCase as exc:
        return list(exc.problems)
    return _with_lines(_load.validate(data), lines, data)


def loads(text: str | bytes, *, max_bytes: int = _load.MAX_BYTES) -> Case:
    """Load a case from YAML text; raises ``InvalidCase`` with line numbers on its problems."""
    data, lines = _parse(text, max_bytes)
    try:
        return _load.from_data(data)
    except InvalidCase as exc:
        raise InvalidCase(_with_lines(exc.problems, lines, data)) from None


def load_named(name: str, data: str | bytes) -> Case:
    """Load a case read from ``name``: YAML if the name says so, else JSON."""
    if is_yaml(name):
        return loads(data)
    return _load.loads(data)


def dumps(data: dict[str, Any], *, schema: str | None = None) -> str:
    """Case-file data as YAML that reads back to the same data, keys in their order.

    With ``schema``, the file starts with the comment that points editors at the schema.
    """
    import io

    from ruamel.yaml import YAML

    if not available():  # pragma: no cover - the test extra installs it
        raise YamlUnavailable
    yaml = YAML(typ="rt", pure=True)
    yaml.width = 1_000_000  # no folding: a recorder edits one line per value
    yaml.indent(mapping=2, sequence=4, offset=2)
    yaml.allow_unicode = True
    buffer = io.StringIO()
    body = {k: v for k, v in data.items() if k != "$schema"}
    yaml.dump(_plain(body), buffer)
    head = SCHEMA_COMMENT.format(schema=schema) if schema else ""
    return head + buffer.getvalue()


def _plain(value: Any) -> Any:
    # Round-trip types keep dict order and emit block style; JSON null stays null.
    from ruamel.yaml.comments import CommentedMap, CommentedSeq

    if isinstance(value, dict):
        out = CommentedMap()
        for k, v in value.items():
            out[k] = _plain(v)
        return out
    if isinstance(value, list):
        return CommentedSeq(_plain(v) for v in value)
    if isinstance(value, str) and any(c in value for c in _BREAKS):
        # YAML 1.1 line breaks: ruamel writes them raw even in YAML 1.2, and reading folds them.
        from ruamel.yaml.scalarstring import DoubleQuotedScalarString

        return DoubleQuotedScalarString(value)
    return value


def json_text(data: dict[str, Any]) -> str:
    """Case-file data as canonical JSON text (as ``fairtrial upgrade`` writes it)."""
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"
