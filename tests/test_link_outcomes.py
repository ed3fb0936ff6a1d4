"""Outcome tables: layouts, change scores, responders, remission, and loud merges."""

from __future__ import annotations

import logging

import numpy as np
import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

from qualalliance.errors import ConfigError, InputError
from qualalliance.link import link, load_spec, read_outcomes
from qualalliance.link.outcomes import _split_column, derive_outcomes, outcome_variables

from .linkdata import SPEC, make_outcomes, make_tables

HAMD = {"baseline": "baseline", "timepoints": ["baseline", "week4", "month12"],
        "measures": {"hamd": {"direction": "lower", "responder_pct": 50, "remission": 7}}}


def _long():
    return pd.DataFrame({
        "participant_id": ["A", "A", "A", "B", "B", "B", "C", "C"],
        "timepoint": ["baseline", "week4", "month12"] * 2 + ["week4", "month12"],
        "measure": "hamd",
        "value": [20, 9, 6, 10, 0, 12, 5, 4]})


def test_change_percent_responder_remission_by_hand():
    ot = read_outcomes(_long(), load_spec(HAMD))
    derived, issues = derive_outcomes(ot.long, load_spec(HAMD))
    a = derived[(derived.participant_id == "A")].set_index("timepoint")
    assert a.loc["week4", "change"] == -11 and a.loc["week4", "pct_change"] == pytest.approx(-55.0)
    assert a.loc["week4", "improvement"] == 11 and a.loc["week4", "pct_improvement"] == pytest.approx(55.0)
    assert a.loc["week4", "responder"] == 1.0 and a.loc["week4", "remission"] == 0.0  # 9 > 7
    assert a.loc["month12", "responder"] == 1.0 and a.loc["month12", "remission"] == 1.0  # 6 <= 7
    b = derived[(derived.participant_id == "B")].set_index("timepoint")
    assert b.loc["week4", "pct_change"] == pytest.approx(-100.0) and b.loc["week4", "responder"] == 1.0
    assert b.loc["month12", "pct_change"] == pytest.approx(20.0) and b.loc["month12", "responder"] == 0.0
    assert np.isnan(a.loc["baseline", "change"])
    # C has follow-ups but no baseline: listed, change missing, remission still known
    assert list(issues["participant_id"]) == ["C"] and issues["issue"].iloc[0] == "missing_baseline"
    c = derived[(derived.participant_id == "C")].set_index("timepoint")
    assert np.isnan(c.loc["week4", "change"]) and c.loc["week4", "remission"] == 1.0


def test_outcome_variables_names_and_definitions():
    spec = load_spec(HAMD)
    derived, _ = derive_outcomes(read_outcomes(_long(), spec).long, spec)
    wide, dictionary = outcome_variables(derived, spec)
    assert list(wide["participant_id"]) == ["A", "B", "C"]
    assert wide.loc[0, "hamd.improvement@month12"] == 14
    assert {"hamd@baseline", "hamd.change@week4", "hamd.responder@month12", "hamd.remission@week4"} <= set(wide)
    assert "hamd.change@baseline" not in wide
    d = dictionary.set_index("variable")
    assert d.loc["hamd.responder@week4", "definition"] == (
        "1 if hamd@week4 <= hamd@baseline - 50% of |hamd@baseline| (an improvement of at least 50%; "
        "cut-off rounded to 9 decimals) else 0")
    assert d.loc["hamd.remission@month12", "definition"] == "1 if hamd@month12 <= 7 else 0"


def test_wide_per_participant_layout_and_covariates():
    wide = pd.DataFrame({"participant_id": ["A", "B"], "hamd@baseline": [20, 10], "hamd_week4": [9, 0],
                         "hamd__month12": [6, 12], "age": [34, 51], "sex": ["F", "M"]})
    ot = read_outcomes(wide, load_spec(HAMD))
    long = _long().head(6).astype({"value": float})
    pd.testing.assert_frame_equal(
        ot.long[ot.long.measure == "hamd"].sort_values(["participant_id", "timepoint"]).reset_index(drop=True),
        long.sort_values(["participant_id", "timepoint"]).reset_index(drop=True)[ot.long.columns]
        .astype({"participant_id": object, "timepoint": object, "measure": object}),
        check_dtype=False)
    assert list(ot.covariates.columns) == ["participant_id", "sex"]
    assert set(ot.long["measure"]) == {"hamd", "age"}  # numeric, not named a covariate: a measure


def test_wide_per_visit_layout():
    visits = pd.DataFrame({"participant_id": ["A", "A"], "timepoint": ["baseline", "week4"],
                           "hamd": [20, 9], "wai": [None, 5.5]})
    ot = read_outcomes(visits)
    assert len(ot.long) == 3 and set(ot.long["measure"]) == {"hamd", "wai"}


@given(st.from_regex(r"[a-z][a-z0-9\-]{0,5}(_[a-z0-9]{1,4}){0,2}", fullmatch=True),
       st.from_regex(r"[a-z0-9]{1,5}(_[a-z0-9]{1,4}){0,1}", fullmatch=True))
def test_split_column_round_trips(measure, timepoint):
    assert _split_column(f"{measure}@{timepoint}", ()) == (measure, timepoint)
    assert _split_column(f"{measure}_{timepoint}", (timepoint,)) == (measure, timepoint)
    assert _split_column(measure, ()) == (measure, "")


def test_non_numeric_value_in_a_numeric_measure_names_the_line():
    bad = _long().astype({"value": object})
    bad.loc[4, "value"] = "n/a?"
    with pytest.raises(InputError) as e:
        read_outcomes(bad)
    assert "hamd" in str(e.value) and e.value.line == 6


def test_missing_id_column_is_an_error():
    with pytest.raises(InputError, match="participant_id"):
        read_outcomes(pd.DataFrame({"id": ["A"], "measure": ["x"], "value": [1]}))


def test_strict_spec_dict_rejects_unknown_keys():
    with pytest.raises(ConfigError, match="responders"):
        load_spec({"baseline": "b", "measures": {"x": {"direction": "lower", "responders": 50}}})
    with pytest.raises(ConfigError, match="direction"):
        load_spec({"measures": {"x": {"direction": "down"}}})


def test_a_misspelt_study_key_is_an_error_not_a_silent_none():
    """The duck-typed path turned {"baselin": ...} into baseline None (issue 18)."""
    from types import SimpleNamespace

    with pytest.raises(ConfigError, match=r"link spec\.baselin: unknown key \(did you mean baseline\?\)"):
        load_spec({"baselin": "pre", "measures": {"x": {"direction": "lower"}}})
    with pytest.raises(ConfigError, match="remission: must be a number"):
        load_spec({"measures": {"x": {"direction": "lower", "remission": {"treshold": 7}}}})
    with pytest.raises(ConfigError, match="study must be a Study"):
        load_spec(SimpleNamespace(baseline="pre", measures={}))


def _bad_outcomes(tables):
    out = make_outcomes(tables)
    dup_same = out[(out.participant_id == "P03") & (out.timepoint == "week4")]
    dup_diff = out[(out.participant_id == "P05") & (out.timepoint == "month12")].assign(value=99.0)
    unknown = pd.DataFrame([("P99", "baseline", "grid_hamd", 22.0), ("X-7", "baseline", "grid_hamd", 18.0)],
                           columns=out.columns)
    return pd.concat([out, dup_same, dup_diff, unknown], ignore_index=True)


def test_unknown_and_duplicated_ids_warn_by_name_and_are_listed(caplog):
    tables = make_tables()
    outcomes = _bad_outcomes(tables)
    outcomes = outcomes[outcomes.participant_id != "P12"]  # P12 has text but no outcomes
    with caplog.at_level(logging.WARNING, logger="qualalliance"):
        res = link(tables, outcomes, study=SPEC, mixed=False)
    msg = " ".join(r.getMessage() for r in caplog.records if r.levelno == logging.WARNING)
    for pid in ("P99", "X-7", "P03", "P05", "P12"):
        assert pid in msg
    rep = res.merge_report
    assert set(rep.loc[rep.issue == "unmatched_id", "participant_id"]) == {"P99", "X-7", "P12"}
    dups = rep[rep.issue == "duplicated_id"].set_index("participant_id")
    assert "identical" in dups.loc["P03", "action"] and "excluded" in dups.loc["P05", "action"]
    at = res.analysis_table.set_index("participant_id")
    # nobody dropped: unmatched ids are rows with the missing side empty
    assert {"P99", "X-7", "P12"} <= set(at.index) and not at.loc["P99", "in_features"]
    assert np.isnan(at.loc["P05", "grid_hamd@month12"])  # conflicting duplicate excluded, not guessed
    assert not np.isnan(at.loc["P03", "grid_hamd@week4"])
    assert at.loc["P12", "in_features"] and not at.loc["P12", "in_outcomes"]
    assert np.isnan(at.loc["P12", "grid_hamd@baseline"]) and at.loc["P12", "text.n_words"] > 0


def test_strict_turns_merge_problems_into_an_error():
    tables = make_tables()
    with pytest.raises(InputError) as e:
        link(tables, _bad_outcomes(tables), study=SPEC, strict=True, mixed=False)
    assert all(pid in str(e.value) for pid in ("P99", "X-7", "P03", "P05"))


def test_near_miss_ids_get_a_hint():
    tables = make_tables(n=4)
    out = make_outcomes(tables)
    out["participant_id"] = out["participant_id"].str.lower()
    res = link(tables, out, study=SPEC, mixed=False)
    rep = res.merge_report
    assert "did you mean 'P01'?" in rep.loc[rep.participant_id == "p01", "detail"].iloc[0]


@pytest.mark.parametrize("post, responder", [(8.4, 1.0), (8.0, 1.0), (8.41, 0.0), (12.0, 0.0)])
def test_one_responder_rule_for_decimal_scores(post, responder):
    """A 30% reduction from 12 is 8.4: the study's rule and the link stage agree (issue 18)."""
    from qualalliance.study import ResponderRule, meets_responder, responder_cutoff

    assert responder_cutoff(12, 30, "lower") == 8.4 and responder_cutoff(10, 30, "higher") == 13.0
    assert ResponderRule("m", 30, "lower").is_responder(12, post) is bool(responder)
    assert meets_responder(12, post, 30, "lower") is bool(responder)
    spec = load_spec({"baseline": "pre", "measures": {"m": {"direction": "lower", "responder_pct": 30}}})
    long = pd.DataFrame({"participant_id": ["A", "A"], "timepoint": ["pre", "post"], "measure": "m",
                         "value": [12.0, post]})
    derived, _ = derive_outcomes(long, spec)
    assert derived.set_index("timepoint").loc["post", "responder"] == responder


def test_responder_is_missing_when_it_cannot_be_decided():
    from qualalliance.study import ResponderRule, meets_responder

    assert meets_responder(0, 0, 50, "lower") is None and meets_responder(20, float("nan"), 50, "lower") is None
    assert ResponderRule("m", 50).is_responder(0, 0) is False
