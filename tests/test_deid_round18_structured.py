"""De-identification: the eighteenth round's structured forms (addresses, dates, ages, IDs).

Sentences written for these tests (SYNTHETIC, not taken from any benchmark set): what web forms and questionnaires
hold (a field's label before its value: an age, a day alone, an address without a number, a code after a label with a
remark in brackets), a misspelt month, a date with spaces around its slashes, a day and month with a two-figure year,
an Australian rural mail bag, a British house's name, an address's unit, suburb, county and postcode at its edges.
For each form, the nearest text that must be left alone.
"""

from __future__ import annotations

import pytest

from .test_deid import deid, found  # noqa: F401  (the module's Deidentifier fixture and its span lister)

_NAMES = ("PERSON", "LOCATION")  # the names round's types: not this round's concern


def structured(deid, text):  # noqa: F811
    return [f for f in found(deid, text) if f[1] not in _NAMES]


@pytest.mark.parametrize("text, expected", [
    # AGE: the value of a field whose label holds "age", on its line or the next; in words after a relative's word
    ("Age of your father (if you look after him): 97", [("97", "AGE")]),
    ("Q5 - age of the person who lives with you: a hundred and three", [("a hundred and three", "AGE")]),
    ("What is the age of the oldest person at home?\n101", [("101", "AGE")]),
    ("People at home: me, my gran a hundred and one", [("a hundred and one", "AGE")]),
    # DATE: a day alone as a date field's value or after a question about when; after "anniversary is"
    ("Date of your first session: 19th", [("19th", "DATE")]),
    ("When did the symptoms start? 4th", [("4th", "DATE")]),
    ("Her birthday is 30th and I dread it.", [("30th", "DATE")]),
    # DATE: a misspelt month; spaces around a date's slashes; a two-figure year after a day and month
    ("I started the new tablets on Feburary 3rd.", [("Feburary 3rd", "DATE")]),
    ("Moved house on 9 Setember 2021, it was chaos.", [("9 Setember 2021", "DATE")]),
    ("Discharged 14 / 02 / 2020 from the ward.", [("14 / 02 / 2020", "DATE")]),
    ("Has been low since 8th June 91, after the flood.", [("8th June 91", "DATE")]),
    ("On 5th May 10 people came to the group.", [("5th May", "DATE")]),  # not the count after it
    ("Date moved to this address: 11th", [("11th", "DATE")]),  # a date's field naming an address: no address
    # ADDRESS: an Australian rural mail bag with its town, state and postcode
    ("Post to RMB 4417, Tumut NSW 2720 please.", [("RMB 4417, Tumut NSW 2720", "ADDRESS")]),
    ("send it to rmb 52, dubbo nsw 2830", [("rmb 52, dubbo nsw 2830", "ADDRESS")]),
    # ADDRESS: a British house's name and its street, with a postcode
    ("Delivery to Willow Cottage, Mill Road please.", [("Willow Cottage, Mill Road", "ADDRESS")]),
    ("Send it to THE OLD BARN, STATION ROAD, it's easier.", [("THE OLD BARN, STATION ROAD", "ADDRESS")]),
    ("We live at Fernlea, Church Street, BA2 4QT now.", [("Fernlea, Church Street, BA2 4QT", "ADDRESS")]),
    # ADDRESS: an address field's value to the end of its line
    ("Client: Postal address: Larkspur Close", [("Larkspur Close", "ADDRESS")]),
    ("Address for letters - 12b kowhai street", [("12b kowhai street", "ADDRESS")]),
    ("Address: 14 Rata Road. Lives alone, sees her GP weekly.", [("14 Rata Road", "ADDRESS")]),
    # ADDRESS: a unit before, a "#" unit after, a suburb in capitals, a county, a lower-case postcode, a state's code
    ("moved into 3/88 Banksia Rd last week", [("3/88 Banksia Rd", "ADDRESS")]),
    ("now at FLAT 2, 41 ELM ROAD with my sister", [("FLAT 2, 41 ELM ROAD", "ADDRESS")]),
    ("moved to 4410 Cedar Avenue #12 last week", [("4410 Cedar Avenue #12", "ADDRESS")]),
    ("Home: 61 TOTARA CRESCENT, PAPANUI", [("61 TOTARA CRESCENT, PAPANUI", "ADDRESS")]),
    ("moved to 19 Ard Mhuire, Tullamore, Co. Offaly last week", [("19 Ard Mhuire, Tullamore, Co. Offaly", "ADDRESS")]),
    ("my new address is 7 oak road, h91 ef28", [("7 oak road, h91 ef28", "ADDRESS")]),
    ("staying at 2 Wattle St, Orange NSW 2800 for now", [("2 Wattle St, Orange NSW 2800", "ADDRESS")]),
    ("went to 3340 N PINE ST, SALEM, OR 97301 yesterday", [("3340 N PINE ST, SALEM, OR 97301", "ADDRESS")]),
    # ID: a code after a label naming a number, a reference or an ID with a remark in brackets
    ("Hospital number (on your wristband): KT-5520-B", [("KT-5520-B", "ID")]),
    ("Your reference (top right of the letter): 448 207 915J", [("448 207 915J", "ID")]),
    ("Student number: HWQ41ZT", [("HWQ41ZT", "ID")]),
    ("Our insurance plan number is 88-4410.", [("88-4410", "ID")]),
])
def test_round18_finds(deid, text, expected):  # noqa: F811
    assert structured(deid, text) == expected


@pytest.mark.parametrize("text", [
    # AGE: an age field's value under 90, an amount after an "age" label, an age group, a relative's amount
    "Age (if over 18): 45",
    "Age of onset: 95% sure it was in her teens",
    "Age range: 90 and over was excluded",
    "I told my dad a hundred times to stop.",
    # DATE: an ordinal that ranks in a field, a score with slashes, a count after a date
    "Which session was the hardest? the 3rd one with the letter",
    "Mood today: 3 / 10, sleep 4 / 10",
    "Scores went 4 / 7 / 12 over the weeks.",
    # ADDRESS: "same as above", an e-mail's address, a house word alone, a date field that names an address
    "Postal address: same as above",
    "Email address: not sure, 2 accounts",
    "We keep the farm, the lane and the house as they were.",
    "We need to address this: 100 times I've said it.",
    # ID: a phone after a phone's label, a count after "number", a year after "reference"
    "Mobile number (best to text): 0412 558 901",
    "Number of sessions attended: 12",
])
def test_round18_leaves(deid, text):  # noqa: F811
    found_spans = structured(deid, text)
    assert all(t == "PHONE" for _, t in found_spans) if text.startswith("Mobile") else found_spans == []
