"""One negation rule (qualalliance.negation) for theme coding and alliance scoring, by hand.

The same hand-written sentences go through both callers: the theme coder's spaCy
component (code ``safety`` of the default codebook) and the alliance scorer's lexicon
matcher (category ``safety``); both must call "safe" negated or not alike.
"""

from __future__ import annotations

import pytest

from qualalliance.alliance import tokens
from qualalliance.alliance.lexicons import load_lexicon
from qualalliance.alliance.negation import TurnNegation, split_negated
from qualalliance.coding.coder import make_coding_pipeline
from qualalliance.negation import NegationLexicon, negation_cue

LEX = load_lexicon()


@pytest.fixture(scope="module")
def nlp():
    return make_coding_pipeline()


def coding_verdict(nlp, text: str) -> list[bool]:
    doc = nlp(text)  # kept alive: a SpanGroup holds only a weak reference to its Doc
    return [s._.negated for s in doc.spans["themes"] if s.label_ == "safety"]


def alliance_verdict(text: str) -> list[bool]:
    norm = tokens.normalise(text)
    turn = TurnNegation(norm, LEX.negation)
    return [cue is not None for _, _, cue in split_negated(LEX["safety"].spans(norm), turn)]


SHARED_CASES = [
    # pre-negation, same clause
    ("I don't feel safe.", True),
    ("I didn't really feel safe.", True),
    ("I never felt safe there.", True),
    # post-negation: a word saying it is no longer there, right after the match
    ("Feeling safe was gone.", True),
    ("Feeling safe just went away.", True),
    # "not" after a match is never a cue; a comma or "?" ends the clause
    ("I feel safe, not scared.", False),
    ("Feeling safe I am not.", False),  # a rare inversion: missed, by design (see qualalliance/negation.py)
    ("Feeling safe? Not at all.", False),
    # clause ends and pseudo-negations
    ("No, I feel safe.", False),
    ("no I feel safe", False),
    ("I didn't at first but now I feel safe.", False),
    ("I've never felt so safe.", False),
    ("Not only do I feel safe, I feel heard.", False),
]


@pytest.mark.parametrize("text, negated", SHARED_CASES)
def test_coding_and_alliance_agree(nlp, text, negated):
    assert coding_verdict(nlp, text) == [negated]
    assert alliance_verdict(text) == [negated]


def test_doubt_is_the_one_reading_the_callers_choose(nlp):
    # theme coding keeps the code and flags the hedge; alliance scoring has no hedge flag
    doc = nlp("I'm not sure I feel safe.")
    (span,) = [s for s in doc.spans["themes"] if s.label_ == "safety"]
    assert (span._.negated, span._.hedged) == (False, True)
    assert alliance_verdict("I'm not sure I feel safe.") == [True]


def test_the_rule_on_plain_words():
    lex = NegationLexicon(str)
    words = "the trust just went away".split()
    assert negation_cue(words, [False] * len(words), 1, 2, lex) == (3, 4)
    words = "the trust that my mother had went away".split()  # more than 3 words after: out of scope
    assert negation_cue(words, [False] * len(words), 1, 2, lex) == ()
    words = "i hope you 're going away".split()  # a new subject ends the post-negation scope
    assert negation_cue(words, [False] * len(words), 1, 2, lex) == ()
    words = "i do n't trust you".split()
    assert negation_cue(words, [False] * len(words), 3, 5, lex) == (2,)
    # window = words allowed between cue and match
    words = "not a b c trust".split()
    assert negation_cue(words, [False] * 5, 4, 5, lex, window=3) == (0,)
    assert negation_cue(words, [False] * 5, 4, 5, lex, window=2) == ()
    # a sentence start ends the scope as punctuation does
    words = "i do n't know i trust you".split()
    starts = [False, False, False, False, True, False, False]
    assert negation_cue(words, starts, 5, 7, lex) == ()
    # a caller's pseudo-negation phrase
    words = "why do n't we trust".split()
    assert negation_cue(words, [False] * 5, 4, 5, lex, pseudo=lambda i: i <= 2) == ()
    # doubt
    words = "not sure i trust you".split()
    assert negation_cue(words, [False] * 5, 3, 5, lex) == ()
    assert negation_cue(words, [False] * 5, 3, 5, NegationLexicon(str, doubt_negates=True)) == (0,)
