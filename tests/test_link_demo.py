"""The link stage on the synthetic demo study (corpora/psilocybin-demo).

Synthetic data with planted effects (see the folder README): the checks below are
about the toolkit recovering what the generator put in, not clinical findings.
"""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np
import pandas as pd
import pytest
from scipy import stats as sps

from qualalliance import catalog

from .conftest import DEMO

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def demo(demo_run):
    """The link stage's tables of the session's demo run (conftest.demo_run), as read back."""
    if not (DEMO / "study.yaml").exists() or not (DEMO / "outcomes.csv").exists():
        pytest.skip("the demo study is not generated yet")
    assert demo_run.exit_code == 0, demo_run.output
    tables = {name: catalog.read(demo_run.out, name)
              for name in ("analysis_table", "merge_report", "regressions", "statistics")}
    return SimpleNamespace(**tables), catalog.stage_dir(demo_run.out, "link")


def test_every_correlation_equals_scipy_from_the_analysis_table(demo):
    _, out = demo
    table = pd.read_csv(out / "analysis_table.csv")
    st = pd.read_csv(out / "statistics.csv")
    assert len(st) > 1000
    for r in st.itertuples(index=False):
        x, y = table[r.feature].to_numpy(float), table[r.outcome].to_numpy(float)
        ok = np.isfinite(x) & np.isfinite(y)
        ref = (sps.pearsonr if r.method == "pearson" else sps.spearmanr)(x[ok], y[ok])
        assert r.n == ok.sum()
        if np.isnan(r.estimate):
            assert np.isnan(ref.statistic) or np.ptp(x[ok]) == 0
            continue
        assert abs(r.estimate - ref.statistic) <= 1e-9 and abs(r.p - ref.pvalue) <= 1e-9


def test_no_one_is_lost_and_covariates_come_from_the_study(demo):
    res, _ = demo
    at = res.analysis_table
    assert len(at) == 24 and at["in_features"].all() and at["in_outcomes"].all()
    assert res.merge_report.empty
    assert {"age", "sex", "facilitator"} <= set(at.columns)
    reg = res.regressions
    assert {"age", "sex[T.M]"} <= set(reg["term"])


def test_derived_change_scores_match_the_readme(demo):
    """README: WAI-SR total (preparation) vs GRID-HAMD change at month 12, r = -0.50."""
    at = demo[0].analysis_table
    r_change = np.corrcoef(at["wai_total@preparation"], at["grid_hamd.change@month12"])[0, 1]
    r_improve = np.corrcoef(at["wai_total@preparation"], at["grid_hamd.improvement@month12"])[0, 1]
    assert r_change == pytest.approx(-0.50, abs=0.005) and r_improve == pytest.approx(0.50, abs=0.005)
    assert at["grid_hamd.responder@month12"].notna().all()


def test_planted_alliance_language_effects_are_recovered(demo):
    """Planted (README): positive alliance phrases (bond, goals, tasks, safety, trust) in
    participant speech go with WAI-SR at preparation (naive lexicon r = +0.67) and with
    GRID-HAMD improvement at month 12 (naive lexicon r = -0.35 against change, i.e.
    +0.35 against improvement).  The codebook's codes for those themes, summed per
    1,000 words, recover both: right sign, about the planted size (n = 24, so the 95%
    CI of r spans about +/-0.35)."""
    res, out = demo
    at = pd.read_csv(out / "analysis_table.csv")
    themes = [f"code.{c}.per_1000_words" for c in ("bond", "goals", "tasks", "safety", "trust")]
    assert set(themes) <= set(at.columns)
    alliance_language = at[themes].sum(axis=1)
    r_wai = sps.pearsonr(alliance_language, at["wai_total@preparation"]).statistic
    r_imp = sps.pearsonr(alliance_language, at["grid_hamd.improvement@month12"]).statistic
    r_chg = sps.pearsonr(alliance_language, at["grid_hamd.change@month12"]).statistic
    assert r_wai > 0.45
    assert 0.15 < r_imp < 0.6 and r_chg == pytest.approx(-r_imp)
    # the same direction in the tested rows of statistics.csv, one theme at a time
    st = res.statistics
    rows = st[st["feature"].isin(themes) & (st["outcome"] == "wai_total@preparation") & (st["method"] == "pearson")]
    assert len(rows) == 5 and (rows["estimate"] > 0).sum() >= 4
