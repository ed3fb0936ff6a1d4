"""De-identification, fifteenth round, names and places: each new form with the nearest thing that must stay.

Every sentence here is written for the test (SYNTHETIC), none copied from a benchmark set.
"""

from __future__ import annotations

import pytest

from .test_deid import deid, found  # noqa: F401  (the module's Deidentifier fixture and its span lister)


@pytest.mark.parametrize("text, expected", [
    # a nickname in brackets after a given name, with no family name after it
    ("Her uncle, Reginald (Reggie), drove her to the first appointment.", [("Reginald (Reggie)", "PERSON")]),
    ("I finally rang Rosalind (Roz) and we talked for an hour.", [("Rosalind (Roz)", "PERSON")]),
    # ... not a role, a relation, a department or a weekday in the brackets
    ("I rang Rosalind (Counsellor) about the forms.", [("Rosalind", "PERSON")]),
    ("I rang Rosalind (Mum) about the forms.", [("Rosalind", "PERSON")]),
    ("We saw Dr Okonkwo (Psychiatry) on the ward round.", [("Okonkwo", "PERSON")]),
    ("I rang Rosalind (Tuesday) about the forms.", [("Rosalind", "PERSON")]),
    # a town before its county, whatever the town alone was taken for
    ("Her people came from Kilrush, Co. Clare originally.", [("Kilrush, Co. Clare", "LOCATION")]),
    ("He keeps talking about Ballinasloe, Co. Galway as if it were home.", [("Ballinasloe, Co. Galway", "LOCATION")]),
    # ... not a person before a company's "Co." in a list
    ("Patrick, Co-op staff and I met.", [("Patrick", "PERSON")]),
    # a place named with a possessive inside it, after a place's cue
    ("We go up to Shepherd's Bush most Sundays.", [("Shepherd's Bush", "LOCATION")]),
    ("The meeting is at Piper's Rest on Thursday.", [("Piper's Rest", "LOCATION")]),
    # ... not a relation after the possessive
    ("I took the kids to Marguerite's Mum for the night.", [("Marguerite", "PERSON")]),
    # an Australian returned-services club by its initials alone
    ("He spends his pension at the Wattle Creek RSL every week.", [("Wattle Creek RSL", "LOCATION")]),
    # ... not the initials alone
    ("The RSL put on a lunch.", []),
    # a family name's bare initial before "I" or "I'd"
    ("I told Annabelle K I'd cut back to two nights.", [("Annabelle K", "PERSON")]),
    # ... not "A" before it
    ("I told Annabelle A lot more than I meant to.", [("Annabelle", "PERSON")]),
    # a service named with "and" inside it
    ("She was referred to the Harbourside Alcohol and Drug Service.",
     [("Harbourside Alcohol and Drug Service", "LOCATION")]),
    # ... not a person and a service
    ("I went with Rosalind and Family Services.", [("Rosalind", "PERSON")]),
    # types: a place after "emigrated to" and "moved us to"
    ("Her grandparents emigrated to Kilkenny after the war.", [("Kilkenny", "LOCATION")]),
    ("Mum moved us to Tauranga when I was six.", [("Tauranga", "LOCATION")]),
    # ... a person after "separation from" and before a possessive with no noun after it
    ("She has been low since her separation from Marguerite.", [("Marguerite", "PERSON")]),
    ("I waited outside Marguerite's for an hour.", [("Marguerite", "PERSON")]),
    ("I waited outside Marguerite Okafor's for an hour.", [("Marguerite Okafor", "PERSON")]),
    # ... and still a place where a place is: "moved from", a possessive with a noun after it, a saint's hospital
    ("She moved from Tauranga last spring.", [("Tauranga", "LOCATION")]),
    ("We drove out to Tauranga's beaches.", [("Tauranga", "LOCATION")]),
    ("He was in St Columba's for a week.", [("St Columba's", "LOCATION")]),
])
def test_round15_names(deid, text, expected):  # noqa: F811
    assert found(deid, text) == expected
