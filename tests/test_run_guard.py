"""`run` under interruption and concurrency: the manifest from the start, the output lock (#20).

The stages are replaced by stand-ins (the registry is monkeypatched), so these tests
exercise run_study's bookkeeping in milliseconds; the real chain is tested in
test_run.py.
"""

from __future__ import annotations

import json
import os
import platform
import signal
import subprocess
import sys
import time
from types import SimpleNamespace

import pytest
from click.testing import CliRunner

import qualalliance.run as run_mod
from qualalliance.cli import cli
from qualalliance.errors import InputError, OutputError
from qualalliance.outlock import LOCK_NAME
from qualalliance.stages import STAGES

from .conftest import DEMO


def _manifest(out):
    return json.loads((out / "manifest.json").read_text(encoding="utf-8"))


@pytest.fixture
def stages(monkeypatch):
    """Stand-in stages: ``behaviour[name](ctx)`` runs for a stage, others write one file."""
    behaviour = {}
    seen = {}

    def make(name):
        def run(ctx, params):
            seen[name] = _manifest(ctx.out)
            if name in behaviour:
                behaviour[name](ctx)
            (ctx.out / name).mkdir(exist_ok=True)
            (ctx.out / name / "done.txt").write_text(name, encoding="utf-8")
        return SimpleNamespace(name=name, run=run)

    monkeypatch.setattr(run_mod, "REGISTRY", [make(n) for n in STAGES])
    return SimpleNamespace(behaviour=behaviour, seen=seen)


def test_manifest_written_at_start_and_after_each_stage(tmp_path, stages):
    out = tmp_path / "out"
    result = run_mod.run_study(DEMO, out, skip=("topics",))
    first = stages.seen["ingest"]  # what the manifest said while ingest ran
    assert first["status"] == "running" and first["stages_completed"] == []
    assert first["stage_status"]["ingest"] == "pending" and first["stage_status"]["topics"] == "skipped"
    assert stages.seen["alliance"]["stages_completed"] == ["ingest", "code"]
    final = _manifest(out)
    assert final["status"] == "done" and "failed_stage" not in final and "interrupted" not in final
    assert final["stages_completed"] == ["ingest", "code", "alliance", "link", "report"]
    assert result.manifest == final
    assert not (out / LOCK_NAME).exists()


def test_ctrl_c_in_a_stage_is_recorded(tmp_path, stages):
    def interrupt(ctx):
        (ctx.out / "alliance").mkdir()
        (ctx.out / "alliance" / "alliance.csv").write_text("half", encoding="utf-8")
        raise KeyboardInterrupt

    stages.behaviour["alliance"] = interrupt
    out = tmp_path / "out"
    with pytest.raises(KeyboardInterrupt):
        run_mod.run_study(DEMO, out)
    m = _manifest(out)
    assert m["status"] == "interrupted" and m["interrupted"] == "alliance"
    assert m["stages_completed"] == ["ingest", "code"]
    assert m["stage_status"]["alliance"] == "interrupted" and m["stage_status"]["topics"] == "pending"
    assert not (out / "alliance").exists() and (out / "code" / "done.txt").is_file()
    assert not (out / LOCK_NAME).exists()


def test_sigterm_is_recorded_and_exits_130(tmp_path, stages):
    def terminate(ctx):
        os.kill(os.getpid(), signal.SIGTERM)
        time.sleep(5)  # the handler interrupts this at once

    stages.behaviour["code"] = terminate
    out = tmp_path / "out"
    t0 = time.monotonic()
    r = CliRunner().invoke(cli, ["run", str(DEMO), "-o", str(out)])
    assert time.monotonic() - t0 < 4
    assert r.exit_code == 130 and r.output.strip() == "error: interrupted", r.output
    m = _manifest(out)
    assert m["interrupted"] == "code" and m["stages_completed"] == ["ingest"]
    assert signal.getsignal(signal.SIGTERM) is signal.SIG_DFL


def test_failed_stage_is_recorded(tmp_path, stages):
    def fail(ctx):
        raise InputError("bad outcome table", "outcomes.csv", 3)

    def write_half_then_fail(ctx):
        (ctx.out / "link").mkdir()
        (ctx.out / "link" / "features.csv").write_text("half", encoding="utf-8")
        fail(ctx)

    stages.behaviour["link"] = write_half_then_fail
    out = tmp_path / "out"
    r = CliRunner().invoke(cli, ["run", str(DEMO), "-o", str(out)])
    assert r.exit_code == 2 and "stage 'link' failed: outcomes.csv:3: bad outcome table" in r.output
    m = _manifest(out)
    assert m["status"] == "failed" and m["failed_stage"] == "link"
    assert m["stage_status"]["link"] == "failed" and m["stage_status"]["report"] == "pending"
    assert not (out / "link").exists() and (out / "alliance" / "done.txt").is_file()  # no partial stage output


def test_second_run_on_the_same_folder_is_refused(tmp_path, stages):
    out = tmp_path / "out"
    refused = []

    def nested_run(ctx):  # a second run starting while the first holds the folder
        with pytest.raises(OutputError) as e:
            run_mod.run_study(DEMO, out)
        refused.append(e.value.one_line())

    stages.behaviour["code"] = nested_run
    run_mod.run_study(DEMO, out)
    assert len(refused) == 1
    assert f"in use by another run (process {os.getpid()} on {platform.node()}" in refused[0]
    assert (out / "ingest" / "done.txt").is_file() and _manifest(out)["status"] == "done"


def test_cli_refuses_a_held_folder_with_one_line(tmp_path, stages):
    out = tmp_path / "out"
    out.mkdir()
    holder = {"pid": os.getppid(), "host": platform.node(), "started_utc": "2026-01-01T00:00:00+00:00"}
    (out / LOCK_NAME).write_text(json.dumps(holder), encoding="utf-8")
    (out / "ingest").mkdir()
    (out / "ingest" / "keep.txt").write_text("the other run's", encoding="utf-8")
    r = CliRunner().invoke(cli, ["run", str(DEMO), "-o", str(out)])
    assert r.exit_code == 2, r.output
    lines = r.output.strip().splitlines()
    assert len(lines) == 1 and f"process {os.getppid()}" in lines[0] and str(out) in lines[0]
    assert (out / "ingest" / "keep.txt").is_file()  # nothing of the holder's deleted
    assert (out / LOCK_NAME).is_file()


def test_stale_lock_of_a_dead_process_is_taken_over(tmp_path, stages):
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    out = tmp_path / "out"
    out.mkdir()
    (out / LOCK_NAME).write_text(json.dumps({"pid": dead.pid, "host": platform.node(),
                                             "started_utc": "x"}), encoding="utf-8")
    run_mod.run_study(DEMO, out)
    assert _manifest(out)["status"] == "done"
    assert not (out / LOCK_NAME).exists()


def test_unwrapped_write_error_in_a_stage_is_one_line_exit_2(tmp_path, stages):
    import errno

    def disk_full(ctx):
        (ctx.out / "topics").mkdir()
        raise OSError(errno.ENOSPC, "No space left on device", str(ctx.out / "topics" / "topics.csv"))

    stages.behaviour["topics"] = disk_full
    out = tmp_path / "out"
    r = CliRunner().invoke(cli, ["run", str(DEMO), "-o", str(out)])
    assert r.exit_code == 2, r.output
    lines = r.output.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: stage 'topics' failed: ")
    assert f"{out / 'topics' / 'topics.csv'}: cannot write output: No space left on device" in lines[0]
    assert _manifest(out)["failed_stage"] == "topics" and not (out / "topics").exists()


def test_ingest_refuses_a_held_folder_and_leaves_no_lock_behind(tmp_path):
    src = tmp_path / "t.txt"
    src.write_text("T: How are you?\nP: Fine, thanks.\n", encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    holder = {"pid": os.getppid(), "host": platform.node(), "started_utc": "2026-01-01T00:00:00+00:00"}
    (out / LOCK_NAME).write_text(json.dumps(holder), encoding="utf-8")
    r = CliRunner().invoke(cli, ["ingest", str(src), "-o", str(out)])
    assert r.exit_code == 2, r.output
    lines = r.output.strip().splitlines()
    assert len(lines) == 1 and "in use by another run" in lines[0] and str(out) in lines[0]
    assert not (out / "segments.parquet").exists()
    (out / LOCK_NAME).unlink()
    r = CliRunner().invoke(cli, ["ingest", str(src), "-o", str(out)])
    assert r.exit_code == 0, r.output
    assert (out / "segments.parquet").is_file() and not (out / LOCK_NAME).exists()
