"""The batch on a Dask cluster: the same bytes as the local batch, order and error records."""

from __future__ import annotations

import doctest
import functools
import io
import json
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import fairtrial.corpus
from fairtrial.batch import _corpus
from fairtrial.cli._cli import main
from fairtrial.corpus import assess_lines, write_tables

from .conftest import ROOT

sys.path.insert(0, str(ROOT / "bench"))
from corpus import make_case

distributed = pytest.importorskip("distributed")


@pytest.fixture(scope="module")
def cluster() -> Iterator[str]:
    """Two worker processes, one thread each: what travels is pickled, as on a real cluster;
    started with the settings docs/performance.md advises for a cluster."""
    import dask

    with dask.config.set(_corpus.DASK_CONFIG), distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0",
            silence_logs=50) as c:
        yield c.scheduler_address


def write_corpus(path: Path, n: int = 40) -> Path:
    lines = [json.dumps(make_case(6 + i % 5, seed=i, defendants=1 + i % 2)) for i in range(n)]
    lines[7] = '{"id": "broken"}'
    lines[n - 3] = "{not json"
    lines.insert(n * 3 // 4, "")  # blank lines are skipped but still counted
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def local(args: list[str]) -> tuple[int, str]:
    out = io.StringIO()
    return main(args, out=out), out.getvalue()


def test_scheduler_gives_the_bytes_of_the_local_batch(cluster: str, tmp_path: Path,
                                                      capsys: pytest.CaptureFixture[str],
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_corpus, "_DASK_CHUNK", 7)  # several tasks, on both workers
    path = write_corpus(tmp_path / "corpus.jsonl")
    args = ["assess", "--lines", str(path), "--format", "json"]
    code, plain = local(args)
    assert code == 1 and plain.count("\n") == 40
    assert local([*args, "--scheduler", cluster]) == (code, plain)
    monkeypatch.setattr(_corpus, "_DASK_COMPRESS", False)  # FAIRTRIAL_DASK_COMPRESS=0
    assert local([*args, "--scheduler", cluster]) == (code, plain)
    monkeypatch.setattr(_corpus, "_DASK_COMPRESS", True)
    cache = ["--cache", str(tmp_path / "cache.sqlite")]
    assert local([*args, "--scheduler", cluster, *cache]) == (code, plain)  # cold
    assert local([*args, "--scheduler", cluster, *cache]) == (code, plain)  # warm
    assert "38 result(s) reused, 2 case(s) assessed" in capsys.readouterr().err
    pq = pytest.importorskip("pyarrow.parquet")
    tables = ["assess", "--lines", str(path), "--format", "parquet"]
    assert local([*tables, "-o", str(tmp_path / "here")])[0] == 1
    assert local([*tables, "-o", str(tmp_path / "there"), "--scheduler", cluster])[0] == 1
    for name in ("cases", "findings", "questions"):
        assert (tmp_path / "here" / f"{name}.parquet").read_bytes() == \
            (tmp_path / "there" / f"{name}.parquet").read_bytes()
    assert pq.read_table(tmp_path / "there" / "cases.parquet").num_rows == 40
    assert "Traceback" not in capsys.readouterr().err


def test_the_parquet_command_on_dask_leaves_numpy_out(cluster: str, tmp_path: Path) -> None:
    """As a program, the command imports pyarrow and Dask's client without NumPy (neither
    needs it to write the tables or to receive results), and writes the same tables."""
    pytest.importorskip("pyarrow")
    from fairtrial.reports import _tables

    if not _tables._numpy_optional():
        pytest.skip("this pyarrow requires NumPy")
    path = write_corpus(tmp_path / "corpus.jsonl", 12)
    probe = ("import sys; from fairtrial.cli._cli import main; code = main(); "
             "sys.stderr.write(f'numpy imported: {\"numpy\" in sys.modules}'); sys.exit(code)")
    tables = ["assess", "--lines", str(path), "--format", "parquet"]
    run = subprocess.run([sys.executable, "-c", probe, *tables, "-o", str(tmp_path / "there"),
                          "--scheduler", cluster], capture_output=True, text=True, check=False)
    assert run.returncode == 1, run.stderr  # the corpus has invalid cases
    assert run.stderr.endswith("numpy imported: False"), run.stderr
    assert local([*tables, "-o", str(tmp_path / "here")])[0] == 1
    for name in ("cases", "findings", "questions"):
        assert (tmp_path / "here" / f"{name}.parquet").read_bytes() == \
            (tmp_path / "there" / f"{name}.parquet").read_bytes()


def _bounds(dask_worker: object) -> tuple[int | None, int | None]:
    worker: Any = dask_worker
    return worker.state.log.maxlen, worker.monitor.quantities["cpu"].maxlen


def test_workers_started_as_advised_keep_their_logs_short(cluster: str) -> None:
    with distributed.Client(cluster, set_as_default=False) as client:
        assert set(client.run(_bounds).values()) == {(0, 1200)}


def test_the_advised_environment_is_the_commands_settings() -> None:
    """docs/performance.md's ``export DASK_...`` lines give a cluster's processes the settings
    the command gives its own client (DASK_CONFIG), as Dask reads them from the environment."""
    import dask

    text = (ROOT / "docs" / "performance.md").read_text(encoding="utf-8")
    exported = dict(re.findall(r"^export (DASK_\w+)=(\S+)", text, re.MULTILINE))
    advised = dask.config.collect_env(exported)
    for key, value in _corpus.DASK_CONFIG.items():
        assert dask.config.get(key, config=advised) == value, key


def test_library_function_on_a_dask_bag(cluster: str, tmp_path: Path) -> None:
    db = pytest.importorskip("dask.bag")
    path = write_corpus(tmp_path / "corpus.jsonl")
    _, plain = local(["assess", "--lines", str(path), "--format", "json"])
    with open(path, "rb") as fh:
        numbered = list(enumerate(fh, 1))
    with distributed.Client(cluster, set_as_default=False) as client:
        bag = db.from_sequence(numbered, npartitions=5)
        lines = bag.map_partitions(functools.partial(assess_lines, source=str(path)))
        assert "".join(client.compute(lines).result()) == plain
        records = bag.map_partitions(functools.partial(assess_lines, source=str(path),
                                                       format="rows"))
        rows = client.compute(records).result()
    pytest.importorskip("pyarrow")
    write_tables(rows, str(tmp_path / "bag"))
    local(["assess", "--lines", str(path), "--format", "parquet", "-o", str(tmp_path / "cli")])
    assert (tmp_path / "bag" / "findings.parquet").read_bytes() == \
        (tmp_path / "cli" / "findings.parquet").read_bytes()


def test_partitions_in_any_order_and_any_engine(tmp_path: Path) -> None:
    path = write_corpus(tmp_path / "corpus.jsonl", 12)
    _, plain = local(["assess", "--lines", str(path), "--format", "json"])
    with open(path, "rb") as fh:
        numbered = list(enumerate(fh, 1))
    parts = [numbered[i:i + 5] for i in range(0, len(numbered), 5)]
    done = {i: assess_lines(p, source=str(path)) for i, p in reversed(list(enumerate(parts)))}
    assert "".join(line for i in sorted(done) for line in done[i]) == plain
    with pytest.raises(ValueError, match="format must be 'json' or 'rows'"):
        assess_lines([], source="x", format="csv")
    assert doctest.testmod(fairtrial.corpus).failed == 0


def test_scheduler_without_dask_or_unreachable(tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    case = str(ROOT / "examples" / "gafgen-2003.json")
    assert main(["assess", case, "--format", "csv", "--scheduler", "tcp://x:1"]) == 2
    assert "work with --format json or parquet, not csv" in capsys.readouterr().err


def test_a_worker_that_dies_loses_and_duplicates_nothing(tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    path = write_corpus(tmp_path / "corpus.jsonl", 24)
    args = ["assess", "--lines", str(path), "--format", "json"]
    code, plain = local(args)
    marker = str(tmp_path / "died")
    monkeypatch.setattr(_corpus, "_DASK_CHUNK", 5)

    def die_once() -> None:
        # In each worker: the first task to run anywhere kills its worker process.
        import os

        from fairtrial.batch import _corpus as corpus

        real = corpus.work_chunk

        def work_chunk(batch: list[tuple[object, ...]], *more: object) -> object:
            try:
                fd = os.open(marker, os.O_CREAT | os.O_EXCL)
            except FileExistsError:
                return real(batch, *more)
            os.close(fd)
            os._exit(1)

        # Tasks name fairtrial.batch._corpus.work_chunk; each worker resolves it to this one.
        corpus.work_chunk = work_chunk  # type: ignore[assignment]

    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=":0", silence_logs=50) as c, \
            distributed.Client(c, set_as_default=False) as client:
        client.run(die_once)
        assert local([*args, "--scheduler", c.scheduler_address]) == (code, plain)
    assert os.path.exists(marker)  # a worker did die



def test_the_parquet_command_on_dask_reports_a_directory_it_cannot_write(
        cluster: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The tables are written by a process of their own beside Dask's client: when it cannot
    write them the command says where and why, exits 2, and leaves no partial tables."""
    pytest.importorskip("pyarrow")
    path = write_corpus(tmp_path / "corpus.jsonl", 40)
    taken = tmp_path / "taken"
    taken.write_text("a file", encoding="utf-8")
    code = main(["assess", "--lines", str(path), "--format", "parquet", "-o", str(taken),
                 "--scheduler", cluster])
    err = capsys.readouterr().err
    assert code == 2 and str(taken) in err and "Traceback" not in err, err
    assert taken.read_text(encoding="utf-8") == "a file"
