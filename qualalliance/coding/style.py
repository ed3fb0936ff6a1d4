"""Does a study's talk resemble the talk the second stage learnt from?

The shipped second stage learnt from MI counselling (AnnoMI's spoken role-plays and
MIBot's typed chats).  On talk of another style its probabilities fall, so at the
in-style threshold it gives up recall while its precision holds (docs/coding.md,
"Cross-corpus check": trained on AnnoMI and scoring MIBot, 0.75 / 0.41 at 0.6 and
0.71 / 0.50 at 0.5; the reverse 0.59 / 0.32 and 0.55 / 0.37).  ``min_confidence:
auto`` therefore codes at :data:`IN_STYLE_CONFIDENCE` where the study's talk is like the
training talk and at :data:`NEW_STYLE_CONFIDENCE` where it is not.

"Like the training talk" is measured twice, each against what the training talk itself
gives a study the model did not see:

* **similarity**: the median, over the study's turns, of a turn's highest cosine
  similarity to the centroids of the training turns' sentence embeddings (k-means);
* **coverage**: the share of the study's words that are in the second stage's word
  vocabulary.

:func:`fit_style_profile` measures both on held-out transcripts (grouped folds) and how
far a random study of ``study_documents`` in-style transcripts falls below them (the 1st
percentile over ``draws`` draws: the *margin*).  A study is a new style when either
figure falls below its reference by more than its margin: less like the training talk
than 99 in 100 small studies of that talk.  The profile is stored in the model
file (the centroids as one array; the reference figures also in its JSON metadata), so a
model built before it existed simply has none, and ``auto`` then keeps the in-style
threshold.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np

AUTO = "auto"
# the default threshold where the model knows the style (chosen on theme-gold's grouped CV)
IN_STYLE_CONFIDENCE = 0.6
# ... and where it does not (chosen on the cross-corpus proxy, theme-train only)
NEW_STYLE_CONFIDENCE = 0.5
# a check reads at most this many turns (a fixed, evenly spaced sample): enough for a
# median and a share, and it bounds the embedding work on a large study
MAX_CHECK_TURNS = 3000


@dataclass(frozen=True)
class StyleProfile:
    """The training talk's sentence-embedding centroids and the reference figures."""

    centroids: np.ndarray  # k x d, unit rows
    similarity: float
    coverage: float
    similarity_margin: float
    coverage_margin: float
    study_documents: int

    def summary(self) -> dict:
        """The reference figures (JSON), without the centroids."""
        return {"centroids": int(len(self.centroids)), "similarity": round(self.similarity, 4),
                "coverage": round(self.coverage, 4), "similarity_margin": round(self.similarity_margin, 4),
                "coverage_margin": round(self.coverage_margin, 4), "study_documents": self.study_documents}

    def to_dict(self) -> dict:
        """Plain data for the model file: the centroids as one float64 array."""
        return {"centroids": np.asarray(self.centroids, dtype=np.float64), "similarity": float(self.similarity),
                "coverage": float(self.coverage), "similarity_margin": float(self.similarity_margin),
                "coverage_margin": float(self.coverage_margin), "study_documents": int(self.study_documents)}

    @classmethod
    def from_dict(cls, d: dict) -> "StyleProfile":
        return cls(np.asarray(d["centroids"], dtype=np.float64), float(d["similarity"]), float(d["coverage"]),
                   float(d["similarity_margin"]), float(d["coverage_margin"]), int(d["study_documents"]))


@dataclass(frozen=True)
class StyleCheck:
    """How like the training talk a study is, and the threshold ``auto`` chose."""

    similarity: float
    coverage: float
    new_style: bool
    min_confidence: float
    reason: str
    profile: StyleProfile | None = None

    def record(self) -> dict:
        out = {"min_confidence": self.min_confidence, "new_style": self.new_style, "reason": self.reason}
        if self.profile is not None:
            p = self.profile
            out.update({"similarity": round(self.similarity, 4), "similarity_reference": round(p.similarity, 4),
                        "similarity_margin": round(p.similarity_margin, 4), "coverage": round(self.coverage, 4),
                        "coverage_reference": round(p.coverage, 4), "coverage_margin": round(p.coverage_margin, 4)})
        return out


def _unit(E: np.ndarray) -> np.ndarray:
    return E / np.maximum(np.linalg.norm(E, axis=1, keepdims=True), 1e-12)


def _centroids(E: np.ndarray, k: int, seed: int) -> np.ndarray:
    from sklearn.cluster import KMeans

    k = max(1, min(k, len(E)))
    km = KMeans(n_clusters=k, n_init=3, random_state=seed).fit(E)
    return _unit(km.cluster_centers_).astype(np.float64)


def _similarity(E: np.ndarray, centroids: np.ndarray) -> float:
    return float(np.median((E @ centroids.T).max(axis=1))) if len(E) else float("nan")


def _tokens(texts) -> list[list[str]]:
    from .scorer import WORD_TOKEN_PATTERN

    pattern = re.compile(WORD_TOKEN_PATTERN)
    return [pattern.findall(str(t).lower()) for t in texts]


def _coverage(tokens: list[list[str]], vocabulary) -> float:
    words = [w for turn in tokens for w in turn]
    return float(np.mean([w in vocabulary for w in words])) if words else float("nan")


def fit_style_profile(texts, doc_ids, embedding: str, min_df: int = 2, k: int = 32, folds: int = 4,
                      study_documents: int = 5, draws: int = 40, seed: int = 0) -> StyleProfile | None:
    """The training talk's profile: centroids of all *texts*, reference figures from
    transcript-grouped folds (*doc_ids* group the turns); ``None`` with fewer than two
    transcripts (nothing to hold out)."""
    from ..learn.embedding import embed_texts
    from .scorer import _group_folds, _words

    texts = [str(t) for t in texts]
    groups = np.asarray([str(d) for d in doc_ids])
    E = _unit(embed_texts(texts, embedding))
    tokens = _tokens(texts)
    rng = np.random.default_rng(seed)
    sims, covs, sim_dev, cov_dev = [], [], [], []
    split = _group_folds(groups, folds)
    if not split:
        return None
    for train, test in split:
        C = _centroids(E[train], k, seed)
        vocab = _words(min_df).fit([texts[i] for i in train]).vocabulary_
        sims.append(_similarity(E[test], C))
        covs.append(_coverage([tokens[i] for i in test], vocab))
        held = np.unique(groups[test])
        for _ in range(draws):  # small in-style studies: how far below the fold's figure they fall
            pick = np.isin(groups[test], rng.choice(held, min(study_documents, len(held)), replace=False))
            idx = test[pick]
            sim_dev.append(_similarity(E[idx], C) - sims[-1])
            cov_dev.append(_coverage([tokens[i] for i in idx], vocab) - covs[-1])
    return StyleProfile(_centroids(E, k, seed), float(np.mean(sims)), float(np.mean(covs)),
                        float(-np.percentile(sim_dev, 1)), float(-np.percentile(cov_dev, 1)), study_documents)


def check_style(profile: StyleProfile | None, texts, embedding: str | None, vocabulary) -> StyleCheck:
    """The threshold ``min_confidence: auto`` uses for a study of *texts*."""
    if profile is None or not embedding:
        return StyleCheck(float("nan"), float("nan"), False, IN_STYLE_CONFIDENCE,
                          "the model has no style profile: the in-style threshold")
    from ..learn.embedding import embed_texts

    texts = [str(t) for t in texts if str(t).strip()]
    if len(texts) > MAX_CHECK_TURNS:
        texts = [texts[i] for i in np.linspace(0, len(texts) - 1, MAX_CHECK_TURNS).astype(int)]
    if not texts:
        return StyleCheck(float("nan"), float("nan"), False, IN_STYLE_CONFIDENCE, "no text: the in-style threshold",
                          profile)
    sim = _similarity(_unit(embed_texts(texts, embedding)), profile.centroids)
    cov = _coverage(_tokens(texts), vocabulary)
    low_sim = sim < profile.similarity - profile.similarity_margin
    low_cov = cov < profile.coverage - profile.coverage_margin
    if low_sim or low_cov:
        which = " and ".join(n for n, low in (("similarity", low_sim), ("word coverage", low_cov)) if low)
        return StyleCheck(sim, cov, True, NEW_STYLE_CONFIDENCE,
                          f"the talk is unlike the model's training talk ({which} below its in-style range)", profile)
    return StyleCheck(sim, cov, False, IN_STYLE_CONFIDENCE, "the talk is like the model's training talk", profile)
