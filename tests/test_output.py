"""The JSON outputs: citations written once, and the fast encoder's bytes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import fairtrial
from fairtrial.reports._export import citation_data, finding_data

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


@pytest.fixture(scope="module", params=["kloop-2025.json", "gafgen-2003.json"])
def assessment(request: pytest.FixtureRequest) -> fairtrial.Assessment:
    return fairtrial.assess(fairtrial.load(EXAMPLES / request.param))


def test_each_citation_is_written_once_and_findings_refer_to_it(
        assessment: fairtrial.Assessment) -> None:
    data = fairtrial.assessment_data(assessment)
    table = {c["id"]: c for c in data["citations"]}
    assert len(table) == len(data["citations"])
    texts = [(c["text"], c["applies"]) for c in data["citations"]]
    assert len(set(texts)) == len(texts)
    used = set()
    for finding, written in zip(assessment.findings, data["findings"], strict=True):
        # Resolving the ids gives what format 1 wrote on the finding itself, in order.
        resolved = [{k: v for k, v in table[i].items() if k not in ("id", "derogations")}
                    for i in written["citations"]]
        assert resolved == finding_data(finding)["citations"]
        used.update(written["citations"])
    assert used == set(table)


def test_a_format_1_consumer_rebuilds_against_as_reports_md_says(
        assessment: fairtrial.Assessment) -> None:
    data = fairtrial.assessment_data(assessment)
    table = {c["id"]: c for c in data["citations"]}
    for finding, written in zip(assessment.findings, data["findings"], strict=True):
        against = written["against"]
        if written["outcome"] in ("violation", "likely_violation"):
            against += [d for i in written["citations"] for d in table[i].get("derogations", [])]
        # The same texts; format 1 could repeat a derogation (a decision that took it over
        # from another finding), format 2.0 gives each once.
        assert set(against) == set(finding.against)
        assert len(against) == len(set(against))


def test_kloop_has_derogations_and_the_table_gives_them_once() -> None:
    a = fairtrial.assess(fairtrial.load(EXAMPLES / "kloop-2025.json"))
    data = fairtrial.assessment_data(a)
    table = {c["id"]: c for c in data["citations"]}
    assert any("derogations" in c for c in data["citations"])
    for written in data["findings"]:
        given = {d for i in written["citations"] for d in table[i].get("derogations", [])}
        assert not given & set(written["against"])


def test_the_assessment_is_at_most_half_what_format_1_wrote(
        assessment: fairtrial.Assessment) -> None:
    data = fairtrial.assessment_data(assessment)
    old = {**data, "format_version": "1.1",
           "findings": [finding_data(f) for f in assessment.findings]}
    del old["citations"]
    # The saving grows with the defendants, who share their criteria's citations: half for
    # the four of kloop-2025 (as `fairtrial assess --format json` writes one case,
    # indented); for the one of gafgen-2003 only citations repeated across criteria are
    # saved, about a sixth (0.80 with the criteria of this version).
    share = 0.5 if len(assessment.subjects) > 1 else 0.85
    size = len(json.dumps(data, ensure_ascii=False, indent=2))
    assert size <= len(json.dumps(old, ensure_ascii=False, indent=2)) * share


def test_findings_with_citations_of_their_own_keep_them(
        assessment: fairtrial.Assessment) -> None:
    # A decision may add citations (CAT art 1 or 16) to its criterion's: the table has them.
    data = fairtrial.assessment_data(assessment)
    table = {c["id"]: c for c in data["citations"]}
    for finding, written in zip(assessment.findings, data["findings"], strict=True):
        assert [table[i]["text"] for i in written["citations"]] == [
            citation_data(c)["text"] for c, _ in finding.citations]


# --- the fast encoder ---------------------------------------------------------------------

from hypothesis import given  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from fairtrial import _json  # noqa: E402
from fairtrial.checklist import default_checklist  # noqa: E402
from fairtrial.reports._export import checklist_data  # noqa: E402
from fairtrial.reports._report import report_data  # noqa: E402

from .strategies import cases  # noqa: E402


def _same_bytes(obj: object) -> None:
    for indent in (False, True):
        assert _json.dumps(obj, indent=indent) == _json._stdlib(obj, indent)


def test_orjson_is_in_use_where_installed() -> None:
    pytest.importorskip("orjson")
    assert _json.FAST_ENCODER == "orjson"


@given(cases(max_events=6))
def test_the_fast_encoder_writes_the_standard_librarys_bytes(case: fairtrial.Case) -> None:
    a = fairtrial.assess(case)
    _same_bytes(fairtrial.assessment_data(a))
    _same_bytes(report_data(case, a))


def test_the_fast_encoder_on_the_bundled_cases_and_the_checklist() -> None:
    for path in EXAMPLES.glob("*.json"):
        case = fairtrial.load(path)
        _same_bytes(report_data(case, fairtrial.assess(case)))
    _same_bytes(checklist_data(default_checklist()))


@given(st.recursive(
    st.none() | st.booleans() | st.integers(min_value=-2**70, max_value=2**70)
    | st.text(alphabet=st.characters(codec=None)),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner, max_size=4),
    max_leaves=20))
def test_the_fast_encoder_on_any_json_without_floats(value: object) -> None:
    # Lone surrogates and integers beyond 64 bits go to the standard library.
    _same_bytes(value)


def test_what_orjson_refuses_goes_to_the_standard_library() -> None:
    _same_bytes({"lone surrogate": "\ud800", "big": 2**80, "list": [1, "\udfff"]})


def test_a_json_line_is_dumps_and_a_newline() -> None:
    data = fairtrial.assessment_data(fairtrial.assess(fairtrial.load(EXAMPLES / "kloop-2025.json")))
    assert _json.dumps_line(data) == (_json._stdlib(data, False) + "\n").encode()


def test_records_of_every_kind_keep_their_order_on_a_real_stream() -> None:
    # Assessed lines are written as bytes, error records as text: neither may overtake the
    # other on standard output.
    import subprocess
    import sys

    good = json.dumps(json.loads((EXAMPLES / "gafgen-2003.json").read_bytes()))
    lines = [good, '{"id": 1}', good, "not json", good]
    done = subprocess.run([sys.executable, "-m", "fairtrial", "assess", "--lines", "--format",
                           "json", "-"], input="\n".join(lines) + "\n", capture_output=True,
                          text=True, check=False)
    files = [json.loads(x)["file"] for x in done.stdout.splitlines()]
    assert files == [f"<stdin>:{n}" for n in range(1, 6)]
    assert done.returncode == 1
