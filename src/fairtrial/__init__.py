"""fairtrial: assess criminal proceedings against international fair-trial standards.

>>> import fairtrial
>>> case = fairtrial.load("examples/kloop-2025.json")      # doctest: +SKIP
>>> assessment = fairtrial.assess(case)                     # doctest: +SKIP

The model classes live in :mod:`fairtrial.model`.
"""

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from fairtrial._i18n import languages
    from fairtrial.assessment._assess import Assessment, Grade, assess
    from fairtrial.batch._records import ROW_FIELDS, ROW_TYPES, assess_record, record_rows
    from fairtrial.record._load import (
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
    from fairtrial.record._model import FORMAT_VERSION, Case
    from fairtrial.record._problems import InvalidCase, Problem
    from fairtrial.record._public import public_case
    from fairtrial.record._when import Span, Tri, When
    from fairtrial.reports._export import assessment_data, finding_rows
    from fairtrial.reports._report import render as render_report

# Each public name is imported from its module on first use (PEP 562), so that a command or
# a worker pays only for what it uses: importing everything cost more than assessing a case.
_WHERE = {
    "Assessment": "assessment._assess", "Grade": "assessment._assess",
    "assess": "assessment._assess",
    "assessment_data": "reports._export", "finding_rows": "reports._export",
    "MAX_BYTES": "record._load", "dump": "record._load", "dumps": "record._load",
    "from_data": "record._load", "load": "record._load", "loads": "record._load",
    "parse": "record._load", "upgrade": "record._load", "validate": "record._load",
    "FORMAT_VERSION": "record._model", "Case": "record._model",
    "InvalidCase": "record._problems", "Problem": "record._problems",
    "public_case": "record._public",
    "render_report": "reports._report",
    "ROW_FIELDS": "batch._records", "ROW_TYPES": "batch._records",
    "assess_record": "batch._records", "record_rows": "batch._records",
    "Span": "record._when", "Tri": "record._when", "When": "record._when",
    "languages": "_i18n",
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
