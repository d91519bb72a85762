"""Assess a corpus from any engine that maps a function over partitions (Dask, Spark, Ray,
a process pool): the same rows, in the same order, as ``fairtrial assess --lines``.

>>> from fairtrial.corpus import assess_lines
>>> assess_lines([(1, b"{not json\\n")], source="corpus.jsonl")[0][:40]
'{"file": "corpus.jsonl:1", "error": "inv'

With Dask (``pip install 'fairtrial[dask]'``)::

    import functools
    import dask.bag as db
    from fairtrial.corpus import assess_lines

    with open("corpus.jsonl", "rb") as fh:
        numbered = list(enumerate(fh, 1))          # or read each partition on its worker
    bag = db.from_sequence(numbered, partition_size=256)
    lines = bag.map_partitions(functools.partial(assess_lines, source="corpus.jsonl"))
    text = "".join(lines.compute())                # what the command writes to stdout

A partition is a list of ``(line number, line)`` pairs; line numbers label the results, so a
partition can be assessed anywhere, in any order, any number of times: concatenating the
partitions' results in partition order gives the command's output byte for byte. The checklist
is built on the worker from its profile name, never shipped.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from fairtrial.batch import _corpus
from fairtrial.reports._tables import TABLES_VERSION, write_tables

__all__ = ["TABLES_VERSION", "assess_lines", "write_tables"]


def assess_lines(lines: Iterable[tuple[int, bytes | str]], *, source: str,
                 format: str = "json", profile: str = "full",
                 plugins: bool = False) -> list[Any]:
    """Assess the JSON Lines of one partition; never raises for any line.

    ``source`` names the input (as the command would: the file name, or ``<stdin>``); blank
    lines are skipped. ``format='json'`` gives each case's JSON line (text ending in a newline,
    an error record for a case that cannot be loaded); ``format='rows'`` gives each case's
    table record, for ``write_tables(records, directory)`` (the Parquet tables of
    ``--format parquet``).
    """
    if format not in ("json", "rows"):
        raise ValueError(f"format must be 'json' or 'rows', not {format!r}")
    out = []
    for number, line in lines:
        data = line.encode("utf-8") if isinstance(line, str) else line
        if data.strip():
            result = _corpus.work(format, f"{source}:{number}", data, profile, plugins,
                                  True)[1]
            # The fast encoder gives UTF-8 bytes; the documented result is text.
            out.append(result.decode("utf-8") if isinstance(result, bytes) else result)
    return out
