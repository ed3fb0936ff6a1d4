"""How well a coder's segment-level codes match a reference coding.

The unit is a segment ``(doc_id, turn)``; for every code a coder either gives it
(affirmed: a non-negated coding) or not.  :func:`code_agreement` compares a predicted
coding with a reference coding over a fixed set of units and returns one tidy row per
code plus a ``(micro)`` row that pools every (unit, code) decision:

``code, n_ref, n_pred, tp, fp, fn, precision, recall, f1, kappa`` and a percentile
bootstrap 95% interval ``*_low``/``*_high`` for precision, recall, F1 and kappa.

The bootstrap resamples *documents* (transcripts) with replacement, because turns of
one transcript are not independent; it is seeded, so the intervals are reproducible.
Precision is undefined (NaN) when a coder gives a code to no unit, recall when the
reference has none, F1 when both are; kappa is Cohen's (1960) kappa on the binary
unit decisions (for ``(micro)``, on all unit x code cells pooled).
"""

from __future__ import annotations

import warnings

import numpy as np
import pandas as pd

from ..errors import InputError

MICRO = "(micro)"
AGREEMENT_COLUMNS = ["code", "n_ref", "n_pred", "tp", "fp", "fn", "precision", "recall", "f1", "kappa",
                     "precision_low", "precision_high", "recall_low", "recall_high", "f1_low", "f1_high",
                     "kappa_low", "kappa_high"]


def unit_matrix(codes_by_unit: pd.DataFrame, units: pd.DataFrame, codes: list[str]) -> np.ndarray:
    """0/1 matrix (units x codes) from a long table of ``doc_id, turn, code`` rows.

    Rows for units outside *units* or codes outside *codes* are an error: silently
    dropping them would flatter or punish a coder without saying so.
    """
    for col in ("doc_id", "turn", "code"):
        if col not in codes_by_unit.columns:
            raise InputError(f"codings table lacks column {col!r}")
    index = {(str(d), int(t)): i for i, (d, t) in enumerate(zip(units["doc_id"], units["turn"]))}
    col_of = {c: j for j, c in enumerate(codes)}
    mat = np.zeros((len(units), len(codes)), dtype=np.int8)
    for d, t, c in zip(codes_by_unit["doc_id"], codes_by_unit["turn"], codes_by_unit["code"]):
        i = index.get((str(d), int(t)))
        if i is None:
            raise InputError(f"coding for doc_id {d!r}, turn {t} is not among the units compared")
        j = col_of.get(str(c))
        if j is None:
            raise InputError(f"code {c!r} is not among the codes compared ({', '.join(codes)})")
        mat[i, j] = 1
    return mat


def _scores(tp, fp, fn, tn):
    """precision, recall, f1, kappa from count arrays (any matching shapes)."""
    tp, fp, fn, tn = (np.asarray(x, dtype=float) for x in (tp, fp, fn, tn))
    with np.errstate(invalid="ignore", divide="ignore"):
        precision = tp / (tp + fp)
        recall = tp / (tp + fn)
        f1 = 2 * tp / (2 * tp + fp + fn)
        n = tp + fp + fn + tn
        po = (tp + tn) / n
        pe = ((tp + fp) * (tp + fn) + (fn + tn) * (fp + tn)) / (n * n)
        kappa = np.where(pe < 1, (po - pe) / (1 - pe), np.nan)
    return precision, recall, f1, kappa


def _doc_counts(ref: np.ndarray, pred: np.ndarray, doc_index: np.ndarray, n_docs: int) -> np.ndarray:
    """Per-document counts, shape (docs, 4, codes): tp, fp, fn, tn."""
    cells = np.stack([(ref == 1) & (pred == 1), (ref == 0) & (pred == 1),
                      (ref == 1) & (pred == 0), (ref == 0) & (pred == 0)], axis=1).astype(np.int64)
    out = np.zeros((n_docs, 4, ref.shape[1]), dtype=np.int64)
    np.add.at(out, doc_index, cells)
    return out


def code_agreement(reference: pd.DataFrame, predicted: pd.DataFrame, units: pd.DataFrame, codes: list[str],
                   n_boot: int = 1000, seed: int = 0, ci: float = 0.95) -> pd.DataFrame:
    """Per-code and micro precision, recall, F1 and kappa of *predicted* against *reference*.

    *reference*, *predicted*: long tables of affirmed codes (``doc_id, turn, code``);
    *units*: every compared segment (``doc_id, turn``), coded or not; *codes*: the codes
    scored, in output order.  See the module docstring for the columns.
    """
    units = units[["doc_id", "turn"]].astype({"doc_id": str}).reset_index(drop=True)
    if units.duplicated().any():
        raise InputError("units must not repeat a (doc_id, turn)")
    ref = unit_matrix(reference, units, codes)
    pred = unit_matrix(predicted, units, codes)
    doc_index, _ = pd.factorize(units["doc_id"])
    n_docs = int(doc_index.max()) + 1 if len(doc_index) else 0
    per_doc = _doc_counts(ref, pred, doc_index, n_docs)

    def stats(counts):  # counts: (..., 4, codes) -> per code and micro
        per_code = _scores(*np.moveaxis(counts, -2, 0))
        pooled = counts.sum(axis=-1)
        micro = _scores(*np.moveaxis(pooled, -1, 0))
        return [np.concatenate([p, np.expand_dims(m, -1)], axis=-1) for p, m in zip(per_code, micro)]

    total = per_doc.sum(axis=0)
    point = stats(total)
    rng = np.random.default_rng(seed)
    boot = [[] for _ in range(4)]
    if n_boot and n_docs:
        for _ in range(n_boot):
            sample = per_doc[rng.integers(0, n_docs, n_docs)].sum(axis=0)
            for k, values in enumerate(stats(sample)):
                boot[k].append(values)
    alpha = (1 - ci) / 2
    rows = pd.DataFrame({
        "code": list(codes) + [MICRO],
        "n_ref": np.append(ref.sum(axis=0), ref.sum()).astype(int),
        "n_pred": np.append(pred.sum(axis=0), pred.sum()).astype(int),
        "tp": np.append(total[0], total[0].sum()).astype(int),
        "fp": np.append(total[1], total[1].sum()).astype(int),
        "fn": np.append(total[2], total[2].sum()).astype(int),
    })
    for name, k in (("precision", 0), ("recall", 1), ("f1", 2), ("kappa", 3)):
        rows[name] = point[k]
    for name, k in (("precision", 0), ("recall", 1), ("f1", 2), ("kappa", 3)):
        if boot[k]:
            sample = np.vstack(boot[k])
            with warnings.catch_warnings():  # a code no resample can score: its interval is NaN
                warnings.simplefilter("ignore", RuntimeWarning)
                lo = np.nanquantile(sample, alpha, axis=0)
                hi = np.nanquantile(sample, 1 - alpha, axis=0)
        else:
            lo = hi = np.full(len(rows), np.nan)
        rows[f"{name}_low"] = lo
        rows[f"{name}_high"] = hi
    return rows[AGREEMENT_COLUMNS]
