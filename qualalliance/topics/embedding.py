"""Unit embeddings: an offline TF-IDF + SVD pipeline by default, or a local sentence-transformer.

Default (``embedding=None``): lemma TF-IDF -> truncated SVD -> L2 normalisation, a
scikit-learn pipeline that BERTopic uses as its embedding backend (it embeds the
guided seed terms with the same fitted pipeline).  Nothing is downloaded.

* TF-IDF uses raw term counts (not sublinear): words a conversation keeps coming
  back to ("drink" 40 times) are what it is about; damping them lets incidental
  rare words (names, places) dominate.  On the AnnoMI dev sessions raw counts gave
  ARI 0.58 where sublinear counts gave 0.22 (0.74 with the 30-term cut below; see
  docs/topics.md).
* Terms must occur in at least 2 units and at most half of them (tiny inputs of
  under 10 units keep every term).
* Each unit keeps only its 30 highest-weighted terms (long sessions mention
  hundreds of incidental words; short units are unaffected).
* SVD keeps ``min(100, n_units - 1, n_terms - 1)`` dimensions, seeded.

``embedding=NAME`` loads an installed sentence-transformers model from local files
only (a folder path or a model already in the Hugging Face cache): hub access is
switched off for the duration of the call, and a missing model is a ``ModelError``.
"""

from __future__ import annotations

import contextlib
import os

import numpy as np
from sklearn.base import BaseEstimator, TransformerMixin

from ..errors import InputError, ModelError
from .text import LemmaAnalyzer

DEFAULT_SVD_DIMS = 100
DEFAULT_TOP_TERMS = 30
SMALL_CORPUS_UNITS = 10  # below this, keep every term (min_df=1, max_df=1.0)


def tfidf_svd_pipeline(n_units: int, seed: int = 0, n_components: int = DEFAULT_SVD_DIMS,
                       min_df: int | None = None, max_df: float | None = None):
    """An unfitted TF-IDF -> SVD -> normaliser pipeline sized for *n_units* units."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.pipeline import Pipeline
    from sklearn.preprocessing import Normalizer

    small = n_units < SMALL_CORPUS_UNITS
    vectorizer = TfidfVectorizer(analyzer=LemmaAnalyzer(), sublinear_tf=False,
                                 min_df=(1 if small else 2) if min_df is None else min_df,
                                 max_df=(1.0 if small else 0.5) if max_df is None else max_df)
    return Pipeline([("tfidf", vectorizer), ("top", TopTermsPerUnit(DEFAULT_TOP_TERMS)),
                     ("svd", _CappedSVD(n_components, seed)), ("norm", Normalizer())])


class TopTermsPerUnit(TransformerMixin, BaseEstimator):
    """Keep each unit's ``n_terms`` highest TF-IDF weights and zero the rest.

    A long session mentions hundreds of incidental words once or twice; its 30 most
    characteristic terms say what it is about.  Units with fewer distinct terms (turns,
    windows) are unchanged.  Ties at the cut-off are all kept, so the result does not
    depend on term order.
    """

    def __init__(self, n_terms: int = 30):
        self.n_terms = n_terms

    def fit(self, X, y=None):
        self.n_features_in_ = X.shape[1]
        return self

    def transform(self, X):
        import scipy.sparse as sp

        X = sp.csr_matrix(X, dtype=np.float64, copy=True)
        n = int(self.n_terms)
        if n <= 0:
            return X
        for i in range(X.shape[0]):
            row = X.data[X.indptr[i]:X.indptr[i + 1]]  # a view: edits change X
            if len(row) > n:
                row[row < np.partition(row, -n)[-n]] = 0.0
        X.eliminate_zeros()
        return X


class _CappedSVD(TransformerMixin, BaseEstimator):
    """TruncatedSVD whose size is capped by the data (and skipped when it would be < 2)."""

    def __init__(self, n_components: int = DEFAULT_SVD_DIMS, random_state: int = 0):
        self.n_components = n_components
        self.random_state = random_state

    def fit(self, X, y=None):
        self.fit_transform(X)
        return self

    def fit_transform(self, X, y=None):
        from sklearn.decomposition import TruncatedSVD

        k = min(int(self.n_components), X.shape[0] - 1, X.shape[1] - 1)
        if k < 2:
            self.svd_ = None
            self.n_components_ = X.shape[1]
            return X.toarray() if hasattr(X, "toarray") else np.asarray(X)
        self.svd_ = TruncatedSVD(k, algorithm="randomized", n_iter=7, random_state=self.random_state)
        self.n_components_ = k
        return self.svd_.fit_transform(X)

    def transform(self, X):
        if self.svd_ is None:
            return X.toarray() if hasattr(X, "toarray") else np.asarray(X)
        return self.svd_.transform(X)

    def __sklearn_is_fitted__(self):
        return hasattr(self, "svd_")


def fit_default_embedding(texts: list[str], seed: int = 0, n_components: int = DEFAULT_SVD_DIMS):
    """Fit the TF-IDF + SVD pipeline on *texts*; returns ``(pipeline, embeddings)``.

    When pruning leaves no terms (a few tiny units) it refits keeping every term; when
    there are still none, the input has no content words and an InputError is raised.
    """
    pipe = tfidf_svd_pipeline(len(texts), seed, n_components)
    try:
        emb = pipe.fit_transform(texts)
    except ValueError as exc:
        if "no terms remain" not in str(exc) and "empty vocabulary" not in str(exc):
            raise
        pipe = tfidf_svd_pipeline(len(texts), seed, n_components, min_df=1, max_df=1.0)
        try:
            emb = pipe.fit_transform(texts)
        except ValueError:
            raise InputError("no content words to find topics in (only stop words and fillers)") from None
    return pipe, np.asarray(emb, dtype=np.float64)


@contextlib.contextmanager
def hub_offline():
    """Switch Hugging Face hub access off for the duration of a model load.

    Sets the offline environment variables and, because huggingface_hub reads them at
    import, its ``constants.HF_HUB_OFFLINE`` flag; everything is restored afterwards.
    """
    names = ("HF_HUB_OFFLINE", "TRANSFORMERS_OFFLINE", "HF_DATASETS_OFFLINE")
    saved_env = {name: os.environ.get(name) for name in names}
    constants = None
    saved_flag = None
    try:
        for name in names:
            os.environ[name] = "1"
        try:
            from huggingface_hub import constants
        except ImportError:
            constants = None
        if constants is not None:
            saved_flag = constants.HF_HUB_OFFLINE
            constants.HF_HUB_OFFLINE = True
        yield
    finally:
        for name, value in saved_env.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value
        if constants is not None:
            constants.HF_HUB_OFFLINE = saved_flag


def load_sentence_transformer(name: str):
    """Load an installed sentence-transformers model from local files only."""
    try:
        with hub_offline():
            from sentence_transformers import SentenceTransformer
    except ImportError as exc:
        raise ModelError(f"--embedding {name!r} needs the sentence-transformers package "
                         f"({type(exc).__name__}: {exc})") from None
    try:
        with hub_offline():
            return SentenceTransformer(name, device="cpu", local_files_only=True)
    except Exception as exc:  # OSError, ValueError, HF errors ...: all mean "not available here"
        if os.path.isdir(name):  # a folder that is there but not a usable model: say why
            detail = " ".join(str(exc).split())[:200]
            raise ModelError(f"cannot load the sentence-transformers model in {name!r}: "
                             f"{type(exc).__name__}: {detail}") from None
        raise ModelError(
            f"embedding model {name!r} is not installed locally (qualalliance never downloads "
            "models): give a local model folder or a model already in the Hugging Face cache, "
            "or leave --embedding unset for the offline TF-IDF embedding"
        ) from None


def encode_sentence_transformer(model, texts: list[str]) -> np.ndarray:
    with hub_offline():
        emb = model.encode(list(texts), batch_size=32, show_progress_bar=False,
                           convert_to_numpy=True, normalize_embeddings=True)
    return np.asarray(emb, dtype=np.float64)
