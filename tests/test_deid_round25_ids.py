"""De-identification, twenty-fifth round (ID): each new form with the nearest thing that must stay.

Every sentence here is written for the test (SYNTHETIC), none copied from a benchmark set.
"""

from __future__ import annotations

import pytest

from .test_deid import deid, found  # noqa: F401  (the module's Deidentifier fixture and its span lister)


@pytest.mark.parametrize("text, expected", [
    # an aside in commas, or several words, between the cue and "is" / "was"
    ("And the hospital number, the UR, is 4410-227?", [("4410-227", "ID")]),
    ("Your health card number, the OHIP one, is K5512?", [("K5512", "ID")]),
    ("The MRN the nurse wrote on my form was QX-552.", [("QX-552", "ID")]),
    ("The room number they gave us was 214.", []),  # a room's number
    ("The number of steps I did yesterday was 12000 steps.", []),  # "a number of", a count
    ("The ID badge they gave me in 2019 was blue.", []),  # a year
    ("my blood pressure number was 140/90 this morning", []),  # a blood pressure
    # "its" typed for "it's" after the cue
    ("the pharmacy needs my health card no, its QRT-402", [("QRT-402", "ID")]),
    ("the pharmacy needs my medicare card no, its 552 1190 3381", [("552 1190 3381", "ID")]),
    ("no, its 15000 a year", []),  # no record named
    # lower-case letters and figures after the cue
    ("union number is kpl4471 if they ask", [("kpl4471", "ID")]),
    ("the discharge letter says patient no. qrs5521", [("qrs5521", "ID")]),
    ("the number's 5512093 I reckon, roughly", []),  # "number" after a determiner names no record
    ("My PIN number is 4471.", []),  # a PIN's four figures
    # a form's label with its initials, or a remark in brackets, before the colon
    ("PHN: R552", [("R552", "ID")]),
    ("PHN: 44102/33", [("44102/33", "ID")]),
    ("Health card no (the one on the front): 55-219", [("55-219", "ID")]),
    ("Question 3 (the sleep one): 24680 hours", []),  # no record named, a unit
    # a comma after the cue
    ("Policy ID, QWE21ZA", [("QWE21ZA", "ID")]),
    # a form's question up to its mark, then the value
    ("Claim number if you have it? 4478 2219", [("4478 2219", "ID")]),
    ("Claim number if you have it? 5592211", [("5592211", "ID")]),
    ("Claim number if you have it? HJK52QP", [("HJK52QP", "ID")]),
    ("Claim number if you have it? 5512 33871 2-1", [("5512 33871 2-1", "ID")]),
    ("What number would you give your mood today? 7", []),  # a rating
    ("My phone number is 0412 335 871, call after five.", [("0412 335 871", "PHONE")]),  # a phone's number
    # check letters apart after hyphened groups, at the clause's end
    ("My member ID is 3301-552-970 KT.", [("3301-552-970 KT", "ID")]),
    # a research or a visit number read out digit by digit, or after "participant" alone
    ("Right, subject number three one nine four four two, first visit.", [("three one nine four four two", "ID")]),
    ("It's participant six one eight two two nine on the forms.", [("six one eight two two nine", "ID")]),
    ("participant one of the group said it was fine", []),
    ("subject to change, one or two things", []),
    # a participant's code of two groups of figures
    ("I'm down as participant 22-917 in the study.", [("22-917", "ID")]),
    ("I'm down as participant 410-5582291 in the study.", [("410-5582291", "ID")]),
    ("The participants aged 18-65 were asked.", []),
])
def test_round25_ids(deid, text, expected):  # noqa: F811
    assert found(deid, text) == expected
