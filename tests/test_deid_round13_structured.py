"""De-identification: the thirteenth round's structured forms (addresses, dates, ages, phones, SSNs, IDs).

Sentences written for these tests (not taken from any benchmark set): the floor or part of a building before a street
("Level 3, ...", "Basement, ...", "Blk 415 ..."), Singapore's unit and postal code, Australia Post's abbreviated kinds
after a unit and house number, a four-digit postal code after the town, an Eircode after the town, the town after a
street with its kind in lower case, a spoken house number before "Parade"; a day's ordinal after "between now and" and
"date's"; an answer to "how old", an age after "hit", "lived till", "who's"; an extension after a local or
international number; Singapore's NRIC, India's Aadhaar, the last four of a national number after its name; an
Australian Medicare number, two letters, five digits and a letter, a client number, an NHI, a cue's "'s", a number
named right after it.  For each form, the nearest talk that must be left alone.  And a surrogate web address holds
no place of the study.
"""

from __future__ import annotations

import pytest

from qualalliance.deid.pseudonyms import PseudonymMap
from qualalliance.deid.replace import Replacer
from qualalliance.deid.surrogates import pool

from .test_deid import deid, found  # noqa: F401  (the module's Deidentifier fixture and its span lister)

_NAMES = ("PERSON", "LOCATION")  # the names round's types: not this round's concern in the negative cases


def structured(deid, text):  # noqa: F811
    return [f for f in found(deid, text) if f[1] not in _NAMES]


@pytest.mark.parametrize("text, expected", [
    # ADDRESS: a floor or part of a building before the street; Singapore's block, unit and postal code
    ("Level 3, 45 Harbour Street, Wollongong NSW 2500", [("Level 3, 45 Harbour Street, Wollongong NSW 2500", "ADDRESS")]),
    ("Basement, 881 E 14th Ave", [("Basement, 881 E 14th Ave", "ADDRESS")]),
    ("Blk 415 Bedok North Ave 2, #08-117, Singapore 460415",
     [("Blk 415 Bedok North Ave 2, #08-117, Singapore 460415", "ADDRESS")]),
    # Australia Post's abbreviations after a unit and house number
    ("We live at 4/27 Banksia Pde now.", [("4/27 Banksia Pde", "ADDRESS")]),
    ("Her flat is 2/9 Wattlebird Cl, out past the oval.", [("2/9 Wattlebird Cl", "ADDRESS")]),
    # a four-digit postal code or an Eircode after the town; the town after a lower-case kind
    ("Post it to 15 Protea Road, Claremont, 7708 please.", [("15 Protea Road, Claremont, 7708", "ADDRESS")]),
    ("Send it to 14 Main Street, Navan C15 X2T4.", [("14 Main Street, Navan C15 X2T4", "ADDRESS")]),
    ("She moved to 9 Willow crescent, Timaru with the kids.", [("9 Willow crescent, Timaru", "ADDRESS")]),
    # a spoken house number before "Parade"
    ("We're at eleven Marine Parade now.", [("eleven Marine Parade", "ADDRESS")]),
    # DATE: a day's ordinal after "between now and", "date's"
    ("between now and the 14th we'll do the log", [("the 14th", "DATE")]),
    ("So between now and the twenty fourth the plan stays.", [("the twenty fourth", "DATE")]),
    ("My hearing date's the fifth, so I'm nervous.", [("the fifth", "DATE")]),
    # AGE: an answer to "how old"; "hit", "lived till", "who's"
    ("How old is she? About ninety-five.", [("ninety-five", "AGE")]),
    ("I: How old was your uncle? R: 101. He was still sharp.", [("101", "AGE")]),
    ("when she hit 100 we had a party", [("100", "AGE")]),
    ("Grandad lived till 96 in the end.", [("96", "AGE")]),
    ("Caring for someone who's 92 is hard.", [("92", "AGE")]),
    # PHONE: an extension after a local or an international number
    ("Ring 555-0182 ext. 31 tomorrow.", [("555-0182 ext. 31", "PHONE")]),
    ("Ring 020 7946 0018 ext 204 tomorrow.", [("020 7946 0018 ext 204", "PHONE")]),
    # SSN: Singapore's NRIC, India's Aadhaar, the last four after a national number's name
    ("My IC is S8812345D.", [("S8812345D", "SSN")]),
    ("My Aadhaar, 2345 6789 0123, is linked.", [("2345 6789 0123", "SSN")]),
    ("Form left out with (5512 0934 7781) on it.", [("5512 0934 7781", "SSN")]),
    ("PPS number: 4821", [("4821", "SSN")]),
    ("National Insurance number: 0917", [("0917", "SSN")]),
    # ID: an Australian Medicare number; two letters, five digits, a letter; a client number; an NHI; "number's"
    ("It's 2428 77813 2/1 on the card.", [("2428 77813 2/1", "ID")]),
    ("Her number is AB12345C on the letter.", [("AB12345C", "ID")]),
    ("My client number is 190-5546788.", [("190-5546788", "ID")]),
    ("Her NHI is ZAC4471 I think.", [("ZAC4471", "ID")]),
    ("The licence number's 4471 2290 on it.", [("4471 2290", "ID")]),
    # a number its speaker names right after it
    ("It's 4471 2290, that's my Medicare number.", [("4471 2290", "ID")]),
    ("It's 552-019 -- that's my client ID.", [("552-019", "ID")]),
    ("It's 5520 6941, the number on the back of my health card.", [("5520 6941", "ID")]),
    ("the number on my hospital band was KXT8802, I kept it", [("KXT8802", "ID")]),
])
def test_thirteenth_round_forms_are_found(deid, text, expected):  # noqa: F811
    assert structured(deid, text) == expected


@pytest.mark.parametrize("text", [
    "The basement, honestly, is where I hide.",                      # a basement with no street after it
    "Block 4 of the programme, session 2, was hard.",                # a block of sessions
    "We reached Level 2, the hardest part of the programme.",        # a level of a programme
    "I got 2 Cl and 3 Gr on the chemistry test.",                     # abbreviations with no street name
    "It was one long parade of bad news.",                            # a parade in talk
    "Between now and the first session, try the log.",               # "first" ranks a session
    "Call me and ask for extension work.",                            # an extension with no number
    "How old was he? 45, I think.",                                   # an age under 90
    "she hit 100 on the speedometer and he hit 95 mph",               # a speed
    "someone who's 45 and who's 95 percent sure",                     # an age under 90, a share
    "He's paid national insurance for 2019 and 2020.",                # years after a national number's name
    "The T4 slip and the S1 form",                                    # forms' names, no NRIC
    "It's 4111 1111 1111 1111 on the card.",                         # a card's sixteen digits, no Aadhaar
    "We got 2428 77813 back.",                                        # no Medicare check digit
    "It was 2019 -- that's my health going downhill.",                # a year before "that's my health"
    "the licence number's on the card",                               # a cue with no number
    "client number 3 on the list",                                    # a short count
    "the number on my scale was 105 kg, then 1040 kg on the truck's",  # weights
    "the number on the bus was 2019 and the door was 14",             # a year, a door
])
def test_thirteenth_round_near_misses_are_left_alone(deid, text):  # noqa: F811
    assert structured(deid, text) == []


def test_thirteenth_round_near_misses_keep_their_words(deid):  # noqa: F811
    # a count after the town is no postal code; a sentence word after a lower-case street is no town
    assert structured(deid, "We went 15 Protea Road, Claremont, 2000 people came") == [("15 Protea Road, Claremont", "ADDRESS")]
    assert structured(deid, "9 Willow crescent, We sold it") == [("9 Willow crescent", "ADDRESS")]


def test_a_surrogate_web_address_holds_no_place_of_the_study():
    places = [p for p in pool("places") if p.isalpha()]
    known = frozenset(p.casefold() for p in places[:-30])  # the study's places: all but thirty of the pool's
    replacer = Replacer(PseudonymMap(), mode="surrogate", known=known)
    for n in range(8):
        host = replacer.replace("URL", f"www.site{n}.com/page", "P01").split(".")[1]
        assert host not in known
