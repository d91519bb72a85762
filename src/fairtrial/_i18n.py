"""Languages of the human formats: message catalogues read with the standard ``gettext``.

Every sentence a person reads is a template with named fields (``{names}``), translated whole,
so that a language with other word order or cases needs a catalogue and no code. Catalogues
live in ``locale/<lang>/LC_MESSAGES/fairtrial.po`` and are compiled to the ``.mo`` files that
are shipped beside them (``python tools/i18n.py`` extracts, updates and compiles them with
Babel; the tests check that the compiled files are current and that nothing is untranslated).
English is the source language and needs no catalogue. Case-file text (names, titles,
summaries) and citations are never translated.
"""

from __future__ import annotations

import contextlib
import contextvars
import functools
import gettext
import os
from collections.abc import Iterator, Sequence

from fairtrial import _files

DOMAIN = "fairtrial"
SOURCE_LANGUAGE = "en"


@functools.cache
def languages() -> tuple[str, ...]:
    """The languages a report can be written in: English and every shipped catalogue."""
    root = _files.path("locale")
    found = [name for name in os.listdir(root)
             if os.path.isfile(os.path.join(root, name, "LC_MESSAGES", f"{DOMAIN}.mo"))]
    return (SOURCE_LANGUAGE, *sorted(found))


class Lang:
    """One language: ``_`` translates a template and fills its fields; ``n_`` picks the plural
    form for a count; ``p_`` translates a word whose meaning depends on a context (a treaty
    status, an area, a criterion title keyed by the criterion's id)."""

    def __init__(self, code: str, catalogue: gettext.NullTranslations) -> None:
        self.code = code
        self._cat = catalogue

    def _(self, message: str, **fields: object) -> str:
        text = self._cat.gettext(message)
        return text.format(**fields) if fields else text

    def n_(self, singular: str, plural: str, count: int, **fields: object) -> str:
        return self._cat.ngettext(singular, plural, count).format(count=count, **fields)

    def p_(self, context: str, message: str) -> str:
        return self._cat.pgettext(context, message)

    def join(self, items: Sequence[str]) -> str:
        """'A', 'A and B', 'A, B and C' as the language says it."""
        if not items:
            return ""
        if len(items) == 1:
            return items[0]
        return self._("{first} and {last}", first=", ".join(items[:-1]), last=items[-1])


class UnknownLanguage(ValueError):
    pass


@functools.cache
def lang(code: str = SOURCE_LANGUAGE) -> Lang:
    """The language ``code`` ('en', 'ru', ...); ``UnknownLanguage`` names the ones there are."""
    if code not in languages():
        raise UnknownLanguage(f"no catalogue for language {code!r}; available: "
                              f"{', '.join(languages())}")
    if code == SOURCE_LANGUAGE:
        return Lang(code, gettext.NullTranslations())
    with open(_files.path("locale", code, "LC_MESSAGES", f"{DOMAIN}.mo"), "rb") as fh:
        return Lang(code, gettext.GNUTranslations(fh))


# Marks a message for extraction where it is defined as data and translated later by ``_``.
def N_(message: str) -> str:
    return message


# Marks a whole message template defined as data (a constant, an argument of ``by_detail``)
# that is translated where it is used, by ``_``. Unlike ``N_`` (words the catalogue tool lists
# with their context), these are extracted from the code as they are.
def T_(message: str) -> str:
    return message


# The language the checklist writes its reasons in. A context variable, not an argument:
# reasons are built deep inside criteria and their helpers (breach, weigh, provenance notes),
# and every one of them must follow the language of the assessment that runs them, also when
# several assessments in different languages run at once in threads.
_CURRENT: contextvars.ContextVar[Lang | None] = contextvars.ContextVar("fairtrial_lang",
                                                                       default=None)


def current() -> Lang:
    """The language reasons are being written in (English outside ``using``)."""
    return _CURRENT.get() or lang()


@contextlib.contextmanager
def using(code: str | Lang | None) -> Iterator[Lang]:
    """Write reasons in ``code`` inside the block (``None`` keeps the current language)."""
    chosen = current() if code is None else code if isinstance(code, Lang) else lang(code)
    token = _CURRENT.set(chosen)
    try:
        yield chosen
    finally:
        _CURRENT.reset(token)


def _(message: str, **fields: object) -> str:
    """``message`` in the current language, its ``{fields}`` filled: how the checklist words
    every sentence (each a whole template, so a translation may reorder it)."""
    return current()._(message, **fields)


def n_(singular: str, plural: str, count: int, **fields: object) -> str:
    """The plural form for ``count`` in the current language (``{count}`` is filled)."""
    return current().n_(singular, plural, count, **fields)


def p_(context: str, message: str) -> str:
    """A word in the current language whose meaning depends on ``context``."""
    return current().p_(context, message)


def join(items: Sequence[str]) -> str:
    """'A', 'A and B', 'A, B and C' in the current language."""
    return current().join(items)
