"""De-identification: the sixteenth round's structured forms (addresses, dates, ages, e-mail, URLs, SSNs, IDs, phones).

Sentences written for these tests (SYNTHETIC, not taken from any benchmark set): what typed chat and text messages hold
(an address, a date, an age typed in lower case and abbreviated, as people type on a phone; an e-mail address without
its ending or with a space before its "@") and what full verbatim transcripts hold (a filler or a stammered repeat
inside an identifier, a date corrected as it is said, a written web address with its path said).  For each form, the
nearest text that must be left alone.
"""

from __future__ import annotations

import pytest

from .test_deid import deid, found  # noqa: F401  (the module's Deidentifier fixture and its span lister)

_NAMES = ("PERSON", "LOCATION")  # the names round's types: not this round's concern


def structured(deid, text):  # noqa: F811
    return [f for f in found(deid, text) if f[1] not in _NAMES]


@pytest.mark.parametrize("text, expected", [
    # ADDRESS: typed in lower case, with its unit, direction, unit after it or postal code
    ("ok im at 14b weston rd now", [("14b weston rd", "ADDRESS")]),
    ("can u drop it to 3/27 harbour tce tmrw", [("3/27 harbour tce", "ADDRESS")]),
    ("new flat is unit 6 410 kestrel grove", [("unit 6 410 kestrel grove", "ADDRESS")]),
    ("pick me up from 5510 n pinewood ave apt 4 pls", [("5510 n pinewood ave apt 4", "ADDRESS")]),
    ("send it to 88 quarry lane, 3042 thx", [("88 quarry lane, 3042", "ADDRESS")]),
    ("meet me on dover st & keane ave", [("dover st & keane ave", "ADDRESS")]),
    # ADDRESS: a house number repeated with a filler; a house number and a name with Park
    ("It's, um, 64, uh, 64 Brook Street, yeah.", [("64, uh, 64 Brook Street", "ADDRESS")]),
    ("We live at 212 Larchmont Park now.", [("212 Larchmont Park", "ADDRESS")]),
    # DATE: a day and a month in lower case, a weekday with an ordinal or a day and month, a misspelled weekday
    ("moving out on 4 nov hopefully", [("4 nov", "DATE")]),
    ("the appt got moved to sept 14th", [("sept 14th", "DATE")]),
    ("can we do weds the 9th instead", [("weds the 9th", "DATE")]),
    ("my review is thurs 12/6 i think", [("thurs 12/6", "DATE")]),
    ("ill see u wensday 17th", [("wensday 17th", "DATE")]),
    # DATE: an ordinal alone after a word that dates it
    ("been clean since 22nd and feeling ok", [("22nd", "DATE")]),
    # DATE: corrected as said; a filler inside
    ("The scan was March 9th, no, 10th, I think.", [("March 9th, no, 10th", "DATE")]),
    ("She left on November, um, 30th.", [("November, um, 30th", "DATE")]),
    # AGE: unit joined, a kin word with "like" or "still", a grandparent before "and", a repeat, a filler before it
    ("my great aunt is 96yrs and still gardening", [("96yrs", "AGE")]),
    ("my grandma is like 101 and does yoga", [("101", "AGE")]),
    ("poppa 94 and still driving lol", [("94", "AGE")]),
    ("My nan's 103, 103, and still knits.", [("103, 103", "AGE")]),
    ("My great-uncle is, uh, a hundred and two this year.", [("a hundred and two", "AGE")]),
    ("He's ninety- ninety-six now.", [("ninety- ninety-six", "AGE")]),
    # EMAIL: no ending at a mail service; a space before "@"; said with a written domain
    ("my email is priya.nand44@hotmail", [("priya.nand44@hotmail", "EMAIL")]),
    ("use dkowalski @proton.me for it", [("dkowalski @proton.me", "EMAIL")]),
    ("It's maria underscore v at outlook.com, the personal one.", [("maria underscore v at outlook.com", "EMAIL")]),
    # URL: written, its path said
    ("Look at calmharbour.org.uk forward slash groups for the times.",
     [("calmharbour.org.uk forward slash groups", "URL")]),
    # PHONE: a filler inside; a stammered start
    ("Ring me on 0433, um, 218 604 after five.", [("0433, um, 218 604", "PHONE")]),
    ("The number's 086, 086 411 2390.", [("086, 086 411 2390", "PHONE")]),
    # SSN: a filler inside; a lower-case spaced NI number
    ("My social is 412-67, uh, 9031.", [("412-67, uh, 9031", "SSN")]),
    ("ni number is ab 12 34 56 c", [("ab 12 34 56 c", "SSN")]),
    # ID: a lower-case cue; letters and digits apart after a cue, with a filler
    ("nhi kqr4417 if u need it", [("kqr4417", "ID")]),
    ("My MRN is TKH, um, 582.", [("TKH, um, 582", "ID")]),
])
def test_round16_finds(deid, text, expected):  # noqa: F811
    assert structured(deid, text) == expected


@pytest.mark.parametrize("text", [
    # ADDRESS: counts before a kind of street-like word
    "its like a 10 minutes drive from mine",
    "i keep my 2 dogs close at night",
    "there are 3 different ways to do it",
    "we did 3 Central Park loops",
    # DATE: "may" and "march" as verbs, an ordinal that counts
    "i think 2 may come tmrw",
    "on 2nd thought ill skip it",
    "from 1st grade i hated school",
    "it was the 3rd time this week",
    # AGE: a count after a kin word, a number with a filler that is no age
    "my nan is like 90 minutes away",
    "we scored it 45, um, 20 and then stopped",
    "it was like 3, um, 4 times a week",
    "he's 100 percent sure",
    # EMAIL: an @-mention, "at" with no domain
    "i'll ask at work tomorrow",
    # SSN: a word before three pairs of digits and a letter
    "we were at 10 20 30 b on the chart",
    # ID: NHS 111, a cue with a short number
    "i rang nhs 111 last night",
])
def test_round16_leaves(deid, text):  # noqa: F811
    assert structured(deid, text) == []
