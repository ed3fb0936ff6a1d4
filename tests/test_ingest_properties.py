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


# -- CSV and Parquet outputs read back equal (issue #20: a bare CR made extra CSV rows) ----
cell = st.text(alphabet=st.one_of(st.sampled_from(list('\r\n",; ')),  # the CSV-special characters, often
                                  st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00")),
               max_size=12)


@settings(max_examples=200, deadline=None)
@given(rows=st.lists(st.tuples(cell, cell), min_size=1, max_size=8))
def test_csv_and_parquet_read_back_equal(tmp_path_factory, rows):
    import pandas as pd

    from qualalliance.tables import write_table

    out = tmp_path_factory.mktemp("rt")
    df = pd.DataFrame(rows, columns=["doc_id", "text"], dtype=object)
    write_table(df, out, "segments")
    parquet = pd.read_parquet(out / "segments.parquet")
    csv = pd.read_csv(out / "segments.csv", dtype=str, keep_default_na=False)
    assert csv["doc_id"].tolist() == parquet["doc_id"].tolist() == df["doc_id"].tolist()
    assert csv["text"].tolist() == parquet["text"].tolist() == df["text"].tolist()


def test_carriage_return_in_file_name_and_column_keeps_csv_rows(tmp_path):
    import pandas as pd

    from qualalliance.ingest import ingest, write_ingest

    src = tmp_path / "in"
    src.mkdir()
    (src / "P01_a\rb.csv").write_text("speaker,text,note\nTherapist,hi,\"a\rb\"\nParticipant,hello,c\n",
                                      encoding="utf-8", newline="")
    write_ingest(ingest([src]), tmp_path / "out")
    parquet = pd.read_parquet(tmp_path / "out" / "segments.parquet")
    csv = pd.read_csv(tmp_path / "out" / "segments.csv", dtype=str, keep_default_na=False)
    assert len(csv) == len(parquet) == 2
    assert csv["doc_id"].tolist() == parquet["doc_id"].tolist() == ["P01_a\rb"] * 2
    assert csv["note"].tolist() == parquet["note"].tolist() == ["a\rb", "c"]
