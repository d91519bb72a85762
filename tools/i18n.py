"""Keep the message catalogues current: extract every message (Babel reads the code and the
HTML template; the words that are data come from fairtrial.reports._words.data_messages), merge them
into each locale/<lang>/LC_MESSAGES/fairtrial.po, and compile the .mo files that ship.

    python tools/i18n.py            # update the .po files and compile the .mo files
    python tools/i18n.py --check    # exit 1 if a message is untranslated or a .mo is stale
    python tools/i18n.py --missing ru > todo.json     # the untranslated messages, as JSON
    python tools/i18n.py --apply ru done.json         # merge translations made from it

Adding a language: create locale/<lang>/LC_MESSAGES/, run this tool once with
``--init <lang>``, translate the .po, run it again. No code changes.
"""

from __future__ import annotations

import argparse
import gettext
import io
import json
import sys
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "src" / "fairtrial"
LOCALE = PACKAGE / "locale"
#: ``T_`` marks a template defined as data and translated where it is used (``N_`` marks
#: words that ``data_messages`` lists with their context).
KEYWORDS = {"_": None, "T_": None, "n_": (1, 2), "p_": ((1, "c"), 2)}
METHODS = [("**.py", "python"), ("templates/**.j2", "jinja2.ext:babel_extract")]


def template() -> Catalog:
    """Every message fairtrial can show a person, as an empty catalogue."""
    from fairtrial.reports._words import data_messages

    cat = Catalog(project="fairtrial", fuzzy=False)
    for filename, lineno, message, comments, context in extract_from_dir(
            PACKAGE, METHODS, keywords=KEYWORDS, comment_tags=("Translators:",),
            strip_comment_tags=True):
        cat.add(message, locations=[(f"src/fairtrial/{filename}", lineno)],
                auto_comments=comments, context=context)
    for context, message in data_messages():
        if (message, context) not in {(m.id, m.context) for m in cat}:
            cat.add(message, context=context, locations=[("src/fairtrial/reports/_words.py", 0)])
    return cat


def po_path(lang: str) -> Path:
    return LOCALE / lang / "LC_MESSAGES" / "fairtrial.po"


def load(lang: str) -> Catalog:
    with po_path(lang).open("rb") as fh:
        return read_po(fh, locale=lang)


def compiled(cat: Catalog) -> bytes:
    buffer = io.BytesIO()
    write_mo(buffer, cat, use_fuzzy=False)
    return buffer.getvalue()


def stale(cat: Catalog, mo: bytes) -> list[str]:
    """Messages whose compiled translation differs from the .po (the header aside, which names
    the Babel version that wrote it): compared as catalogues, not bytes, so that another Babel
    version agrees."""
    compiled_ = gettext.GNUTranslations(io.BytesIO(mo))._catalog  # type: ignore[attr-defined]
    expected: dict[object, str] = {}
    for m in cat:
        if not m.id or m.fuzzy:
            continue
        prefix = f"{m.context}\x04" if m.context else ""
        if isinstance(m.id, (tuple, list)):
            for n, text in enumerate(m.string):
                expected[(prefix + m.id[0], n)] = text
        else:
            expected[prefix + m.id] = m.string
    found = {k: v for k, v in compiled_.items() if k != "" and k != ("", 0)}
    return sorted(str(k) for k in expected.keys() ^ found.keys()) + sorted(
        str(k) for k in expected.keys() & found.keys() if expected[k] != found[k])


def untranslated(cat: Catalog, tmpl: Catalog) -> list[str]:
    """Messages of the template that ``cat`` does not translate (or only fuzzily)."""
    missing = []
    for m in tmpl:
        if not m.id:
            continue
        found = cat.get(m.id, m.context)
        strings = found.string if found else None
        values = strings if isinstance(strings, (tuple, list)) else (strings,)
        if found is None or found.fuzzy or not all(values):
            missing.append(f"{m.context + ' | ' if m.context else ''}{m.id!r}")
    return missing


def missing_entries(cat: Catalog, tmpl: Catalog) -> list[dict[str, object]]:
    """The untranslated messages as entries to fill in: a plural's ``str`` is a list with one
    form per plural form of the language."""
    out: list[dict[str, object]] = []
    for m in tmpl:
        if not m.id:
            continue
        found = cat.get(m.id, m.context)
        strings = found.string if found else None
        values = strings if isinstance(strings, (tuple, list)) else (strings,)
        if found is not None and not found.fuzzy and all(values):
            continue
        plural = isinstance(m.id, (tuple, list))
        out.append({"context": m.context, "id": list(m.id) if plural else m.id,
                    "str": [""] * cat.num_plurals if plural else ""})
    return out


def apply(cat: Catalog, entries: list[dict[str, object]]) -> int:
    """Set the translations of ``entries`` in ``cat``; messages it does not have are
    reported, not added (the code no longer says them)."""
    count = 0
    for e in entries:
        ident = tuple(e["id"]) if isinstance(e["id"], list) else e["id"]
        context = e.get("context")
        found = cat.get(ident, context)  # type: ignore[arg-type]
        value = e.get("str")
        if not value or (isinstance(value, list) and not all(value)):
            continue
        if found is None:
            print(f"not in the catalogue, skipped: {context or ''} {ident!r}", file=sys.stderr)
            continue
        found.string = tuple(value) if isinstance(value, list) else value  # type: ignore[assignment]
        found.flags.discard("fuzzy")
        count += 1
    return count


def _write(cat: Catalog, path: Path) -> None:
    buffer = io.BytesIO()
    write_po(buffer, cat, width=100, omit_header=False, sort_output=False,
             include_lineno=False, ignore_obsolete=True)
    path.write_bytes(buffer.getvalue())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true")
    parser.add_argument("--init", metavar="LANG")
    parser.add_argument("--missing", metavar="LANG",
                        help="print the untranslated messages of LANG as a JSON list of "
                             "{context, id, str} to fill in")
    parser.add_argument("--apply", nargs=2, metavar=("LANG", "FILE"),
                        help="merge a filled JSON list (as --missing prints) into LANG's .po")
    args = parser.parse_args()
    tmpl = template()
    if args.missing:
        print(json.dumps(missing_entries(load(args.missing), tmpl), ensure_ascii=False,
                         indent=1))
        return 0
    if args.apply:
        code, file = args.apply
        cat = load(code)
        cat.update(tmpl, no_fuzzy_matching=True)
        applied = apply(cat, json.loads(Path(file).read_text(encoding="utf-8")))
        _write(cat, po_path(code))
        print(f"{code}: {applied} translations applied from {file}")
    if args.init:
        (LOCALE / args.init / "LC_MESSAGES").mkdir(parents=True, exist_ok=True)
        cat = Catalog(locale=args.init, project="fairtrial")
        cat.update(tmpl)
        _write(cat, po_path(args.init))
    status = 0
    for lang in sorted(p.name for p in LOCALE.iterdir() if po_path(p.name).is_file()):
        cat = load(lang)
        if args.check:
            missing = untranslated(cat, tmpl)
            mo = po_path(lang).with_suffix(".mo")
            if missing:
                print(f"{lang}: {len(missing)} untranslated: {missing[:5]}", file=sys.stderr)
                status = 1
            if not mo.is_file() or stale(cat, mo.read_bytes()):
                print(f"{lang}: {mo} is stale: run python tools/i18n.py", file=sys.stderr)
                status = 1
            continue
        created = cat.creation_date
        cat.update(tmpl, no_fuzzy_matching=True)
        cat.creation_date = created  # rerunning with nothing new changes nothing
        _write(cat, po_path(lang))
        po_path(lang).with_suffix(".mo").write_bytes(compiled(load(lang)))
        print(f"{lang}: {len(untranslated(load(lang), tmpl))} untranslated")
    return status


if __name__ == "__main__":
    sys.exit(main())
