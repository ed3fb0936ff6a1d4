"""Review 24 (second engineer) of the session's non-rule de-identification changes: defects found, each a test first.

SYNTHETIC examples only.
"""

from __future__ import annotations

import pytest

from qualalliance.deid.dates import date_value
from qualalliance.deid.pseudonyms import PseudonymMap
from qualalliance.deid.replace import Replacer


# (1) found by reading date_value with the brief's odd inputs: the weekday was glue, so two different days were one key.
# "Tuesday, March 3" and "Wednesday, March 3" are March 3rd of two different years (a weekday pins the year), and
# "Tue, Mar. 3, 2021" contradicts itself (3 March 2021 was a Wednesday): either the 2nd or the 3rd was meant.
@pytest.mark.parametrize("text", ["Tuesday, March 3", "Wednesday, March 3", "Tue, Mar. 3, 2021",
                                  "Monday the 5th of May 2019", "Thurs 3 March"])
def test_a_weekday_without_its_year_or_not_the_year_s_is_not_read_as_a_day(text):
    assert date_value(text) is None


@pytest.mark.parametrize("text, value", [("Wednesday, March 3, 2021", "2021-03-03"), ("Wed, Mar. 3, 2021", "2021-03-03"),
                                         ("Sunday the 5th of May 2019", "2019-05-05"), ("Thurs 3 March 2022", "2022-03-03")])
def test_a_weekday_that_is_the_date_s_own_is_read(text, value):
    assert date_value(text) == value


def test_two_weekdays_of_one_month_day_are_two_pseudonyms():
    r = Replacer(PseudonymMap())
    assert r.replace("DATE", "Tuesday, March 3", "P01") != r.replace("DATE", "Wednesday, March 3", "P01")
