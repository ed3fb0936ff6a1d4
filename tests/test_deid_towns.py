"""Towns found with the shipped list of the world's towns after a place's cue (qualalliance/deid/towns.py),
and the script that builds the list (scripts/build_towns.py).  Sentences written for these tests."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from qualalliance.deid.engine import Deidentifier
from qualalliance.deid.lexicon import lexeme_probs, packaged_allow_list
from qualalliance.deid.towns import town_names, town_spans

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def probs():
    return lexeme_probs()


@pytest.fixture(scope="module")
def rules():
    return Deidentifier(ner="off")


def _towns(text, probs):
    return [text[s:e] for s, e, _ in town_spans(text, probs, packaged_allow_list())]


@pytest.mark.parametrize("text, town", [
    ("we moved to ballymena in the spring", "ballymena"),        # lower case, a word English writes capitalised
    ("my gp in portadown wont renew it", "portadown"),
    ("the bus to toowoomba takes forever", "toowoomba"),
    ("been staying near castle hill with my aunt", "castle hill"),  # two common words, one rare enough
    ("the roads in grande prairie are awful", "grande prairie"),
    ("she grew up in Swords, north of the city", "Swords"),       # capitalised, and also an English word
    ("the clinic in Bath rang me back", "Bath"),
    ("we live in Reading now", "Reading"),                        # a common word, where someone lives
    ("My sister moved to Hope last year.", "Hope"),
    ("im in The Bronx till friday", "The Bronx"),                 # a town whose name has its "the"
    ("drove past kingston upon hull on the way", "kingston upon hull"),  # a particle inside
])
def test_a_listed_town_after_a_cue_is_found(text, town, probs):
    assert _towns(text, probs) == [town]


@pytest.mark.parametrize("text", [
    "I keep coming back to grief and to hope.",   # no place's cue; "back to" is talk's
    "i was at home in time for tea",              # Home and Time are towns, and the commonest words
    "she is in recovery and doing well",          # Recovery is a town; lower case, common
    "In Recovery we talked about relapse",        # capitalised but common, and no one lives there
    "we sat in the forest for an hour",           # Forest is a town; English writes it in lower case
    "the pharmacy in swords was shut",            # lower case and a common word: left (the text cannot tell)
    "I got a text from Chelsea today",            # a message's "from": a person
    "we stayed at Austin's after the party",      # a possessive: someone's home
    "IT HAPPENED IN BATH",                        # capitals: no word-by-word evidence
    "she is in Castle hill",                      # mixed case
    "we joined a group in reading",               # "reading": a common word in lower case
])
def test_no_town_without_its_evidence(text, probs):
    assert _towns(text, probs) == []


def test_the_engine_types_a_listed_town_as_a_location(rules):
    text = "just moved to ballymena and dont know anyone"
    assert [(text[s.start:s.end], s.entity_type) for s in rules.find(text)] == [("ballymena", "LOCATION")]


def test_the_users_allow_list_keeps_a_town():
    text = "we moved to ballymena last spring"
    assert Deidentifier(ner="off", allow=["Ballymena"]).find(text) == []


def test_the_list_holds_towns_but_not_the_states_and_countries_safe_harbor_keeps():
    names = town_names()
    assert {"paisley", "des moines", "toowoomba", "kingston upon hull", "hull", "bronx"} <= names
    allowed_places = {"texas", "ontario", "ireland", "new south wales", "canada"}
    assert not allowed_places & names
    assert 50_000 < len(names) < 60_000


def test_the_list_names_its_source_and_licence():
    head = (ROOT / "qualalliance" / "deid" / "data" / "towns.txt").read_text(encoding="utf-8").splitlines()[:5]
    assert any("GeoNames" in line and "CC BY 4.0" in line for line in head)


def _build_module():
    spec = importlib.util.spec_from_file_location("build_towns", ROOT / "scripts" / "build_towns.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_build_keeps_places_by_country_and_population_with_their_short_forms(tmp_path):
    places = {
        "1": {"geonameid": 1, "name": "Kingston upon Hull", "countrycode": "GB", "population": 300_000,
              "alternatenames": ["Hull", "Hulo", "HUL"]},
        "2": {"geonameid": 2, "name": "Smalltown", "countrycode": "NZ", "population": 1_200, "alternatenames": []},
        "3": {"geonameid": 3, "name": "Petitville", "countrycode": "FR", "population": 9_000, "alternatenames": []},
        "4": {"geonameid": 4, "name": "Sant Julià", "countrycode": "AD", "population": 16_000, "alternatenames": []},
        "5": {"geonameid": 5, "name": "Ontario", "countrycode": "US", "population": 180_000, "alternatenames": []},
        "6": {"geonameid": 6, "name": "Ab", "countrycode": "US", "population": 5_000, "alternatenames": []},
        "7": {"geonameid": 7, "name": "Route 66 Town", "countrycode": "US", "population": 5_000, "alternatenames": []},
    }
    (tmp_path / "cities1000.json").write_text(json.dumps(places), encoding="utf-8")
    names = _build_module().build(tmp_path, frozenset({"ontario"}))
    # Hull: the end of the name; Hulo, HUL: other alternates (transliterations, codes) are not taken; Petitville:
    # under 15,000 outside the six countries; Ontario: allow-listed; Ab: too short; digits: left out
    assert names == ["Hull", "Kingston upon Hull", "Sant Julia", "Sant Julià", "Smalltown"]


def test_a_town_that_opens_an_allowed_place_is_not_taken_alone(probs):
    assert _towns("we lived in West Virginia for years", probs) == []   # West is a town; West Virginia a state


def test_a_lower_case_town_before_a_number_is_a_part_of_a_building(probs):
    assert _towns("the patient in bay 3 slept well", probs) == []


@pytest.mark.parametrize("text, town", [
    ("drove to boulder colorado and back", "boulder colorado"),
    ("we moved to Hamilton, Waikato in May", "Hamilton, Waikato"),
    ("she lives in paisley Ontario now", "paisley Ontario"),
])
def test_a_states_name_after_a_listed_town_is_part_of_the_place(text, town, probs):
    assert _towns(text, probs) == [town]


def test_a_state_in_capitals_after_a_lower_case_town_is_not_taken(probs):
    assert _towns("drove to boulder COLORADO", probs) == ["boulder"]


def test_a_capitalised_town_before_a_letter_is_a_part_of_a_building(probs):
    assert _towns("The bed in Ward B was too hard.", probs) == []


def test_a_town_before_i_is_still_a_town(probs):
    assert _towns("we live in paisley I think", probs) == ["paisley"]


def test_a_lower_case_word_after_the_is_a_town_only_when_english_hardly_writes_it(probs):
    assert _towns("she still walks down to the wharf every morning", probs) == []   # The Wharf is listed
    assert _towns("she still goes to the wharf every morning", probs) == []
    assert _towns("we met at The Wharf on Friday", probs) == ["The Wharf"]
