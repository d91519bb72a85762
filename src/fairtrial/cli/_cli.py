"""The ``fairtrial`` command: a thin layer over the public functions.

Exit codes: 0 success, 1 a case file is invalid (or, for ``assess``, cannot be assessed; for
``report --public``, the report would still name a confidential person, organisation or source),
2 a usage error or an unreadable file. No input, however broken, produces a traceback.
"""

from __future__ import annotations

import argparse
import functools
import json
import os
import shutil
import sys
from collections.abc import Callable, Iterator, Sequence
from typing import TYPE_CHECKING, Any, TextIO

if TYPE_CHECKING:
    from fairtrial.record._model import Case
    from fairtrial.record._problems import Problem

EXIT_OK, EXIT_INVALID, EXIT_USAGE, EXIT_CHECKLIST = 0, 1, 2, 3
# Each command imports what it needs when it runs: `--help` and `schema` need neither the
# model nor the checklist, `validate` no checklist, and no command but `report` needs Jinja2.
# The names below let the parser describe the commands without importing them;
# tests/test_startup.py holds them to the real ones.
_PROFILES = ("core", "expression", "full", "pretrial")
_FORMAT_VERSION = "2.0"


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> Any:  # argparse exits with 2, which is our usage code too
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message}\n")

    def _get_formatter(self) -> argparse.HelpFormatter:
        # argparse makes a formatter for every argument it adds, and each asked the terminal
        # for its size: half of building the parser. The width is the one argparse would use.
        make: Any = self.formatter_class  # typeshed's protocol names only prog
        formatter: argparse.HelpFormatter = make(prog=self.prog, width=_width())
        return formatter


@functools.cache
def _width() -> int:
    return shutil.get_terminal_size().columns - 2


def _read(name: str) -> bytes:
    from fairtrial.record import _load

    if name == "-":
        return sys.stdin.buffer.read(_load.MAX_BYTES + 1)
    with open(name, "rb") as fh:
        return fh.read(_load.MAX_BYTES + 1)


class _Unreadable(Exception):
    pass


class _Usage(Exception):
    """A usage error found after parsing the arguments; ``main`` reports it, exit 2."""


def _load_file(name: str) -> Case:
    try:
        data = _read(name)
    except OSError as exc:
        raise _Unreadable(f"{name}: cannot read: {exc.strerror or exc}") from None
    from fairtrial.record import _yaml

    try:
        return _yaml.load_named(name, data)
    except _yaml.YamlUnavailable as exc:
        raise _Unreadable(f"{name}: {exc}") from None


def _iter_cases(names: Sequence[str]) -> Iterator[tuple[str, Case | list[Problem] | str]]:
    from fairtrial.record._problems import InvalidCase

    for name in names:
        try:
            yield name, _load_file(name)
        except InvalidCase as exc:
            yield name, list(exc.problems)
        except _Unreadable as exc:
            yield name, str(exc)


def _cmd_validate(args: argparse.Namespace, out: TextIO) -> int:
    from fairtrial.record._model import FORMAT_VERSION, Case

    worst = EXIT_OK
    records: list[dict[str, Any]] = []
    for name, result in _iter_cases(args.files):
        label = "<stdin>" if name == "-" else name
        if isinstance(result, Case):
            records.append({"file": label, "valid": True, "problems": []})
            if args.format == "text":
                out.write(f"{label}: valid ({len(result.events)} events)\n")
                if result.format_version != FORMAT_VERSION:
                    out.write(f"  note: this is a format {result.format_version} file; it loads "
                              f"as it is, and 'fairtrial upgrade {label} -o DIR' writes it as "
                              f"format {FORMAT_VERSION} without losing anything\n")
            records[-1]["format_version"] = result.format_version
        elif isinstance(result, str):
            worst = max(worst, EXIT_USAGE)
            records.append({"file": label, "valid": False, "error": result, "problems": []})
            if args.format == "text":
                sys.stderr.write(f"fairtrial: {result}\n")
        else:
            worst = max(worst, EXIT_INVALID)
            records.append({"file": label, "valid": False,
                            "problems": [p.as_dict() for p in result]})
            if args.format == "text":
                count = len(result)
                out.write(f"{label}: {count} problem{'s' if count != 1 else ''}\n")
                for p in result:
                    out.write(f"  {p}\n")
    if args.format == "json":
        out.write(json.dumps(records, indent=2, ensure_ascii=False) + "\n")
    return worst


def _cmd_upgrade(args: argparse.Namespace, out: TextIO) -> int:
    if len(args.files) > 1 and not (args.output_dir or args.in_place):
        raise _Usage("several files need -o DIR or --in-place")
    if args.output_dir and not os.path.isdir(args.output_dir):
        raise _Usage(f"-o {args.output_dir}: not a directory")
    from fairtrial.record import _load
    from fairtrial.record._model import FORMAT_VERSION
    from fairtrial.record._problems import InvalidCase

    worst = EXIT_OK
    for name in args.files:
        if name.lower().endswith((".yaml", ".yml")):
            # Rewriting YAML would drop its comments; upgrading only changes the version.
            sys.stderr.write(f"fairtrial: {name}: upgrade rewrites JSON files; in a YAML file, "
                             f"write format_version: '{FORMAT_VERSION}' by hand, which is all "
                             "upgrading changes\n")
            worst = max(worst, EXIT_USAGE)
            continue
        try:
            data = _load.parse(_read(name))
        except OSError as exc:
            sys.stderr.write(f"fairtrial: {name}: cannot read: {exc.strerror or exc}\n")
            worst = max(worst, EXIT_USAGE)
            continue
        except InvalidCase as exc:
            problems = list(exc.problems)
        else:
            problems = _load.validate(data)
        if problems:
            # Nothing is written for a file that does not validate: fix it first.
            sys.stderr.write(f"fairtrial: {name}: not upgraded, {len(problems)} problem"
                             f"{'s' if len(problems) != 1 else ''}:\n")
            for p in problems:
                sys.stderr.write(f"  {p}\n")
            worst = max(worst, EXIT_INVALID)
            continue
        text = json.dumps(_load.upgrade(data), indent=2, ensure_ascii=False) + "\n"
        if args.in_place or args.output_dir:
            target = name if args.in_place else os.path.join(args.output_dir,
                                                             os.path.basename(name))
            if args.output_dir and _same_file(name, target):
                raise _Usage(f"{target}: -o would overwrite the input; use --in-place")
            with open(target, "w", encoding="utf-8") as fh:
                fh.write(text)
            sys.stderr.write(f"fairtrial: {name}: format {data.get('format_version')} -> "
                             f"{FORMAT_VERSION}, written to {target}\n")
        else:
            out.write(text)
    return worst


def _cmd_schema(args: argparse.Namespace, out: TextIO) -> int:
    from fairtrial import _files

    # The committed file is schema_text(case_schema()) (tests/test_schema.py): written as it
    # is, without importing the model that generates it.
    out.write(_files.read_text("schemas", "case.schema.json"))
    return EXIT_OK


def _checklist(args: argparse.Namespace) -> Any:
    from fairtrial.checklist import ChecklistError, default_checklist

    try:
        return default_checklist(args.profile, plugins=args.plugins)
    except ChecklistError as exc:
        raise _Unreadable(f"checklist: {exc}") from None


def _cmd_assess(args: argparse.Namespace, out: TextIO) -> int:
    from fairtrial.batch import _batch

    try:
        _checklist(args)  # fail early, once, on a bad profile or plugin
    except _Unreadable as exc:
        sys.stderr.write(f"fairtrial: {exc}\n")
        return EXIT_USAGE
    if args.jobs < 1:
        sys.stderr.write("fairtrial: --jobs must be at least 1\n")
        return EXIT_USAGE
    many = args.lines or len(args.files) > 1
    items = _batch.iter_inputs(args.files, lines=args.lines)

    def reported(stream: Iterator[tuple[str, bytes | str]]) -> Iterator[tuple[str, bytes | str]]:
        for label, data in stream:
            if isinstance(data, str):
                sys.stderr.write(f"fairtrial: {data}\n")
            yield label, data

    if args.format == "parquet" or args.cache or args.scheduler:
        from fairtrial.batch._corpus import assess_corpus

        return assess_corpus(args, reported(items), out, many=many)
    if args.output_dir:
        raise _Usage("-o DIR is for --format parquet")
    progress = sys.stderr if sys.stderr.isatty() and many else None
    return _batch.run(reported(items), out, fmt=args.format, profile=args.profile,
                      plugins=args.plugins, many=many, show_all=args.all, jobs=args.jobs,
                      progress=progress, lang=args.lang, color=_colour(out))


def _colour(out: TextIO) -> bool:
    """Colour for a person at a terminal; never in a pipe or file, nor with NO_COLOR set."""
    isatty = getattr(out, "isatty", None)
    return bool(isatty and isatty()) and not os.environ.get("NO_COLOR")


def _open_case(args: argparse.Namespace, cannot: Callable[[Any, str, str], str],
               ) -> tuple[Any, Case] | int:
    """The checklist and the case a one-case command works on, or its exit code once the
    reason it cannot (unreadable, invalid) is on standard error in the user's language;
    ``cannot(lang, file, problems)`` words the latter."""
    from fairtrial._i18n import lang
    from fairtrial.record._problems import InvalidCase

    try:
        return _checklist(args), _load_file(args.file)
    except _Unreadable as exc:
        sys.stderr.write(f"fairtrial: {exc}\n")
        return EXIT_USAGE
    except InvalidCase as exc:
        label = "<stdin>" if args.file == "-" else args.file
        sys.stderr.write(cannot(lang(args.lang), label, str(exc)) + "\n")
        return EXIT_INVALID


def _cmd_questions(args: argparse.Namespace, out: TextIO) -> int:
    from fairtrial._i18n import lang, using
    from fairtrial.assessment._assess import assess
    from fairtrial.reports._questions import gather, questions_data
    from fairtrial.reports._report import md_questions
    from fairtrial.reports._textout import questions_report

    t = lang(args.lang)
    opened = _open_case(args, lambda t, file, problems: t._(
        "{file}: cannot list its questions, {problems}", file=file, problems=problems))
    if isinstance(opened, int):
        return opened
    checklist, case = opened
    # JSON is for programs and stays in English, like every JSON output.
    with using("en" if args.format == "json" else t):
        a = assess(case, checklist)
        qs = gather(case, a)
        if args.format == "json":
            out.write(json.dumps(questions_data(case, a, qs), indent=2, ensure_ascii=False)
                      + "\n")
        elif args.format == "md":
            out.write(md_questions(case, a, qs, t))
        else:
            out.write(questions_report(case, a, qs, t, color=_colour(out)))
    return EXIT_OK


def _cmd_checklist(args: argparse.Namespace, out: TextIO) -> int:
    from fairtrial.reports._export import checklist_data, checklist_text

    try:
        checklist = _checklist(args)
    except _Unreadable as exc:
        sys.stderr.write(f"fairtrial: {exc}\n")
        return EXIT_USAGE
    if args.format == "json":
        from fairtrial._json import dumps

        out.write(dumps(checklist_data(checklist), indent=True) + "\n")
    else:
        out.write(checklist_text(checklist))
    return EXIT_OK


def _cmd_report(args: argparse.Namespace, out: TextIO) -> int:
    from fairtrial.record._public import vet_public
    from fairtrial.reports._report import render

    if args.corpus is not None:
        from fairtrial.reports._corpus_report import report_corpus

        return report_corpus(args, out)
    if args.file is None:
        raise _Usage("report needs a case FILE, or --corpus DIR")

    opened = _open_case(args, lambda t, file, problems: t._(
        "{file}: cannot report, {problems}", file=file, problems=problems))
    if isinstance(opened, int):
        return opened
    checklist, case = opened
    text = render(case, args.format, public=args.public, checklist=checklist, lang=args.lang)
    # Fail closed: a public report that still names a protected person is never written.
    if args.public and not vet_public(text, args.format, case, sys.stderr):
        return EXIT_INVALID
    if args.output in (None, "-"):
        out.write(text)
        return EXIT_OK
    if args.file != "-" and _same_file(args.file, args.output):
        sys.stderr.write(f"fairtrial: {args.output} is the case file itself; writing the report "
                         "there would destroy it. Choose another output file.\n")
        return EXIT_USAGE
    try:
        with open(args.output, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
    except OSError as exc:
        sys.stderr.write(f"fairtrial: cannot write {args.output}: {exc.strerror or exc}\n")
        return EXIT_USAGE
    return EXIT_OK


def _same_file(a: str, b: str) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:  # the output does not exist yet
        return False


def _profile_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--profile", choices=_PROFILES, default="full",
                   help="which areas of the checklist to use (default: full)")
    p.add_argument("--plugins", action="store_true",
                   help="add criteria from installed packages ('fairtrial.criteria' entry points)")


def _lang_option(p: argparse.ArgumentParser) -> None:
    from fairtrial._i18n import languages

    p.add_argument("--lang", choices=languages(), default="en",
                   help="language of the text, Markdown and HTML (default: en); JSON and CSV "
                        "are for programs and stay in English")


def build_parser() -> argparse.ArgumentParser:
    _width.cache_clear()  # the terminal's width once for each parser, as it is now
    parser = _Parser(
        prog="fairtrial",
        description="Record criminal proceedings and assess them against international "
                    "fair-trial standards.",
        epilog="Exit status: 0 success; 1 a case file is invalid; 2 usage error or unreadable "
               "file; 3 a criterion failed (a fault in the checklist, which the message "
               "names). Run 'fairtrial COMMAND --help' for each command.",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    sub.required = True

    p = sub.add_parser("validate", help="check case files against the schema and for meaning",
                       description="Check case files: JSON Schema, references, unique ids, "
                                   "real dates and possible chronology. Lists every problem "
                                   "with its JSON path.")
    p.add_argument("files", nargs="+", metavar="FILE", help="case files; '-' reads standard input")
    p.add_argument("--format", choices=("text", "json"), default="text",
                   help="text for people (default), json for programs")
    p.set_defaults(run=_cmd_validate)

    p = sub.add_parser("upgrade", help="rewrite case files in the current format",
                       description=f"Rewrite case files as format {_FORMAT_VERSION}. Format 1 "
                                   "files keep loading as they are; upgrading changes only the "
                                   "version, keeping every fact, key order and value. A file "
                                   "that does not validate is not written.")
    p.add_argument("files", nargs="+", metavar="FILE", help="case files; '-' reads standard input")
    where = p.add_mutually_exclusive_group()
    where.add_argument("-o", "--output-dir", metavar="DIR",
                       help="write each upgraded file into DIR under its own name")
    where.add_argument("--in-place", action="store_true", help="rewrite each file in place")
    p.set_defaults(run=_cmd_upgrade)

    p = sub.add_parser("schema", help="print the case-file JSON Schema",
                       description="Print the JSON Schema (Draft 2020-12) of case files.")
    p.set_defaults(run=_cmd_schema)

    p = sub.add_parser("assess", help="assess case files against the fair-trial checklist",
                       description="Assess case files: a finding per criterion and person, with "
                                   "reasons, sources and open questions, and an overall grade. "
                                   "Many files, or a JSON Lines stream (--lines -), are assessed "
                                   "in turn; a case that cannot be loaded gives an error record "
                                   "and the batch goes on.")
    p.add_argument("files", nargs="+", metavar="FILE", help="case files; '-' reads standard input")
    p.add_argument("--format", choices=("text", "json", "csv", "parquet"), default="text",
                   help="text for people (default); json (JSON Lines for several cases, with "
                        "an error record for a case that cannot be assessed); csv (one row per "
                        "finding, for data frames; such cases are named on standard error); "
                        "parquet (cases, findings and questions tables in -o DIR; needs "
                        "pip install 'fairtrial[parquet]'; see docs/analysis.md)")
    p.add_argument("-o", "--output-dir", metavar="DIR",
                   help="with --format parquet: the directory for the tables")
    p.add_argument("--cache", metavar="PATH",
                   help="with --format json or parquet: reuse results of unchanged cases "
                        "from the SQLite file PATH and store new ones (one run at a time)")
    p.add_argument("--scheduler", metavar="ADDRESS",
                   help="with --format json or parquet: assess on the Dask cluster at ADDRESS "
                        "(pip install 'fairtrial[dask]'); output is the same as locally")
    p.add_argument("--lines", action="store_true",
                   help="read each input as JSON Lines: one case per line")
    p.add_argument("--jobs", type=int, default=1, metavar="N",
                   help="assess in N processes (default 1); output stays in input order")
    p.add_argument("--all", action="store_true",
                   help="in text, show every finding in full and the open questions, not only "
                        "the summary, the matrix and the breaches; colour only on a terminal "
                        "without NO_COLOR")
    _profile_options(p)
    _lang_option(p)
    p.set_defaults(run=_cmd_assess)

    p = sub.add_parser("report", help="write an assessment report: JSON, Markdown or HTML",
                       description="Assess a case file and write a report: json (validates "
                                   "against schemas/assessment.schema.json), md (for pasting "
                                   "into a document), or html (one self-contained, printable "
                                   "page with a timeline). Output is identical for identical "
                                   "input.")
    p.add_argument("file", metavar="FILE", nargs="?",
                   help="a case file; '-' reads standard input")
    p.add_argument("--format", choices=("json", "md", "html"), default="html",
                   help="report format (default: html)")
    p.add_argument("--corpus", metavar="DIR",
                   help="instead of FILE: an HTML page about a corpus, from a directory of "
                        "case files or of the tables of 'assess --format parquet'")
    p.add_argument("-o", "--output", metavar="OUT", help="write to OUT instead of standard output")
    p.add_argument("--public", action="store_true",
                   help="show confidential people, organisations and sources only under "
                        "pseudonyms; refuse to write a report that would still name one")
    _profile_options(p)
    _lang_option(p)
    p.set_defaults(run=_cmd_report)

    p = sub.add_parser("questions", help="what to find out next: the open questions of a case",
                       description="List the open questions of every finding, each asked once "
                                   "(with the hearings and people it concerns), grouped by whom "
                                   "to ask and ranked by how much the answer could change a "
                                   "grade. Print it before the next hearing.")
    p.add_argument("file", metavar="FILE", help="a case file; '-' reads standard input")
    p.add_argument("--format", choices=("text", "md", "json"), default="text",
                   help="text for people (default), md for documents, json for programs")
    _profile_options(p)
    _lang_option(p)
    p.set_defaults(run=_cmd_questions)

    p = sub.add_parser("checklist", help="list the criteria with their citations",
                       description="List every criterion: its question, severity and "
                                   "citations (unconfirmed pinpoints are marked).")
    p.add_argument("--format", choices=("text", "json"), default="text")
    _profile_options(p)
    p.set_defaults(run=_cmd_checklist)

    from fairtrial.cli._commands import add_commands

    add_commands(sub)  # new, convert, timeline: the recorder's commands
    return parser


def main(argv: Sequence[str] | None = None, out: TextIO | None = None) -> int:
    if argv is None and out is None:  # run as the program
        from fairtrial._gc import quick_exit

        quick_exit()
    parser = build_parser()
    args = parser.parse_args(argv)
    args.as_program = argv is None and out is None  # the process ends with the command
    stream = out if out is not None else sys.stdout
    try:
        code: int = args.run(args, stream)
    except BrokenPipeError:  # e.g. `fairtrial schema | head`
        return EXIT_OK
    except _Usage as exc:
        sys.stderr.write(f"fairtrial: {exc}\n")
        return EXIT_USAGE
    except Exception as exc:
        from fairtrial.assessment._assess import CriterionError

        if not isinstance(exc, CriterionError):
            raise
        sys.stderr.write(f"fairtrial: {exc}; this is a fault in the checklist, not in the case "
                         f"file\n")
        return EXIT_CHECKLIST
    except KeyboardInterrupt:
        return 130
    return code
