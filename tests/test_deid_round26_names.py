"""De-identification, twenty-sixth round (PERSON and LOCATION): each new form with the nearest thing that must stay.

Every sentence here is written for the test (SYNTHETIC), none copied from a benchmark set.
"""

from __future__ import annotations

import pytest

from .test_deid import deid, found  # noqa: F401  (the module's Deidentifier fixture and its span lister)


@pytest.mark.parametrize("text, expected", [
    # a form's whole answer after a label that asks for a person or a place: a word English writes capitalised more
    # often than in lower case
    ("Name of carer: Ruby", [("Ruby", "PERSON")]),
    ("Name of the person who referred you: Tess", [("Tess", "PERSON")]),
    ("Which town do you live in? Wells", [("Wells", "LOCATION")]),
    # not a common word typed as the answer
    ("Name of carer: None", []),
    ("Next of kin: Dad", []),
    ("Where do you live (town or area)? Rural", []),
    ("Current employer: Unknown", []),
    ("Where will you be for the call? Telehealth", []),
])
def test_round26_label_value_name_word(deid, text, expected):  # noqa: F811
    assert found(deid, text) == expected


@pytest.mark.parametrize("text, expected", [
    # an employer's label asks for a place; a label with a long bracketed remark is still a label
    ("Employer: Quillon Haulage", [("Quillon Haulage", "LOCATION")]),
    ("Where are you right now (we ask this in case we need to send help to you): Ardmoyle",
     [("Ardmoyle", "LOCATION")]),
    # not a common word after it
    ("Employer: Self-employed", []),
    ("Where are you right now (we ask this in case we need to send help to you): Home", []),
])
def test_round26_employer_and_long_label(deid, text, expected):  # noqa: F811
    assert found(deid, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a given name and a family name in capitals with no cue, in a text not in capitals
    ("i was seen by KIERAN HOLLOWAY last week and it went ok", [("KIERAN HOLLOWAY", "PERSON")]),
    # not acronyms, nor words typed in capitals
    ("the CAMHS IAPT team said no again", []),
    ("honestly PLEASE HELP, it is GOOD NEWS really", []),
])
def test_round26_caps_pair(deid, text, expected):  # noqa: F811
    assert found(deid, text) == expected


@pytest.mark.parametrize("text, expected", [
    # an Irish county after a town, a province's abbreviation in lower case
    ("the closest office for you is in ennistymon co clare now", [("ennistymon co clare", "LOCATION")]),
    ("the closest office for you is Kilrush co clare now", [("Kilrush co clare", "LOCATION")]),
    ("the closest office for you is kingston ont now", [("kingston ont", "LOCATION")]),
    ("we drove out to belleville ont for the weekend", [("belleville ont", "LOCATION")]),
    # not a word after "co" that is no county, nor "bc" (typed "because")
    ("the closest office for you is Kilrush co op now", [("Kilrush", "PERSON")]),
    ("we drove out to belleville bc it was cheaper", [("belleville", "LOCATION")]),
])
def test_round26_county_and_province(deid, text, expected):  # noqa: F811
    assert found(deid, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a facility typed in lower case after a place's cue, with or without "the"
    ("i got sent to larkspur gp on monday", [("larkspur gp", "LOCATION")]),
    ("my nan is in the thornmead practice list", [("thornmead practice", "LOCATION")]),
    ("they moved him into quarrendon nursing home", [("quarrendon nursing home", "LOCATION")]),
    ("she left st oswin's college after a year", [("st oswin's college", "LOCATION")]),
    # not a common word before the kind
    ("i got sent to the local gp on monday", []),
    ("they moved him into the care home", []),
])
def test_round26_lower_facility(deid, text, expected):  # noqa: F811
    assert found(deid, text) == expected
