"""Features for the learned coder: the segment, who says it, and what was said around it.

Coding a turn depends on its context: a reflection restates what the client just
said, an answer follows a question, "Mm-hmm" after a long story is not the same as
"Mm-hmm" after a yes/no question.  :func:`add_context` orders each document by
``turn`` and attaches the neighbouring turns' text and role; :class:`ContextFeaturizer`
turns that table into one sparse matrix with *separate* vectorisers per view
(a word in the previous turn means something else than the same word in this one).

Only observable text is used: never a neighbour's gold label (it is not known when
new transcripts are coded), never video titles/URLs or session-level quality labels.
"""

from __future__ import annotations

import re

import numpy as np
import pandas as pd
import scipy.sparse as sp
from sklearn.base import BaseEstimator, TransformerMixin
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.preprocessing import StandardScaler

CONTEXT_OFFSETS = (1, 2)  # previous / next turns attached by add_context
ROLE_VALUES = ("therapist", "participant", "other", "none")
# Phrases that mark the classic MI moves; cheap, language-level priors that help the
# linear model generalise across sessions with little training data.
_REFLECT = re.compile(r"\b(sounds like|it sounds|so you|you feel|you're feeling|you've|it seems|you seem|"
                      r"you're saying|what i'm hearing|on the one hand|part of you)\b", re.I)
_ADVISE = re.compile(r"\b(i think|i'd|i would|i recommend|i suggest|you should|you need|you have to|"
                     r"let me|research|studies|we know|important to)\b", re.I)
_WORD = re.compile(r"[a-z']+")
_STOP = frozenset("""a an the and or but so to of in on at for with is are was were be been i you it that this
 my your me we they he she them his her its do did does not no yes yeah um uh like just know really well okay ok
 mm hmm have has had there what how about can could would will as if then than too very""".split())


def add_context(segments: pd.DataFrame, group_col: str = "doc_id", text_col: str = "text",
                role_col: str = "role", turn_col: str = "turn") -> pd.DataFrame:
    """Return *segments* sorted by (group, turn) with context columns added.

    Added columns: ``ctx_text`` (the segment text), ``ctx_role``, ``prev{k}_text``,
    ``prev{k}_role``, ``next{k}_text``, ``next{k}_role`` for k in 1, 2 (empty text and
    role ``none`` past the document's edge), ``ctx_pos`` (0-based index in the
    document), ``ctx_n`` (turns in the document) and ``ctx_relpos`` (0..1).
    The original row order is kept in ``ctx_row``.
    """
    df = segments.copy()
    df["ctx_row"] = np.arange(len(df))
    df["ctx_text"] = df[text_col].fillna("").astype(str) if text_col in df else ""
    df["ctx_role"] = (df[role_col].fillna("other").astype(str) if role_col in df else "other")
    group = df[group_col].fillna("").astype(str) if group_col in df else pd.Series("", index=df.index)
    df["ctx_group"] = group
    turn = df[turn_col] if turn_col in df else pd.Series(np.arange(len(df)), index=df.index)
    df["ctx_turn"] = pd.to_numeric(turn, errors="coerce").fillna(-1)
    df = df.sort_values(["ctx_group", "ctx_turn", "ctx_row"], kind="mergesort").reset_index(drop=True)
    g = df.groupby("ctx_group", sort=False)
    for k in CONTEXT_OFFSETS:
        df[f"prev{k}_text"] = g["ctx_text"].shift(k).fillna("").astype(str)
        df[f"prev{k}_role"] = g["ctx_role"].shift(k).fillna("none").astype(str)
        df[f"next{k}_text"] = g["ctx_text"].shift(-k).fillna("").astype(str)
        df[f"next{k}_role"] = g["ctx_role"].shift(-k).fillna("none").astype(str)
    df["ctx_pos"] = g.cumcount().astype("int64")
    df["ctx_n"] = g["ctx_text"].transform("size").astype("int64")
    df["ctx_relpos"] = df["ctx_pos"] / (df["ctx_n"] - 1).clip(lower=1)
    return df


def neighbour_index(groups: np.ndarray, offset: int) -> np.ndarray:
    """Row index of the turn *offset* places away in the same group (-1 at the edges).

    Rows must already be sorted by group and turn (as :func:`add_context` leaves them).
    """
    n = len(groups)
    idx = np.arange(n) - offset
    ok = (idx >= 0) & (idx < n)
    same = np.zeros(n, dtype=bool)
    same[ok] = groups[idx[ok]] == groups[ok]
    return np.where(same, idx, -1)


def shift_rows(values: np.ndarray, groups: np.ndarray, offset: int) -> np.ndarray:
    """values of the turn *offset* places before (offset > 0) or after (< 0); zeros at edges."""
    idx = neighbour_index(groups, offset)
    out = np.zeros_like(values)
    ok = idx >= 0
    out[ok] = values[idx[ok]]
    return out


def _content_words(text: str) -> set[str]:
    return {w for w in _WORD.findall(text.lower()) if w not in _STOP and len(w) > 2}


def numeric_features(df: pd.DataFrame) -> np.ndarray:
    """Dense per-segment features: length, punctuation, position, speaker changes, overlap."""
    text = df["ctx_text"].astype(str)
    prev = df["prev1_text"].astype(str)
    nxt = df["next1_text"].astype(str)

    def nwords(s):
        return s.str.split().str.len().fillna(0).astype(float)

    overlap = []
    for cur, before in zip(text, prev):
        a, b = _content_words(cur), _content_words(before)
        overlap.append(len(a & b) / len(a) if a else 0.0)
    # a reflection often restates the speaker's own earlier turn too (prev2 when turns alternate)
    overlap2 = []
    for cur, before in zip(text, df["prev2_text"].astype(str)):
        a, b = _content_words(cur), _content_words(before)
        overlap2.append(len(a & b) / len(a) if a else 0.0)
    stripped = text.str.strip()
    cols = {
        "log_words": np.log1p(nwords(text)),
        "n_question_marks": text.str.count(r"\?").astype(float),
        "ends_with_question": stripped.str.endswith("?").astype(float),
        "n_sentences": text.str.count(r"[.!?]+").astype(float),
        "trailing_dash": stripped.str.endswith(("-", "—", "...")).astype(float),
        "log_prev_words": np.log1p(nwords(prev)),
        "log_next_words": np.log1p(nwords(nxt)),
        "prev_question": prev.str.strip().str.endswith("?").astype(float),
        "next_question": nxt.str.strip().str.endswith("?").astype(float),
        "log_pos": np.log1p(df["ctx_pos"].astype(float)),
        "relpos": df["ctx_relpos"].astype(float),
        "is_first": (df["ctx_pos"] == 0).astype(float),
        "is_last": (df["ctx_pos"] == df["ctx_n"] - 1).astype(float),
        "prev_same_speaker": (df["prev1_role"] == df["ctx_role"]).astype(float),
        "next_same_speaker": (df["next1_role"] == df["ctx_role"]).astype(float),
        "overlap_prev": np.asarray(overlap, dtype=float),
        "overlap_prev2": np.asarray(overlap2, dtype=float),
        "reflect_cues": text.str.count(_REFLECT).astype(float),
        "advice_cues": text.str.count(_ADVISE).astype(float),
    }
    for role in ROLE_VALUES:
        cols[f"role_{role}"] = (df["ctx_role"] == role).astype(float)
        cols[f"prev_role_{role}"] = (df["prev1_role"] == role).astype(float)
    return np.column_stack([np.asarray(v, dtype=float) for v in cols.values()])


# words with inner apostrophes, and ? ! as tokens (persist.py allows it in model files)
WORD_TOKEN_PATTERN = r"(?u)\b\w[\w']*\b|[?!]"

# (column, analyzer): one vectoriser per view
TEXT_VIEWS = (
    ("ctx_text", "word"),
    ("ctx_text", "char"),
    ("prev1_text", "word"),
    ("prev1_text", "char"),
    ("next1_text", "word"),
    ("prev2_text", "word"),
)


def _vectorizer(analyzer: str, min_df: int) -> TfidfVectorizer:
    if analyzer == "word":
        # keep pronouns and question words: they carry the MI move ("you", "what", "how")
        return TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True, min_df=min_df, lowercase=True,
                               token_pattern=WORD_TOKEN_PATTERN, dtype=np.float64)
    return TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), sublinear_tf=True, min_df=min_df + 1,
                           max_features=60000, dtype=np.float64)


class ContextFeaturizer(TransformerMixin, BaseEstimator):
    """Context table (from :func:`add_context`) -> sparse feature matrix.

    Parameters
    ----------
    views : tuple of (column, "word"|"char")
        Text views, each with its own TF-IDF vectoriser.
    min_df : int
        Minimum document frequency of a word n-gram (char n-grams use min_df + 1).
    numeric_weight : float
        Scale of the standardised dense features relative to the TF-IDF blocks.
    context_weight : float
        Scale of the neighbouring turns' TF-IDF blocks relative to the segment's own
        (< 1: context informs, the segment's words decide; 0.6 chosen by grouped CV on
        AnnoMI, +0.5 macro-F1 points on both tasks over 1.0).
    embedding : None or str
        Name of an optional sentence-embedding view (see :mod:`.embedding`), added for
        the segment, the previous and the next turn.
    embedding_weight : float
        Scale of the (unit-length) embeddings; 0.5 beat 1.0 by about half a macro-F1
        point on both AnnoMI tasks (grouped CV).
    """

    def __init__(self, views=TEXT_VIEWS, min_df: int = 2, numeric_weight: float = 0.3, context_weight: float = 0.6,
                 embedding=None, embedding_weight: float = 0.5):
        self.views = views
        self.min_df = min_df
        self.numeric_weight = numeric_weight
        self.context_weight = context_weight
        self.embedding = embedding
        self.embedding_weight = embedding_weight

    def fit(self, X: pd.DataFrame, y=None):
        self.vectorizers_ = []
        for col, analyzer in self.views:
            vec = _vectorizer(analyzer, self.min_df)
            texts = X[col].astype(str).tolist()
            if not any(t.strip() for t in texts):  # e.g. a single-turn document set
                texts = texts + ["_"]
            try:
                vec.fit(texts)
            except ValueError:  # empty vocabulary after min_df: fall back to keep every term
                vec.set_params(min_df=1).fit(texts + ["_"])
            self.vectorizers_.append(vec)
        self.scaler_ = StandardScaler().fit(numeric_features(X))
        return self

    def transform(self, X: pd.DataFrame):
        # files saved before context_weight existed lack the attribute: they used 1.0
        cw = getattr(self, "context_weight", 1.0)
        blocks = [vec.transform(X[col].astype(str).tolist()) * (1.0 if col == "ctx_text" else cw)
                  for (col, _), vec in zip(self.views, self.vectorizers_)]
        dense = self.scaler_.transform(numeric_features(X)) * self.numeric_weight
        blocks.append(sp.csr_matrix(dense))
        if self.embedding:
            from .embedding import context_embeddings

            ew = getattr(self, "embedding_weight", 1.0)  # 1.0 in files saved before the parameter existed
            blocks.append(sp.csr_matrix(context_embeddings(X, self.embedding) * ew))
        return sp.hstack(blocks, format="csr")
