"""De-identification, twenty-seventh round (PERSON and LOCATION): each new form with the nearest thing that must stay.

Every sentence here is written for the test (SYNTHETIC), none copied from a benchmark set.
"""

from __future__ import annotations

import pytest

from .test_deid import deid, found  # noqa: F401  (the module's Deidentifier fixture and its span lister)


@pytest.mark.parametrize("text, expected", [
    # a person's title right before a word the allow-list keeps as a state or a country: a given name
    ("I asked Miss Carolina about the rota.", [("Carolina", "PERSON")]),
    ("Dr India rang me back on Friday.", [("India", "PERSON")]),
    # not the place itself, with no title right before it
    ("Ms Okafor moved up from Virginia.", [("Okafor", "PERSON")]),
    ("We drove through Virginia to get there.", []),
])
def test_round27_title_before_allowed_place(deid, text, expected):  # noqa: F811
    assert found(deid, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a lower-case facility named for a saint, as chats type it
    ("my mam is in st brendan's hospital since monday", [("st brendan's hospital", "LOCATION")]),
    ("the kids go to st colms primary now", [("st colms primary", "LOCATION")]),
    ("we do the group at saint agnes church hall", [("saint agnes church", "LOCATION")]),
    # not a herb or a word that runs into "st", nor "st" before a word of grammar
    ("i started st johns wort but stopped", []),
    ("first school i went to was awful", []),
    ("the west hospital wing was shut", []),
])
def test_round27_lower_saint_facility(deid, text, expected):  # noqa: F811
    assert [f for f in found(deid, text) if f[1] == "LOCATION"] == expected


@pytest.mark.parametrize("text", [
    "Date of birth (DD/MM/YYYY): 4 May",
    "Please write the date as YYYY-MM-DD on the form.",
    "Start date (MM/DD/YY): next week",
])
def test_round27_date_format_placeholder_no_place(deid, text):  # noqa: F811
    assert [f for f in found(deid, text) if f[1] in ("PERSON", "LOCATION")] == []


@pytest.mark.parametrize("text, expected", [
    # a lower-case name opening a turn in apposition to "my" and a relation or role that does what a person does
    ("Client: priyanka my sponsor said to ring her", [("priyanka", "PERSON")]),
    ("Client: virginia, my sister told me off", [("virginia", "PERSON")]),
    # after "me and", before what the two did
    ("Client: me and kenji went halves on it", [("kenji", "PERSON")]),
    # not a word of talk, a time, a kin word or a pronoun
    ("Client: honestly my sponsor said to ring her", []),
    ("Client: yesterday my sister told me off", []),
    ("Client: me and mum went halves on it", []),
    ("Client: me and him went halves on it", []),
    ("Client: jasmine my sponsor is away", []),
])
def test_round27_typed_apposed_lower_names(deid, text, expected):  # noqa: F811
    assert [f for f in found(deid, text) if f[1] == "PERSON"] == expected


@pytest.mark.parametrize("text, expected", [
    # a town and its state's code that is also a word in capitals, where the line ends after it
    ("Client: Where did you grow up? Eugene OR", [("Eugene OR", "LOCATION")]),
    ("Client: We lived in Augusta ME.", [("Augusta ME", "LOCATION")]),
    # not before another word
    ("Client: We lived in Augusta ME and then moved", [("Augusta", "LOCATION")]),
])
def test_round27_word_state_code_at_line_end(deid, text, expected):  # noqa: F811
    assert [f for f in found(deid, text) if f[1] in ("PERSON", "LOCATION")] == expected
