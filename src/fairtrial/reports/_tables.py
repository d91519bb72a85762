"""Tables for analysts: one record per case, then three Parquet files (cases, findings,
questions) with a documented, versioned schema (docs/analysis.md).

A record is plain data (dicts, strings, numbers), so it pickles between processes, travels
to Dask workers and back, and is stored in the cache as JSON. pyarrow is imported only when
the tables are written: it is the optional extra ``fairtrial[parquet]``.
"""

from __future__ import annotations

import contextlib
import importlib
import os
from collections.abc import Iterable
from typing import Any

from fairtrial.record._problems import InvalidCase

#: Changes when a column is added (minor) or renamed, removed or retyped (major).
TABLES_VERSION = "1.0"
#: Rows of one table per row group (DuckDB and pandas read row groups of this order best),
#: unless its Arrow batches reach _GROUP_BYTES first: a table's waiting row group is the
#: writer's largest buffer, and a row of the cases table is three times one of findings.
_GROUP_ROWS = 32768
_GROUP_BYTES = 2 * 2**20
#: Rows of one table that wait as Python objects before they become an Arrow batch.
_ROWS_PER_BATCH = 1024
#: Bytes of a column's page before it is compressed; each column of each table buffers one.
_PAGE_BYTES = 128 * 1024
#: Columns of free text: no min/max statistics, which would be long strings repeated in the
#: footer for every row group (the writer keeps the footer in memory until it closes).
_NO_STATISTICS = frozenset({"file", "error", "case", "title", "subject", "subject_name",
                            "question", "grades", "first_event", "last_event", "as_of"})

OK, INVALID, UNREADABLE = 0, 1, 2
_STATUS_WORDS = {OK: "assessed", INVALID: "invalid", UNREADABLE: "unreadable"}
_OUTCOMES = ("violation", "likely_violation", "no_violation", "insufficient_information",
             "not_applicable")

_CHECKLISTS: dict[tuple[str, bool], Any] = {}


class TablesUnavailable(RuntimeError):
    """pyarrow is not installed."""


NO_PYARROW = "Parquet output needs pyarrow: pip install 'fairtrial[parquet]'"


def _checklist(profile: str, plugins: bool) -> Any:
    # Built where it is used (in each worker), never shipped: checklists hold closures.
    from fairtrial.checklist import default_checklist

    key = (profile, plugins)
    if key not in _CHECKLISTS:
        _CHECKLISTS[key] = default_checklist(profile, plugins=plugins)
    return _CHECKLISTS[key]


def _empty_case(label: str, status: int, error: str) -> dict[str, Any]:
    row: dict[str, Any] = dict.fromkeys(CASE_COLUMNS)
    row.update(file=label, status=_STATUS_WORDS[status], error=error, grades=[])
    return row


def case_record(label: str, data: bytes | str, profile: str = "full",
                plugins: bool = False) -> tuple[dict[str, Any], int]:
    """(record, status) for one case; never raises for any input.

    ``data`` is the case's bytes, or a message saying why it could not be read. The record
    has a ``case`` row and lists of ``findings`` and ``questions`` rows.
    """
    # A sibling of fairtrial.assess_record, which gives the assessment's JSON shape; this one
    # gives the rows of the three tables. Both hold the same promise: a record, never a raise.
    from fairtrial.assessment._assess import assess
    from fairtrial.record import _load  # here: the process writing the tables never loads one

    if isinstance(data, str):
        return {"case": _empty_case(label, UNREADABLE, data), "findings": [],
                "questions": []}, UNREADABLE
    try:
        case = _load.loads(data)
    except InvalidCase as exc:
        error = "; ".join(str(p) for p in exc.problems)
        return {"case": _empty_case(label, INVALID, error), "findings": [],
                "questions": []}, INVALID
    try:
        a = assess(case, _checklist(profile, plugins))
    except Exception as exc:  # a criterion's failure is this case's error row, not the run's
        return {"case": _empty_case(label, INVALID, f"cannot assess: {type(exc).__name__}: "
                                                    f"{exc}"), "findings": [],
                "questions": []}, INVALID
    dated = sorted((e.date for e in case.events if e.date is not None),
                   key=lambda w: w.sort_key())
    counts = dict.fromkeys(_OUTCOMES, 0)
    for f in a.findings:
        counts[f.outcome.value] += 1
    names = dict(a.subjects)
    row = {
        "file": label, "status": "assessed", "error": None, "case": a.case_id,
        "title": a.title, "jurisdiction": a.jurisdiction, "territory": case.territory,
        "stage": case.stage.value, "checklist": a.checklist,
        "first_event": str(dated[0]) if dated else None,
        "last_event": str(dated[-1]) if dated else None,
        "year": dated[0].earliest.year if dated else None,
        "as_of": str(case.as_of) if case.as_of is not None else None,
        "defendants": len(a.subjects), "grade": a.grade.letter, "grade_label": a.grade.label,
        "provisional": a.grade.provisional,
        "grades": [{"subject": pid, "name": names.get(pid, ""), "grade": g.letter,
                    "provisional": g.provisional} for pid, g in a.grades],
        **counts,
    }
    findings = []
    questions = []
    for f in a.findings:
        common = {"file": label, "case": a.case_id, "subject": f.subject,
                  "criterion": f.criterion, "area": f.area.value, "outcome": f.outcome.value}
        findings.append({
            **common, "subject_name": names.get(f.subject) if f.subject else None,
            "confidence": f.confidence.value if f.confidence else None,
            "severity": f.severity.value, "affects_outcome": f.affects_outcome,
            "questions": len(f.questions)})
        questions += [{**common, "severity": f.severity.value, "number": n, "question": q}
                      for n, q in enumerate(f.questions, 1)]
    return {"case": row, "findings": findings, "questions": questions}, OK


CASE_COLUMNS = ("file", "status", "error", "case", "title", "jurisdiction", "territory",
                "stage", "checklist", "first_event", "last_event", "year", "as_of",
                "defendants", "grade", "grade_label", "provisional", "grades", *_OUTCOMES)
FINDING_COLUMNS = ("file", "case", "subject", "subject_name", "criterion", "area", "outcome",
                   "confidence", "severity", "affects_outcome", "questions")
QUESTION_COLUMNS = ("file", "case", "subject", "criterion", "area", "outcome", "severity",
                    "number", "question")


def _schemas() -> dict[str, Any]:
    try:
        import pyarrow as pa
    except ImportError:
        raise TablesUnavailable(NO_PYARROW) from None
    from fairtrial import __version__

    cat = pa.dictionary(pa.int32(), pa.string())
    s, i32 = pa.string(), pa.int32()
    types: dict[str, dict[str, Any]] = {
        "cases": {
            "file": s, "status": cat, "error": s, "case": s, "title": s, "jurisdiction": cat,
            "territory": cat, "stage": cat, "checklist": cat, "first_event": s,
            "last_event": s, "year": pa.int16(), "as_of": s, "defendants": i32, "grade": cat,
            "grade_label": cat, "provisional": pa.bool_(),
            "grades": pa.list_(pa.struct([("subject", s), ("name", s), ("grade", s),
                                          ("provisional", pa.bool_())])),
            **dict.fromkeys(_OUTCOMES, i32)},
        "findings": {
            "file": s, "case": s, "subject": s, "subject_name": s, "criterion": cat,
            "area": cat, "outcome": cat, "confidence": cat, "severity": cat,
            "affects_outcome": pa.bool_(), "questions": i32},
        "questions": {
            "file": s, "case": s, "subject": s, "criterion": cat, "area": cat, "outcome": cat,
            "severity": cat, "number": i32, "question": s},
    }
    return {name: pa.schema(list(cols.items()), metadata={
        "fairtrial.table": name, "fairtrial.tables_version": TABLES_VERSION,
        "fairtrial.version": __version__}) for name, cols in types.items()}


def require_pyarrow() -> None:
    """Raise ``TablesUnavailable`` with the install hint when pyarrow is missing."""
    _schemas()


class TableWriter:
    """Streams records into DIR/cases.parquet, findings.parquet and questions.parquet.

    Memory stays bounded whatever the corpus: a table's rows wait as Python objects only
    until a thousand have come (a Python row takes about 1.5 kB, in Arrow's columns some
    60 bytes), then become an Arrow record batch; a table's batches are written as one row group
    once they hold ``group`` rows, a size that suits readers, or ``group_bytes`` of Arrow
    buffers, whichever comes first. The files appear under their names only when ``close``
    succeeds.
    """

    def __init__(self, directory: str, group: int = _GROUP_ROWS,
                 group_bytes: int = _GROUP_BYTES) -> None:
        import pyarrow.parquet as pq

        self._schemas = _schemas()
        self._dir, self._group, self._group_bytes = directory, group, group_bytes
        os.makedirs(directory, exist_ok=True)
        self._writers = {
            name: pq.ParquetWriter(self._tmp(name), schema, compression="zstd",
                                   write_statistics=[c for c in schema.names
                                                     if c not in _NO_STATISTICS],
                                   data_page_size=_PAGE_BYTES)
            for name, schema in self._schemas.items()}
        self._rows: dict[str, list[dict[str, Any]]] = {name: [] for name in self._schemas}
        self._batches: dict[str, list[Any]] = {name: [] for name in self._schemas}
        self._batched = dict.fromkeys(self._schemas, 0)
        self._bytes = dict.fromkeys(self._schemas, 0)
        self._cases = 0

    def _tmp(self, name: str) -> str:
        return os.path.join(self._dir, f".{name}.parquet.partial")

    def add(self, record: dict[str, Any]) -> None:
        self._rows["cases"].append(record["case"])
        self._rows["findings"] += record["findings"]
        self._rows["questions"] += record["questions"]
        self._cases += 1
        for name, rows in self._rows.items():
            # Each table by its own count: a batch costs some kilobytes of buffers besides
            # its rows, so a table must not be cut into batches of a few rows each time
            # another table fills one (a run's cases table then held tens of megabytes).
            if len(rows) >= _ROWS_PER_BATCH:
                self._convert(name)

    def _convert(self, name: str) -> None:
        import pyarrow as pa

        rows = self._rows[name]
        if rows:
            batch = pa.RecordBatch.from_pylist(rows, schema=self._schemas[name])
            self._batches[name].append(batch)
            self._batched[name] += batch.num_rows
            self._bytes[name] += batch.nbytes
            rows.clear()
            if self._batched[name] >= self._group or self._bytes[name] >= self._group_bytes:
                self._write(name)

    def _write(self, name: str) -> None:
        import pyarrow as pa

        batches = self._batches[name]
        if batches or not self._cases:
            # One row group, each categorical column with one dictionary for the group.
            table = pa.Table.from_batches(batches, schema=self._schemas[name])
            self._writers[name].write_table(table.unify_dictionaries(),
                                            row_group_size=max(table.num_rows, 1))
        batches.clear()
        self._batched[name] = self._bytes[name] = 0

    def close(self) -> None:
        for name, writer in self._writers.items():
            self._convert(name)
            self._write(name)
            writer.close()
            os.replace(self._tmp(name), os.path.join(self._dir, f"{name}.parquet"))

    def abort(self) -> None:
        for name, writer in self._writers.items():
            writer.close()
            os.remove(self._tmp(name))


def spare_pandas() -> None:
    """Keep pyarrow from importing pandas (some 55 MiB) when pandas is not already loaded.

    The first time pyarrow converts Python lists it imports pandas, if installed, only to ask
    whether the lists are pandas objects; a record never holds one. That question is answered
    once here with pandas hidden; pyarrow imports pandas as usual if it is really used later,
    but from then on takes pandas objects given to ``pyarrow.array`` for plain sequences, so
    only the command calls this, never the library in someone else's process.
    """
    import sys

    if "pandas" in sys.modules:
        return
    import pyarrow as pa

    hidden = _Hidden({"pandas"})
    sys.meta_path.insert(0, hidden)
    try:
        pa.array([], type=pa.int8())
    finally:
        sys.meta_path.remove(hidden)


class _Hidden:
    """An import finder under which the named modules, and theirs, cannot be imported."""

    def __init__(self, names: set[str]) -> None:
        self._names = names

    def find_spec(self, name: str, path: object = None, target: object = None) -> None:
        if any(name == n or name.startswith(n + ".") for n in self._names):
            raise ImportError("hidden from pyarrow by fairtrial")


#: What pyarrow imports when it is installed and writing the tables never uses: NumPy (some
#: 11 MiB of the writing process) and the libraries of remote file systems that
#: ``pyarrow.parquet`` loads if it can (S3 with OpenSSL, GCS, Azure, HDFS: some 6 MiB).
_NEEDLESS = ("numpy", "pyarrow._s3fs", "pyarrow._gcsfs", "pyarrow._azurefs", "pyarrow._hdfs")


def import_lean(*, numpy: bool = True, dask: bool = False, tables: bool = True) -> None:
    """Import pyarrow and ``pyarrow.parquet`` (unless not ``tables``) without what writing
    the tables does not use: NumPy too if ``numpy``; with ``dask``, Dask's client
    (``distributed``) too, which imports NumPy only to allocate the buffers it receives into
    and makes them itself without it.

    For a process that ends with the command only: pyarrow carries on without each of them
    (NumPy is optional from pyarrow 16; where pyarrow's metadata requires it, it is not
    hidden), but what is hidden here stays unavailable to pyarrow in this process, and a
    pyarrow that started without NumPy crashes (SIGSEGV) converting to pandas once NumPy is
    imported after all. Modules already imported are left as they are.
    """
    import sys

    wanted = [name for name, yes in (("pyarrow.parquet", tables), ("distributed", dask))
              if yes and name not in sys.modules]
    if not wanted:
        return
    hidden = {name for name in _NEEDLESS if name not in sys.modules}
    if not numpy or "pyarrow" in sys.modules or (tables and not _numpy_optional()):
        hidden.discard("numpy")
    finder = _Hidden(hidden)
    sys.meta_path.insert(0, finder)
    try:
        for name in wanted:
            # Not installed: require_pyarrow, or the command's check for Dask, says so.
            with contextlib.suppress(ImportError):
                importlib.import_module(name)
    finally:
        sys.meta_path.remove(finder)


def _numpy_optional() -> bool:
    from importlib import metadata

    try:
        requires = metadata.requires("pyarrow") or []
    except metadata.PackageNotFoundError:
        return False
    return not any(r.split(";")[0].strip().lower().startswith("numpy") and "extra" not in r
                   for r in requires)


def write_tables(records: Iterable[dict[str, Any]], directory: str) -> None:
    """Write records (from ``case_record``) as the three Parquet tables in ``directory``."""
    writer = TableWriter(directory)
    try:
        for record in records:
            writer.add(record)
    except BaseException:
        writer.abort()
        raise
    writer.close()
