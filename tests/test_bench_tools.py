"""The benchmark's helpers keep pace with the library: forgetting the caches must name caches
that exist (a renamed cached function broke ``bench/bench.py`` before it timed anything)."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

import timing


def test_cold_clears_the_library_caches() -> None:
    from fairtrial.checklist import _core

    _core.not_applicable("a reason")
    assert _core.not_applicable.cache_info().currsize > 0
    timing.cold()
    assert _core.not_applicable.cache_info().currsize == 0
