"""Assess many cases: files or JSON Lines in, JSON Lines, CSV or text out, optionally in
parallel. A bad case yields an error record and never stops the batch; results come out in
input order; memory stays bounded because only a window of cases is in flight."""

from __future__ import annotations

import gc
import json
import sys
from collections import deque
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any, TextIO

from fairtrial.record import _load
from fairtrial.record._problems import InvalidCase

if TYPE_CHECKING:
    from concurrent.futures import Future

OK, INVALID, UNREADABLE, FAILED = 0, 1, 2, 3
# Cases per task, and tasks in flight per worker: 16 x 4 keeps both workers busy on two
# cores while at most 64 cases per worker (about 12 MB of JSON results) wait in memory.
_CHUNK, _WINDOW = 16, 4


def iter_inputs(names: Iterable[str], *, lines: bool) -> Iterator[tuple[str, bytes | str]]:
    """(label, data) for each case; data is an error message when the input cannot be read.

    With ``lines`` each non-blank line of each input is one case (JSON Lines), labelled
    ``name:line``; files are read lazily, so a stream of any length is fine.
    """
    for name in names:
        label = "<stdin>" if name == "-" else name
        try:
            stream = sys.stdin.buffer if name == "-" else open(name, "rb")  # noqa: SIM115
        except OSError as exc:
            yield label, f"{label}: cannot read: {exc.strerror or exc}"
            continue
        try:
            if lines:
                for number, line in enumerate(stream, 1):
                    if line.strip():
                        yield f"{label}:{number}", line
            else:
                yield label, stream.read(_load.MAX_BYTES + 1)
        except OSError as exc:
            yield label, f"{label}: cannot read: {exc.strerror or exc}"
        finally:
            if stream is not sys.stdin.buffer:
                stream.close()


_CHECKLISTS: dict[tuple[str, bool], Any] = {}


def assess_one(label: str, data: bytes | str, fmt: str, profile: str,
               plugins: bool, many: bool, show_all: bool, lang: str = "en",
               color: bool = False) -> tuple[str | bytes, int, str]:
    """Assess one case and format it; returns (text to write, status, note for stderr).

    CSV has no room for an error record, so there a case that cannot be assessed is named on
    standard error instead: an exit status of 1 alone would not say which case failed.
    """
    from fairtrial._i18n import lang as language
    from fairtrial.assessment._assess import assess
    from fairtrial.checklist import default_checklist
    from fairtrial.reports._export import assessment_data, finding_rows

    if isinstance(data, str):  # already reported on standard error as it was read
        record = {"file": label, "error": data}
        return (json.dumps(record) + "\n" if fmt == "json" else ""), UNREADABLE, ""
    from fairtrial.record import _yaml

    try:
        case = _yaml.load_named(label, data)
    except _yaml.YamlUnavailable as exc:
        record = {"file": label, "error": f"{label}: {exc}"}
        note = f"fairtrial: {label}: {exc}\n"
        return (json.dumps(record) + "\n" if fmt == "json" else ""), UNREADABLE, note
    except InvalidCase as exc:
        if fmt == "json":
            invalid = {"file": label, "error": "invalid case file",
                       "problems": [p.as_dict() for p in exc.problems]}
            return json.dumps(invalid, ensure_ascii=False) + "\n", INVALID, ""
        body = "".join(f"  {p}\n" for p in exc.problems)
        message = language(lang).n_("{file}: cannot assess, {count} problem",
                                    "{file}: cannot assess, {count} problems",
                                    len(exc.problems), file=label) + f"\n{body}"
        return ("", INVALID, message) if fmt == "csv" else (message, INVALID, "")
    key = (profile, plugins)
    if key not in _CHECKLISTS:
        _CHECKLISTS[key] = default_checklist(profile, plugins=plugins)
    from fairtrial._i18n import using
    from fairtrial.assessment._assess import CriterionError

    try:
        if fmt in ("json", "csv"):  # machine formats: English, whatever --lang says
            with using("en"):
                assessment = assess(case, _CHECKLISTS[key])
        else:
            with using(lang):
                assessment = assess(case, _CHECKLISTS[key])
    except CriterionError as exc:
        # A fault of the checklist (a user's own criterion, say), not of the case file: the
        # batch goes on, and the message names the criterion so that it can be fixed.
        note = (f"fairtrial: {label}: {exc}; this is a fault in the checklist, not in the "
                f"case file\n")
        record = {"file": label, "error": f"{exc}; a fault in the checklist, not in the case"}
        return (json.dumps(record, ensure_ascii=False) + "\n" if fmt == "json" else ""), \
            FAILED, note
    if fmt not in ("json", "csv"):
        with using(lang):
            from fairtrial.reports import _textout

            head = f"### {label}\n" if many else ""
            text = _textout.render(case, assessment, language(lang), show_all=show_all,
                                   color=color)
        return head + text, OK, ""
    if fmt == "json":
        from fairtrial._json import dumps, dumps_line

        if many:  # a machine format: no spaces, one line per case, already UTF-8
            return dumps_line({"file": label, **assessment_data(assessment, lists=False)}), \
                OK, ""
        return dumps(assessment_data(assessment, lists=False), indent=True) + "\n", OK, ""
    if fmt == "csv":
        import csv
        import io

        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        for row in finding_rows(assessment):
            writer.writerow([label, *row.values()])
        return buffer.getvalue(), OK, ""
    raise ValueError(f"unknown format {fmt!r}")


def _chunk(batch: list[tuple[Any, ...]]) -> list[tuple[bytes, int, str]]:
    # Encoded in the worker: on two cores, the parent's time is taken from the workers.
    return [(text if isinstance(text, bytes) else text.encode("utf-8"), status, note)
            for text, status, note in map(_star, batch)]


def _star(a: tuple[Any, ...]) -> tuple[str | bytes, int, str]:
    return assess_one(*a)


def run(items: Iterator[tuple[str, bytes | str]], out: TextIO, *, fmt: str, profile: str,
        plugins: bool, many: bool, show_all: bool, jobs: int, progress: TextIO | None,
        errors: TextIO | None = None, lang: str = "en", color: bool = False) -> int:
    """Assess every item, writing results in input order; returns the worst status.

    ``errors`` (standard error by default) names the cases that CSV output cannot show."""
    errors = errors or sys.stderr
    from fairtrial.reports._export import ROW_FIELDS

    if fmt == "csv":
        out.write(",".join(("file", *ROW_FIELDS)) + "\n")
    worst, done, failed = OK, 0, 0
    binary = getattr(out, "buffer", None)  # a real stream: write the workers' bytes as they are
    if binary is not None:
        out.flush()

    def emit(result: tuple[str | bytes, int, str]) -> None:
        nonlocal worst, done, failed
        text, status, note = result
        if note:
            errors.write(("\n" if progress is not None else "") + note)
        if isinstance(text, str):
            out.write(text)
            if binary is not None and text:  # before any bytes written past it
                out.flush()
        elif binary is not None:
            binary.write(text)
        else:
            out.write(text.decode("utf-8"))
        worst = max(worst, status)
        done += 1
        failed += status != OK
        if progress is not None and (done % 25 == 0 or done < 25):
            progress.write(f"\rassessed {done} case(s), {failed} could not be assessed")
            progress.flush()

    args = ((label, data, fmt, profile, plugins, many, show_all, lang, color)
            for label, data in items)
    if jobs <= 1:
        for a in args:
            emit(assess_one(*a))
    else:
        # Cases travel in chunks (less inter-process overhead per case) and at most
        # jobs * _WINDOW chunks are in flight, so memory does not grow with the input.
        # Imported here: multiprocessing and its logging cost a one-case run a tenth of its time.
        from concurrent.futures import ProcessPoolExecutor

        window: deque[Future[list[tuple[bytes, int, str]]]] = deque()
        # Workers are forked: keep the collector off the pages they share with this process,
        # or its passes copy them (copy-on-write) in every worker.
        gc.freeze()
        try:
            with ProcessPoolExecutor(max_workers=jobs) as pool:
                batch: list[tuple[Any, ...]] = []
                for a in args:
                    batch.append(a)
                    if len(batch) == _CHUNK:
                        window.append(pool.submit(_chunk, batch))
                        batch = []
                    if len(window) >= jobs * _WINDOW:
                        for result in window.popleft().result():
                            emit(result)
                if batch:
                    window.append(pool.submit(_chunk, batch))
                while window:
                    for result in window.popleft().result():
                        emit(result)
        finally:
            gc.unfreeze()
    if progress is not None and done:
        progress.write(f"\rassessed {done} case(s), {failed} could not be assessed\n")
    return worst
