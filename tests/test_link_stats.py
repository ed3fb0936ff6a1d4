"""Every link statistic against scipy / statsmodels on fixed data, to 1e-9."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
import statsmodels.formula.api as smf
from scipy import stats as sps
from statsmodels.stats.multitest import multipletests

from qualalliance.link import stats

TOL = dict(rel=1e-9, abs=1e-12)
Z975 = 1.959963984540054


@pytest.fixture(scope="module")
def data() -> pd.DataFrame:
    rng = np.random.default_rng(42)
    n = 30
    x = rng.normal(size=n)
    df = pd.DataFrame({
        "pid": [f"P{i:02d}" for i in range(n)],
        "x": x,
        "x_tied": np.round(x * 2) / 2,  # ties for Spearman and Mann-Whitney
        "base": rng.normal(20, 3, size=n),
        "sex": np.where(rng.random(n) < 0.5, "F", "M"),
        "age": rng.integers(20, 60, size=n).astype(float),
        "group": (rng.random(n) < 0.45).astype(float),
    })
    df["y"] = 0.5 * df["x"] + 0.3 * df["base"] + rng.normal(size=n)
    df.loc[3, "x"] = np.nan  # a missing value: that row leaves x's tests only
    return df


def test_pearson_matches_scipy(data):
    row = stats.pearson(data, ["x"], ["y"]).iloc[0]
    sub = data[["x", "y"]].dropna()
    ref = sps.pearsonr(sub["x"], sub["y"])
    ci = ref.confidence_interval(0.95)
    assert row["n"] == 29 and row["method"] == "pearson"
    assert row["estimate"] == pytest.approx(ref.statistic, **TOL)
    assert row["p"] == pytest.approx(ref.pvalue, **TOL)
    assert row["ci_low"] == pytest.approx(ci.low, **TOL)
    assert row["ci_high"] == pytest.approx(ci.high, **TOL)
    assert not row["small_n"]


def test_spearman_matches_scipy_and_bonett_wright_ci(data):
    row = stats.spearman(data, ["x_tied"], ["y"]).iloc[0]
    ref = sps.spearmanr(data["x_tied"], data["y"])
    assert row["n"] == 30
    assert row["estimate"] == pytest.approx(ref.statistic, **TOL)
    assert row["p"] == pytest.approx(ref.pvalue, **TOL)
    rho = ref.statistic
    se = np.sqrt((1 + rho ** 2 / 2) / (30 - 3))
    assert row["ci_low"] == pytest.approx(np.tanh(np.arctanh(rho) - Z975 * se), **TOL)
    assert row["ci_high"] == pytest.approx(np.tanh(np.arctanh(rho) + Z975 * se), **TOL)


def test_correlation_small_n_and_degenerate_cases():
    df = pd.DataFrame({"a": [1.0, 2, 3, 4, 5, 6, 7, 8, 9], "b": [2.0, 1, 4, 3, 6, 5, 8, 7, 10],
                       "c": [1.0] * 9})
    out = stats.pearson(df, ["a", "c"], ["b"])
    assert list(out["n"]) == [9, 9] and out["small_n"].all()
    assert out.loc[0, "estimate"] == pytest.approx(sps.pearsonr(df["a"], df["b"]).statistic, **TOL)
    assert np.isnan(out.loc[1, "estimate"]) and out.loc[1, "note"] == "constant feature"
    ten = pd.concat([df, pd.DataFrame({"a": [10.0], "b": [9.0], "c": [1.0]})], ignore_index=True)
    assert not stats.pearson(ten, ["a"], ["b"]).loc[0, "small_n"]
    two = stats.spearman(df.head(2), ["a"], ["b"]).iloc[0]
    assert two["n"] == 2 and np.isnan(two["estimate"]) and np.isnan(two["p"])


def test_benjamini_hochberg_matches_statsmodels():
    p = np.array([0.001, 0.04, 0.03, 0.2, 0.5, 0.011, 0.9, 0.04])
    ref = multipletests(p, method="fdr_bh")[1]
    np.testing.assert_allclose(stats.benjamini_hochberg(p), ref, rtol=1e-12, atol=0)
    with_nan = np.insert(p, 2, np.nan)
    got = stats.benjamini_hochberg(with_nan)
    assert np.isnan(got[2])
    np.testing.assert_allclose(np.delete(got, 2), ref, rtol=1e-12, atol=0)


def test_bh_adjust_works_within_each_family():
    t = pd.DataFrame({"family": ["a"] * 3 + ["b"] * 2, "method": "pearson",
                      "p": [0.01, 0.02, 0.5, 0.01, 0.04]})
    out = stats.bh_adjust(t)
    np.testing.assert_allclose(out["p_adj"][:3], multipletests([0.01, 0.02, 0.5], method="fdr_bh")[1], rtol=1e-12)
    np.testing.assert_allclose(out["p_adj"][3:], multipletests([0.01, 0.04], method="fdr_bh")[1], rtol=1e-12)


def test_ols_hc3_matches_statsmodels_formula(data):
    got = stats.ols_hc3(data, "y", "x", baseline="base", covariates=["age", "sex"])
    ref = smf.ols("y ~ x + base + age + C(sex)", data=data.dropna(subset=["x"])).fit(cov_type="HC3", use_t=True)
    assert list(got["term"]) == ["Intercept", "x", "base", "age", "sex[T.M]"]
    assert list(got["term_type"]) == ["intercept", "feature", "baseline", "covariate", "covariate"]
    ref_terms = ["Intercept", "x", "base", "age", "C(sex)[T.M]"]
    ci = ref.conf_int()
    for term, rterm in zip(got["term"], ref_terms):
        row = got[got["term"] == term].iloc[0]
        assert row["estimate"] == pytest.approx(ref.params[rterm], **TOL)
        assert row["se"] == pytest.approx(ref.bse[rterm], **TOL)
        assert row["p"] == pytest.approx(ref.pvalues[rterm], **TOL)
        assert row["ci_low"] == pytest.approx(ci.loc[rterm, 0], **TOL)
        assert row["ci_high"] == pytest.approx(ci.loc[rterm, 1], **TOL)
    assert got["n"].iloc[0] == 29 and got["r2"].iloc[0] == pytest.approx(ref.rsquared, **TOL)
    sub = data.dropna(subset=["x"])
    feat = got[got["term"] == "x"].iloc[0]
    assert feat["std_estimate"] == pytest.approx(ref.params["x"] * sub["x"].std() / sub["y"].std(), **TOL)


def test_ols_reports_too_little_data():
    df = pd.DataFrame({"y": [1.0, 2.0, 3.0], "x": [1.0, 0.0, 1.0], "b": [3.0, 1.0, 2.0]})
    out = stats.ols_hc3(df, "y", "x", baseline="b")
    assert len(out) == 1 and "too few" in out["note"].iloc[0] and out["small_n"].iloc[0]


def _long_panel(seed: int, n: int = 20, tau: float = 1.0) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    rows = []
    for i in range(n):
        f = rng.normal()
        u = rng.normal(0, tau) if tau else 0.0
        for j, t in enumerate(["w1", "w4", "m3"]):
            rows.append({"pid": f"P{i:02d}", "t": t, "f": f, "y": 1.0 + 0.5 * j + 0.8 * f + u + rng.normal(0, 0.7)})
    return pd.DataFrame(rows)


def test_mixed_lm_matches_statsmodels():
    long = _long_panel(7)
    got = stats.mixed_lm(long, "y", "f", group="pid", time="t", time_order=["w1", "w4", "m3"])
    long["t_cat"] = pd.Categorical(long["t"], categories=["w1", "w4", "m3"])
    ref = smf.mixedlm("y ~ t_cat + f", long, groups=long["pid"]).fit(reml=True)
    assert list(got["term"]) == ["Intercept", "t[T.w4]", "t[T.m3]", "f"]
    for i, term in enumerate(got["term"]):
        row = got.iloc[i]
        # same REML optimum: estimates agree to optimiser precision
        assert row["estimate"] == pytest.approx(ref.fe_params.iloc[i], rel=1e-6, abs=1e-7)
        # SEs: ours are sigma^2 (X'V^-1X)^-1 (lme4's), statsmodels' come from the full Hessian
        assert row["se"] == pytest.approx(ref.bse_fe.iloc[i], rel=5e-3)
        assert row["statistic"] == pytest.approx(row["estimate"] / row["se"], rel=1e-12)
        assert row["ci_low"] == pytest.approx(row["estimate"] - Z975 * row["se"], rel=1e-9)
    assert got["n"].iloc[0] == 60 and got["n_groups"].iloc[0] == 20 and not got["small_n"].iloc[0]
    assert got.loc[got["term"] == "f", "term_type"].iloc[0] == "feature"
    assert (got["note"] == "").all()


def test_mixed_lm_ses_are_the_gls_covariance_at_the_reml_variances():
    # with tau^2 and sigma^2 from statsmodels, GLS by hand gives our estimates and SEs
    long = _long_panel(11)
    long["t_cat"] = pd.Categorical(long["t"], categories=["w1", "w4", "m3"])
    ref = smf.mixedlm("y ~ t_cat + f", long, groups=long["pid"]).fit(reml=True)
    tau2, s2 = float(np.asarray(ref.cov_re)[0, 0]), float(ref.scale)
    X = np.column_stack([np.ones(len(long)), long["t"] == "w4", long["t"] == "m3", long["f"]]).astype(float)
    V = s2 * np.eye(len(long)) + tau2 * (long["pid"].to_numpy()[:, None] == long["pid"].to_numpy()[None, :])
    Vi = np.linalg.inv(V)
    cov = np.linalg.inv(X.T @ Vi @ X)
    beta = cov @ X.T @ Vi @ long["y"].to_numpy()
    got = stats.mixed_lm(long, "y", "f", group="pid", time="t", time_order=["w1", "w4", "m3"])
    np.testing.assert_allclose(got["estimate"], beta, rtol=1e-6)
    np.testing.assert_allclose(got["se"], np.sqrt(np.diag(cov)), rtol=1e-5)


def test_reml_finds_the_better_optimum_where_statsmodels_stalls():
    # no real random intercept: statsmodels (seed 3 below) stops at tau^2 = 0.09, whose
    # REML criterion is worse than the boundary tau^2 = 0 we find
    from qualalliance.link.reml import fit_random_intercept

    rng = np.random.default_rng(3)
    g = np.repeat(np.arange(24), 5)
    t = np.tile(np.arange(5), 24)
    keep = rng.random(len(g)) > 0.15
    X = np.column_stack([np.ones(len(g))] + [(t == k).astype(float) for k in range(1, 5)]
                        + [np.repeat(rng.normal(size=24), 5), np.repeat(rng.normal(size=24), 5)])
    y = X @ rng.normal(size=7) + np.repeat(rng.normal(size=24) * 0.0, 5) + rng.normal(size=len(g))
    X, y, g = X[keep], y[keep], g[keep]
    fit = fit_random_intercept(y, X, g)
    assert fit.boundary and fit.tau2 == 0.0
    ols = np.linalg.lstsq(X, y, rcond=None)[0]
    np.testing.assert_allclose(fit.beta, ols, rtol=1e-9)
    assert fit.sigma2 == pytest.approx(((y - X @ ols) ** 2).sum() / (len(y) - X.shape[1]), rel=1e-9)


def test_mixed_lm_notes_a_boundary_fit():
    order = ["w1", "w4", "m3"]
    at_zero = stats.mixed_lm(_long_panel(5, tau=0.0), "y", "f", group="pid", time="t", time_order=order)
    assert (at_zero["note"].str.contains("estimated at 0 \\(boundary\\)")).all()
    inside = stats.mixed_lm(_long_panel(5, tau=1.0), "y", "f", group="pid", time="t", time_order=order)
    assert (inside["note"] == "").all()


def test_mann_whitney_matches_scipy(data):
    row = stats.mann_whitney(data, ["x_tied"], "group").iloc[0]
    x1 = data.loc[data["group"] == 1, "x_tied"].to_numpy()
    x0 = data.loc[data["group"] == 0, "x_tied"].to_numpy()
    ref = sps.mannwhitneyu(x1, x0, alternative="two-sided")
    assert (row["n1"], row["n0"], row["n"]) == (len(x1), len(x0), 30)
    assert row["statistic"] == pytest.approx(ref.statistic, **TOL)
    assert row["p"] == pytest.approx(ref.pvalue, **TOL)
    # Glass (1965): r = 2 (mean rank 1 - mean rank 0) / (n1 + n0), an independent formula
    ranks = sps.rankdata(np.concatenate([x1, x0]))
    glass = 2 * (ranks[: len(x1)].mean() - ranks[len(x1):].mean()) / len(ranks)
    assert row["estimate"] == pytest.approx(glass, **TOL)
    assert row["effect"] == "rank_biserial_r"


def test_mann_whitney_exact_small_sample():
    df = pd.DataFrame({"v": [1.0, 2.5, 3.1, 4.7, 5.2, 6.0, 7.3], "g": [1, 1, 1, 0, 0, 0, 0]})
    row = stats.mann_whitney(df, ["v"], "g").iloc[0]
    ref = sps.mannwhitneyu([1.0, 2.5, 3.1], [4.7, 5.2, 6.0, 7.3], alternative="two-sided")
    assert row["statistic"] == 0.0 and row["estimate"] == -1.0
    assert row["p"] == pytest.approx(ref.pvalue, **TOL) and row["small_n"]


def test_welch_t_matches_scipy_and_hedges_g(data):
    row = stats.welch_t(data, ["x"], "group").iloc[0]
    sub = data.dropna(subset=["x"])
    x1 = sub.loc[sub["group"] == 1, "x"].to_numpy()
    x0 = sub.loc[sub["group"] == 0, "x"].to_numpy()
    ref = sps.ttest_ind(x1, x0, equal_var=False)
    assert row["statistic"] == pytest.approx(ref.statistic, **TOL)
    assert row["p"] == pytest.approx(ref.pvalue, **TOL)
    assert row["df"] == pytest.approx(ref.df, **TOL)
    n1, n0 = len(x1), len(x0)
    sp = np.sqrt(((n1 - 1) * x1.var(ddof=1) + (n0 - 1) * x0.var(ddof=1)) / (n1 + n0 - 2))
    g = (x1.mean() - x0.mean()) / sp * (1 - 3 / (4 * (n1 + n0) - 9))
    assert row["estimate"] == pytest.approx(g, **TOL)
    se = np.sqrt((n1 + n0) / (n1 * n0) + g ** 2 / (2 * (n1 + n0)))
    assert row["ci_low"] == pytest.approx(g - Z975 * se, **TOL)
    assert row["mean1"] == pytest.approx(x1.mean(), **TOL) and row["n"] == 29


def test_group_comparison_with_an_empty_group():
    df = pd.DataFrame({"v": [1.0, 2.0, 3.0], "g": [1.0, 1.0, 1.0]})
    assert stats.mann_whitney(df, ["v"], "g")["note"].iloc[0] == "a group is empty"
    assert "at least 2" in stats.welch_t(df, ["v"], "g")["note"].iloc[0]
