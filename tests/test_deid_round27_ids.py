"""Twenty-seventh round: record numbers, SSNs and e-mails (sentences written for these tests; SYNTHETIC)."""
import pytest

from qualalliance.deid.engine import Deidentifier


@pytest.fixture(scope="module")
def deid():
    return Deidentifier(ner="off")


def found(deid, text):
    return [(text[s.start:s.end], s.entity_type) for s in deid.find(text)]


@pytest.mark.parametrize("text, value, kind", [
    # a gap word with a hyphen between the cue and the value
    ("The study ID for the follow-ups is QRB-418.", "QRB-418", "ID"),
    ("Her patient number for the walk-ins was 5528173.", "5528173", "ID"),
    # the value's opening quote after the cue's comma or colon
    ('MRN, "4410 822 913"', "4410 822 913", "ID"),
    ('Member ID: "77120934"', "77120934", "ID"),
    # letters before three or four groups of figures after a cue
    ("My member ID is KRW 301 884 552, I think.", "KRW 301 884 552", "ID"),
    # a participant's or subject's code after the word alone
    ("I'm participant TZB 227 610 348 on the study.", "TZB 227 610 348", "ID"),
    ("She was subject ABX 5521870 in the pilot.", "ABX 5521870", "ID"),
    ("participant TQ-40917 dropped out", "TQ-40917", "ID"),
    # "ohip" typed in lower case, with its version code
    ("my ohip 5512 308 446 KT is on the card", "5512 308 446 KT", "ID"),
    # an SSN after its cue and a bracketed aside
    ("SSN (full nine digits, no dashes): 412770953", "412770953", "SSN"),
])
def test_new_forms(deid, text, value, kind):
    assert (value, kind) in found(deid, text)


def test_spoken_email_after_a_verb_is_whole(deid):
    text = "Oh I mostly read orla dot brennan22 at eircom dot net these days."
    assert ("orla dot brennan22 at eircom dot net", "EMAIL") in found(deid, text)
    text = "I check kieran underscore walsh at outlook dot com most mornings."
    assert ("kieran underscore walsh at outlook dot com", "EMAIL") in found(deid, text)


@pytest.mark.parametrize("text", [
    "participant 12 of 40 said the group helped",
    "the participant ID for the follow-up visit was mentioned",
    "subject A agreed, subject B did not",
    "participant CBT sessions were weekly",
    'Patient ID, "unknown"',
    "the social (my worker's idea) was on Friday",
])
def test_nearest_non_examples_stay(deid, text):
    assert not [f for f in found(deid, text) if f[1] in ("ID", "SSN", "EMAIL")]


def test_name_before_an_email_stays_a_name(deid):
    text = "Ask Mary Jones at the desk, or email mary dot jones at clinic dot org"
    spans = found(deid, text)
    assert ("mary dot jones at clinic dot org", "EMAIL") in spans
    assert any(k == "PERSON" and "Mary Jones" in v for v, k in spans)


@pytest.mark.parametrize("text, value, kind", [
    ("my nat insurance no is 81-442-906", "81-442-906", "SSN"),
    ("318204477 thats my social", "318204477", "SSN"),
    ("318204477 thats my number", "318204477", "ID"),  # nearest non-example: no national number named
])
def test_national_number_typing(deid, text, value, kind):
    assert (value, kind) in found(deid, text)
