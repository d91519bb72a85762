"""fairtrial for engines that map a function over partitions (Dask, Spark, Ray, a process
pool): one JSON line in, one plain record out, never an exception.

>>> import dask.bag as db                                           # doctest: +SKIP
>>> records = db.read_text("cases-*.jsonl").map(fairtrial.assess_record)   # doctest: +SKIP
>>> rows = records.map(fairtrial.record_rows).flatten().to_dataframe(
...     meta=fairtrial.ROW_TYPES)                                   # doctest: +SKIP

A record is plain data (dicts, lists, strings), which every engine moves between processes
cheaply: an ``Assessment`` took longer to unpickle than to compute. The checklist pickles
too (built-in criteria travel by id), so it can be passed along as an argument.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Final

from fairtrial.reports._export import ROW_FIELDS

if TYPE_CHECKING:
    from fairtrial.checklist import Checklist

__all__ = ["ROW_FIELDS", "ROW_TYPES", "assess_record", "record_rows"]

#: The type of each column of ``finding_rows`` and ``record_rows`` (and of the CSV output's
#: columns once read): ``confidence`` is "" where a finding has none, ``subject`` and
#: ``subject_name`` "" for a finding about the case as a whole.
ROW_TYPES: Final[dict[str, type]] = {
    "case": str, "subject": str, "subject_name": str, "criterion": str, "area": str,
    "outcome": str, "confidence": str, "severity": str, "affects_outcome": bool,
}


def assess_record(line: bytes | str, *, label: str | None = None,
                  checklist: Checklist | None = None) -> dict[str, Any]:
    """One case file (a JSON line, bytes or text) to one record; never raises.

    The record is the assessment as ``fairtrial.assessment_data`` gives it (the shape of
    schemas/assessment.schema.json), or, for a case that cannot be assessed, an error record:
    ``{"error": "invalid case file", "problems": [...]}`` with each problem's ``path``,
    ``code`` and ``message``, or ``{"error": "..."}`` for anything else. With ``label`` the
    record starts with ``"file": label``, as `fairtrial assess --lines --format json` writes.
    """
    head: dict[str, Any] = {} if label is None else {"file": label}
    try:
        from fairtrial.assessment._assess import assess
        from fairtrial.record._load import loads
        from fairtrial.record._problems import InvalidCase
        from fairtrial.reports._export import assessment_data

        if not isinstance(line, bytes | str):
            return {**head, "error": f"a case is a JSON line (bytes or text), not "
                                     f"{type(line).__name__}"}
        try:
            case = loads(line)
        except InvalidCase as exc:
            return {**head, "error": "invalid case file",
                    "problems": [p.as_dict() for p in exc.problems]}
        return {**head, **assessment_data(assess(case, checklist))}
    except Exception as exc:  # the promise is a record, whatever went wrong
        return {**head, "error": f"cannot assess: {type(exc).__name__}: {exc}"}


def record_rows(record: dict[str, Any]) -> list[dict[str, Any]]:
    """The rows of ``fairtrial.finding_rows`` for a record of ``assess_record``; none for an
    error record. Each row has the columns ``ROW_FIELDS`` with the types ``ROW_TYPES``."""
    findings = record.get("findings")
    if "error" in record or not isinstance(findings, list):
        return []
    case = record["case"]["id"]
    names = {s["id"]: s["name"] for s in record.get("subjects", [])}
    return [
        {"case": case, "subject": f["subject"] or "", "subject_name": names.get(
            f["subject"] or "", ""), "criterion": f["criterion"], "area": f["area"],
         "outcome": f["outcome"], "confidence": f["confidence"] or "",
         "severity": f["severity"], "affects_outcome": f["affects_outcome"]}
        for f in findings
    ]
