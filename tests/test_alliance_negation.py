"""Negation-aware lexicon matching and the participant's relationship language, hand-checked."""

from __future__ import annotations

import math

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from qualalliance.alliance import score_alliance, tokens
from qualalliance.alliance.lexicons import load_lexicon
from qualalliance.alliance.negation import TurnNegation, merge_overlapping, split_negated
from qualalliance.errors import ConfigError
from qualalliance.negation import NEGATION_CUES

from .test_alliance_lexicons import _packaged_lexicon_dict, _write
from .test_alliance_scores import make_segments, row

LEX = load_lexicon()


def negation_of(text: str, category: str) -> list[tuple[str, str | None]]:
    """[(matched text, cue text or None)] for one category in one turn."""
    norm = tokens.normalise(text)
    turn = TurnNegation(norm, LEX.negation)
    return [(text[a:b], None if cue is None else text[cue[0]:cue[1]])
            for a, b, cue in split_negated(LEX[category].spans(norm), turn)]


@pytest.mark.parametrize("text, category, expected", [
    # the colleagues' examples: negated, so not alliance language
    ("I don't feel safe right now.", "safety", [("safe", "don't")]),
    ("I didn't trust you at first.", "safety", [("trust", "didn't")]),
    ("I didn't trust you at first.", "relationship", [("trust you", "didn't")]),
    ("I don\u2019t feel safe.", "safety", [("safe", "don\u2019t")]),  # curly apostrophe
    ("i dont trust you", "relationship", [("trust you", "dont")]),  # no apostrophe
    ("I don't really feel safe yet.", "safety", [("safe", "don't")]),  # cue 3 words before
    ("I'm not sure I can trust you.", "relationship", [("trust you", "not")]),  # 4 words before
    ("You're not listening to me.", "relationship", [("listening to me", "not")]),
    ("Nobody understands me.", "relationship", [("understands me", "Nobody")]),
    ("I'm hardly comfortable here.", "relationship", [("comfortable here", "hardly")]),
    ("Without feeling safe I can't start.", "safety", [("safe", "Without")]),
    ("I didn't- didn't feel safe.", "safety", [("safe", "didn't")]),  # a stutter is not a break
    # affirmed: outside the window, across a clause break or a terminator, pseudo-negations
    ("I never thought I would feel this safe.", "safety", [("safe", None)]),  # cue 6 words before
    ("No, I feel safe.", "safety", [("safe", None)]),  # comma ends the clause
    ("Not at first - now I trust you.", "relationship", [("trust you", None)]),  # free-standing dash
    ("I didn't at first but now I trust you.", "relationship", [("trust you", None)]),
    ("It wasn't easy, though I feel safe here.", "relationship", [("feel safe", None)]),
    ("Why don't we try that?", "tasks", [("try", None)]),
    ("I can't thank you enough.", "bond", [("thank you", None)]),
    ("I've never felt so safe.", "safety", [("safe", None)]),
    ("I feel safe, not scared.", "safety", [("safe", None)]),  # no post-negation
    ("There's no judgment here.", "safety", [("no judgment", None)]),  # the cue is the phrase itself
])
def test_negation_rule_by_hand(text, category, expected):
    assert negation_of(text, category) == expected


def test_empathy_is_not_negated_and_repair_acknowledgement_is():
    # "you don't feel ..." reflections stay empathic: empathy is not in applies_to
    assert "empathy" not in LEX.negation.applies_to
    seg, _ = make_segments([("therapist", "It's not that you're overwhelmed.")])
    ev = score_alliance(seg).evidence
    emp = ev[ev["subscore"] == "empathy_per_1k"]
    assert emp["text"].tolist() == ["overwhelmed"] and not emp["negated"].any()
    assert row(score_alliance(seg).scores, "therapist")["empathy_per_1k"] == pytest.approx(1000 / 5)


def _repair(reply: str) -> float:
    seg, _ = make_segments([
        ("therapist", "Let's look at the list."),
        ("participant", "You don't understand."),  # confrontation
        ("therapist", reply),
        ("participant", "Fine."),  # minimal response; never answered
    ])
    return row(score_alliance(seg).scores, "session")["repair_rate"]


def test_a_negated_acknowledgement_is_no_repair():
    assert _repair("It's up to you.") == pytest.approx(1.0)  # acknowledges: repair
    assert _repair("It's not up to you.") == pytest.approx(0.0)  # negated: no repair


def test_negated_matches_leave_the_rate_and_go_to_negated_alliance():
    seg, text = make_segments([
        ("therapist", "Is it okay if we start? Take your time."),  # safety x2, 9 words
        ("participant", "I don't feel safe right now."),  # 6 words: safety "safe" + relationship "feel safe"
        ("therapist", "Thank you for saying so."),
        ("participant", "No, I feel safe with you. Thank you."),  # 8 words
    ])
    res = score_alliance(seg)
    t, p, s = row(res.scores, "therapist"), row(res.scores, "participant"), row(res.scores, "session")
    assert (t["n_words"], p["n_words"]) == (14, 14)
    # participant safety: "safe" negated in turn 1, affirmed in turn 3 -> 1 of 14 words
    assert p["safety_per_1k"] == pytest.approx(1000 / 14)
    # the negated "safe" and "feel safe" overlap: one negated expression
    assert p["negated_alliance_per_1k"] == pytest.approx(1000 / 14)
    assert t["negated_alliance_per_1k"] == 0.0
    assert s["negated_alliance_per_1k"] == pytest.approx(1000 / 28)
    # relationship, participant turns: "feel safe" (negated), then "feel safe" (it takes the
    # words "safe with you" would need: overlapping matches count once) and "Thank you"
    ev = res.evidence
    rel = ev[(ev["subscore"] == "relationship_per_1k") & (ev["role"] == "participant")]
    assert rel[["text", "negated"]].values.tolist() == [
        ["feel safe", True], ["feel safe", False], ["Thank you", False]]
    assert rel["negation_cue"].tolist() == ["don't", "", ""]
    # participant_alliance = (affirmed - negated relationship) / participant words
    assert p["participant_alliance_per_1k"] == pytest.approx(1000 * (2 - 1) / 14)
    assert s["participant_alliance_per_1k"] == p["participant_alliance_per_1k"]
    assert math.isnan(t["participant_alliance_per_1k"])
    # every evidence span still points into the document text
    for r in ev.itertuples():
        assert text[r.start_char:r.end_char] == r.text
    assert ev.loc[~ev["negated"], "negation_cue"].eq("").all()


def test_participant_alliance_can_be_negative():
    seg, _ = make_segments([
        ("therapist", "How was the week?"),
        ("participant", "You don't understand me and I don't trust you."),  # 9 words, 2 negated
    ])
    p = row(score_alliance(seg).scores, "participant")
    assert p["participant_alliance_per_1k"] == pytest.approx(-2000 / 9)
    assert p["relationship_per_1k"] == 0.0


def test_merge_overlapping():
    assert merge_overlapping([(5, 9), (0, 4), (3, 6), (10, 12)]) == [(0, 9), (10, 12)]
    assert merge_overlapping([]) == []


def test_negation_section_is_validated(tmp_path):
    data = _packaged_lexicon_dict()
    del data["negation"]
    with pytest.raises(ConfigError, match="missing key.*negation"):
        load_lexicon(_write(tmp_path, data))
    data = _packaged_lexicon_dict()
    data["negation"]["scope"] = 3
    with pytest.raises(ConfigError, match=r"negation\.scope: unknown key"):
        load_lexicon(_write(tmp_path, data))
    for bad in (0, 11, "4", True):
        data = _packaged_lexicon_dict()
        data["negation"]["window"] = bad
        with pytest.raises(ConfigError, match="window must be a whole number"):
            load_lexicon(_write(tmp_path, data))
    data = _packaged_lexicon_dict()
    data["negation"]["applies_to"] = ["bond", "information"]
    with pytest.raises(ConfigError, match="'information' cannot be negated"):
        load_lexicon(_write(tmp_path, data))
    data = _packaged_lexicon_dict()
    data["negation"]["cues"] = ["not", "no way"]
    with pytest.raises(ConfigError, match="single words.*no way"):
        load_lexicon(_write(tmp_path, data))
    data = _packaged_lexicon_dict()
    data["version"] = 1
    with pytest.raises(ConfigError, match="version 2 adds the 'negation' section"):
        load_lexicon(_write(tmp_path, data))


def test_a_user_can_switch_negation_off_for_a_category(tmp_path):
    seg, _ = make_segments([("therapist", "Hi."), ("participant", "I don't feel safe.")])
    assert row(score_alliance(seg).scores, "participant")["safety_per_1k"] == 0.0
    data = _packaged_lexicon_dict()
    data["negation"]["applies_to"] = [c for c in data["negation"]["applies_to"] if c != "safety"]
    p = tmp_path / "lex.yaml"
    p.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    assert row(score_alliance(seg, lexicon=str(p)).scores, "participant")["safety_per_1k"] == 250.0


VOCAB = ["i", "you", "feel", "safe", "trust", "not", "don't", "never", "no", "but", "really", "here",
         "why", "so", "the", "thank", "gone", "went", "away", ",", ".", "-", "[laughs]"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(VOCAB), max_size=14))
def test_a_cue_is_always_a_cue_word_within_the_window_in_the_same_clause(parts):
    text = " ".join(parts)
    norm = tokens.normalise(text)
    turn = TurnNegation(norm, LEX.negation)
    for a, b in LEX["safety"].spans(norm) + LEX["relationship"].spans(norm):
        cue = turn.cue(a, b)
        if cue is None:
            continue
        c0, c1 = cue
        if c1 <= a:  # pre-negation: a cue word at most window - 1 words before, same clause
            assert LEX.negation.is_cue(norm[c0:c1]) or norm[c0:c1] in NEGATION_CUES
            between = norm[c1:a]
            assert len(tokens.words(between)) < LEX.negation.window
        else:  # post-negation: "gone" or "went away" at most 3 words after
            assert c0 >= b and norm[c0:c1] in ("gone", "went away")
            between = norm[b:c0]
            assert len(tokens.words(between)) < 3
        assert not any(ch in between for ch in ".,?!;:")
        assert not any(w in LEX.negation.terminators for w, _, _ in tokens.words(between))
