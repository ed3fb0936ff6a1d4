"""Alliance sub-scores on tiny hand-checked dialogues."""

from __future__ import annotations

import math

import pandas as pd
import pytest

from qualalliance.alliance import EVIDENCE_COLUMNS, SCORE_COLUMNS, SUBSCORES, score_alliance
from qualalliance.alliance.lexicons import load_function_words
from qualalliance.alliance.style_matching import category_counts, category_lsm, lsm
from qualalliance.errors import InputError

PREFIX = {"therapist": "T: ", "participant": "P: ", "other": "X: "}


def make_segments(turns, doc_id="d1", source_type="transcript", participant_id="P01", session="1",
                  timepoint="baseline"):
    """A segments table (and the document text) from [(role, text), ...]; offsets are real."""
    rows, text = [], ""
    for i, (role, utterance) in enumerate(turns):
        text += PREFIX[role]
        start = len(text)
        text += utterance
        rows.append({"doc_id": doc_id, "participant_id": participant_id, "session": session,
                     "timepoint": timepoint, "source_type": source_type, "turn": i,
                     "speaker": role.upper(), "role": role, "text": utterance,
                     "start_char": start, "end_char": len(text)})
        text += "\n"
    return pd.DataFrame(rows), text


def row(scores, role, doc_id="d1"):
    r = scores[(scores["doc_id"] == doc_id) & (scores["role"] == role)]
    assert len(r) == 1
    return r.iloc[0]


def test_lsm_by_hand():
    fw = load_function_words()
    # therapist: i think the plan is good -> 6 words: personal pronoun i, article the, auxiliary is
    t = "i think the plan is good".split()
    # participant: the plan and i -> 4 words: article the, conjunction and, personal pronoun i
    p = "the plan and i".split()
    ct, cp = category_counts(t, fw), category_counts(p, fw)
    assert ct["personal_pronouns"] == 1 and ct["articles"] == 1 and ct["auxiliary_verbs"] == 1
    assert cp["conjunctions"] == 1 and sum(cp.values()) == 3 and sum(ct.values()) == 3
    # per category 1 - |p1 - p2| / (p1 + p2 + 0.0001), percentages of words
    pron = 1 - abs(100 / 6 - 25) / (100 / 6 + 25 + 0.0001)  # = 0.8 (to 1e-6)
    conj = 1 - 25 / (25 + 0.0001)  # participant only: ~0
    aux = 1 - (100 / 6) / (100 / 6 + 0.0001)  # therapist only: ~0
    expected = (2 * pron + conj + aux + 5 * 1.0) / 9  # 5 categories neither uses count as 1
    assert pron == pytest.approx(0.8, abs=1e-6)
    assert lsm(ct, len(t), cp, len(p)) == pytest.approx(expected, abs=1e-12)
    assert lsm(ct, len(t), cp, len(p)) == pytest.approx(6.6 / 9, abs=1e-5)
    assert category_lsm(10.0, 10.0) == 1.0
    assert math.isnan(lsm(ct, 0, cp, len(p)))


def test_lsm_in_scores_matches_hand_value():
    seg, _ = make_segments([("therapist", "I think the plan is good."), ("participant", "The plan and I.")])
    s = score_alliance(seg).scores
    assert row(s, "session")["lsm"] == pytest.approx(6.6 / 9, abs=1e-5)
    assert math.isnan(row(s, "therapist")["lsm"])  # dyadic: session row only


def test_lexicon_rates_per_1000_words_and_talk_balance():
    seg, _ = make_segments([
        ("therapist", "Thank you, I appreciate that."),  # 5 words; bond: "thank you", "i appreciate"
        ("participant", "We can plan it together."),  # 5 words; tasks: "we can", "plan", "together"
    ])
    s = score_alliance(seg).scores
    t, p, sess = row(s, "therapist"), row(s, "participant"), row(s, "session")
    assert (t["n_words"], p["n_words"], sess["n_words"]) == (5, 5, 10)
    assert t["bond_per_1k"] == pytest.approx(400.0)
    assert p["tasks_per_1k"] == pytest.approx(600.0)
    assert sess["bond_per_1k"] == pytest.approx(200.0) and sess["tasks_per_1k"] == pytest.approx(300.0)
    assert t["you_per_1k"] == pytest.approx(200.0) and t["i_per_1k"] == pytest.approx(200.0)
    assert p["we_per_1k"] == pytest.approx(200.0)  # "we" (once; "we can" is a tasks phrase)
    assert sess["therapist_word_share"] == pytest.approx(0.5)


def test_goals_empathy_safety_rates():
    seg, _ = make_segments([
        ("participant", "My goal is to stop drinking."),
        ("therapist", "That must be hard. It's up to you."),  # empathy "that must be", safety "up to you"
    ])
    s = score_alliance(seg).scores
    t, p = row(s, "therapist"), row(s, "participant")
    assert p["goals_per_1k"] == pytest.approx(1000 / 6)  # "goal" in 6 words
    assert t["n_words"] == 8
    assert t["empathy_per_1k"] == pytest.approx(1000 / 8)
    assert t["safety_per_1k"] == pytest.approx(1000 / 8)


DIALOGUE = [
    ("participant", "I feel so stressed about my job and my kids."),
    ("therapist", "It sounds like work and family are piling up."),  # reflective stem -> reflection
    ("participant", "My sister keeps calling about the wedding."),
    ("therapist", "The wedding plans with your sister."),  # shares wedding + sister -> reflection (echo)
    ("participant", "Yes."),
    ("therapist", "What else is going on?"),  # open question
    ("participant", "Not much."),
    ("therapist", "Do you drink every day?"),  # closed question
    ("participant", "Most days."),
    ("therapist", "You need to cut down, drinking causes damage."),  # information
    ("participant", "Okay."),
    ("therapist", "Okay."),  # other
]


def test_responsiveness_rates_by_hand():
    seg, _ = make_segments(DIALOGUE)
    s = score_alliance(seg).scores
    t = row(s, "therapist")
    assert t["n_turns"] == 6
    assert t["reflection_rate"] == pytest.approx(2 / 6)
    assert t["open_question_rate"] == pytest.approx(1 / 6)
    assert t["closed_question_rate"] == pytest.approx(1 / 6)
    assert t["information_rate"] == pytest.approx(1 / 6)
    assert t["reflection_question_ratio"] == pytest.approx(2 / 2)
    assert math.isnan(row(s, "participant")["reflection_rate"])  # therapist behaviour only
    assert row(s, "session")["reflection_rate"] == t["reflection_rate"]


def test_content_uptake_by_hand():
    seg, _ = make_segments([
        ("participant", "My sister keeps calling about the wedding."),  # content: sister keep call wedding
        ("therapist", "The wedding plans with your sister."),  # content: wedding plan sister -> 2/3
    ])
    t = row(score_alliance(seg).scores, "therapist")
    assert t["content_uptake"] == pytest.approx(2 / 3)


def test_declarative_question_is_a_reflection():
    seg, _ = make_segments([
        ("participant", "I tried the gym once."),
        ("therapist", "And it doesn't feel good to you?"),
        ("participant", "No."),
        ("therapist", "How many times a week do you go?"),  # "how many": closed
    ])
    t = row(score_alliance(seg).scores, "therapist")
    assert t["reflection_rate"] == pytest.approx(0.5)
    assert t["closed_question_rate"] == pytest.approx(0.5)


def test_rupture_and_repair_by_hand():
    seg, _ = make_segments([
        ("therapist", "How is the week going?"),
        ("participant", "Yeah but I don't think it's a problem."),  # disagreement ("yeah but")
        ("therapist", "You're right, it's your decision."),  # repair: acknowledges
        ("participant", "Whatever."),  # withdrawal
        ("therapist", "We should talk about your drinking."),  # information, no repair
        ("participant", "You don't understand."),  # confrontation
        ("therapist", "Sorry, tell me more."),  # repair: apologises + invites feedback
        ("participant", "Okay."),  # minimal response, never answered
    ])
    s = score_alliance(seg).scores
    p, t, sess = row(s, "participant"), row(s, "therapist"), row(s, "session")
    assert p["rupture_rate"] == pytest.approx(4 / 4)
    assert p["disagreement_rate"] == pytest.approx(1 / 4)
    assert p["withdrawal_rate"] == pytest.approx(1 / 4)
    assert p["confrontation_rate"] == pytest.approx(1 / 4)
    assert p["minimal_response_rate"] == pytest.approx(1 / 4)
    # 3 ruptures were answered by the therapist, 2 of them with a repair
    assert t["repair_rate"] == pytest.approx(2 / 3)
    assert sess["repair_rate"] == pytest.approx(2 / 3) and sess["rupture_rate"] == pytest.approx(1.0)
    assert math.isnan(p["repair_rate"])


def test_evidence_offsets_point_into_the_document_text():
    seg, text = make_segments(DIALOGUE)
    ev = score_alliance(seg).evidence
    assert list(ev.columns) == EVIDENCE_COLUMNS and len(ev) > 0
    by_turn = seg.set_index("turn")
    for r in ev.itertuples():
        assert text[r.start_char:r.end_char] == r.text
        seg_row = by_turn.loc[r.turn]
        assert seg_row.start_char <= r.start_char < r.end_char <= seg_row.end_char
        assert r.role == seg_row.role
    subs = set(ev["subscore"])
    assert {"reflection_rate", "open_question_rate", "closed_question_rate", "information_rate"} <= subs
    assert subs <= set(SUBSCORES)
    stem = ev[(ev["subscore"] == "reflection_rate") & (ev["turn"] == 1)]
    assert stem["text"].tolist() == ["It sounds like"]


def test_table_shape_roles_and_index_only_on_session_rows():
    seg, _ = make_segments(DIALOGUE)
    s = score_alliance(seg).scores
    assert list(s.columns) == SCORE_COLUMNS
    assert s["role"].tolist() == ["therapist", "participant", "session"]
    assert s[["participant_id", "session", "timepoint"]].drop_duplicates().values.tolist() == [["P01", "1", "baseline"]]
    assert s["therapist_mi_responsiveness"].notna().tolist() == [False, False, True]
    # the old name stays for one release, with the same values
    assert s["alliance_index"].equals(s["therapist_mi_responsiveness"])


def test_length_independence_duplicated_session():
    seg, _ = make_segments(DIALOGUE + [("participant", "Fine, I'll think about it.")])
    base = row(score_alliance(seg).scores, "session")
    twice = pd.concat([seg, seg.assign(turn=seg["turn"] + len(seg))], ignore_index=True)
    dup = row(score_alliance(twice).scores, "session")
    assert dup["n_words"] == 2 * base["n_words"]
    for col in SUBSCORES:
        if col in ("content_uptake", "repair_rate"):
            continue  # the copy's first therapist turn now answers a participant turn (the seam)
        assert dup[col] == pytest.approx(base[col], abs=1e-12, nan_ok=True), col
    assert dup["therapist_mi_responsiveness"] == pytest.approx(base["therapist_mi_responsiveness"], abs=0.05)


def test_only_transcripts_are_scored():
    seg1, _ = make_segments(DIALOGUE, doc_id="t1")
    seg2, _ = make_segments([("participant", "I felt safe during the session.")], doc_id="n1",
                            source_type="narrative")
    s = score_alliance(pd.concat([seg1, seg2], ignore_index=True)).scores
    assert set(s["doc_id"]) == {"t1"}
    with pytest.raises(InputError, match="no transcript documents"):
        score_alliance(seg2)


def test_missing_role_gives_nan_not_error():
    seg, _ = make_segments([("therapist", "Welcome. What brings you in today?")])
    s = score_alliance(seg).scores
    p = row(s, "participant")
    assert p["n_words"] == 0 and math.isnan(p["bond_per_1k"])
    assert math.isnan(row(s, "session")["lsm"])
    assert row(s, "session")["therapist_word_share"] == 1.0


def test_deterministic_and_sorted():
    a, _ = make_segments(DIALOGUE, doc_id="b")
    b, _ = make_segments(DIALOGUE[:6], doc_id="a")
    seg = pd.concat([a, b], ignore_index=True)
    r1 = score_alliance(seg)
    r2 = score_alliance(seg.sample(frac=1, random_state=3))
    pd.testing.assert_frame_equal(r1.scores, r2.scores)
    pd.testing.assert_frame_equal(r1.evidence, r2.evidence)
    assert r1.scores["doc_id"].tolist()[:3] == ["a", "a", "a"]


def test_missing_columns_is_input_error():
    seg, _ = make_segments(DIALOGUE)
    with pytest.raises(InputError, match="role"):
        score_alliance(seg.drop(columns=["role"]))
