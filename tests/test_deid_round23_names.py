"""De-identification, twenty-third round (PERSON and LOCATION): each new form with the nearest thing that must stay.

Every sentence here is written for the test (SYNTHETIC), none copied from a benchmark set.
"""

from __future__ import annotations

import pytest

from qualalliance.deid.towns import town_names

from .test_deid import deid, found  # noqa: F401  (the module's Deidentifier fixture and its span lister)


@pytest.mark.parametrize("text, expected", [
    # a facility or a workplace named in lower case right after a place's cue: rare words before its kind
    ("they sent me over to quillerby surgery on friday", [("quillerby surgery", "LOCATION")]),
    ("i do weekends at dunmarra logistics and its long hours", [("dunmarra logistics", "LOCATION")]),
    ("the letter came from tullowen insurance yesterday", [("tullowen insurance", "LOCATION")]),
    ("he started at brackenmoor university this year", [("brackenmoor university", "LOCATION")]),
    ("my son is at ferncastle secondary college", [("ferncastle secondary college", "LOCATION")]),
    ("she trains at korrimbo fitness before work", [("korrimbo fitness", "LOCATION")]),
    # a rare name and a place-kind word ("park", "point") before the kind
    ("we moved to yarrowby park university", [("yarrowby park university", "LOCATION")]),
    # not a common word, a kind of care or a specialty, nor the kind alone
    ("i was at the local surgery all morning", []),
    ("she works in cosmetic surgery now", []),
    ("he is in orthopaedic surgery this week", []),
    ("we pay way too much in car insurance", []),
    ("she goes to the gym at work", []),
    ("i went to university last year", []),
])
def test_round23_cued_lower_facility(deid, text, expected):  # noqa: F811
    assert found(deid, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a facility's or a workplace's kind after a place the rules found in lower case: one place
    ("i drove out to penzance university on sunday", [("penzance university", "LOCATION")]),
    ("my sister moved to galway community health last year", [("galway community health", "LOCATION")]),
    # not after a person without a place's cue: the kind is a word of the sentence
    ("i told zandra university was hard", [("zandra", "PERSON")]),
    # a town's "town" or "city" after it, in the town's case
    ("we went back to kilkenny town for the christening", [("kilkenny town", "LOCATION")]),
    ("the shops in Leeds City Centre were packed", [("Leeds City Centre", "LOCATION")]),
    # not after a person: "town" is the word
    ("i told Sarah town was dead on sunday", [("Sarah", "PERSON")]),
])
def test_round23_kind_after_found_place(deid, text, expected):  # noqa: F811
    assert found(deid, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a saint's, a mount's or a fort's town typed short or long
    ("we moved to st helens when i was ten", [("st helens", "LOCATION")]),
    ("she drove to mt gambier for the weekend", [("mt gambier", "LOCATION")]),
    ("he flew to ft lauderdale for work", [("ft lauderdale", "LOCATION")]),
    # "back to" after a verb of going or moving: a place's cue
    ("we moved back to ballina after the divorce", [("ballina", "LOCATION")]),
    ("i went back to dungarvan for the wedding", [("dungarvan", "LOCATION")]),
    # not a topic, a habit or a common word after "back to"
    ("i keep going back to that night", []),
    ("i went back to work on monday", []),
    ("she went back to bed", []),
])
def test_round23_towns(deid, text, expected):  # noqa: F811
    assert found(deid, text) == expected


def test_round23_town_short_forms_in_list():
    names = town_names()
    assert "st albans" in names and "saint albans" in names
    assert "mt gambier" in names and "mount gambier" in names
    assert "st" not in names and "mt" not in names


@pytest.mark.parametrize("text, expected", [
    # a lower-case name after a grandparent's, an aunt's or a partner's typed kin word
    ("my grandad tobias taught me to fish", [("tobias", "PERSON")]),
    ("my aunty oriana picked me up", [("oriana", "PERSON")]),
    # not a common word after it
    ("my grandad said no", []),
    ("my nan always knows", []),
])
def test_round23_more_kin_words(deid, text, expected):  # noqa: F811
    assert found(deid, text) == expected
