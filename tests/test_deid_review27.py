"""Review 27 (a second reader) of rounds 25 and 26: each defect it found, as a test that failed before the fix.

Every sentence is written for the test (SYNTHETIC), none copied from a benchmark set.
"""

from __future__ import annotations

import re

import pytest

from qualalliance.deid import recognizers

from .test_deid import deid, found  # noqa: F401  (the module's Deidentifier fixture and its span lister)


@pytest.mark.parametrize("text, expected", [
    # a form label's bracketed remark may hold a full stop ("e.g.", "i.e."), and the label's own head, not a word of
    # its remark, says what the label asks for
    ("Where do you live (e.g. town or suburb): Paisley", [("Paisley", "LOCATION")]),
    ("Emergency contact (someone we can reach while you are at work or school): Jen Hollis", [("Jen Hollis", "PERSON")]),
    ("Preferred name (what you would like us to call you at the clinic): Bec", [("Bec", "PERSON")]),
    # a town and its Irish county, capitalised as one run or after a comma
    ("the nearest is Ennis Co Clare", [("Ennis Co Clare", "LOCATION")]),
    ("the nearest one is tralee, co kerry", [("tralee, co kerry", "LOCATION")]),
    # a dotted number after "from"/"by" that is a dose or a change, not a day and month
    ("They cut the dose down from 7.5 to 5 last month.", []),
    ("It has gone up by 1.5 since we last met.", []),
    ("back on 21.11 to see her", [("21.11", "DATE")]),
    # "<word> number" where the word makes it an amount, not a record
    ("My target number is 10000 a day.", []),
    ("Is there a rough number you'd put on your savings? 25000 maybe.", []),
    # an ordinal after a verb of order or rank, not a day
    ("My son won 1st.", []),
    ("Who spoke 1st? Me.", []),
    ("can i do 8th instead", [("8th", "DATE")]),
    # an ordinal word answering a question with "when" in it that asks which one, not when
    ("When you had the kids, which was the hardest? The third.", []),
    ("When is the scan? the ninth.", [("the ninth", "DATE")]),
    # gates as wide as their patterns: a zero-padded day, capitals
    ("can i do 08th instead", [("08th", "DATE")]),
    ("yes 9TH is fine", [("9TH", "DATE")]),
    ("she LIVED TIL 93", [("93", "AGE")]),
])
def test_review27(deid, text, expected):  # noqa: F811
    assert found(deid, text) == expected


def test_the_dotted_date_pattern_keeps_a_range_of_dates():
    date = next(r for r in recognizers.RECOGNISERS if r.entity_type == "DATE" and r"\.(?:1[0-2]|0?[1-9]))(?!" in r.pattern.pattern)
    assert [m.group("id") for m in date.pattern.finditer("away from 21.11 to 23.11")] == ["21.11"]
    assert re.search(date.gate, "away from 21.11") is not None


@pytest.mark.parametrize("text, expected", [
    # St John's wort is a herb, not a person or a place (round 27's names helper saw it taken)
    ("I've been taking st john's wort for my mood.", []),
    ("She tried St John's Wort before the SSRIs.", []),
    ("ST JOHNS WORT and sertraline together is risky", []),
    ("I work at St John's Hospital.", [("St John's Hospital", "LOCATION")]),
    ("Dr John Wort saw me on Tuesday.", [("John Wort", "PERSON")]),
])
def test_st_johns_wort_is_a_herb(deid, text, expected):  # noqa: F811
    assert found(deid, text) == expected
