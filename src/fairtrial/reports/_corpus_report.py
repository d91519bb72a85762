"""``fairtrial report --corpus``: one static HTML page about a corpus, with SVG bar charts of
outcomes by criterion, by country and by year, and the cases behind each bar.

The page has no scripts (the report's Content-Security-Policy allows none); every text from a
case file is escaped by Jinja2's autoescaping. Input is a directory of case files (assessed
here) or a directory of Parquet tables from ``fairtrial assess --format parquet``.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from typing import Any

import attrs

from fairtrial.reports import _tables

OUTCOMES = ("violation", "likely_violation", "no_violation", "insufficient_information",
            "not_applicable")
OUTCOME_WORDS = {"violation": "violation", "likely_violation": "likely violation",
                 "no_violation": "no violation",
                 "insufficient_information": "insufficient information",
                 "not_applicable": "not applicable"}
# Colour-blind-safe (Okabe-Ito), darkest for the gravest outcome.
COLOURS = {"violation": "#a6361c", "likely_violation": "#e69f00", "no_violation": "#009e73",
           "insufficient_information": "#56b4e9", "not_applicable": "#bbbbbb"}
_BAR, _GAP, _LABEL, _WIDTH = 16, 6, 340, 420


class CorpusError(ValueError):
    """The corpus cannot be read: no such directory, no cases, unreadable tables."""


@attrs.frozen
class Segment:
    outcome: str
    x: float
    width: float
    count: int


@attrs.frozen
class Bar:
    label: str
    y: int
    segments: tuple[Segment, ...]
    total: int
    #: Cases with a violation or a likely violation in this group: (file, case id).
    breached: tuple[tuple[str, str], ...]


@attrs.frozen
class Chart:
    title: str
    height: int
    bars: tuple[Bar, ...]


def load(path: str) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """(case rows, finding rows) from a Parquet tables directory or a directory of cases."""
    if not os.path.isdir(path):
        raise CorpusError(f"{path}: not a directory (give a directory of case files, or of "
                          "the tables of 'fairtrial assess --format parquet')")
    if os.path.exists(os.path.join(path, "cases.parquet")):
        try:
            import pyarrow.parquet as pq
        except ImportError:
            raise CorpusError("reading Parquet tables needs pyarrow: "
                              "pip install 'fairtrial[parquet]'") from None
        try:
            cases = pq.read_table(os.path.join(path, "cases.parquet")).to_pylist()
            findings = pq.read_table(os.path.join(path, "findings.parquet"),
                                     columns=["file", "criterion", "outcome"]).to_pylist()
        except (OSError, ValueError) as exc:  # pyarrow's errors derive from these
            raise CorpusError(f"{path}: cannot read the tables: {exc}") from None
        return cases, findings
    cases, findings = [], []
    for label, data in _files(path):
        record, _ = _tables.case_record(label, data)
        cases.append(record["case"])
        findings += record["findings"]
    if not cases:
        raise CorpusError(f"{path}: no case files (*.json) and no cases.parquet")
    return cases, findings


def _files(path: str) -> Iterator[tuple[str, bytes | str]]:
    from fairtrial.record import _load

    for name in sorted(os.listdir(path)):
        full = os.path.join(path, name)
        if name.endswith(".json") and os.path.isfile(full):
            try:
                with open(full, "rb") as fh:
                    yield full, fh.read(_load.MAX_BYTES + 1)
            except OSError as exc:
                yield full, f"{full}: cannot read: {exc.strerror or exc}"


def charts(cases: list[dict[str, Any]], findings: list[dict[str, Any]]) -> list[Chart]:
    by_file = {c["file"]: c for c in cases}
    titles = {c.id: c.title for c in _tables._checklist("full", False).criteria}
    keys: dict[str, Callable[[dict[str, Any]], str]] = {
        "Outcomes by criterion": lambda f: titles.get(f["criterion"], f["criterion"]),
        "Outcomes by country": lambda f: by_file[f["file"]]["jurisdiction"],
        "Outcomes by year of the first event": lambda f: str(by_file[f["file"]]["year"] or
                                                              "undated"),
    }
    out = []
    for title, key in keys.items():
        counts: dict[str, dict[str, int]] = {}
        breached: dict[str, dict[str, str]] = {}
        for f in findings:
            k = key(f)
            counts.setdefault(k, dict.fromkeys(OUTCOMES, 0))[f["outcome"]] += 1
            if f["outcome"] in ("violation", "likely_violation"):
                breached.setdefault(k, {})[f["file"]] = by_file[f["file"]]["case"]
        scale = max((sum(c.values()) for c in counts.values()), default=1) or 1
        bars = []
        # Criteria: the most often breached first; countries and years in their own order.
        order = sorted(counts, key=lambda k: (-len(breached.get(k, ())), k)) \
            if title == "Outcomes by criterion" else sorted(counts)
        for i, label in enumerate(order):
            x, segments = 0.0, []
            for outcome in OUTCOMES:
                n = counts[label][outcome]
                if n:
                    width = _WIDTH * n / scale
                    segments.append(Segment(outcome, round(_LABEL + x, 2), round(width, 2), n))
                    x += width
            bars.append(Bar(label, i * (_BAR + _GAP), tuple(segments),
                            sum(counts[label].values()),
                            tuple(sorted(breached.get(label, {}).items()))))
        out.append(Chart(title, len(bars) * (_BAR + _GAP), tuple(bars)))
    return out


def render(path: str) -> str:
    import jinja2

    cases, findings = load(path)
    env = jinja2.Environment(loader=jinja2.PackageLoader("fairtrial", "templates"),
                             autoescape=True, keep_trailing_newline=True)
    statuses = {s: sum(c["status"] == s for c in cases) for s in ("assessed", "invalid",
                                                                   "unreadable")}
    return env.get_template("corpus.html.j2").render(
        charts=charts(cases, findings), outcomes=OUTCOMES, words=OUTCOME_WORDS,
        colours=COLOURS, statuses=statuses, cases=len(cases), findings=len(findings),
        bar=_BAR, label_width=_LABEL, width=_LABEL + _WIDTH + 60,
        failed=[c for c in cases if c["status"] != "assessed"])


def report_corpus(args: Any, out: Any) -> int:
    """The CLI's ``report --corpus``; usage errors and unreadable corpora exit 2."""
    import sys

    def usage(message: str) -> int:
        sys.stderr.write(f"fairtrial: {message}\n")
        return 2

    if args.file is not None:
        return usage("give a case FILE or --corpus DIR, not both")
    if args.format != "html":
        return usage("--corpus writes --format html only")
    if args.public:
        return usage("--public is not available with --corpus: the page names every case")
    try:
        text = render(args.corpus)
    except CorpusError as exc:
        return usage(str(exc))
    if args.output in (None, "-"):
        out.write(text)
        return 0
    try:
        with open(args.output, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
    except OSError as exc:
        return usage(f"cannot write {args.output}: {exc.strerror or exc}")
    return 0
