"""The engines (qualalliance.engine, docs/scale.md): the dask engine gives the local engine's
tables, partitions never split a document, options and study.yaml are validated, and an
unreachable scheduler or a failing task stops with one line and no table left looking complete."""

from __future__ import annotations

import json
import re
import socket
import time
from types import SimpleNamespace

import numpy as np
import pandas as pd
import pytest
from click.testing import CliRunner
from pandas.testing import assert_frame_equal

from qualalliance import catalog
from qualalliance.engine import EngineParams, document_partitions, engine_from_options, file_partitions
from qualalliance.errors import ConfigError

from .conftest import DEMO

pytest.importorskip("distributed", reason="the dask extra is not installed (pip install '.[dask]')")

# two in-process workers (threads, inproc://: no socket); small partitions so the demo is cut into several
IN_PROCESS = EngineParams(engine="dask", workers=2, processes=False, partition_words=20_000)
STAGE_TABLES = ("segments", "documents", "rejects", "codings", "code_matrix", "coding_candidates", "alliance",
                "alliance_evidence", "ruptures", "rupture_counts")


# ----------------------------------------------------------------------------- partitions

def test_partitions_keep_documents_whole_and_in_order():
    table = pd.DataFrame({"doc_id": ["a", "a", "b", "c", "b", "c", "d"],
                          "text": ["one two", "three", "four five six", "seven", "eight", "nine ten", "x"]})
    parts = document_partitions(table, partition_words=3)
    # words: a 3, b 4, c 3, d 1 -> four partitions, each a whole document, in order of first appearance
    assert [p.tolist() for p in parts] == [[0, 1], [2, 4], [3, 5], [6]]
    assert [p.tolist() for p in document_partitions(table, partition_words=1000)] == [[0, 1, 2, 3, 4, 5, 6]]
    two = document_partitions(table, partition_words=1000, min_partitions=2)  # 11 words: a+b (7) | c+d (4)
    assert [p.tolist() for p in two] == [[0, 1, 2, 4], [3, 5, 6]]
    assert document_partitions(table.iloc[0:0], 10) == []


def test_partitions_of_many_documents_cover_every_row_once():
    rng = np.random.default_rng(0)
    table = pd.DataFrame({"doc_id": rng.integers(0, 40, 500).astype(str),
                          "text": ["w " * int(n) for n in rng.integers(0, 30, 500)]})
    parts = document_partitions(table, partition_words=500, min_partitions=4)
    assert 4 <= len(parts) <= 40
    assert sorted(np.concatenate(parts).tolist()) == list(range(500))
    owners = [set(table["doc_id"].iloc[p]) for p in parts]
    assert all(not (a & b) for i, a in enumerate(owners) for b in owners[i + 1:])  # no document in two
    assert all((np.diff(p) > 0).all() for p in parts)  # rows keep their order


def test_file_partitions_are_contiguous_and_balanced():
    assert file_partitions([10, 10, 10, 10], 2) == [[0, 1], [2, 3]]
    assert file_partitions([100, 1, 1, 1], 2) == [[0], [1, 2, 3]]
    assert file_partitions([5], 4) == [[0]]
    assert file_partitions([], 3) == []


# ----------------------------------------------------------------------------- options and study.yaml

def test_engine_options():
    assert engine_from_options(None, None, None) == EngineParams()
    assert engine_from_options(None, 3, None) == EngineParams(engine="dask", workers=3)
    assert engine_from_options(None, None, "tcp://h:8786").scheduler == "tcp://h:8786"
    study = EngineParams(engine="dask", workers=4)
    assert engine_from_options("local", None, None, default=study) == EngineParams()
    assert engine_from_options(None, None, "tcp://h:1", default=study).workers is None  # the cluster's own
    with pytest.raises(ConfigError, match="--workers needs --engine dask, not local"):
        engine_from_options("local", 2, None)
    with pytest.raises(ConfigError, match="give one"):
        engine_from_options("dask", 2, "tcp://h:1")


def _study(tmp_path, engine_yaml: str):
    import shutil

    root = tmp_path / "study"
    shutil.copytree(DEMO / "transcripts", root / "transcripts")
    (root / "study.yaml").write_text(f"name: t\nsynthetic: true\npaths:\n  transcripts: transcripts\n{engine_yaml}",
                                     encoding="utf-8")
    return root


def test_study_engine_section_is_validated(tmp_path):
    from qualalliance.study import load_study

    study = load_study(_study(tmp_path / "a", "engine:\n  engine: dask\n  workers: 3\n"))
    assert study.engine == EngineParams(engine="dask", workers=3)
    assert load_study(_study(tmp_path / "b", "")).engine == EngineParams()
    with pytest.raises(ConfigError) as err:
        load_study(_study(tmp_path / "c", "engine:\n  engine: dask\n  worker: 3\n"))
    assert err.value.line == 7 and "engine.worker: unknown key (did you mean workers?)" in err.value.one_line()
    with pytest.raises(ConfigError, match=r"engine.engine: must be 'local' or 'dask', not 'spark'"):
        load_study(_study(tmp_path / "d", "engine:\n  engine: spark\n"))
    with pytest.raises(ConfigError, match="engine: scheduler needs engine dask"):
        load_study(_study(tmp_path / "e", "engine:\n  scheduler: tcp://h:8786\n"))


# ----------------------------------------------------------------------------- identical tables

@pytest.fixture(scope="module")
def dask_run(tmp_path_factory):
    """ingest, code and alliance of the demo study on two in-process Dask workers."""
    from qualalliance.run import run_study

    out = tmp_path_factory.mktemp("dask") / "run"
    run_study(DEMO, out, skip=("topics", "link", "report"), engine=IN_PROCESS)
    return out


def test_dask_engine_tables_equal_the_local_engines(dask_run, demo_run):
    assert demo_run.exit_code == 0, demo_run.output
    for name in STAGE_TABLES:
        local, dask = catalog.read(demo_run.out, name), catalog.read(dask_run, name)
        assert local is not None and (len(local) or name in ("rejects", "coding_candidates")), name
        assert_frame_equal(dask, local, obj=name)


def test_the_manifests_record_engine_workers_and_partitions(dask_run):
    manifest = json.loads(catalog.manifest_path(dask_run).read_text())
    engine = manifest["engine"]
    assert (engine["engine"], engine["workers"], engine["processes"]) == ("dask", 2, False)
    # the demo's ~100k words in 20k-word partitions: at least 2 per worker, documents whole
    assert set(engine["partitions"]) == {"ingest", "code", "alliance"}
    assert all(4 <= n <= 20 for n in engine["partitions"].values()), engine["partitions"]
    coding = json.loads(catalog.path(dask_run, "coding_manifest").read_text())
    assert coding["parameters"]["engine"]["partitions"] == engine["partitions"]["code"]
    assert manifest["stage_status"]["code"] == "done"


# ----------------------------------------------------------------------------- bad input

def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]  # closed when the block ends: nothing listens there


def test_unreachable_scheduler_is_one_line_exit_2_within_10_s(tmp_path, demo_run):
    from qualalliance.cli import cli

    address = f"tcp://127.0.0.1:{_closed_port()}"
    segments = catalog.path(demo_run.out, "segments")
    t0 = time.monotonic()
    result = CliRunner().invoke(cli, ["alliance", str(segments), "-o", str(tmp_path / "out"),
                                       "--scheduler", address])
    elapsed = time.monotonic() - t0
    assert result.exit_code == 2, result.output
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: cannot reach the Dask scheduler at " + address)
    assert "Traceback" not in result.output
    assert elapsed < 10, elapsed
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize("failure", ["input", "killed"])
def test_a_failing_partition_fails_the_stage_and_leaves_no_table(tmp_path, monkeypatch, failure):
    from distributed.scheduler import KilledWorker

    from qualalliance.engine import tasks
    from qualalliance.errors import InputError
    from qualalliance.run import StageError, run_study

    def flaky(part, *args):
        # every partition fails (quickly: a task still running in a worker thread when the
        # interpreter exits would take torch's thread pool down with it)
        if failure == "killed":
            raise KilledWorker("code-1", SimpleNamespace(address="tcp://127.0.0.1:1"), 3)  # as the scheduler does
        raise InputError("this partition cannot be coded")

    monkeypatch.setattr(tasks, "code_task", flaky)
    out = tmp_path / "run"
    with pytest.raises(StageError) as err:
        run_study(DEMO, out, skip=("topics", "link", "report"), engine=IN_PROCESS)
    message = err.value.one_line()
    assert message.startswith("stage 'code' failed: ")
    if failure == "killed":
        # every partition fails; which one the scheduler reports first depends on the workers' timing
        assert re.search(r"partition \d+ of \d+ failed", message) and "the worker running it died" in message
    else:
        assert "this partition cannot be coded" in message
    manifest = json.loads(catalog.manifest_path(out).read_text())
    assert manifest["stage_status"]["code"] == "failed" and manifest["status"] == "failed"
    assert not catalog.stage_dir(out, "code").exists()  # no half a table
    assert catalog.read(out, "segments") is not None  # the stage before it stays


# ----------------------------------------------------------------------------- big outputs

def test_a_big_table_is_written_as_a_partitioned_parquet_dataset(tmp_path, monkeypatch):
    from qualalliance import tables
    from qualalliance.ingest import load_segments

    monkeypatch.setattr(tables, "DATASET_ROWS", 10)
    monkeypatch.setattr(tables, "DATASET_PART_ROWS", 4)
    small = pd.DataFrame({"doc_id": ["a"] * 3, "turn": [0, 1, 2], "x": [0.5, 1.5, None]})
    big = pd.DataFrame({"doc_id": [f"d{i // 3}" for i in range(11)], "turn": [i % 3 for i in range(11)],
                        "x": [float(i) for i in range(11)]})
    catalog.write(small, tmp_path / "small", "codings")
    assert sorted(p.name for p in (tmp_path / "small").iterdir()) == ["codings.csv", "codings.parquet"]
    written = catalog.write(big, tmp_path / "big", "codings")
    folder = tmp_path / "big" / "codings.parts"  # no one-file Parquet, no CSV: 11 rows in 4 + 4 + 3
    assert [p.name for p in written] == ["part-00000.parquet", "part-00001.parquet", "part-00002.parquet"]
    assert sorted(p.name for p in (tmp_path / "big").iterdir()) == ["codings.parts"]
    assert catalog.find_in(tmp_path / "big", "codings") == folder
    assert_frame_equal(tables.read_table(folder), big)  # same schema, rows in order
    assert [len(pd.read_parquet(p)) for p in sorted(folder.iterdir())] == [4, 4, 3]
    # a shorter dataset written over it leaves no stale part behind
    monkeypatch.setattr(tables, "DATASET_ROWS", 5)
    catalog.write(big.iloc[:6], tmp_path / "big", "codings")
    assert sorted(p.name for p in folder.iterdir()) == ["part-00000.parquet", "part-00001.parquet"]
    assert_frame_equal(tables.read_table(folder), big.iloc[:6])
    # the stages read it back like the one file: a run folder's segments as a dataset
    seg = pd.DataFrame({"doc_id": ["d"] * 6, "participant_id": "P1", "session": "s", "timepoint": "t",
                        "source_type": "transcript", "turn": range(6), "speaker": "T", "role": "therapist",
                        "text": "hello there", "start_char": range(0, 60, 10), "end_char": range(11, 71, 10)})
    catalog.write(seg, tmp_path / "run" / "ingest", "segments")
    assert (tmp_path / "run" / "ingest" / "segments.parts").is_dir()
    assert len(load_segments(tmp_path / "run")) == 6 and len(catalog.read(tmp_path / "run", "segments")) == 6


def test_the_local_cluster_listens_on_loopback_only_and_opens_no_dashboard():
    from qualalliance.engine import open_engine

    with open_engine(IN_PROCESS) as engine:
        cluster = engine.client.cluster
        workers = list(cluster.workers.values())
        assert len(workers) == 2
        for server in (cluster.scheduler, *workers):
            assert server.http_server.address == "127.0.0.1", type(server).__name__  # health/metrics only
        assert all(w._dashboard is False for w in workers)
        assert engine.client.scheduler.address.startswith("inproc://")  # threads: no socket at all
