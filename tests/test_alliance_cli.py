"""``qualalliance alliance`` through click's CliRunner."""

from __future__ import annotations

import pandas as pd
import pytest
from click.testing import CliRunner

from qualalliance.cli import cli

from .conftest import ANNOMI, need_shared
from .test_alliance_scores import DIALOGUE, make_segments


def _segments_csv(tmp_path):
    a, _ = make_segments(DIALOGUE, doc_id="P01_prep", participant_id="P01")
    b, _ = make_segments(DIALOGUE[:4], doc_id="P02_prep", participant_id="P02")
    c, _ = make_segments([("participant", "I felt held and safe.")], doc_id="P01_story",
                         source_type="narrative")
    seg = pd.concat([a, b, c], ignore_index=True)
    path = tmp_path / "segments.csv"
    seg.to_csv(path, index=False)
    return path, seg


def test_cli_writes_one_session_row_per_transcript(tmp_path, no_network):
    path, seg = _segments_csv(tmp_path)
    out = tmp_path / "out"
    r = CliRunner().invoke(cli, ["alliance", str(path), "-o", str(out)])
    assert r.exit_code == 0, r.output
    assert "scored 2 transcript(s)" in r.output
    scores = pd.read_csv(out / "alliance.csv", dtype={"session": str})
    assert (out / "alliance.parquet").is_file() and (out / "alliance_manifest.json").is_file()
    sessions = scores[scores["role"] == "session"]
    assert sessions["doc_id"].tolist() == ["P01_prep", "P02_prep"]  # the narrative is not scored
    assert scores.groupby("doc_id")["role"].apply(list).tolist() == [["therapist", "participant", "session"]] * 2
    assert sessions["therapist_mi_responsiveness"].notna().all()
    pq = pd.read_parquet(out / "alliance.parquet")
    assert list(pq.columns) == list(scores.columns)
    ev = pd.read_csv(out / "alliance_evidence.csv")
    assert list(ev.columns) == ["doc_id", "turn", "role", "subscore", "start_char", "end_char", "text",
                                "negated", "negation_cue"]
    assert ev["negated"].dtype == bool
    seg_by = seg.set_index(["doc_id", "turn"])
    for e in ev.itertuples():
        s = seg_by.loc[(e.doc_id, e.turn)]
        assert s.text[e.start_char - s.start_char:e.end_char - s.start_char] == e.text


def test_cli_bad_lexicon_is_one_line_error(tmp_path):
    path, _ = _segments_csv(tmp_path)
    bad = tmp_path / "lex.yaml"
    bad.write_text("version: 1\ncategories: {}\nweights: 1\n", encoding="utf-8")
    out = tmp_path / "out"
    r = CliRunner().invoke(cli, ["alliance", str(path), "-o", str(out), "--lexicon", str(bad)])
    assert r.exit_code == 2
    assert r.output.startswith("error: ") and "weights" in r.output and "Traceback" not in r.output
    assert not out.exists()  # nothing half-written


def test_cli_without_transcripts_exits_2(tmp_path):
    seg, _ = make_segments([("participant", "A story.")], source_type="narrative")
    path = tmp_path / "segments.csv"
    seg.to_csv(path, index=False)
    r = CliRunner().invoke(cli, ["alliance", str(path), "-o", str(tmp_path / "out")])
    assert r.exit_code == 2 and "no transcript documents" in r.output


def test_cli_warns_about_transcripts_it_cannot_score_by_role(tmp_path):
    unmapped, _ = make_segments([("other", "Hello, how are you?"), ("other", "Fine, I feel safe here.")],
                                doc_id="P03_prep")
    half, _ = make_segments([("therapist", "What brings you here?"), ("other", "My sleep.")], doc_id="P04_prep")
    fine, _ = make_segments(DIALOGUE, doc_id="P01_prep")
    path = tmp_path / "segments.csv"
    pd.concat([unmapped, half, fine]).to_csv(path, index=False)
    r = CliRunner().invoke(cli, ["alliance", str(path), "-o", str(tmp_path / "out")])
    assert r.exit_code == 0, r.output
    (warning,) = [line for line in r.output.splitlines() if line.startswith("warning:")]
    assert ("alliance: 2 transcript(s) lack a therapist or participant turn, so their scores for that role "
            "(and the session's therapist_mi_responsiveness) are empty: P03_prep (no therapist or participant "
            "turn; roles: other); P04_prep (no participant turn; roles: other, therapist)") in warning
    assert "--role NAME=ROLE" in warning
    scores = pd.read_csv(tmp_path / "out" / "alliance.csv")
    empty = scores[(scores["doc_id"] == "P04_prep") & (scores["role"] == "participant")]
    assert empty["participant_alliance_per_1k"].isna().all()
    # the NaNs the warning announces: no score for the missing role, no index
    assert scores.loc[scores["doc_id"] == "P03_prep", "therapist_mi_responsiveness"].isna().all()


@pytest.mark.shared
def test_cli_on_annomi_gives_one_session_row_per_transcript(tmp_path):
    need_shared(ANNOMI)
    out = tmp_path / "out"
    r = CliRunner().invoke(cli, ["alliance", str(ANNOMI), "-o", str(out)])
    assert r.exit_code == 0, r.output
    scores = pd.read_parquet(out / "alliance.parquet")
    raw = pd.read_csv(ANNOMI, usecols=["transcript_id"])
    n = raw["transcript_id"].nunique()
    sessions = scores[scores["role"] == "session"]
    assert len(sessions) == n == sessions["doc_id"].nunique()
    assert len(scores) == 3 * n
    assert sessions["therapist_mi_responsiveness"].notna().all()
