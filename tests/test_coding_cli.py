"""`qualalliance code` on tables, folders and raw sources; and on real data when present."""

from __future__ import annotations

import json

import pandas as pd
import pytest
from click.testing import CliRunner

from qualalliance.cli import cli
from qualalliance.coding import CODINGS_COLUMNS
from qualalliance.schema import SEGMENT_COLUMNS

from .conftest import ANNOMI, DEMO, SAMPLE, need_shared
from .test_coding import TINY


def write_segments(path):
    rows = [("p1_dosing", "P1", "1", "dosing", "transcript", 0, "T", "therapist", "You're safe here.", 0, 0),
            ("p1_dosing", "P1", "1", "dosing", "transcript", 1, "P", "participant", "I didn't feel safe at first.",
             18, 0)]
    df = pd.DataFrame(rows, columns=SEGMENT_COLUMNS)
    df["end_char"] = df["start_char"] + df["text"].str.len()
    df.to_csv(path, index=False)
    return path


def test_code_command_writes_tables(tmp_path, no_network):
    segs = write_segments(tmp_path / "segments.csv")
    out = tmp_path / "out"
    r = CliRunner().invoke(cli, ["code", str(segs), "-o", str(out), "--rules-only"])
    assert r.exit_code == 0, r.output
    assert "coded 3 codings (2 affirmed, 1 denied, 0 opposite pole, 0 hedged) in 2 segments" in r.output
    codings = pd.read_csv(out / "codings.csv", keep_default_na=False)
    assert list(codings.columns) == CODINGS_COLUMNS
    assert codings[["turn", "code", "text", "negated"]].values.tolist() == [
        [0, "reassurance", "You're safe", False], [0, "safety", "You're safe", False],
        [1, "safety", "feel safe", True]]
    assert pd.read_parquet(out / "codings.parquet").shape == codings.shape
    matrix = pd.read_csv(out / "code_matrix.csv")
    assert matrix.shape == (2, 22) and matrix["safety"].tolist() == [1, 0]
    manifest = json.loads((out / "coding_manifest.json").read_text())
    assert manifest["stage"] == "code" and len(manifest["codebook_sha256"]) == 64
    assert manifest["outputs"]["codings"] == 3 and manifest["outputs"]["denied"] == 1
    assert manifest["parameters"]["theme_model"] == "none"
    assert (codings["confidence"] == 1.0).all() and (codings["method"] == "rule").all()


def test_code_command_second_stage_scores_and_sets_aside(tmp_path, no_network):
    segs = write_segments(tmp_path / "segments.csv")
    out = tmp_path / "out"
    r = CliRunner().invoke(cli, ["code", str(segs), "-o", str(out), "--min-confidence", "0.99"])
    assert r.exit_code == 0, r.output
    assert "second stage default" in r.output
    codings = pd.read_csv(out / "codings.csv")
    candidates = pd.read_csv(out / "coding_candidates.csv")
    affirmed = codings[codings["polarity"] == "affirmed"]
    # every affirmed rule match is kept at >= 0.99, kept unjudged (empty confidence: a code or
    # role the model has too few examples of, decided by the rules), or set aside with its score
    assert ((affirmed["confidence"] >= 0.99) | affirmed["confidence"].isna()).all()
    assert (candidates["confidence"] < 0.99).all() and len(affirmed) + len(candidates) >= 2
    manifest = json.loads((out / "coding_manifest.json").read_text())
    assert manifest["parameters"]["min_confidence"] == 0.99
    assert manifest["outputs"]["below_min_confidence"] == len(candidates)


def test_code_command_custom_codebook_and_bad_codebook(tmp_path):
    segs = write_segments(tmp_path / "segments.csv")
    book = tmp_path / "tiny.yaml"
    book.write_text(TINY, encoding="utf-8")
    r = CliRunner().invoke(cli, ["code", str(segs), "-o", str(tmp_path / "out"), "--codebook", str(book)])
    assert r.exit_code == 0 and "qualalliance-rules/tiny@1" in r.output
    book.write_text(TINY.replace("    phrases: [anxious, panic]", "    phrases: [anxious, panic]\n    colour: x"),
                    encoding="utf-8")
    out = tmp_path / "out2"
    r = CliRunner().invoke(cli, ["code", str(segs), "-o", str(out), "--codebook", str(book)])
    assert r.exit_code == 2
    assert [ln for ln in r.output.splitlines() if ln] == [
        f"error: {book}:24: code 'anxiety': unknown key 'colour' (allowed: id, label, parent, definition, include, "
        "exclude, examples, phrases, negated_phrases, patterns, exclude_patterns, roles, color)"]
    assert not out.exists()


def test_code_command_on_raw_sources(tmp_path):
    out = tmp_path / "out"
    r = CliRunner().invoke(cli, ["code", str(SAMPLE), "-o", str(out)])
    assert r.exit_code == 0, r.output
    assert len(pd.read_csv(out / "code_matrix.csv")) > 10


def _offsets_match(source, tmp_path):
    from qualalliance.ingest import ingest
    from qualalliance.coding import code_segments

    res = ingest([str(source)])
    coded = code_segments(res.segments)
    text = dict(zip(res.documents["doc_id"], res.documents["text"]))
    seg_text = {(d, t): (s, x) for d, t, s, x in zip(res.segments.doc_id, res.segments.turn,
                                                      res.segments.start_char, res.segments.text)}
    for r in coded.codings.itertuples():
        assert text[r.doc_id][r.start_char:r.end_char] == r.text
        start, seg = seg_text[(r.doc_id, r.turn)]
        assert seg[r.start_char - start:r.end_char - start] == r.text
    return coded


@pytest.mark.shared
@pytest.mark.slow
def test_annomi_dev_offsets_and_flags(tmp_path):
    coded = _offsets_match(need_shared(ANNOMI), tmp_path)
    c = coded.codings
    assert len(c) > 300 and c["negated"].any() and c["hedged"].any()
    assert len(coded.matrix) > 7000


def test_demo_study_offsets_and_flags(demo_run):
    """The code stage of the session's demo run (conftest.demo_run; no second ingest + code of the demo)."""
    from qualalliance import catalog

    if not (DEMO / "metadata.csv").is_file():
        pytest.skip("the demo study has not been generated yet")
    assert demo_run.exit_code == 0, demo_run.output
    documents, segments, c = (catalog.read(demo_run.out, n) for n in ("documents", "segments", "codings"))
    text = dict(zip(documents["doc_id"], documents["text"]))
    seg_text = {(d, t): (s, x) for d, t, s, x in zip(segments.doc_id, segments.turn, segments.start_char,
                                                      segments.text)}
    for r in c.itertuples():
        assert text[r.doc_id][r.start_char:r.end_char] == r.text
        start, seg = seg_text[(r.doc_id, r.turn)]
        assert seg[r.start_char - start:r.end_char - start] == r.text
    assert {"safety", "mystical", "insight", "integration", "set_setting"} <= set(c["code"])
    assert c["negated"].any() and c["hedged"].any()
