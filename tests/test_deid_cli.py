"""``qualalliance deid`` and the run's deid stage: outputs, privacy of the map, one-line errors."""

from __future__ import annotations

import json
import os
import stat

import pandas as pd
import pytest
from click.testing import CliRunner

from qualalliance import catalog
from qualalliance.cli import cli
from qualalliance.errors import ConfigError
from qualalliance.stages import STAGES, RunContext, get, kept_folders
from qualalliance.study import load_study

from .conftest import SAMPLE

TRANSCRIPT = """Therapist: Welcome back, Ingrid. How was the week?
Ingrid: Hard. My brother Tobias called from Duluth on March 4th, 2023.
Therapist: What did he say?
Ingrid: He wants me to call 218-555-0147. I felt safe saying no, and the grief was there.
"""


def invoke(args):
    return CliRunner().invoke(cli, args)


def _study(tmp_path, extra: str = "deid:\n  allow: [Welcome]\n"):
    study = tmp_path / "study"
    (study / "transcripts").mkdir(parents=True)
    (study / "transcripts" / "P01_preparation.txt").write_text(TRANSCRIPT, encoding="utf-8")
    (study / "study.yaml").write_text(f"name: tiny\nsynthetic: true\npaths:\n  transcripts: transcripts\n{extra}",
                                      encoding="utf-8")
    return study


def _check_offsets(segments: pd.DataFrame, documents: pd.DataFrame):
    texts = dict(zip(documents["doc_id"], documents["text"]))
    for seg in segments.itertuples():
        assert texts[seg.doc_id][seg.start_char:seg.end_char] == seg.text


def test_deid_command_writes_the_ingest_schema_log_and_a_private_map(tmp_path):
    study = _study(tmp_path, "")
    out = tmp_path / "out"
    r = invoke(["deid", str(study / "transcripts"), "-o", str(out)])
    assert r.exit_code == 0, r.output
    seg = pd.read_parquet(out / "segments.parquet")
    docs = pd.read_parquet(out / "documents.parquet")
    assert len(seg) == len(pd.read_csv(out / "segments.csv")) == 4
    text = "\n".join(seg["text"])
    for original in ("Ingrid", "Tobias", "Duluth", "March 4th", "218-555-0147"):
        assert original not in text and original not in docs["text"].iloc[0]
    assert seg["text"].iloc[1] == "Hard. My brother [PERSON_2] called from [LOCATION_1] on [DATE_1]."
    assert set(seg["speaker"]) == {"Therapist", "[PERSON_1]"}
    assert "safe" in text and "grief" in text
    _check_offsets(seg, docs)
    log = pd.read_csv(out / "deid_log.csv")
    assert list(log.columns[:6]) == ["doc_id", "turn", "start_char", "end_char", "entity_type", "replacement"]
    assert sorted(log["entity_type"].unique()) == ["DATE", "LOCATION", "PERSON", "PHONE"]
    mapfile = tmp_path / "out_pseudonyms.json"
    assert stat.S_IMODE(os.stat(mapfile).st_mode) == 0o600
    assert "ingrid" in json.loads(mapfile.read_text(encoding="utf-8"))["entries"]["PERSON"]
    manifest = json.loads((out / "deid_manifest.json").read_text(encoding="utf-8"))
    assert "Ingrid" not in json.dumps(manifest) and manifest["deidentified"] is True

    # the same map a second time, from the ingest folder: the same pseudonyms
    assert invoke(["ingest", str(study / "transcripts"), "-o", str(tmp_path / "ing")]).exit_code == 0
    r = invoke(["deid", str(tmp_path / "ing"), "-o", str(tmp_path / "out2"), "--map", str(mapfile)])
    assert r.exit_code == 0, r.output
    assert pd.read_parquet(tmp_path / "out2" / "segments.parquet")["text"].equals(seg["text"])


def test_deid_on_the_mixed_sample_keeps_every_turn(tmp_path):
    r = invoke(["deid", str(SAMPLE), "-o", str(tmp_path / "o")])
    assert r.exit_code == 0, r.output
    seg = pd.read_parquet(tmp_path / "o" / "segments.parquet")
    assert len(seg) == 23  # tests/test_ingest_cli.py: the sample has 23 turns
    _check_offsets(seg, pd.read_parquet(tmp_path / "o" / "documents.parquet"))


@pytest.mark.parametrize("case, message", [
    ("map_inside", "the pseudonym map must be kept outside the output folder"),
    ("missing", "no such file"),
    ("same_folder", "the output folder is the input folder"),
    ("bad_map", "not a qualalliance pseudonym map"),
])
def test_bad_input_is_a_one_line_error(tmp_path, case, message):
    study = _study(tmp_path, "")
    src, out, extra = str(study / "transcripts"), tmp_path / "out", []
    if case == "map_inside":
        extra = ["--map", str(out / "map.json")]
    elif case == "missing":
        src = str(tmp_path / "nope.txt")
    elif case == "same_folder":
        assert invoke(["ingest", src, "-o", str(out)]).exit_code == 0
        src = str(out)
    else:
        (tmp_path / "map.json").write_text('{"version": 9}', encoding="utf-8")
        extra = ["--map", str(tmp_path / "map.json")]
    r = invoke(["deid", src, "-o", str(out), *extra])
    assert r.exit_code == 2, r.output
    lines = r.output.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: ") and message in lines[0].lower(), r.output
    assert "Traceback" not in r.output
    if case != "same_folder":
        assert not (out / "segments.parquet").exists()


def test_run_de_identifies_right_after_ingest(tmp_path):
    study = _study(tmp_path)
    out = tmp_path / "run"
    later = [a for s in STAGES[STAGES.index("deid") + 1:] for a in ("--skip", s)]
    r = invoke(["run", str(study), "-o", str(out), *later])
    assert r.exit_code == 0, r.output
    seg = catalog.read(out, "segments")
    assert "Ingrid" not in " ".join(seg["text"]) and "Ingrid" not in " ".join(seg["speaker"])
    assert "Ingrid" not in catalog.read(out, "documents")["text"].iloc[0]
    _check_offsets(seg, catalog.read(out, "documents"))
    assert catalog.find(out, "deid_log") is not None and catalog.find(out, "deid_manifest") is not None
    mapfile = study / "deid_pseudonyms.json"
    assert stat.S_IMODE(os.stat(mapfile).st_mode) == 0o600
    manifest = json.loads(catalog.manifest_path(out).read_text(encoding="utf-8"))
    assert manifest["stage_status"]["deid"] == "done" and manifest["counts"]["deid"]["replacements"] == 7

    r = invoke(["run", str(study), "-o", str(tmp_path / "run2"), "--skip", "deid", *later])
    assert r.exit_code == 2 and "the deid stage cannot be skipped" in r.output, r.output
    # reusing the de-identified ingest tables keeps their de-identification record
    but_alliance = [a for s in later[1::2] if s != "alliance" for a in ("--skip", s)]  # alliance reads segments
    assert kept_folders(("ingest", "deid", *but_alliance[1::2])) == {"ingest", "deid"}
    r = invoke(["run", str(study), "-o", str(out), "--skip", "ingest", "--skip", "deid", *but_alliance])
    assert r.exit_code == 0, r.output
    assert catalog.find(out, "deid_manifest") is not None


def test_without_a_deid_section_the_stage_is_skipped(tmp_path):
    study = _study(tmp_path, "")
    out = tmp_path / "run"
    later = [a for s in STAGES[STAGES.index("deid") + 1:] for a in ("--skip", s)]
    assert invoke(["run", str(study), "-o", str(out), *later]).exit_code == 0
    assert not catalog.stage_dir(out, "deid").exists()
    assert "Ingrid" in " ".join(catalog.read(out, "segments")["text"])
    manifest = json.loads(catalog.manifest_path(out).read_text(encoding="utf-8"))
    assert manifest["stage_status"]["deid"] == "skipped"


def test_report_refuses_text_that_was_not_de_identified(tmp_path):
    study = load_study(_study(tmp_path))
    ctx = RunContext(study=study, out=tmp_path / "run", seed=0)
    with pytest.raises(ConfigError, match="refusing to write a report"):
        get("report").run(ctx, study.stage("report"))


def test_deid_given_twice_or_misspelt_is_a_study_error(tmp_path):
    with pytest.raises(ConfigError, match="deid is given twice"):
        load_study(_study(tmp_path / "a", "deid: {}\nstages:\n  deid: {}\n"))
    with pytest.raises(ConfigError, match="deid.alow: unknown key"):
        load_study(_study(tmp_path / "b", "deid:\n  alow: [x]\n"))
