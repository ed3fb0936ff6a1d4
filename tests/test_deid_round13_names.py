"""De-identification, thirteenth round, names and places: each new form with the nearest thing that must stay.

Every sentence here is written for the test (SYNTHETIC), none copied from a benchmark set.
"""

from __future__ import annotations

import pytest

from .test_deid import deid, found  # noqa: F401  (the module's Deidentifier fixture and its span lister)


@pytest.mark.parametrize("text, expected", [
    # two capital initials before a family name: one person
    ("PJ Okonkwo covers the Tuesday clinic.", [("PJ Okonkwo", "PERSON")]),
    ("I'd worked with TW Marchbanks for years.", [("TW Marchbanks", "PERSON")]),
    # ... not a credential, a police rank or a word in capitals before a name
    ("The RN Okonkwo was kind to me.", [("Okonkwo", "PERSON")]),
    ("Then DC Marchbanks took my statement.", [("Marchbanks", "PERSON")]),
    ("OK Wilhelmina, that makes sense.", [("Wilhelmina", "PERSON")]),
    # a form's value: a family name English also writes as a word, a comma and a given name: one person; a
    # credential after it is no list
    ("Completed by: Weaver, Marguerite, staff nurse.", [("Weaver, Marguerite", "PERSON")]),
    ("Reported by: Thibodeaux, Marguerite, RN, on shift.", [("Thibodeaux, Marguerite", "PERSON")]),
    # ... not a sentence's opening adverb or greeting before a given name
    ("Note: Conversely, Marguerite said no.", [("Marguerite", "PERSON")]),
    ("Goodnight, Marguerite, see you Tuesday.", [("Marguerite", "PERSON")]),
    ("Note: Thanks, Marguerite, that helps.", [("Marguerite", "PERSON")]),
    # a family name and a given name before ", I'll": one person, no list
    ("Noted for Oyelaran, Bukola, I'll pass the scores on.", [("Oyelaran, Bukola", "PERSON")]),
    # ... a list stays apart
    ("I rang Oyelaran, Bukola and Tamsin about it.",
     [("Oyelaran", "PERSON"), ("Bukola", "PERSON"), ("Tamsin", "PERSON")]),
    # an English town with "upon" in it: one place
    ("My nan moved to Kingston upon Thames when I was small.", [("Kingston upon Thames", "LOCATION")]),
    # ... not "upon" after a verb
    ("I stumbled upon Wilhelmina at the shops.", [("Wilhelmina", "PERSON")]),
    # a community mental health team after the place that names it: one place
    ("He was referred to Ashby Community Mental Health Team last week.",
     [("Ashby Community Mental Health Team", "LOCATION")]),
    # ... not the team alone
    ("I was referred to the community mental health team last week.", []),
    # a run ending in a service's or a practice's head noun is a place
    ("Send the report to Wrenfield Family Practice please.", [("Wrenfield Family Practice", "LOCATION")]),
    # ... a person's name at the same spot stays a person
    ("Send the report to Wrenfield Okafor please.", [("Wrenfield Okafor", "PERSON")]),
    # a form's place label types what follows as a place
    ("Site: Ballarat", [("Ballarat", "LOCATION")]),
    ("Incident location: Ballarat, the dosing room.", [("Ballarat", "LOCATION")]),
    # ... not a name label
    ("Name: Wilhelmina", [("Wilhelmina", "PERSON")]),
    # the train out of, transferred to, drove past: a place
    ("I had a panic attack on the train out of Ballarat.", [("Ballarat", "LOCATION")]),
    ("She was transferred to Ballarat for observation.", [("Ballarat", "LOCATION")]),
    ("I drove past Ballarat on the way home.", [("Ballarat", "LOCATION")]),
    # ... "referred to" a name stays a person
    ("I was referred to Okonkwo by my GP.", [("Okonkwo", "PERSON")]),
    # a possessive occasion after a place's cue: a person's
    ("I went to Wilhelmina's wedding and only had one drink.", [("Wilhelmina", "PERSON")]),
    # ... a place's possessive stays a place
    ("We went to Ballarat's beaches every summer.", [("Ballarat", "LOCATION")]),
])
def test_round13_names(deid, text, expected):
    assert found(deid, text) == expected
