"""The ingest command: outputs, counts, and one-line errors with exit code 2."""

from __future__ import annotations

import zipfile

import pandas as pd
import pytest
from click.testing import CliRunner

from qualalliance.cli import cli

from .conftest import ANNOMI, MIBOT, SAMPLE, need_shared


def run(args):
    return CliRunner().invoke(cli, args, catch_exceptions=False)


def test_ingest_writes_tables(tmp_path):
    r = run(["ingest", str(SAMPLE), "-o", str(tmp_path / "out")])
    assert r.exit_code == 0, r.output
    assert "6 documents" in r.output and "23 turns" in r.output and "1 rejected" in r.output
    seg = pd.read_parquet(tmp_path / "out" / "segments.parquet")
    csv = pd.read_csv(tmp_path / "out" / "segments.csv", keep_default_na=False)
    assert len(seg) == len(csv) == 23
    assert (tmp_path / "out" / "rejects.csv").exists() and (tmp_path / "out" / "ingest_manifest.json").exists()


def _bad(tmp_path, name, data: bytes):
    f = tmp_path / name
    f.write_bytes(data)
    return f


def _docx_broken(tmp_path):
    f = tmp_path / "P01_a.docx"
    with zipfile.ZipFile(f, "w") as z:
        z.writestr("hello.txt", "not a word document")
    return f


BAD = {
    "empty": lambda t: _bad(t, "P01_a.txt", b""),
    "binary": lambda t: _bad(t, "P01_a.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"),
    "no text column": lambda t: _bad(t, "P01_a.csv", b"speaker,value\nT,1\n"),
    "broken vtt time": lambda t: _bad(t, "P01_a.vtt", b"WEBVTT\n\n00:00:01.000 --> 00:0x:02.000\nT: hi\n"),
    "not vtt": lambda t: _bad(t, "P01_a.vtt", b"hello\n"),
    "docx": _docx_broken,
    "json": lambda t: _bad(t, "P01_a.json", b"{not json"),
}
EXPECT = {"empty": "empty file", "binary": "binary file", "no text column": "no text column",
          "broken vtt time": "broken timestamp", "not vtt": "WEBVTT", "docx": "unreadable .docx",
          "json": "invalid JSON"}


@pytest.mark.parametrize("kind", sorted(BAD))
def test_bad_input_exits_2_with_one_line(tmp_path, kind):
    f = BAD[kind](tmp_path)
    out = tmp_path / "out"
    r = CliRunner().invoke(cli, ["ingest", str(f), "-o", str(out)])
    assert r.exit_code == 2, r.output
    lines = [l for l in r.output.splitlines() if l.strip()]
    assert len(lines) == 1 and lines[0].startswith("error: ") and f.name in lines[0], r.output
    assert EXPECT[kind] in lines[0]
    assert "Traceback" not in r.output
    assert not out.exists()  # no partial output


def test_broken_vtt_names_the_line(tmp_path):
    f = BAD["broken vtt time"](tmp_path)
    r = CliRunner().invoke(cli, ["ingest", str(f), "-o", str(tmp_path / "o")])
    assert f"{f.name}:3:" in r.output


def test_metadata_problems(tmp_path):
    (tmp_path / "a.txt").write_text("T: Hi.\nP: Hello.\n")
    meta = tmp_path / "meta.csv"
    meta.write_text("doc_id,participant_id\nghost,S1\n")
    r = CliRunner().invoke(cli, ["ingest", str(tmp_path / "a.txt"), "--metadata", str(meta), "-o", str(tmp_path / "o")])
    assert r.exit_code == 0 and "warning:" in r.output and "meta.csv:2" in r.output
    r = CliRunner().invoke(cli, ["ingest", str(tmp_path / "a.txt"), "--metadata", str(meta), "--strict",
                                 "-o", str(tmp_path / "o2")])
    assert r.exit_code == 2 and not (tmp_path / "o2").exists()
    dup = tmp_path / "dup.csv"
    dup.write_text("doc_id\na\na\n")
    r = CliRunner().invoke(cli, ["ingest", str(tmp_path / "a.txt"), "--metadata", str(dup), "-o", str(tmp_path / "o3")])
    assert r.exit_code == 2 and "dup.csv:3" in r.output and "duplicate doc_id" in r.output


def test_missing_source(tmp_path):
    r = CliRunner().invoke(cli, ["ingest", str(tmp_path / "nope"), "-o", str(tmp_path / "o")])
    assert r.exit_code == 2 and "no such file" in r.output


def test_version_and_quiet(tmp_path):
    assert "0.1.0" in run(["--version"]).output
    r = run(["-q", "ingest", str(SAMPLE), "-o", str(tmp_path / "o")])
    assert r.exit_code == 0 and r.output == ""


def test_annomi_counts(tmp_path, no_network):
    need_shared(ANNOMI)
    from qualalliance.ingest import ingest

    res = ingest([ANNOMI])
    seg = res.segments
    assert seg.doc_id.nunique() == 106 and len(seg) == 7803 and len(res.rejects) == 0
    assert set(seg.role) == {"therapist", "participant"}
    assert "video_title" not in seg.columns and "video_url" not in seg.columns
    for col in ("mi_quality", "topic", "main_therapist_behaviour", "client_talk_type"):
        assert col in seg.columns
    assert seg.groupby("doc_id").mi_quality.nunique().max() == 1
    raw = pd.read_csv(ANNOMI, keep_default_na=False)
    assert (seg.role == "therapist").sum() == (raw.interlocutor == "therapist").sum() == 3928
    texts = dict(zip(res.documents.doc_id, res.documents.text))
    assert all(texts[r.doc_id][r.start_char:r.end_char] == r.text for r in seg.itertuples())


def test_mibot_counts():
    need_shared(MIBOT)
    from qualalliance.ingest import ingest

    res = ingest([MIBOT / "transcripts"])
    assert res.documents.doc_id.nunique() == 106
    assert len(res.segments) + len(res.rejects) == 8555  # every utterance accounted for
    assert set(res.segments.role) == {"therapist", "participant"}


# -- nothing silent (issue 14, item 7) ---------------------------------------------

def test_a_file_no_reader_reads_is_a_warning_and_a_rejects_row(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "P01_intake.txt").write_text("T: Hi.\nP: Hello.\n")
    (tmp_path / "in" / "consent.pdf").write_bytes(b"%PDF-1.4\n")
    (tmp_path / "in" / ".DS_Store").write_bytes(b"\0")  # hidden: not a document, passed over
    out = tmp_path / "o"
    r = CliRunner().invoke(cli, ["ingest", str(tmp_path / "in"), "-o", str(out)])
    assert r.exit_code == 0, r.output
    warnings = [line for line in r.output.splitlines() if line.startswith("warning:")]
    assert len(warnings) == 1 and "consent.pdf: skipped: no reader for .pdf" in warnings[0], r.output
    rejects = pd.read_csv(out / "rejects.csv")
    assert rejects["path"].tolist() == [str(tmp_path / "in" / "consent.pdf")]
    assert rejects["reason"].iloc[0].startswith("skipped: no reader for .pdf (readable: .txt")
    r = CliRunner().invoke(cli, ["ingest", str(tmp_path / "in"), "--strict", "-o", str(tmp_path / "o2")])
    assert r.exit_code == 2 and "consent.pdf" in r.output and not (tmp_path / "o2").exists()


@pytest.mark.parametrize("header, message", [
    ("doc_id,session\na,one\n", "metadata table has no participant_id column"),
    ("doc_id,participant_id,Session\na,S1,one\n", "metadata column 'Session' is not one qualalliance reads "
                                                  "(did you mean session?)"),
    ("doc_id,participant_id,time_point\na,S1,t0\n", "(did you mean timepoint?)"),
])
def test_a_metadata_table_without_participant_id_or_with_a_misspelt_column_warns(tmp_path, header, message):
    (tmp_path / "a.txt").write_text("T: Hi.\nP: Hello.\n")
    meta = tmp_path / "meta.csv"
    meta.write_text(header)
    args = ["ingest", str(tmp_path / "a.txt"), "--metadata", str(meta), "-o"]
    r = CliRunner().invoke(cli, [*args, str(tmp_path / "o")])
    assert r.exit_code == 0 and message in r.output, r.output
    assert f"warning: {meta}" in r.output
    r = CliRunner().invoke(cli, [*args, str(tmp_path / "o2"), "--strict"])
    assert r.exit_code == 2 and message in r.output and "--strict" in r.output


def test_pass_through_metadata_columns_do_not_warn(tmp_path):
    (tmp_path / "P01_intake.txt").write_text("T: Hi.\nP: Hello.\n")
    meta = tmp_path / "meta.csv"
    meta.write_text("doc_id,participant_id,session,facilitator,study_day\nP01_intake,P01,intake,F1,-7\n")
    r = CliRunner().invoke(cli, ["ingest", str(tmp_path / "P01_intake.txt"), "--metadata", str(meta),
                                 "-o", str(tmp_path / "o")])
    assert r.exit_code == 0 and "warning:" not in r.output and "0 warnings" in r.output, r.output
    assert pd.read_parquet(tmp_path / "o" / "segments.parquet")["facilitator"].tolist() == ["F1", "F1"]


def test_doc_col_splits_a_multi_session_table_and_the_warning_offers_it(tmp_path):
    table = tmp_path / "P01_sessions.csv"
    table.write_text("session,speaker,text\n1,Therapist,Hello.\n1,Client,Hi.\n2,Therapist,Welcome back.\n"
                     "2,Client,Thanks.\n2,Client,Again.\n")
    r = CliRunner().invoke(cli, ["ingest", str(table), "-o", str(tmp_path / "one"), "--role", "Client=participant"])
    assert r.exit_code == 0, r.output
    assert ("table is read as one document, but its column 'session' has 2 values: if they are separate "
            "sessions, split it with --doc-col session") in r.output
    assert pd.read_parquet(tmp_path / "one" / "segments.parquet")["doc_id"].nunique() == 1
    r = CliRunner().invoke(cli, ["ingest", str(table), "-o", str(tmp_path / "two"), "--role", "Client=participant",
                                 "--doc-col", "session"])
    assert r.exit_code == 0 and "--doc-col" not in r.output, r.output
    seg = pd.read_parquet(tmp_path / "two" / "segments.parquet")
    assert seg.groupby("doc_id")["text"].apply(list).to_dict() == {
        "P01_sessions-1": ["Hello.", "Hi."], "P01_sessions-2": ["Welcome back.", "Thanks.", "Again."]}
    r = CliRunner().invoke(cli, ["ingest", str(table), "-o", str(tmp_path / "bad"), "--doc-col", "visit"])
    assert r.exit_code == 2 and "no document column 'visit'" in r.output
