"""De-identification: the fourteenth round's structured forms (addresses, dates, ages, phones, e-mail, URLs, SSNs, IDs).

Sentences written for these tests (not taken from any benchmark set): what uncorrected speech recognition writes (a full
stop inside a date, a day, month and year apart, an age over a hundred said with "and", "ninety to" for ninety-two, a
phone number digit by digit, an e-mail address with "at" before a written domain or its name spelled out, a website
with spelled letters, a National Insurance number in lower case, a PPS number, an SSN's hyphen heard as a space), and
what group and family work says (a weekday before "the Nth of Month", a day's ordinal alone before a pause, a family's
code, a car's rego, a permit, a case log's reference with its year, a unit number before the house number, a street
kind that is also a word after "at" or "to", a Canadian town and postal code).  For each form, the nearest talk that
must be left alone.
"""

from __future__ import annotations

import pytest

from .test_deid import deid, found  # noqa: F401  (the module's Deidentifier fixture and its span lister)

_NAMES = ("PERSON", "LOCATION")  # the names round's types: not this round's concern


def structured(deid, text):  # noqa: F811
    return [f for f in found(deid, text) if f[1] not in _NAMES]


@pytest.mark.parametrize("text, expected", [
    # DATE
    ("Her review is Thursday the 9th of October, at ten.", [("Thursday the 9th of October", "DATE")]),
    ("We separated on the 14th. Of March and I moved out.", [("the 14th. Of March", "DATE")]),
    ("Can we say November. 3rd for the next one?", [("November. 3rd", "DATE")]),
    ("My son was born 4 11 2009 in the old hospital.", [("4 11 2009", "DATE")]),
    ("Pencil in the 18th: that's when the results come.", [("the 18th", "DATE")]),
    ("The scan was the twelfth and it came back clear.", [("the twelfth", "DATE")]),
    # AGE
    ("My great uncle is a hundred and 3 and still gardens.", [("a hundred and 3", "AGE")]),
    ("She's 100 and 8 years old this spring.", [("100 and 8 years old", "AGE")]),
    ("Grandad turned ninety for, last week.", [("ninety for", "AGE")]),
    # PHONE
    ("You can get me on 0 8 7 1 2 3 4 5 6 7 8 after six.", [("0 8 7 1 2 3 4 5 6 7 8", "PHONE")]),
    ("The ward is on 061 48 22917 if you need it.", [("061 48 22917", "PHONE")]),
    ("Her landline is (021) 43 88120, ring after lunch.", [("(021) 43 88120", "PHONE")]),
    # EMAIL
    ("Just send it to okonkwo77 at yahoo.co.uk please.", [("okonkwo77 at yahoo.co.uk", "EMAIL")]),
    ("The letter came from jtremblay at videotron.ca yesterday.", [("jtremblay at videotron.ca", "EMAIL")]),
    ("It's M I R I A M dot kowalski at gmail dot com.", [("M I R I A M dot kowalski at gmail dot com", "EMAIL")]),
    # URL
    ("The handouts are on riverbend m h dot org slash handouts now.", [("riverbend m h dot org slash handouts", "URL")]),
    # SSN
    ("My NI number is jb 52 18 40 c, I think.", [("jb 52 18 40 c", "SSN")]),
    ("His social is 8127345tw on the form.", [("8127345tw", "SSN")]),
    ("For the benefit they wanted the SSN, 418 27-6630.", [("418 27-6630", "SSN")]),
    ("My national insurance is K P 4 1 2 2 9 0 B on the payslip.", [("K P 4 1 2 2 9 0 B", "SSN")]),
    # ID
    ("My hospital number is R T X 4 4 0 9, the nurse said.", [("R T X 4 4 0 9", "ID")]),
    ("Our family's code is WQP552 for the feedback sheet.", [("WQP552", "ID")]),
    # (a cue's "no." with its full stop: the pattern once asked for a backslash there)
    ("Her staff no. P4471 is on the rota.", [("P4471", "ID")]),
    ("The car's rego is KTB4471 if you see it outside.", [("KTB4471", "ID")]),
    ("Notes: incident log BR/2023/4417 opened by the duty worker.", [("BR/2023/4417", "ID")]),
    # ADDRESS
    ("We're staying at 14 52 Larch Crescent until the repairs are done.", [("14 52 Larch Crescent", "ADDRESS")]),
    ("The group meets at 41 Harbour Heights, on the first floor.", [("41 Harbour Heights", "ADDRESS")]),
    ("I'm at 27 kinross road now, near the shops.", [("27 kinross road", "ADDRESS")]),
    ("Forward it to 311 Spruce Drive, Prince George V2M 3K9 please.",
     [("311 Spruce Drive, Prince George V2M 3K9", "ADDRESS")]),
])
def test_fourteenth_round_forms_are_found(deid, text, expected):  # noqa: F811
    assert structured(deid, text) == expected


@pytest.mark.parametrize("text", [
    # DATE: an ordinal before a noun, "the first", a count of sessions, a sum
    "This is the 5th session and it's the 21st century.",
    "That was the first, maybe a bit before that I think.",
    "This session is the fourth session we've had.",
    # (a run of four numbers is no day, month and year: the look-behind once read a backslash and a "d", not a digit)
    "The scores were 13 4 11 2009 and 7 on the other sheet.",
    "She came 2nd in the race and the 3rd time she ran.",
    "We got 4 11 points between us.",
    # AGE: a sum of money, a count, ninety to a hundred
    "It cost a hundred and 5 quid in the end.",
    "She's got a hundred and 2 followers now.",
    # PHONE: a few digits apart, an SSN's three groups
    "I scored 4 5 6 7 on the four questions.",
    # SSN: a two-letter word before numbers
    "We were at 10 20 30 b on the scale.",
    # ID: a cue with no number, a year
    "The dress code is smart casual.",
    "My registration was in 2019 at the old surgery.",
    # ADDRESS: counts before a place
    "We walked 3 Central Park loops on Sunday.",
    "I've lived in 2 different places since then.",
])
def test_fourteenth_round_near_misses_stay(deid, text):  # noqa: F811
    spans = structured(deid, text)
    assert not [s for s in spans if s[1] in ("DATE", "AGE", "PHONE", "EMAIL", "URL", "SSN", "ID", "ADDRESS")], spans


@pytest.mark.parametrize("text, expected", [
    # a word before "at" and a website: the website alone, no e-mail address
    ("The consent form is available to participants at mindwell.org now.", [("mindwell.org", "URL")]),
    ("Have a look at bbc.co.uk for the article.", [("bbc.co.uk", "URL")]),
    ("He set up a fundraiser at gofundme.com for the funeral.", [("gofundme.com", "URL")]),
    # an SSN's three groups with a trunk zero: the SSN, no phone number
    ("The form needs the SSN, 041 09 9631, and I don't get why.", [("041 09 9631", "SSN")]),
])
def test_fourteenth_round_websites_and_ssns_keep_their_type(deid, text, expected):  # noqa: F811
    assert structured(deid, text) == expected


def test_fourteenth_round_ninety_for_a_while_is_no_homophone(deid):  # noqa: F811
    spans = structured(deid, "He was doing ninety for ages on the motorway.")
    assert ("ninety for", "AGE") not in spans  # (the earlier rounds' "ninety" alone is theirs)
