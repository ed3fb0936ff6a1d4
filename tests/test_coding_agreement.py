"""Agreement of a coder with a reference coding: per-code and micro P/R/F1/kappa."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from sklearn.metrics import cohen_kappa_score, f1_score, precision_score, recall_score

from qualalliance.coding.agreement import MICRO, code_agreement
from qualalliance.errors import InputError

CODES = ["goals", "tasks", "bond"]


def _random_case(seed: int, n_docs: int = 12, turns: int = 9):
    rng = np.random.default_rng(seed)
    units = pd.DataFrame([(f"d{d}", t) for d in range(n_docs) for t in range(turns)], columns=["doc_id", "turn"])
    ref = rng.random((len(units), len(CODES))) < 0.3
    pred = np.where(rng.random(ref.shape) < 0.75, ref, ~ref)

    def long(mat):
        return pd.DataFrame([(units.doc_id[i], units.turn[i], CODES[j]) for i, j in zip(*np.nonzero(mat))],
                            columns=["doc_id", "turn", "code"])

    return units, ref.astype(int), pred.astype(int), long(ref), long(pred)


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_per_code_and_micro_equal_sklearn(seed):
    units, ref, pred, ref_long, pred_long = _random_case(seed)
    a = code_agreement(ref_long, pred_long, units, CODES, n_boot=0).set_index("code")
    for j, code in enumerate(CODES):
        assert a.precision[code] == pytest.approx(precision_score(ref[:, j], pred[:, j]))
        assert a.recall[code] == pytest.approx(recall_score(ref[:, j], pred[:, j]))
        assert a.f1[code] == pytest.approx(f1_score(ref[:, j], pred[:, j]))
        assert a.kappa[code] == pytest.approx(cohen_kappa_score(ref[:, j], pred[:, j]))
    assert a.precision[MICRO] == pytest.approx(precision_score(ref, pred, average="micro"))
    assert a.recall[MICRO] == pytest.approx(recall_score(ref, pred, average="micro"))
    assert a.f1[MICRO] == pytest.approx(f1_score(ref, pred, average="micro"))
    assert a.kappa[MICRO] == pytest.approx(cohen_kappa_score(ref.ravel(), pred.ravel()))
    assert a.n_ref[MICRO] == ref.sum() and a.n_pred[MICRO] == pred.sum()


def test_hand_checked_counts_and_undefined_precision():
    units = pd.DataFrame({"doc_id": ["a", "a", "b", "b"], "turn": [0, 1, 0, 1]})
    ref = pd.DataFrame({"doc_id": ["a", "b"], "turn": [0, 1], "code": ["goals", "goals"]})
    pred = pd.DataFrame({"doc_id": ["a", "a"], "turn": [0, 1], "code": ["goals", "goals"]})
    a = code_agreement(ref, pred, units, CODES, n_boot=0).set_index("code")
    assert (a.tp["goals"], a.fp["goals"], a.fn["goals"]) == (1, 1, 1)
    assert a.precision["goals"] == 0.5 and a.recall["goals"] == 0.5
    assert np.isnan(a.precision["tasks"]) and np.isnan(a.recall["tasks"])  # neither coded it


def test_bootstrap_interval_brackets_estimate_and_is_seeded():
    units, _, _, ref_long, pred_long = _random_case(3, n_docs=20)
    a1 = code_agreement(ref_long, pred_long, units, CODES, n_boot=300, seed=5).set_index("code")
    a2 = code_agreement(ref_long, pred_long, units, CODES, n_boot=300, seed=5).set_index("code")
    pd.testing.assert_frame_equal(a1, a2)
    m = a1.loc[MICRO]
    assert m.f1_low < m.f1 < m.f1_high
    assert 0 < m.f1_high - m.f1_low < 0.5


def test_codings_outside_units_or_codes_are_errors():
    units = pd.DataFrame({"doc_id": ["a"], "turn": [0]})
    with pytest.raises(InputError, match="not among the units"):
        code_agreement(pd.DataFrame({"doc_id": ["z"], "turn": [0], "code": ["goals"]}),
                       pd.DataFrame(columns=["doc_id", "turn", "code"]), units, CODES, n_boot=0)
    with pytest.raises(InputError, match="not among the codes"):
        code_agreement(pd.DataFrame({"doc_id": ["a"], "turn": [0], "code": ["nope"]}),
                       pd.DataFrame(columns=["doc_id", "turn", "code"]), units, CODES, n_boot=0)
