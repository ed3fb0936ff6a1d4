"""Twenty-sixth round (structured types): forms of ordinary typed messages, web forms and transcripts.

Every sentence below is SYNTHETIC, written for this test (no set's line copied): a positive case for each new form
and the nearest thing that must stay.
"""

import pytest

from qualalliance.deid.recognizers import structured_spans

from .test_deid_round23_struct import covered


def none_of(text: str, word: str, kind: str | None = None) -> bool:
    """No structured span of *kind* (any kind without one) covers *word*'s first letter in *text*."""
    a = text.index(word)
    return not any(s <= a < e and (kind is None or t == kind) for s, e, t in structured_spans(text))


# ADDRESS: Grove's and Close's short forms in lower case; a plural-looking name before a rare kind; a county after "Co"
@pytest.mark.parametrize("text,piece", [
    ("post it to 12 totara gr thanks", "12 totara gr"),
    ("my brother is at flat 3 51 rowan cl for now", "flat 3 51 rowan cl"),
    ("nurse can visit 9 elm gr hastings tmrw", "9 elm gr hastings"),
    ("ive moved to 4/22 birch cl near the park", "4/22 birch cl"),
    ("the new flat is 41 downs grove", "41 downs grove"),
    ("we stay at 6 rivers mews on weekends", "6 rivers mews"),
    ("Postal address, 3 Ash Meadows, Naas Co. Kildare", "3 Ash Meadows, Naas Co. Kildare"),
    ('"Home address","8 RATA PL, OTARA, AUCKLAND 2023"', "8 RATA PL, OTARA, AUCKLAND 2023"),
])
def test_address_forms(text, piece):
    assert covered(text, piece, "ADDRESS")


@pytest.mark.parametrize("text,word", [
    ("i teach 3 kids gr 5 maths", "3"),
    ("keep the 2 dogs close to you", "2"),
    ("i had 2 pints cl of wine", "2"),
])
def test_address_not_a_count(text, word):
    assert none_of(text, word)


# DATE: an ordinal that is fine or still ok; before "so"; "the" Nth before a dash or a closing quote; an ordinal word
# answering a "when" question; a day and month joined by a dot after a date's word or before a time
@pytest.mark.parametrize("text,piece", [
    ("yes 9th is fine thx", "9th"),
    ("is 22nd still ok for you", "22nd"),
    ("we fly out 18th so can we talk before", "18th"),
    ("Any days you're away? the 4th - wedding", "4th"),
    ('"Start date","the 19th"', "19th"),
    ("SPEAKER_00: When was the scan? SPEAKER_01: the ninth.", "ninth"),
    ("i was sick on 4.9 and missed it", "4.9"),
    ("back on 21.11 hopefully", "21.11"),
    ("ok so 17.10 at 2pm works", "17.10"),
    ("the hearing is on 14.2 so wish me luck", "14.2"),
])
def test_date_forms(text, piece):
    assert covered(text, piece, "DATE")


@pytest.mark.parametrize("text,word", [
    ("she came 3rd is fine by me", "3rd"),
    ("my 2nd is fine now, the baby is not", "2nd"),
    ("the 5th one is fine", "5th"),
    ("I'm on 7.5 now", "7.5"),
    ("the dose is on 2.5 of it", "2.5"),
    ("still on 2.5 of it", "2.5"),
    ("they put it up on 2.5 mg", "2.5"),
    ("she scored 8.6 on the test", "8.6"),
    ("version 3.2 on the site", "3.2"),
    ("When did it start? the third time was worst", "third"),
])
def test_date_not_a_rank_or_dose(text, word):
    assert none_of(text, word, "DATE")


# AGE: any form of "live" and "til" before an age over 89
@pytest.mark.parametrize("text,piece", [
    ("my gran says she'll live to 104 like her mum", "104"),
    ("he lived til 93 and was sharp the whole time", "93"),
    ("my nan is living to 100 at this rate", "100"),
])
def test_age_lifespan(text, piece):
    assert covered(text, piece, "AGE")


@pytest.mark.parametrize("text,word", [
    ("we live to 95 percent of our means", "95"),
    ("i live 90 minutes away", "90"),
])
def test_age_lifespan_not_a_count(text, word):
    assert none_of(text, word, "AGE")
