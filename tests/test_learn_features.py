"""Context features of the learned coder: ordering, neighbours, no label leakage.

``synthetic_sessions`` (synthetic data, not clinical) is shared by the other
test_learn* modules: the therapist's "I see." is coded ``celebrate`` after good
news and ``comfort`` after bad news, so only the previous turn can tell them apart.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from qualalliance.learn.features import (ContextFeaturizer, add_context, neighbour_index, numeric_features,
                                         shift_rows)

GOOD = ["I got the job I wanted.", "My test results came back fine.", "We finally moved into the new flat.",
        "I passed my driving exam.", "My daughter called me yesterday, we made up."]
BAD = ["I lost my job last week.", "The doctor found something on the scan.", "My partner left me.",
       "I failed the exam again.", "We had a terrible fight at home."]
QUESTIONS = ["What happened next?", "How did that feel?", "Who else knows about it?", "When did it start?"]


def synthetic_sessions(n_docs: int = 10, turns: int = 16, seed: int = 0) -> pd.DataFrame:
    """A synthetic segments table (every segments column) with a context-only label."""
    rng = np.random.default_rng(seed)
    rows = []
    for d in range(n_docs):
        offset, news = 0, "good"
        for t in range(turns):
            if t % 2 == 0:
                news = "good" if rng.random() < 0.5 else "bad"
                text = str(rng.choice(GOOD if news == "good" else BAD))
                role, label, talk = "participant", "n/a", news
            elif rng.random() < 0.3:
                text, role, label, talk = str(rng.choice(QUESTIONS)), "therapist", "question", "n/a"
            else:
                text, role, talk = "I see.", "therapist", "n/a"
                label = "celebrate" if news == "good" else "comfort"
            rows.append({"doc_id": f"syn-{d:02d}", "participant_id": f"P{d:02d}", "session": "1", "timepoint": "",
                         "source_type": "transcript", "turn": t, "speaker": role[0].upper(), "role": role,
                         "text": text, "start_char": offset, "end_char": offset + len(text),
                         "behaviour": label, "news": talk})
            offset += len(text) + 1
    return pd.DataFrame(rows)


def test_add_context_orders_by_turn_within_documents():
    df = pd.DataFrame({"doc_id": ["b", "a", "a", "b", "a"], "turn": [1, 2, 0, 0, 1],
                       "role": ["participant", "therapist", "therapist", "therapist", "participant"],
                       "text": ["b1", "a2", "a0", "b0", "a1"]})
    ctx = add_context(df)
    assert ctx["ctx_text"].tolist() == ["a0", "a1", "a2", "b0", "b1"]
    assert ctx["prev1_text"].tolist() == ["", "a0", "a1", "", "b0"]  # never crosses a document
    assert ctx["prev2_text"].tolist() == ["", "", "a0", "", ""]
    assert ctx["next1_text"].tolist() == ["a1", "a2", "", "b1", ""]
    assert ctx["prev1_role"].tolist() == ["none", "therapist", "participant", "none", "therapist"]
    assert ctx["ctx_pos"].tolist() == [0, 1, 2, 0, 1]
    assert ctx["ctx_relpos"].tolist() == [0.0, 0.5, 1.0, 0.0, 1.0]
    assert ctx["ctx_row"].tolist() == [2, 4, 1, 3, 0]  # original positions kept


def test_neighbour_index_and_shift_rows_stop_at_document_edges():
    groups = np.array(["a", "a", "a", "b", "b"])
    assert neighbour_index(groups, 1).tolist() == [-1, 0, 1, -1, 3]
    assert neighbour_index(groups, -1).tolist() == [1, 2, -1, 4, -1]
    assert neighbour_index(groups, 2).tolist() == [-1, -1, 0, -1, -1]
    vals = np.array([[1.0], [2.0], [3.0], [4.0], [5.0]])
    assert shift_rows(vals, groups, 1).ravel().tolist() == [0.0, 1.0, 2.0, 0.0, 4.0]


def test_numeric_features_hand_checked():
    df = add_context(pd.DataFrame({"doc_id": ["a", "a"], "turn": [0, 1], "role": ["participant", "therapist"],
                                   "text": ["I drink wine every night", "So you drink wine nightly?"]}))
    X = numeric_features(df)
    row = X[1]
    assert row[0] == pytest.approx(np.log1p(5))        # log_words
    assert row[1] == 1 and row[2] == 1                  # one '?', ends with '?'
    assert row[7] == 0                                  # previous turn is not a question
    assert row[13] == 0                                 # speaker changed
    # content words of "So you drink wine nightly?": drink, wine, nightly -> 2 of 3 in the previous turn
    assert row[15] == pytest.approx(2 / 3)


def test_features_ignore_labels_of_neighbours():
    """Gold labels must never reach the features: scrambling them changes nothing."""
    df = synthetic_sessions(n_docs=3)
    scrambled = df.assign(behaviour=df["behaviour"].sample(frac=1, random_state=1).to_numpy(),
                          news=df["news"].sample(frac=1, random_state=2).to_numpy())
    a, b = add_context(df), add_context(scrambled)
    fz = ContextFeaturizer().fit(a)
    assert (fz.transform(a) != fz.transform(b)).nnz == 0


def test_featurizer_keeps_views_separate():
    df = add_context(synthetic_sessions(n_docs=2))
    fz = ContextFeaturizer().fit(df)
    vocab_cur = fz.vectorizers_[0].vocabulary_
    vocab_prev = fz.vectorizers_[2].vocabulary_
    assert "see" in vocab_cur and "see" in vocab_prev
    X = fz.transform(df)
    widths = [len(v.vocabulary_) for v in fz.vectorizers_]
    assert X.shape[1] == sum(widths) + numeric_features(df).shape[1]


def test_context_views_are_down_weighted():
    """Neighbouring turns' TF-IDF blocks are scaled by context_weight; the segment's own are not."""
    df = add_context(synthetic_sessions(n_docs=2))
    full = ContextFeaturizer(context_weight=1.0).fit(df)
    half = ContextFeaturizer(context_weight=0.5).fit(df)
    A, B = full.transform(df).toarray(), half.transform(df).toarray()
    widths = np.cumsum([0] + [len(v.vocabulary_) for v in full.vectorizers_])
    for (col, _), lo, hi in zip(full.views, widths[:-1], widths[1:]):
        expected = A[:, lo:hi] * (1.0 if col == "ctx_text" else 0.5)
        np.testing.assert_allclose(B[:, lo:hi], expected)
    assert np.abs(A[:, lo:hi]).sum() > 0  # the compared blocks are not all zero
    np.testing.assert_allclose(B[:, widths[-1]:], A[:, widths[-1]:])  # dense block unchanged
