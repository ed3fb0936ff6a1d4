"""Estimators of the learned coder (scikit-learn conventions throughout).

:class:`ContextCoder` is a two-level model:

1. a linear classifier on :class:`~.features.ContextFeaturizer` features (the
   segment, its speaker, the turns before and after it): by default a one-vs-rest
   linear SVM (as accurate as logistic regression on AnnoMI under grouped CV and
   about five times faster to fit, which matters because calibration refits it on
   inner folds), or a multinomial logistic regression (``level1="logistic"``);
2. a stacking level: a second, heavily regularised logistic regression over the
   first level's *out-of-fold* probabilities of this turn **and of its neighbours**
   (two turns each way, whichever role they have), plus the dense features.  This is
   how "the previous turn was probably a question" enters without ever using a
   gold label that would not exist for a new transcript;
3. temperature scaling fitted on out-of-fold logits, so ``predict_proba`` is
   calibrated (confidence tracks accuracy) without changing the predicted label.

``fit(X, y)`` takes the whole context table (every turn of the training documents)
and a label per row where unlabelled rows hold ``None``/``""``: they are not a class,
but they are context, and the neighbour features need their predictions.

:class:`TextBaseline` is the plain TF-IDF + logistic-regression baseline on the
segment text alone, kept for honest comparisons.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
from scipy.optimize import minimize_scalar
from scipy.special import log_softmax, softmax
from sklearn.base import BaseEstimator, ClassifierMixin
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold
from sklearn.preprocessing import StandardScaler
from sklearn.svm import LinearSVC

from .features import ContextFeaturizer, numeric_features, shift_rows

NEIGHBOUR_OFFSETS = (1, 2, -1, -2)


def labelled_mask(y) -> np.ndarray:
    """True where *y* holds a label (not None/NaN/empty/'n/a')."""
    s = pd.Series(y, dtype="object")
    text = s.astype(str).str.strip().str.lower()
    return (~s.isna() & ~text.isin(["", "n/a", "na", "nan", "none", "<na>"])).to_numpy()


def _groups(X: pd.DataFrame) -> np.ndarray:
    return X["ctx_group"].astype(str).to_numpy() if "ctx_group" in X else np.zeros(len(X), dtype=object)


def _fit_temperature(logits: np.ndarray, y_idx: np.ndarray) -> float:
    """Temperature T minimising the negative log-likelihood of softmax(logits / T)."""
    if len(y_idx) == 0:
        return 1.0

    def nll(t):
        return -log_softmax(logits / t, axis=1)[np.arange(len(y_idx)), y_idx].mean()

    res = minimize_scalar(nll, bounds=(0.05, 20.0), method="bounded")
    return float(res.x)


def _macro_f1(y_idx: np.ndarray, pred: np.ndarray, k: int) -> float:
    f1 = []
    for c in range(k):
        tp = np.sum((pred == c) & (y_idx == c))
        denom = np.sum(pred == c) + np.sum(y_idx == c)
        f1.append(2 * tp / denom if denom else 0.0)
    return float(np.mean(f1))


def _macro_f1_bias(logits: np.ndarray, y_idx: np.ndarray, rounds: int = 2) -> np.ndarray:
    """Per-label logit offsets maximising macro-F1 (coordinate search on a fixed grid)."""
    k = logits.shape[1]
    bias = np.zeros(k)
    grid = np.linspace(-1.5, 1.5, 31)
    best = _macro_f1(y_idx, (logits + bias).argmax(1), k)
    for _ in range(rounds):
        for c in range(1, k):  # offsets are relative: the first label stays at 0
            for g in grid:
                trial = bias.copy()
                trial[c] = g
                score = _macro_f1(y_idx, (logits + trial).argmax(1), k)
                if score > best + 1e-9:
                    best, bias = score, trial
    return bias


def _inner_splits(groups: np.ndarray, n_splits: int):
    n_groups = len(np.unique(groups))
    k = min(n_splits, n_groups)
    if k < 2:
        return []
    return list(GroupKFold(n_splits=k).split(np.zeros(len(groups)), groups=groups))


class ContextCoder(ClassifierMixin, BaseEstimator):
    """Context-aware segment classifier with calibrated probabilities.

    Parameters
    ----------
    C : float
        Inverse regularisation of the first level (0.05 suits the SVM, chosen by
        grouped CV on AnnoMI; about 0.4 suits ``level1="logistic"``).
    level1 : "svm" or "logistic"
        First-level classifier: one-vs-rest linear SVM (its margins are the logits)
        or multinomial logistic regression (its log-probabilities are).
    stack : bool
        Add the stacking level over neighbours' out-of-fold probabilities.
    stack_C : float
        Inverse regularisation of the stacking level (small: few, strong features).
    inner_folds : int
        Grouped folds used for the out-of-fold probabilities (stacking, calibration).
    class_weight : "balanced" or None
        Balanced weights favour macro-F1 on rare codes.
    embedding : None or str
        Optional packaged sentence-embedding view (see :mod:`.embedding`).
    min_df : int
        Minimum document frequency of word n-grams.
    max_iter : int
        Iterations of the logistic-regression solvers.
    tune_bias : bool
        Add per-label offsets to the logits, chosen on the out-of-fold predictions to
        maximise macro-F1 (helps rare labels; the probabilities are calibrated after).
    """

    def __init__(self, C: float = 0.05, level1: str = "svm", stack: bool = False, stack_C: float = 0.01,
                 inner_folds: int = 3, class_weight="balanced", embedding=None, min_df: int = 2,
                 max_iter: int = 3000, tune_bias: bool = False, context_weight: float = 0.6):
        self.C = C
        self.level1 = level1
        self.context_weight = context_weight
        self.stack = stack
        self.tune_bias = tune_bias
        self.stack_C = stack_C
        self.inner_folds = inner_folds
        self.class_weight = class_weight
        self.embedding = embedding
        self.min_df = min_df
        self.max_iter = max_iter

    # -- level 1 ---------------------------------------------------------------------
    def _level1(self):
        if self.level1 == "svm":
            # fixed seed: liblinear's coordinate descent shuffles, results must be reproducible
            return LinearSVC(C=self.C, max_iter=self.max_iter, class_weight=self.class_weight, random_state=0)
        if self.level1 == "logistic":
            return LogisticRegression(C=self.C, max_iter=self.max_iter, class_weight=self.class_weight)
        raise ValueError(f"level1 must be 'svm' or 'logistic', not {self.level1!r}")

    def _stack_matrix(self, L: np.ndarray, groups: np.ndarray, dense: np.ndarray) -> np.ndarray:
        parts = [L, dense]
        for k in NEIGHBOUR_OFFSETS:
            parts.append(shift_rows(L, groups, k))
        return np.hstack(parts)

    def fit(self, X: pd.DataFrame, y, groups=None):
        y = np.asarray(pd.Series(y, dtype="object").to_numpy())
        lab = labelled_mask(y)
        if lab.sum() == 0:
            raise ValueError("no labelled rows to learn from")
        groups = np.asarray(groups, dtype=object) if groups is not None else _groups(X)
        self.classes_ = np.array(sorted({str(v) for v in y[lab]}), dtype=object)
        if len(self.classes_) < 2:
            raise ValueError(f"need at least two labels to learn from, found only {list(self.classes_)}")
        y_lab = np.array([str(v) for v in y[lab]], dtype=object)
        y_idx = np.searchsorted(self.classes_, y_lab)
        lab_idx = np.flatnonzero(lab)

        self.featurizer_ = ContextFeaturizer(min_df=self.min_df, embedding=self.embedding,
                                             context_weight=self.context_weight).fit(X.iloc[lab_idx])
        Z = self.featurizer_.transform(X)
        self.level1_ = self._level1().fit(Z[lab_idx], y_lab)

        splits = _inner_splits(groups[lab_idx], self.inner_folds)
        # out-of-fold first-level logits for labelled rows; the full model for the rest
        L = _level1_logits(self.level1_, self.classes_, Z)
        for tr, te in splits:
            m = self._level1().fit(Z[lab_idx[tr]], y_lab[tr])
            L[lab_idx[te]] = _level1_logits(m, self.classes_, Z[lab_idx[te]])

        if self.stack and splits:
            dense = numeric_features(X)
            S = self._stack_matrix(L, groups, dense)
            self.stack_scaler_ = StandardScaler().fit(S[lab_idx])
            S = self.stack_scaler_.transform(S)
            self.stacker_ = LogisticRegression(C=self.stack_C, max_iter=self.max_iter,
                                               class_weight=self.class_weight).fit(S[lab_idx], y_lab)
            oof_logits = np.zeros((len(lab_idx), len(self.classes_)))
            for tr, te in splits:
                m = LogisticRegression(C=self.stack_C, max_iter=self.max_iter,
                                       class_weight=self.class_weight).fit(S[lab_idx[tr]], y_lab[tr])
                oof_logits[te] = _align_logits(m, self.classes_, m.decision_function(S[lab_idx[te]]))
        else:
            self.stack_scaler_ = None
            self.stacker_ = None
            oof_logits = L[lab_idx]
        self.bias_ = _macro_f1_bias(oof_logits, y_idx) if (self.tune_bias and splits) else np.zeros(len(self.classes_))
        self.temperature_ = _fit_temperature(oof_logits + self.bias_, y_idx) if splits else 1.0
        self.n_features_in_ = Z.shape[1]
        return self

    def _logits(self, X: pd.DataFrame, groups=None) -> np.ndarray:
        groups = np.asarray(groups, dtype=object) if groups is not None else _groups(X)
        Z = self.featurizer_.transform(X)
        L = _level1_logits(self.level1_, self.classes_, Z)
        if self.stacker_ is None:
            return L
        S = self.stack_scaler_.transform(self._stack_matrix(L, groups, numeric_features(X)))
        return _align_logits(self.stacker_, self.classes_, self.stacker_.decision_function(S))

    def predict_proba(self, X: pd.DataFrame, groups=None) -> np.ndarray:
        """Calibrated class probabilities, columns in ``classes_`` order.

        X must hold whole documents (context rows included) as from :func:`add_context`.
        """
        return softmax((self._logits(X, groups) + self.bias_) / self.temperature_, axis=1)

    def predict(self, X: pd.DataFrame, groups=None) -> np.ndarray:
        return self.classes_[self.predict_proba(X, groups).argmax(axis=1)]


class TextBaseline(ClassifierMixin, BaseEstimator):
    """Plain TF-IDF (word 1-2 grams) + logistic regression on the segment text alone."""

    def __init__(self, C: float = 1.0, class_weight="balanced", max_iter: int = 3000):
        self.C = C
        self.class_weight = class_weight
        self.max_iter = max_iter

    def fit(self, X: pd.DataFrame, y, groups=None):
        y = np.asarray(pd.Series(y, dtype="object").to_numpy())
        lab = labelled_mask(y)
        if lab.sum() == 0:
            raise ValueError("no labelled rows to learn from")
        y_lab = np.array([str(v) for v in y[lab]], dtype=object)
        self.classes_ = np.array(sorted(set(y_lab)), dtype=object)
        if len(self.classes_) < 2:
            raise ValueError(f"need at least two labels to learn from, found only {list(self.classes_)}")
        self.vectorizer_ = TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True, dtype=np.float64)
        Z = self.vectorizer_.fit_transform(X["ctx_text"].astype(str).to_numpy()[lab])
        self.model_ = LogisticRegression(C=self.C, max_iter=self.max_iter,
                                         class_weight=self.class_weight).fit(Z, y_lab)
        self.n_features_in_ = Z.shape[1]
        return self

    def predict_proba(self, X: pd.DataFrame, groups=None) -> np.ndarray:
        P = self.model_.predict_proba(self.vectorizer_.transform(X["ctx_text"].astype(str).to_numpy()))
        return _align(self.model_, self.classes_, P)

    def predict(self, X: pd.DataFrame, groups=None) -> np.ndarray:
        return self.classes_[self.predict_proba(X, groups).argmax(axis=1)]


def _align(model, classes: np.ndarray, P: np.ndarray) -> np.ndarray:
    """Probabilities of *model* re-ordered to *classes* (a fold may miss a class)."""
    if len(model.classes_) == len(classes) and np.all(model.classes_ == classes):
        return P
    out = np.zeros((P.shape[0], len(classes)))
    for j, c in enumerate(model.classes_):
        out[:, np.searchsorted(classes, c)] = P[:, j]
    return out


def _level1_logits(model, classes: np.ndarray, Z) -> np.ndarray:
    """First-level scores as logits in *classes* order: log-probabilities of a logistic
    regression, margins of an SVM (temperature scaling turns either into probabilities)."""
    if isinstance(model, LogisticRegression):
        return np.log(np.clip(_align(model, classes, model.predict_proba(Z)), 1e-9, 1.0))
    return _align_logits(model, classes, model.decision_function(Z))


def _align_logits(model, classes: np.ndarray, D: np.ndarray) -> np.ndarray:
    """decision_function output as an (n, n_classes) logit matrix in *classes* order."""
    D = np.asarray(D, dtype=float)
    if D.ndim == 1:  # binary: sklearn returns the logit of classes_[1]
        D = np.column_stack([np.zeros_like(D), D])
    if len(model.classes_) == len(classes) and np.all(model.classes_ == classes):
        return D
    out = np.full((D.shape[0], len(classes)), -30.0)  # a class a fold never saw: very unlikely
    for j, c in enumerate(model.classes_):
        out[:, np.searchsorted(classes, c)] = D[:, j]
    return out
