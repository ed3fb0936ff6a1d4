"""De-identification: hand-checked sentences, the clinical vocabulary, pseudonyms, offsets (issue 17)."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from qualalliance.deid.engine import Deidentifier
from qualalliance.deid.pseudonyms import PseudonymMap, check_map_outside
from qualalliance.deid.tables import deidentify_tables
from qualalliance.errors import ConfigError, InputError

VOCAB = Path(__file__).parent / "data" / "clinical_vocabulary.txt"


@pytest.fixture(scope="module")
def deid():
    return Deidentifier()


def found(deid, text):
    return [(text[s.start:s.end], s.entity_type) for s in deid.find(text)]


@pytest.mark.parametrize("text, expected", [
    ("Call me at (617) 555-0143 tonight.", [("(617) 555-0143", "PHONE")]),
    ("The fax is 617.555.0199, or try +1 503 555 0187.", [("617.555.0199", "PHONE"), ("+1 503 555 0187", "PHONE")]),
    ("Write to jo.smith@mail.com.", [("jo.smith@mail.com", "EMAIL")]),
    ("It's jsmith at gmail dot com, on the 4th, not on the 3rd floor.",
     [("jsmith at gmail dot com", "EMAIL"), ("the 4th", "DATE")]),
    ("I work on Elm Street near Kroger.", [("Elm Street", "ADDRESS"), ("Kroger", "LOCATION")]),
    ("Call 555-1234 tomorrow, not in session 3-4 of 1999-2003.", [("555-1234", "PHONE")]),
    ("She died at 93; at 95 mg we stopped, at 90 minutes.", [("93", "AGE")]),
    ("My daughter's name is Emily. Emily and I went to Chicago.",
     [("Emily", "PERSON"), ("Emily", "PERSON"), ("Chicago", "LOCATION")]),
    ("It's on https://www.quietmind.org/groups?week=3 and healingpaths.com too.",
     [("https://www.quietmind.org/groups?week=3", "URL"), ("healingpaths.com", "URL")]),
    ("My SSN is 123-45-6789.", [("123-45-6789", "SSN")]),
    ("The MRN on the wristband was 2582-4062-28.", [("2582-4062-28", "ID")]),
    ("My member ID is XJH448291 for the health plan.", [("XJH448291", "ID")]),
    ("My father died on March 3rd, 2021 and again I think of 3/14/2020.",
     [("March 3rd, 2021", "DATE"), ("3/14/2020", "DATE")]),
    ("We met on the 5th of June in 2019.", [("the 5th of June", "DATE")]),
    ("She turned 93 last year; my aunt is 95 years old.", [("93", "AGE"), ("95 years old", "AGE")]),  # with its unit
    ("We lived at 42 Maple Street, Apt 3B until I was twelve.", [("42 Maple Street, Apt 3B", "ADDRESS")]),
    ("They admitted me at St. Mary's Hospital in Tacoma.", [("St. Mary's Hospital", "LOCATION"), ("Tacoma", "LOCATION")]),
    ("My sister Hope drove me, and Dr. Okafor agreed.", [("Hope", "PERSON"), ("Okafor", "PERSON")]),
    ("I was talking to Priya Nakamura about it.", [("Priya Nakamura", "PERSON")]),
    # spoken forms, as automatic or verbatim transcripts write them
    ("call eight four two nine three eight zero if you need me", [("eight four two nine three eight zero", "PHONE")]),
    ("my social is one two three four five six seven eight nine",
     [("one two three four five six seven eight nine", "SSN")]),
    ("my chart number is a five one six two seven", [("a five one six two seven", "ID")]),
    ("it was april eighth 2018, the third of march", [("april eighth 2018", "DATE"), ("the third of march", "DATE")]),
    ("he made it to ninety five", [("ninety five", "AGE")]),
    ("we were renting on fourteen oak street", [("fourteen oak street", "ADDRESS")]),
    ("go to healing paths dot org or email amber dot pham at hotmail dot com",
     [("healing paths dot org", "URL"), ("amber dot pham at hotmail dot com", "EMAIL")]),
    ("um i told maria we moved to tacoma", [("maria", "PERSON"), ("tacoma", "LOCATION")]),
    ("Growing up in Little Rock, then near St. Paul.", [("Little Rock", "LOCATION"), ("St. Paul", "LOCATION")]),
    ("He lived to be 101; call 213/740-4153 or see bit.ly/3xYzQ.",
     [("101", "AGE"), ("213/740-4153", "PHONE"), ("bit.ly/3xYzQ", "URL")]),
    ("I'm at 257 West Elm. Member ID: 135 293 899.", [("257 West Elm", "ADDRESS"), ("135 293 899", "ID")]),
    ("April of 2008, April the 6th.", [("April of 2008", "DATE"), ("April the 6th", "DATE")]),
    ("Ring +44 7700 900123 or 020 7946 0018; post it to LS12 3AB.",
     [("+44 7700 900123", "PHONE"), ("020 7946 0018", "PHONE"), ("LS12 3AB", "ADDRESS")]),
    ("Can we do Mon the 19th? See linktr.ee/calm, SSN: 202.75.6582.",
     [("Mon the 19th", "DATE"), ("linktr.ee/calm", "URL"), ("202.75.6582", "SSN")]),
    ("Case # 44-4432; back home in Stoke-on-Trent.", [("44-4432", "ID"), ("Stoke-on-Trent", "LOCATION")]),
    ("Her dad, 94, lives here; mom is 93 y/o; Grandad was 101.", [("94", "AGE"), ("93 y/o", "AGE"), ("101", "AGE")]),
    ("We're at 1600 Pennsylvania Ave NW, then Apt. 4, 22 Maple St.",
     [("1600 Pennsylvania Ave NW", "ADDRESS"), ("Apt. 4, 22 Maple St.", "ADDRESS")]),
    ("Call 503 555 0187 ext 4. DL# D1234567.", [("503 555 0187 ext 4", "PHONE"), ("D1234567", "ID")]),
])
def test_hand_checked_identifiers_are_found(deid, text, expected):
    assert found(deid, text) == expected


@pytest.mark.parametrize("text", [
    "We took 125 mg of MDMA at 3:30 in 2019, in session 3.",       # dose, time, year, session number
    "My PHQ-9 score went from 19 to 7 over 12 weeks.",               # scores are not identifiers
    "May I say something? I hope so. Hope is hard.",                 # May/Hope at a sentence start
    "I felt safe on Tuesday, and on Thursdays I call my mother.",    # weekdays, family words
    "It's strange. You're right. Yep. Mm-hmm. Okay, Mom.",           # contractions and interjections
    "In California we tried Zoloft, then Tai Chi, then God knows.",  # states, brands, allow-list
    "She is 45 years old and he turned 30.",                         # ages under 90 stay
    "we may first try; ninety percent sure, ninety days clean since nineteen ninety-five",  # may, ninety: no
    "count one two three four and the 2 of us drive home",           # short counts, not an address
    "We met at Sunday Mass, then went to Group therapy.",            # an allowed word: no multi-word place
    "My dad was 90 minutes late and 95 percent sure; she is 45.",    # a kin word before a number: not always an age
    "The group is on WhatsApp; I use YouTube and PowerPoint.",       # inner capitals are no name ("Whats")
])
def test_clinical_talk_is_left_alone(deid, text):
    assert found(deid, text) == []


def _vocabulary():
    lines = VOCAB.read_text(encoding="utf-8").splitlines()
    return [ln.strip() for ln in lines if ln.strip() and not ln.startswith("#")]


def test_no_word_of_the_clinical_vocabulary_is_removed(deid):
    words = _vocabulary()
    assert len(words) >= 1000
    removed = []
    for w in words:
        for text in (f"I keep coming back to {w} and the music.", f"{w.capitalize()} came up in the session.",
                     f"Then {w}, {w} and grief, all at once."):
            if deid.find(text):
                removed.append((w, found(deid, text)))
    assert removed == []


def test_a_name_learnt_anywhere_is_found_everywhere_even_at_a_sentence_start():
    d = Deidentifier()
    texts = ["I told Ottilie about the dream.", "Ottilie was quiet."]
    assert found(d, texts[1]) == []            # alone: a sentence's first word says nothing (before "was")
    for t in texts:
        d.learn(t)
    assert found(d, texts[1]) == [("Ottilie", "PERSON")]


def test_allow_and_deny_lists():
    d = Deidentifier(allow=("Kestrel",), deny=("river song", "LOCATION:Elm Creek"))
    assert found(d, "I talked to Kestrel about River Song at Elm Creek.") == [
        ("River Song", "PERSON"), ("Elm Creek", "LOCATION")]
    assert found(Deidentifier(capitals=False), "I talked to Kowalczyk.") == []
    assert found(Deidentifier(capitals=False), "I talked to Dr. Kowalczyk.") == [("Kowalczyk", "PERSON")]


def test_pseudonyms_are_consistent_and_the_map_is_private(tmp_path):
    m = PseudonymMap()
    assert [m.label("PERSON", "Sarah"), m.label("PERSON", "Tom"), m.label("PERSON", "sarah "),
            m.label("DATE", "March 3")] == ["[PERSON_1]", "[PERSON_2]", "[PERSON_1]", "[DATE_1]"]
    path = m.save(tmp_path / "keys" / "map.json")
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    again = PseudonymMap.load(path)
    assert again.label("PERSON", "Tom") == "[PERSON_2]" and again.label("PERSON", "Ann") == "[PERSON_3]"
    with pytest.raises(ConfigError, match="outside the output folder"):
        check_map_outside(tmp_path / "run" / "map.json", tmp_path / "run")
    (tmp_path / "bad.json").write_text("[1, 2]", encoding="utf-8")
    with pytest.raises(InputError, match="not a qualalliance pseudonym map"):
        PseudonymMap.load(tmp_path / "bad.json")


def _tables(turns: list[tuple[str, str]], doc_id="D1"):
    text, rows = "", []
    for n, (speaker, body) in enumerate(turns):
        text += f"{speaker}: "
        rows.append({"doc_id": doc_id, "participant_id": "P1", "session": "1", "timepoint": "", "source_type":
                     "transcript", "turn": n, "speaker": speaker, "role": "participant", "text": body,
                     "start_char": len(text), "end_char": len(text) + len(body)})
        text += body + "\n"
    docs = pd.DataFrame([{"doc_id": doc_id, "path": "x.txt", "source_type": "transcript", "n_turns": len(turns),
                          "sha256": "", "text": text}])
    return pd.DataFrame(rows), docs


def test_tables_replace_speaker_labels_and_keep_offsets():
    segs, docs = _tables([("Therapist", "Hi Ingrid, how was the week?"),
                          ("Ingrid", "Ingrid here. Call me at 503-555-0187 on March 4.")])
    res = deidentify_tables(segs, docs, None, Deidentifier(), PseudonymMap())
    text = res.documents["text"].iloc[0]
    assert text == ("Therapist: Hi [PERSON_1], how was the week?\n"
                    "[PERSON_1]: [PERSON_1] here. Call me at [PHONE_1] on [DATE_1].\n")
    assert list(res.segments["speaker"]) == ["Therapist", "[PERSON_1]"]
    for seg in res.segments.itertuples():
        assert text[seg.start_char:seg.end_char] == seg.text
    assert list(res.log.columns[:6]) == ["doc_id", "turn", "start_char", "end_char", "entity_type", "replacement"]
    assert "Ingrid" not in res.log.to_csv() and len(res.log) == 5
    assert res.excluded.empty


def test_a_titled_speaker_label_gets_the_pseudonym_of_the_name_in_the_text():
    segs, docs = _tables([("Dr. Okafor", "Welcome."), ("Client", "Thanks, Dr. Okafor.")])
    res = deidentify_tables(segs, docs, None, Deidentifier(), PseudonymMap())
    assert list(res.segments["speaker"]) == ["Dr. [PERSON_1]", "Client"]
    assert res.segments["text"].iloc[1] == "Thanks, Dr. [PERSON_1]."


def test_a_document_that_fails_is_excluded_not_passed_on():
    segs, docs = _tables([("Client", "Tobias came.")])
    segs.loc[0, "end_char"] = 10_000  # offsets that cannot fit the text
    res = deidentify_tables(segs, docs, None, Deidentifier(), PseudonymMap())
    assert res.segments.empty and res.documents.empty
    assert res.excluded.to_dict("records") == [{"doc_id": "D1", "reason": "de-identification failed: ValueError"}]


_piece = st.sampled_from(list("abc XYZ.,:-/@0123456789\n")) | st.sampled_from(
    ["Priya ", "Dr. Okafor ", "555-0143 ", "617-555-0143 ", "March 3 ", "a@b.org ", "www.x.com ", "in Tacoma ",
     "MRN 4471932 ", "93 years old ", "Ottilie"])
_turn = st.lists(_piece, max_size=25).map("".join)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(turns=st.lists(st.tuples(st.sampled_from(["Therapist", "Client", "Priya"]), _turn), min_size=1, max_size=5))
def test_offsets_agree_after_replacement(turns):
    segs, docs = _tables(turns)
    res = deidentify_tables(segs, docs, None, Deidentifier(), PseudonymMap())
    text = res.documents["text"].iloc[0]
    assert len(res.segments) == len(turns)
    for seg in res.segments.itertuples():
        assert text[seg.start_char:seg.end_char] == seg.text
    for row in res.log.itertuples():
        assert text[row.start_char:row.end_char] == row.replacement
