"""The speed shortcuts of the structured recognisers find exactly what the patterns find without them.

``recognizers._first_chars`` tries a pattern only where a match can start, and ``recognizers._prefilter`` skips a
gate whose literals an ASCII text does not hold; both are read off the parsed patterns, so a new rule gets them
too.  These tests check them against the plain patterns on SYNTHETIC text that every rule's forms are in (the
benchmark's ``templates`` set, generated here) and on hand-written sentences, so that a rule whose shortcut would
lose a match fails here before it loses an identifier."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from qualalliance.deid import recognizers as R

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
import deid as bench  # noqa: E402

HAND_WRITTEN = [
    "My MRN is 0048213, call 555-0143 or (617) 555-0143 ext. 22, email jo.smith@example.com",
    "she was born on the 3rd of March 1950 and turned ninety-one last May, see www.example.org/about",
    "SSN 123-45-6789; NHS number 943 476 5919; 42 Maple Street, Apt 3B, Springfield, IL 62704",
    "Level 3, 45 Harbour Street, Wollongong NSW 2500 -- PO Box 422, Tyler, TX 75701",
    "four two laurel close, the fourteenth of june, oh seven seven double nine, S8812345D",
    "Café Ærø, Ångström-Straße 12, 60313 Frankfurt; Москва; São Paulo, CEP 69996-744",
]


@pytest.fixture(scope="module")
def texts():
    segments, documents, _, _ = bench.generate(20, 3, per_type=40, which="templates")
    return HAND_WRITTEN + documents["text"].tolist() + segments["text"].tolist()


def test_patterns_tried_only_where_a_match_can_start_find_every_match(texts):
    checked = 0
    for rec in R.RECOGNISERS:
        if rec._first is None:
            continue
        checked += 1
        for t in texts:
            plain = [(m.span(), m.groups()) for m in rec.pattern.finditer(t)]
            fast = [(m.span(), m.groups()) for m in R._matches(rec.pattern, rec._first, t)]
            assert fast == plain, (rec.entity_type, rec.pattern.pattern[:80], t[:80])
    assert checked >= 20  # the shortcut is in use (35 of 104 recognisers on 2026-12-07)


def test_a_gate_is_skipped_only_where_it_cannot_match(texts):
    used = 0
    for gate, pre in R._PREFILTERS.items():
        if pre is None:
            continue
        used += 1
        compiled = next(rec.gate for rec in R.RECOGNISERS if rec.gate is not None and rec.gate.pattern == gate)
        for t in texts:
            if not t.isascii() or compiled.search(t) is None:
                continue
            digit, lower, cased = pre
            assert (digit and R._ANY_DIGIT.search(t) or lower is not None and lower.search(t.lower())
                    or cased is not None and cased.search(t)), (gate[:80], t[:80])
    assert used >= 20


def test_the_spans_are_those_of_the_plain_recognisers(texts, monkeypatch):
    fast = [R._spans(t) for t in texts]
    for rec in R.RECOGNISERS:  # every shortcut off: each pattern searched from every position, each gate searched
        object.__setattr__(rec, "_first", None)
    monkeypatch.setattr(R, "_PREFILTERS", dict.fromkeys(R._PREFILTERS))
    try:
        plain = [R._spans(t) for t in texts]
    finally:
        for rec in R.RECOGNISERS:
            object.__setattr__(rec, "_first", R._parsed_or_none(R._first_chars, rec.pattern))
    assert fast == plain


def test_first_characters_of_simple_patterns():
    import re
    assert R._first_chars(re.compile(r"\b\d{3}-\d{4}")).search("x 5") is not None
    assert R._first_chars(re.compile(r"\b\d{3}-\d{4}")).search("no digit") is None
    assert R._first_chars(re.compile(r"\b[A-Z][a-z]+")) is None  # any capital: not rare
    assert R._first_chars(re.compile(r"(?:\d)?x")) is None or R._first_chars(re.compile(r"(?:\d)?x")).search("x")
    assert R._first_chars(re.compile(r"a*")) is None  # may match empty
    assert R._parsed_or_none(lambda p: (_ for _ in ()).throw(AttributeError()), re.compile("x")) is None


def test_clear_cache_empties_the_short_texts_cache_and_spans_stay():
    """The public hook the benchmarks time a cold start with: it empties the cache, and spans do not change."""
    text = "ring me on 555-0143 on March 3rd"
    before = R.structured_spans(text)
    assert R._cached_spans.cache_info().currsize >= 1
    R.clear_cache()
    assert R._cached_spans.cache_info().currsize == 0
    assert R.structured_spans(text) == before
    assert {t for _, _, t in before} == {"PHONE", "DATE"}


def test_the_gate_plan_holds_every_recogniser_once_and_follows_the_prefilters(monkeypatch):
    """(sixth pass) _spans visits only the recognisers whose gate passed, read off a plan made once."""
    plan = R._gate_plan()
    indices = list(plan[1]) + [i for _, _, members in plan[2] for i in members]
    assert sorted(indices) == list(range(len(R.RECOGNISERS)))
    assert {g.pattern for g, _, _ in plan[2]} == {rec.gate.pattern for rec in R.RECOGNISERS if rec.gate is not None}
    dropped = [g for g in plan[2] if g not in plan[3]]  # no ASCII text without a digit passes these
    assert dropped and all(pre == (True, None, None) for _, pre, _ in dropped)
    off = dict.fromkeys(R._PREFILTERS)
    monkeypatch.setattr(R, "_PREFILTERS", off)
    assert R._spans("call 555-0143 on March 3rd")
    assert R._GATE_PLAN[0] is off and all(pre is None for _, pre, _ in R._GATE_PLAN[2])


def test_the_recognisers_spans_are_those_of_a_loop_over_every_recogniser(texts):
    """(sixth pass) the plan's spans against the loop it replaced: every recogniser in order, its gate searched."""
    more = [t.lower() for t in texts[:300]] + [t.upper() for t in texts[:300]] + ["", "Yeah.", "Zürich 8008, 12 Mai"]
    for t in HAND_WRITTEN + more + texts:
        lower = t.lower() if t.isascii() else None
        fast = R._recogniser_spans(t, lower, lower is not None and R._ANY_DIGIT.search(t) is not None)
        assert fast == [(s, e, rec.entity_type) for rec in R.RECOGNISERS for s, e in rec.find(t)], t[:80]


def test_mostly_capitals_counts_as_the_plain_loop():
    """(sixth pass) names.mostly_capitals: ASCII letters counted by deletion, agreeing with isupper/isalpha."""
    from qualalliance.deid.names import mostly_capitals
    for t in ["", "123 !", "HELLO there", "HELLO THERE, Sam", "Hi", "HI", "AbC", "ABc", "ÄÖÜ abc", "ÉCOLE", "straße STR",
              "MRN: 4471 ZZ", "a" * 50 + "B" * 50, "a" * 49 + "B" * 51, "ǅ ǈ ǋ", "ΑΒΓ αβ"]:
        assert mostly_capitals(t) == (sum(c.isupper() for c in t) * 2 > sum(c.isalpha() for c in t)), t


def test_find_keeps_a_short_texts_answer_while_the_names_are_unchanged():
    """(sixth pass) Deidentifier.find answers a short text it has seen from memory; a name learnt or added since,
    or the capitals switched, makes it look again; a long text is never kept; the answer is a new list each time."""
    from qualalliance.deid.engine import Deidentifier
    d = Deidentifier()
    text = "and then Quillon said it was fine"
    first = d.find(text)
    assert d.find(text) == first and d.find(text) is not d.find(text)
    assert text in d._found
    d.find(text).append("x")  # a caller's change to the list is not kept
    assert d.find(text) == first
    d.add_name("Quillon")
    assert [(text[s.start:s.end], s.entity_type) for s in d.find(text)] == [("Quillon", "PERSON")]
    d.learn("Therapist: I spoke with Maribeth Osterhagen yesterday.")
    other = "so Osterhagen came by"
    assert [(other[s.start:s.end]) for s in d.find(other)] == ["Osterhagen"]
    shout = "I TOLD MARIBETH"
    on = d.find(shout)
    d.capitals = False
    assert d.find(shout) == Deidentifier(capitals=False, known=d.known).find(shout)
    d.capitals = True
    assert d.find(shout) == on
    long = "word " * 100 + "Quillon"
    assert d.find(long) == d._find(long) and long not in d._found
    for t in ["Yeah.", "\nClient: ", "Therapist", "call 555-0143", "Quillon, Sam", "the 14th of May", "she's 94 years old"]:
        assert d.find(t) == d._find(t) == d.find(t)


def test_the_literal_finder_sees_every_literal_that_is_in_a_text():
    """(seventh pass) _literal_finder: literals that are prefixes of one another ("one", "one oh"), inside one another
    ("number", "phone number") or overlapping ("ab", "bc" in "abc") are all seen, each with its gates."""
    finder, gates = R._literal_finder({"g1": {"one", "on"}, "g2": {"one oh"}, "g3": {"number"}, "g4": {"phone number"},
                                       "g5": {"ab"}, "g6": {"bc"}, "g7": {", "}, "g8": {"zz"}})

    def held(text):
        return set().union(*(gates[m.group(1)] for m in finder.finditer(text)))

    assert held("it's one oh seven") == {"g1", "g2"}
    assert held("my phone number, abc") == {"g1", "g3", "g4", "g5", "g6", "g7"}  # ("phone" holds "on")
    assert held("on") == {"g1"} and held("") == set() and held("nothing here") == set()
    assert R._literal_finder({"g": set()}) is None
    for words in [{"a", "ab", "abc", "b", "bcd", "c"}, {"x.y", "x", ".", "\\d", "(", "(at)"}]:
        finder, gates = R._literal_finder({w: {w} for w in words})
        for text in ["abcd", "xabcx.y", "(at) \\d .", "bcbcab", "a", ""]:
            assert set().union(*(gates[m.group(1)] for m in finder.finditer(text))) == {w for w in words if w in text}, text


def test_the_held_literals_agree_with_each_gates_prefilter(texts):
    """(seventh pass) the gates _held_literals finds by the plan's literal finder are those whose prefilter's
    literals a search finds (the lower-case ones in the lower-cased text, the others as written)."""
    plan = R._gate_plan()
    assert plan[5] is not None
    more = [t.lower() for t in texts[:300]] + [t.upper() for t in texts[:300]] + ["", "Yeah.", "one oh eight, the 3rd"]
    for t in HAND_WRITTEN + more + texts:
        if not t.isascii():
            continue
        held = R._held_literals(plan[5], t, t.lower())
        for gate, pre, _ in plan[2]:
            if pre is not None:
                assert (gate in held) == bool(pre[1] is not None and pre[1].search(t.lower())
                                              or pre[2] is not None and pre[2].search(t)), (gate.pattern[:60], t[:80])
