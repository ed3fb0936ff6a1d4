"""De-identification, eighteenth round, names and places: each new form with the nearest thing that must stay.

Every sentence here is written for the test (SYNTHETIC), none copied from a benchmark set.
"""

from __future__ import annotations

import pytest

from .test_deid import deid, found  # noqa: F401  (the module's Deidentifier fixture and its span lister)


@pytest.mark.parametrize("text, expected", [
    # a form's label that asks for a place types its value a place, whatever the label's wording
    ("Participant: Suburb / town: Tamworth", [("Tamworth", "LOCATION")]),
    ("Client: What town do you live in? Dunedin", [("Dunedin", "LOCATION")]),
    ("Parent: Child's school: Oakhurst", [("Oakhurst", "LOCATION")]),
    ("Referring GP practice: Eastbrook", [("Eastbrook", "LOCATION")]),
    ("Seen at: Kilkenny", [("Kilkenny", "LOCATION")]),
    ("Carer: Where did you last get help (where)? Kalgoorlie - twice", [("Kalgoorlie", "LOCATION")]),
    # ... a place of several words, its first word kept, when a word of it is a name's or it ends in a place noun
    ("Locality: Port Pirie", [("Port Pirie", "LOCATION")]),
    ("Town: Coral Springs", [("Coral Springs", "LOCATION")]),
    ("Which clinic do you attend? Bramblewood Talking Therapies", [("Bramblewood Talking Therapies", "LOCATION")]),
    # ... and in lower case
    ("Home town: ballyhaunis", [("ballyhaunis", "LOCATION")]),
    # not a place word followed by "of" (an area of concern), not common words, not a speaker's label
    ("Area of concern: Sleep", []),
    ("Service: Adult Mental Health Service", []),
    ("Setting: Telehealth", []),
    ("Venue: Zoom", []),
])
def test_round18_place_label(deid, text, expected):  # noqa: F811
    assert found(deid, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a label asking for a person: its value of a word English never writes in lower case, the first word kept
    ("Maiden name (if any): Okwuosa", [("Okwuosa", "PERSON")]),
    # a label asking for a person or a place: a value typed in capitals
    ("Your full name: TAMATI HOROMONA", [("TAMATI HOROMONA", "PERSON")]),
    ("Emergency contact: JOHN O'SULLIVAN (brother)", [("JOHN O'SULLIVAN", "PERSON")]),
    ("Consultant's name: Dr PRIYA VENKATESH", [("PRIYA VENKATESH", "PERSON")]),
    ("Town/city: WAGGA", [("WAGGA", "LOCATION")]),
    # ... not an acronym, a common word or an answer that is no name
    ("Main concern: PTSD", []),
    ("Who referred you? CAMHS", []),
    ("Your name: NOT SURE", []),
    ("Town: N/A", []),
    # ... nor after a speaker's label
    ("Therapist: Esketamine came up a lot.", []),
])
def test_round18_label_values(deid, text, expected):  # noqa: F811
    assert found(deid, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a name in capitals after a relation, with its family name; in capitals after a place's cue
    ("yes my brother DECLAN FORSYTHE can be told", [("DECLAN FORSYTHE", "PERSON")]),
    ("i get the train from ROTHERHAM most days", [("ROTHERHAM", "LOCATION")]),
    # ... not an acronym after a cue, nor after a sentence's end
    ("i was told by my GP it was PTSD in the end", []),
    ("we drove to the NHS centre", []),
])
def test_round18_capitals(deid, text, expected):  # noqa: F811
    assert found(deid, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a name that "is where" something happened is a place
    ("Honestly Toowoomba is where it all started.", [("Toowoomba", "LOCATION")]),
    # "nearest" is a place's cue
    ("Can I be seen at the clinic nearest Ballymena?", [("Ballymena", "LOCATION")]),
    # a campus after its place's name is part of it
    ("She studies at the Coleraine campus now.", [("Coleraine campus", "LOCATION")]),
    # not a person's name that is only talked about
    ("I told Darren it was fine.", [("Darren", "PERSON")]),
])
def test_round18_place_cues(deid, text, expected):  # noqa: F811
    assert found(deid, text) == expected


@pytest.mark.parametrize("text, expected", [
    # two given names joined by a hyphen, opening a sentence
    ("Marie-Claude and I split up last year.", [("Marie-Claude", "PERSON")]),
    # not a combining form's compound nor a common compound
    ("Anglo-Saxon names were all over the list.", []),
    ("Self-Care matters to me.", []),
    ("Follow-Up Plan: none needed.", []),
])
def test_round18_hyphenated_given_names(deid, text, expected):  # noqa: F811
    assert found(deid, text) == expected
