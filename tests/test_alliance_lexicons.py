"""Alliance lexicons and function-word lists: loading, strict validation, matching."""

from __future__ import annotations

from importlib import resources

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from qualalliance.alliance import score_alliance, tokens
from qualalliance.alliance.lexicons import (
    FUNCTION_WORD_CATEGORIES,
    LEXICON_CATEGORIES,
    load_function_words,
    load_lexicon,
)
from qualalliance.errors import ConfigError

from .test_alliance_scores import make_segments, row


def _packaged_lexicon_dict():
    """The packaged lexicon as a plain dict (to edit and write back)."""
    path = resources.files("qualalliance") / "data" / "alliance_lexicon.yaml"
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def test_packaged_files_load_with_every_category():
    lex = load_lexicon()
    assert set(lex.categories) == set(LEXICON_CATEGORIES)
    for c in lex.categories.values():
        assert c.description and c.source and c.phrases
    fw = load_function_words()
    assert list(fw) == list(FUNCTION_WORD_CATEGORIES)
    assert fw["articles"] == frozenset({"a", "an", "the"})
    assert "no" in fw["negations"] and "on" in fw["prepositions"]  # not read as YAML booleans
    assert "don't" in fw["negations"] and "don't" in fw["auxiliary_verbs"]


def test_phrase_matching_whole_words_apostrophes_notes_and_wildcards():
    lex = load_lexicon()
    we = lex["pronoun_we"]
    assert we.spans(tokens.normalise("We went west, didn't we?")) == [(0, 2), (21, 23)]
    text = "Let\u2019s see. [we laugh] us"
    norm = tokens.normalise(text)
    # curly apostrophe matched, the note's "we" ignored, offsets into the original text
    assert [text[a:b] for a, b in we.spans(norm)] == ["Let\u2019s", "us"]
    assert tokens.normalise("[we] ok") == "     ok"
    info = lex["information"]
    assert [m for m in info.spans("you really need to stop")] == [(0, 18)]  # "you * need to"
    assert info.spans("you need to stop") == [(0, 11)]
    assert lex["disagreement"].spans("yeah, but no") == [(0, 9)]


def test_sentences_and_words_keep_offsets():
    norm = tokens.normalise("Okay. So you drink? Yes!  ")
    assert tokens.sentences(norm) == [(0, 5), (6, 19), (20, 24)]
    assert [w for w, _, _ in tokens.words(norm)] == ["okay", "so", "you", "drink", "yes"]


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("abcXY'\u2019 .?![]-\u0130\n")), max_size=60))
def test_normalise_keeps_length_and_word_offsets(text):
    norm = tokens.normalise(text)
    assert len(norm) == len(text)
    for w, a, b in tokens.words(norm):
        assert norm[a:b] == w and a < b
    for a, b in tokens.sentences(norm):
        assert 0 <= a < b <= len(text)


def _write(tmp_path, data, name="lex.yaml"):
    p = tmp_path / name
    p.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    return p


def test_unknown_and_missing_keys_are_config_errors(tmp_path):
    data = _packaged_lexicon_dict()
    data["extra"] = 1
    with pytest.raises(ConfigError, match=r"extra: unknown key \(allowed: version, negation, categories\)") as exc:
        load_lexicon(_write(tmp_path, data))
    assert exc.value.path.endswith("lex.yaml")

    data = _packaged_lexicon_dict()
    data["categories"]["bond"]["weight"] = 2
    with pytest.raises(ConfigError, match=r"categories\.bond\.weight: unknown key"):
        load_lexicon(_write(tmp_path, data))

    data = _packaged_lexicon_dict()
    del data["categories"]["tasks"]
    with pytest.raises(ConfigError, match="missing category.*tasks"):
        load_lexicon(_write(tmp_path, data))

    data = _packaged_lexicon_dict()
    data["categories"]["warmth"] = data["categories"]["bond"]
    with pytest.raises(ConfigError, match="unknown category 'warmth'"):
        load_lexicon(_write(tmp_path, data))


def test_yaml_booleans_and_bad_wildcards_are_config_errors(tmp_path):
    text = yaml.safe_dump(_packaged_lexicon_dict(), sort_keys=False)
    p = tmp_path / "lex.yaml"
    # an unquoted `no` in a phrase list is read by YAML as false
    p.write_text(text.replace("- nope\n", "- nope\n    - no\n", 1), encoding="utf-8")
    assert "- no\n" in p.read_text(encoding="utf-8")
    with pytest.raises(ConfigError, match="quote words"):
        load_lexicon(p)
    data = _packaged_lexicon_dict()
    data["categories"]["bond"]["phrases"] = ["* thanks"]
    with pytest.raises(ConfigError, match="wildcard"):
        load_lexicon(_write(tmp_path, data))
    p.write_text("version: 1\ncategories: [\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="invalid YAML"):
        load_lexicon(p)


def test_function_word_validation(tmp_path):
    fw = {c: sorted(w) for c, w in load_function_words().items()}
    fw["articles"] = ["a", "an", "the", "a lot"]
    with pytest.raises(ConfigError, match="single words"):
        load_function_words(_write(tmp_path, {"version": 1, "categories": fw}, "fw.yaml"))
    fw["articles"] = ["a", "an", "the"]
    del fw["quantifiers"]
    with pytest.raises(ConfigError, match="missing function-word category.*quantifiers"):
        load_function_words(_write(tmp_path, {"version": 1, "categories": fw}, "fw.yaml"))


def test_a_user_lexicon_changes_the_scores(tmp_path):
    seg, _ = make_segments([("therapist", "Brilliant work."), ("participant", "Cheers.")])
    assert row(score_alliance(seg).scores, "therapist")["bond_per_1k"] == 0.0
    data = _packaged_lexicon_dict()
    data["categories"]["bond"]["phrases"].append("brilliant")
    s = score_alliance(seg, lexicon=str(_write(tmp_path, data))).scores
    assert row(s, "therapist")["bond_per_1k"] == pytest.approx(500.0)
