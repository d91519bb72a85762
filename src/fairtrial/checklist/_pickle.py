"""Pickling criteria: built-in ones by id, looked up again where they are unpickled."""

from __future__ import annotations

import functools
from typing import Any

from fairtrial.checklist._core import Criterion

__all__ = ["builtin_criterion", "criterion_from", "is_builtin"]


@functools.cache
def _builtins() -> dict[str, Criterion]:
    from fairtrial.checklist import BUILTIN

    return {c.id: c for c in BUILTIN.criteria}


def is_builtin(criterion: Criterion) -> bool:
    return _builtins().get(criterion.id) is criterion


def builtin_criterion(criterion_id: str) -> Criterion:
    return _builtins()[criterion_id]


def criterion_from(fields: dict[str, Any]) -> Criterion:
    return Criterion(**fields)
