"""De-identification, nineteenth round (all types): each new form with the nearest thing that must stay.

Every sentence here is written for the test (SYNTHETIC), none copied from a benchmark set.
"""

from __future__ import annotations

import pytest

from .test_deid import deid, found  # noqa: F401  (the module's Deidentifier fixture and its span lister)


@pytest.mark.parametrize("text, expected", [
    # a research code after a participant's or a subject's word, without "number" or "ID"
    ("She was randomised as participant TXQ-318 in the spring.", [("TXQ-318", "ID")]),
    ("Study subject R44-902 missed the follow-up.", [("R44-902", "ID")]),
    ("Participant 730215 asked to pause the interview.", [("730215", "ID")]),
    ("The respondent HBW2210 completed both surveys.", [("HBW2210", "ID")]),
    # ... and after a log's or a register's verb and "as"
    ("The intake sheet listed him as DVR-041 before consent.", [("DVR-041", "ID")]),
    ("The nurse registered her as P-0931 on the ward tablet.", [("P-0931", "ID")]),
    # not a short count or a year, not a reading or a scale's name
    ("Participant 12 said the sessions helped.", []),
    ("Every participant 2019 onwards got the booklet.", []),
    ("Her blood pressure was recorded as 140 over 90.", []),
    ("The measure was listed as PHQ-9 in the protocol.", []),
])
def test_round19_participant_code(deid, text, expected):  # noqa: F811
    assert found(deid, text) == expected


@pytest.mark.parametrize("text, expected", [
    # an age over 89 after "being" at the end of a clause
    ("Despite being 96, she still walks to the shops.", [("96", "AGE")]),
    ("Being 103 and still gardening, he was proud.", [("103", "AGE")]),
    # not an amount
    ("I remember being 95 percent sure it would work.", []),
    ("He hates being 90 minutes late for anything.", []),
])
def test_round19_being_age(deid, text, expected):  # noqa: F811
    assert found(deid, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a bare web address with its trailing slash
    ("The handouts are on quietharbourcounselling.com/, page two.", [("quietharbourcounselling.com/", "URL")]),
    ("Look at rivermeadtrust.org.uk/ for the leaflet.", [("rivermeadtrust.org.uk/", "URL")]),
    # not a slash between words
    ("It was a pass/fail thing.", []),
])
def test_round19_url_slash(deid, text, expected):  # noqa: F811
    assert found(deid, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a phone number after a speaker's label in capitals and a question's first word: the phone, not an ID
    ("INT: Is 07911 234567 still your number?", [("07911 234567", "PHONE")]),
    ("DR: Was 07822 654321 the old mobile?", [("07822 654321", "PHONE")]),
    # an ID's letters and five figures after a cue stay an ID
    ("MRN: Fox 480213 on the band.", [("Fox 480213", "ID")]),
])
def test_round19_question_word_not_id(deid, text, expected):  # noqa: F811
    assert found(deid, text) == expected


@pytest.mark.parametrize("text, expected", [
    # an address's state or province after its town and a comma, dotted, coded or by name
    ("Please send it to 17 Larch Avenue, Kelowna, B.C. before Friday.",
     [("17 Larch Avenue, Kelowna, B.C.", "ADDRESS")]),
    ("He grew up at 9 Quarry Road, Red Deer, Alberta and moved later.", [("9 Quarry Road, Red Deer, Alberta", "ADDRESS")]),
    # not a word after the town's comma
    ("She lives at 9 Quarry Road, Dunmore, and likes it.", [("9 Quarry Road, Dunmore", "ADDRESS")]),
])
def test_round19_address_state(deid, text, expected):  # noqa: F811
    assert found(deid, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a place's dotted initials keep their last full stop
    ("We lived in Kamloops, B.C. for years.", [("Kamloops, B.C.", "LOCATION")]),
    # a residential home's head after its name
    ("Her mother moved into Larkhill Nursing Home last spring.", [("Larkhill Nursing Home", "LOCATION")]),
    ("The visit was at St Agatha's Care Home on the hill.", [("St Agatha's Care Home", "LOCATION")]),
    # not a care home without a name
    ("She moved into a care home last spring.", []),
])
def test_round19_place_edges(deid, text, expected):  # noqa: F811
    assert found(deid, text) == expected
