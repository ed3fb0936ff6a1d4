"""De-identification: the seventeenth round's structured forms (addresses, dates, ages, phones, SSNs, IDs).

Sentences written for these tests (SYNTHETIC, not taken from any benchmark set): what clinical shorthand holds (a
progress note's terse age joined to the sex's letter or after a relative's word, a day of the month alone after the
note's event, an Australian unit number, an Irish estate's name, a house's "no.", a record's short ID cues) and what a
transcript file's front matter holds (a recording's file name that is a code, a participant's code, a postcode after a
town).  For each form, the nearest text that must be left alone.
"""

from __future__ import annotations

import pytest

from .test_deid import deid, found  # noqa: F401  (the module's Deidentifier fixture and its span lister)

_NAMES = ("PERSON", "LOCATION")  # the names round's types: not this round's concern


def structured(deid, text):  # noqa: F811
    return [f for f in found(deid, text) if f[1] not in _NAMES]


@pytest.mark.parametrize("text, expected", [
    # AGE: joined to the sex's letter after its unit or after "pt"; in words; after a relative's word; after "turns",
    # after "oldest"
    ("pt 96 yoM, lives alone, MMSE 24/30.", [("96", "AGE")]),
    ("Seen today: 103yrsF, hard of hearing.", [("103", "AGE")]),
    ("pt 99F, widowed, c/o poor sleep.", [("99", "AGE")]),
    ("pt ninety-oneM, frail, alert.", [("ninety-one", "AGE")]),
    ("Wife 94 w/ Parkinson's, pt main carer.", [("94", "AGE")]),
    ("Uncle turns 100 next month, big party planned.", [("100", "AGE")]),
    ("Oldest on the ward -- 102, still walks unaided.", [("102", "AGE")]),
    # DATE: a day of the month alone after a note's event; a holiday after a note's event
    ("Clinic appt 22nd @ 10am, mum to attend.", [("22nd", "DATE")]),
    ("Discharge summary rec'd 3rd, filed.", [("3rd", "DATE")]),
    ("Missed appt Christmas Eve; rebooked.", [("Christmas Eve", "DATE")]),
    # ADDRESS: an Australian unit before the house number; street kinds of estates; an Irish estate's "The" name;
    # a house's "no."; a postcode after the street, after an Irish county, after a town with "upon"
    ("Home visit @ u3/17 Wattle Cres, pt not home.", [("u3/17 Wattle Cres", "ADDRESS")]),
    ("New addr 14 Elmfield Meadows, moved last month.", [("14 Elmfield Meadows", "ADDRESS")]),
    ("She's still at 8 Orchard Lawn, I think.", [("8 Orchard Lawn", "ADDRESS")]),
    ("CPN to visit 11 The Hollies, Navan next week.", [("11 The Hollies, Navan", "ADDRESS")]),
    ("Meds dropped to no. 12 Glenmore by the chemist.", [("no. 12 Glenmore", "ADDRESS")]),
    ("Post to 41 Hazel Rd, T2N 1N4 please.", [("41 Hazel Rd, T2N 1N4", "ADDRESS")]),
    ("Office: 9 Mill Lane, Ennis, Co. Clare, V95 K2P3", [("9 Mill Lane, Ennis, Co. Clare, V95 K2P3", "ADDRESS")]),
    ("Sent to 6 Brook Street, Newcastle upon Tyne NE1 4ST today.",
     [("6 Brook Street, Newcastle upon Tyne NE1 4ST", "ADDRESS")]),
    # PHONE: an eight-digit local number after a phone's word
    ("Daughter's mob 8123 4471, rang twice.", [("8123 4471", "PHONE")]),
    # SSN: a National Insurance number in lower case with its digits together; a record's short national cues
    ("my ni number is wk 301245 c i think", [("wk 301245 c", "SSN")]),
    ("Soc. Ins. No. 046454286 on file.", [("046454286", "SSN")]),
    ("ID shown: JR 41 22 87 C.", [("JR 41 22 87 C", "SSN")]),
    # ID: a record's code after a short cue; a recording's file name that is a code; a participant's code
    ("UR K12-448 -- chart merged.", [("K12-448", "ID")]),
    ("Trial kit no. B07-311 handed over today.", [("B07-311", "ID")]),
    ("Health card number: RWX42QT", [("RWX42QT", "ID")]),
    ("NHS no. 4821 7730 1946 confirmed.", [("4821 7730 1946", "ID")]),
    ("Recording saved as P0417.wav on the drive.", [("P0417", "ID")]),
    ("Subject: K2291 | Visit 3", [("K2291", "ID")]),
])
def test_round17_finds(deid, text, expected):  # noqa: F811
    assert structured(deid, text) == expected


@pytest.mark.parametrize("text", [
    # AGE: a temperature with its "F", a relative's number that is an amount, "oldest" with a count
    "Temp 101F overnight, settled with paracetamol.",
    "Dad 90 mins late to pick up, pt upset.",
    "Mum 100% supportive of the plan.",
    "The oldest of the 3 kids is 14.",
    # DATE: an ordinal that counts or ranks
    "Letter sent, 2nd DNA this month.",
    "Lives on the 3rd floor, no lift.",
    "Next appt is her 4th session of 6.",
    # ADDRESS: a number before "The" and a title, a page's or a bed's "no."
    "Read 3 The Guardian articles on it.",
    "Transferred to bed no. 4 Monday evening.",
    "She lives in Castle Meadows area, no number given.",
    # PHONE: two years, a count
    "Gap in care between 2019 2020, reason unclear.",
    # SSN, ID: a short code that is no ID; a file name in words
    "Saved the notes as draft.docx for review.",
    "Subject: sleep hygiene handout",
])
def test_round17_leaves(deid, text):  # noqa: F811
    assert structured(deid, text) == []
