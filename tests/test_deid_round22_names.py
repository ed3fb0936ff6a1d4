"""De-identification, twenty-second round (PERSON and LOCATION): each new form with the nearest thing that must stay.

Every sentence here is written for the test (SYNTHETIC), none copied from a benchmark set.
"""

from __future__ import annotations

import pytest

from .test_deid import deid, found  # noqa: F401  (the module's Deidentifier fixture and its span lister)


@pytest.mark.parametrize("text, expected", [
    # a facility typed in lower case: a word English hardly writes before a hospital's, a pharmacy's or a school's kind
    ("i was at brindlewick general hospital for a week", [("brindlewick general hospital", "LOCATION")]),
    ("the script is waiting at quorndale pharmacy", [("quorndale pharmacy", "LOCATION")]),
    ("she goes to tarrawonga high school now", [("tarrawonga high school", "LOCATION")]),
    # not the kinds alone after a common word
    ("i was at the general hospital for a week", []),
    ("the script is waiting at the local pharmacy", []),
    ("she goes to high school now", []),
])
def test_round22_lower_case_facility(deid, text, expected):  # noqa: F811
    assert found(deid, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a school's or a workplace's kind after a place found in lower case
    ("my gp at wirrabeen high sent the letter", [("wirrabeen high", "LOCATION")]),
    ("my mate got a job at zorbethy foods, starts monday", [("zorbethy foods", "LOCATION")]),
    # not a kind after a common word
    ("my mate got a job at the fast food place", []),
])
def test_round22_kind_after_lower_case_place(deid, text, expected):  # noqa: F811
    assert found(deid, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a state's code or an Irish county typed in lower case after the town
    ("she lives in yreka ca now", [("yreka ca", "LOCATION")]),
    ("they took me to mullingar co westmeath after it", [("mullingar co westmeath", "LOCATION")]),
    # not an English word after the town, nor "co" alone
    ("she lives in yreka or near there", [("yreka", "LOCATION")]),
    ("we went to the co op after", []),
])
def test_round22_lower_case_state_and_county(deid, text, expected):  # noqa: F811
    assert found(deid, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a family name's initial in lower case with a possessive
    ("staying at priya k's place tonight", [("priya k", "PERSON")]),
    # not a chat word after the name ("k": ok)
    ("staying with priya k thx", [("priya", "PERSON")]),
])
def test_round22_possessive_lower_initial(deid, text, expected):  # noqa: F811
    assert found(deid, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a word English never writes, with the writer: "me and X", "X and I"
    ("me and zebulonn broke up again", [("zebulonn", "PERSON")]),
    ("Kaewkanya and I went to the beach", [("Kaewkanya", "PERSON")]),
    # not a pronoun, nor a medicine English knows
    ("me and him broke up again", []),
    ("Sertraline and I dont get on", []),
])
def test_round22_with_the_writer(deid, text, expected):  # noqa: F811
    assert found(deid, text) == expected


@pytest.mark.parametrize("text, expected", [
    # an unknown word after a role, missed after "i miss"; an Irish surname typed without its apostrophe
    ("my support worker tamatea is great", [("tamatea", "PERSON")]),
    ("i miss kaiyaaa so much", [("kaiyaaa", "PERSON")]),
    ("is odonnell still my worker", [("odonnell", "PERSON")]),
    # not the role alone, a habit missed, nor "oclock"
    ("my support worker is great", []),
    ("i miss smoking so much", []),
    ("its six oclock already", []),
])
def test_round22_lower_case_cued_names(deid, text, expected):  # noqa: F811
    assert found(deid, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a kin word right before a state's or a country's name: a given name
    ("my daughter Virginia rang last night", [("Virginia", "PERSON")]),
    # not the state itself after a preposition
    ("my daughter in Virginia rang last night", []),
])
def test_round22_kin_before_allowed_place_name(deid, text, expected):  # noqa: F811
    assert found(deid, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a journey's end: a word English never writes after "driving down to", "moved to"
    ("driving down to whakatane tmrw", [("whakatane", "LOCATION")]),
    # not a medicine moved on to, nor the chat word after the town
    ("we moved on to esketamine last month", []),
])
def test_round22_journey_to_place(deid, text, expected):  # noqa: F811
    assert found(deid, text) == expected
