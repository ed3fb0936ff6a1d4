"""De-identification: an age over 89 takes its unit into its span (``94 years old``, ``94yo``, ``a 94-year-old``).

Sentences written for these tests (SYNTHETIC, not taken from any benchmark set).  The unit identifies nobody, but
people who mark ages by hand take it in, so the age with its unit is one identifier (:func:`.engine._with_unit`);
replacement keeps the unit as written: ``[AGE_1]`` for the whole, or Safe Harbor's ``90`` with the unit after it.
"""

from __future__ import annotations

import pytest

from qualalliance.deid.engine import replace_spans
from qualalliance.deid.pseudonyms import PseudonymMap
from qualalliance.deid.replace import Replacer, split_age

from .test_deid import deid, found  # noqa: F401  (the module's Deidentifier fixture and its span lister)


def ages(deid, text):  # noqa: F811
    return [f[0] for f in found(deid, text) if f[1] == "AGE"]


# each unit form, the age's span with it, and its surrogate (Safe Harbor's 90, the unit as written)
FORMS = [
    ("My nan is 94 years old.", "94 years old", "My nan is 90 years old."),
    ("She is 97 years of age.", "97 years of age", "She is 90 years of age."),
    ("Grandad is 96 yrs old and sharp.", "96 yrs old", "Grandad is 90 yrs old and sharp."),
    ("Grandad is 96 yr old and sharp.", "96 yr old", "Grandad is 90 yr old and sharp."),
    ("Mum is 91 yo now.", "91 yo", "Mum is 90 yo now."),
    ("Mum is 91yo now.", "91yo", "Mum is 90yo now."),
    ("pt is 93 y/o, frail.", "93 y/o", "pt is 90 y/o, frail."),
    ("pt, 95y/o, frail.", "95y/o", "pt, 90y/o, frail."),
    ("Her dad is 95 y.o. and lives with us.", "95 y.o.", "Her dad is 90 y.o. and lives with us."),
    ("She's 98 yrs, still sharp.", "98 yrs", "She's 90 yrs, still sharp."),
    ("She's 98 years, still sharp.", "98 years", "She's 90 years, still sharp."),
    ("Grandad is 96yrs old.", "96yrs old", "Grandad is 90yrs old."),
    ("Grandad is 96y and still gardening.", "96y", "Grandad is 90y and still gardening."),
    ("She is 102 years-old.", "102 years-old", "She is 90 years-old."),
    ("My gran is 99 years young!", "99 years young", "My gran is 90 years young!"),
    ("She's a 94-year-old woman.", "94-year-old", "She's a 90-year-old woman."),
    ("She's a 94 year old woman.", "94 year old", "She's a 90 year old woman."),
    ("A 101-yr-old man came in.", "101-yr-old", "A 90-yr-old man came in."),
    ("she's ninety-four years old", "ninety-four years old", "she's ninety years old"),
    ("he's a hundred and two years old", "a hundred and two years old", "he's ninety years old"),
    ("she's ninety-four, um, years old", "ninety-four, um, years old", "she's ninety, um, years old"),
]


@pytest.mark.parametrize("text, span, surrogate", FORMS)
def test_an_age_takes_its_unit(deid, text, span, surrogate):  # noqa: F811
    assert ages(deid, text) == [span]


@pytest.mark.parametrize("text, expected", [
    ("She is 45 years old.", []),                               # an age under 90: untouched
    ("Mum's 91 years and 3 months today.", ["91"]),              # "years and 3 months": not the unit alone
    ("My nan was 94 years in that house.", ["94"]),              # a duration after the age: "years in"
    ("She's 96, old and frail.", ["96"]),                        # "old" alone is no unit
    ("a 94-year-old woman was there", ["94-year-old"]),          # the noun after the unit stays
])
def test_the_nearest_non_units_stay(deid, text, expected):  # noqa: F811
    assert ages(deid, text) == expected
    if "woman" in text:
        assert "woman" not in " ".join(ages(deid, text))


@pytest.mark.parametrize("text", ["She turned 94 years ago.", "My grandmother died 100 years ago.",
                                  "Grandad was 96 years later than the others."])
def test_a_duration_after_a_number_is_no_unit(deid, text):  # noqa: F811
    # whether the number alone is an age is the recognisers' concern; "years ago", "years later" never join it
    assert not any("year" in a for a in ages(deid, text))


def _replaced(deid, text, **kw):  # noqa: F811
    return replace_spans(text, deid.find(text), Replacer(PseudonymMap(), **kw).for_participant("P01"))[0]


@pytest.mark.parametrize("text, span, surrogate", FORMS)
def test_pseudonym_and_surrogate_keep_the_unit_as_written(deid, text, span, surrogate):  # noqa: F811
    assert _replaced(deid, text) == text.replace(span, "[AGE_1]")
    assert _replaced(deid, text, mode="surrogate") == surrogate
    # shifting dates does not touch an age
    assert _replaced(deid, text, dates="shift", draw_offset=lambda: 40) == text.replace(span, "[AGE_1]")
    assert _replaced(deid, text, mode="surrogate", dates="shift", draw_offset=lambda: 40) == surrogate


def test_shift_mode_moves_the_date_and_keeps_the_age_with_its_unit(deid):  # noqa: F811
    text = "On 5 June 2021 my nan was 94 years old."
    assert _replaced(deid, text, dates="shift", draw_offset=lambda: 40) == "On 15 July 2021 my nan was [AGE_1]."
    assert (_replaced(deid, text, mode="surrogate", dates="shift", draw_offset=lambda: 40)
            == "On 15 July 2021 my nan was 90 years old.")


def test_an_age_and_the_same_age_with_its_unit_are_one_pseudonym():
    m = PseudonymMap()
    r = Replacer(m)
    assert [r.replace("AGE", a, "P01") for a in ("94", "94 years old", "94yo", "94-year-old", "95 y/o", "95")] == [
        "[AGE_1]", "[AGE_1]", "[AGE_1]", "[AGE_1]", "[AGE_2]", "[AGE_2]"]
    assert m.entries["AGE"] == {"94": 1, "95": 2}  # keyed by the number


@pytest.mark.parametrize("original, number, unit", [
    ("94 years old", "94", " years old"), ("94-year-old", "94", "-year-old"), ("94yo", "94", "yo"),
    ("ninety-four years old", "ninety-four", " years old"), ("94", "94", ""), ("ninety", "ninety", ""),
    ("93rd", "93rd", ""), ("102y 1m", "102y 1m", ""), ("093Y", "093", "Y"),
])
def test_split_age(original, number, unit):
    assert split_age(original) == (number, unit)
