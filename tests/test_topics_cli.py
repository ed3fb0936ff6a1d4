"""The topics command: outputs, byte-identical reruns (also in a new process), one-line errors."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pandas as pd
import pytest
from click.testing import CliRunner

from qualalliance.cli import cli

from .conftest import ROOT
from .test_topics import synthetic_corpus

OUTPUTS = ("topics.csv", "topic_info.csv", "topics_by_role.csv", "topics_by_timepoint.csv")


@pytest.fixture(scope="module")
def segments_file(tmp_path_factory):
    """The synthetic corpus as a full segments table (every segments column)."""
    df, _ = synthetic_corpus()
    df = df.assign(participant_id=df["doc_id"], session="1", source_type="transcript")
    ends = df.groupby("doc_id")["text"].transform(lambda s: (s.str.len() + 1).cumsum())
    df["end_char"] = ends - 1
    df["start_char"] = df["end_char"] - df["text"].str.len()
    path = tmp_path_factory.mktemp("seg") / "segments.parquet"
    df.to_parquet(path, index=False)
    return path


def run(args):
    return CliRunner().invoke(cli, args, catch_exceptions=False)


def test_topics_command_writes_every_output(segments_file, tmp_path):
    out = tmp_path / "out"
    r = run(["topics", str(segments_file), "-o", str(out), "--unit", "document"])
    assert r.exit_code == 0, r.output
    assert "4 topics over 30 document units" in r.output
    for name in (*OUTPUTS, "topics.parquet", "topic_figures.html", "topics_manifest.json"):
        assert (out / name).is_file(), name
    csv = pd.read_csv(out / "topics.csv", keep_default_na=False)
    assert list(csv.columns) == ["doc_id", "turn", "topic", "probability"]
    assert (csv["turn"] == "").all() and len(csv) == 30  # document units: turn empty
    assert pd.read_parquet(out / "topics.parquet")["turn"].isna().all()
    info = pd.read_csv(out / "topic_info.csv")
    assert {"topic", "size", "label", "top_terms", "quote_1"} <= set(info.columns)
    manifest = json.loads((out / "topics_manifest.json").read_text())
    assert manifest["choices"]["method"] == "agglomerative" and manifest["parameters"]["seed"] == 0


def test_same_seed_gives_byte_identical_outputs_across_processes(segments_file, tmp_path):
    args = ["topics", str(segments_file), "--unit", "window", "--window-words", "30", "--seed", "5",
            "--no-figures"]
    assert run([*args, "-o", str(tmp_path / "a")]).exit_code == 0
    assert run([*args, "-o", str(tmp_path / "b")]).exit_code == 0
    env = {**os.environ, "PYTHONHASHSEED": "123"}  # a different hash seed must not matter
    proc = subprocess.run([sys.executable, "-c", "import sys; from qualalliance.cli import main; sys.exit(main())", "-q", *args, "-o", str(tmp_path / "c")],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    for name in OUTPUTS:
        a = (tmp_path / "a" / name).read_bytes()
        assert a == (tmp_path / "b" / name).read_bytes(), name
        assert a == (tmp_path / "c" / name).read_bytes(), name
    assert not (tmp_path / "a" / "topic_figures.html").exists()


def test_guided_with_a_seed_terms_file(segments_file, tmp_path):
    seeds = tmp_path / "seeds.txt"
    seeds.write_text("rest: sleep, insomnia\nbooze: drinking, hangover\n", encoding="utf-8")
    r = run(["topics", str(segments_file), "-o", str(tmp_path / "g"), "--unit", "document",
             "--seed-terms", str(seeds), "--no-figures"])
    assert r.exit_code == 0, r.output
    info = pd.read_csv(tmp_path / "g" / "topic_info.csv", keep_default_na=False)
    assert sorted(info["seed"]) == ["", "", "booze", "rest"]


@pytest.mark.parametrize("extra, message", [
    (["--embedding", "no-such-model-anywhere"], "not installed locally"),
    (["--role", "clinician"], "--role: must be 'therapist', 'participant' or 'other', not 'clinician'"),
])
def test_user_errors_are_one_line_exit_2(segments_file, tmp_path, extra, message):
    r = CliRunner().invoke(cli, ["topics", str(segments_file), "-o", str(tmp_path / "x"), *extra])
    assert r.exit_code == 2
    assert r.output.startswith("error: ") and message in r.output and len(r.output.strip().splitlines()) == 1
    assert not (tmp_path / "x").exists()  # nothing half-written


def test_bad_topic_count_is_a_usage_error(segments_file, tmp_path):
    r = CliRunner().invoke(cli, ["topics", str(segments_file), "-o", str(tmp_path / "x"), "--n-topics", "lots"])
    assert r.exit_code == 2 and "neither 'auto' nor a whole number" in r.output


def test_cli_module_does_not_import_bertopic():
    code = ("import sys; import qualalliance.cli.topics_cmd; from qualalliance.cli import cli; "
            "print('bertopic' in sys.modules, 'qualalliance.topics' in sys.modules)")
    proc = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert proc.stdout.split() == ["False", "False"], proc.stderr


def test_guided_with_the_packaged_codebook(segments_file, tmp_path):
    from qualalliance.codebook import default_codebook_path, load_codebook

    if not default_codebook_path().is_file():
        pytest.skip("no packaged codebook yet")
    r = run(["topics", str(segments_file), "-o", str(tmp_path / "cb"), "--unit", "document", "--guided",
             "--no-figures"])
    assert r.exit_code == 0, r.output
    manifest = json.loads((tmp_path / "cb" / "topics_manifest.json").read_text())
    with_phrases = [c.id for c in load_codebook().codes if c.phrases]
    assert manifest["choices"]["guided"] and manifest["choices"]["seed_topics"] == with_phrases
