"""Every reader on real-looking fixtures: turns, roles, times and the offset invariant."""

from __future__ import annotations

import json

import pandas as pd
import pytest

from qualalliance.errors import InputError
from qualalliance.ingest import ingest

from .conftest import SAMPLE


def _check_offsets(res):
    texts = dict(zip(res.documents.doc_id, res.documents.text))
    for row in res.segments.itertuples():
        assert texts[row.doc_id][row.start_char:row.end_char] == row.text


def _turns(res, doc_id):
    s = res.segments[res.segments.doc_id == doc_id]
    return list(zip(s.speaker, s.role, s.text))


def test_mixed_folder_every_format(no_network):
    res = ingest([SAMPLE])
    assert sorted(res.documents.doc_id) == ["P01_dosing", "P01_preparation", "P02_integration1",
                                            "P02_preparation", "P03_dosing", "P03_integration1"]
    assert len(res.segments) == 23
    assert list(res.rejects.reason) == ["text before the first speaker label"]
    assert set(res.segments.role) == {"therapist", "participant"}
    _check_offsets(res)
    assert no_network == []


def test_txt_multiline_turn_and_timestamps(tmp_path):
    f = tmp_path / "P07_preparation.txt"
    f.write_text("[00:00:05] Dr. Lee: Hello.\nHow are you?\n\n[00:01:02] Maya: Fine: mostly.\n"
                 "More on a second line.\nDr. Lee: Good.\n", encoding="utf-8")
    res = ingest([f])
    assert _turns(res, "P07_preparation") == [
        ("Dr. Lee", "therapist", "Hello.\nHow are you?"),
        ("Maya", "participant", "Fine: mostly.\nMore on a second line."),  # two-speaker rule
        ("Dr. Lee", "therapist", "Good."),
    ]
    assert res.segments.start_s.tolist()[:2] == [5.0, 62.0]
    assert res.segments.participant_id.iloc[0] == "P07" and res.segments.session.iloc[0] == "preparation"
    _check_offsets(res)


def test_short_labels_and_crlf_and_bom(tmp_path):
    f = tmp_path / "P01_dosing.txt"
    f.write_bytes(b"\xef\xbb\xbfT: Breathe.\r\nP: I am.\r\nT: Good.\r\n")
    res = ingest([f])
    assert _turns(res, "P01_dosing") == [("T", "therapist", "Breathe."), ("P", "participant", "I am."),
                                         ("T", "therapist", "Good.")]
    assert "\r" not in res.documents.text.iloc[0]


def test_utf16_file(tmp_path):
    f = tmp_path / "P01_dosing.txt"
    f.write_text("THERAPIST: Café?\nPARTICIPANT: Oui, très bien.\n", encoding="utf-16")
    res = ingest([f])
    assert res.segments.text.tolist() == ["Café?", "Oui, très bien."]


def test_latin1_detected_with_warning(tmp_path):
    f = tmp_path / "P01_dosing.txt"
    f.write_bytes("THERAPIST: Était-ce sûr?\nPARTICIPANT: Oui, c'était sûr et très calme.\n".encode("cp1252"))
    res = ingest([f])
    assert any("decoded as" in w for w in res.warnings)
    assert res.segments.text.iloc[0].startswith("Était")  # short texts are ambiguous: hence the warning


def test_narrative_without_labels_is_single_voice(tmp_path):
    f = tmp_path / "P04_narrative.txt"
    f.write_text("After the session I walked home.\nNote: the sky was enormous.\n\n\nI felt held.\n")
    res = ingest([f])
    assert res.documents.source_type.tolist() == ["narrative"]
    assert res.segments.text.tolist() == ["After the session I walked home.\nNote: the sky was enormous.",
                                          "I felt held."]
    assert set(res.segments.role) == {"participant"}


def test_vtt_voice_tags_merge_and_times(tmp_path):
    f = tmp_path / "P01_dosing.vtt"
    f.write_text("WEBVTT\n\nNOTE a comment\n\n1\n00:01.000 --> 00:02.500\n<v.loud Guide>Hello &amp; welcome</v>\n\n"
                 "00:00:03.000 --> 00:00:04.000\nParticipant: Hi.\n\n00:00:04.000 --> 00:00:06.000\nStill me.\n")
    res = ingest([f])
    assert _turns(res, "P01_dosing") == [("Guide", "therapist", "Hello & welcome"),
                                         ("Participant", "participant", "Hi. Still me.")]
    assert res.segments.start_s.tolist() == [1.0, 3.0] and res.segments.end_s.tolist() == [2.5, 6.0]
    _check_offsets(res)


def test_srt(tmp_path):
    f = tmp_path / "P01_x.srt"
    f.write_text("1\n00:00:01,000 --> 00:00:02,000\n[Therapist] Hi there.\n\n2\n00:00:02,500 --> 00:00:03,000\n"
                 "[Client] Hello.\n")
    res = ingest([f])
    assert _turns(res, "P01_x") == [("Therapist", "therapist", "Hi there."), ("Client", "participant", "Hello.")]


def test_csv_with_named_columns_and_passthrough(tmp_path):
    f = tmp_path / "P05_preparation.csv"
    pd.DataFrame({"who": ["Therapist", "Client", "Client"], "utt": ["Hi.", "", "Hello."],
                  "code": ["greet", "x", "greet"]}).to_csv(f, index=False)
    res = ingest([f], speaker_col="who", text_col="utt")
    assert res.segments.text.tolist() == ["Hi.", "Hello."]
    assert res.segments.code.tolist() == ["greet", "greet"]
    assert res.rejects.reason.tolist() == ["empty text"] and res.rejects.line.tolist() == [3]


def test_xlsx(tmp_path):
    f = tmp_path / "P05_dosing.xlsx"
    pd.DataFrame({"Speaker": ["Guide", "Participant"], "Text": ["Breathe.", "Okay."]}).to_excel(f, index=False)
    res = ingest([f])
    assert _turns(res, "P05_dosing") == [("Guide", "therapist", "Breathe."), ("Participant", "participant", "Okay.")]


def test_diarised_json(tmp_path):
    f = tmp_path / "P06_integration1.json"
    f.write_text(json.dumps({"segments": [
        {"speaker": "SPEAKER_00", "start": 0, "end": 1, "text": " Hi. "},
        {"speaker": "SPEAKER_00", "start": 1, "end": 2, "text": "Welcome back."},
        {"speaker": "SPEAKER_01", "start": 2, "end": 3, "text": "Thanks."}]}))
    res = ingest([f], roles=["SPEAKER_00=therapist", "SPEAKER_01=participant"])
    assert _turns(res, "P06_integration1") == [("SPEAKER_00", "therapist", "Hi. Welcome back."),
                                               ("SPEAKER_01", "participant", "Thanks.")]


def test_metadata_csv_and_warnings(tmp_path):
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "a.txt").write_text("T: Hi.\nP: Hello.\n")
    (tmp_path / "docs" / "b.txt").write_text("T: Hi.\nP: Hello.\n")
    meta = tmp_path / "meta.csv"
    meta.write_text("doc_id,participant_id,session,timepoint,facilitator\na,S1,prep,baseline,F2\nzzz,S9,x,y,F1\n")
    res = ingest([tmp_path / "docs"], metadata=meta)
    a = res.segments[res.segments.doc_id == "a"].iloc[0]
    assert (a.participant_id, a.session, a.timepoint, a.facilitator) == ("S1", "prep", "baseline", "F2")
    assert any("missing document 'zzz'" in w and "meta.csv:3" in w for w in res.warnings)
    assert any("no metadata for document 'b'" in w for w in res.warnings)
    with pytest.raises(InputError, match="strict"):
        ingest([tmp_path / "docs"], metadata=meta, strict=True)


def test_unknown_speakers_warn(tmp_path):
    f = tmp_path / "P01_a.txt"
    f.write_text("Anna: Hi.\nBen: Hello.\nAnna: Yes.\nBen: No.\n")
    res = ingest([f])
    assert set(res.segments.role) == {"other"}
    assert any("lacks a therapist or participant" in w for w in res.warnings)


def test_documents_without_metadata_are_one_warning_a_file(tmp_path):
    """A table of many sessions and no metadata gives one warning naming the file, the count and the first ids."""
    table = tmp_path / "sessions.csv"
    table.write_text("doc_id,speaker,text\n" + "".join(f"s{i},T,Hello.\ns{i},P,Hi.\n" for i in range(5)))
    res = ingest([table])
    unmatched = [w for w in res.warnings if "no metadata" in w]
    assert unmatched == [f"{table}: no metadata for 5 documents ('sessions-s0', 'sessions-s1', 'sessions-s2' and 2 more) (no metadata table "
                         "given); participant_id set to each document's doc_id"]
    assert res.segments.drop_duplicates("doc_id")["participant_id"].tolist() == [f"sessions-s{i}" for i in range(5)]
    with pytest.raises(InputError, match="no metadata for 5 documents"):
        ingest([table], strict=True)
