"""A capitalised run opened or closed by a place's head word (``County``, ``Borough`` ...) is a place, never a person,
and its words are not learnt as a person's (names.place_by_head).  Sentences written for these tests."""

from __future__ import annotations

import pytest

from qualalliance.deid.engine import Deidentifier
from qualalliance.deid.names import LOCATION, PERSON, place_by_head


@pytest.mark.parametrize("text, expected", [
    ("Westchester County", LOCATION),
    ("County Kildare", LOCATION),
    ("Ards Borough", LOCATION),
    ("Maria Lopez", PERSON),      # no head word
    ("County", PERSON),           # one word: nothing to read it by
])
def test_a_person_span_with_a_place_head_is_a_place(text, expected):
    assert place_by_head(text, 0, len(text), PERSON) == expected


def test_a_place_head_in_one_document_is_not_learnt_as_a_persons_word():
    deid = Deidentifier(ner="off")
    for text in ("Employer: Westchester County", "We moved here from County Kildare last year."):
        deid.learn(text)
    label = "County / borough: Sudbury"
    found = [(label[s.start:s.end], s.entity_type) for s in deid.find(label)]
    assert ("County", PERSON) not in found
    assert [t for t, _ in found if t.startswith("County")] == []


def test_the_place_is_typed_a_location_where_it_is_found():
    deid = Deidentifier(ner="off")
    text = "Employer: Westchester County"
    assert [(text[s.start:s.end], s.entity_type) for s in deid.find(text)] == [("Westchester County", LOCATION)]
