"""Twenty-seventh round (structured types): forms of ordinary typed messages, web forms and transcripts.

Every sentence below is SYNTHETIC, written for this test (no set's line copied): a positive case for each new form
and the nearest thing that must stay.
"""

import pytest

from qualalliance.deid.engine import Deidentifier

from .test_deid_round23_struct import covered
from .test_deid_round26_struct import none_of


# AGE: after a person's word and "of"; a form's answer after its marker
@pytest.mark.parametrize("text,piece", [
    ("My neighbour is a gentleman of 96 and still drives.", "96"),
    ("she's a frail woman of ninety-four now", "ninety-four"),
    ("An old man of 101 lives next door.", "101"),
    ("Q: Age of your father? A: 93", "93"),
    ("How old is the person you support?\nAge: Answer: 98", "98"),
])
def test_age_forms(text, piece):
    assert covered(text, piece, "AGE")


@pytest.mark.parametrize("text,word", [
    ("he is a man of 95 kilos at least", "95"),
    ("a group of 95 people came", "95"),
    ("a team of 92 nurses", "92"),
    ("Q: Age of the child? A: 95 minutes of sleep", "95"),
])
def test_age_not_an_amount(text, word):
    assert none_of(text, word, "AGE")


# DATE: a whole date's shape is a date, not an ID, unless an ID's name is before it
@pytest.mark.parametrize("text,piece", [
    ("Date of admission: 07-11-1962", "07-11-1962"),
    ("D.O.B. 3/9/51", "3/9/51"),
    ("Date signed: 17081984", "17081984"),
])
def test_date_shape_is_a_date(text, piece):
    deid = Deidentifier(ner="off")
    found = [(text[s.start:s.end], s.entity_type) for s in deid.find(text)]
    assert (piece, "DATE") in found


@pytest.mark.parametrize("text,piece", [
    ("Member ID: 17081984", "17081984"),
    ("Patient ID: 07-11-1962", "07-11-1962"),
    ("my reference is 45678123", "45678123"),
])
def test_date_shape_named_or_not_a_date_stays_id(text, piece):
    deid = Deidentifier(ner="off")
    found = [(text[s.start:s.end], s.entity_type) for s in deid.find(text)]
    assert (piece, "ID") in found


# DATE: a day's ordinal before a typed "cos", and after "missed"/"skipped"
@pytest.mark.parametrize("text,piece", [
    ("sorry i couldnt do the 9th cos of work", "9th"),
    ("i skipped 14th coz i was ill", "14th"),
    ("we missed 3rd sorry", "3rd"),
])
def test_day_ordinal_forms(text, piece):
    assert covered(text, piece, "DATE")


@pytest.mark.parametrize("text,word", [
    ("he missed 2nd period again", "2nd"),
    ("it was the 5th time cos he forgot", "5th"),
])
def test_day_ordinal_not_a_rank(text, word):
    assert none_of(text, word, "DATE")


# DATE: a capitalised run that cuts into a date does not win over it
def test_time_word_before_a_date_is_not_a_name():
    deid = Deidentifier(ner="off")
    text = "00:01:02.000 --> 00:01:05.500 Since March 14th things are better."
    found = [(text[s.start:s.end], s.entity_type) for s in deid.find(text)]
    assert ("March 14th", "DATE") in found
    assert not any(t in ("PERSON", "LOCATION") and "Since" in w for w, t in found)


def test_name_before_a_date_keeps_the_name():
    deid = Deidentifier(ner="off")
    text = "I told Niamh Corrigan March 14th was fine."
    found = [(text[s.start:s.end], s.entity_type) for s in deid.find(text)]
    assert ("March 14th", "DATE") in found
    assert any(t == "PERSON" and "Niamh" in w for w, t in found)


# ADDRESS: more estate kinds after a house number
@pytest.mark.parametrize("text,piece", [
    ("Send it to 27 Willowbank Manor please", "27 Willowbank Manor"),
    ("we're at 5 Heron Chase now", "5 Heron Chase"),
    ("my mam lives at 41 Glenview Downs", "41 Glenview Downs"),
])
def test_address_estate_kinds(text, piece):
    assert covered(text, piece, "ADDRESS")


@pytest.mark.parametrize("text,word", [
    ("we walked past the Manor twice", "Manor"),
    ("the car chase lasted 3 minutes", "3"),
])
def test_address_estate_kind_not_alone(text, word):
    assert none_of(text, word, "ADDRESS")
