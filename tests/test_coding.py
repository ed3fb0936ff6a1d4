"""The spaCy components: lookup lemmas/sentences, theme matching, negation and hedging."""

from __future__ import annotations

import textwrap

import pytest
import spacy
from hypothesis import given, settings
from hypothesis import strategies as st

from qualalliance.codebook import load_codebook
from qualalliance.coding import make_coding_pipeline
from qualalliance.coding.themes import _compile
from qualalliance.errors import ConfigError

TINY = """\
name: tiny
version: "1"
codes:
  - id: group
    label: Group
    definition: A grouping code without rules.
  - id: safety
    label: Safety
    parent: group
    definition: Feeling safe.
    phrases: [felt held, safe space]
    negated_phrases: [unsafe]
    patterns:
      - [{LEMMA: feel}, {LOWER: {IN: [so, really]}, OP: "?"}, {LOWER: safe}]
    exclude_patterns: [held hostage]
  - id: bond
    label: Bond
    definition: The bond.
    phrases: [felt held]
  - id: anxiety
    label: Anxiety
    definition: Fear.
    phrases: [anxious, panic]
    roles: [participant]
  - id: insight
    label: Insight
    definition: Understanding.
    patterns:
      - [{LOWER: {IN: [it, everything]}}, {LOWER: all, OP: "?"}, {LOWER: made}, {LOWER: sense}]
  - id: trust
    label: Trust
    definition: Trust.
    phrases: [trust]
    negated_phrases: [distrust]
    exclude_patterns: [trust fund]
  - id: setting
    label: Setting
    definition: The room.
    phrases: [the room, the dosing room]
"""


@pytest.fixture(scope="module")
def tiny_book(tmp_path_factory):
    path = tmp_path_factory.mktemp("book") / "tiny.yaml"
    path.write_text(TINY, encoding="utf-8")
    return load_codebook(path)


@pytest.fixture(scope="module")
def tiny(tiny_book):
    return make_coding_pipeline(tiny_book)


@pytest.fixture(scope="module")
def default_nlp():
    return make_coding_pipeline()


def spans(nlp, text):
    doc = nlp(text)
    return [(s.text, s.label_, s._.negated, s._.hedged) for s in doc.spans["themes"]]


# -- qualalliance_lookup -----------------------------------------------------------

def test_lookup_lemmas_are_lowercase_and_case_insensitive(tiny):
    doc = tiny("I Felt HELD and we Agreed")
    assert [t.lemma_ for t in doc] == ["i", "feel", "hold", "and", "we", "agree"]
    assert [t.norm_ for t in doc] == ["i", "feel", "hold", "and", "we", "agree"]


def test_lookup_without_annotate_leaves_tokens_alone_but_sets_norm(tiny_book):
    nlp = make_coding_pipeline(tiny_book, annotate=False)
    doc = nlp("They felt held. Then it all made sense.")
    assert not doc.has_annotation("LEMMA") and not doc.has_annotation("SENT_START")
    assert doc[1].norm_ == "feel"
    assert [s.label_ for s in doc.spans["themes"]] == ["bond", "safety", "insight"]


SENT_TEXTS = ["Hello there. How are you?", "No punctuation at all", "Wait... what?! Okay.", ". Leading dot",
              "He said \"stop.\" Then left.", "", "   ", "One!Two?Three.", "Mr. Smith went home. Done"]


def _sentencizer():
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    return nlp


@pytest.mark.parametrize("text", SENT_TEXTS)
def test_sentence_starts_match_spacy_sentencizer(tiny, text):
    ours, ref = tiny(text), _sentencizer()(text)
    assert [t.is_sent_start for t in ours] == [t.is_sent_start for t in ref]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(["I", "felt", "safe", ".", "!", "?", "...", ",", "\"", ")", "(", "ok", "-", "…"]),
                max_size=25))
def test_sentence_starts_match_sentencizer_property(words):
    if not _PIPES:  # built once (not per example)
        _PIPES.update(ours=make_coding_pipeline(), ref=_sentencizer())
    nlp, ref = _PIPES["ours"], _PIPES["ref"]
    texts = [" ".join(words), "".join(words)]
    for text, doc in zip(texts, nlp.pipe(texts, batch_size=2)):  # batched: docs are concatenated inside
        assert [t.is_sent_start for t in doc] == [t.is_sent_start for t in ref(text)]


_PIPES: dict = {}


# -- qualalliance_themes -----------------------------------------------------------

def test_phrases_match_any_inflection(tiny):
    assert spans(tiny, "She feels held.") == [("feels held", "bond", False, False),
                                              ("feels held", "safety", False, False)]
    assert spans(tiny, "We were holding hands in a safe space") == [("safe space", "safety", False, False)]


def test_rule_paths(tiny):
    th = tiny.get_pipe("qualalliance_themes")
    # the LOWER-only insight pattern is compiled to phrases; the mixed safety pattern uses the Matcher
    assert len(th._anchored) == 1 and th._everywhere is None and len(th._verify) == 1
    assert spans(tiny, "It all made sense.") == [("It all made sense", "insight", False, False)]
    assert spans(tiny, "everything made sense") == [("everything made sense", "insight", False, False)]
    assert spans(tiny, "It all makes sense.") == []  # LOWER "made" is exact, not a lemma
    assert spans(tiny, "I was feeling so safe") == [("feeling so safe", "safety", False, False)]
    assert spans(tiny, "I feel safe") == [("feel safe", "safety", False, False)]


def test_exclusions_and_longest_match(tiny):
    assert spans(tiny, "I trust you with my trust fund") == [("trust", "trust", False, False)]
    assert spans(tiny, "They felt held hostage") == [("felt held", "bond", False, False)]
    assert spans(tiny, "In the dosing room") == [("the dosing room", "setting", False, False)]


def test_span_extensions_are_per_code(tiny):
    doc = tiny("I never felt held")
    rules = sorted((s.label_, s._.theme_rule, s._.negated, s._.negation_cue) for s in doc.spans["themes"])
    assert rules == [("bond", "phrase:felt held", True, "never"), ("safety", "phrase:felt held", True, "never")]


def test_default_codebook_matches(default_nlp):
    found = {(t, c) for t, c, _, _ in spans(default_nlp, "I felt held and we agreed to work on my drinking. "
                                                         "It all made sense and I could breathe again.")}
    assert {("felt held", "safety"), ("agreed to work on", "goals"), ("It all made sense", "insight"),
            ("could breathe again", "emotional_release")} <= found


# -- negation and hedging (default codebook: the documented behaviour) ---------------

NEGATION_CASES = [
    ("I didn't feel safe.", "safety", True, False),
    ("I don't feel safe", "safety", True, False),
    ("I dont feel safe", "safety", True, False),
    ("I'm not anxious anymore.", "anxiety", True, False),
    ("Nothing felt unsafe.", "safety", False, False),  # lexical negation, negated again: affirmed
    ("I felt unsafe.", "safety", True, False),
    ("I never felt unsafe.", "safety", False, False),
    ("I had never felt so safe.", "safety", False, False),  # emphatic "never ... so"
    ("No, I felt safe.", "safety", False, False),
    ("no I felt safe", "safety", False, False),  # interjection "no"
    ("I couldn't stop crying.", "emotional_release", False, False),
    ("The fear was gone.", "anxiety", True, False),
    ("The fear just went away.", "anxiety", True, False),
    ("I was free of anxiety.", "anxiety", True, False),
    ("Not only did I feel safe, I was happy.", "safety", False, False),
    ("I felt hopeless.", "hope", True, False),
    ("I wasn't hopeless, not really.", "hope", False, False),
    ("Without a doubt I felt safe.", "safety", False, False),
    ("Maybe I felt safe.", "safety", False, True),
    ("I guess I let go.", "surrender", False, True),
    ("I felt kind of connected.", "connectedness", False, True),
    ("What kind of connection was that?", "connectedness", False, False),
    ("I felt safe, sort of.", "safety", False, True),
    ("I'm not sure I felt safe.", "safety", False, True),  # "not sure" hedges, does not negate
    ("I was not afraid, maybe a bit tired.", "anxiety", True, True),
]


@pytest.mark.parametrize("text, code, negated, hedged", NEGATION_CASES)
def test_negation_and_hedging(default_nlp, text, code, negated, hedged):
    found = [(n, h) for _, c, n, h in spans(default_nlp, text) if c == code]
    assert found == [(negated, hedged)], spans(default_nlp, text)


def test_scope_ends_at_clause_and_sentence(default_nlp):
    assert [(c, n) for _, c, n, _ in spans(default_nlp, "I didn't feel safe. Later I felt held.")] == [
        ("safety", True), ("safety", False)]
    assert [(c, n) for _, c, n, _ in spans(default_nlp, "I don't trust him but I felt safe")] == [
        ("trust", True), ("safety", False)]
    # more than five words between cue and match: out of scope
    assert spans(default_nlp, "I did not know what on earth to expect or feel safe") [-1][2] is False


def test_cue_text_is_recorded(default_nlp):
    doc = default_nlp("I didn't feel safe, I guess.")
    (span,) = doc.spans["themes"]
    assert (span._.negation_cue, span._.hedge_cue) == ("n't", "i guess")


def test_annotate_false_gives_the_same_flags(tiny_book):
    fast, full = make_coding_pipeline(annotate=False), make_coding_pipeline()
    texts = [t for t, *_ in NEGATION_CASES]
    for a, b in zip(fast.pipe(texts), full.pipe(texts)):
        assert ([(s.text, s.label_, s._.negated, s._.hedged) for s in a.spans["themes"]]
                == [(s.text, s.label_, s._.negated, s._.hedged) for s in b.spans["themes"]])


# -- with a lemmatizer instead of qualalliance_lookup (the trained-pipeline path) ----

def test_lemmatizer_pipeline_path(tiny_book, tiny):
    nlp = spacy.blank("en")
    nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
    nlp.initialize()
    nlp.add_pipe("qualalliance_themes")
    nlp.add_pipe("qualalliance_negation")
    th = nlp.get_pipe("qualalliance_themes")
    th.initialize(nlp=nlp, codebook=tiny_book)
    assert th.attr == "LEMMA" and th._everywhere is not None and not th._anchored
    for text in ["i felt held", "i didn't feel so safe", "it all made sense", "i was feeling safe",
                 "nothing felt unsafe", "a trust fund"]:
        assert spans(nlp, text) == spans(tiny, text), text


# -- fail fast -------------------------------------------------------------------------

def test_themes_needs_lemmas_and_initialization(tiny_book):
    nlp = spacy.blank("en")
    nlp.add_pipe("qualalliance_themes")
    with pytest.raises(ConfigError, match="needs lemmas"):
        nlp.get_pipe("qualalliance_themes").initialize(nlp=nlp, codebook=tiny_book)
    with pytest.raises(ConfigError, match="not initialized"):
        nlp("text")


def test_negation_needs_themes():
    nlp = spacy.blank("en")
    with pytest.raises(ConfigError, match="needs a 'qualalliance_themes'"):
        nlp.add_pipe("qualalliance_negation")


def test_pos_pattern_on_blank_pipeline_fails_fast(tmp_path):
    path = tmp_path / "pos.yaml"
    path.write_text(textwrap.dedent("""\
        name: pos
        version: "1"
        codes:
          - id: x
            label: X
            definition: d
            patterns: [[{POS: NOUN}]]
        """), encoding="utf-8")
    with pytest.raises(ConfigError, match="uses POS, which no component"):
        make_coding_pipeline(path)


def test_compile_limits():
    assert _compile([{"LOWER": {"IN": ["a", "b"]}}, {"LOWER": "c", "OP": "?"}], "NORM") == (
        "LOWER", [("a",), ("a", "c"), ("b",), ("b", "c")])
    assert _compile([{"LOWER": "a", "OP": "*"}], "NORM") is None  # unbounded
    assert _compile([{"LOWER": "a"}, {"NORM": "b"}], "NORM") is None  # two attributes
    assert _compile([{"LOWER": {"REGEX": "a"}}], "NORM") is None
    many = [{"LOWER": {"IN": [f"w{i}" for i in range(80)]}}] * 2
    assert _compile(many, "NORM") is None  # 6400 > 5000 variants
