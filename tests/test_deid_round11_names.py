"""De-identification, eleventh round, names and places: each new form with the nearest thing that must stay.

Every sentence here is written for the test (SYNTHETIC), none copied from a benchmark set.
"""

from __future__ import annotations

import pytest

from qualalliance.deid.engine import Deidentifier

from .test_deid import deid, found  # noqa: F401  (the module's Deidentifier fixture and its span lister)


@pytest.mark.parametrize("text, expected", [
    # a glottal stop's apostrophe inside a name keeps the name whole
    ("We sat with Losana Tu'ivailala after the service.", [("Losana Tu'ivailala", "PERSON")]),
    ("My aunt grew up in Neiafu'ola before the war.", [("Neiafu'ola", "LOCATION")]),
    # ... not a contraction, a possessive or a word with an apostrophe English writes
    ("Yes ma'am, it's Rosalind's car and y'all know it.", [("Rosalind", "PERSON")]),
    ("The Qur'an and the Shi'a tradition were both named.", []),
    # a person as an HL7 name field writes one
    ("NK1|1|FALEOLO^SIONE^T|BRO^Brother|||", [("FALEOLO^SIONE^T", "PERSON")]),
    ("PID|1||88812^^^CLINIC^MR||Vandermeer^Odile||", [("88812^^^CLINIC^MR", "ID"), ("Vandermeer^Odile", "PERSON")]),
    ("Honestly KAVELIO^MANU^R's call helped.", [("KAVELIO^MANU^R", "PERSON")]),
    # ... not a relation's code and text, a message type or a code list
    ("NK1|2||MTH^MOTHER|SPO^Spouse|ORU^R01|", []),
    ("AL1|1|DA|PCN^PENICILLIN^RXNORM|SV|", []),
    # a capitalised word broken at a line's end
    ("I phoned Mr Gorrin-\ndale about the form.", [("Gorrin-\ndale", "PERSON")]),
    ("She drove out to Wandabil-\nlong on the weekend.", [("Wandabil-\nlong", "LOCATION")]),
    # ... not a common word so broken
    ("We did thera-\npy and self-\ncare, then the Anxi-\nety group.", []),
    # a nickname in brackets inside a full name
    ("Emergency contact: Teodoro (Teddy) Okwuosa, cousin.", [("Teodoro (Teddy) Okwuosa", "PERSON")]),
    # ... not a place, a bracketed word and a common noun
    ("The report from Leeds (United Kingdom) Trust came.", [("Leeds", "LOCATION"), ("Trust", "PERSON")]),
    # a place, a comma and the larger place it lies in
    ("We lived at Kolovai, Hihifo before the storm.", [("Kolovai, Hihifo", "LOCATION")]),
    # ... not a country the allow-list keeps (a state goes with its town since the seventeenth round:
    # tests/test_deid_round17_names.py)
    ("She was born in Dubbo, Australia, then moved.", [("Dubbo", "LOCATION")]),
    # a neighbourhood with its Spanish word
    ("We grew up in barrio La Floresta and moved to sector Guayabal.",
     [("barrio La Floresta", "LOCATION"), ("sector Guayabal", "LOCATION")]),
    ("She lives in Bo. Quebrada Honda now; the office in Comuna 8 shut.",
     [("Bo. Quebrada Honda", "LOCATION"), ("Comuna 8", "LOCATION")]),
    # ... not a sector or a barrio named by common words
    ("He works in the public sector The union said no.", []),
    # a camp, a mine or a work site named before it
    ("He flew out to Yarrabee Ridge camp for the swing.", [("Yarrabee Ridge camp", "LOCATION")]),
    ("We met at the Mount Tolhurst mine gate.", [("Mount Tolhurst mine", "LOCATION")]),
    # ... not a common word before it
    ("I was at the camp, then the mine site.", []),
    # a place field at a line's start, a JSON place key
    ("location: Wirrabara", [("Wirrabara", "LOCATION")]),
    ("Place of death: port pirie", [("port pirie", "LOCATION")]),
    ('{"event": "mood", "place": "Tlaquepaque", "score": 4}', [("Tlaquepaque", "LOCATION")]),
    # ... not a setting, not a phrase that ends in "place:"
    ("Location: Telehealth", []),
    ("In the first place: I think so.", []),
    # a place and its larger place after a comma with a compass word
    ("They lived in Port Tarrabool, north Wandoan for a week.", [("Port Tarrabool, north Wandoan", "LOCATION")]),
    # ... not a person a cue names after the comma
    ("She lived in Tarrabool, told Sarah and left.", [("Tarrabool", "LOCATION"), ("Sarah", "PERSON")]),
    ("Placement: Foster care", []),
    # the states and provinces of Australia and Canada are kept, a town is not
    ("She moved from Queensland to Nova Scotia and then to Saskatchewan.", []),
    ("She moved from Toowoomba, then to Antigonish.", [("Toowoomba", "LOCATION"), ("Antigonish", "PERSON")]),
    # a title that is a title only opens no name; the kin words alone are no name
    ("Client: Pak Suharyono rang from the office.", [("Suharyono", "PERSON")]),
    ("Bapak sent me to school, kata Ibu, and Eyang agreed; Aunty's fine.", []),
    # a German noun in a German sentence is no name
    ("Die nächste Sitzung ist am Montag, bitte mit dem Befund kommen.", []),
    ("Meine Grossmutter ist alt und sie versteht nicht, warum ich Therapie mache.", []),
    # ... a name English knows still is, and an unknown word in English talk still is
    ("Ich habe mit Anna gesprochen und sie wohnt in Zürich.", [("Anna", "PERSON"), ("Zürich", "LOCATION")]),
    ("I told Sitzmann about the session and he agreed.", [("Sitzmann", "PERSON")]),
])
def test_round11_names(deid, text, expected):
    assert found(deid, text) == expected


def test_a_learnt_name_inside_an_allowed_place_stays(deid):
    d = Deidentifier()
    d.learn("Then South turned up at the door.")
    assert found(d, "South said she moved to New South Wales.") == [("South", "PERSON")]
