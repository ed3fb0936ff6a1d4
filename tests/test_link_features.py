"""Features per participant / time point / session, hand-checked on a tiny corpus."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from qualalliance.errors import InputError
from qualalliance.link import build_features, feature_dictionary, load_feature_tables
from qualalliance.tables import write_table


def _seg(doc, pid, session, tp, stype, turns):
    rows, pos = [], 0
    for i, (role, text) in enumerate(turns):
        rows.append({"doc_id": doc, "participant_id": pid, "session": session, "timepoint": tp,
                     "source_type": stype, "turn": i, "speaker": role, "role": role, "text": text,
                     "start_char": pos, "end_char": pos + len(text)})
        pos += len(text) + 1
    return rows


@pytest.fixture
def tiny():
    seg = pd.DataFrame(
        _seg("d1", "P1", "1", "prep", "transcript", [("therapist", "You feel safe here."),
                                                      ("participant", "I feel safe and I trust you."),
                                                      ("participant", "Not safe before.")])
        + _seg("d2", "P1", "2", "integration", "transcript", [("therapist", "How was it?"), ("participant", "Calm.")])
        + _seg("d3", "P1", "9", "followup", "case_history", [("other", "She felt safe.")])
        + _seg("e1", "P2", "1", "prep", "transcript", [("therapist", "Hello there."),
                                                        ("participant", "I trust it, trust it.")]))

    def span(doc, turn, code, word, nth=0, negated=False):
        s = seg[(seg.doc_id == doc) & (seg.turn == turn)].iloc[0]
        at = -1
        for _ in range(nth + 1):
            at = s.text.index(word, at + 1)
        return {"doc_id": doc, "turn": turn, "code": code, "start_char": s.start_char + at,
                "end_char": s.start_char + at + len(word), "text": word, "negated": negated,
                "method": "rule", "coder": "t", "confidence": 0.9}

    cod = pd.DataFrame([span("d1", 0, "safety", "safe"), span("d1", 1, "safety", "safe"),
                        span("d1", 1, "trust", "trust"), span("d1", 2, "safety", "safe", negated=True),
                        span("d3", 0, "safety", "safe"),
                        span("e1", 1, "trust", "trust"), span("e1", 1, "trust", "trust", nth=1)])
    # an alliance table written before the rename: its alliance_index is therapist_mi_responsiveness
    alliance = pd.DataFrame([
        {"doc_id": "d1", "participant_id": "P1", "session": "1", "timepoint": "prep", "role": "session",
         "n_words": 14, "bond": 0.1, "alliance_index": 0.2},
        {"doc_id": "d2", "participant_id": "P1", "session": "2", "timepoint": "integration", "role": "session",
         "n_words": 4, "bond": 0.3, "alliance_index": 0.6},
        {"doc_id": "e1", "participant_id": "P2", "session": "1", "timepoint": "prep", "role": "session",
         "n_words": 7, "bond": 0.0, "alliance_index": -0.1}])
    topics = pd.DataFrame({"doc_id": ["d1", "d1", "d1", "d2"], "turn": [0, 1, 2, 0], "topic": [0, 0, -1, 1],
                           "probability": 0.9})
    return {"segments": seg, "codings": cod, "alliance": alliance, "topics": topics}


def _row(f, level, pid, tp="", session=""):
    r = f[(f.level == level) & (f.participant_id == pid) & (f.timepoint == tp) & (f.session == session)]
    assert len(r) == 1
    return r.iloc[0]


def test_participant_level_values_by_hand(tiny):
    f = build_features(tiny)
    p1 = _row(f, "participant", "P1")
    # case history (d3) is left out by default: 4+7+3 + 3+1 words
    assert p1["text.n_words"] == 18 and p1["text.n_turns"] == 5 and p1["text.n_docs"] == 2
    assert p1["text.participant_word_share"] == pytest.approx(11 / 18)
    assert p1["code.safety.per_1000_words"] == pytest.approx(1000 * 2 / 18)  # negated span not counted
    assert p1["code.safety.share_of_turns"] == pytest.approx(2 / 5)
    assert p1["code.safety.participant.per_1000_words"] == pytest.approx(1000 * 1 / 11)
    assert p1["code.safety.participant.share_of_turns"] == pytest.approx(1 / 3)
    assert p1["code.safety.therapist.per_1000_words"] == pytest.approx(1000 * 1 / 7)
    assert p1["code.trust.per_1000_words"] == pytest.approx(1000 / 18) and p1["code.trust.present"] == 1
    assert p1["alliance.session.therapist_mi_responsiveness"] == pytest.approx(0.4)
    assert "alliance.session.alliance_index" not in f.columns
    assert p1["alliance.session.bond"] == pytest.approx(0.2)
    assert p1["topic.0.share"] == pytest.approx(0.5) and p1["topic.1.share"] == pytest.approx(0.25)
    assert p1["topic.outlier.share"] == pytest.approx(0.25)
    p2 = _row(f, "participant", "P2")
    assert p2["code.trust.per_1000_words"] == pytest.approx(1000 * 2 / 7)  # two spans, one turn
    assert p2["code.trust.share_of_turns"] == pytest.approx(1 / 2)
    assert p2["code.safety.present"] == 0 and p2["code.safety.per_1000_words"] == 0
    assert np.isnan(p2["topic.0.share"])  # no topic assignments: missing, not 0


def test_timepoint_and_session_levels(tiny):
    f = build_features(tiny)
    prep = _row(f, "timepoint", "P1", "prep")
    assert prep["text.n_words"] == 14
    assert prep["code.safety.per_1000_words"] == pytest.approx(1000 * 2 / 14)
    integ = _row(f, "session", "P1", "integration", "2")
    assert integ["code.safety.per_1000_words"] == 0
    assert integ["alliance.session.therapist_mi_responsiveness"] == pytest.approx(0.6)
    assert set(f["level"]) == {"participant", "timepoint", "session"}


def test_case_histories_on_request_and_timepoint_filter(tiny):
    f = build_features(tiny, source_types=None)
    assert _row(f, "participant", "P1")["text.n_words"] == 21
    g = build_features(tiny, timepoints=["integration"])
    assert _row(g, "participant", "P1")["text.n_words"] == 4
    assert _row(g, "timepoint", "P1", "prep")["text.n_words"] == 14  # other levels keep everything


def test_dictionary_documents_every_column(tiny):
    f = build_features(tiny)
    d = feature_dictionary(f)
    assert set(d["variable"]) == set(f.columns) - {"level", "participant_id", "timepoint", "session"}
    row = d.set_index("variable").loc["code.safety.participant.per_1000_words"]
    assert row["role"] == "participant" and row["tested"] and "per" not in row["name"]
    assert not d.set_index("variable").loc["code.safety.therapist.per_1000_words", "tested"]


def test_codings_without_segments_is_an_error(tiny):
    with pytest.raises(InputError, match="segments"):
        build_features({"codings": tiny["codings"]})


def test_alliance_alone_is_enough(tiny):
    f = build_features({"alliance": tiny["alliance"]})
    assert _row(f, "participant", "P1")["alliance.session.therapist_mi_responsiveness"] == pytest.approx(0.4)


def test_renamed_alliance_score_is_one_feature_under_its_current_name(tiny):
    # the alliance stage writes the old name beside the new one for a release: one feature, the new one
    al = tiny["alliance"].assign(therapist_mi_responsiveness=lambda d: d["alliance_index"] + 1.0)
    f = build_features({"alliance": al})
    assert [c for c in f.columns if c.startswith("alliance.session.")] == [
        "alliance.session.bond", "alliance.session.therapist_mi_responsiveness"]
    assert _row(f, "participant", "P1")["alliance.session.therapist_mi_responsiveness"] == pytest.approx(1.4)


def test_flat_and_stage_subfolder_layouts_load_the_same(tiny, tmp_path):
    flat, run = tmp_path / "flat", tmp_path / "run"
    for name, df in tiny.items():
        write_table(df, flat, name)
        write_table(df, run / {"segments": "ingest", "codings": "code"}.get(name, name), name)
    a, b = load_feature_tables(flat), load_feature_tables(run)
    assert sorted(a) == sorted(b) == ["alliance", "codings", "segments", "topics"]
    pd.testing.assert_frame_equal(build_features(a), build_features(b))
    with pytest.raises(InputError):
        load_feature_tables(tmp_path / "nothing")


def test_document_level_topics_and_nullable_turns(tiny):
    topics = pd.DataFrame({"doc_id": ["d1", "d2", "e1"], "turn": pd.array([pd.NA, pd.NA, 1], dtype="Int64"),
                           "topic": [3, -1, 3], "probability": 1.0})
    f = build_features({"segments": tiny["segments"], "topics": topics})
    p1 = _row(f, "participant", "P1")
    assert p1["topic.3.share"] == pytest.approx(0.5) and p1["topic.outlier.share"] == pytest.approx(0.5)
    assert _row(f, "participant", "P2")["topic.3.share"] == 1.0
    assert list(c for c in f.columns if c.startswith("topic.")) == ["topic.3.share", "topic.outlier.share"]


def test_feature_parts_come_from_where_the_names_are_made(tiny):
    """build_features records each column's parts (FeatureName); the dictionary uses them,
    and reading a name back (for a features table made elsewhere) gives the same parts."""
    from qualalliance.link.features import FeatureName

    names = {}
    f = build_features(tiny, names=names)
    cols = [c for c in f.columns if c not in ("level", "participant_id", "timepoint", "session")]
    assert set(cols) <= set(names)
    assert all(FeatureName.parse(c) == names[c] and names[c].column == c for c in cols)
    pd.testing.assert_frame_equal(feature_dictionary(f, names=names), feature_dictionary(f))
