"""Twenty-third round (structured types): forms of ordinary typed messages.

Every sentence below is SYNTHETIC, written for this test (no set's line copied): a positive case for each new form
and the nearest thing that must stay.
"""

import pytest

from qualalliance.deid.recognizers import structured_spans


def found(text: str) -> list[tuple[str, str]]:
    return sorted({(text[s:e], t) for s, e, t in structured_spans(text)})


def covered(text: str, piece: str, kind: str) -> bool:
    a = text.index(piece)
    b = a + len(piece)
    return any(s <= a and b <= e and t == kind for s, e, t in structured_spans(text))


@pytest.mark.parametrize("text,piece", [
    ("pls drop it at 7-415 larchwood cres tmrw", "7-415 larchwood cres"),
    ("we moved into 22-1180 cedar grove last month", "22-1180 cedar grove"),
    ("my place is 3b-52 tamarind pl now", "3b-52 tamarind pl"),
])
def test_unit_and_civic_number_joined_by_a_hyphen(text, piece):
    assert covered(text, piece, "ADDRESS")


def test_a_range_before_a_street_word_alone_stays():
    text = "i walk 5-10 mins to the bus most days"
    assert not any(t == "ADDRESS" for _, t in found(text))


@pytest.mark.parametrize("text,piece", [
    ("im caring for my great aunt whos 97 and she wont eat", "97"),
    ("99 and still does the crossword every morning", "99"),
    ("Nan is fine. 101 and still gardening lol", "101"),
])
def test_typed_ages(text, piece):
    assert covered(text, piece, "AGE")


@pytest.mark.parametrize("text", [
    "whos 90 minutes late again",
    "i waited 95 and still nothing from the clinic",
    "we raised 100 and still need more for the rent",
])
def test_not_an_age(text):
    assert not any(t == "AGE" for _, t in found(text))


@pytest.mark.parametrize("text,piece", [
    ("my member id is RWKTPQ if u need it", "RWKTPQ"),
    ("policy no. 3HXQVZ", "3HXQVZ"),
    ("the medicare number is WPLKQJ", "WPLKQJ"),
    ("client number ZNRTKB, thanks", "ZNRTKB"),
])
def test_cued_code_of_capitals(text, piece):
    assert covered(text, piece, "ID")


@pytest.mark.parametrize("text", [
    "my case number is WRONG on the letter",
    "the reference is AGAIN missing",
    "member id PHQ9",
])
def test_capitals_that_are_words_stay(text):
    assert not any(t == "ID" for _, t in found(text))


def test_health_number_with_hash_run_on():
    text = "my ohip #40882 expired last month"
    assert covered(text, "40882", "ID")


def test_hash_without_a_health_cue_stays():
    text = "we were #1 on the list lol"
    assert not any(t == "ID" for _, t in found(text))


@pytest.mark.parametrize("text,piece", [
    ("participant 55102938K check in, sleeping better", "55102938K"),
    ("participant 3307 112 948 QT day 2", "3307 112 948 QT"),
])
def test_participant_number_with_check_letters(text, piece):
    assert covered(text, piece, "ID")


def test_participant_count_stays():
    text = "every participant 18 and over can join"
    assert not any(t == "ID" for _, t in found(text))


@pytest.mark.parametrize("text,piece", [
    ("14 may was when it all started", "14 may"),
    ("is 3 may ok for u", "3 may"),
    ("could we do 27 may at 10", "27 may"),
])
def test_day_then_may_typed(text, piece):
    assert covered(text, piece, "DATE")


@pytest.mark.parametrize("text", [
    "20 may be too many for one group",
    "the other 2 may not come",
    "3 may want to join later",
])
def test_may_the_verb_stays(text):
    assert not any(t == "DATE" for _, t in found(text))


def test_the_ordinal_before_i_think():
    text = "my last shift was the 23rd i think"
    assert covered(text, "23rd", "DATE")


def test_an_ordinal_that_counts_stays():
    text = "thats the 3rd i had this week"
    assert not any(t == "DATE" for _, t in found(text))


@pytest.mark.parametrize("text", [
    "sleep was about a 6/10 last night",
    "honestly an 8/10 day today",
])
def test_a_score_out_of_ten_is_no_date(text):
    assert not any(t == "DATE" for _, t in found(text))


@pytest.mark.parametrize("text,piece", [
    ("i have a 4/12 appt with the gp", "4/12"),
    ("see u on 6/10 then", "6/10"),
])
def test_a_date_with_an_article_or_a_cue_stays_a_date(text, piece):
    assert covered(text, piece, "DATE")


@pytest.mark.parametrize("text,piece", [
    ("my tfn 412 883 906", "412 883 906"),
    ("ird no is 118-204-577", "118-204-577"),
    ("my sin is 046 454 286 i think", "046 454 286"),
    ("ni number 803 227 915", "803 227 915"),
])
def test_national_numbers_typed_in_lower_case_are_ssn(text, piece):
    assert covered(text, piece, "SSN")


@pytest.mark.parametrize("text,piece", [
    ("ring me on 7785550131 after 5", "7785550131"),
    ("txt me on 2505550177", "2505550177"),
])
def test_ten_figures_after_a_calling_word_are_a_phone(text, piece):
    assert covered(text, piece, "PHONE")


@pytest.mark.parametrize("text,piece", [
    ("my medicare number is 2953 61847 1", "2953 61847 1"),
    ("the statement says account 604 555 0110", "604 555 0110"),
])
def test_an_id_cue_typed_in_lower_case_keeps_an_id(text, piece):
    assert covered(text, piece, "ID")


def test_contact_number_for_the_participant_stays_a_phone():
    text = "Contact number for the participant: 604 555 0183."
    assert covered(text, "604 555 0183", "PHONE")


def test_space_before_at_needs_a_mail_ending():
    text = "we watched that clip @wren.knits last night"
    assert not any(t == "EMAIL" for _, t in found(text))


def test_space_before_at_with_a_mail_ending_is_an_email():
    text = "its tara.k @outlook.com"
    assert covered(text, "tara.k @outlook.com", "EMAIL")


@pytest.mark.parametrize("text", [
    "*REFERRAL* from the GP, PAGE 1/3",
    "REFERRALS are down this month",
])
def test_a_cue_inside_a_word_in_capitals_is_no_cue(text):
    assert not any(t == "ID" for _, t in found(text))
