"""Second-engineer review (review 18) of the session's non-rule de-identification changes: each test
here failed before the fix committed with it.  All texts SYNTHETIC."""

from __future__ import annotations

import re

import pytest

from qualalliance.deid.pseudonyms import PseudonymMap
from qualalliance.deid.replace import Replacer
from qualalliance.deid.surrogates import draw, pool

_PLACES = [p.casefold() for p in pool("places")]


def test_a_place_draw_that_runs_out_never_gives_one_of_the_study_s_names():
    """The place list nearly used up by the study's own places and the surrogates drawn: the draw gave up
    after its tries and returned its last candidate, one of the study's places.  Now the study's names stay
    out even then (a surrogate drawn before is shared, as docs/deid.md says a run-out draw does)."""
    free, study_places = frozenset(_PLACES[:40]), frozenset(_PLACES[40:])
    got = draw("LOCATION", "Tacoma", free, study_places)
    assert got.casefold() not in study_places
    assert got.casefold() in free


def test_a_draw_with_no_candidate_left_fails_rather_than_give_a_study_name():
    """Every candidate is one of the study's names: the draw raises (the document is then excluded)."""
    with pytest.raises(ValueError, match="no LOCATION surrogate"):
        draw("LOCATION", "Tacoma", frozenset(), frozenset(_PLACES))


def test_an_age_of_ninety_is_still_ninety():
    """Safe Harbor's aggregate: "90" may stay "90" (no other candidate exists)."""
    assert draw("AGE", "90", frozenset(), frozenset()) == "90"

