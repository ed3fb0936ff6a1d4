"""Property tests for the speaker-turn parser: render turns, parse them back."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from qualalliance.readers.text import parse_transcript_text

SPEAKERS = ["THERAPIST", "PARTICIPANT", "T", "P", "Dr. Lee", "Guide", "Client"]
# Turn text: words that never form a speaker label (no colon) and may span lines.
word = st.text(alphabet=st.characters(whitelist_categories=("Ll", "Lu", "Nd"), max_codepoint=0x2FF),
               min_size=1, max_size=8)
line = st.lists(word, min_size=1, max_size=8).map(" ".join).map(lambda s: s + ".")
turn_text = st.lists(line, min_size=1, max_size=3).map(lambda ls: "\n".join(l[0].lower() + l[1:] for l in ls))


@settings(max_examples=150, deadline=None)
@given(turns=st.lists(st.tuples(st.sampled_from(SPEAKERS[:4]), turn_text), min_size=2, max_size=12),
       sep=st.sampled_from(["\n", "\n\n"]), stamp=st.booleans())
def test_render_parse_round_trip(turns, sep, stamp):
    speakers = [s for s, _ in turns]
    if not any(speakers.count(s) >= 2 for s in set(speakers)):
        turns = turns + [turns[0]]
    rendered = sep.join((f"[00:00:{i % 60:02d}] " if stamp else "") + f"{s}: {t}" for i, (s, t) in enumerate(turns))
    doc = parse_transcript_text(rendered + "\n", "d", "d.txt")
    got = [(t.speaker, doc.text[t.start_char:t.end_char]) for t in doc.turns]
    assert got == [(s, t) for s, t in turns]
    assert doc.rejects == []
    if stamp:
        assert [t.start_s for t in doc.turns] == [float(i % 60) for i in range(len(turns))]


@settings(max_examples=100, deadline=None)
@given(paras=st.lists(turn_text, min_size=1, max_size=6))
def test_single_voice_paragraphs(paras):
    text = "\n\n".join(paras)
    doc = parse_transcript_text(text, "n", "n.txt")
    assert [doc.text[t.start_char:t.end_char] for t in doc.turns] == paras
