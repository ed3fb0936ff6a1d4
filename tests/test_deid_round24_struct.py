"""Twenty-fourth round (structured types): forms of ordinary web forms, exports and typed messages.

Every sentence below is SYNTHETIC, written for this test (no set's line copied): a positive case for each new form
and the nearest thing that must stay.
"""

import pytest

from qualalliance.deid.recognizers import structured_spans

from .test_deid_round23_struct import covered, found


# AGE: a field's label holding "age", then a comma or a dash, or joined by an underscore; the unit after the value;
# a form's longer "how old" question
@pytest.mark.parametrize("text,piece", [
    ("mother's age, 97", "97"),
    ("Age of the person you care for - 102", "102"),
    ("carer_age, 91", "91"),
    ("resident_age: ninety-four", "ninety-four"),
    ("Age (in years): 96 years", "96 years"),
    ("How old was your grandmother when she moved in with you? 99", "99"),
])
def test_form_age_separators(text, piece):
    assert covered(text, piece, "AGE")


@pytest.mark.parametrize("text", [
    "at my age, 95 minutes of walking is plenty",
    "age group - 90 to 100",
    "page, 94",
    "How old was the letter you got from them last week? 95 percent sure it was March",
    "Age (years): 45",
])
def test_form_age_separators_not(text):
    assert not any(t == "AGE" for _, t in found(text))


# ID: a label's bracketed aside before the colon; an export's snake_case field unquoted; a card's issue number apart
@pytest.mark.parametrize("text,piece", [
    ("Medical record number (MRN): kdr5521", "kdr5521"),
    ("Hospital number (if you have it): 55127734K", "55127734K"),
    ("participant_id, S0732", "S0732"),
    ("client_number: 884 201 637", "884 201 637"),
    ("record_no=77310B", "77310B"),
    ("Medicare card no. 3318 20476 5 / 2", "3318 20476 5 / 2"),
])
def test_cued_id_forms(text, piece):
    assert covered(text, piece, "ID")


@pytest.mark.parametrize("text", [
    "session_number, 3",
    "visit_no: 12",
    "mood (out of 10): 7",
    "PHQ-9 total (0 to 27): 14",
])
def test_cued_id_forms_not(text):
    assert not any(t == "ID" for _, t in found(text))


def test_issue_number_not_a_score():
    text = "Medicare card no. 3318 20476 5 / 10 for the week"
    assert covered(text, "3318 20476 5", "ID")
    assert not covered(text, "3318 20476 5 / 10", "ID")


# SSN: a social, tax file or national insurance cue and eight or nine digits in groups; an NI number in any letters
@pytest.mark.parametrize("text,piece", [
    ("ssn is 58 204 117", "58 204 117"),
    ("my tfn: 612 440 918", "612 440 918"),
    ("NI number - 31 507 226", "31 507 226"),
    ("Social security number (the full one please): zz781204b", "zz781204b"),
    ("national insurance no. qq 51 07 33 a", "qq 51 07 33 a"),
])
def test_cued_ssn_groups(text, piece):
    assert covered(text, piece, "SSN")


@pytest.mark.parametrize("text", [
    "my social worker rang 12 345 678 times",
    "social media has 40 100 200 users",
    "a sin and a shame",
])
def test_cued_ssn_groups_not(text):
    assert not any(t == "SSN" for _, t in found(text))


# ADDRESS: a region's code and its postal code typed after the town in any case; an Irish county; a second town and
# its four-digit postcode; a lower-case town after a street's kind written with its capital
@pytest.mark.parametrize("text,piece", [
    ("new place is 48 birch st dayton oh 45402 finally", "48 birch st dayton oh 45402"),
    ("send it to 301 quarry road, fort collins, co 80521 thx", "301 quarry road, fort collins, co 80521"),
    ("im at 77 elm avenue, moncton nb e1c 4b7 now", "77 elm avenue, moncton nb e1c 4b7"),
    ("post to 9 abbey rd, tullamore co offaly r35 x2f4", "9 abbey rd, tullamore co offaly r35 x2f4"),
    ("home is 14 mill st, kilrush, co. clare", "14 mill st, kilrush, co. clare"),
    ("address: 6 tui ave, khandallah, wellington 6035", "6 tui ave, khandallah, wellington 6035"),
    ("we moved to 52 Larch Close shrewsbury last week", "52 Larch Close shrewsbury"),
])
def test_address_region_and_code_after_town(text, piece):
    assert covered(text, piece, "ADDRESS")


@pytest.mark.parametrize("text,kept", [
    ("we live at 12 birch st, co workers drop by", "co workers"),
    ("at 4 orchard st dayton oh no not again", "oh no"),
    ("back at 52 Larch Close tomorrow", "tomorrow"),
    ("lived at 8 mill st in 2019", "2019"),
])
def test_address_region_and_code_after_town_not(text, kept):
    a = text.index(kept)
    assert not any(s <= a < e for s, e, _ in structured_spans(text))


# DATE: a day's ordinal alone, after "the" before "still", "finally" or a bracket; after a timing word or a date
# field's label; a day and "may" typed in lower case
@pytest.mark.parametrize("text,piece", [
    ("is the 9th still good for you", "9th"),
    ("we finally settle the 30th finally", "30th"),
    ("hardest day: the 3rd (his birthday)", "3rd"),
    ("cant make 14th sorry", "14th"),
    ("pls reply b4 21st if you can", "21st"),
    ("things got bad around 12th, after the move", "12th"),
    ("Date of referral, 28th", "28th"),
    ("free 23 may after lunch", "23 may"),
])
def test_day_ordinal_alone(text, piece):
    assert covered(text, piece, "DATE")


@pytest.mark.parametrize("text", [
    "this is my 2nd time here",
    "she came 3rd in the race",
    "the 5th session went well",
    "on 4th floor of the clinic",
    "some 12 may be too many",
])
def test_day_ordinal_alone_not(text):
    assert not any(t == "DATE" for _, t in found(text))
