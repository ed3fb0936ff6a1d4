"""De-identification, twenty-first round (all types): each new form with the nearest thing that must stay.

Every sentence here is written for the test (SYNTHETIC), none copied from a benchmark set.
"""

from __future__ import annotations

import pytest

from .test_deid import deid, found  # noqa: F401  (the module's Deidentifier fixture and its span lister)


@pytest.mark.parametrize("text, expected", [
    # a speaker's filler or a clause handing the number over after an ID's cue
    ("Her hospital number, um, it's QX-4471, I think.", [("QX-4471", "ID")]),
    ("The study ID, which is 55310-08, goes on each form.", [("55310-08", "ID")]),
    ("My MRN, yeah, that's 7730142.", [("7730142", "ID")]),
    # not the clause alone, with no number after it
    ("The study ID, which is why we ask, goes on each form.", []),
    ("My MRN, yeah, that's on the letter somewhere.", []),
])
def test_round21_filler_after_id_cue(deid, text, expected):  # noqa: F811
    assert found(deid, text) == expected


@pytest.mark.parametrize("text, expected", [
    # an incident's or a report's number; Australia's unit record number by its initials
    ("The fall was logged under incident number K5512 on the ward.", [("K5512", "ID")]),
    ("Safety logged it as report number AE40917.", [("AE40917", "ID")]),
    ("Please quote her UR number T88412 at the desk.", [("T88412", "ID")]),
    ("Her URN is 3350981 on the front sheet.", [("3350981", "ID")]),
    # not a count of reports, nor "ur" as typed for "your"
    ("She wrote report number 3 of the series.", []),
    ("ur number is on the letter", []),
])
def test_round21_incident_report_ur_numbers(deid, text, expected):  # noqa: F811
    assert found(deid, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a number in parts apart by slashes with a letter, after an ID's cue and words between
    ("The claim number on the form is KD/41/30982.", [("KD/41/30982", "ID")]),
    # not a date after the same cue (a date, as before)
    ("The claim number on the form is 14/03/2024.", [("14/03/2024", "DATE")]),
])
def test_round21_slashed_id(deid, text, expected):  # noqa: F811
    assert found(deid, text) == expected


@pytest.mark.parametrize("text, expected", [
    # an e-mail said with "at", its domain written with dots, after a word that hands an address over
    ("Can you email me on rorywheelan at outlook.com instead?", [("rorywheelan at outlook.com", "EMAIL")]),
    ("I forwarded the diary to admin at brookfieldclinic.co.uk yesterday.",
     [("admin at brookfieldclinic.co.uk", "EMAIL")]),
    ("My email address is p.okoro at yahoo.com if that helps.", [("p.okoro at yahoo.com", "EMAIL")]),
    # not a place or a site where something is
    ("The leaflet is available at brookfieldclinic.co.uk now.", [("brookfieldclinic.co.uk", "URL")]),
    ("He went to work at netflix.com for a year.", [("netflix.com", "URL")]),
    ("It's cheaper to shop at tesco.com these days.", [("tesco.com", "URL")]),
])
def test_round21_spoken_at_written_domain(deid, text, expected):  # noqa: F811
    assert found(deid, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a spoken domain's country ending before a question's mark
    ("Was it hollowayhealth dot co dot uk?", [("hollowayhealth dot co dot uk", "URL")]),
    ("Is that brightpath dot org dot au? The form was there.", [("brightpath dot org dot au", "URL")]),
])
def test_round21_spoken_url_before_question_mark(deid, text, expected):  # noqa: F811
    assert found(deid, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a relative clause's age
    ("We visited my great-aunt, who is now 102 and still sharp.", [("102", "AGE")]),
    ("A neighbour who's 96 brings her shopping.", [("96", "AGE")]),
    ("Her stepfather, who was 93, lived with them.", [("93", "AGE")]),
    # not an amount after the same clause
    ("The taxi driver, who was 95 minutes late, apologised.", []),
    ("Anyone who is 99% certain should say so.", []),
])
def test_round21_who_is_age(deid, text, expected):  # noqa: F811
    assert found(deid, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a day offered or booked in talk
    ("Shall we pencil in the 12th for the review?", [("the 12th", "DATE")]),
    ("Pencil me in for the 3rd at two.", [("the 3rd", "DATE")]),
    ("How about the 21st?", [("the 21st", "DATE")]),
    # not a rank or a row
    ("What about the 2nd one on the list?", []),
    ("They pencilled in the 4th row of seats.", []),
])
def test_round21_pencil_in_the_day(deid, text, expected):  # noqa: F811
    assert found(deid, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a New Zealand town with its region after a comma: one place
    ("She grew up in Gore, Southland and moved north.", [("Gore, Southland", "LOCATION")]),
    ("He works in Hastings, Hawke's Bay now.", [("Hastings, Hawke's Bay", "LOCATION")]),
    ("They moved to Katikati, Bay of Plenty in May.", [("Katikati, Bay of Plenty", "LOCATION"), ("May", "DATE")]),
    # not a given name that is also a region's or a city's after a person's name
    ("I spoke to Sam, Nelson and Jo.", [("Sam", "PERSON"), ("Nelson", "PERSON")]),
])
def test_round21_nz_region_after_town(deid, text, expected):  # noqa: F811
    assert found(deid, text) == expected


@pytest.mark.parametrize("text, expected", [
    # kin words said capitalised, as British, Irish, Australian and New Zealand English say them: no one
    ("My Nan was 96.", [("96", "AGE")]),
    ("I told Nan about it.", []),
    ("I told my Nan about it. My Nan was 96. Our Nan came round.", [("96", "AGE")]),
    ("Grandad picked me up and Mam made tea.", []),
    ("Nanna rang again, and Granda said no.", []),
    # a person's name after the same possessive stays found
    ("I told my Nan about Keira and Keira cried.", [("Keira", "PERSON"), ("Keira", "PERSON")]),
])
def test_round21_kin_words_no_name(deid, text, expected):  # noqa: F811
    assert found(deid, text) == expected
