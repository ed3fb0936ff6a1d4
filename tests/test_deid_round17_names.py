"""De-identification, seventeenth round, names and places: each new form with the nearest thing that must stay.

Every sentence here is written for the test (SYNTHETIC), none copied from a benchmark set.
"""

from __future__ import annotations

import pytest

from .test_deid import deid, found  # noqa: F401  (the module's Deidentifier fixture and its span lister)


@pytest.mark.parametrize("text, expected", [
    # a family name's initial before a bracket, a dash or a file name's underscore
    ("Plan discussed with Okonkwo R (pharmacist) this am.", [("Okonkwo R", "PERSON")]),
    ("Collateral from brother Petrossian K -- agrees w/ plan.", [("Petrossian K", "PERSON")]),
    ("Reviewed by: Siobhan T. (clinical lead)", [("Siobhan T.", "PERSON")]),
    ("Saved as Ngaire P._session3_draft.docx", [("Ngaire P.", "PERSON")]),
    ("Thanks, Anahera W.. See you next week.", [("Anahera W.", "PERSON")]),
    # ... "A" as well, before a bracket or punctuation; not before a lower-case word ("A lot"), and never "I"
    ("Pt's son Okonkwo A (carer) attending daily.", [("Okonkwo A", "PERSON")]),
    ("Pt's son Okonkwo A, attending daily.", [("Okonkwo A", "PERSON")]),
    ("I told Okonkwo A lot more than I meant to.", [("Okonkwo", "PERSON")]),
    ("Then Okonkwo I think rang back.", [("Okonkwo", "PERSON")]),
    # ... not a capital word after the initial ("Tom B Smith" is another form), not a plan's letter
    ("Go with Plan B (the backup) if needed.", []),
])
def test_round17_initials(deid, text, expected):  # noqa: F811
    assert found(deid, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a town and its state, province or territory after a comma: one place
    ("We lived in Kamloops, BC for a bit.", [("Kamloops, BC", "LOCATION")]),
    ("He grew up near Tuscaloosa, Alabama, then moved.", [("Tuscaloosa, Alabama", "LOCATION")]),
    ("The clinic is at Toowoomba, QLD now.", [("Toowoomba, QLD", "LOCATION")]),
    ("Recorded at: Moncton, New Brunswick", [("Moncton, New Brunswick", "LOCATION")]),
    # ... a state that is also a credential, an English word or a given name after a person's name stays apart
    ("Seen by Okafor, MD on the ward.", [("Okafor", "PERSON")]),
    ("Letter from Okafor, MD about the dose.", [("Okafor", "LOCATION")]),  # (typed a place after "from", as before)
    ("Rang Okafor, OK to proceed.", [("Okafor", "PERSON")]),
    # ... after a town found as a place, any ("lives in" a place; "from" a person's too, so not a degree's letters)
    ("She lives in Towson, MD with her aunt.", [("Towson, MD", "LOCATION")]),
    # ... and a state alone is no place (Safe Harbor keeps it)
    ("She moved to Alabama last year.", []),
])
def test_round17_town_and_state(deid, text, expected):  # noqa: F811
    assert found(deid, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a facility's head after a place's name, with a service's initials before it
    ("Discharged from Kingsmere MH Unit on day 9.", [("Kingsmere MH Unit", "LOCATION")]),
    ("Referred to the Pemberton Eating Disorders Unit.", [("Pemberton Eating Disorders Unit", "LOCATION")]),
    # ... not a GP's or a doctor's surgery named by the kind of doctor
    ("Referred from: GP surgery", []),
    # a place with its compass word abbreviated
    ("Pt lives in Nth Rockhampton w/ parents.", [("Nth Rockhampton", "LOCATION")]),
    # ... not a country's name
    ("Family emigrated from Sth Africa in 2009.", []),
])
def test_round17_places(deid, text, expected):  # noqa: F811
    assert found(deid, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a name alone as a role label's value
    ("Interviewer: Ngaio\nDuration: 42 min", [("Ngaio", "PERSON")]),
    ("Counsellor: Ruairi (placement student) | Session 3", [("Ruairi", "PERSON")]),
    ("Transcribed by: Oluwaseun Bakare", [("Oluwaseun Bakare", "PERSON")]),
    ("Therapist: Hugh (trainee)", [("Hugh", "PERSON")]),
    # ... not a speaker's turn or a transcript's marker
    ("Therapist: Right\nClient: Sure", []),
    ("Interviewer: Inaudible (crosstalk)", []),
    # ... nor a client's or participant's label, whose value may be an answer
    ("Participant: Sertraline\nClient: Aripiprazole (depot)", []),
    ("Interviewer: Confidential -- not for circulation", []),
    # kin words, weekday abbreviations and a welfare agency said capitalised: no one
    ("Gran rang Thurs about the Centrelink letter.", []),
])
def test_round17_labels(deid, text, expected):  # noqa: F811
    assert found(deid, text) == expected
