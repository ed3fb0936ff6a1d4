"""De-identification: the twelfth round's structured forms (addresses, dates, ages, e-mail, URLs, SSNs, IDs).

Sentences written for these tests (not taken from any benchmark set): Irish PPS numbers and UK National Insurance
numbers read out letter by letter, Canadian social insurance numbers in three threes, Ontario health cards with their
version code, UK hospital numbers, share codes, number plates and driving licences, references to quote; Canadian
postal codes alone, rural routes with a box and a group, concession roads and side roads, a room in a named hall,
Québec's "boul." and "app.", Eircodes of letters only, caravan pitches, Irish street names with "na", spoken house
numbers with an abbreviated kind; an abbreviated weekday before a date, "May." with a stop, Romanian months, a day's
ordinal after "from", "issued", "seen", a one-day holiday as a record's date; a form's age at an event, an age in words
in brackets, more words for a grandparent; an e-mail address read out with a number, a website with "dash".  For each
form, the nearest talk that must be left alone.
"""

from __future__ import annotations

import pytest

from .test_deid import deid, found  # noqa: F401  (the module's Deidentifier fixture and its span lister)

_NAMES = ("PERSON", "LOCATION")  # the names round's types: not this round's concern in the negative cases


def structured(deid, text):  # noqa: F811
    return [f for f in found(deid, text) if f[1] not in _NAMES]


@pytest.mark.parametrize("text, expected", [
    # SSN: Irish PPS numbers, together or apart; NI and PPS numbers read out; Canadian SINs with a cue before or after
    ("Revenue wrote to me about 8823140K last week.", [("8823140K", "ID")]),  # uncued: an ID
    ("NI number 2207481 B on the form.", [("2207481 B", "SSN")]),
    ("her PPS is 5531207 WA on the letter", [("5531207 WA", "SSN")]),
    ("he read it out, j k four one double seven two nine b, off the payslip",
     [("j k four one double seven two nine b", "SSN")]),
    ("my SIN is 512 604 338 if they ask", [("512 604 338", "SSN")]),
    ("They typed 771 209 415 as his social insurance number.", [("771 209 415", "SSN")]),
    ("Payroll only has my SIN: 7740, the last four.", [("7740", "SSN")]),
    # ID: uncued three threes; a cue's check letters and groups; hospital numbers, share codes, plates, licences
    ("The card says 604 118 927 on the back.", [("604 118 927", "ID")]),
    ("My mobile is 604 118 927.", [("604 118 927", "PHONE")]),       # after a phone cue, a phone
    ("Mi número de la obra social: 318 550 274.", [("318 550 274", "ID")]),  # a health insurer's, not a social number
    ("Health card 3304 882 117 KT, expires next spring.", [("3304 882 117 KT", "ID")]),
    ("Her OHIP is 4471-203-589-MB now.", [("4471-203-589-MB", "ID")]),
    ("Hospital number R4471TB is on the wristband.", [("R4471TB", "ID")]),
    ("My share code is W4K 7PQ 2XN for the landlord.", [("W4K 7PQ 2XN", "ID")]),
    ("They clamped KD19 WRT outside the surgery.", [("KD19 WRT", "ID")]),
    ("His licence, HARRI704225JB4TK, was taken.", [("HARRI704225JB4TK", "ID")]),
    ("Please quote 5518306 when you ring.", [("5518306", "ID")]),
    ("Your booking reference is P2281QD.", [("P2281QD", "ID")]),
    ("Trust number FLX/4471920 on the letter.", [("FLX/4471920", "ID")]),
    ("Subject number CR-5530 on the consent form.", [("CR-5530", "ID")]),
    ("Chart number DWR 4419 2280 in the old system.", [("DWR 4419 2280", "ID")]),
    # ADDRESS: Canada's postal code, rural routes, concession roads, a room in a hall, Québec's street and unit
    ("Post it to V3K 2R8 and I'll get it.", [("V3K 2R8", "ADDRESS")]),
    ("We're out at Box 88, Grp 12, RR 4 these days.", [("Box 88, Grp 12, RR 4", "ADDRESS")]),
    ("The farm is 4410 Concession Rd 9, past the mill.", [("4410 Concession Rd 9", "ADDRESS")]),
    ("Mum's place is 2207 Sideroad 15 now.", [("2207 Sideroad 15", "ADDRESS")]),
    ("I'm staying in Maple Hall, room 212 this term.", [("Maple Hall, room 212", "ADDRESS")]),
    ("Envoyez-le au 4410, boul. Saint-Laurent, app. 3 svp.", [("4410, boul. Saint-Laurent, app. 3", "ADDRESS")]),
    ("We moved to 118 Birch Crt, Apt 2, Regina SK S4P 3Y2 in spring.", [("118 Birch Crt, Apt 2, Regina SK S4P 3Y2", "ADDRESS")]),
    # Irish and UK addresses: an Eircode of letters, the Eircode after the county, "na" in a street, a caravan's pitch
    ("Send it to 12 Beechwood Lawn, Lucan, Co. Dublin, K78 HXWP please.",
     [("12 Beechwood Lawn, Lucan, Co. Dublin, K78 HXWP", "ADDRESS")]),
    ("Post goes to Cloonbeg, Co. Sligo, F91 KX2E now.", [("Cloonbeg, Co. Sligo, F91 KX2E", "ADDRESS")]),
    ("She lives at 9 Cnoc na Gréine Road, Salthill now.", [("9 Cnoc na Gréine Road, Salthill", "ADDRESS")]),
    ("He's on Pitch 14, Meadowbank Park since the spring.", [("Pitch 14, Meadowbank Park", "ADDRESS")]),
    # spoken house numbers
    ("i live at four two nine Willow Rd by the school", [("four two nine Willow Rd", "ADDRESS")]),
    ("we moved to a hundred and twelve orchard rd last year", [("a hundred and twelve orchard rd", "ADDRESS")]),
    # DATE
    ("The scan was booked for Thu Aug 7, 2025 at noon.", [("Thu Aug 7, 2025", "DATE")]),
    ("Letter dated May. 14, 2024 from the court.", [("May. 14, 2024", "DATE")]),
    ("Bunica a murit pe 9 octombrie 2019, in Iasi.", [("9 octombrie 2019", "DATE")]),
    ("From the 9th the cravings eased off.", [("the 9th", "DATE")]),
    ("The letter issued the 14th says I have to go.", [("the 14th", "DATE")]),
    ("I'm back at the dentist on the sixth for a filling.", [("the sixth", "DATE")]),
    ("She was admitted on Boxing Day with chest pain.", [("Boxing Day", "DATE")]),
    ("When: New Year's Eve, 8pm", [("New Year's Eve", "DATE")]),
    # AGE
    ("Age at referral: 97", [("97", "AGE")]),
    ("Lives with mother (ninety-six yrs) in a bungalow.", [("ninety-six yrs", "AGE")]),
    ("My taid is 98 and still drives.", [("98", "AGE")]),
    # EMAIL and URL read out
    ("send it to megan seventy two at outlook dot com please", [("megan seventy two at outlook dot com", "EMAIL")]),
    ("the form is on www dot north dash side dot org slash forms", [("www dot north dash side dot org slash forms", "URL")]),
])
def test_twelfth_round_forms_are_found(deid, text, expected):  # noqa: F811
    assert structured(deid, text) == expected


@pytest.mark.parametrize("text", [
    "the number's 4471203 I think, or close to it",                  # a spaced "I" after seven digits is the pronoun
    "we said a b c one two three and laughed",                        # letters and digits of a song, no check letter
    "I scored 100 120 130 on the three tries.",                       # round scores, not a number's groups
    "I quote the 12 steps to myself every night.",                    # "quote" before a small number
    "The sin of it was in 2003, long ago.",                           # "sin" in lower case is a word
    "Concession stand 4 sold out by noon.",                           # a concession with no house number
    "The talk is in the Town Hall, room 3 today.",                    # a public hall's room
    "We fought on Christmas Eve and New Year's Eve again.",           # a holiday in talk, no record's event
    "The vigil was held that May. 22 people came.",                  # a month's end of sentence, then a count
    "From the first the group felt safe.",                            # "first" ranks, not a day
    "I was on the first for a while, then the third floor.",          # floors
    "She had two more dr visits that week.",                          # a lower-case "dr" after a count
    "my nan was 94 kilos before the op",                              # a weight, not an age
    "we looked at it for ninety minutes at home",                     # a duration
    "Age at onset: 14",                                               # an age under 90
])
def test_twelfth_round_near_misses_are_left_alone(deid, text):  # noqa: F811
    assert structured(deid, text) == []
