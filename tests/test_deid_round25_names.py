"""De-identification, twenty-fifth round (PERSON and LOCATION): each new form with the nearest thing that must stay.

Every sentence here is written for the test (SYNTHETIC), none copied from a benchmark set.
"""

from __future__ import annotations

import pytest

from qualalliance.deid.engine import Deidentifier

from .test_deid import deid, found  # noqa: F401  (the module's Deidentifier fixture and its span lister)


@pytest.mark.parametrize("text, expected", [
    # a facility's words after a saint's possessive place
    ("She was moved to St Ninian's Mental Health Unit overnight.", [("St Ninian's Mental Health Unit", "LOCATION")]),
    ("I see a counsellor at St Bride's Family Practice now.", [("St Bride's Family Practice", "LOCATION")]),
    ("The referral went to St Kieran's Psychology in the end.", [("St Kieran's Psychology", "LOCATION")]),
    # not a word after the place that is no facility's head
    ("We met at St Ninian's on Tuesday for the group.", [("St Ninian's", "LOCATION")]),
])
def test_round25_possessive_facility(deid, text, expected):  # noqa: F811
    assert found(deid, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a GP's clinic after a place
    ("is there a drop in near Tarnmoor GP clinic", [("Tarnmoor GP clinic", "LOCATION")]),
    ("i went to brackenholt gp surgery this morning", [("brackenholt gp surgery", "LOCATION")]),
    ("im at wrenfold gp clinic til four", [("wrenfold gp clinic", "LOCATION")]),
    ("im at the gp clinic til four", []),
    # not a GP's clinic with no place before it
    ("my GP clinic rang back this morning", []),
    ("the gp surgery was shut again", []),
])
def test_round25_gp_clinic(deid, text, expected):  # noqa: F811
    assert found(deid, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a firm of two names and its head
    ("She does the books at Pell & Rowntree Accountants now.", [("Pell & Rowntree Accountants", "LOCATION")]),
    # not two people ("Pell and Rowntree" without a firm's head)
    ("I told Marguerite and Rowntree about it.", [("Marguerite", "PERSON"), ("Rowntree", "PERSON")]),
])
def test_round25_firm(deid, text, expected):  # noqa: F811
    assert found(deid, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a county's word before its name
    ("we moved out to county Fermoyle last spring", [("county Fermoyle", "LOCATION")]),
    ("My nan lived in County Tyrone all her life.", [("County Tyrone", "LOCATION")]),
    # not the word alone
    ("the county court sent a letter", []),
])
def test_round25_county(deid, text, expected):  # noqa: F811
    assert found(deid, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a signature line's value
    ("Reason for referral: low mood\nSigned: Thatcher", [("Thatcher", "PERSON")]),
    ("Signature: rosalind", [("rosalind", "PERSON")]),
    # not a common word
    ("Signed: yes", []),
    ("Signature: client", []),
    ("Signed: Mum", []),
])
def test_round25_signed(deid, text, expected):  # noqa: F811
    assert found(deid, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a name with its last letter drawn out
    ("had the best chat with priyaaa last night", [("priyaaa", "PERSON")]),
    ("declannnn's mum picked us up after the party", [("declannnn", "PERSON")]),
    # not a word drawn out
    ("sooo tired and pleaseee can we talk", []),
    ("yesss finally got the job lolll", []),
    ("mummm can u pick me up", []),
])
def test_round25_elongated(deid, text, expected):  # noqa: F811
    assert found(deid, text) == expected


@pytest.mark.parametrize("label, added", [
    ("SPEAKER_01", False),  # a diariser's speaker number (pyannote, WhisperX), no name
    ("Speaker_2", False),
    ("Rowena", True),
])
def test_round25_speaker_number_label(label, added):
    assert Deidentifier().add_speaker(label) is added


def test_round25_ner_keeps_no_speaker_number():
    from qualalliance.deid.lexicon import lexeme_probs
    from qualalliance.deid.ner import entity_spans

    text = "[00:10:02] SPEAKER_01: I rang Ottoline about it."
    entities = [(11, 21, "PERSON"), (30, 38, "PERSON")]
    assert entity_spans(text, entities, lexeme_probs(), frozenset()) == [(30, 38, "PERSON")]


def test_round25_ner_keeps_misread_name():
    from qualalliance.deid.lexicon import lexeme_probs
    from qualalliance.deid.ner import entity_spans

    text = "Then Rosal1nd Pettigrew rang, FEV1 was down."
    entities = [(5, 23, "PERSON"), (30, 34, "GPE")]
    assert entity_spans(text, entities, lexeme_probs(), frozenset()) == [(5, 23, "PERSON")]
