"""De-identification, twelfth round, names and places: each new form with the nearest thing that must stay.

Every sentence here is written for the test (SYNTHETIC), none copied from a benchmark set.
"""

from __future__ import annotations

import pytest

from .test_deid import deid, found  # noqa: F401  (the module's Deidentifier fixture and its span lister)


@pytest.mark.parametrize("text, expected", [
    # a family name, a comma and a given name, found apart: one person
    ("Hello, this is Okorafor, Delphine ringing about my slot.", [("Okorafor, Delphine", "PERSON")]),
    # ... not a list of people or places
    ("I saw Gideon, Rosalind and Tomas at the weekend.",
     [("Gideon", "PERSON"), ("Rosalind", "PERSON"), ("Tomas", "PERSON")]),
    # a town and its county: one place
    ("She was moved to Kilcormac, Co. Offaly when the ward closed.", [("Kilcormac, Co. Offaly", "LOCATION")]),
    # a family name in capitals before a hyphenated given name
    ("Dear MARCHETTI, Anne-Sophie, your results are back.", [("MARCHETTI, Anne-Sophie", "PERSON")]),
    # a prison named with its acronym before it, a service with its acronym after it
    ("He was moved to HMP Wrenfield last spring.", [("HMP Wrenfield", "LOCATION")]),
    ("She was discharged from Harrowgate North CMHT on Friday.", [("Harrowgate North CMHT", "LOCATION")]),
    ("Follow-up at the Brockton VAMC was arranged.", [("Brockton VAMC", "LOCATION")]),
    # ... not the acronym alone or with a word capitalised by position
    ("Contact CMHT if things get worse.", []),
    ("The CMHT and HMP staff met on Monday.", []),
    # a sentence that opens with a name and says whom it is to the speaker
    ("Wojtaszek is my care coordinator now.", [("Wojtaszek", "PERSON")]),
    # ... not a common word, a demonstrative or a kin word
    ("Alcohol was my best friend for years.", []),
    ("This is my sister and that is my brother.", []),
    ("Nan was my rock growing up.", []),
    # a place named for a saint
    ("We moved out to St. Norbert after the divorce.", [("St. Norbert", "LOCATION")]),
    # ... not a street's abbreviation after a name
    ("She walked down Mill St. Then she stopped.", [("Mill St.", "ADDRESS")]),
    # a French place's joiner
    ("My aunt lives in Rivière-des-Prairies now.", [("Rivière-des-Prairies", "LOCATION")]),
    # a facility kind: a secondary school, an Ontario family health team
    ("He teaches at Wexcombe Secondary School.", [("Wexcombe Secondary School", "LOCATION")]),
    ("I see the nurse at Tamarack Hollow Family Health Team.", [("Tamarack Hollow Family Health Team", "LOCATION")]),
    # ... not a kind with a church's adjective
    ("We all go to the same Orthodox church.", []),
    # an incident form's place field
    ("Location of incident: Quarrybank House", [("Quarrybank House", "LOCATION")]),
    ("Location of incident: Home", []),
    # a lower-case town before a hill
    ("she lives out at kirkcaldy hill now", [("kirkcaldy hill", "LOCATION")]),
    ("we walked up the hill and into the wood", []),
    # a person in apposition to the examinee or patient
    ("The examinee, Ardashir, was told the limits of confidentiality.", [("Ardashir", "PERSON")]),
    ("We saw patient Zero in the film.", []),
    # a middle initial before a possessive
    ("It is Bartosz K.'s mum on the phone.", [("Bartosz K.", "PERSON")]),
    # a weekday and a month's abbreviation: a date's, no name
    ("Seen Mon Dec 14, 2019 for review.", [("Mon Dec 14, 2019", "DATE")]),
    # a salutation, the Irish police, Welsh kin words: no names
    ("Hiya, the Garda came round and my nain was upset.", []),
])
def test_round12_names(deid, text, expected):
    assert found(deid, text) == expected
