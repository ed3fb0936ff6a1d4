"""Cut a table into partitions of whole documents, in the table's own order.

Turn context matters (responsiveness reads the previous turn, ruptures wait for the
therapist's answer, the theme coder's second stage reads neighbouring turns), so a
document is never split.  Partitions are contiguous runs of documents in order of
first appearance, each of about ``partition_words`` words, so a worker's memory is
bounded by the partition size, not the corpus size, and concatenating the partitions'
results in partition order gives the rows in the order the local engine gives them.
"""

from __future__ import annotations

import numpy as np
import pandas as pd


def _words(texts: pd.Series) -> np.ndarray:
    """Whitespace words per text (a cheap size measure; the cut need not be exact)."""
    return texts.fillna("").astype(str).str.count(r"\S+").to_numpy(dtype=np.int64)


def document_partitions(table: pd.DataFrame, partition_words: int, min_partitions: int = 1,
                        doc_col: str = "doc_id", text_col: str = "text") -> list[np.ndarray]:
    """Row positions of each partition of *table*: whole documents, in order of first appearance.

    At least *min_partitions* partitions when there are that many documents (so every
    worker has work), else as many as it takes to keep each near *partition_words*.
    A document's rows keep their relative order; rows of one document need not be
    adjacent in *table*.
    """
    if table.empty:
        return []
    codes, uniques = pd.factorize(table[doc_col].astype(str), sort=False)  # document number by first appearance
    words = np.bincount(codes, weights=_words(table[text_col]), minlength=len(uniques))
    n_docs = len(uniques)
    total = float(words.sum())
    n_parts = max(int(np.ceil(total / partition_words)) if partition_words else 1, min_partitions, 1)
    n_parts = min(n_parts, n_docs)
    # cut the running word count into n_parts near-equal slices, at document boundaries
    ends = np.cumsum(words)
    targets = total * np.arange(1, n_parts) / n_parts
    cuts = np.searchsorted(ends, targets, side="left") + 1
    cuts = np.unique(np.clip(cuts, 1, n_docs - 1)) if n_docs > 1 else np.array([], dtype=np.int64)
    doc_part = np.zeros(n_docs, dtype=np.int64)
    for c in cuts:
        doc_part[c:] += 1
    row_part = doc_part[codes]
    order = np.argsort(row_part, kind="stable")
    bounds = np.flatnonzero(np.diff(row_part[order])) + 1
    return [part for part in np.split(order, bounds) if len(part)]


def file_partitions(sizes: list[int], n_parts: int) -> list[list[int]]:
    """Indices of files per partition: contiguous runs of near-equal total size, in order."""
    if not sizes:
        return []
    n_parts = max(1, min(n_parts, len(sizes)))
    ends = np.cumsum(np.asarray(sizes, dtype=np.float64) + 1.0)  # +1: empty files still count
    targets = ends[-1] * np.arange(1, n_parts) / n_parts
    cuts = np.unique(np.clip(np.searchsorted(ends, targets, side="left") + 1, 1, len(sizes) - 1)) \
        if len(sizes) > 1 else np.array([], dtype=np.int64)
    bounds = [0, *cuts.tolist(), len(sizes)]
    return [list(range(a, b)) for a, b in zip(bounds[:-1], bounds[1:]) if b > a]


__all__ = ["document_partitions", "file_partitions"]
