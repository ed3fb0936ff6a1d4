"""code_segments: the codings and code_matrix tables, offsets, roles, streaming options."""

from __future__ import annotations

import logging

import pandas as pd
import pytest

from qualalliance.codebook import load_codebook
from qualalliance.coding import CODINGS_COLUMNS, code_segments
from qualalliance.errors import InputError
from qualalliance.schema import CODING_COLUMNS

from .test_coding import TINY


@pytest.fixture(scope="module")
def book(tmp_path_factory):
    path = tmp_path_factory.mktemp("book") / "tiny.yaml"
    path.write_text(TINY, encoding="utf-8")
    return load_codebook(path)


def segments_table():
    rows = [  # doc d1's text: "I felt held. It all made sense.\nAre you anxious?\nI'm not anxious anymore."
        ("d1", 0, "participant", "I felt held. It all made sense.", 0),
        ("d1", 1, "therapist", "Are you anxious?", 32),
        ("d1", 2, "participant", "I'm not anxious anymore.", 49),
        ("d2", 0, "other", "Nothing felt unsafe.", 0),
        ("d2", 1, "other", "", 21),
    ]
    df = pd.DataFrame(rows, columns=["doc_id", "turn", "role", "text", "start_char"])
    df["end_char"] = df["start_char"] + df["text"].str.len()
    return df


DOC_TEXT = {"d1": "I felt held. It all made sense.\nAre you anxious?\nI'm not anxious anymore.",
            "d2": "Nothing felt unsafe.\n"}


def test_codings_hand_checked(book):
    segs = segments_table()
    res = code_segments(segs, codebook=book)
    c = res.codings
    assert list(c.columns) == CODINGS_COLUMNS and CODINGS_COLUMNS[:10] == CODING_COLUMNS
    got = list(zip(c.doc_id, c.turn, c.code, c.start_char, c.end_char, c.text, c.negated, c.hedged))
    assert got == [
        ("d1", 0, "bond", 2, 11, "felt held", False, False),
        ("d1", 0, "safety", 2, 11, "felt held", False, False),
        ("d1", 0, "insight", 13, 30, "It all made sense", False, False),
        # turn 1 is the therapist's: anxiety applies to participants only
        ("d1", 2, "anxiety", 57, 64, "anxious", True, False),
        ("d2", 0, "safety", 13, 19, "unsafe", False, False),
    ]
    for r in c.itertuples():
        assert DOC_TEXT[r.doc_id][r.start_char:r.end_char] == r.text
    assert set(c.method) == {"rule"} and set(c.coder) == {"qualalliance-rules/tiny@1"}
    assert set(c.confidence) == {1.0}
    assert list(c.negation_cue) == ["", "", "", "not", "nothing"]
    assert list(c.rule) == ["phrase:felt held", "phrase:felt held", "pattern:0", "phrase:anxious",
                            "negated_phrase:unsafe"]
    assert res.coder == "qualalliance-rules/tiny@1" and res.codebook_sha256 == book.sha256


def test_code_matrix(book):
    m = code_segments(segments_table(), codebook=book).matrix
    assert list(m.columns) == ["doc_id", "turn", "safety", "bond", "anxiety", "insight", "trust", "setting"]
    assert m[["doc_id", "turn"]].values.tolist() == [["d1", 0], ["d1", 1], ["d1", 2], ["d2", 0], ["d2", 1]]
    assert m["safety"].tolist() == [1, 0, 0, 1, 0]
    assert m["bond"].tolist() == [1, 0, 0, 0, 0]
    assert m["insight"].tolist() == [1, 0, 0, 0, 0]
    assert m["anxiety"].tolist() == [0, 0, 0, 0, 0]  # the only mention is negated
    assert m[["trust", "setting"]].to_numpy().sum() == 0


def test_roles_need_a_role_column(book, caplog):
    segs = segments_table().drop(columns="role")
    with caplog.at_level(logging.WARNING, logger="qualalliance"):
        c = code_segments(segs, codebook=book).codings
    assert ("d1", 1) in set(zip(c.doc_id[c.code == "anxiety"], c.turn[c.code == "anxiety"]))
    assert any("no 'role' column" in r.getMessage() for r in caplog.records)


def test_deterministic_and_default_codebook(book):
    segs = segments_table()
    a, b = code_segments(segs, codebook=book), code_segments(segs, codebook=book)
    pd.testing.assert_frame_equal(a.codings, b.codings)
    pd.testing.assert_frame_equal(a.matrix, b.matrix)
    default = code_segments(segs, theme_model=None)  # the default codebook's rules (the model is tested elsewhere)
    assert default.coder.startswith("qualalliance-rules/qualalliance-psychedelic-alliance@")
    assert {"safety", "insight"} <= set(default.codings["code"])


def test_empty_segments(book):
    res = code_segments(segments_table().iloc[0:0], codebook=book)
    assert list(res.codings.columns) == CODINGS_COLUMNS and res.codings.empty
    assert res.matrix.empty and "safety" in res.matrix.columns


@pytest.mark.parametrize("mutate, words", [
    (lambda df: df.drop(columns="start_char"), "lacks column(s) start_char"),
    (lambda df: df.assign(turn=["a", 1, 2, 0, 1]), "column 'turn' must hold whole numbers"),
    (lambda df: pd.concat([df, df.iloc[[0]]]), "more than one row for doc_id 'd1', turn 0"),
])
def test_bad_segments(book, mutate, words):
    with pytest.raises(InputError, match=words.replace("(", r"\(").replace(")", r"\)")):
        code_segments(mutate(segments_table()), codebook=book)


@pytest.mark.slow
def test_n_process_gives_the_same_result(book):
    segs = pd.concat([segments_table().assign(doc_id=lambda d, k=k: d.doc_id + f"-{k}") for k in range(6)],
                     ignore_index=True)
    one = code_segments(segs, codebook=book)
    two = code_segments(segs, codebook=book, n_process=2, chunk_size=7)
    pd.testing.assert_frame_equal(one.codings, two.codings)
    pd.testing.assert_frame_equal(one.matrix, two.matrix)


# -- property: offsets always point at the coded words ----------------------------------

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

_WORDS = ["I", "felt", "held", "not", "anxious", "Nothing", "unsafe", "it", "all", "made", "sense", "trust",
          "fund", "maybe", "the", "dosing", "room", ",", ".", "?", "  ", "\n", "’", "didn't", "é", "🙂"]


@settings(max_examples=20, deadline=None)  # each example builds the pipeline (~0.2 s)
@given(texts=st.lists(st.lists(st.sampled_from(_WORDS), max_size=14).map(" ".join), min_size=1, max_size=6),
       gaps=st.lists(st.integers(min_value=0, max_value=5), min_size=6, max_size=6))
def test_offsets_point_at_the_coded_words(book, texts, gaps):
    starts, pos = [], 0
    for text, gap in zip(texts, gaps):
        starts.append(pos)
        pos += len(text) + gap
    document = "".join(t + " " * g for t, g in zip(texts, gaps))
    segs = pd.DataFrame({"doc_id": "d", "turn": range(len(texts)), "role": "participant", "text": texts,
                         "start_char": starts})
    res = code_segments(segs, codebook=book)
    for r in res.codings.itertuples():
        assert document[r.start_char:r.end_char] == r.text
        seg = texts[r.turn]
        assert seg[r.start_char - starts[r.turn]:r.end_char - starts[r.turn]] == r.text
    assert res.matrix.iloc[:, 2:].to_numpy().max(initial=0) <= 1
