"""Which treaties bound a state, and from when. Data, with the source and confirmation of each
row; a row marked unconfirmed is still used, and findings say so."""

from __future__ import annotations

import attrs

from fairtrial._when import Tri, When

TREATIES = {
    "ICCPR": "International Covenant on Civil and Political Rights (1966)",
    "ICCPR-OP1": "First Optional Protocol to the ICCPR (individual communications)",
    "CAT": "Convention against Torture (1984)",
    "ECHR": "European Convention on Human Rights (1950)",
}


@attrs.frozen(kw_only=True)
class Status:
    """A state's standing under one treaty: ``in_force`` is None for a state that is not a
    party."""

    treaty: str
    in_force: When | None
    source: str
    confirmed: bool


def _row(treaty: str, in_force: str | None, source: str, confirmed: bool) -> Status:
    return Status(treaty=treaty, in_force=When(in_force) if in_force else None, source=source,
                  confirmed=confirmed)


RATIFICATIONS: dict[str, dict[str, Status]] = {
    "KG": {
        "ICCPR": _row("ICCPR", "1995-01-07", "accession by parliament decision No. 1406-XII of "
                      "12 Jan 1994 (CCPR/C/KGZ/3 para 1); in force three months after deposit; "
                      "deposit date 7 Oct 1994 inferred", False),
        "ICCPR-OP1": _row("ICCPR-OP1", "1995-01-07", "stated in the HRC's Views against "
                          "Kyrgyzstan, e.g. Askarov (comm. 2231/2012) para 1", True),
        "CAT": _row("CAT", "1997-10-05", "accession 5 Sept 1997 (APT country page); in force on "
                    "the 30th day after (CAT art 27(2))", True),
        "ECHR": _row("ECHR", None, "Kyrgyzstan is not a member of the Council of Europe",
                     True),
    },
    "DE": {
        "ICCPR": _row("ICCPR", "1976-03-23", "ratified 17 Dec 1973, before the Covenant's entry "
                      "into force on 23 Mar 1976", False),
        "ICCPR-OP1": _row("ICCPR-OP1", "1993-11-25", "accession 25 Aug 1993; in force three "
                          "months after", False),
        "CAT": _row("CAT", "1990-10-31", "ratification 1 Oct 1990 (APT country page); in force "
                    "on the 30th day after (CAT art 27(2))", True),
        "ECHR": _row("ECHR", "1953-09-03", "ratified 5 Dec 1952; the Convention entered into "
                     "force on 3 Sept 1953", False),
    },
}


def applicability(country: str, treaty: str | None, at: When | None) -> str:
    """How a citation of ``treaty`` applies to ``country`` at time ``at``:
    'binding', 'persuasive', 'not yet in force', 'status unknown' or 'standard' (no treaty)."""
    if treaty is None:
        return "standard"
    status = RATIFICATIONS.get(country, {}).get(treaty)
    if status is None:
        return "status unknown"
    if status.in_force is None:
        return "persuasive"
    if at is None:
        return "binding"
    before = status.in_force.before(at)
    if before is Tri.YES:
        return "binding"
    if at.before(status.in_force) is Tri.YES:
        return "not yet in force"
    return "status unknown"
