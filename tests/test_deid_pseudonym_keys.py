"""One day or one age written two ways is one pseudonym (``dates.date_value``, ``replace.age_value``).

A pseudonym promises: the same label is the same original.  Dates and ages were keyed by their text, so
``March 3rd`` and ``3 March`` (or ``94`` and ``ninety-four``) in one study got two labels; they are keyed by
what they say now, and only where that is unambiguous (``3/4`` could be March or April: keyed by its text).
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from qualalliance.deid.dates import date_value
from qualalliance.deid.engine import replace_spans
from qualalliance.deid.pseudonyms import PseudonymMap
from qualalliance.deid.replace import Replacer, age_value

from .test_deid import deid  # noqa: F401  (the module's Deidentifier fixture)


@pytest.mark.parametrize("text, value", [
    ("March 3rd", "--03-03"), ("3 March", "--03-03"), ("the 3rd of March", "--03-03"),
    ("the third of March", "--03-03"), ("Wednesday the 3rd of March 2021", "2021-03-03"), ("Mar. 3", "--03-03"),
    ("March 3rd, 2021", "2021-03-03"), ("Wed, Mar. 3, 2021", "2021-03-03"), ("3rd March 2021", "2021-03-03"),
    ("March 3rd '21", "2021-03-03"), ("2021-03-03", "2021-03-03"), ("14/3/2021", "2021-03-14"),
    ("3/14", "--03-14"), ("3/3", "--03-03"), ("twenty-first of June", "--06-21"), ("Feb 29", "--02-29"),
    ("on the 2nd of May", "--05-02"),
])
def test_a_date_that_names_one_day_is_read_as_that_day(text, value):
    assert date_value(text) == value


@pytest.mark.parametrize("text", [
    "3/4/2021",         # March or April
    "13/14",            # neither can be the month
    "March",            # a month alone
    "the 14th",         # a day alone
    "Tuesday 9th",
    "June 12 to 14",    # a range
    "3rd-4th March",
    "March 3rd or 4th",
    "Feb 30",           # no such day
    "marzo 3",          # another language's month: not read (the shifter does not read it either)
    "March 3 at 2",     # more than a date
    "3 March 2021 2022",
])
def test_a_date_that_does_not_name_one_day_is_not_read(text):
    assert date_value(text) is None


@given(st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2049, 12, 31)), st.booleans())
def test_every_usual_spelling_of_a_day_has_one_value(day, with_year):
    month = day.strftime("%B")
    year = f" {day.year}" if with_year else ""
    spellings = [f"{month} {day.day}{year}", f"{day.day} {month}{year}", f"the {day.day} of {month}{year}",
                 f"{day.strftime('%b')}. {day.day},{year}".rstrip(",")]
    if with_year:  # a weekday only with its year (without one it pins the year: test_deid_review24)
        spellings += [day.isoformat(), f"{day.strftime('%A')}, {month} {day.day}{year}"]
    if day.day > 12:
        spellings.append(f"{day.day}/{day.month}" + (f"/{day.year}" if with_year else ""))
    expected = day.isoformat() if with_year else day.strftime("--%m-%d")
    assert {s: date_value(s) for s in spellings} == {s: expected for s in spellings}


@pytest.mark.parametrize("number, value", [
    ("94", "94"), ("ninety-four", "94"), ("Ninety Four", "94"), ("ninety-fourth", "94"), ("96th", "96"),
    ("nine four", "94"), ("ninety", "90"), ("ninetieth", "90"), ("a hundred", "100"), ("hundredth", "100"),
    ("a hundred and two", "102"), ("hundred and two", "102"), ("one hundred and twelve", "112"),
    ("100 and 2", "102"), ("a hundred and 3", "103"), ("one-oh-two", "102"), ("101st", "101"),
    ("094", "94"), ("ninety-four and a half", "94.5"), ("94 and a half", "94.5"),
])
def test_an_age_s_number_is_read_in_figures(number, value):
    assert age_value(number) == value


@pytest.mark.parametrize("number", ["ninety- ninety-six", "103, 103", "noventa y dos", "nineteen", "45", "",
                                    "102y 1m"])
def test_what_is_not_one_age_over_89_is_not_read(number):
    assert age_value(number) is None


def test_one_day_or_one_age_written_two_ways_is_one_pseudonym():
    m = PseudonymMap()
    r = Replacer(m)
    dates = ("March 3rd", "3 March", "the 3rd of March", "the third of March", "March 4th", "March 3rd, 2021",
             "2021-03-03", "3/4", "3/4")
    assert [r.replace("DATE", d, "P01") for d in dates] == [
        "[DATE_1]", "[DATE_1]", "[DATE_1]", "[DATE_1]", "[DATE_2]", "[DATE_3]", "[DATE_3]", "[DATE_4]", "[DATE_4]"]
    ages = ("94", "ninety-four years old", "nine four", "95", "a hundred and two", "102yo", "ninety- ninety-six")
    assert [r.replace("AGE", a, "P01") for a in ages] == [
        "[AGE_1]", "[AGE_1]", "[AGE_1]", "[AGE_2]", "[AGE_3]", "[AGE_3]", "[AGE_4]"]
    assert m.entries["DATE"] == {"--03-03": 1, "--03-04": 2, "2021-03-03": 3, "3/4": 4}


def test_a_map_that_keyed_dates_by_their_text_keeps_the_first_met_spelling_s_number():
    # an earlier run's map: two spellings of one day with two numbers, and another day
    m = PseudonymMap({"DATE": {"march 3rd": 1, "3 march": 2, "june 1st": 3}})
    r = Replacer(m)
    assert [r.replace("DATE", d, "P01") for d in ("3 March", "March 3rd", "June 1st", "July 4th")] == [
        "[DATE_2]", "[DATE_2]", "[DATE_3]", "[DATE_4]"]


def test_a_study_s_text_gets_one_label_per_day_and_age(deid):  # noqa: F811
    text = ("Edna turned ninety-four on 3 March. By March 3rd next year she was 95, "
            "and on the 3rd of March after that Edna was 96 years old.")
    out = replace_spans(text, deid.find(text), Replacer(PseudonymMap()).for_participant("P01"))[0]
    assert out == ("[PERSON_1] turned [AGE_1] on [DATE_1]. By [DATE_1] next year she was [AGE_2], "
                   "and on [DATE_1] after that [PERSON_1] was [AGE_3].")
