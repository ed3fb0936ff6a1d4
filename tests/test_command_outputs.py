"""Every command that writes a folder holds its lock and writes its set all or nothing (#20).

``ingest`` and ``run`` are tested in test_ingest_hostile.py and test_run_guard.py; here
the stand-alone stage commands (code, alliance, topics, link, deid, coder predict /
evaluate / suggest, import qdpx, reliability).  For each: a second command on the same
-o is refused with one line, exit 2, and writes nothing; a disk that fills up after the
first file of the set leaves a previous complete output byte for byte as it was, with
no temporary file beside it.
"""

from __future__ import annotations

import errno
import json
import os
import platform
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

import pandas as pd
import pytest
from click.testing import CliRunner

import qualalliance.tables as tables
from qualalliance.cli import cli
from qualalliance.outlock import LOCK_NAME

from . import linkdata
from .qdadata import vendor_qdpx
from .test_alliance_scores import make_segments
from .test_learn_features import synthetic_sessions
from .test_reliability import random_tables
from .test_topics import synthetic_corpus

DIALOGUE = [("therapist", "What brings you here today?"),
            ("participant", "I felt safe with you and I trust this plan."),
            ("therapist", "It sounds like you feel understood. What would you like to work on?"),
            ("participant", "My sleep, and the fear that comes at night.")]


@pytest.fixture(scope="module")
def inputs(tmp_path_factory):
    """Small inputs for every command, made once."""
    root = tmp_path_factory.mktemp("inputs")
    seg = pd.concat([make_segments(DIALOGUE, doc_id=f"P0{i}_prep", participant_id=f"P0{i}")[0] for i in (1, 2)],
                    ignore_index=True)
    seg.to_csv(root / "segments.csv", index=False)
    (root / "t.txt").write_text("Therapist: How are you, Maria?\nParticipant: Fine, I live in Springfield.\n",
                                encoding="utf-8")
    topics, _ = synthetic_corpus()  # as test_topics_cli does: a full segments table
    topics = topics.assign(participant_id=topics["doc_id"], session="1", source_type="transcript")
    topics["end_char"] = topics.groupby("doc_id")["text"].transform(lambda s: (s.str.len() + 1).cumsum()) - 1
    topics["start_char"] = topics["end_char"] - topics["text"].str.len()
    topics.to_parquet(root / "topic_segments.parquet", index=False)
    link_tables = linkdata.make_tables(n=10)
    for name, df in link_tables.items():
        tables.write_table(df, root / "features", name)
    linkdata.make_outcomes(link_tables).to_csv(root / "outcomes.csv", index=False)
    sessions = synthetic_sessions(n_docs=8)
    sessions.to_csv(root / "coded.csv", index=False)
    r = CliRunner().invoke(cli, ["coder", "train", str(root / "coded.csv"), "-o", str(root / "syn.qacoder"),
                                 "--label-col", "behaviour"])
    assert r.exit_code == 0, r.output
    vendor_qdpx(root / "project.qdpx")
    units, coded = random_tables(2)
    for name, df in coded.items():
        df.to_csv(root / f"{name}.csv", index=False)
    units.to_csv(root / "units.csv", index=False)
    return root


@dataclass(frozen=True)
class Command:
    name: str
    args: Callable[[Path], list[str]]  # inputs folder -> arguments before -o OUT


COMMANDS = [
    Command("code", lambda i: ["code", str(i / "segments.csv"), "--rules-only"]),
    Command("alliance", lambda i: ["alliance", str(i / "segments.csv")]),
    Command("topics", lambda i: ["topics", str(i / "topic_segments.parquet"), "--unit", "document",
                                 "--no-figures"]),
    Command("link", lambda i: ["link", "--features", str(i / "features"), "--outcomes", str(i / "outcomes.csv"),
                               "--no-mixed"]),
    Command("deid", lambda i: ["deid", str(i / "t.txt"), "--map", str(i / "deid_map.json")]),
    Command("coder predict", lambda i: ["coder", "predict", str(i / "syn.qacoder"), str(i / "coded.csv")]),
    Command("coder evaluate", lambda i: ["coder", "evaluate", str(i / "coded.csv"), "--label-col", "behaviour",
                                         "--folds", "2"]),
    Command("coder suggest", lambda i: ["coder", "suggest", str(i / "syn.qacoder"), str(i / "coded.csv"),
                                        "-n", "3"]),
    Command("import qdpx", lambda i: ["import", "qdpx", str(i / "project.qdpx")]),
    Command("reliability", lambda i: ["reliability", str(i / "coder0.csv"), str(i / "coder1.csv"),
                                      "--segments", str(i / "units.csv"), "--n-boot", "20"]),
]
IDS = [c.name for c in COMMANDS]


def invoke(command: Command, inputs: Path, out: Path):
    return CliRunner().invoke(cli, [*command.args(inputs), "-o", str(out)])


def files_in(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def one_line_error(result, *parts: str) -> str:
    assert result.exit_code == 2, result.output
    lines = [ln for ln in result.output.strip().splitlines() if not ln.startswith("warning: ")]
    assert len(lines) == 1 and lines[0].startswith("error: "), result.output
    for part in parts:
        assert part in lines[0], (part, lines[0])
    return lines[0]


@pytest.mark.parametrize("command", COMMANDS, ids=IDS)
def test_a_held_output_folder_is_refused_in_one_line(command, inputs, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    holder = {"pid": os.getppid(), "host": platform.node(), "started_utc": "2026-01-01T00:00:00+00:00"}
    (out / LOCK_NAME).write_text(json.dumps(holder), encoding="utf-8")
    r = invoke(command, inputs, out)
    one_line_error(r, "in use by another run", f"process {os.getppid()}", str(out))
    assert sorted(p.name for p in out.iterdir()) == [LOCK_NAME]  # nothing written, the holder's lock kept


def test_a_stale_lock_is_taken_over(inputs, tmp_path):
    """A lock of a process that is gone (a SIGKILLed command) does not block the folder."""
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    out = tmp_path / "out"
    out.mkdir()
    (out / LOCK_NAME).write_text(json.dumps({"pid": dead.pid, "host": platform.node(), "started_utc": "x"}),
                                 encoding="utf-8")
    r = invoke(COMMANDS[1], inputs, out)
    assert r.exit_code == 0, r.output
    assert (out / "alliance.csv").is_file() and not (out / LOCK_NAME).exists()


def test_report_refuses_a_run_folder_that_is_held(tmp_path):
    """``report RUN`` during a ``run -o RUN``: refused, not a report of half the tables."""
    run_dir = tmp_path / "run"
    run_dir.mkdir()
    holder = {"pid": os.getppid(), "host": platform.node(), "started_utc": "2026-01-01T00:00:00+00:00"}
    (run_dir / LOCK_NAME).write_text(json.dumps(holder), encoding="utf-8")
    r = CliRunner().invoke(cli, ["report", str(run_dir)])
    one_line_error(r, "in use by another run", str(run_dir))
    assert sorted(p.name for p in run_dir.iterdir()) == [LOCK_NAME]


@pytest.mark.parametrize("command", COMMANDS, ids=IDS)
def test_a_full_disk_mid_write_keeps_the_previous_output(command, inputs, tmp_path, monkeypatch):
    out = tmp_path / "out"
    r = invoke(command, inputs, out)
    assert r.exit_code == 0, r.output
    written = files_in(out)
    assert len(written) >= 2 and LOCK_NAME not in written  # a set of files; the lock released
    for name in written:  # mark the previous output, so any file the failed command replaced shows
        (out / name).write_bytes(b"previous " + name.encode())
    previous = files_in(out)

    real, calls = tables._atomic_write, []

    def fill_disk_at_second_file(path, write, pending=None):
        calls.append(path)
        if len(calls) == 2:
            def write(tmp, _write=write):  # half of the file on disk, then no space
                _write(tmp)
                raise OSError(errno.ENOSPC, "No space left on device")
        return real(path, write, pending)

    monkeypatch.setattr(tables, "_atomic_write", fill_disk_at_second_file)
    r = invoke(command, inputs, out)
    one_line_error(r, "cannot write output: No space left on device", str(out))
    assert len(calls) == 2  # the command stopped at the failed file
    assert files_in(out) == previous  # no file replaced, no temporary or lock file left


def test_a_failed_first_output_leaves_no_folder(inputs, tmp_path, monkeypatch):
    def no_space(path, write, pending=None):
        raise tables.output_error(OSError(errno.ENOSPC, "No space left on device"), path)

    monkeypatch.setattr(tables, "_atomic_write", no_space)
    out = tmp_path / "new"
    one_line_error(invoke(COMMANDS[1], inputs, out), "No space left on device")
    assert not out.exists()


def test_topics_without_figures_removes_a_previous_figures_page(inputs, tmp_path):
    """A new output replaces the old one clearly: no figures page of other topics beside it."""
    out = tmp_path / "out"
    args = ["topics", str(inputs / "topic_segments.parquet"), "--unit", "document", "-o", str(out)]
    assert CliRunner().invoke(cli, args).exit_code == 0
    assert (out / "topic_figures.html").is_file()
    assert CliRunner().invoke(cli, [*args, "--no-figures"]).exit_code == 0
    assert not (out / "topic_figures.html").exists() and (out / "topics.csv").is_file()
    manifest = json.loads((out / "topics_manifest.json").read_text(encoding="utf-8"))
    assert manifest["parameters"]["figures"] is False


def test_code_adapt_writes_its_model_with_the_codings(inputs, tmp_path, monkeypatch):
    """``code --adapt``: the adapted model is one file of the set; a failure later leaves no model
    (and no 'adapted ... -> theme_model.qamodel' line about a file that is not there)."""
    seg = pd.read_csv(inputs / "segments.csv")
    ref = tmp_path / "ours.csv"
    pd.DataFrame({"doc_id": seg["doc_id"], "turn": seg["turn"],
                  "codes": ["", "safety", "", ""] * 2}).to_csv(ref, index=False)
    out = tmp_path / "out"
    args = ["code", str(inputs / "segments.csv"), "--adapt", str(ref), "-o", str(out)]
    real, calls = tables._atomic_write, []

    def fail_on_manifest(path, write, pending=None):
        calls.append(Path(path).name)
        if Path(path).name == "coding_manifest.json":
            raise tables.output_error(OSError(errno.ENOSPC, "No space left on device"), path)
        return real(path, write, pending)

    monkeypatch.setattr(tables, "_atomic_write", fail_on_manifest)
    r = CliRunner().invoke(cli, args)
    one_line_error(r, "No space left on device", "coding_manifest.json")
    assert "adapted" not in r.output
    assert calls[0] == "theme_model.qamodel"  # the model was written first ...
    assert not out.exists()  # ... and went with the rest (the success path: test_coding_scorer.py)
