"""Reliability statistics against scikit-learn and krippendorff, scopes, bootstrap, CLI."""

from __future__ import annotations

import warnings

import krippendorff
import numpy as np
import pandas as pd
import pytest
from click.testing import CliRunner
from sklearn.metrics import cohen_kappa_score

from qualalliance.cli import cli
from qualalliance.errors import InputError
from qualalliance.reliability import (
    OVERALL, build_units, cohen_kappa, coder_names, krippendorff_alpha, pairwise_kappa, percent_agreement,
    reliability,
)

CODES = ["a", "b", "c"]


def random_tables(seed: int, n_coders: int = 2, n_docs: int = 8, per_doc: int = 12, p: float = 0.3,
                  noise: float = 0.15):
    rng = np.random.default_rng(seed)
    units = pd.DataFrame({"doc_id": np.repeat([f"d{i}" for i in range(n_docs)], per_doc),
                          "turn": np.tile(np.arange(per_doc), n_docs)})
    truth = rng.random((len(units), len(CODES))) < p
    tables = {}
    for k in range(n_coders):
        coded = truth ^ (rng.random(truth.shape) < noise)
        r, c = np.nonzero(coded)
        tables[f"coder{k}"] = pd.DataFrame({"doc_id": units["doc_id"].to_numpy()[r],
                                            "turn": units["turn"].to_numpy()[r],
                                            "code": np.array(CODES)[c]})
    return units, tables


def est(stats, code, scope="all"):
    row = stats[(stats["code"] == code) & (stats["scope"] == scope)]
    assert len(row) == 1
    return float(row["estimate"].iloc[0])


@pytest.mark.parametrize("seed", [0, 1, 2, 3])
def test_two_coders_match_sklearn_and_krippendorff(seed):
    units, tables = random_tables(seed)
    data = build_units(tables, segments=units)
    kappa = cohen_kappa(data, n_boot=0)
    alpha = krippendorff_alpha(data, n_boot=0)
    pa = percent_agreement(data, n_boot=0)
    v = data.values.astype(float)
    for j, code in enumerate(CODES):
        assert est(kappa, code) == pytest.approx(cohen_kappa_score(v[0, :, j], v[1, :, j]), abs=1e-9)
        assert est(alpha, code) == pytest.approx(
            krippendorff.alpha(reliability_data=v[:, :, j], level_of_measurement="nominal"), abs=1e-9)
        assert est(pa, code) == pytest.approx(np.mean(v[0, :, j] == v[1, :, j]), abs=1e-12)
    # overall: every (unit, code) decision pooled
    flat = v.reshape(2, -1)
    assert est(kappa, OVERALL) == pytest.approx(cohen_kappa_score(flat[0], flat[1]), abs=1e-9)
    assert est(alpha, OVERALL) == pytest.approx(
        krippendorff.alpha(reliability_data=flat, level_of_measurement="nominal"), abs=1e-9)
    # the coded scope equals the statistic on the subset of units anyone coded
    coded = (v == 1).any(axis=(0, 2))
    for j, code in enumerate(CODES):
        assert est(kappa, code, "coded") == pytest.approx(
            cohen_kappa_score(v[0, coded, j], v[1, coded, j]), abs=1e-9)
        assert est(alpha, code, "coded") == pytest.approx(
            krippendorff.alpha(reliability_data=v[:, coded, j], level_of_measurement="nominal"), abs=1e-9)


@pytest.mark.parametrize("seed", [4, 5])
def test_many_coders_with_missing_values(seed):
    units, tables = random_tables(seed, n_coders=4, n_docs=10)
    rng = np.random.default_rng(seed)
    # each coder skips some documents: with coverage="documents" their units are missing
    for name in list(tables)[1:]:
        keep = rng.choice([f"d{i}" for i in range(10)], size=7, replace=False)
        tables[name] = tables[name][tables[name]["doc_id"].isin(keep)]
    data = build_units(tables, segments=units, coverage="documents")
    v = np.where(data.values < 0, np.nan, data.values.astype(float))
    assert np.isnan(v).any()
    alpha = krippendorff_alpha(data, n_boot=0)
    for j, code in enumerate(CODES):
        assert est(alpha, code) == pytest.approx(
            krippendorff.alpha(reliability_data=v[:, :, j], level_of_measurement="nominal"), abs=1e-9)
    assert est(alpha, OVERALL) == pytest.approx(
        krippendorff.alpha(reliability_data=v.reshape(4, -1), level_of_measurement="nominal"), abs=1e-9)
    # percent agreement: agreeing pairs / pairs over units with at least two values
    j = 0
    agree = pairs = 0
    for u in range(v.shape[1]):
        vals = v[:, u, j][~np.isnan(v[:, u, j])]
        for x in range(len(vals)):
            for y in range(x + 1, len(vals)):
                pairs += 1
                agree += vals[x] == vals[y]
    assert est(percent_agreement(data, n_boot=0), "a") == pytest.approx(agree / pairs, abs=1e-12)
    # every pair's kappa, on the units both coded
    pw = pairwise_kappa(data, n_boot=0)
    row = pw[(pw.coder_a == "coder1") & (pw.coder_b == "coder3") & (pw.code == "b") & (pw.scope == "all")
             & (pw.statistic == "cohen_kappa")]
    both = ~np.isnan(v[1, :, 1]) & ~np.isnan(v[3, :, 1])
    assert float(row["estimate"].iloc[0]) == pytest.approx(cohen_kappa_score(v[1, both, 1], v[3, both, 1]),
                                                           abs=1e-9)
    assert int(row["units"].iloc[0]) == both.sum()


def test_bootstrap_is_seeded_and_brackets_the_estimate():
    units, tables = random_tables(7, n_docs=20)
    a = reliability(tables, segments=units, n_boot=300, seed=11).statistics
    b = reliability(tables, segments=units, n_boot=300, seed=11).statistics
    c = reliability(tables, segments=units, n_boot=300, seed=12).statistics
    pd.testing.assert_frame_equal(a, b)
    assert not np.allclose(a["ci_low"], c["ci_low"])
    ok = a.dropna(subset=["ci_low"])
    assert len(ok) == len(a)
    assert ((ok["ci_low"] <= ok["estimate"] + 1e-12) & (ok["estimate"] <= ok["ci_high"] + 1e-12)).all()


def test_hand_checked_small_example():
    # two coders, one document, four segments; code x: A = 1 1 0 0, B = 1 0 0 0
    units = pd.DataFrame({"doc_id": ["d"] * 4, "turn": [0, 1, 2, 3]})
    a = pd.DataFrame({"doc_id": ["d", "d"], "turn": [0, 1], "code": ["x", "x"]})
    b = pd.DataFrame({"doc_id": ["d"], "turn": [0], "code": ["x"]})
    res = reliability({"A": a, "B": b}, segments=units, n_boot=0)
    t = res.table.set_index(["code", "scope"])
    assert t.loc[("x", "all"), "percent_agreement"] == pytest.approx(0.75)
    # p_o = .75, p_e = .5 * .25 + .5 * .75 = .5 -> kappa = .5
    assert t.loc[("x", "all"), "cohen_kappa"] == pytest.approx(0.5)
    # coded scope: units 0 and 1 only -> A = 1 1, B = 1 0: p_o = .5, p_e = .5 -> kappa 0
    assert t.loc[("x", "coded"), "units"] == 2
    assert t.loc[("x", "coded"), "cohen_kappa"] == pytest.approx(0.0)
    assert res.params["coded_units"] == 2 and res.params["units"] == 4


def test_negated_codings_are_not_codings_unless_asked():
    units = pd.DataFrame({"doc_id": ["d", "d"], "turn": [0, 1]})
    a = pd.DataFrame({"doc_id": ["d", "d"], "turn": [0, 1], "code": ["x", "x"], "negated": [False, True]})
    b = pd.DataFrame({"doc_id": ["d"], "turn": [0], "code": ["x"]})
    assert build_units({"A": a, "B": b}, segments=units).values[0, :, 0].tolist() == [1, 0]
    assert build_units({"A": a, "B": b}, segments=units, include_negated=True).values[0, :, 0].tolist() == [1, 1]


def test_degenerate_values_are_nan_not_errors():
    units = pd.DataFrame({"doc_id": ["d", "e"], "turn": [0, 0]})
    a = pd.DataFrame({"doc_id": ["d", "e"], "turn": [0, 0], "code": ["x", "x"]})
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # no RuntimeWarnings leak out
        res = reliability({"A": a, "B": a.copy()}, segments=units, n_boot=50)
    t = res.table.set_index(["code", "scope"])
    assert t.loc[("x", "all"), "percent_agreement"] == 1.0
    assert np.isnan(t.loc[("x", "all"), "cohen_kappa"]) and np.isnan(t.loc[("x", "all"), "krippendorff_alpha"])


def test_input_errors():
    units, tables = random_tables(0)
    with pytest.raises(InputError, match="at least two"):
        reliability({"only": tables["coder0"]})
    with pytest.raises(InputError, match="not in the segments table"):
        reliability(tables, segments=units[units["doc_id"] != "d3"])
    with pytest.raises(InputError, match="lacks column"):
        reliability({"a": tables["coder0"].drop(columns="code"), "b": tables["coder1"]})


def test_coder_names():
    t = pd.DataFrame({"doc_id": ["d"], "turn": [0], "code": ["x"], "coder": ["ann"]})
    u = pd.DataFrame({"doc_id": ["d"], "turn": [0], "code": ["x"]})
    assert coder_names([t, t, u], ["a.csv", "b.csv", "runs/machine/codings.parquet"]) == ["ann", "ann#2", "machine"]


def test_reliability_cli(tmp_path):
    units, tables = random_tables(3)
    paths = []
    for name, df in tables.items():
        path = tmp_path / f"{name}.csv"
        df.to_csv(path, index=False)
        paths.append(str(path))
    segs = tmp_path / "segments.csv"
    units.to_csv(segs, index=False)
    out = tmp_path / "rel"
    r = CliRunner().invoke(cli, ["reliability", *paths, "--segments", str(segs), "-o", str(out), "--n-boot", "50"])
    assert r.exit_code == 0, r.output
    assert "all units: percent_agreement=" in r.output and "cohen_kappa=" in r.output
    stats = pd.read_csv(out / "reliability.csv")
    assert set(stats["statistic"]) == {"percent_agreement", "cohen_kappa", "krippendorff_alpha"}
    assert set(stats["scope"]) == {"all", "coded"} and OVERALL in set(stats["code"])
    v = build_units(tables, segments=units).values
    assert est(stats[stats.statistic == "percent_agreement"], "a") == pytest.approx(
        np.mean(v[0, :, 0] == v[1, :, 0]), abs=1e-12)
    for name in ("reliability.parquet", "reliability_table.csv", "reliability_pairwise.csv",
                 "reliability_manifest.json"):
        assert (out / name).is_file()
    r = CliRunner().invoke(cli, ["reliability", paths[0], "-o", str(tmp_path / "x")])
    assert r.exit_code == 2 and "at least two codings tables" in r.output
