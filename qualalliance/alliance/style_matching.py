"""Language style matching (Ireland & Pennebaker 2010).

For each function-word category c, with p1 and p2 the percentages of the
therapist's and the participant's words that fall in c,

    LSM_c = 1 - |p1 - p2| / (p1 + p2 + 0.0001)

and LSM is the mean of LSM_c over the nine categories of
``qualalliance/data/function_words.yaml``.  1 means identical function-word
profiles; values near 0 mean one speaker uses a category the other never does.
A category neither speaker uses scores 1 - 0/0.0001 = 1 (both "match" by
absence), as in the published formula.
"""

from __future__ import annotations

import math

EPSILON = 0.0001


def category_counts(words: list[str], function_words: dict[str, frozenset[str]]) -> dict[str, int]:
    """How many of *words* fall in each category (a word may count in several)."""
    return {c: sum(w in members for w in words) for c, members in function_words.items()}


def category_lsm(p1: float, p2: float) -> float:
    return 1.0 - abs(p1 - p2) / (p1 + p2 + EPSILON)


def lsm(counts_a: dict[str, int], n_a: int, counts_b: dict[str, int], n_b: int) -> float:
    """Mean per-category LSM of two speakers; NaN when either said no words."""
    if n_a <= 0 or n_b <= 0:
        return math.nan
    values = [category_lsm(100.0 * counts_a[c] / n_a, 100.0 * counts_b[c] / n_b) for c in counts_a]
    return sum(values) / len(values)
