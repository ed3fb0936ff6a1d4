"""REFI-QDA positions: Unicode code points from 0, end exclusive; CRLF and UTF-16 variants."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from qualalliance.qda.positions import (ALL_CONVENTIONS, STANDARD, Convention, PositionMap, choose_convention,
                                        name_evidence)


def test_spec_examples_are_end_exclusive():
    # REFI-QDA 1.5 section 5.3: "granola" is selected as 62-69 (seven code points),
    # the 56-character quote as 139-195: endPosition is one past the last character.
    text = "x" * 62 + "granola" + " rest"
    pm = PositionMap(text)
    a, b = pm.to_offsets(62, 69)
    assert pm.text[a:b] == "granola"
    quote = "Oh, that was great. See you tomorrow? Eleven thirty. Mm."
    assert len(quote) == 195 - 139


def test_code_points_for_emoji_and_accents():
    text = "Zoë said \U0001F642 café e\u0301!"
    pm = PositionMap(text)  # the standard: code points, identical to Python offsets
    assert pm.length == len(text) == 19
    assert pm.to_offsets(9, 10) == (9, 10) and text[9:10] == "\U0001F642"
    # a decomposed é (e + U+0301) is two code points, a precomposed one is one
    assert text[16:18] == "e\u0301" and text[14] == "é"
    # UTF-16 units: the emoji counts two, so everything after it shifts by one
    u = PositionMap(text, Convention("two", "utf16"))
    assert u.length == 20
    assert u.to_positions(9, 10) == (9, 11)
    assert u.to_offsets(11, 15) == (10, 14) and text[10:14] == " caf"


def test_crlf_counted_as_two_or_one():
    raw = "A: hi\r\nB: yo\r\n"
    two = PositionMap(raw, STANDARD)
    one = PositionMap(raw, Convention("one", "codepoint"))
    assert two.text == one.text == "A: hi\nB: yo\n"
    assert two.length == 14 and one.length == 12
    # "yo" is raw[10:12] counting CRLF as two, [9:11] counting it as one; offsets [9:11]
    assert two.to_offsets(10, 12) == (9, 11)
    assert one.to_offsets(9, 11) == (9, 11)
    # a position between CR and LF: a start snaps back onto the line end, an end forward past it
    assert two.offset(6) == 5 and two.offset(6, end=True) == 6
    assert not two.exact(6) and two.exact(7)


def test_lone_cr_is_a_newline_of_one():
    pm = PositionMap("a\rb", STANDARD)
    assert pm.text == "a\nb" and pm.length == 3 and pm.to_offsets(2, 3) == (2, 3)


def test_name_evidence():
    text = "I felt safe with both of you, really."
    assert name_evidence(text, 0, 11, "I felt safe") is True
    assert name_evidence(text, 0, 28, "I felt safe with both\u2026") is True
    assert name_evidence(text, 2, 13, "I felt safe") is False
    assert name_evidence(text, 1, 12, "I felt safe") is False  # shifted onto the space: no match
    assert name_evidence(text, 0, 11, "Q 1") is None  # too short to be evidence
    assert name_evidence(text, 0, 11, None) is None


def test_choose_convention_from_names():
    text = "A: one\nB: caf\u00e9 \U0001F642 two\nA: three times\n"
    raw = text.replace("\n", "\r\n")
    for conv in ALL_CONVENTIONS:
        pm = PositionMap(raw, conv)
        sels = []
        for phrase in ("two", "three"):
            a = pm.text.index(phrase)
            s, e = pm.to_positions(a, a + len(phrase) + 2)  # names longer than 3 chars
            sels.append((s, e, pm.text[a:a + len(phrase) + 2]))
        got, hits, total = choose_convention([(raw, sels)])
        assert got == conv and hits == total == 2
    # no evidence at all -> the fallback
    assert choose_convention([(raw, [(0, 3, None)])], Convention("one"))[0] == Convention("one")
    assert choose_convention([("plain ascii", [(0, 5, "plain")])])[0] == STANDARD


alphabet = st.sampled_from(["a", "b", " ", "\n", "\r\n", "\r", "é", "e\u0301", "\U0001F642", "中", "\u200d"])


@settings(max_examples=60, deadline=None)
@given(st.lists(alphabet, max_size=40), st.data())
def test_positions_round_trip(parts, data):
    raw = "".join(parts)
    for conv in ALL_CONVENTIONS:
        pm = PositionMap(raw, conv)
        n = len(pm.text)
        assert pm.position(n) == pm.length
        i = data.draw(st.integers(0, n))
        j = data.draw(st.integers(i, n))
        s, e = pm.to_positions(i, j)
        assert pm.to_offsets(s, e) == (i, j)
        assert pm.exact(s) and pm.exact(e)
        # any position maps inside the text, and a selection never loses a character
        p = data.draw(st.integers(0, pm.length))
        q = data.draw(st.integers(p, pm.length))
        a, b = pm.to_offsets(p, q)
        assert 0 <= a <= b <= n and pm.position(a) <= p and pm.position(b) >= q
