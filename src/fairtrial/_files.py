"""Where the files shipped inside the package are (catalogues, schemas, data, templates).

A path beside this module, not ``importlib.resources``: the package is always installed as
files (its compiled-code caches are written beside it too), and importing
``importlib.resources`` with what it pulls in (``zipfile``, ``tempfile``, ``pathlib``) was
some 5 ms of every command's start."""

from __future__ import annotations

import os

_PACKAGE = os.path.dirname(os.path.abspath(__file__))


def path(*parts: str) -> str:
    """The path of a shipped file, from its parts below the package ("schemas", "x.json")."""
    return os.path.join(_PACKAGE, *parts)


def read_text(*parts: str) -> str:
    with open(path(*parts), encoding="utf-8") as f:
        return f.read()
