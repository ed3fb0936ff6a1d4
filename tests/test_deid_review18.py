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


def test_a_facility_s_surrogate_brings_in_no_place_of_the_study():
    """"Tacoma General Hospital" keeps its kind and gets a town: the town was checked only as part of the whole
    surrogate ("wellington hospital" is no study name), so a town the study names elsewhere came back in it."""
    study_places = frozenset(_PLACES[:150])  # the study names most towns on the list
    known = study_places | {w for p in study_places for w in p.split()}  # a name and its words, as tables._known
    replacer = Replacer(PseudonymMap(), mode="surrogate", known=known)
    got = replacer.replace("LOCATION", "Tacoma General Hospital", "P01")
    assert got.endswith(" Hospital")
    assert got[:-len(" Hospital")].casefold() not in study_places


def test_a_kept_facility_surrogate_that_holds_a_place_of_this_study_is_drawn_again():
    """An earlier run's "Fairview Hospital" for Tacoma General Hospital, in a study that names Fairview."""
    pseudonyms = PseudonymMap(surrogates={"LOCATION": {"tacoma general hospital": "Fairview Hospital"}})
    replacer = Replacer(pseudonyms, mode="surrogate", known=frozenset({"fairview"}))
    got = replacer.replace("LOCATION", "Tacoma General Hospital", "P01")
    assert "fairview" not in got.casefold() and pseudonyms.redrawn == 1


def test_a_spoken_number_s_surrogate_that_must_hold_a_found_person_s_word_is_still_drawn():
    """The first version of the run-out fix raised where every candidate held a word of the study's people's
    names: a found person's name with the word "Nine" made every spoken SSN's surrogate (9xx area: "nine ...")
    fail, and heldout22 lost 20 documents in surrogate mode.  A spoken digit is no name: the surrogate is kept
    (as before the fix), only a candidate that is or brings in a study name is refused."""
    got = draw("SSN", "one three four, six eight, eight oh six seven", frozenset(), frozenset({"nine"}),
               avoid_words=frozenset({"nine", "seven", "four"}))
    assert got.startswith("nine ")
