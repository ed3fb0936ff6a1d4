"""`qualalliance run`: the whole chain on the demo study, and a failing stage."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pandas as pd
import pytest
from click.testing import CliRunner

from qualalliance import catalog
from qualalliance.cli import cli
from qualalliance.tables import sha256_file

from .conftest import DEMO

FIGURES = ["theme_heatmap", "code_frequencies", "alliance_trajectory", "alliance_outcome", "topic_shares"]


# demo_run (conftest): one `qualalliance run` of the demo study per session, with every
# socket connection blocked and recorded; demo_run_again: a second one for byte identity


def test_full_demo_run_writes_every_stage_report_and_manifest(demo_run):
    out, r, attempts = demo_run.out, demo_run, demo_run.attempts
    assert r.exit_code == 0, r.output + r.traceback
    assert attempts == []  # offline: no socket was even tried
    # the run folder as the user gave it (tests/bgjob.py gives a relative name)
    assert "report:" in r.output and str(Path(out.name) / "report" / "index.html") in r.output
    assert f"<strong>Run folder:</strong> {out.name}</li>" in (out / "report" / "index.html").read_text("utf-8")

    for stage in ("ingest", "code", "alliance", "topics", "link", "report"):
        assert (out / stage).is_dir(), stage
    segments = pd.read_parquet(out / "ingest" / "segments.parquet")
    assert segments["doc_id"].nunique() == 168
    assert len(pd.read_csv(out / "ingest" / "rejects.csv")) == 0
    codings = pd.read_parquet(out / "code" / "codings.parquet")
    assert {"safety", "trust", "integration"} <= set(codings["code"])
    topic_info = pd.read_csv(out / "topics" / "topic_info.csv")
    # the automatic count, at most 20 (the demo asks only for participant talk); silhouette peaks at 14
    assert (topic_info["topic"] >= 0).sum() == 14
    assert (out / "link" / "statistics.csv").is_file() and (out / "link" / "regressions.csv").is_file()

    report = out / "report"
    html = (report / "index.html").read_text(encoding="utf-8")
    assert "synthetic" in html.lower()
    for fig in FIGURES:
        assert (report / "figures" / f"{fig}.png").stat().st_size > 1000
        assert (report / "figures" / f"{fig}.svg").is_file()
    assert (report / "tables.xlsx").is_file() and (report / "index.md").is_file()
    assert "**Rejected turns at ingest:** 0 (listed" in (report / "index.md").read_text(encoding="utf-8")
    cases = sorted(p.stem for p in (report / "case_histories").glob("P*.html"))
    assert cases == [f"P{i:02d}" for i in range(1, 25)]
    assert all((report / "case_histories" / f"{c}.md").is_file() for c in cases)

    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["stages_completed"] == ["ingest", "code", "alliance", "topics", "link", "report"]
    assert manifest["seed"] == 20240312 and manifest["study"]["synthetic"] is True
    assert len(manifest["codebook_sha256"]) == 64
    inputs = manifest["inputs"]
    study_yaml = str(DEMO / "study.yaml")
    assert inputs[study_yaml] == sha256_file(DEMO / "study.yaml")
    assert sum("/transcripts/" in p for p in inputs) == 120
    assert str(DEMO / "outcomes.csv") in inputs
    assert manifest["outputs"]["code/codings.csv"] == sha256_file(out / "code" / "codings.csv")
    assert "report/index.html" in manifest["outputs"]
    assert set(manifest["timings_s"]) == set(manifest["stages_completed"])
    topics = manifest["parameters"]["topics"]
    assert {k: topics[k] for k in ("seed", "role", "n_topics", "max_topics")} == {
        "seed": 20240312, "role": "participant", "n_topics": "auto", "max_topics": 20}
    # the stage's own manifest, as `qualalliance topics` writes it, with the same parameters
    topics_manifest = json.loads((out / "topics" / "topics_manifest.json").read_text(encoding="utf-8"))
    assert topics_manifest["parameters"] == topics
    assert list(topics_manifest["inputs"]) == ["ingest/segments.parquet"]
    assert {"pandas", "spacy", "scikit-learn", "bertopic"} <= set(manifest["versions"])


def test_demo_report_alliance_headline_runs_with_the_wai_sr(demo_run):
    """The report's alliance headline is the participant's own alliance language, and it correlates
    with the WAI-SR in the expected (positive) direction; the therapist composite is named for
    what it measures.  SYNTHETIC data: this checks the report's naming and wiring, not validity."""
    out = demo_run.out
    assert demo_run.exit_code == 0, demo_run.output
    report = out / "report"
    validity = pd.read_csv(report / "tables" / "alliance_validity.csv")
    headline = validity[validity["text_score"] == "alliance.session.participant_alliance_per_1k"]
    wai = headline[headline["with"].str.startswith("wai_total@")].set_index("with")
    assert sorted(wai.index) == ["wai_total@preparation", "wai_total@week1"]
    assert (wai["r"] > 0.3).all() and (wai["ci_low"] > 0).all(), wai
    # the same correlation the link stage computed
    st = pd.read_csv(out / "link" / "statistics.csv")
    ref = st[(st["feature"] == "alliance.session.participant_alliance_per_1k")
             & (st["outcome"] == "wai_total@preparation") & (st["method"] == "pearson")]["estimate"].iloc[0]
    assert wai.loc["wai_total@preparation", "r"] == pytest.approx(ref, abs=1e-9)
    # the headline is the first row of the correlation table
    rows = [line for line in (report / "tables" / "correlations.md").read_text(encoding="utf-8").splitlines()
            if line.startswith("| ") and not line.startswith("| Feature")]
    assert rows[0].startswith("| Participant alliance language (per 1,000 words) |")
    assert rows[1].startswith("| Therapist MI-consistent responsiveness (index) |")
    html = (report / "index.html").read_text(encoding="utf-8")
    assert "Alliance measures side by side: text scores and the WAI-SR total" in html
    assert "Therapist MI-consistent responsiveness (index)" in html and "Alliance index" not in html
    alliance = pd.read_csv(out / "alliance" / "alliance.csv")
    assert alliance["alliance_index"].equals(alliance["therapist_mi_responsiveness"])  # the alias, one release


def test_every_stage_writes_exactly_the_files_the_catalog_declares(demo_run):
    out, r = demo_run.out, demo_run
    assert r.exit_code == 0, r.output
    for stage in catalog.STAGE_FOLDERS:
        if stage == "report":  # the report also has its own tables/, figures/, case_histories/
            assert catalog.declared_files(stage) <= {p.name for p in (out / stage).iterdir()}
            continue
        if stage == "deid":  # runs only when the study asks for it; the demo study does not
            assert not (out / stage).exists()
            continue
        present = {p.name for p in (out / stage).iterdir()}
        assert catalog.declared_files(stage, optional=False) <= present <= catalog.declared_files(stage), stage


def test_topics_command_on_the_study_or_run_folder_gives_the_runs_topics(demo_run, tmp_path):
    # one documented default: `qualalliance topics STUDY` ingests the study as `run` does and
    # takes its stages.topics settings and seed, so both give the same topics
    r = CliRunner().invoke(cli, ["topics", str(DEMO), "-o", str(tmp_path / "t")])
    assert r.exit_code == 0, r.output
    for name in ("topics.csv", "topic_info.csv", "topics_by_session.csv"):
        assert (tmp_path / "t" / name).read_bytes() == (demo_run.out / "topics" / name).read_bytes(), name
    mine = json.loads((tmp_path / "t" / "topics_manifest.json").read_text(encoding="utf-8"))
    theirs = json.loads((demo_run.out / "topics" / "topics_manifest.json").read_text(encoding="utf-8"))
    assert mine["parameters"] == theirs["parameters"]
    # the run folder gives the settings the run recorded (manifest.json); options typed on the
    # command line still win
    r = CliRunner().invoke(cli, ["topics", str(demo_run.out), "-o", str(tmp_path / "u"), "--n-topics", "3",
                                 "--no-figures"])
    assert r.exit_code == 0, r.output
    info = pd.read_csv(tmp_path / "u" / "topic_info.csv")
    assert (info["topic"] >= 0).sum() == 3 and not (tmp_path / "u" / "topic_figures.html").exists()
    used = json.loads((tmp_path / "u" / "topics_manifest.json").read_text(encoding="utf-8"))["parameters"]
    assert used == {**theirs["parameters"], "n_topics": 3, "figures": False}  # role, seed ... from the run


def test_same_study_and_seed_give_byte_identical_outputs(demo_run, demo_run_again):
    first, again = demo_run.out, demo_run_again.out
    assert demo_run.exit_code == 0 and demo_run_again.exit_code == 0, demo_run_again.output
    a = json.loads((first / "manifest.json").read_text(encoding="utf-8"))
    b = json.loads((again / "manifest.json").read_text(encoding="utf-8"))
    assert len(a["outputs"]) > 100
    assert [k for k in a["outputs"] if a["outputs"][k] != b["outputs"].get(k)] == []
    assert a["outputs"].keys() == b["outputs"].keys()
    for key in ("inputs", "parameters", "codebook_sha256", "counts", "seed"):
        assert a[key] == b[key], key


def test_failing_stage_stops_with_one_line_and_keeps_earlier_outputs(tmp_path):
    # the demo study cut to two transcripts (its stages before link then take seconds, not the
    # minutes a second full ingest + code of the demo took), with no numeric outcome
    study = tmp_path / "study"
    shutil.copytree(DEMO, study, ignore=shutil.ignore_patterns("psilodemo", "generate.py", "__pycache__"))
    keep = {"P01_dosing1", "P02_dosing1"}
    for sub in ("transcripts", "narratives", "case_histories"):
        for f in (study / sub).iterdir():
            if f.stem not in keep:
                f.unlink()
    meta = pd.read_csv(study / "metadata.csv", dtype=str, keep_default_na=False)
    meta[meta["doc_id"].isin(keep)].to_csv(study / "metadata.csv", index=False)
    (study / "outcomes.csv").write_text("participant_id,timepoint,measure,value\nP01,baseline,grid_hamd,\n",
                                        encoding="utf-8")
    out = tmp_path / "run"
    r = CliRunner().invoke(cli, ["run", str(study), "-o", str(out), "--skip", "topics"])
    assert r.exit_code == 2, r.output
    lines = r.output.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: stage 'link' failed:"), r.output
    assert "outcomes.csv" in lines[0] and "no numeric outcome values" in lines[0]
    assert (out / "ingest" / "segments.parquet").is_file() and (out / "alliance" / "alliance.csv").is_file()
    assert not (out / "report").exists() and not (out / "link").exists()
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["failed_stage"] == "link"
    assert manifest["stages_completed"] == ["ingest", "code", "alliance"]


def test_unknown_stage_to_skip_is_a_usage_error(tmp_path):
    r = CliRunner().invoke(cli, ["run", str(DEMO), "-o", str(tmp_path / "o"), "--skip", "topcs"])
    assert r.exit_code == 2 and "topcs" in r.output and "\n" not in r.output.strip()
    assert not (tmp_path / "o").exists()
