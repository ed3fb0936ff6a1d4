"""False replacements met in real typed counselling chats (MIBot, ../shared): sentence openers such as
``Additionally,``, capitalised generic drug names, ``24/7`` and a typed ``lets`` identify no one.

The hand-written cases run everywhere; the MIBot check runs where ../shared is present (it reads the real chats,
never copies them) and skips with the reason otherwise.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from qualalliance.deid.engine import Deidentifier

MIBOT = Path(__file__).resolve().parents[2] / "shared" / "corpora-external" / "mibot" / "transcripts"


@pytest.fixture(scope="module")
def deid():
    return Deidentifier(ner="off")


def _found(deid, text):
    return [(text[s.start:s.end], s.entity_type) for s in deid.find(text)]


@pytest.mark.parametrize("text", [
    "Additionally, you mentioned that journaling could help.",
    "Firstly, well done. Secondly, keep the log. Lastly, rest.",
    "Interestingly, the cravings were lower at work.",
    "Meanwhile, the patches seem to be working.",
    "Congratulations, that is a whole week!",
    "We also discussed Bupropion (Zyban) as a potential option.",
    "She said Ketamine helped more than Sertraline did.",
    "The GP switched her from Fluoxetine to Mirtazapine.",
    "I'd be snacking on chips 24/7.",
    "The helpline is open 24/7 if you need it.",
    "But yes, lets wrap it up.",
])
def test_what_identifies_no_one_stays(deid, text):
    assert _found(deid, text) == []


@pytest.mark.parametrize("text, expected", [
    ("Emily, you mentioned that journaling could help.", [("Emily", "PERSON")]),    # a vocative name still goes
    ("We also discussed Priya as a potential sponsor.", [("Priya", "PERSON")]),
    ("The date was 24/7/2023.", [("24/7/2023", "DATE")]),                               # a date with its year
    ("Her appointment is on 24/6.", [("24/6", "DATE")]),
    ("She was seen on 24/7 by the team.", [("24/7", "DATE")]),                        # a day after "on"
    ("Dr Okafor prescribed Fluoxetine.", [("Okafor", "PERSON")]),
])
def test_the_nearest_identifiers_are_still_found(deid, text, expected):
    assert _found(deid, text) == expected


@pytest.mark.skipif(not MIBOT.is_dir(), reason="../shared/corpora-external/mibot is absent (real chats not shipped)")
def test_no_sentence_opener_drug_or_round_the_clock_is_replaced_in_real_chats(deid):
    openers = {"Additionally", "Firstly", "Secondly", "Lastly", "Interestingly", "Congratulations", "Bupropion",
               "24/7", "lets"}
    hits = []
    for path in sorted(MIBOT.glob("*.json")):
        for turn in json.loads(path.read_text(encoding="utf-8"))["utterances"]:
            text = turn.get("text") or ""
            hits += [t for t, _ in _found(deid, text) if t in openers]
    assert hits == []
