"""Public versions of a case: confidential people, organisations and sources under pseudonyms.

The case is rewritten *before* it is assessed and rendered, so no output format can leak what
the public version does not contain. Confidential ids are renamed everywhere they are used,
and the names are scrubbed from the record's free text: a person's full name and each part of
it (four letters or more), an organisation's or source's full name and title. A name written in
some other form (a nickname, another script) cannot be recognised: check free text by eye
before publishing.
"""

from __future__ import annotations

import re
from typing import Any

from fairtrial._load import dump, from_data
from fairtrial._model import Case
from fairtrial._vocab import Doc

_CODES = frozenset(
    m.value for cls in Doc.__subclasses__() for m in cls
)


def public_case(case: Case) -> Case:
    """The case with every confidential person, organisation and source pseudonymised."""
    data = dump(case)
    renames: dict[str, str] = {}
    words: dict[str, str] = {}
    for n, person in enumerate(p for p in data.get("people", []) if p.get("confidential")):
        alias = f"Person {chr(ord('A') + n % 26)}{n // 26 or ''}"
        renames[person["id"]] = f"person-{n + 1}"
        words[person["name"]] = alias
        for part in re.findall(r"\w+", person["name"]):
            if len(part) >= 4 and part.lower() not in _CODES:
                words.setdefault(part, alias)
        person["name"] = alias
        for key in ("occupation", "notes"):
            person.pop(key, None)
    for n, org in enumerate(o for o in data.get("organisations", []) if o.get("confidential")):
        alias = f"Organisation {n + 1}"
        renames[org["id"]] = f"organisation-{n + 1}"
        words[org["name"]] = alias
        org["name"] = alias
        org.pop("notes", None)
    for n, source in enumerate(s for s in data.get("sources", []) if s.get("confidential")):
        alias = f"Confidential source {n + 1}"
        renames[source["id"]] = f"source-{n + 1}"
        for key in ("publisher", "title"):
            if source.get(key):
                words[source[key]] = alias
        source["publisher"] = alias
        for key in ("title", "url", "notes"):
            source.pop(key, None)
    if not renames:
        return case
    # Longest first, so a full name is replaced before its parts.
    pattern = re.compile("|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)),
                         re.IGNORECASE)
    lookup = {w.lower(): alias for w, alias in words.items()}

    def scrub(value: Any) -> Any:
        if isinstance(value, dict):
            return {k: scrub(v) for k, v in value.items()}
        if isinstance(value, list):
            return [scrub(v) for v in value]
        if isinstance(value, str):
            if value in renames:
                return renames[value]
            if value in _CODES:
                return value
            return pattern.sub(lambda m: _id_safe(lookup[m.group(0).lower()], m.group(0)),
                               value)
        return value

    return from_data(scrub(data))


def _id_safe(alias: str, original: str) -> str:
    # Inside an id-like token ("charge-duulatov") keep the id valid: lower case, no spaces.
    if original.islower():
        return alias.lower().replace(" ", "-")
    return alias
