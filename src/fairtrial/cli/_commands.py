"""The recorder's commands: ``new`` (a commented template), ``convert`` (JSON <-> YAML) and
``timeline`` (the events in date order, with warnings). ``_cli`` registers them with one call,
so that this module, not the shared parser, holds their options and help."""

from __future__ import annotations

import argparse
import json
import os
import sys
from typing import TYPE_CHECKING, Any, TextIO

if TYPE_CHECKING:  # imported by each command as it runs: 'fairtrial --help' loads none of it
    from fairtrial.record._model import Case
    from fairtrial.record._problems import Problem

__all__ = ["add_commands"]

EXIT_OK, EXIT_INVALID, EXIT_USAGE = 0, 1, 2
DEFAULT_SCHEMA_REF = "case.schema.json"


def _say(message: str) -> None:
    sys.stderr.write(f"fairtrial: {message}\n")


def _problems(label: str, verb: str, problems: list[Problem] | tuple[Problem, ...]) -> int:
    count = len(problems)
    sys.stderr.write(f"fairtrial: {label}: {verb}, {count} problem{'s' if count != 1 else ''}:\n")
    for p in problems:
        sys.stderr.write(f"  {p}\n")
    return EXIT_INVALID


def _read(name: str) -> bytes:
    from fairtrial.record import _load

    if name == "-":
        return sys.stdin.buffer.read(_load.MAX_BYTES + 1)
    with open(name, "rb") as fh:
        return fh.read(_load.MAX_BYTES + 1)


def _write(target: str | None, text: str, out: TextIO, source: str | None = None) -> int:
    if target is None or target == "-":
        out.write(text)
        return EXIT_OK
    if source is not None and source != "-" and os.path.exists(target) and \
            os.path.samefile(source, target):
        _say(f"{target} is the input file itself; choose another output file")
        return EXIT_USAGE
    try:
        with open(target, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
    except OSError as exc:
        _say(f"cannot write {target}: {exc.strerror or exc}")
        return EXIT_USAGE
    return EXIT_OK


# --- convert -----------------------------------------------------------------------------------


def _cmd_convert(args: argparse.Namespace, out: TextIO) -> int:
    from fairtrial.record import _load, _yaml
    from fairtrial.record._problems import InvalidCase

    name: str = args.file
    label = "<stdin>" if name == "-" else name
    source_yaml = args.source_format == "yaml" if args.source_format else _yaml.is_yaml(name)
    target = args.to or ("yaml" if args.output and _yaml.is_yaml(args.output) else
                         "json" if args.output and args.output.lower().endswith(".json") else
                         "json" if source_yaml else "yaml")
    if (source_yaml or target == "yaml") and not _yaml.available():
        _say(f"{label}: {_yaml.INSTALL_HINT}")
        return EXIT_USAGE
    try:
        raw = _read(name)
    except OSError as exc:
        _say(f"{label}: cannot read: {exc.strerror or exc}")
        return EXIT_USAGE
    try:
        data = _yaml.parse(raw) if source_yaml else _load.parse(raw)
    except InvalidCase as exc:
        return _problems(label, "not converted", exc.problems)
    problems = _yaml.validate_text(raw) if source_yaml else _load.validate(data)
    if problems:
        # A converted file must load: fix the problems first, in the file that has them.
        return _problems(label, "not converted", problems)
    if target == "yaml":
        schema = data.get("$schema") if isinstance(data.get("$schema"), str) else args.schema
        text = _yaml.dumps(data, schema=schema or None)
    else:
        text = _yaml.json_text(data)
    return _write(args.output, text, out, source=name)


# --- new ---------------------------------------------------------------------------------------


def _cmd_new(args: argparse.Namespace, out: TextIO) -> int:
    from fairtrial.record import _yaml
    from fairtrial.record._template import template

    target: str | None = args.output
    if target not in (None, "-"):
        assert target is not None
        if not _yaml.is_yaml(target):
            _say(f"{target}: the template is YAML with comments, which JSON cannot hold; name "
                 "the file .yaml (or .yml), and 'fairtrial convert' it to JSON when it is done")
            return EXIT_USAGE
        if os.path.exists(target) and not args.force:
            _say(f"{target} already exists; choose another name, or add --force to overwrite it")
            return EXIT_USAGE
    code = _write(target, template(args.kind, args.schema or None), out)
    if code == EXIT_OK and target not in (None, "-"):
        sys.stderr.write(f"fairtrial: wrote {target}; replace every TODO, then run "
                         f"'fairtrial validate {target}'\n")
    return code


# --- timeline ----------------------------------------------------------------------------------


def _load_case(name: str) -> Case | int:
    from fairtrial.record import _yaml
    from fairtrial.record._problems import InvalidCase

    """The case in ``name``, or the exit status after saying why it cannot be loaded."""
    label = "<stdin>" if name == "-" else name
    try:
        return _yaml.load_named(name, _read(name))
    except OSError as exc:
        _say(f"{label}: cannot read: {exc.strerror or exc}")
        return EXIT_USAGE
    except _yaml.YamlUnavailable as exc:
        _say(f"{label}: {exc}")
        return EXIT_USAGE
    except InvalidCase as exc:
        return _problems(label, "cannot show the timeline", exc.problems)


def _cmd_timeline(args: argparse.Namespace, out: TextIO) -> int:
    import attrs

    from fairtrial.reports import _timeline

    case = _load_case(args.file)
    if isinstance(case, int):
        return case
    if args.format == "json":
        record = {"events": [r.as_dict() for r in _timeline.rows(case)],
                  "warnings": [attrs.asdict(w) for w in _timeline.warnings(case)]}
        out.write(json.dumps(record, indent=2, ensure_ascii=False) + "\n")
    else:
        out.write(_timeline.text(case))
    return EXIT_OK


# --- registration -------------------------------------------------------------------------------


def add_commands(sub: Any) -> None:
    """Add ``new``, ``convert`` and ``timeline`` to the subcommands of ``fairtrial``."""
    from fairtrial.record._template import KINDS

    p = sub.add_parser(
        "new", help="write a commented case-file template (YAML) to fill in",
        description="Write a case-file template in YAML: every part of a case, one example of "
                    "each common event kind, comments that explain the standings and the date "
                    "forms, and a placeholder (TODO ...) wherever a fact is needed. Validation "
                    "refuses the file until every placeholder is replaced or deleted. Templates: "
                    + "; ".join(f"{k}: {v}" for k, v in KINDS.items()) + ". Other event kinds "
                    "(statement, confession, retraction, evidence, appeal, ...) are in "
                    "docs/case-format.md.")
    p.add_argument("--kind", choices=sorted(KINDS), default="trial",
                   help="which template (default: trial)")
    p.add_argument("-o", "--output", metavar="FILE",
                   help="write to FILE (.yaml or .yml) instead of standard output")
    p.add_argument("--force", action="store_true", help="overwrite FILE if it exists")
    p.add_argument("--schema", metavar="REF", default=DEFAULT_SCHEMA_REF,
                   help="the schema path or URL named in the first-line comment that editors "
                        "read (default: case.schema.json, beside the file; write it with "
                        "'fairtrial schema > case.schema.json'); '' for none")
    p.set_defaults(run=_cmd_new)

    p = sub.add_parser(
        "convert", help="convert a case file between JSON and YAML",
        description="Convert a case file between JSON (the canonical form) and YAML, keeping "
                    "every field, value and key order: converting back gives the same data. "
                    "Comments in a YAML file are not carried into JSON, which has none. The "
                    "file must validate first; the problems are listed if it does not.")
    p.add_argument("file", metavar="FILE",
                   help="a case file (.json, .yaml or .yml); '-' reads standard input")
    p.add_argument("--to", choices=("json", "yaml"),
                   help="the format to write (default: the other one, or what -o's name says)")
    p.add_argument("--from", dest="source_format", choices=("json", "yaml"),
                   help="the format of FILE (default: from its name; standard input is JSON)")
    p.add_argument("-o", "--output", metavar="OUT", help="write to OUT instead of standard output")
    p.add_argument("--schema", metavar="REF", default=DEFAULT_SCHEMA_REF,
                   help="in YAML, the schema path or URL named in the first-line comment that "
                        "editors read (default: case.schema.json, beside the file; write it "
                        "with 'fairtrial schema > case.schema.json'); '' for none")
    p.set_defaults(run=_cmd_convert)

    p = sub.add_parser(
        "timeline", help="list a case's events in date order, with warnings for the recorder",
        description="List the events of a case file in date order, one line each: date, what "
                    "happened, the people linked to it, its standing (who asserts it) and its "
                    "sources. Then warnings worth a look before relying on the record: an event "
                    "nobody is linked to, a person no event mentions, dates too coarse to tell "
                    "whether 48 hours passed between an arrest and the first appearance or "
                    "release, a source nothing rests on, a fact resting only on sources no "
                    "reader could find. Warnings do not change the exit status.")
    p.add_argument("file", metavar="FILE",
                   help="a case file (.json, .yaml or .yml); '-' reads standard input (JSON)")
    p.add_argument("--format", choices=("text", "json"), default="text",
                   help="text for people (default), json for programs")
    p.set_defaults(run=_cmd_timeline)
