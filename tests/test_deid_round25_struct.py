"""Twenty-fifth round (structured types): forms of ordinary typed messages, web forms and transcripts.

Every sentence below is SYNTHETIC, written for this test (no set's line copied): a positive case for each new form
and the nearest thing that must stay.
"""

import pytest

from .test_deid_round23_struct import covered, found


# ADDRESS: the town typed with its capital after a street in any case, or after a unit typed after the street
@pytest.mark.parametrize("text,piece", [
    ("we crashed at 41 wattlebird rd Ballarat for the night", "41 wattlebird rd Ballarat"),
    ("Send the form to 7 Quarry Lane Dundalk please", "7 Quarry Lane Dundalk"),
    ("the visit is at 880 cedar pl, Fort Nelson tomorrow", "880 cedar pl, Fort Nelson"),
    ("drop it at 12 kowhai dr apt 4c Whanganui thx", "12 kowhai dr apt 4c Whanganui"),
    ("im at 6 Lindsay Court #3 gisborne this week", "6 Lindsay Court #3 gisborne"),
])
def test_town_after_street_any_case(text, piece):
    assert covered(text, piece, "ADDRESS")


@pytest.mark.parametrize("text,word", [
    ("I live at 23 Larch Crescent Monday to Friday", "Monday"),
    ("we met at 12 Oak Street Okay so then it started", "Okay"),
    ("he lives on 4 orchard st Yesterday was hard", "Yesterday"),
    ("the flat at 9 bay rd Sertraline helps", "Sertraline"),
])
def test_town_after_street_not_a_word(text, word):
    a = text.index(word)
    assert not any(s <= a < e for s, e, t in __import__("qualalliance.deid.recognizers", fromlist=["x"]).structured_spans(text))


# ADDRESS: a state's code and its postcode typed after the street in any case; a town of any words before a state's
# code and a ZIP or a province and a postal code; a ZIP right after the street; a Canadian unit's "#"
@pytest.mark.parametrize("text,piece", [
    ("post it to 5/18 tern cres qld 4217 thanks", "5/18 tern cres qld 4217"),
    ("our new place is 61 Wombat Terrace tas 7250.", "61 Wombat Terrace tas 7250"),
    ("it's 402 birch dr, swift current sk s9h 2k1", "402 birch dr, swift current sk s9h 2k1"),
    ("mail to 18 pine st, grand rapids mi 49503 pls", "18 pine st, grand rapids mi 49503"),
    ("ship it to 311 Juniper Avenue 60614 by friday", "311 Juniper Avenue 60614"),
    ("my address is now #204-5510 Fraser Ave from june", "#204-5510 Fraser Ave"),
])
def test_codes_after_street(text, piece):
    assert covered(text, piece, "ADDRESS")


@pytest.mark.parametrize("text,bad", [
    ("we drove 18 miles down pine st vic was asleep", "vic"),
    ("I lived at 311 Juniper Avenue 123456 was the code", "123456"),
    ("she read the # 12 chart", "#"),
])
def test_codes_after_street_not(text, bad):
    a = text.index(bad)
    assert not any(s <= a < e and t == "ADDRESS" for s, e, t in
                   __import__("qualalliance.deid.recognizers", fromlist=["x"]).structured_spans(text))


# PHONE: a number with its trunk's 0 in two groups, four or five digits then five or six
@pytest.mark.parametrize("text,piece", [
    ("Mobile: 0433 81927", "0433 81927"),
    ("ring me on 01744 829301 after tea", "01744 829301"),
])
def test_trunk_zero_two_groups(text, piece):
    assert covered(text, piece, "PHONE")


@pytest.mark.parametrize("text", [
    "the score was 433 81927",
    "batch 0433 81927 12 came in",
    "around 1200 15000 steps",
])
def test_trunk_zero_two_groups_not(text):
    assert not any(t == "PHONE" for _, t in found(text))


# DATE: a day's ordinal alone closing a clause or before a word that dates it
@pytest.mark.parametrize("text,piece", [
    ("my shifts change 14th, so can we talk", "14th"),
    ("we could meet 3rd instead?", "3rd"),
    ("they said i can start 22nd if the paperwork is done", "22nd"),
    ("the dentist offered 9th at 2pm", "9th"),
    ("flying home 30th.", "30th"),
])
def test_bare_ordinal_day(text, piece):
    assert covered(text, piece, "DATE")


@pytest.mark.parametrize("text", [
    "she came 4th.",
    "he finished 2nd, which was great",
    "i was 3rd in line",
    "it was her 5th.",
    "we were 1st",
    "that was week 6th.",
])
def test_bare_ordinal_day_not(text):
    assert not any(t == "DATE" for _, t in found(text))


# AGE: an age over 89 answering a form's question of an age's threshold
@pytest.mark.parametrize("text,piece", [
    ("Is your dad over 65? yes, 93", "93"),
    ("Aged 75 or over? 104", "104"),
    ("Are they older than 80? yep 91", "91"),
])
def test_threshold_age(text, piece):
    assert covered(text, piece, "AGE")


@pytest.mark.parametrize("text", [
    "Is your dad over 65? yes, 63",
    "Have you been drinking for over 20 years? 95 percent of days",
    "Over 18? yes",
])
def test_threshold_age_not(text):
    assert not any(t == "AGE" for _, t in found(text))
