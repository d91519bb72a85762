"""The shipped treaty data: a sample of state/instrument pairs from every region, including the
dates that change outcomes, against the sources named beside each; the data checker; and how
applicability reads the data."""

from __future__ import annotations

import csv
import importlib.util
import io
import os

import pytest

import fairtrial
from fairtrial.assessment._treaties import applicability, ratifications, status
from fairtrial.record._when import When
from fairtrial.reports import _export

from .conftest import EXAMPLES, ROOT

# (state, instrument, entry into force for the state or None for a non-party,
#  withdrawal effective or None); each row's source is the UN Treaty Collection or the
# Council of Europe / OAS / AU depositary record named in the data file's row.
SAMPLE = [
    ("KG", "ICCPR", "1995-01-07", None),        # accession 7 Oct 1994 + 3 months (art 49(2))
    ("KG", "CAT", "1997-10-05", None),          # accession 5 Sept 1997 + 30 days (art 27(2))
    ("KG", "ECHR", None, None),                 # not a Council of Europe member
    ("KZ", "ICCPR", "2006-04-24", None),        # ratified 24 Jan 2006
    ("UZ", "CAT", "1995-10-28", None),          # accession 28 Sept 1995
    ("RU", "ICCPR", "1976-03-23", None),        # USSR ratification 1973, before the Covenant
    ("RU", "ECHR", "1998-05-05", "2022-09-16"),  # ceased to be a party 16 Sept 2022
    ("TR", "ICCPR", "2003-12-23", None),        # ratified 23 Sept 2003
    ("TR", "ECHR", "1954-05-18", None),
    ("GB", "ICCPR-OP1", None, None),            # never a party
    ("GB", "ECHR-P7", None, None),
    ("DE", "ECHR", "1953-09-03", None),         # ratified 1952, before the Convention
    ("DE", "ECHR-P7", None, None),              # signed 1985, not ratified
    ("CH", "ECHR-P4", None, None),
    ("GR", "ECHR", "1974-11-28", None),         # re-ratified after the 1970 denunciation
    ("ME", "ECHR", "2006-06-06", None),         # succession from independence
    ("UA", "ECHR", "1997-09-11", None),
    ("AM", "ECHR", "2002-04-26", None),
    ("US", "ICCPR", "1992-09-08", None),        # ratified 8 June 1992
    ("US", "CRC", None, None),                  # signed 1995, never ratified
    ("US", "ACHR", None, None),                 # signed 1977, never ratified
    ("CN", "ICCPR", None, None),                # signed 1998, never ratified
    ("IN", "ICCPR", "1979-07-10", None),        # accession 10 Apr 1979
    ("JP", "ICCPR", "1979-09-21", None),        # ratified 21 June 1979
    ("ZA", "ICCPR", "1999-03-10", None),        # ratified 10 Dec 1998
    ("JM", "ICCPR-OP1", "1976-03-23", "1998-01-23"),  # denounced 23 Oct 1997
    ("BY", "ICCPR-OP1", "1992-12-30", "2023-02-08"),  # denounced 8 Nov 2022
    ("TT", "ACHR", "1991-05-28", "1999-05-26"),  # denounced 26 May 1998
    ("VE", "ACHR", "1978-07-18", "2013-09-10"),  # denounced 10 Sept 2012
    ("MA", "ACHPR", None, None),                # never a party
    ("JO", "ArabCharter", "2008-03-15", None),  # ratified 2004, before the Charter's force
    ("AU", "ICCPR-OP1", "1991-12-25", None),    # accession 25 Sept 1991
]


@pytest.mark.parametrize(("state", "treaty", "in_force", "ended"), SAMPLE,
                         ids=[f"{s}-{t}" for s, t, _, _ in SAMPLE])
def test_sample_against_sources(state: str, treaty: str, in_force: str | None,
                                ended: str | None) -> None:
    row = status(state, treaty)
    assert row is not None and row.source
    assert (str(row.in_force) if row.in_force else None) == in_force
    assert (str(row.ended) if row.ended else None) == ended


def test_every_council_of_europe_state_is_in_the_data() -> None:
    assert len(COUNCIL_OF_EUROPE) == 47  # 46 members and Russia, a member until 2022


def test_sample_spans_every_region() -> None:
    regions = {"KG", "RU", "DE", "US", "BR", "IN", "ZA", "MA", "JO", "AU"}
    assert len({s for s, *_ in SAMPLE} & regions) >= 8 and len(SAMPLE) >= 30


def test_dates_that_change_outcomes() -> None:
    assert applicability("RU", "ECHR", When("2021-05-01")) == "binding"
    assert applicability("RU", "ECHR", When("2023-05-01")) == "no longer in force"
    assert applicability("KZ", "ICCPR", When("2005-12-01")) == "not yet in force"
    assert applicability("KG", "ECHR", When("2025-05-28")) == "persuasive"
    assert applicability("XZ", "ICCPR", When("2025-05-28")) == "status unknown"


def test_the_data_checker_passes() -> None:
    spec = importlib.util.spec_from_file_location("check_treaties",
                                                  ROOT / "tools/check_treaties.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.check() == []


COUNCIL_OF_EUROPE = sorted(s for s, rows in ratifications().items() if "ECHR" in rows)


@pytest.mark.parametrize("state", COUNCIL_OF_EUROPE)
def test_a_council_of_europe_case_prints_no_status_unknown(state: str) -> None:
    data = fairtrial.dump(fairtrial.load(EXAMPLES / "gafgen-2003.json"))
    data["jurisdiction"] = state
    a = fairtrial.assess(fairtrial.from_data(data))
    text = _export.assessment_text(a, show_all=True)
    assert "status unknown" not in text
    # Events of 2002: binding, or not yet in force for the states that joined later.
    assert {t.treaty: t.status for t in a.treaties}["ECHR"] in ("binding", "not yet in force")


def test_a_state_without_data_is_said_once() -> None:
    data = fairtrial.dump(fairtrial.load(EXAMPLES / "kloop-2025.json"))
    data["jurisdiction"] = "XZ"
    a = fairtrial.assess(fairtrial.from_data(data))
    text = _export.assessment_text(a)
    assert text.count("no treaty data") == 1
    assert "status unknown]" not in text


def test_where_the_case_can_go_next() -> None:
    from fairtrial.assessment._treaties import remedies

    def opened(country: str, at: str) -> dict[str, str]:
        return {body: state for body, _, state, _ in remedies(country, When(at))}

    assert opened("KG", "2025-05-28") == {"HRC": "open", "ECtHR": "not open"}
    # Russia: the Court still hears events before 16 September 2022, not after.
    assert opened("RU", "2021-01-10")["ECtHR"] == "open"
    assert opened("RU", "2023-01-10")["ECtHR"] == "not open"
    assert opened("GB", "2020-01-01")["HRC"] == "not open"


def test_a_breach_under_a_derogation_says_so() -> None:
    # An arrest in Turkey in 2017, under the state of emergency notified under ECHR art 15 and
    # ICCPR art 4: the finding keeps its outcome and says that a derogation was in force.
    data = fairtrial.dump(fairtrial.load(EXAMPLES / "kloop-2025.json"))
    data["jurisdiction"] = "TR"
    shift = {"2024-08": "2016-08"}
    for e in data["events"]:
        if "date" in e:
            e["date"] = shift.get(e["date"], e["date"].replace("2025", "2017"))
    data["as_of"] = "2017-09"
    a = fairtrial.assess(fairtrial.from_data(data))
    f = a.finding("custody.reasons-at-arrest", "duulatov")
    assert f.is_breach
    assert any("derogation from ICCPR art 9" in x and "General Comment 29" in x
               for x in f.against)
    # A criterion that met its standard gets no such note.
    assert not any("derogation" in x for x in a.finding("judgment.public", "duulatov").against)


def test_reservations_are_shown_in_the_treaty_table() -> None:
    from fairtrial.assessment._assess import _treaties
    from fairtrial.assessment._treaties import reservations

    r = reservations()[0]
    notes = " ".join(t.note for t in _treaties(r.state, When("2020-01-01")))
    assert r.summary in notes


def test_each_row_of_the_shipped_files_is_one_line() -> None:
    # One state's rows are picked out by their lines (_treaties._rows), which holds only while
    # no field has a line break in it, and no line starts with a quoted state code.
    from fairtrial.assessment import _treaties

    for name in (*_treaties._FILES, "derogations.csv", "reservations.csv", "review-bodies.csv"):
        with open(os.path.join(_treaties._DATA, name), encoding="utf-8", newline="") as f:
            text = f.read()
        rows = list(csv.reader(io.StringIO(text)))
        lines = text.splitlines()
        assert len(rows) == len(lines) and all(not line.startswith('"') for line in lines)
        for state in {r[0] for r in rows[1:]}:
            assert _treaties._rows(name, state) == [
                r for r in csv.DictReader(io.StringIO(text)) if r[rows[0][0]] == state]
