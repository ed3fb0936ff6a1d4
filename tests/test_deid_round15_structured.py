"""De-identification: the fifteenth round's structured forms (addresses, ages, phones, e-mail, SSNs, IDs).

Sentences written for these tests (SYNTHETIC, not taken from any benchmark set): what written case notes and ordinary
counselling talk hold (a relative's age after "now", an e-mail address with "all one word" said before "at", a
landline written with its two-digit trunk prefix and a hyphen, a National Insurance number typed in lower case, a
year-and-serial reference, capitals and digits with a hyphened pair, three capitals and four digits, a lower-case
letter and seven digits, an Irish-language street or estate name with its house number, an ID read out digit by digit
after its cue, a car's rego in two groups of four).  For each form, the nearest text that must be left alone.
"""

from __future__ import annotations

import pytest

from .test_deid import deid, found  # noqa: F401  (the module's Deidentifier fixture and its span lister)

_NAMES = ("PERSON", "LOCATION")  # the names round's types: not this round's concern


def structured(deid, text):  # noqa: F811
    return [f for f in found(deid, text) if f[1] not in _NAMES]


@pytest.mark.parametrize("text, expected", [
    # AGE: after a person word and "now"
    ("Her uncle, now 96, still drives to the market.", [("96", "AGE")]),
    ("My grandmother is now ninety-three and sharp.", [("ninety-three", "AGE")]),
    # EMAIL: how the name is written, said before "at"
    ("Send it to harrietvance, all one word, at gmail dot com please.",
     [("harrietvance, all one word, at gmail dot com", "EMAIL")]),
    ("It's kmorrow, lower case, at outlook dot ie.", [("kmorrow, lower case, at outlook dot ie", "EMAIL")]),
    # PHONE: a two-digit trunk prefix and a hyphen
    ("The after-hours line is 09-4418830 if it gets bad.", [("09-4418830", "PHONE")]),
    # SSN: a National Insurance number in lower case
    ("my ni is jt448120a i think", [("jt448120a", "SSN")]),
    # ID: uncued reference shapes
    ("The claim went in as 2023/5521-C last month.", [("2023/5521-C", "ID")]),
    ("File TRW518-44 is the older one.", [("TRW518-44", "ID")]),
    ("Participant QLM2281 finished the diary.", [("QLM2281", "ID")]),
    ("Log in with u6613902 on the portal.", [("u6613902", "ID")]),
    # ID: read out digit by digit after its cue; a rego in two groups of four
    ("My member number is seven three oh one one four.", [("seven three oh one one four", "ID")]),
    ("Her reference for me is double four one triple eight two.", [("double four one triple eight two", "ID")]),
    ("The rego on the van is 5121 7730, it's on the form.", [("5121 7730", "ID")]),
    # ADDRESS: an Irish-language street or estate with its house number, and its town or Eircode
    ("She moved to 17 Ard na Gréine, Tullamore last year.", [("17 Ard na Gréine, Tullamore", "ADDRESS")]),
    ("Post it to 8 Cluain Rí, H91 X2Y4 please.", [("8 Cluain Rí, H91 X2Y4", "ADDRESS")]),
    # ADDRESS: "Cres." with its stop; a house's name before its street, with no number
    ("The parcel went to 31 Tōtara Cres. by mistake.", [("31 Tōtara Cres.", "ADDRESS")]),
    ("My address now is Rosedene, Mill Lane, in case the letter comes.", [("Rosedene, Mill Lane", "ADDRESS")]),
    ("Send it to The Beeches, Station Road please.", [("The Beeches, Station Road", "ADDRESS")]),
    # the type a number takes from its cue: a national number's name before it or after it, an ID's name before a
    # phone's shape
    ("My PPS number is 2 1 4 5 6 6 7 W, I think.", [("2 1 4 5 6 6 7 W", "SSN")]),
    ("Their TFN (402117893) went on the form.", [("402117893", "SSN")]),
    ("It's TW481163C, that's my NI number.", [("TW481163C", "SSN")]),
    ("My student number is 512 448 9012, if that helps.", [("512 448 9012", "ID")]),
    ("my ssn is 4471203TA i think", [("4471203TA", "SSN")]),
    ("It's 6612094K, my social, for the form.", [("6612094K", "SSN")]),
    ("Put RW 31 77 42 B down as the SSN please.", [("RW 31 77 42 B", "SSN")]),
    ("The script number is 512 448 9012, for the repeat.", [("512 448 9012", "ID")]),
])
def test_round15_finds(deid, text, expected):  # noqa: F811
    assert structured(deid, text) == expected


@pytest.mark.parametrize("text", [
    # AGE: "now" before a count or a unit
    "Her weight, now 96 kilos, is the thing she worries about.",
    "The waiting list is now 95 people long.",
    # EMAIL: "all one word" without an address
    "She said it all in one word, at the end of the session.",
    # PHONE: a range or a score with a hyphen
    "The score went 03-07 over the season.",
    "Sessions 2-1234567 were never booked.",
    # SSN: lower-case letters and digits that are no NI number
    "the code was ab12345 on the voucher",
    # ID: a year range, a clinical scale, a standard, a year after capitals
    "In 2023/2024 she did the course twice.",
    "Her PHQ-9 was 14 and the GAD-7 was 11.",
    "We did COVID-19 testing in 2021.",
    "The lab is ISO9001 accredited.",
    "Results for FY2024 are not in yet.",
    # ID: a digit word count without a cue, a cue with one or two digit words, a rego that is two years
    "Breathe in for one two three four, then out.",
    "My number is two, the younger one is three.",
    "The rego was 2019 2020, I think.",
    # ADDRESS: an Irish word opening no address, a number before a capitalised name with no generic word
    "The Ard Rí was a high king, as the book says.",
    "We saw 12 Angry Men in class.",
])
def test_round15_leaves(deid, text):  # noqa: F811
    assert structured(deid, text) == []


@pytest.mark.parametrize("text, expected", [
    # a phone after a phone's word keeps its type, also when a social worker's or a national number's name is near
    ("My social worker's number is 0412 335 678.", [("0412 335 678", "PHONE")]),
    ("The NHS number is on the card, ring me on 0412 335 678 though.", [("0412 335 678", "PHONE")]),
    ("My number is 512 448 9012, if that helps.", [("512 448 9012", "PHONE")]),
    ("Ring 0412 335 678, my social worker.", [("0412 335 678", "PHONE")]),
    # a kin word before a street is no house's name: the street alone
    ("We walked to Mum, Church Road was closed.", [("Church Road", "ADDRESS")]),
])
def test_round15_keeps_type(deid, text, expected):  # noqa: F811
    assert structured(deid, text) == expected
