"""Grouped cross-validation of a learned coder against human codes.

Folds are whole documents (:class:`sklearn.model_selection.GroupKFold`): a session is
never split between training and testing, so the figures say how well the coder
does on transcripts it has not seen -- the situation it is used in.  Each test
fold's documents are predicted whole (unlabelled turns included, as context).

Metrics (scikit-learn's implementations): per-label precision, recall, F1 and
support; macro-F1 (unweighted mean of the per-label F1); Cohen's kappa; accuracy;
the confusion matrix; and the expected calibration error of the confidence
(10 equal-width bins: sum over bins of |accuracy - mean confidence| x share of rows).
For multi-label (codings) models every code is a binary task; its row reports the
``present`` class, and macro-F1 is the mean over codes.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field

import numpy as np
import pandas as pd
from sklearn.metrics import accuracy_score, cohen_kappa_score, confusion_matrix, f1_score
from sklearn.metrics import precision_recall_fscore_support
from sklearn.model_selection import GroupKFold

from ..errors import InputError
from ..progress import progress
from .data import TrainingData
from .estimators import labelled_mask
from .model import PRESENT


@dataclass
class EvaluationResult:
    predictions: pd.DataFrame  # key, doc_id, turn, role, fold, gold, predicted, confidence
    per_label: pd.DataFrame    # key, label, precision, recall, f1, support
    summary: pd.DataFrame      # key, metric, value
    confusion: pd.DataFrame    # key, gold, predicted, n
    summaries: dict = field(default_factory=dict)  # key -> {metric: value}
    kind: str = "single"

    def text(self) -> str:
        lines = []
        for key, s in self.summaries.items():
            name = "" if key == "label" else f"{key}: "
            lines.append(f"{name}macro-F1 {s['macro_f1']:.3f}, kappa {s['kappa']:.3f}, accuracy {s['accuracy']:.3f}, "
                         f"ECE {s['ece']:.3f} ({s['n_segments']} segments, {s['n_documents']} documents, "
                         f"{s['folds']}-fold grouped CV, {s['fit_seconds']:.0f} s)")
        if self.kind == "multi" and len(self.summaries) > 1:
            mean = np.mean([s["f1_present"] for s in self.summaries.values()])
            lines.append(f"macro-F1 over {len(self.summaries)} codes: {mean:.3f}")
        return "\n".join(lines)


def expected_calibration_error(correct: np.ndarray, confidence: np.ndarray, bins: int = 10) -> float:
    correct = np.asarray(correct, dtype=float)
    confidence = np.asarray(confidence, dtype=float)
    if len(correct) == 0:
        return float("nan")
    edges = np.linspace(0.0, 1.0, bins + 1)
    which = np.clip(np.digitize(confidence, edges[1:-1], right=True), 0, bins - 1)
    ece = 0.0
    for b in range(bins):
        sel = which == b
        if sel.any():
            ece += sel.mean() * abs(correct[sel].mean() - confidence[sel].mean())
    return float(ece)


def metric_summary(gold, pred) -> dict:
    gold = np.asarray(gold, dtype=str)
    pred = np.asarray(pred, dtype=str)
    labels = sorted(set(gold))
    return {
        "macro_f1": float(f1_score(gold, pred, labels=labels, average="macro", zero_division=0)),
        "kappa": float(cohen_kappa_score(gold, pred)) if len(set(gold) | set(pred)) > 1 else float("nan"),
        "accuracy": float(accuracy_score(gold, pred)),
        "n_segments": int(len(gold)),
    }


def fold_of_documents(groups: np.ndarray, lab: np.ndarray, n_splits: int) -> dict[str, int]:
    """Document -> fold, balancing labelled segments (GroupKFold over labelled rows)."""
    docs = groups[lab]
    n_docs = len(np.unique(docs))
    if n_docs < 2:
        raise InputError(f"grouped cross-validation needs labels in at least 2 documents, found {n_docs}")
    k = min(n_splits, n_docs)
    folds = {}
    for f, (_, te) in enumerate(GroupKFold(n_splits=k).split(np.zeros(len(docs)), groups=docs)):
        for d in np.unique(docs[te]):
            folds[str(d)] = f
    return folds


def evaluate(data: TrainingData, n_splits: int = 5, estimator: str = "context", embedding=None,
             **params) -> EvaluationResult:
    """Grouped k-fold cross-validation of every target in *data*."""
    from .coder import make_estimator

    ctx = data.context
    groups = ctx["ctx_group"].astype(str).to_numpy()
    preds, per_label, summary, confusion, summaries = [], [], [], [], {}
    for key, y in data.targets.items():
        lab = labelled_mask(y)
        doc_fold = fold_of_documents(groups, lab, n_splits)
        k = max(doc_fold.values()) + 1
        fold = np.array([doc_fold.get(g, -1) for g in groups])
        P_all = None
        classes = None
        t0 = time.perf_counter()
        for f in progress(range(k), desc=f"cv {key}", total=k):
            test = fold == f
            est = make_estimator(estimator, embedding, **params)
            train_y = np.where(test, None, y).astype(object)
            est.fit(ctx[~test], train_y[~test], groups=groups[~test])
            classes = np.array(sorted(set(np.asarray(y[lab], dtype=str))), dtype=object)
            P = np.zeros((int(test.sum()), len(classes)))
            Pf = est.predict_proba(ctx[test], groups=groups[test])
            for j, c in enumerate(est.classes_):
                P[:, np.searchsorted(classes, c)] = Pf[:, j]
            if P_all is None:
                P_all = np.zeros((len(ctx), len(classes)))
            P_all[test] = P
        seconds = time.perf_counter() - t0
        sel = lab & (fold >= 0)
        gold = np.asarray(y[sel], dtype=str)
        best = P_all[sel].argmax(axis=1)
        pred = classes[best].astype(str)
        conf = P_all[sel][np.arange(sel.sum()), best]
        preds.append(pd.DataFrame({"key": key, "doc_id": groups[sel], "turn": ctx["ctx_turn"].to_numpy()[sel],
                                   "role": ctx["ctx_role"].to_numpy()[sel], "fold": fold[sel], "gold": gold,
                                   "predicted": pred, "confidence": np.round(conf, 6)}))
        labels = [str(c) for c in classes]
        p, r, f1, s = precision_recall_fscore_support(gold, pred, labels=labels, zero_division=0)
        per_label.append(pd.DataFrame({"key": key, "label": labels, "precision": p, "recall": r, "f1": f1,
                                       "support": s.astype("int64")}))
        cm = confusion_matrix(gold, pred, labels=labels)
        confusion.append(pd.DataFrame([{"key": key, "gold": g, "predicted": q, "n": int(cm[i, j])}
                                       for i, g in enumerate(labels) for j, q in enumerate(labels)]))
        summ = metric_summary(gold, pred)
        summ.update({"ece": expected_calibration_error(pred == gold, conf), "folds": int(k),
                     "n_documents": int(len(np.unique(groups[sel]))), "fit_seconds": float(seconds)})
        if data.kind == "multi":
            i = labels.index(PRESENT) if PRESENT in labels else None
            summ["f1_present"] = float(f1[i]) if i is not None else 0.0
        summaries[key] = summ
        summary.append(pd.DataFrame({"key": key, "metric": list(summ), "value": [float(v) for v in summ.values()]}))
    return EvaluationResult(pd.concat(preds, ignore_index=True), pd.concat(per_label, ignore_index=True),
                            pd.concat(summary, ignore_index=True), pd.concat(confusion, ignore_index=True),
                            summaries, data.kind)


def confusion_wide(confusion: pd.DataFrame, key: str) -> pd.DataFrame:
    """Gold labels as rows, predicted labels as columns (for printing)."""
    sub = confusion[confusion["key"] == key]
    return sub.pivot(index="gold", columns="predicted", values="n")
