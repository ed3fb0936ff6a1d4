"""The theme coder's second stage: a calibrated, context-aware score for each (turn, code).

Rules find words; whether the words mean the code depends on who says them, to whom,
in answer to what, and in which sense ("a plan for my children" is not a therapy task).
:class:`ThemeScorer` learns that from reference codings of real turns.  For every turn
and code it gives P(the code is affirmed in this turn), from

* the turn's words (TF-IDF word 1-2 grams and character 2-5 grams), and its words
  again *per speaker role* (the same words mean other things from a counsellor),
* the previous turn's words (what is being answered), down-weighted,
* the speaker's role and the previous speaker's role,
* what the rule layer found in the turn: per code, affirmed, denied and opposite-pole
  rule hits.

One L2-regularised logistic regression per code, on one shared feature matrix, whose
scores are calibrated by Platt scaling fitted on out-of-fold scores (folds group whole
transcripts, so a transcript is never scored by a model that saw it).  Codes with too
few reference positives to learn (``min_positives``), and speaker roles a code has too
few positives of (``min_role_positives``), are **not judged**: their probability is
NaN, and the rules decide there alone.  Their rules' precision on the training turns is
kept in ``rule_precision_`` for information only, because a code that hardly occurs in
the training talk (mystical experience in smoking counselling) says nothing there about
how its rules do where it does occur.

Follows scikit-learn's conventions: parameters in ``__init__``, learnt attributes end
in ``_``; ``fit(X, Y, groups)`` with ``X`` a context table (:func:`turn_table`) and
``Y`` a 0/1 frame with one column per code.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import scipy.sparse as sp
from scipy.special import expit
from sklearn.base import BaseEstimator
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression

HIT_KINDS = ("affirmed", "denied", "opposite")
ROLE_VALUES = ("therapist", "participant", "other")


def turn_table(segments: pd.DataFrame, codings: pd.DataFrame | None, codes: list[str]) -> pd.DataFrame:
    """One row per segment: text, role, previous turn, and rule-hit counts per code and kind.

    *segments* must hold whole documents (the previous turn is looked up by ``turn``);
    *codings* are the rule layer's codings of those segments (with ``polarity``).
    Rows keep the order of *segments*.
    """
    df = segments[["doc_id", "turn", "text"]].copy()
    df["doc_id"] = df["doc_id"].astype(str)
    df["text"] = df["text"].fillna("").astype(str)
    df["role"] = segments["role"].fillna("other").astype(str) if "role" in segments else "other"
    order = df.sort_values(["doc_id", "turn"], kind="mergesort").index
    ordered = df.loc[order]
    same = ordered["doc_id"].eq(ordered["doc_id"].shift(1))
    df.loc[order, "prev_text"] = ordered["text"].shift(1).where(same, "").fillna("").to_numpy()
    df.loc[order, "prev_role"] = ordered["role"].shift(1).where(same, "none").fillna("none").to_numpy()
    same_next = ordered["doc_id"].eq(ordered["doc_id"].shift(-1))
    df.loc[order, "next_text"] = ordered["text"].shift(-1).where(same_next, "").fillna("").to_numpy()
    hits = np.zeros((len(df), len(codes) * len(HIT_KINDS)), dtype=np.float64)
    if codings is not None and len(codings):
        row_of = {(d, int(t)): i for i, (d, t) in enumerate(zip(df["doc_id"], df["turn"]))}
        col_of = {(c, k): j * len(HIT_KINDS) + h for j, c in enumerate(codes) for h, k in enumerate(HIT_KINDS)}
        polarity = codings["polarity"] if "polarity" in codings else np.where(codings["negated"], "denied", "affirmed")
        for d, t, c, p in zip(codings["doc_id"].astype(str), codings["turn"], codings["code"], polarity):
            i, j = row_of.get((d, int(t))), col_of.get((c, p))
            if i is not None and j is not None:
                hits[i, j] += 1
    hit_cols = [f"hit:{c}:{k}" for c in codes for k in HIT_KINDS]
    return pd.concat([df.reset_index(drop=True), pd.DataFrame(hits, columns=hit_cols)], axis=1)


# words with inner apostrophes, and ? as a token (persist.py allows it in model files)
WORD_TOKEN_PATTERN = r"(?u)\b\w[\w']*\b|\?"


def _words(min_df: int = 2) -> TfidfVectorizer:
    # keep pronouns and question marks: "you"/"we"/"?" carry who is doing what to whom
    return TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True, min_df=min_df, lowercase=True,
                           token_pattern=WORD_TOKEN_PATTERN, dtype=np.float64)


def _chars() -> TfidfVectorizer:
    return TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), sublinear_tf=True, min_df=3,
                           max_features=50000, dtype=np.float64)


def _platt(scores: np.ndarray, y: np.ndarray, weight: np.ndarray | None = None) -> tuple[float, float]:
    """(a, b) with P = 1 / (1 + exp(-(a * score + b))), fitted by (nearly unpenalised) ML."""
    lr = LogisticRegression(C=1e4, max_iter=1000).fit(scores.reshape(-1, 1), y, sample_weight=weight)
    return float(lr.coef_[0, 0]), float(lr.intercept_[0])


def _group_folds(groups: np.ndarray, k: int) -> list[tuple[np.ndarray, np.ndarray]]:
    """k folds of whole groups, assigned round-robin by sorted group name (deterministic)."""
    names = np.array(sorted(set(groups.tolist())), dtype=object)
    if len(names) < 2:
        return []
    k = min(k, len(names))
    fold_of = {g: i % k for i, g in enumerate(names)}
    f = np.array([fold_of[g] for g in groups])
    return [(np.flatnonzero(f != i), np.flatnonzero(f == i)) for i in range(k)]


# parameters added after model files were shipped, with the value those files were fitted with
_ADDED_PARAMS = {"word_weight": 1.0, "role_priors": True, "min_df": 2}


class ThemeScorer(BaseEstimator):
    """Calibrated P(code affirmed in turn) for every code (see the module docstring).

    Parameters
    ----------
    C : float
        Inverse L2 regularisation of each code's logistic regression.
    min_positives : int
        Codes with fewer reference positives get no model (rules only, see above).
    inner_folds : int
        Transcript-grouped folds for the out-of-fold scores the calibration is fitted on.
    context_weight : float
        Scale of the previous turn's words relative to the turn's own.
    role_weight : float
        Scale of the per-role copies of the turn's words.
    rule_weight : float
        Scale of the rule-hit features.
    class_weight : "balanced" or None
        Weights of the logistic regressions (the calibration undoes their shift).
    embedding : None or str
        A packaged sentence-embedding model (see :mod:`qualalliance.learn.embedding`)
        whose embedding of the turn is added to the features.
    embedding_weight : float
        Scale of the (unit-length) embedding.
    char_ngrams : bool
        Add character 2-5 grams of the turn.
    context_embedding : bool
        Add the previous turn's embedding too (scaled by ``context_weight``).
    next_weight : float
        Scale of the next turn's words (0: not used).  How the other speaker takes a
        turn up ("so you want to stop") tells what the turn meant.
    word_weight : float
        Scale of the turn's own words (their per-role copies have ``role_weight``).
    role_priors : bool
        Add indicators of the speaker's and the previous speaker's role.
    min_df : int
        A word or word pair is a feature only if it occurs in at least this many
        training turns.
    prior : None or ThemeScorer
        A fitted scorer to adapt (``code --adapt``): its decision value for each code
        becomes a feature, and codes this fit cannot learn (too few positives in the
        new data) keep the prior's probabilities.
    prior_weight : float
        Scale of the prior's decision values.
    refit_min_positives : int
        With a prior: codes with fewer positives in the new data than this are only
        recalibrated (Platt scaling of the prior's score on the new data, ``recalibrated_``);
        a new model from a few hundred turns ranks worse than the prior does.
    min_role_positives : int
        A code's model judges only the speaker roles it saw at least this many
        positives of; for other roles the code is not judged (NaN: the rules decide).  Counselling clients rarely speak of the
        bond, so a model fitted there has no business vetoing a participant's "I felt
        heard" in another kind of therapy.
    """

    def __init__(self, C: float = 4.0, min_positives: int = 8, inner_folds: int = 4, context_weight: float = 0.5,
                 role_weight: float = 0.7, rule_weight: float = 1.0, class_weight="balanced", embedding=None,
                 embedding_weight: float = 1.0, char_ngrams: bool = True, context_embedding: bool = False,
                 prior=None, prior_weight: float = 1.0, min_role_positives: int = 20,
                 refit_min_positives: int = 200, next_weight: float = 0.0, word_weight: float = 1.0,
                 role_priors: bool = True, min_df: int = 2):
        self.C = C
        self.min_positives = min_positives
        self.inner_folds = inner_folds
        self.context_weight = context_weight
        self.role_weight = role_weight
        self.rule_weight = rule_weight
        self.class_weight = class_weight
        self.embedding = embedding
        self.embedding_weight = embedding_weight
        self.char_ngrams = char_ngrams
        self.context_embedding = context_embedding
        self.prior = prior
        self.prior_weight = prior_weight
        self.min_role_positives = min_role_positives
        self.refit_min_positives = refit_min_positives
        self.next_weight = next_weight
        self.word_weight = word_weight
        self.role_priors = role_priors
        self.min_df = min_df

    def __setstate__(self, state):
        # a model file saved before a parameter existed loads with that parameter's default, which is
        # how it was fitted (features, get_params for --adapt and the model's metadata all read it)
        super().__setstate__({**_ADDED_PARAMS, **state})

    # -- features --------------------------------------------------------------------
    def _fit_features(self, X: pd.DataFrame) -> None:
        min_df = self.min_df
        self.words_ = _words(min_df).fit(X["text"])
        self.chars_ = _chars().fit(X["text"]) if self.char_ngrams else None
        self.prev_words_ = _words(min_df).fit(X["prev_text"].where(X["prev_text"] != "", "_"))
        self.next_words_ = _words(min_df).fit(X["next_text"].where(X["next_text"] != "", "_")) if self.next_weight else None
        self.hit_columns_ = [c for c in X.columns if c.startswith("hit:")]

    def features(self, X: pd.DataFrame):
        words = self.words_.transform(X["text"])
        blocks = [words * self.word_weight]
        if self.chars_ is not None:
            blocks.append(self.chars_.transform(X["text"]))
        role = X["role"].to_numpy()
        for value in ROLE_VALUES[:2]:
            mask = sp.diags((role == value).astype(np.float64) * self.role_weight)
            blocks.append(mask @ words)
        blocks.append(self.prev_words_.transform(X["prev_text"]) * self.context_weight)
        if getattr(self, "next_words_", None) is not None:
            blocks.append(self.next_words_.transform(X["next_text"]) * self.next_weight)
        hits = np.minimum(X[self.hit_columns_].to_numpy(dtype=np.float64), 2.0) * self.rule_weight
        if self.role_priors:
            dense = [(role == v) for v in ROLE_VALUES] + [(X["prev_role"].to_numpy() == v) for v in ROLE_VALUES]
            hits = np.column_stack([np.column_stack(dense).astype(np.float64), hits])
        blocks.append(sp.csr_matrix(hits))
        if self.embedding:
            from ..learn.embedding import embed_texts

            # "embed_text" lets a sentence be scored with its whole turn's embedding (cached)
            source = X["embed_text"] if "embed_text" in X else X["text"]
            blocks.append(sp.csr_matrix(embed_texts(source.tolist(), self.embedding) * self.embedding_weight))
            if self.context_embedding:
                prev = embed_texts(X["prev_text"].tolist(), self.embedding)
                blocks.append(sp.csr_matrix(prev * self.embedding_weight * self.context_weight))
        if self.prior is not None and self.prior.models_:
            prior = self.prior.decision_scores(X).to_numpy(dtype=np.float64)
            blocks.append(sp.csr_matrix(prior * self.prior_weight))
        return sp.hstack(blocks, format="csr")

    # -- learning --------------------------------------------------------------------
    def _model(self):
        # liblinear: fast on sparse binary problems, and deterministic with a fixed seed
        return LogisticRegression(C=self.C, class_weight=self.class_weight, solver="liblinear", max_iter=2000,
                                  random_state=0)

    def fit(self, X: pd.DataFrame, Y: pd.DataFrame, groups=None, Y_negated: pd.DataFrame | None = None,
            sample_weight=None):
        """Learn from turns *X* (:func:`turn_table`) and their affirmed codes *Y* (0/1 per
        code); *Y_negated* (denied or opposite pole, 0/1 per code) estimates how often
        the rules' negated codings are right (``negated_precision_``).  *sample_weight*
        (one per row) weights the regressions and their calibration, e.g. to give a
        reference coder's own turns more say than other coders' turns."""
        groups = np.asarray(X["doc_id"] if groups is None else groups, dtype=object)
        w = np.ones(len(X)) if sample_weight is None else np.asarray(sample_weight, dtype=np.float64)
        if w.shape != (len(X),) or not np.all(np.isfinite(w)) or (w <= 0).any():
            raise ValueError("sample_weight must hold one positive, finite weight per row of X")
        self.codes_ = [str(c) for c in Y.columns]
        self._fit_features(X)
        Z = self.features(X)
        folds = _group_folds(groups, self.inner_folds)
        self.models_, self.calibration_, self.rule_precision_, self.negated_precision_ = {}, {}, {}, {}
        self.recalibrated_ = {}
        prior_scores = self.prior.decision_scores(X) if self.prior is not None and self.prior.models_ else None
        self.n_positives_, self.role_positives_ = {}, {}
        for code in self.codes_:
            y = Y[code].to_numpy(dtype=np.int64)
            self.n_positives_[code] = int(y.sum())
            self.role_positives_[code] = {r: int(y[X["role"].to_numpy() == r].sum()) for r in ROLE_VALUES}
            fired = X[f"hit:{code}:affirmed"].to_numpy() > 0 if f"hit:{code}:affirmed" in X else np.zeros(len(y), bool)
            self.rule_precision_[code] = float((y[fired].sum() + 1) / (fired.sum() + 2))
            if Y_negated is not None and code in Y_negated:
                neg = np.zeros(len(y), bool)
                for kind in ("denied", "opposite"):
                    if f"hit:{code}:{kind}" in X:
                        neg |= X[f"hit:{code}:{kind}"].to_numpy() > 0
                yn = Y_negated[code].to_numpy(dtype=np.int64)
                # smoothed towards the prior's precision when adapting (two pseudo-examples), so
                # a few study turns without a denied mention of the code do not reset it to 0.5
                p0 = getattr(self.prior, "negated_precision_", {}).get(code, 0.5) if self.prior is not None else 0.5
                self.negated_precision_[code] = float((yn[neg].sum() + 2 * p0) / (neg.sum() + 2))
            if y.sum() < self.min_positives or (len(y) - y.sum()) < self.min_positives or not folds:
                continue
            if prior_scores is not None and code in prior_scores and y.sum() < self.refit_min_positives:
                # a few study examples: recalibrate the prior's score for this code, no new model
                self.recalibrated_[code] = _platt(prior_scores[code].to_numpy(), y, w)
                continue
            oof = np.zeros(len(y))
            for tr, te in folds:
                if y[tr].min() == y[tr].max():
                    oof[te] = 0.0
                    continue
                oof[te] = self._model().fit(Z[tr], y[tr], sample_weight=w[tr]).decision_function(Z[te])
            self.models_[code] = self._model().fit(Z, y, sample_weight=w)
            self.calibration_[code] = _platt(oof, y, w)
        self.n_features_in_ = Z.shape[1]
        return self

    def decision_scores(self, X: pd.DataFrame) -> pd.DataFrame:
        """Uncalibrated decision values per modelled code (the prior's for codes only it models)."""
        Z = self.features(X)
        out = pd.DataFrame({c: m.decision_function(Z) for c, m in self.models_.items()}, index=X.index)
        if self.prior is not None:
            extra = [c for c in self.prior.models_ if c not in out.columns]
            if extra:
                prior = self.prior.decision_scores(X)
                out = pd.concat([out, prior[extra]], axis=1)
        return out

    def predict_proba(self, X: pd.DataFrame) -> pd.DataFrame:
        """P(code affirmed) per row and code; NaN where the code (or the row's speaker role
        for that code) is not judged by a model: the rules decide there."""
        out = pd.DataFrame(index=X.index)
        scores = self.decision_scores(X) if self.models_ else pd.DataFrame(index=X.index)
        prior = self.prior.predict_proba(X) if self.prior is not None else None
        role = X["role"].to_numpy()
        recalibrated = getattr(self, "recalibrated_", {})
        prior_scores = self.prior.decision_scores(X) if recalibrated else None
        for code in self.codes_:
            if code in recalibrated:
                a, b = recalibrated[code]
                p = expit(a * prior_scores[code].to_numpy() + b)  # 1 / (1 + exp(-z)), without overflow warnings
                out[code] = np.where(np.isnan(prior[code].to_numpy()), np.nan, p)  # where the prior does not judge
            elif code in self.models_:
                a, b = self.calibration_[code]
                p = expit(a * scores[code].to_numpy() + b)
                seen = getattr(self, "role_positives_", {}).get(code)
                if seen is not None:
                    thin = np.isin(role, [r for r, n in seen.items() if n < self.min_role_positives])
                    # a role this fit saw too few examples of: the prior's judgement (if any)
                    fallback = prior[code].to_numpy() if prior is not None and code in prior.columns else np.nan
                    p = np.where(thin, fallback, p)
                out[code] = p
            elif prior is not None and code in prior.columns:
                out[code] = prior[code].to_numpy()
            else:
                out[code] = np.nan
        return out
