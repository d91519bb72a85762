"""Check the shipped treaty data: every state a real ISO 3166-1 alpha-2 code, dates real and in
order, entry into force not before consent (except a succession, which takes effect from
independence) nor before the treaty's own entry into force, withdrawals after entry into force,
and every row sourced and marked confirmed or not.

Run: ``python tools/check_treaties.py`` (exit 1 on any problem). tests/test_treaties.py runs it.
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

import pycountry

from fairtrial.record._when import Tri, When, WhenError

DATA = Path(__file__).resolve().parent.parent / "src/fairtrial/data"
#: When each treaty itself entered into force: no state is bound earlier.
TREATY_IN_FORCE = {
    "ICCPR": "1976-03-23", "ICCPR-OP1": "1976-03-23", "ICCPR-OP2": "1991-07-11",
    "CAT": "1987-06-26", "OPCAT": "2006-06-22", "CRC": "1990-09-02", "ECHR": "1953-09-03",
    "ECHR-P4": "1968-05-02", "ECHR-P7": "1988-11-01", "ACHR": "1978-07-18",
    "ACHPR": "1986-10-21", "ArabCharter": "2008-03-15",
}
#: Western Sahara's code stands for the Sahrawi Republic, an African Union member.
EXTRA_CODES = frozenset({"EH"})


def _date(text: str, where: str, problems: list[str]) -> When | None:
    if not text:
        return None
    try:
        return When(text)
    except WhenError as exc:
        problems.append(f"{where}: {exc}")
        return None


def check() -> list[str]:
    problems: list[str] = []
    codes = {c.alpha_2 for c in pycountry.countries} | EXTRA_CODES
    for name in ("treaties-un.csv", "treaties-regional.csv"):
        seen: set[tuple[str, str]] = set()
        with open(DATA / name, encoding="utf-8", newline="") as fh:
            for n, row in enumerate(csv.DictReader(fh), start=2):
                where = f"{name}:{n} ({row['state']} {row['instrument']})"
                if row["state"] not in codes:
                    problems.append(f"{where}: not an ISO 3166-1 alpha-2 code")
                if row["instrument"] not in TREATY_IN_FORCE:
                    problems.append(f"{where}: unknown instrument")
                    continue
                key = (row["state"], row["instrument"])
                if key in seen:
                    problems.append(f"{where}: a second row for this state and instrument")
                seen.add(key)
                if not row["source"].strip():
                    problems.append(f"{where}: no source")
                if row["confirmed"] not in ("yes", "no"):
                    problems.append(f"{where}: confirmed must be yes or no")
                signed, consent, in_force, withdrawn, ended = (
                    _date(row[k], f"{where} {k}", problems)
                    for k in ("signed", "consent", "in_force", "withdrawn",
                              "withdrawal_effective"))
                if (consent is None) != (in_force is None):
                    problems.append(f"{where}: consent and in_force go together")
                if signed and consent and consent.before(signed) is Tri.YES:
                    problems.append(f"{where}: consent before signature")
                if consent and in_force and in_force.before(consent) is Tri.YES \
                        and row["consent_kind"] != "succession":
                    problems.append(f"{where}: in force before consent")
                if in_force and in_force.before(When(TREATY_IN_FORCE[row["instrument"]])) \
                        is Tri.YES:
                    problems.append(f"{where}: in force before the treaty itself")
                if ended and in_force and ended.before(in_force) is Tri.YES:
                    problems.append(f"{where}: withdrawal effective before entry into force")
                if withdrawn and ended and ended.before(withdrawn) is Tri.YES:
                    problems.append(f"{where}: withdrawal effective before its notice")
    problems += _check_others(codes)
    return problems


def _check_others(codes: set[str]) -> list[str]:
    """derogations.csv, reservations.csv and review-bodies.csv: codes, dates, sources."""
    problems: list[str] = []
    dated = {"derogations.csv": ("start", "end"), "reservations.csv": (),
             "review-bodies.csv": ("accepted", "withdrawn")}
    for name, fields in dated.items():
        path = DATA / name
        if not path.exists():
            continue
        with open(path, encoding="utf-8", newline="") as fh:
            for n, row in enumerate(csv.DictReader(fh), start=2):
                where = f"{name}:{n} ({row['state']})"
                if row["state"] not in codes:
                    problems.append(f"{where}: not an ISO 3166-1 alpha-2 code")
                if not row["source"].strip():
                    problems.append(f"{where}: no source")
                if row["confirmed"] not in ("yes", "no"):
                    problems.append(f"{where}: confirmed must be yes or no")
                first, last = (_date(row[f], f"{where} {f}", problems) for f in fields) \
                    if fields else (None, None)
                if first and last and last.before(first) is Tri.YES:
                    problems.append(f"{where}: {fields[1]} before {fields[0]}")
    return problems


def main() -> int:
    problems = check()
    for p in problems:
        print(p)
    print(f"{len(problems)} problems" if problems else "treaty data: no problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
