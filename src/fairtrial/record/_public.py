"""Public versions of a case: confidential people, organisations and sources under pseudonyms.

The case is rewritten *before* it is assessed and rendered, so no output format can leak what
the public version does not contain. Confidential ids are renamed everywhere they are used, ids
that contain a confidential name are renamed too, and the names are scrubbed from the record's
free text.

What counts as a confidential name (its *declared forms*):

- a person: the name, each of its ``other_names``, and every word of any of them of two letters
  or more (single letters are initials: alone they identify no one, and hiding every "a" would
  hide the pseudonym "Person A" as well);
- an organisation: the name and each of its ``other_names``, whole;
- a source: the publisher, the title and each of its ``other_names``, whole.

Words of organisations' and sources' names are not hidden one by one: "Human Rights Watch"
would otherwise take "human" and "rights" out of every sentence. Declare acronyms and short
forms in ``other_names``.

How a form is found in text: on word boundaries in every script (not preceded or followed by a
letter or digit), ignoring case and accents (texts are compared NFKD-decomposed, without marks,
casefolded, while the original span is what gets replaced), with the words of a multi-word form
separated by any short run of spaces or punctuation, and with the common Russian and Kyrgyz case
endings allowed after a word of three letters or more (Иванов, Иванова, Иванову, Ивановым;
Ivanov, Ivanova, Ivanovu, Ivanovym). A word inside another word never matches: "market" is not
"Mark".

Failing closed: :func:`check_public` scans rendered output for every declared form with the same
rules, and the ``report --public`` command refuses to write a report in which one is found.
:func:`unrecorded_names` lists capitalised words standing next to a confidential name that the
record does not know (a patronymic, a nickname), which are probably forms nobody declared.
"""

from __future__ import annotations

import html
import json
import re
import unicodedata
from collections.abc import Callable, Iterator, Mapping
from functools import lru_cache
from typing import Any, NamedTuple, TextIO

from fairtrial.record._load import dump, from_data
from fairtrial.record._model import EVENT_KINDS, Case
from fairtrial.record._problems import pointer
from fairtrial.record._vocab import Doc

__all__ = ["Hint", "Leak", "check_public", "public_case", "unrecorded_names", "vet_public"]

# Strings that are codes of a closed vocabulary are structure, never free text: scrubbing one
# would make the case invalid (a person called "Judge" must not turn the role "judge" into a
# pseudonym). A free-text value that is exactly such a code is kept too; check_public would
# still catch it in the output.
_CODES = frozenset(
    [m.value for cls in Doc.__subclasses__() for m in cls] + list(EVENT_KINDS)
)
# Keys whose values are codes or patterns the schema fixes ("DE" is a jurisdiction, not the
# particle of "Ana de Souza").
_STRUCTURAL_KEYS = frozenset({"format_version", "jurisdiction", "kind", "date", "as_of"})

# Russian declension of surnames and given names (Иванов: -а, -у, -ым, -е; Иванова: -ой, -у;
# Достоевский: -ого, -ому, -им), in Cyrillic and in the usual Latin transliterations, plus the
# Kyrgyz case suffixes (genitive, dative, accusative, locative, ablative) in their vowel-harmony
# variants. Kyrgyz is written in Cyrillic, so its suffixes are only looked for in Cyrillic.
_CYRILLIC_ENDINGS = (
    "а", "у", "ом", "ым", "ем", "им", "е", "ой", "ою", "ей", "ы", "и", "ых", "их", "ыми",
    "ими", "ого", "его", "ому", "ему", "ую", "юю", "ая", "яя", "ое", "дын", "дин", "дун",
    "дүн", "тын", "тин", "тун", "түн", "нын", "нин", "нун", "нүн", "га", "ге", "го", "гө",
    "ка", "ке", "ко", "кө", "ды", "ди", "ду", "дү", "ты", "ти", "ту", "тү", "ны", "ни", "ну",
    "нү", "да", "де", "до", "дө", "та", "те", "то", "тө", "дан", "ден", "дон", "дөн", "тан",
    "тен", "тон", "төн", "нан", "нен", "нон", "нөн",
)
# No bare "e" or "i" in Latin: "Sam"+"e" and "Tim"+"e" are English words, and "Ivanove" is rare
# in Latin-script text.
_LATIN_ENDINGS = (
    "a", "u", "ym", "im", "om", "oy", "oi", "oj", "ykh", "ikh", "ymi", "imi", "ogo", "ego",
    "omu", "emu", "uyu", "aya",
)
# Final letters that the ending replaces rather than follows (Ирина → Ирину, Иванова → Ивановой,
# Толстой → Толстого).
_CYRILLIC_STEMS = ("ий", "ый", "ой", "ая", "а", "я", "ь", "й")
_LATIN_STEMS = ("iy", "yi", "yy", "oy", "ya", "a", "y")

# Typographic variants that people type interchangeably inside names.
_SAME = str.maketrans({"ı": "i", "’": "'", "ʼ": "'", "‘": "'", "`": "'", "‐": "-", "‑": "-",
                       "‒": "-", "–": "-", "—": "-"})

_BEFORE = r"(?<![^\W_])"  # not preceded by a letter or digit, in any script
_AFTER = r"(?![^\W_])"
_SEPARATOR = r"[\W_]{1,3}"  # between the words of a form: "Ali Kim", "Ali-Kim", "Kim, Ali"


@lru_cache(maxsize=8192)
def _fold_char(ch: str) -> str:
    decomposed = unicodedata.normalize("NFKD", ch.translate(_SAME)).casefold()
    # casefold can produce characters that decompose further (e.g. "ǰ"), so decompose again.
    return "".join(c for c in unicodedata.normalize("NFKD", decomposed)
                   if not unicodedata.category(c).startswith("M"))


def _fold(text: str) -> tuple[str, list[int] | None]:
    """The text for comparison, and for each of its characters the index in ``text`` it
    came from (``None`` when they are the same, as for plain ASCII)."""
    if text.isascii():
        return text.lower(), None
    out: list[str] = []
    index: list[int] = []
    for i, ch in enumerate(text):
        folded = _fold_char(ch)
        out.append(folded)
        index.extend([i] * len(folded))
    return "".join(out), index


def _plain(text: str) -> str:
    return _fold(text)[0]


def _words(text: str) -> list[str]:
    return re.findall(r"[^\W_]+", text)


def _word_pattern(word: str) -> str:
    if len(word) < 3:
        return re.escape(word)
    cyrillic = any("\u0400" <= c <= "\u04ff" for c in word)
    latin = any("a" <= c <= "z" for c in word)
    endings = [_plain(e) for e in (_CYRILLIC_ENDINGS if cyrillic else [])]
    endings += _LATIN_ENDINGS if latin else []
    tails = [_plain(t) for t in (_CYRILLIC_STEMS if cyrillic else [])]
    tails += _LATIN_STEMS if latin else []
    if not endings:
        return re.escape(word)
    ending = "(?:" + "|".join(sorted(set(endings), key=len, reverse=True)) + ")"
    options = [re.escape(word) + ending + "?"]
    for tail in sorted(set(tails), key=len, reverse=True):
        if word.endswith(tail) and len(word) - len(tail) >= 3:
            options.append(re.escape(word[: -len(tail)]) + ending)
    return "(?:" + "|".join(options) + ")"


class _Entity(NamedTuple):
    kind: str  # "person", "organisation" or "source"
    group: str  # where it is in the case data: "people", "organisations", "sources"
    position: int
    id: str
    alias: str  # "Person A"
    new_id: str  # "person-1", before making it unique
    forms: tuple[str, ...]

    @property
    def label(self) -> str:
        return f"{self.kind} {self.id}"

    @property
    def slug(self) -> str:
        return self.alias.lower().replace(" ", "-")


def _entities(data: Mapping[str, Any]) -> list[_Entity]:
    found: list[_Entity] = []
    people = [(i, p) for i, p in enumerate(data.get("people", [])) if p.get("confidential")]
    for n, (i, person) in enumerate(people):
        whole = [person["name"], *person.get("other_names", [])]
        parts = [w for form in whole for w in re.findall(r"[^\W_]{2,}", form)
                 if any(c.isalpha() for c in w)]
        found.append(_Entity("person", "people", i, person["id"],
                             f"Person {chr(ord('A') + n % 26)}{n // 26 or ''}",
                             f"person-{n + 1}", tuple(dict.fromkeys(whole + parts))))
    orgs = [(i, o) for i, o in enumerate(data.get("organisations", [])) if o.get("confidential")]
    for n, (i, org) in enumerate(orgs):
        found.append(_Entity("organisation", "organisations", i, org["id"],
                             f"Organisation {n + 1}", f"organisation-{n + 1}",
                             tuple(dict.fromkeys([org["name"], *org.get("other_names", [])]))))
    sources = [(i, s) for i, s in enumerate(data.get("sources", [])) if s.get("confidential")]
    for n, (i, source) in enumerate(sources):
        forms = [source["publisher"], source.get("title"), *source.get("other_names", [])]
        found.append(_Entity("source", "sources", i, source["id"],
                             f"Confidential source {n + 1}", f"source-{n + 1}",
                             tuple(dict.fromkeys(f for f in forms if f))))
    return found


class _Match(NamedTuple):
    start: int
    end: int
    entity: _Entity
    form: str


class _Matcher:
    """Finds every declared form of every confidential name in a text."""

    def __init__(self, entities: list[_Entity]) -> None:
        seen: dict[str, tuple[int, _Entity, str]] = {}
        for entity in entities:
            for form in entity.forms:
                words = _words(_plain(form))
                if not words:
                    continue
                pattern = _SEPARATOR.join(_word_pattern(w) for w in words)
                length = sum(map(len, words))
                seen.setdefault(pattern, (length, entity, form))
        # Longest first, so that a full name is matched before its parts.
        ordered = sorted(seen.items(), key=lambda item: -item[1][0])
        self._owners = [(entity, form) for _, (_, entity, form) in ordered]
        body = "|".join(f"({pattern})" for pattern, _ in ordered)
        self._regex = re.compile(f"{_BEFORE}(?:{body}){_AFTER}") if ordered else None

    def find(self, text: str) -> list[_Match]:
        if self._regex is None or not text:
            return []
        folded, index = _fold(text)
        found: list[_Match] = []
        for m in self._regex.finditer(folded):
            entity, form = self._owners[(m.lastindex or 1) - 1]
            if index is None:
                start, end = m.start(), m.end()
            else:
                start, end = index[m.start()], index[m.end() - 1] + 1
                # A combining mark after the name belongs to its last letter.
                while end < len(text) and unicodedata.category(text[end]).startswith("M"):
                    end += 1
            found.append(_Match(start, end, entity, form))
        return found

    def sub(self, text: str, replace: Callable[[_Entity, str, int, int], str]) -> str:
        found = self.find(text)
        if not found:
            return text
        # Neighbouring matches of one name ("Ivanov Mark", "Ali-Kim" when only the parts are
        # declared) become one pseudonym, not "Person A Person A".
        merged: list[_Match] = []
        for m in found:
            last = merged[-1] if merged else None
            if (last and last.entity == m.entity
                    and re.fullmatch(r"[\s\-]+", text[last.end:m.start])):
                merged[-1] = last._replace(end=m.end)
            else:
                merged.append(m)
        out, pos = [], 0
        for m in merged:
            out += [text[pos:m.start], replace(m.entity, text, m.start, m.end)]
            pos = m.end
        out.append(text[pos:])
        return "".join(out)


def _in_text(entity: _Entity, text: str, start: int, end: int) -> str:
    # Inside an id-like token ("charge-kim", "kloop.kg/kim-case") keep it id-like: lower case,
    # no spaces. A name in lower case in prose ("a judge's", "kim.") gets the pseudonym.
    in_token = (text[start - 1:start] in ("-", "_", "/", ".", ":")
                or re.match(r"[-_/:]|\.[^\W_]", text[end:end + 2]) is not None)
    if text[start:end].islower() and (in_token or not any(c.isspace() for c in text)):
        return entity.slug
    return entity.alias


def _all_ids(value: Any) -> Iterator[str]:
    if isinstance(value, dict):
        if isinstance(value.get("id"), str):
            yield value["id"]
        for v in value.values():
            yield from _all_ids(v)
    elif isinstance(value, list):
        for v in value:
            yield from _all_ids(v)


def _unique(candidate: str, taken: set[str]) -> str:
    candidate, new, n = candidate[:100], candidate[:100], 2
    while new in taken:
        suffix = f"-{n}"
        new, n = candidate[: 100 - len(suffix)] + suffix, n + 1
    taken.add(new)
    return new


def _strings(value: Any, path: tuple[str | int, ...] = ()) -> Iterator[tuple[str, str]]:
    """Every free-text string in case data, with its JSON Pointer."""
    if isinstance(value, dict):
        for k, v in value.items():
            if k not in _STRUCTURAL_KEYS and k != "id":
                yield from _strings(v, (*path, k))
    elif isinstance(value, list):
        for i, v in enumerate(value):
            yield from _strings(v, (*path, i))
    elif isinstance(value, str) and value not in _CODES:
        yield pointer(path), value


def public_case(case: Case) -> Case:
    """The case with every confidential person, organisation and source pseudonymised."""
    data = dump(case)
    entities = _entities(data)
    if not entities:
        return case
    matcher = _Matcher(entities)
    ids = list(dict.fromkeys(_all_ids(data)))
    confidential = {e.id for e in entities}
    touched = {i for i in ids if i in confidential or matcher.find(i)}
    taken = set(ids) - touched
    renames = {e.id: _unique(e.new_id, taken) for e in entities}
    for old in ids:
        if old in touched and old not in renames:
            renames[old] = _unique(matcher.sub(old, lambda e, *_: e.slug), taken)

    def scrub(value: Any, key: str | None = None) -> Any:
        if isinstance(value, dict):
            return {k: scrub(v, k) for k, v in value.items()}
        if isinstance(value, list):
            return [scrub(v, key) for v in value]
        if isinstance(value, str):
            if value in renames:
                return renames[value]
            if value in _CODES or key in _STRUCTURAL_KEYS:
                return value
            return matcher.sub(value, _in_text)
        return value

    public: dict[str, Any] = scrub(data)
    # The records themselves last, so that no pseudonym is scrubbed as if it were a name.
    for e in entities:
        record = public[e.group][e.position]
        if e.kind == "person":
            record["name"] = e.alias
            drop: tuple[str, ...] = ("occupation", "notes", "other_names")
        elif e.kind == "organisation":
            record["name"] = e.alias
            drop = ("notes", "other_names")
        else:
            record["publisher"] = e.alias
            drop = ("title", "url", "notes", "other_names")
        for k in drop:
            record.pop(k, None)
    return from_data(public)


# --- failing closed --------------------------------------------------------------------------


class Leak(NamedTuple):
    """A declared form of a confidential name found in public output."""

    where: str  # "html line 212", "json /events/3/summary"
    owner: str  # "person p1": the confidential record, by its id in the case file
    form: str  # the declared form that matched
    found: str  # the text as the output has it
    context: str  # the text around it

    def __str__(self) -> str:
        form = "" if self.found == self.form else f" (declared as {self.form!r})"
        return (f"{self.where}: {self.found!r}, a form of the name of confidential "
                f"{self.owner}{form}, in \"{self.context}\"")


class Hint(NamedTuple):
    """A capitalised word next to a confidential name that the record does not know."""

    where: str  # JSON Pointer in the case file
    owner: str
    word: str

    def __str__(self) -> str:
        return (f"{self.where}: {self.word!r} stands next to the name of confidential "
                f"{self.owner}; if it is part of their name, add it to their other_names")


_TAG = re.compile(r"<!--.*?-->|<(style|script)\b.*?</\1\s*>|<[^>]*>", re.S | re.I)
_ATTRIBUTE = re.compile(r"""=\s*(?:"([^"]*)"|'([^']*)')""")
_MD_ESCAPE = re.compile(r"\\([\\`*_\[\]|~#+\-.])")


def _segments(fmt: str, text: str) -> Iterator[tuple[str, int, str]]:
    """(where, first line, text as a reader sees it) for each piece of rendered output."""
    if fmt == "json":
        try:
            data = json.loads(text)
        except ValueError:
            pass
        else:
            for path, value in _json_strings(data, ()):
                yield f"json {path or '/'}", 0, value
            return
    if fmt == "html":
        # Only what a reader sees or a browser shows: text and attribute values, not tag and
        # attribute names or CSS (an "li" tag is not the surname Li).
        pos = 0
        for m in _TAG.finditer(text):
            yield "html", text.count("\n", 0, pos) + 1, html.unescape(text[pos:m.start()])
            # <meta> holds the page's fixed policy ("img-src data:" is not "Dat" + "a").
            if not m.group(1) and not m.group(0).startswith(("<!--", "<meta")):
                for a in _ATTRIBUTE.finditer(m.group(0)):
                    yield ("html", text.count("\n", 0, m.start()) + 1,
                           html.unescape(a.group(1) or a.group(2) or ""))
            pos = m.end()
        yield "html", text.count("\n", 0, pos) + 1, html.unescape(text[pos:])
        return
    if fmt == "md":
        text = html.unescape(_MD_ESCAPE.sub(r"\1", text))
    yield fmt, 1, text


def _json_strings(value: Any, path: tuple[str | int, ...]) -> Iterator[tuple[str, str]]:
    if isinstance(value, dict):
        for k, v in value.items():
            yield pointer(path), k
            yield from _json_strings(v, (*path, k))
    elif isinstance(value, list):
        for i, v in enumerate(value):
            yield from _json_strings(v, (*path, i))
    elif isinstance(value, str):
        yield pointer(path), value


def _pseudonyms(entities: list[_Entity]) -> re.Pattern[str]:
    # What public_case writes in place of a name is not a leak, even when a name's word is
    # "Person" or "Organisation".
    words = {w for e in entities for w in (e.alias, e.slug)}
    words |= {f"{e.new_id.split('-')[0]}-[0-9]+" for e in entities}
    words.add("confidential-source-[0-9]+")
    body = "|".join(sorted((w if "[" in w else re.escape(w) for w in words),
                           key=len, reverse=True))
    return re.compile(f"{_BEFORE}(?:{body}){_AFTER}", re.I)


def check_public(outputs: Mapping[str, str], case: Case) -> list[Leak]:
    """Every declared form of a confidential name of ``case`` (the original, not the public
    version) found in rendered public output.

    ``outputs`` maps a format ("json", "md", "html"; anything else is read as plain text) to
    the rendered text. Words fairtrial writes itself count too: a confidential "May Ivanova"
    is found in "28 May 2025", and a cited judgment that bears the person's name gives them
    away. Failing closed, such a report is refused rather than published.
    """
    entities = _entities(dump(case))
    if not entities:
        return []
    matcher = _Matcher(entities)
    masks = _pseudonyms(entities)
    leaks: list[Leak] = []
    for fmt, text in outputs.items():
        for where, line, segment in _segments(fmt, text):
            masked = masks.sub(lambda m: " " * len(m.group(0)), segment)
            for m in matcher.find(masked):
                if line:
                    where = f"{fmt} line {line + segment.count(chr(10), 0, m.start)}"
                context = " ".join(segment[max(0, m.start - 30):m.end + 30].split())
                leaks.append(Leak(where, m.entity.label, m.form, segment[m.start:m.end],
                                  context))
    return leaks


# Capitalised words that stand next to names without being part of them.
_NOT_NAMES = frozenset((
    "mr", "mrs", "ms", "miss", "dr", "prof", "judge", "the", "a", "an", "and", "or", "of",
    "on", "in", "at", "by", "for", "to", "with", "from", "as", "but", "when", "after",
    "before", "while", "said", "says", "told",
))


def unrecorded_names(case: Case) -> list[Hint]:
    """Capitalised words next to a confidential name in the case's free text that are not a
    declared form of any name in the record: likely forms nobody declared ("Ali Bekovich Kim"
    when the record says "Ali Kim"), each listed once."""
    data = dump(case)
    entities = _entities(data)
    if not entities:
        return []
    matcher = _Matcher(entities)
    known = {w for group in ("people", "organisations", "sources") for item in data.get(group, [])
             for key in ("name", "publisher", "other_names")
             for text in ([item[key]] if isinstance(item.get(key), str) else item.get(key, []))
             for w in _words(_plain(text))}
    hints: dict[tuple[str, str], Hint] = {}
    for path, text in _strings(data):
        for m in matcher.find(text):
            before = re.search(r"([^\W\d_][\w'’\-]*)[^\S\n]+$", text[:m.start])
            after = re.match(r"[^\S\n]+([^\W\d_][\w'’\-]*)", text[m.end:])
            for found in (before, after):
                if found is None:
                    continue
                word = found.group(1).rstrip("'’-")
                words = _words(_plain(word))
                if (len(word) < 2 or not word[0].isupper() or matcher.find(word)
                        or not words or all(w in known or w in _NOT_NAMES for w in words)):
                    continue
                hints.setdefault((_plain(word), m.entity.id),
                                 Hint(path, m.entity.label, word))
    return list(hints.values())


_SHOWN = 20  # a name in every finding would otherwise bury the advice under hundreds of lines


def vet_public(text: str, fmt: str, case: Case, err: TextIO) -> bool:
    """For ``fairtrial report --public``: whether ``text``, rendered from ``case`` in ``fmt``,
    may be written. Writes to ``err`` each likely undeclared form of a name, and each
    confidential name found in ``text`` with where it is."""
    for hint in unrecorded_names(case):
        err.write(f"fairtrial: note: {hint}\n")
    leaks = check_public({fmt: text}, case)
    if leaks:
        err.write(f"fairtrial: public report not written: it would name a confidential person, "
                  f"organisation or source, in {len(leaks)} place"
                  f"{'s' if len(leaks) != 1 else ''}:\n")
        for leak in leaks[:_SHOWN]:
            err.write(f"  {leak}\n")
        if len(leaks) > _SHOWN:
            err.write(f"  ... and {len(leaks) - _SHOWN} more\n")
        # public_case has already hidden these forms in the case file's own text, so what is
        # left is in words fairtrial writes itself; say so, as editing the case will not help.
        err.write("  The case file's text was already rewritten; these are in fairtrial's own "
                  "words (a date, a cited judgment), so the report would identify them. "
                  "Nothing was written.\n")
    return not leaks
