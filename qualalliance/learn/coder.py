"""Train, apply and query a learned coder (the library behind ``qualalliance coder``)."""

from __future__ import annotations

import platform

import numpy as np
import pandas as pd

from .. import __version__
from ..errors import InputError
from ..log import get_logger
from ..schema import CODING_COLUMNS
from .data import TrainingData, context_table
from .estimators import ContextCoder, TextBaseline, labelled_mask
from .model import ABSENT, PRESENT, CoderModel

log = get_logger(__name__)

ESTIMATORS = {"context": ContextCoder, "baseline": TextBaseline}


def make_estimator(kind: str = "context", embedding: str | None = None, **params):
    if kind not in ESTIMATORS:
        raise InputError(f"unknown estimator {kind!r}; choose one of {', '.join(ESTIMATORS)}")
    if kind == "context":
        return ContextCoder(embedding=embedding, **params)
    if embedding:
        raise InputError("--embedding only works with the context estimator")
    return TextBaseline(**params)


def versions() -> dict[str, str]:
    import numpy
    import scipy
    import skops
    import sklearn

    return {"qualalliance": __version__, "scikit-learn": sklearn.__version__, "skops": skops.__version__,
            "numpy": numpy.__version__, "scipy": scipy.__version__, "pandas": pd.__version__,
            "python": platform.python_version()}


def train_coder(data: TrainingData, name: str = "coder", estimator: str = "context", embedding=None,
                threshold: float = 0.5, text_col="text", group_col="doc_id", role_col="role", turn_col="turn",
                cv_folds: int = 0, **params) -> CoderModel:
    """Fit one estimator per target of *data*; metrics on the training data go in metadata.

    With ``cv_folds >= 2`` grouped cross-validation metrics (see :func:`.evaluate.evaluate`)
    are stored too: the honest estimate, at the price of fitting ``cv_folds`` more times.
    """
    from .evaluate import evaluate, metric_summary

    estimators, metrics = {}, {}
    groups = data.context["ctx_group"].to_numpy()
    for key, y in data.targets.items():
        est = make_estimator(estimator, embedding, **params)
        est.fit(data.context, y, groups=groups)
        estimators[key] = est
        lab = labelled_mask(y)
        pred = est.predict(data.context)[lab]
        metrics[key] = {"train": metric_summary(y[lab], pred)}
    model = CoderModel(name, data.kind, estimators, data.roles, text_col=text_col, group_col=group_col,
                       role_col=role_col, turn_col=turn_col, label_col=data.label_col, threshold=threshold)
    if cv_folds and cv_folds >= 2:
        res = evaluate(data, n_splits=cv_folds, estimator=estimator, embedding=embedding, **params)
        for key, summ in res.summaries.items():
            metrics[key]["cv"] = summ
    model.metadata = {
        "name": name,
        "kind": data.kind,
        "estimator": estimator,
        "params": {"embedding": embedding, "threshold": threshold, **params},
        "label_col": data.label_col,
        "labels": model.labels,
        "roles": data.roles,
        "columns": {"text": text_col, "group": group_col, "role": role_col, "turn": turn_col},
        "training_data_sha256": data.data_hash(),
        "n_segments": int(len(data.context)),
        "n_labelled": {k: int(labelled_mask(y).sum()) for k, y in data.targets.items()},
        "label_counts": {k: _counts(y) for k, y in data.targets.items()},
        "n_documents": int(data.context["ctx_group"].nunique()),
        "metrics": metrics,
        "versions": versions(),
    }
    return model


def _counts(y) -> dict[str, int]:
    lab = labelled_mask(y)
    vals, cnt = np.unique(np.asarray(y[lab], dtype=str), return_counts=True)
    return {str(v): int(c) for v, c in zip(vals, cnt)}


def _segment_context(model: CoderModel, segments: pd.DataFrame, path=None) -> pd.DataFrame:
    return context_table(segments, model.text_col, model.group_col, model.role_col, model.turn_col, path)


def probabilities(model: CoderModel, segments: pd.DataFrame, path=None):
    """(context table, {key: (probabilities, classes, applies-mask)}) for *segments*."""
    ctx = _segment_context(model, segments, path)
    out = {}
    for key, est in model.estimators.items():
        applies = ctx["ctx_role"].isin(model.roles.get(key, [])).to_numpy()
        P = est.predict_proba(ctx) if applies.any() else np.zeros((len(ctx), len(est.classes_)))
        out[key] = (P, np.asarray(est.classes_, dtype=object), applies)
    return ctx, out


def _offsets(ctx: pd.DataFrame):
    text = ctx["ctx_text"].astype(str)
    start = pd.to_numeric(ctx["start_char"], errors="coerce") if "start_char" in ctx else None
    end = pd.to_numeric(ctx["end_char"], errors="coerce") if "end_char" in ctx else None
    if start is None or start.isna().any():
        start = pd.Series(0, index=ctx.index)
    if end is None or end.isna().any():
        end = start + text.str.len()
    return start.astype("int64").to_numpy(), end.astype("int64").to_numpy()


def predict_codings(model: CoderModel, segments: pd.DataFrame, path=None) -> pd.DataFrame:
    """A ``codings`` table: one row per segment the model applies to (per code if multi-label).

    Single-label: ``code`` is the most probable label, ``confidence`` its calibrated
    probability.  Multi-label: a row for each code with P(present) >= threshold.
    Offsets and text are the whole segment's; ``method=model``, ``coder=<model name>``.
    """
    ctx, probs = probabilities(model, segments, path)
    if len(ctx) and not any(applies.any() for _, _, applies in probs.values()):
        roles = sorted({r for rs in model.roles.values() for r in rs})
        log.warning(f"model {model.name!r} codes {', '.join(roles)} turns; none of the {len(ctx)} segments "
                    f"has that {model.role_col!r}")
    start, end = _offsets(ctx)
    rows = []
    for key, (P, classes, applies) in probs.items():
        if model.kind == "single":
            best = P.argmax(axis=1)
            idx = np.flatnonzero(applies)
            codes, conf = classes[best[idx]], P[idx, best[idx]]
        else:
            p_present = P[:, list(classes).index(PRESENT)] if PRESENT in classes else np.zeros(len(P))
            idx = np.flatnonzero(applies & (p_present >= model.threshold))
            codes, conf = np.full(len(idx), key, dtype=object), p_present[idx]
        rows.append(pd.DataFrame({
            "doc_id": ctx["ctx_group"].to_numpy()[idx].astype(str),
            "turn": ctx["ctx_turn"].to_numpy()[idx].astype("int64"),
            "code": codes.astype(str),
            "start_char": start[idx], "end_char": end[idx],
            "text": ctx["ctx_text"].to_numpy()[idx].astype(str),
            "negated": False, "method": "model", "coder": model.name,
            "confidence": np.round(conf.astype(float), 6),
        }))
    out = pd.concat(rows, ignore_index=True) if rows else pd.DataFrame(columns=CODING_COLUMNS)
    out = out[CODING_COLUMNS].sort_values(["doc_id", "turn", "code"], kind="mergesort").reset_index(drop=True)
    out["negated"] = out["negated"].astype(bool)
    return out


def suggest_segments(model: CoderModel, segments: pd.DataFrame, n: int = 50, by: str = "margin",
                     path=None) -> pd.DataFrame:
    """The *n* segments the model is least sure about, to hand-code next.

    ``margin``: gap between the two most probable labels (small = unsure);
    ``entropy``: entropy of the predicted distribution (large = unsure).  For
    multi-label models the least certain code of a segment counts.  Segments that
    already carry a label in the model's label column are skipped.
    """
    if by not in ("margin", "entropy"):
        raise InputError(f"--by must be margin or entropy, not {by!r}")
    ctx, probs = probabilities(model, segments, path)
    n_rows = len(ctx)
    margin = np.full(n_rows, np.inf)
    entropy = np.full(n_rows, -np.inf)
    guess = np.full(n_rows, "", dtype=object)
    conf = np.full(n_rows, np.nan)
    applies_any = np.zeros(n_rows, dtype=bool)
    for key, (P, classes, applies) in probs.items():
        srt = np.sort(P, axis=1)
        m = srt[:, -1] - srt[:, -2]
        h = -(P * np.log(np.clip(P, 1e-12, 1.0))).sum(axis=1)
        # per row keep the least certain estimator
        better = applies & ((m < margin) if by == "margin" else (h > entropy))
        margin = np.where(better, m, margin)
        entropy = np.where(better, h, entropy)
        label = classes[P.argmax(axis=1)] if model.kind == "single" else np.array(
            [f"{key}={c}" for c in classes[P.argmax(axis=1)]], dtype=object)
        guess = np.where(better, label, guess)
        conf = np.where(better, P.max(axis=1), conf)
        applies_any |= applies
    keep = applies_any
    if model.label_col and model.label_col in ctx.columns:
        keep &= ~labelled_mask(ctx[model.label_col].astype("object").to_numpy())
    out = pd.DataFrame({
        "doc_id": ctx["ctx_group"].astype(str), "turn": ctx["ctx_turn"].astype("int64"),
        "role": ctx["ctx_role"].astype(str), "text": ctx["ctx_text"].astype(str),
        "predicted": guess, "confidence": np.round(conf, 6), "margin": np.round(margin, 6),
        "entropy": np.round(entropy, 6),
    })[keep]
    asc = by == "margin"
    out = out.sort_values([by, "doc_id", "turn"], ascending=[asc, True, True], kind="mergesort")
    out = out.head(max(int(n), 0)).reset_index(drop=True)
    out.insert(0, "rank", np.arange(1, len(out) + 1))
    return out
