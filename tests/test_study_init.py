"""`qualalliance init DIR`: a commented study.yaml that loads, for a folder of files (issue 14 item 7)."""

from __future__ import annotations

import os

import pytest
import yaml
from click.testing import CliRunner

from qualalliance.cli import cli
from qualalliance.study import load_study
from qualalliance.study_init import study_template


def run(args):
    return CliRunner().invoke(cli, args, catch_exceptions=False)


def test_init_on_a_flat_folder_of_transcripts(tmp_path):
    study = tmp_path / "My Pilot"
    study.mkdir()
    for name in ("P01_intake.txt", "P01_followup.txt", "P02_intake.docx"):
        (study / name).write_text("T: Hi.\nP: Hello.\n")
    (study / "consent.pdf").write_bytes(b"%PDF")
    r = run(["init", str(study)])
    assert r.exit_code == 0, r.output
    text = (study / "study.yaml").read_text(encoding="utf-8")
    data = yaml.safe_load(text)
    assert data == {"name": "My Pilot", "seed": 1, "paths": {"transcripts": "."}, "codebook": None, "stages": {}}
    assert "# this folder's own files: 3 readable (1 .docx, 2 .txt), 1 skipped (no reader)" in text
    assert "# sessions: [followup, intake]    # found in file names" in text
    assert "#   - name: phq9" in text  # the optional keys are there, as comments
    s = load_study(study)
    assert s.name == "My Pilot" and s.paths.transcripts == study.resolve()


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this platform")
def test_init_counts_a_fifo_as_not_a_regular_file(tmp_path):
    (tmp_path / "P01_intake.txt").write_text("T: Hi.\nP: Hello.\n")
    (tmp_path / "notes.rtf").write_text("x")
    os.mkfifo(tmp_path / "P02_intake.txt")  # ingest skips it (reading it would block), so init says so
    text = study_template(tmp_path)
    assert ("# this folder's own files: 1 readable (1 .txt), 1 skipped (no reader), "
            "1 skipped (not a regular file)") in text


def test_init_on_a_study_folder_points_at_what_is_there(tmp_path):
    (tmp_path / "transcripts").mkdir()
    (tmp_path / "transcripts" / "P01_s1.vtt").write_text("WEBVTT\n")
    (tmp_path / "narratives").mkdir()
    (tmp_path / "metadata.csv").write_text("doc_id,participant_id\nP01_s1,P01\n")
    assert run(["init", str(tmp_path)]).exit_code == 0
    data = yaml.safe_load((tmp_path / "study.yaml").read_text(encoding="utf-8"))
    assert data["paths"] == {"transcripts": "transcripts", "narratives": "narratives", "metadata": "metadata.csv"}
    text = (tmp_path / "study.yaml").read_text(encoding="utf-8")
    assert "  # case_histories: case_histories" in text and "  # outcomes: outcomes.csv" in text
    assert load_study(tmp_path).paths.metadata == (tmp_path / "metadata.csv").resolve()


def test_init_never_overwrites_without_force_and_is_reproducible(tmp_path):
    (tmp_path / "a.txt").write_text("T: Hi.\n")
    assert run(["init", str(tmp_path)]).exit_code == 0
    first = (tmp_path / "study.yaml").read_text(encoding="utf-8")
    r = CliRunner().invoke(cli, ["init", str(tmp_path)])
    assert r.exit_code == 2 and "study.yaml exists already" in r.output and "--force" in r.output
    assert run(["init", str(tmp_path), "--force"]).exit_code == 0
    assert (tmp_path / "study.yaml").read_text(encoding="utf-8") == first == study_template(tmp_path)


def test_a_folder_without_study_yaml_is_named_and_init_offered(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # "." must not be all the error says
    r = CliRunner().invoke(cli, ["run", ".", "-o", str(tmp_path / "out")])
    assert r.exit_code == 2
    assert r.output.strip() == (f"error: {tmp_path.resolve()}: folder has no study.yaml (write a commented one "
                                "with: qualalliance init .)")
