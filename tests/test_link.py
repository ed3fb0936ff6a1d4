"""The link stage end to end: outputs, recomputability, joint display, CLI."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
import statsmodels.formula.api as smf
from click.testing import CliRunner
from scipy import stats as sps

from qualalliance import catalog
from qualalliance.cli import cli
from qualalliance.link import link, load_spec
from qualalliance.tables import write_table

from .linkdata import SPEC, make_outcomes, make_tables

STUDY_YAML = """\
name: link-test
synthetic: true
paths:
  transcripts: texts
timepoints: [baseline, week4, month12]
baseline: baseline
follow_up: [week4, month12]
measures:
  - name: grid_hamd
    improvement: lower
responder: {measure: grid_hamd, min_improvement_pct: 50}
remission: {measure: grid_hamd, threshold: 7}
covariates: [age]
"""


@pytest.fixture(scope="module")
def written(tmp_path_factory):
    tables = make_tables()
    res = link(tables, make_outcomes(tables), study=SPEC)
    out = tmp_path_factory.mktemp("link")
    res.write(out)
    return res, out, tables


def _recompute(x, y, method):
    ok = np.isfinite(x) & np.isfinite(y)
    x, y = x[ok], y[ok]
    ref = sps.pearsonr(x, y) if method == "pearson" else sps.spearmanr(x, y)
    return int(ok.sum()), ref


def test_every_correlation_recomputes_from_analysis_table(written):
    res, out, _ = written
    table = pd.read_csv(out / "analysis_table.csv")
    st = pd.read_csv(out / "statistics.csv")
    assert list(st.columns[:9]) == ["feature", "outcome", "method", "n", "estimate", "ci_low", "ci_high", "p", "p_adj"]
    assert {"small_n", "family"} <= set(st.columns)
    assert len(st) > 100
    checked = 0
    for r in st.itertuples(index=False):
        n, ref = _recompute(table[r.feature].to_numpy(float), table[r.outcome].to_numpy(float), r.method)
        assert r.n == n
        if np.isnan(ref.statistic):
            assert np.isnan(r.estimate)
            continue
        assert r.estimate == pytest.approx(ref.statistic, rel=1e-9, abs=1e-12)
        assert r.p == pytest.approx(ref.pvalue, rel=1e-9, abs=1e-12)
        if r.method == "pearson":
            ci = ref.confidence_interval(0.95)
            assert (r.ci_low, r.ci_high) == (pytest.approx(ci.low, rel=1e-9), pytest.approx(ci.high, rel=1e-9))
        checked += 1
    assert checked > 100


def test_bh_families_and_planted_alliance_effect(written):
    res, _, _ = written
    st = res.statistics
    fam = st[(st.method == "pearson") & (st.family == "alliance|grid_hamd.improvement@month12")]
    # session role: bond and therapist_mi_responsiveness; its old name alliance_index (still in the
    # alliance table) is not tested a second time
    assert sorted(fam["feature"]) == ["alliance.session.bond", "alliance.session.therapist_mi_responsiveness"]
    from statsmodels.stats.multitest import multipletests
    np.testing.assert_allclose(fam["p_adj"], multipletests(fam["p"], method="fdr_bh")[1], rtol=1e-12)
    # the fixture plants improvement ~ 14 * therapist_mi_responsiveness: strong positive correlation
    r = fam.set_index("feature").loc["alliance.session.therapist_mi_responsiveness"]
    assert r["estimate"] > 0.6 and r["p_adj"] < 0.05
    # grid_hamd has a direction, so raw change is not tested twice (improvement = -change)
    assert not st["outcome"].str.contains(r"\.change@").any()


def test_regressions_recompute_with_statsmodels(written):
    res, out, _ = written
    table = pd.read_csv(out / "analysis_table.csv")
    reg = pd.read_csv(out / "regressions.csv")
    row = reg[(reg.model == "ols_hc3") & (reg.feature == "alliance.session.therapist_mi_responsiveness")
              & (reg.outcome == "grid_hamd@month12") & (reg.term_type == "feature")].iloc[0]
    d = table.rename(columns={"alliance.session.therapist_mi_responsiveness": "a", "grid_hamd@month12": "y",
                              "grid_hamd@baseline": "b"})
    ref = smf.ols("y ~ a + b + age", data=d).fit(cov_type="HC3", use_t=True)
    assert row["estimate"] == pytest.approx(ref.params["a"], rel=1e-9)
    assert row["se"] == pytest.approx(ref.bse["a"], rel=1e-9)
    assert row["estimate"] < 0  # more alliance, lower depression at follow-up
    mixed = reg[(reg.model == "mixedlm") & (reg.term_type == "feature")]
    assert set(mixed["outcome"]) == {"grid_hamd@follow-ups"} and (mixed["n_groups"] == 12).all()
    long = pd.read_csv(out / "analysis_long.csv")
    assert len(long) == 24 and set(long["timepoint"]) == {"week4", "month12"}


def test_group_comparisons_cover_responder_and_remission(written):
    res, _, _ = written
    gc = res.group_comparisons
    assert set(gc["group"]) == {"grid_hamd.responder@week4", "grid_hamd.responder@month12",
                                "grid_hamd.remission@week4", "grid_hamd.remission@month12"}
    assert set(gc["method"]) == {"mann_whitney", "welch_t"}
    assert (gc["n"] == gc["n1"] + gc["n0"]).all() and "p_adj" in gc


def test_joint_display_quotes_are_spread_and_traceable(written):
    res, out, tables = written
    jd, jq = res.joint_display, res.joint_display_quotes
    assert set(jd["theme"]) == {"insight", "safety", "trust"} and set(jd["group"]) == {0.0, 1.0}
    assert (jq.groupby(["theme", "group"])["participant_id"].apply(lambda s: s.is_unique)).all()
    assert (jq.groupby(["theme", "group"]).size() <= 3).all() and len(jq) > 0
    seg = tables["segments"].set_index(["doc_id", "turn"])
    for q in jq.itertuples(index=False):
        text = seg.loc[(q.doc_id, q.turn), "text"]
        start = seg.loc[(q.doc_id, q.turn), "start_char"]
        assert text[q.start_char - start:q.end_char - start] == q.span and q.span in q.quote
    cell = jd[(jd.theme == "trust") & (jd.group == 1.0)].iloc[0]
    members = res.analysis_table.loc[res.analysis_table["grid_hamd.responder@month12"] == 1.0]
    assert cell["n_group"] == len(members)
    assert cell["prevalence"] == pytest.approx((members["code.trust.present"] > 0).mean())
    md = (out / "joint_display.md").read_text()
    assert "| Theme | responders" in md and "**trust**" in md


def test_outputs_written(written):
    _, out, _ = written
    for name in ("features.csv", "features.parquet", "variables.csv", "analysis_table.csv", "statistics.csv",
                 "regressions.csv", "group_comparisons.csv", "joint_display.csv", "joint_display.md",
                 "joint_display_quotes.csv", "merge_report.csv", "outcomes_derived.csv", "link.json"):
        assert (out / name).exists(), name
    variables = pd.read_csv(out / "variables.csv")
    table = pd.read_csv(out / "analysis_table.csv")
    undocumented = set(table.columns) - set(variables["variable"]) - {"participant_id", "in_features", "in_outcomes"}
    assert not undocumented


def test_same_inputs_same_outputs():
    tables = make_tables(n=8)
    a = link(tables, make_outcomes(tables), study=SPEC, mixed=False)
    b = link(tables, make_outcomes(tables), study=SPEC, mixed=False)
    pd.testing.assert_frame_equal(a.statistics, b.statistics)
    assert a.joint_display_md == b.joint_display_md


def test_median_split_when_no_responder_definition():
    tables = make_tables(n=8)
    spec = {"baseline": "baseline", "measures": {"grid_hamd": {"direction": "lower"}}}
    res = link(tables, make_outcomes(tables), study=spec, mixed=False)
    assert res.parameters["group_by"] == "grid_hamd.improvement.above_median@month12"
    assert "above median" in res.joint_display_md
    assert res.group_comparisons.empty


def test_study_yaml_through_the_real_loader(tmp_path):
    (tmp_path / "texts").mkdir()
    (tmp_path / "study.yaml").write_text(STUDY_YAML)
    spec = load_spec(tmp_path / "study.yaml")
    m = spec.measure("grid_hamd")
    assert (spec.baseline, m.higher_is_better, m.responder_pct, m.remission) == ("baseline", False, 50.0, 7.0)
    assert spec.timepoints == ("baseline", "week4", "month12") and spec.covariates == ("age",)


def test_cli_link(tmp_path):
    tables = make_tables(n=10)
    feats = tmp_path / "run"
    for name, df in tables.items():
        write_table(df, feats / catalog.stage_of(name), name)  # DIR/<stage>/ layout, as `run` writes it
    make_outcomes(tables).to_csv(tmp_path / "outcomes.csv", index=False)
    (tmp_path / "texts").mkdir()
    (tmp_path / "study.yaml").write_text(STUDY_YAML)
    out = tmp_path / "out"
    r = CliRunner().invoke(cli, ["link", "--features", str(feats), "--outcomes", str(tmp_path / "outcomes.csv"),
                                 "--study", str(tmp_path / "study.yaml"), "-o", str(out), "--no-mixed"])
    assert r.exit_code == 0, r.output
    assert "linked 10 participants (10 with text and outcomes)" in r.output
    assert (out / "statistics.csv").exists() and (out / "joint_display.md").exists()


def test_cli_strict_error_is_one_line_exit_2(tmp_path):
    tables = make_tables(n=6)
    for name, df in tables.items():
        write_table(df, tmp_path / "feats", name)
    o = make_outcomes(tables)
    pd.concat([o, o.head(1), pd.DataFrame([("P77", "baseline", "grid_hamd", 20.0)], columns=o.columns)]) \
        .to_csv(tmp_path / "outcomes.csv", index=False)
    r = CliRunner().invoke(cli, ["link", "--features", str(tmp_path / "feats"), "--outcomes",
                                 str(tmp_path / "outcomes.csv"), "-o", str(tmp_path / "out"), "--strict"])
    assert r.exit_code == 2
    assert r.output.startswith("error: ") and "P77" in r.output and "P01" in r.output
    assert "Traceback" not in r.output and not (tmp_path / "out").exists()
    r = CliRunner().invoke(cli, ["link", "--features", str(tmp_path / "nope"), "--outcomes",
                                 str(tmp_path / "outcomes.csv"), "-o", str(tmp_path / "out")])
    assert r.exit_code == 2 and "error:" in r.output


def test_link_opens_no_socket(no_network):
    tables = make_tables(n=6)
    link(tables, make_outcomes(tables), study=SPEC, mixed=False)
    assert no_network == []


def test_quote_is_the_sentence_around_the_span_trimmed_to_40_words():
    from qualalliance.link.joint_display import _sentence

    text = "First one. " + " ".join(f"w{i}" for i in range(60)) + " I felt safe there " + \
        " ".join(f"v{i}" for i in range(60)) + ". Last one."
    start = text.index("safe")
    quote, a, b = _sentence(text, start, start + 4)
    assert quote[a:b] == "safe" and quote.startswith("… ") and quote.endswith(" …")
    assert 38 <= len(quote.split()) <= 44 and "First" not in quote
    short = "Hello. I trust you\nnow. Bye."
    q, a, b = _sentence(short, short.index("trust"), short.index("trust") + 5)
    assert q == "I trust you now." and q[a:b] == "trust"


def test_link_takes_a_params_model_and_rejects_unknown_options():
    from qualalliance.errors import ConfigError
    from qualalliance.stage_params import LinkParams

    tables = make_tables(n=8)
    res = link(tables, make_outcomes(tables), study=SPEC, params=LinkParams(mixed=False, methods=("spearman",)))
    assert set(res.statistics["method"]) == {"spearman"} and res.parameters["mixed"] is False
    res2 = link(tables, make_outcomes(tables), study=SPEC, params=LinkParams(mixed=False), methods=("pearson",))
    assert set(res2.statistics["method"]) == {"pearson"}  # a keyword option overrides the model
    with pytest.raises(ConfigError, match=r"link: mixd: unknown key \(did you mean mixed\?\)"):
        link(tables, make_outcomes(tables), study=SPEC, mixd=False)


def test_variables_table_carries_the_parts_of_every_name():
    tables = make_tables(n=8)
    res = link(tables, make_outcomes(tables), study=SPEC, mixed=False)
    v = res.variables.set_index("variable")
    group = res.parameters["group_by"]
    assert v.loc[group, "metric"] in ("responder", "remission", "above_median") and v.loc[group, "timepoint"]
    outcomes = v[v["source"] == "outcome"]
    assert (outcomes["measure"] != "").all() and set(outcomes["metric"]) >= {"value"}


def test_a_cell_never_shows_one_quote_twice_in_other_words():
    """Stock phrases said by several participants ("meditating in the mornings, ten / five
    minutes") are one quote to a reader: a cell shows it once, then distinct wordings."""
    from qualalliance.link.joint_display import distinct_quotes, near_duplicate, _word_set

    ranked = pd.DataFrame({"quote": [
        "I've been meditating in the mornings, fifteen minutes, nothing fancy.",
        "I've been meditating in the mornings, ten minutes, nothing fancy.",
        "I suppose I've been meditating in the mornings, five minutes, nothing fancy.",
        "So right now you've been meditating.",
        "I walk by the river most evenings now."]})
    assert [r["quote"] for r in distinct_quotes(ranked, 3)] == [ranked["quote"][0], ranked["quote"][3],
                                                                ranked["quote"][4]]
    assert near_duplicate(_word_set("The hardest part was the first hour."),
                          _word_set("The hardest part was the start."))
    assert not near_duplicate(_word_set("I trust you."), _word_set("I trust this process more than I thought."))
    assert len(distinct_quotes(ranked.head(3), 3)) == 1  # fewer than k rather than the same words again
