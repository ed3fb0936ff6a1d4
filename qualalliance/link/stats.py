"""Feature-outcome statistics, one function per statistic, each returning a tidy table.

Every row carries ``n`` (the complete cases the value was computed from) and
``small_n`` (n < 10): with a dozen participants a correlation's 95% CI spans most
of [-1, 1], and the flag keeps that visible wherever the row travels.  Missing
values are dropped pairwise per test, never imputed.  Formulas are in docs/link.md;
each function is tested against scipy / statsmodels to 1e-9.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
from scipy import stats as sps

from .reml import fit_random_intercept

SMALL_N = 10
CORRELATION_COLUMNS = ["feature", "outcome", "method", "n", "estimate", "ci_low", "ci_high", "p",
                       "small_n", "note"]
REGRESSION_COLUMNS = ["feature", "outcome", "model", "term", "term_type", "n", "n_groups", "df_resid",
                      "estimate", "se", "ci_low", "ci_high", "statistic", "p", "std_estimate", "r2",
                      "small_n", "note"]
GROUP_COLUMNS = ["feature", "group", "method", "n", "n1", "n0", "estimate", "effect", "ci_low", "ci_high",
                 "statistic", "df", "p", "mean1", "mean0", "median1", "median0", "small_n", "note"]


def _z(confidence: float) -> float:
    return float(sps.norm.ppf(0.5 + confidence / 2))


def _numeric_arrays(data: pd.DataFrame, cols) -> dict[str, np.ndarray]:
    """Each column once as a float array (non-numbers -> NaN), for pairwise masks."""
    return {c: pd.to_numeric(data[c], errors="coerce").to_numpy(dtype="float64", na_value=np.nan)
            for c in dict.fromkeys(cols)}


# ---------------------------------------------------------------- correlations
def _pearson_r(x: np.ndarray, y: np.ndarray) -> float:
    xm, ym = x - x.mean(), y - y.mean()
    den = np.sqrt((xm @ xm) * (ym @ ym))
    return float(np.clip((xm @ ym) / den, -1.0, 1.0)) if den > 0 else np.nan


def _r_p(r: float, n: int) -> float:
    """Two-sided p of H0: rho = 0 from t = r sqrt((n-2)/(1-r^2)) on n-2 df."""
    if np.isnan(r) or n < 3:
        return np.nan
    if abs(r) >= 1.0:
        return 0.0
    t = r * np.sqrt((n - 2) / (1.0 - r * r))
    return float(2.0 * sps.t.sf(abs(t), n - 2))


def _fisher_ci(r: float, n: int, se: float, confidence: float) -> tuple[float, float]:
    if np.isnan(r) or n <= 3 or not np.isfinite(se):
        return np.nan, np.nan
    if abs(r) >= 1.0:
        return r, r
    z = np.arctanh(r)
    half = _z(confidence) * se
    return float(np.tanh(z - half)), float(np.tanh(z + half))


def _correlate(data, features, outcomes, method, confidence) -> pd.DataFrame:
    rows = []
    arrays = _numeric_arrays(data, list(features) + list(outcomes))
    for outcome in outcomes:
        for feature in features:
            if feature == outcome:
                continue
            ok = np.isfinite(arrays[feature]) & np.isfinite(arrays[outcome])
            x, y = arrays[feature][ok], arrays[outcome][ok]
            n = int(ok.sum())
            note = ""
            if method == "spearman":
                x, y = sps.rankdata(x), sps.rankdata(y)
            if n < 3:
                r, note = np.nan, "fewer than 3 complete pairs"
            elif np.ptp(x) == 0 or np.ptp(y) == 0:
                r, note = np.nan, "constant " + ("feature" if np.ptp(x) == 0 else "outcome")
            else:
                r = _pearson_r(x, y)
            if method == "pearson":
                se = 1.0 / np.sqrt(n - 3) if n > 3 else np.nan
            else:  # Bonett & Wright (2000) standard error for Spearman's rho
                se = np.sqrt((1.0 + r * r / 2.0) / (n - 3)) if n > 3 and not np.isnan(r) else np.nan
            lo, hi = _fisher_ci(r, n, se, confidence)
            rows.append({"feature": feature, "outcome": outcome, "method": method, "n": n, "estimate": r,
                         "ci_low": lo, "ci_high": hi, "p": _r_p(r, n), "small_n": n < SMALL_N, "note": note})
    return pd.DataFrame(rows, columns=CORRELATION_COLUMNS).astype({"n": "int64", "small_n": "bool"})


def pearson(data: pd.DataFrame, features, outcomes, confidence: float = 0.95) -> pd.DataFrame:
    """Pearson's r for every feature x outcome pair, complete pairs only.

    p: t-test on n - 2 df (as ``scipy.stats.pearsonr``).  CI: Fisher z,
    tanh(atanh(r) +/- z_{.975} / sqrt(n - 3)) (as ``pearsonr(...).confidence_interval()``).
    """
    return _correlate(data, list(features), list(outcomes), "pearson", confidence)


def spearman(data: pd.DataFrame, features, outcomes, confidence: float = 0.95) -> pd.DataFrame:
    """Spearman's rho (Pearson r of average ranks) for every pair.

    p: t approximation on n - 2 df (as ``scipy.stats.spearmanr``).  CI: Fisher z with
    the Bonett & Wright (2000) standard error sqrt((1 + rho^2 / 2) / (n - 3)), which
    keeps coverage near nominal for rho up to about 0.9 where 1/sqrt(n - 3) is too narrow.
    """
    return _correlate(data, list(features), list(outcomes), "spearman", confidence)


# ---------------------------------------------------------------- multiplicity
def benjamini_hochberg(p) -> np.ndarray:
    """BH-adjusted p-values (step-up, as ``multipletests(method='fdr_bh')``); NaN stays NaN
    and does not count towards the number of tests."""
    p = np.asarray(p, dtype="float64")
    out = np.full(p.shape, np.nan)
    ok = ~np.isnan(p)
    m = int(ok.sum())
    if m == 0:
        return out
    pv = p[ok]
    order = np.argsort(pv, kind="mergesort")
    scaled = pv[order] * m / np.arange(1, m + 1)
    adj = np.minimum.accumulate(scaled[::-1])[::-1]
    res = np.empty(m)
    res[order] = np.minimum(adj, 1.0)
    out[ok] = res
    return out


def bh_adjust(table: pd.DataFrame, by=("method", "family"), p_col: str = "p",
              out_col: str = "p_adj") -> pd.DataFrame:
    """Add *out_col*: BH adjustment of *p_col* within each group of *by* (a family of tests)."""
    out = table.copy()
    out[out_col] = np.nan
    by = [c for c in by if c in out.columns]
    groups = [g.index for _, g in out.groupby(by, sort=False, dropna=False)] if by else [out.index]
    for idx in groups:
        out.loc[idx, out_col] = benjamini_hochberg(out.loc[idx, p_col].to_numpy(dtype="float64"))
    return out


# ---------------------------------------------------------------- regression
def _model_arrays(data: pd.DataFrame, outcome: str, terms: list[str], extra=()):
    """Complete cases -> (y, X, column names, mask) with numpy only (fast in loops).

    Numeric terms enter as they are; text terms as treatment dummies (first level of
    the sorted levels is the reference), named ``col[T.level]`` as patsy would.
    *extra* columns must be present (non-empty) too but do not enter X.
    """
    n = len(data)
    mask = np.ones(n, dtype=bool)
    numeric, text = {}, {}
    for c in [outcome] + list(terms):
        col = data[c]
        if pd.api.types.is_float_dtype(col.dtype):
            v = col.to_numpy(dtype="float64", na_value=np.nan)
        elif pd.api.types.is_numeric_dtype(col.dtype) or c == outcome:
            v = pd.to_numeric(col, errors="coerce").to_numpy(dtype="float64", na_value=np.nan)
        else:
            v = None
        if v is not None:
            numeric[c] = v
            mask &= np.isfinite(v)
        else:  # plain Python on the values: fast for trial-sized tables, no pandas string ops
            vals = ["" if x is None or (isinstance(x, float) and x != x) else str(x).strip()
                    for x in col.to_numpy(dtype=object)]
            text[c] = np.array(vals, dtype=object)
            mask &= text[c] != ""
    for c in extra:
        mask &= np.asarray(data[c].notna())
    cols, names = [np.ones(int(mask.sum()))], ["Intercept"]
    for c in terms:
        if c in numeric:
            cols.append(numeric[c][mask])
            names.append(c)
        else:
            vals = text[c][mask]
            for lev in sorted(set(vals))[1:]:
                cols.append((vals == lev).astype("float64"))
                names.append(f"{c}[T.{lev}]")
    return numeric[outcome][mask], np.column_stack(cols), names, mask


def _ols_hc3_fit(y: np.ndarray, X: np.ndarray, confidence: float) -> dict:
    """OLS with HC3 covariance (MacKinnon & White 1985), t inference on n - k df."""
    n, k = X.shape
    xtx_inv = np.linalg.inv(X.T @ X)
    beta = xtx_inv @ (X.T @ y)
    resid = y - X @ beta
    h = np.einsum("ij,jk,ik->i", X, xtx_inv, X)  # leverages
    # a leverage of 1 makes HC3 undefined (inf/nan); the caller notes it
    with np.errstate(divide="ignore", invalid="ignore", over="ignore"):
        omega = (resid / (1.0 - h)) ** 2
        meat = (X * omega[:, None]).T @ X
        cov = xtx_inv @ meat @ xtx_inv
        se = np.sqrt(np.diag(cov))
        t = beta / se
    df = n - k
    p = 2.0 * sps.t.sf(np.abs(t), df)
    half = sps.t.ppf(0.5 + confidence / 2, df) * se
    sst = ((y - y.mean()) ** 2).sum()
    return {"beta": beta, "se": se, "t": t, "p": p, "lo": beta - half, "hi": beta + half, "df": df,
            "r2": 1.0 - (resid @ resid) / sst if sst > 0 else np.nan, "max_leverage": float(h.max())}


def ols_hc3(data: pd.DataFrame, outcome: str, feature: str, baseline: str | None = None,
            covariates=(), confidence: float = 0.95) -> pd.DataFrame:
    """OLS of *outcome* on *feature* (+ *baseline* + *covariates*), HC3 robust SEs.

    cov(b) = (X'X)^-1 X' diag(e_i^2 / (1 - h_ii)^2) X (X'X)^-1.  Inference uses t on
    the residual df n - k (as ``statsmodels OLS.fit(cov_type='HC3', use_t=True)``),
    more honest than the normal approximation in small trials.  One row per term;
    ``std_estimate`` (feature row) = b * sd(feature) / sd(outcome) on the model rows.
    Regressing the follow-up value on the baseline (ANCOVA) gives the same feature
    coefficient as regressing the change score on the baseline.
    """
    covariates = [c for c in covariates if c not in (outcome, feature, baseline)]
    terms = [feature] + ([baseline] if baseline else []) + list(covariates)
    y, X, names, mask = _model_arrays(data, outcome, terms)
    n = len(y)
    types = {"Intercept": "intercept", feature: "feature"}
    if baseline:
        types[baseline] = "baseline"
    base = {"feature": feature, "outcome": outcome, "model": "ols_hc3", "n": n, "n_groups": np.nan,
            "small_n": n < SMALL_N}
    note = ""
    if n < X.shape[1] + 2:
        note = f"too few complete rows ({n}) for {X.shape[1]} parameters"
    elif np.linalg.matrix_rank(X) < X.shape[1]:
        note = "design matrix is rank deficient (a predictor is constant or collinear)"
    if note:
        return pd.DataFrame([{**base, "term": feature, "term_type": "feature", "note": note}],
                            columns=REGRESSION_COLUMNS)
    fit = _ols_hc3_fit(y, X, confidence)
    if fit["max_leverage"] > 1 - 1e-8:
        note = "an observation has leverage 1: HC3 standard errors are undefined"
    x = X[:, names.index(feature)]
    sd_x, sd_y = x.std(ddof=1), y.std(ddof=1)
    rows = []
    for i, term in enumerate(names):
        b = float(fit["beta"][i])
        rows.append({**base, "term": term, "term_type": types.get(term, "covariate"),
                     "df_resid": float(fit["df"]), "estimate": b, "se": float(fit["se"][i]),
                     "ci_low": float(fit["lo"][i]), "ci_high": float(fit["hi"][i]),
                     "statistic": float(fit["t"][i]), "p": float(fit["p"][i]),
                     "std_estimate": b * sd_x / sd_y if term == feature and sd_y > 0 else np.nan,
                     "r2": float(fit["r2"]), "note": note})
    return pd.DataFrame(rows, columns=REGRESSION_COLUMNS)


def mixed_lm(long: pd.DataFrame, outcome: str, feature: str, group: str = "participant_id",
             time: str = "timepoint", baseline: str | None = None, covariates=(),
             confidence: float = 0.95, time_order=None) -> pd.DataFrame:
    """Linear mixed model over repeated time points (random intercept, REML; see reml.py).

    outcome_it = b0 + time dummies + b1 * feature_i (+ baseline_i + covariates) + u_i + e_it,
    u_i ~ N(0, tau^2) (random intercept per participant).  Wald z inference, as
    statsmodels and lme4 report it; the fixed-effect covariance is sigma^2 (X' W X)^-1
    (lme4's; statsmodels' SEs differ in the third digit).  One row per fixed effect;
    ``n`` counts observations and ``n_groups`` participants; ``small_n`` flags fewer
    than 10 participants.
    """
    covariates = [c for c in covariates if c not in (outcome, feature, baseline)]
    terms = [feature] + ([baseline] if baseline else []) + list(covariates)
    y, Xt, names, mask = _model_arrays(long, outcome, terms, extra=(group, time))
    groups = long[group].astype(str).to_numpy()[mask]
    tvals = long[time].astype(str).to_numpy()[mask]
    n, n_groups = len(y), len(set(groups))
    base = {"feature": feature, "outcome": outcome, "model": "mixedlm", "n": n, "n_groups": n_groups,
            "small_n": n_groups < SMALL_N}
    present = set(tvals)
    times = [t for t in (time_order or sorted(present)) if t in present]
    dummies = [(tvals == t).astype("float64") for t in times[1:]]
    X = np.column_stack([Xt[:, :1]] + dummies + [Xt[:, 1:]])
    names = names[:1] + [f"{time}[T.{t}]" for t in times[1:]] + names[1:]
    note = ""
    if n_groups < 3 or n < X.shape[1] + 2 or len(times) < 2:
        note = f"too little data ({n} rows, {n_groups} participants, {len(times)} time points)"
    elif np.linalg.matrix_rank(X) < X.shape[1]:
        note = "design matrix is rank deficient (a predictor is constant or collinear)"
    if note:
        return pd.DataFrame([{**base, "term": feature, "term_type": "feature", "note": note}],
                            columns=REGRESSION_COLUMNS)
    types = {"Intercept": "intercept", feature: "feature"}
    if baseline:
        types[baseline] = "baseline"
    try:
        fit = fit_random_intercept(y, X, groups)
    except np.linalg.LinAlgError as exc:  # e.g. a singular X' V^-1 X
        return pd.DataFrame([{**base, "term": feature, "term_type": "feature",
                              "note": f"fit failed: {exc}"}], columns=REGRESSION_COLUMNS)
    note = ("random-intercept variance estimated at 0 (boundary): the fit equals OLS with "
            "model-based standard errors" if fit.boundary else "")
    se = np.sqrt(np.diag(fit.cov))
    with np.errstate(divide="ignore", invalid="ignore"):
        zs = fit.beta / se
    ps = 2.0 * sps.norm.sf(np.abs(zs))
    half = _z(confidence) * se
    rows = []
    for i, term in enumerate(names):
        kind = types.get(term, "time" if term.startswith(f"{time}[") else "covariate")
        rows.append({**base, "term": term, "term_type": kind,
                     "df_resid": np.nan, "estimate": float(fit.beta[i]), "se": float(se[i]),
                     "ci_low": float(fit.beta[i] - half[i]), "ci_high": float(fit.beta[i] + half[i]),
                     "statistic": float(zs[i]), "p": float(ps[i]),
                     "std_estimate": np.nan, "r2": np.nan, "note": note})
    return pd.DataFrame(rows, columns=REGRESSION_COLUMNS)


# ---------------------------------------------------------------- group comparisons
def _groups(arrays: dict[str, np.ndarray], feature: str, group: str):
    x, g = arrays[feature], arrays[group]
    ok = np.isfinite(x)
    return x[ok & (g == 1.0)], x[ok & (g == 0.0)]


def _group_row(feature, group, method, x1, x0) -> dict:
    n1, n0 = len(x1), len(x0)
    return {"feature": feature, "group": group, "method": method, "n": n1 + n0, "n1": n1, "n0": n0,
            "mean1": x1.mean() if n1 else np.nan, "mean0": x0.mean() if n0 else np.nan,
            "median1": float(np.median(x1)) if n1 else np.nan, "median0": float(np.median(x0)) if n0 else np.nan,
            "small_n": n1 + n0 < SMALL_N, "note": ""}


def mann_whitney(data: pd.DataFrame, features, group: str) -> pd.DataFrame:
    """Mann-Whitney U of each feature between group == 1 and group == 0, rank-biserial r.

    U1 = R1 - n1 (n1 + 1) / 2 with average ranks; r = 2 U1 / (n1 n0) - 1 (positive:
    group 1 tends higher).  p: ``scipy.stats.mannwhitneyu(method='auto')`` (exact for
    small samples without ties, else normal approximation with tie and continuity
    corrections).  No CI is given for r.
    """
    rows = []
    arrays = _numeric_arrays(data, list(features) + [group])
    for feature in features:
        x1, x0 = _groups(arrays, feature, group)
        row = _group_row(feature, group, "mann_whitney", x1, x0)
        row["effect"] = "rank_biserial_r"
        n1, n0 = len(x1), len(x0)
        if n1 == 0 or n0 == 0:
            row.update(note="a group is empty")
        else:
            ranks = sps.rankdata(np.concatenate([x1, x0]))
            u1 = float(ranks[:n1].sum() - n1 * (n1 + 1) / 2.0)
            row.update(statistic=u1, estimate=2.0 * u1 / (n1 * n0) - 1.0,
                       p=float(sps.mannwhitneyu(x1, x0, alternative="two-sided", method="auto").pvalue))
        rows.append(row)
    return pd.DataFrame(rows, columns=GROUP_COLUMNS)


def welch_t(data: pd.DataFrame, features, group: str, confidence: float = 0.95) -> pd.DataFrame:
    """Welch's t-test (unequal variances) with Hedges' g.

    t = (m1 - m0) / sqrt(s1^2/n1 + s0^2/n0), Welch-Satterthwaite df.  g = J d with
    d = (m1 - m0) / s_pooled, s_pooled = sqrt(((n1-1) s1^2 + (n0-1) s0^2) / (n1+n0-2)),
    J = 1 - 3 / (4 (n1 + n0) - 9).  CI of g: g +/- z sqrt((n1+n0)/(n1 n0) + g^2 / (2 (n1+n0)))
    (Hedges & Olkin 1985, large-sample).
    """
    rows = []
    z = _z(confidence)
    arrays = _numeric_arrays(data, list(features) + [group])
    for feature in features:
        x1, x0 = _groups(arrays, feature, group)
        row = _group_row(feature, group, "welch_t", x1, x0)
        row["effect"] = "hedges_g"
        n1, n0 = len(x1), len(x0)
        if n1 < 2 or n0 < 2:
            row.update(note="each group needs at least 2 values")
            rows.append(row)
            continue
        v1, v0 = x1.var(ddof=1), x0.var(ddof=1)
        se2 = v1 / n1 + v0 / n0
        if se2 == 0:
            row.update(note="no variance in either group")
            rows.append(row)
            continue
        diff = x1.mean() - x0.mean()
        t = diff / np.sqrt(se2)
        df = se2 ** 2 / ((v1 / n1) ** 2 / (n1 - 1) + (v0 / n0) ** 2 / (n0 - 1))
        sp = np.sqrt(((n1 - 1) * v1 + (n0 - 1) * v0) / (n1 + n0 - 2))
        g = (1.0 - 3.0 / (4.0 * (n1 + n0) - 9.0)) * diff / sp if sp > 0 else np.nan
        se_g = np.sqrt((n1 + n0) / (n1 * n0) + g * g / (2.0 * (n1 + n0)))
        row.update(statistic=float(t), df=float(df), p=float(2.0 * sps.t.sf(abs(t), df)), estimate=float(g),
                   ci_low=float(g - z * se_g), ci_high=float(g + z * se_g))
        rows.append(row)
    return pd.DataFrame(rows, columns=GROUP_COLUMNS)
