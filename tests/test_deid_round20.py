"""De-identification, twentieth round (all types): each new form with the nearest thing that must stay.

Every sentence here is written for the test (SYNTHETIC), none copied from a benchmark set.
"""

from __future__ import annotations

import pytest

from .test_deid import deid, found  # noqa: F401  (the module's Deidentifier fixture and its span lister)


@pytest.mark.parametrize("text, expected", [
    # a spoken e-mail address with its digits after the name, as speech recognition writes them
    ("Put it down as marcus dot whitfield 23 at outlook dot com, thanks.",
     [("marcus dot whitfield 23 at outlook dot com", "EMAIL")]),
    ("It's priya underscore raman 7 at yahoo dot co dot uk.", [("priya underscore raman 7 at yahoo dot co dot uk", "EMAIL")]),
    ("Use tomas dot keane 404 at hotmail.com for the forms.", [("tomas dot keane 404 at hotmail.com", "EMAIL")]),
    # a hyphen said as "hyphen" in the name part
    ("It's rowan hyphen blake at outlook dot com.", [("rowan hyphen blake at outlook dot com", "EMAIL")]),
    ("Try keely hyphen moss at hotmail.com instead.", [("keely hyphen moss at hotmail.com", "EMAIL")]),
    # not the word before a count said with a site (one word, no name in parts: the older form's span only)
    ("I booked 2 at ticketmaster dot com last week.", [("2 at ticketmaster dot com", "EMAIL")]),
    ("We ordered 3 at amazon dot com.", [("3 at amazon dot com", "EMAIL")]),
])
def test_round20_spoken_email_digits(deid, text, expected):  # noqa: F811
    assert found(deid, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a space in the name part before a mail service, or the first name spelled with hyphens
    ("Mine is corin mallory at gmail.com if you need it.", [("corin mallory at gmail.com", "EMAIL")]),
    ("Send it to Tamsin Greer at icloud dot com please.", [("Tamsin Greer at icloud dot com", "EMAIL")]),
    ("It's A-D-A lowe at hotmail dot co dot uk.", [("A-D-A lowe at hotmail dot co dot uk", "EMAIL")]),
    # not a common word before the mail service, not a website that is no mail service
    ("Ask my sister at gmail.com about it.", [("gmail.com", "URL")]),
    ("You can reach me at gmail dot com.", [("gmail dot com", "URL")]),
    ("She read the review at cosmicbeans.com last night.", [("cosmicbeans.com", "URL")]),
])
def test_round20_email_name_with_space(deid, text, expected):  # noqa: F811
    assert found(deid, text) == expected


@pytest.mark.parametrize("text, expected", [
    # an age over 89 a person "got to", at a clause's end
    ("When she got to 97, she gave up the car.", [("97", "AGE")]),
    ("My grandad got to 102 and still did the crossword.", [("102", "AGE")]),
    ("By the time he got to ninety-four he needed help.", [("ninety-four", "AGE")]),
    # not a score, a count or an amount
    ("I got to 95 percent on the quiz.", []),
    ("We got to 92 before the bus came.", []),
    ("She got to 98 points in the end.", []),
    ("He got to 100 followers, then quit.", []),
])
def test_round20_got_to_age(deid, text, expected):  # noqa: F811
    assert found(deid, text) == expected


@pytest.mark.parametrize("text, expected", [
    # an ID's code before "as" or "is" and an ID's name
    ("The clinic gave me RTW-5521 as my patient number.", [("RTW-5521", "ID")]),
    ("Apparently 4410-98213 is his hospital number now.", [("4410-98213", "ID")]),
    ("HQ83301 was the claim number on the letter.", [("HQ83301", "ID")]),
    # not a number that names no record, nor a year
    ("I put 4821 as my PIN.", []),
    ("2019 was the year it all changed.", []),
    ("I scored 48213 as my high score.", []),
])
def test_round20_code_before_id_name(deid, text, expected):  # noqa: F811
    assert found(deid, text) == expected
