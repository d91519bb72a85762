"""fairtrial for engines that map a function over partitions: one line to one record, never
an exception; typed rows; a checklist that pickles."""

from __future__ import annotations

import io
import json
import pickle
from pathlib import Path
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

import fairtrial
from fairtrial.batch import _batch
from fairtrial.checklist import default_checklist

from .strategies import cases

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
KLOOP = (EXAMPLES / "kloop-2025.json").read_bytes()


def _line(data: bytes) -> bytes:
    return json.dumps(json.loads(data), ensure_ascii=False).encode() + b"\n"


def test_a_record_is_what_the_batch_writes_for_the_line() -> None:
    lines = [_line(KLOOP), b'{"id": 1}\n', b"not json\n"]
    out = io.StringIO()
    _batch.run(iter([(f"in:{n}", line) for n, line in enumerate(lines, 1)]), out, fmt="json",
               profile="full", plugins=False, many=True, show_all=False, jobs=1,
               progress=None)
    written = [json.loads(x) for x in out.getvalue().splitlines()]
    records = [fairtrial.assess_record(line, label=f"in:{n}") for n, line in
               enumerate(lines, 1)]
    assert records == written
    assert records[1]["error"] == "invalid case file" and records[1]["problems"]


def test_a_record_without_a_label_is_the_assessments_data() -> None:
    case = fairtrial.loads(KLOOP)
    assert fairtrial.assess_record(KLOOP) == fairtrial.assessment_data(fairtrial.assess(case))
    assert fairtrial.assess_record(KLOOP.decode()) == fairtrial.assess_record(KLOOP)


@given(st.one_of(st.binary(max_size=200), st.text(max_size=200), st.none(), st.integers(),
                 st.recursive(st.none() | st.booleans() | st.text(max_size=5),
                              lambda x: st.lists(x, max_size=3)
                              | st.dictionaries(st.text(max_size=5), x, max_size=3))
                 .map(lambda v: json.dumps(v).encode())))
def test_assess_record_never_raises(line: Any) -> None:
    record = fairtrial.assess_record(line, label="x")
    assert record["file"] == "x"
    assert "error" in record or "findings" in record
    assert fairtrial.record_rows(record) == [] or "findings" in record


def test_a_criterion_that_fails_gives_an_error_record() -> None:
    from fairtrial.checklist import Area, Criterion, Severity

    def broken(ctx: Any) -> Any:
        raise RuntimeError("a bug")

    bad = Criterion(id="x.broken", area=Area.TRIBUNAL, title="t", question="q?",
                    citations=(), severity=Severity.MINOR, reads=(), decide=broken)
    checklist = default_checklist().with_criteria(bad)
    record = fairtrial.assess_record(KLOOP, checklist=checklist)
    assert record["error"].startswith("cannot assess: CriterionError")


@given(cases(max_events=6))
def test_record_rows_are_finding_rows_with_their_types(case: fairtrial.Case) -> None:
    line = fairtrial.dumps(case)
    rows = fairtrial.record_rows(fairtrial.assess_record(line))
    assert rows == fairtrial.finding_rows(fairtrial.assess(fairtrial.loads(line)))
    for row in rows:
        assert tuple(row) == fairtrial.ROW_FIELDS == tuple(fairtrial.ROW_TYPES)
        assert all(isinstance(row[k], t) for k, t in fairtrial.ROW_TYPES.items())


def test_the_checklist_pickles_and_assesses_alike() -> None:
    for profile in ("full", "core", "pretrial"):
        checklist = default_checklist(profile)
        copy = pickle.loads(pickle.dumps(checklist))
        assert copy == checklist
        assert fairtrial.assess_record(KLOOP, checklist=copy) == \
            fairtrial.assess_record(KLOOP, checklist=checklist)


def test_a_users_criterion_pickles_when_its_function_does() -> None:
    from fairtrial.checklist import Area, Criterion, Severity

    mine = Criterion(id="x.mine", area=Area.TRIBUNAL, title="t", question="q?", citations=(),
                     severity=Severity.MINOR, reads=(), decide=_not_applicable)
    copy = pickle.loads(pickle.dumps(default_checklist().with_criteria(mine)))
    assert copy.get("x.mine").decide is _not_applicable


def _not_applicable(ctx: Any) -> Any:
    from fairtrial.checklist import not_applicable

    return not_applicable("never")
