"""De-identification, fourteenth round, names and places: each new form with the nearest thing that must stay.

Every sentence here is written for the test (SYNTHETIC), none copied from a benchmark set.
"""

from __future__ import annotations

import pytest

from qualalliance.deid.engine import Deidentifier

from .test_deid import deid, found  # noqa: F401  (the module's Deidentifier fixture and its span lister)


@pytest.mark.parametrize("text, expected", [
    # a speaker label that is a name before the turn's timestamp (Otter, Zoom, Teams exports), also in lower case
    ("Rosalind  4:17  Mm. It was a long week, honestly.", [("Rosalind", "PERSON")]),
    ("fergus  1:02:44  I didn't sleep much.", [("fergus", "PERSON")]),
    ("Anahera Pohatu  0:09  Can you hear me now?", [("Anahera Pohatu", "PERSON")]),
    # ... not a role, a speaker number or an ordinary word before a time
    ("Speaker 2  4:17  Mm. It was a long week.", []),
    ("Unknown Speaker  12:30  Sorry, go on.", []),
    ("Counsellor  0:05  Shall we start?", []),
    ("yeah  4:17 works for me", []),
    # a group's speaker label that is a first name, before a turn of talk
    ("Oluwaseun: sorry, can I come in there?", [("Oluwaseun", "PERSON")]),
    ("Co-facilitator: Tamati: yeah, that was me last week.", [("Tamati", "PERSON")]),
    # ... not a role, a kin word, a heading, a common word or a form's value
    ("Facilitator: shall we go round the circle?", []),
    ("Nan: I pick the kids up on Fridays.", []),
    ("Grace: yes, that was me.", []),
    ("Summary: reviewed the thought record.", []),
    ("Dictation: patient seen at home.", []),
    ("Addendum: she rang later.", []),
    ("Ref: four one two, seven.", []),
    ("Soc: cuatro ocho uno.", []),
    ("Indirizzo: Via Cavour 3", [("Via Cavour 3", "ADDRESS")]),
    # a family name's initial without a full stop after a given name
    ("It was Wilhelmina T's turn to bring the biscuits.", [("Wilhelmina T", "PERSON")]),
    ("Can we hear from Oluwaseun K before the break?", [("Oluwaseun K", "PERSON")]),
    ("I think Wilhelmina R, you said it best.", [("Wilhelmina R", "PERSON")]),
    # ... not "I" or "A" after a name, nor a letter after a common noun
    ("Wilhelmina I think said it best.", [("Wilhelmina", "PERSON")]),
    ("The bed in Ward B was too hard.", []),
    # a club, shed or hospital named for a place with whom it serves, or with its body's initials
    ("He's always down at Ballykeel Men's Shed these days.", [("Ballykeel Men's Shed", "LOCATION")]),
    ("The lads from Drumcarrig GAA Club came to the funeral.", [("Drumcarrig GAA Club", "LOCATION")]),
    ("She was born at Northbrook Children's Hospital.", [("Northbrook Children's Hospital", "LOCATION")]),
    # ... not the common kinds
    ("I go to the men's shed on a Friday.", []),
    ("The GAA club is where he goes.", []),
])
def test_round14_names(deid, text, expected):  # noqa: F811
    assert found(deid, text) == expected


def test_reckons_ends_a_lower_case_name():
    d = Deidentifier()
    assert found(d, "my friend tamatea reckons it's fine") == [("tamatea", "PERSON")]


@pytest.fixture
def learnt():
    """A study that names a person Sage and a person Hope (by cues), and talks of sage and hope as words."""
    d = Deidentifier()
    for text in ("My friend Sage came round on Sunday.", "The nurse, Hope, was kind to me."):
        d.learn(text)
    return d


@pytest.mark.parametrize("text, expected", [
    # a learnt word-name opening a sentence is the study's talk of a thing before "came up" or as a list's head
    ("Sage came up a lot in group today.", []),
    ("Hope, trust and patience, that's what I need.", []),
    ("Hope keeps coming up for me.", []),
    # ... and stays the person elsewhere: a verb, a possessive, a vocative, a label, "came up to"
    ("Sage came up to me after the session.", [("Sage", "PERSON")]),
    ("Sage said she'd ring me.", [("Sage", "PERSON")]),
    ("Sage's mum was there.", [("Sage", "PERSON")]),
    ("Hope, can you hear me?", [("Hope", "PERSON")]),
    ("Hope, you and me should talk.", [("Hope", "PERSON")]),
    ("Hope is well.", [("Hope", "PERSON")]),
    ("Hope  0:41  Okay, I'm here.", [("Hope", "PERSON")]),
    # ... and inside a sentence, capitalised, it is the person
    ("I told Sage about it.", [("Sage", "PERSON")]),
    # a learnt capitalised name is not matched in lower case: the study's hope and sage stay
    ("There is hope, and the sage on the windowsill helps.", []),
    ("I keep coming back to hope.", []),
])
def test_round14_learnt_word_names_opening_a_sentence(learnt, text, expected):
    assert found(learnt, text) == expected
