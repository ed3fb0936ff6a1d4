"""Codebook 2 on sentences written for these tests: word senses, relationship talk, and
the split between a denied mention and the opposite pole (rules alone, no second stage)."""

from __future__ import annotations

import pandas as pd
import pytest

from qualalliance.coding import code_segments


def _code(text: str, role: str = "participant") -> pd.DataFrame:
    segs = pd.DataFrame({"doc_id": ["d"], "turn": [0], "text": [text], "start_char": [0], "role": [role]})
    return code_segments(segs, theme_model=None).codings


def _affirmed(text: str, role: str = "participant") -> set[str]:
    c = _code(text, role)
    return set(c.loc[c["polarity"] == "affirmed", "code"])


@pytest.mark.parametrize("text, code", [
    ("My brother carried a hell of a lot of anger around with him.", "challenging_experience"),
    ("What the hell was I thinking that night.", "challenging_experience"),
    ("The doctor mentioned the possibility of death if it spreads.", "hope"),
    ("I made a plan for my children in case something happens to me.", "tasks"),
    ("We have weekend plans with my in-laws.", "tasks"),
    ("I could really feel your warmth when you said that.", "embodiment"),
    ("Honestly smoking is my stress relief after work.", "emotional_release"),
    ("I hope you continue to enjoy your holidays.", "hope"),
    ("To be honest I haven't thought about it much.", "trust"),
    ("I have a lot of faith in God and my church.", "trust"),
    ("I'm not afraid to say it, I like drinking.", "anxiety"),
    ("Getting a new job is one of my goals in life.", "goals"),
    ("I have a real love for cigarettes, always have.", "compassion"),
])
def test_word_sense_exclusions(text, code):
    assert code not in _affirmed(text)


@pytest.mark.parametrize("text, role, code", [
    ("I'm really proud of you for coming in today.", "therapist", "bond"),
    ("I understand, that sounds exhausting.", "therapist", "bond"),
    ("You've been really helpful, thank you for your help.", "participant", "bond"),
    ("Did I get that right, or am I missing something?", "therapist", "repair"),
    ("I'm not here to lecture you, it's entirely up to you.", "therapist", "repair"),
    ("It's my choice, and I don't need a lecture.", "participant", "rupture"),
    ("That's completely understandable, a lot of people feel that way.", "therapist", "reassurance"),
    ("Is it okay if I share some information about the patches?", "therapist", "tasks"),
    ("What would you like to change about your drinking?", "therapist", "goals"),
    ("I want to quit smoking before the baby comes.", "participant", "goals"),
    ("Thank you for sharing that with me.", "therapist", "trust"),
    ("There was a warmth spreading through my chest.", "participant", "embodiment"),
])
def test_relationship_and_session_talk(text, role, code):
    assert code in _affirmed(text, role)


@pytest.mark.parametrize("text, code, polarity", [
    ("I don't feel safe at home right now.", "safety", "denied"),
    ("I felt unsafe the whole time.", "safety", "opposite"),
    ("I never felt unsafe with them.", "safety", "affirmed"),  # litotes: the speaker was safe
    ("I felt so alone after he left.", "connectedness", "opposite"),
    ("I'm hopeless about this, honestly.", "hope", "opposite"),
    ("I'm not hopeful about it.", "hope", "denied"),
    ("I beat myself up about it every day.", "compassion", "opposite"),
])
def test_denied_and_opposite_pole_are_separate(text, code, polarity):
    c = _code(text)
    rows = c[c["code"] == code]
    assert list(rows["polarity"]) == [polarity]
    assert bool(rows["negated"].iat[0]) == (polarity != "affirmed")


def test_guarded_trust_is_not_affirmed():
    c = _code("It's hard to trust people I just met, and I don't really trust this.")
    trust = c[c["code"] == "trust"]
    assert set(trust["polarity"]) == {"opposite", "denied"}
    assert "trust" not in set(c.loc[c["polarity"] == "affirmed", "code"])


def test_matrix_counts_only_affirmed():
    segs = pd.DataFrame({"doc_id": "d", "turn": [0, 1], "text": ["I felt unsafe.", "I felt so safe there."],
                         "start_char": [0, 20], "role": "participant"})
    r = code_segments(segs, theme_model=None)
    assert list(r.matrix["safety"]) == [0, 1]
    n = r.counts()
    assert (n["affirmed"], n["opposite"], n["denied"]) == (1, 1, 0)


# Codebook 2.1: self-insight and self-compassion in everyday words, after the Psychological
# Insight Questionnaire (Peill et al. 2022) and the Self-Compassion Scale (Neff 2003).
@pytest.mark.parametrize("text, code", [
    ("Over the years I've learned that I shut down when people get close.", "insight"),
    ("It occurred to me that I always pick the same kind of partner.", "insight"),
    ("I'm conscious that I put everyone else first.", "insight"),
    ("Honestly I never thought of it that way before.", "insight"),
    ("I didn't even know I was doing it until my sister said so.", "insight"),
    ("I'm trying to be more patient with myself when I slip.", "compassion"),
    ("It's not selfish to rest when I'm worn out.", "compassion"),
    ("I'm not a bad person, I just made a bad call.", "compassion"),
    ("Self-care used to feel like a luxury.", "compassion"),
    ("I really care about her and I want her to be okay.", "compassion"),
])
def test_insight_and_compassion_in_everyday_words(text, code):
    assert code in _affirmed(text)


@pytest.mark.parametrize("text, code", [
    ("I came to see you about my knee.", "insight"),  # a visit, not a realisation
    ("I learned that the bus stops running at ten.", "insight"),  # a fact, not the self
    ("I care about my health, that's why I'm here.", "compassion"),  # no person cared for
    ("The nurse said a bit of self-doubt is normal.", "compassion"),
])
def test_insight_and_compassion_other_senses(text, code):
    assert code not in _affirmed(text)


@pytest.mark.parametrize("text", [
    "I'm so disappointed in myself for smoking again.",
    "I get so angry at myself when I forget.",
    "I'm such an idiot, I did it again.",
])
def test_harsh_self_judgement_is_compassions_opposite(text):
    c = _code(text)
    assert list(c.loc[c["code"] == "compassion", "polarity"]) == ["opposite"]
