"""fairtrial: assess criminal proceedings against international fair-trial standards.

>>> import fairtrial
>>> case = fairtrial.load("examples/kloop-2025.json")      # doctest: +SKIP
>>> assessment = fairtrial.assess(case)                     # doctest: +SKIP

The model classes live in :mod:`fairtrial.model`.
"""

from fairtrial._assess import Assessment, Grade, assess
from fairtrial._export import assessment_data, finding_rows
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
from fairtrial._report import render as render_report
from fairtrial._when import Span, Tri, When

__version__ = "0.1.0"

__all__ = [
    "FORMAT_VERSION",
    "MAX_BYTES",
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
    "assessment_data",
    "dump",
    "dumps",
    "finding_rows",
    "from_data",
    "load",
    "loads",
    "parse",
    "public_case",
    "render_report",
    "upgrade",
    "validate",
]
