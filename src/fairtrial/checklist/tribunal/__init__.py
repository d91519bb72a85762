"""F. Tribunal and hearing: public hearings, the accused present and defended, free from
intimidation, with an interpreter where needed (ICCPR art 14(1), 14(3)(d), (f))."""

from __future__ import annotations

from fairtrial.checklist.tribunal.counsel import COUNSEL_AT_TRIAL, INTERPRETER
from fairtrial.checklist.tribunal.delay import WITHOUT_DELAY
from fairtrial.checklist.tribunal.equality import EQUAL
from fairtrial.checklist.tribunal.hearing import PARTICIPATION, PRESENCE, PUBLIC
from fairtrial.checklist.tribunal.impartiality import ESTABLISHED, INDEPENDENT
from fairtrial.checklist.tribunal.intimidation import INTIMIDATION

__all__ = ["CRITERIA"]

CRITERIA = (PUBLIC, PRESENCE, COUNSEL_AT_TRIAL, INTIMIDATION, INTERPRETER, EQUAL, INDEPENDENT,
            ESTABLISHED, WITHOUT_DELAY, PARTICIPATION)
