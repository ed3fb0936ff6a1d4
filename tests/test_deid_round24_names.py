"""De-identification, twenty-fourth round (PERSON and LOCATION): each new form with the nearest thing that must stay.

Every sentence here is written for the test (SYNTHETIC), none copied from a benchmark set.
"""

from __future__ import annotations

import pytest

from .test_deid import deid, found  # noqa: F401  (the module's Deidentifier fixture and its span lister)


@pytest.mark.parametrize("text, expected", [
    # a salutation before a comma
    ("Dear tom, here is the worksheet from today.", [("tom", "PERSON")]),
    ("hi priya, can we move thursday?", [("priya", "PERSON")]),
    ("Dear oluwaseun adeyemi, your referral came through.", [("oluwaseun adeyemi", "PERSON")]),
    # not a form of address or a common word
    ("dear god, what a day it was", []),
    ("hi all, running ten minutes late", []),
    ("hey guys, quick one about the group", []),
    # a sign-off or a thanks before a name that English writes as one
    ("Warm regards, nadia (Counsellor)", [("nadia", "PERSON")]),
    ("cheers ellen k see you next week", [("ellen k", "PERSON")]),
    ("thanks martin that really helped", [("martin", "PERSON")]),
    # not a word of thanks ("heaps", "mate", "again")
    ("thanks heaps for fitting me in", []),
    ("cheers mate see you then", []),
    ("thanks again for the call", []),
    ("thanks doc that makes sense", []),  # a form of address
    # "it's me" before a name
    ("hiya its me, tamsin, on my new phone", [("tamsin", "PERSON")]),
    ("its me, again, sorry", []),
    ("hiya its me on my new phone", []),  # a typed greeting is no name
    # "my name is", "I'm ..., one of / your": a word English hardly writes or writes as a name
    ("Hello, my name is brightwater and I will be your contact.", [("brightwater", "PERSON")]),
    ("Hi, I'm leilani, your volunteer tonight.", [("leilani", "PERSON")]),
    ("my name is on the waiting list already", []),
    ("i'm sorry, the bus was late again", []),
    ("im fine, a bit tired", []),
    # a lower-case title before a word English hardly writes
    ("mr thistlewood the pharmacist called back", [("thistlewood", "PERSON")]),
    ("my ms fatigue is bad this week", []),
])
def test_round24_typed_cue_names(deid, text, expected):  # noqa: F811
    assert found(deid, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a chat word after a relation is no name
    ("i look after my uncle hes 70 now", []),
    ("my sister bec came over", [("bec", "PERSON")]),
])
def test_round24_chat_word_after_relation(deid, text, expected):  # noqa: F811
    assert found(deid, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a place and its state's code or its nation after a space
    ("I would rather go to the Spokane WA office", [("Spokane WA", "LOCATION")]),
    ("Preferred site: Moncton NB", [("Moncton NB", "LOCATION")]),
    ("we grew up in dundee scotland mostly", [("dundee scotland", "LOCATION")]),
    # not a code that is an English word in capitals, nor a lower-case code
    ("I lived in Spokane IN the nineties", [("Spokane", "LOCATION")]),
])
def test_round24_spaced_state(deid, text, expected):  # noqa: F811
    assert found(deid, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a clinic named by a rare word alone; a mental health service after a place's name
    ("ugh thornwick clinic cancelled on me again", [("thornwick clinic", "LOCATION")]),
    ("is it far to ashcombe community mental health from town", [("ashcombe community mental health", "LOCATION")]),
    # not a kind of clinic or the service alone
    ("the methadone clinic opens at nine", []),
    ("our community mental health team rang", []),
    ("the eating disorder clinic has a waitlist", []),
])
def test_round24_lower_clinic(deid, text, expected):  # noqa: F811
    assert found(deid, text) == expected
