"""De-identification, twenty-sixth round (ID): each new form with the nearest thing that must stay.

Every sentence here is written for the test (SYNTHETIC), none copied from a benchmark set.
"""

from __future__ import annotations

import pytest

from .test_deid import deid, found  # noqa: F401  (the module's Deidentifier fixture and its span lister)


@pytest.mark.parametrize("text, expected", [
    # a letter prefix joined to the first of groups of figures apart
    ("The hospital number on my letter is K4417 20938.", [("K4417 20938", "ID")]),
    ("Member ID: QB 5521 44091", [("QB 5521 44091", "ID")]),
    ("The MRN was K4417 2019 I think.", [("K4417", "ID")]),  # a year after it stays a year
    ("The number of visits was about 30 in 2019 and 40 in 2020.", []),  # a count, no record
    # a dependant's or an issue suffix after a hyphen
    ("The card says member number T55190283-02 on it.", [("T55190283-02", "ID")]),
    ("Put me down as participant Q72210945-01 please.", [("Q72210945-01", "ID")]),
    ("The policy number is T5519028, ok - 20 minutes left.", [("T5519028", "ID")]),  # a hyphen apart, not a suffix
    # "of" among the words between the cue and "is" / "was"
    ("The claim number at the top of the form is 771-2045583.", [("771-2045583", "ID")]),
    ("The number of people at the top of the list was 12.", []),  # "number of", a count
    # a form's label of a few words to its colon
    ("Policy number from your card: HRT58QW", [("HRT58QW", "ID")]),
    ("Member number as printed: 4410 92277", [("4410 92277", "ID")]),
    ("Number of sessions so far: 12", []),  # a count
    ("Session number today: 10:30 start", []),  # a time
    # a question, then the answer in the next speaker's turn
    ("Therapist: And your client number?\nClient: Sure, it's 8841207.", [("8841207", "ID")]),
    ("SPEAKER_00: What's the claim number? SPEAKER_01: Yeah, it's C4471.", [("C4471", "ID")]),
    ("Therapist: What number would you give it?\nClient: Yeah, about 7 out of 10.", []),  # a rating
    ("Therapist: What's your number?\nClient: 0412 335 871.", [("0412 335 871", "PHONE")]),  # a phone's number
    # round 25's bracketed remark before the colon, kept when round 26 moved it beside an f-string (where its
    # "{1,70}" was read as a tuple and the remark no longer matched: found on the merged tree, heldout49 ID 1.000 -> 0.985)
    ("Health card no (incl. the code beside your name): QX5521", [("QX5521", "ID")]),
    ("Member no (see the back of the card, top left): 7", []),  # a single figure, no record
])
def test_round26_ids(deid, text, expected):  # noqa: F811
    assert found(deid, text) == expected


@pytest.mark.parametrize("text, expected", [
    # the number someone is filed under, with the record it is kept in after it
    ("You'll find me under 4471206 on the system, I think.", [("4471206", "ID")]),
    ("I'm down as QX-55120 in your records.", [("QX-55120", "ID")]),
    ("We were under 1000 on the books that year.", []),  # an amount
    ("She started as 2019 in the register, odd.", []),  # a year
])
def test_round26_filed_under(deid, text, expected):  # noqa: F811
    assert found(deid, text) == expected
