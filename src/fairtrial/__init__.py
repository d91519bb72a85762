"""fairtrial: assess criminal proceedings against international fair-trial standards.

>>> import fairtrial
>>> case = fairtrial.load("examples/kloop-2025.json")      # doctest: +SKIP
>>> assessment = fairtrial.assess(case)                     # doctest: +SKIP

The model classes live in :mod:`fairtrial.model`.
"""

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from fairtrial._assess import Assessment, Grade, assess
    from fairtrial._export import assessment_data, finding_rows
    from fairtrial._i18n import languages
    from fairtrial._load import (
        MAX_BYTES,
        dump,
        dumps,
        from_data,
        load,
        loads,
        parse,
        upgrade,
        validate,
    )
    from fairtrial._model import FORMAT_VERSION, Case
    from fairtrial._problems import InvalidCase, Problem
    from fairtrial._public import public_case
    from fairtrial._records import ROW_FIELDS, ROW_TYPES, assess_record, record_rows
    from fairtrial._report import render as render_report
    from fairtrial._when import Span, Tri, When

# Each public name is imported from its module on first use (PEP 562), so that a command or
# a worker pays only for what it uses: importing everything cost more than assessing a case.
_WHERE = {
    "Assessment": "_assess", "Grade": "_assess", "assess": "_assess",
    "assessment_data": "_export", "finding_rows": "_export",
    "MAX_BYTES": "_load", "dump": "_load", "dumps": "_load", "from_data": "_load",
    "load": "_load", "loads": "_load", "parse": "_load", "upgrade": "_load",
    "validate": "_load",
    "FORMAT_VERSION": "_model", "Case": "_model",
    "InvalidCase": "_problems", "Problem": "_problems",
    "public_case": "_public", "render_report": "_report", "languages": "_i18n",
    "ROW_FIELDS": "_records", "ROW_TYPES": "_records", "assess_record": "_records",
    "record_rows": "_records",
    "Span": "_when", "Tri": "_when", "When": "_when",
}


def __getattr__(name: str) -> Any:
    import importlib

    if name in ("checklist", "model"):  # public subpackages, as an eager import made them
        return importlib.import_module(f"fairtrial.{name}")
    where = _WHERE.get(name)
    if where is None:
        raise AttributeError(f"module 'fairtrial' has no attribute {name!r}")
    module = importlib.import_module(f"fairtrial.{where}")
    value = getattr(module, "render" if name == "render_report" else name)
    globals()[name] = value  # the next access is a plain lookup
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *_WHERE])


__version__ = "0.1.0"

__all__ = [
    "FORMAT_VERSION",
    "MAX_BYTES",
    "ROW_FIELDS",
    "ROW_TYPES",
    "Assessment",
    "Case",
    "Grade",
    "InvalidCase",
    "Problem",
    "Span",
    "Tri",
    "When",
    "__version__",
    "assess",
    "assess_record",
    "assessment_data",
    "dump",
    "dumps",
    "finding_rows",
    "from_data",
    "languages",
    "load",
    "loads",
    "parse",
    "public_case",
    "record_rows",
    "render_report",
    "upgrade",
    "validate",
]
