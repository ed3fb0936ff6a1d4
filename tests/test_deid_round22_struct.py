"""De-identification, twenty-second round (structured types: ADDRESS, DATE, ID): each new form with the nearest
thing that must stay.

Every sentence here is written for the test (SYNTHETIC), none copied from a benchmark set.
"""

from __future__ import annotations

import pytest

from .test_deid import deid, found  # noqa: F401  (the module's Deidentifier fixture and its span lister)


@pytest.mark.parametrize("text, expected", [
    # a town typed in lower case after a street typed in lower case, one or two words, a comma or none
    ("pls post it to 58 kereru st rotorua thx", [("58 kereru st rotorua", "ADDRESS")]),
    ("we moved to 9 larkspur rd, hamilton last month", [("9 larkspur rd, hamilton", "ADDRESS")]),
    ("the refuge is at 212 alder ave des moines", [("212 alder ave des moines", "ADDRESS")]),
    # not an ordinary word after the street
    ("i live at 58 kereru st now", [("58 kereru st", "ADDRESS")]),
    ("its 9 larkspur rd lol", [("9 larkspur rd", "ADDRESS")]),
    ("i'll be at 212 alder ave tomorrow", [("212 alder ave", "ADDRESS")]),
])
def test_round22_lower_case_town_after_street(deid, text, expected):  # noqa: F811
    assert found(deid, text) == expected


@pytest.mark.parametrize("text", [
    # a time or a distance before "way" or "drive": no street
    "the bus is 50 mins each way",
    "its about a 3 hr drive to the clinic",
    "the drive there is 40 mins each way so i cant go weekly",
])
def test_round22_duration_before_way_is_no_address(deid, text):  # noqa: F811
    assert found(deid, text) == []


@pytest.mark.parametrize("text, expected", [
    # a day's ordinal offered, refused or moved to in a typed message
    ("sorry cant do the 19th, im working", [("the 19th", "DATE")]),
    ("im free the 8th after lunch", [("the 8th", "DATE")]),
    ("could we move the session to the 23rd pls", [("the 23rd", "DATE")]),
    ("my next appt is the 30th i think", [("the 30th", "DATE")]),
    # not an ordinal that counts
    ("im free the 2nd half of the day", []),
    ("they moved to the 3rd floor", []),
    ("cant do the 5th time in a row", []),
])
def test_round22_typed_day_ordinal(deid, text, expected):  # noqa: F811
    assert found(deid, text) == expected


@pytest.mark.parametrize("text, expected", [
    # an ordinal and a month in lower case inside a sentence ("14th march"; "may" not the verb)
    ("can we shift it to 19th march pls", [("19th march", "DATE")]),
    ("her bday is 21st may so ill be away", [("21st may", "DATE")]),
    ("the 2nd may be easier for me", []),
])
def test_round22_typed_ordinal_and_month(deid, text, expected):  # noqa: F811
    assert found(deid, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a day and a month with a dot after a word that dates it
    ("my appt is 17.8 at 10", [("17.8", "DATE")]),
    ("could u do 22.9 instead", [("22.9", "DATE")]),
    ("uni starts back and exams start 4.11", [("4.11", "DATE")]),
    ("the uni deadline is 9.5 argh", [("9.5", "DATE")]),
    # not a decimal
    ("her score is 17.8 this week", []),
    ("her birth weight was 3.4", []),
    ("the session was 1.5 hours long", []),
    ("i was on 7.5 mg of it", []),
    ("my mood that day was 6.5 out of 10", []),
])
def test_round22_dotted_day_month(deid, text, expected):  # noqa: F811
    assert found(deid, text) == expected


@pytest.mark.parametrize("text, expected", [
    # "24/7" as round the clock is no date; after a word that dates it, it is
    ("the crisis team answers 24/7 if u need them", []),
    ("she needs 24/7 care at home now", []),
    ("she was admitted on 24/7 and discharged a week later", [("24/7", "DATE")]),
])
def test_round22_round_the_clock(deid, text, expected):  # noqa: F811
    assert found(deid, text) == expected


@pytest.mark.parametrize("text, expected", [
    # the "#" typed before an ID's number is part of it
    ("claim number #551209", [("#551209", "ID")]),
    ("my student id #80412377 if u need it", [("#80412377", "ID")]),
    # not a "#" with a space after it
    ("claim number # 551209", [("551209", "ID")]),
])
def test_round22_hash_before_id(deid, text, expected):  # noqa: F811
    assert found(deid, text) == expected


@pytest.mark.parametrize("text, expected", [
    # New Zealand's National Health Index and a medical record number typed in lower case
    ("my nhi is QTR4471", [("QTR4471", "ID")]),
    ("my mrn is 5512093", [("5512093", "ID")]),
    # not an "nhi" with no number
    ("what is an nhi anyway", []),
])
def test_round22_lower_case_nhi_mrn(deid, text, expected):  # noqa: F811
    assert found(deid, text) == expected


@pytest.mark.parametrize("text, expected", [
    # letters, five or more digits and a check letter joined, uncued
    ("the code on the card says KT5530192B", [("KT5530192B", "ID")]),
    # not a word of capitals and a short number
    ("we watched the F1 race", []),
])
def test_round22_letters_digits_check_letter(deid, text, expected):  # noqa: F811
    assert found(deid, text) == expected
