"""The link stage: text features + outcomes -> one analysis table -> statistics.

``link(features, outcomes, study=None, strict=False)`` is the library call behind
``qualalliance link``.  It builds the features, reads and derives the outcomes,
merges them into ``analysis_table`` (one row per participant, outer join: nobody is
dropped, unmatched and duplicated ids go to ``merge_report`` and a warning), and
computes every statistic from that one table, so a reviewer can recompute anything.
"""

from __future__ import annotations

import fnmatch
import json
import os
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd

from .. import catalog
from ..errors import ConfigError, InputError
from ..log import get_logger
from ..tables import read_table, write_text
from . import stats
from .features import (DEFAULT_ROLES, DEFAULT_SOURCE_TYPES, KEY_COLUMNS, build_features,
                       feature_dictionary)
from .joint_display import joint_display, quote_candidates
from .outcomes import (MERGE_REPORT_COLUMNS, derive_outcomes, issue_rows, outcome_variables,
                       read_outcomes, read_participants, resolve_baseline, timepoint_order)
from .spec import LinkSpec, load_spec

log = get_logger(__name__)
ID = "participant_id"
STAGE_TABLES = ("segments", "codings", "code_matrix", "alliance", "topics", "topic_info")
STATISTICS_COLUMNS = ["feature", "outcome", "method", "n", "estimate", "ci_low", "ci_high", "p", "p_adj",
                      "small_n", "family", "note"]
STRICT_ISSUES = ("unmatched_id", "duplicated_id", "missing_id")
DEFAULT_OUTCOME_KINDS = ("value", "improvement", "change")


@dataclass
class LinkResult:
    features: pd.DataFrame
    variables: pd.DataFrame
    outcomes: pd.DataFrame
    analysis_table: pd.DataFrame
    analysis_long: pd.DataFrame
    statistics: pd.DataFrame
    regressions: pd.DataFrame
    group_comparisons: pd.DataFrame
    joint_display: pd.DataFrame
    joint_display_quotes: pd.DataFrame
    joint_display_md: str
    merge_report: pd.DataFrame
    parameters: dict = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)

    def summary(self) -> str:
        p, st = self.parameters, self.statistics
        n_sig = int((st["p_adj"] < 0.05).sum()) if len(st) else 0
        n_reg = int((self.regressions["term_type"] == "feature").sum()) if len(self.regressions) else 0
        return (f"linked {p['n_participants']} participants ({p['n_matched']} with text and outcomes): "
                f"{len(st)} correlations ({n_sig} with BH-adjusted p < .05), {n_reg} regression estimates, "
                f"{len(self.group_comparisons)} group comparisons, {len(self.merge_report)} merge issue(s)")

    def write(self, out_dir: str | os.PathLike) -> list[Path]:
        """Write every table to *out_dir* (atomic; see docs/link.md for the files)."""
        out = Path(out_dir)
        written = catalog.write(self.features, out, "features")
        for name in ("variables", "analysis_table", "statistics", "regressions", "group_comparisons",
                     "joint_display", "joint_display_quotes", "merge_report"):
            written += catalog.write(getattr(self, name), out, name)
        written += catalog.write(self.outcomes, out, "outcomes_derived")
        written += catalog.write(self.analysis_long, out, "analysis_long")
        written.append(write_text(out / catalog.file_name("joint_display_md"), self.joint_display_md))
        written.append(write_text(out / catalog.file_name("link_json"), json.dumps(
            {"parameters": self.parameters, "warnings": self.warnings}, indent=2, sort_keys=True, default=str) + "\n"))
        return written


# ---------------------------------------------------------------- inputs
def load_feature_tables(folder: str | os.PathLike) -> dict[str, pd.DataFrame]:
    """Find stage tables in *folder* (flat) or in its stage subfolders (``DIR/<stage>/``, the
    run-folder layout of :mod:`qualalliance.catalog`)."""
    folder = Path(folder)
    if not folder.is_dir():
        raise InputError("features must be a folder holding segments/codings/alliance/topics tables", folder)
    tables = {}
    for name in STAGE_TABLES:
        found = catalog.find_in(folder, name)
        if found is not None:
            tables[name] = read_table(found)
    if not any(k in tables for k in ("segments", "codings", "alliance", "topics")):
        raise InputError("no segments, codings, alliance or topics table (.parquet/.csv) here or in a "
                         "subfolder", folder)
    return tables


def _participant_features(features: pd.DataFrame) -> pd.DataFrame:
    if "level" in features.columns:
        features = features[features["level"] == "participant"]
    features = features.drop(columns=[c for c in KEY_COLUMNS if c in features.columns and c != ID])
    if ID not in features.columns:
        raise InputError(f"features table has no {ID!r} column")
    dup = features[ID].duplicated()
    if dup.any():
        raise InputError(f"features table has several participant-level rows for {features.loc[dup, ID].iloc[0]!r}")
    return features.reset_index(drop=True)


def _near_miss(pid: str, others: set[str]) -> str:
    def norm(s: str) -> str:
        return "".join(ch for ch in s.lower() if ch.isalnum()).lstrip("0")
    target = norm(pid)
    hits = sorted(o for o in others if norm(o) == target)
    return f"; did you mean {hits[0]!r}?" if hits else ""


def _merge(pf: pd.DataFrame, wide: pd.DataFrame, covariates: pd.DataFrame,
           has_features: bool) -> tuple[pd.DataFrame, pd.DataFrame]:
    feat_ids = set(pf[ID]) if has_features else set()
    out_ids = set(wide[ID]) | set(covariates[ID])
    rows = []
    if has_features:
        for pid in sorted(out_ids - feat_ids):
            rows.append({ID: pid, "issue": "unmatched_id", "table": "outcomes",
                         "detail": "in outcomes but no text features" + _near_miss(pid, feat_ids - out_ids),
                         "action": "kept in analysis_table with features missing"})
        for pid in sorted(feat_ids - out_ids):
            rows.append({ID: pid, "issue": "unmatched_id", "table": "features",
                         "detail": "has text features but no outcomes" + _near_miss(pid, out_ids - feat_ids),
                         "action": "kept in analysis_table with outcomes missing"})
    table = pd.DataFrame({ID: pd.Series(sorted(feat_ids | out_ids), dtype="object")})
    table["in_features"] = table[ID].isin(feat_ids)
    table["in_outcomes"] = table[ID].isin(out_ids)
    table = table.merge(covariates, on=ID, how="left").merge(wide, on=ID, how="left")
    if has_features:
        table = table.merge(pf, on=ID, how="left")
    return table, issue_rows(rows)


def _summarise_issues(report: pd.DataFrame, limit: int = 12) -> str:
    parts = []
    labels = {("unmatched_id", "outcomes"): "outcome id(s) with no text features",
              ("unmatched_id", "features"): "text id(s) with no outcomes",
              ("duplicated_id", "outcomes"): "id(s) duplicated in outcomes",
              ("duplicated_id", "participants"): "id(s) duplicated in participants",
              ("missing_id", "outcomes"): "outcome row(s) without an id",
              ("missing_baseline", "outcomes"): "id(s) missing a baseline value"}
    for (issue, table), grp in report.groupby(["issue", "table"], sort=True):
        ids = list(dict.fromkeys(grp[ID].astype(str)))
        shown = ", ".join(i if i else grp["detail"].iloc[0] for i in ids[:limit])
        more = f" (+{len(ids) - limit} more)" if len(ids) > limit else ""
        parts.append(f"{len(ids)} {labels.get((issue, table), issue + ' in ' + table)}: {shown}{more}")
    return "; ".join(parts)


# ---------------------------------------------------------------- choices
def _tested_outcomes(outcome_dict: pd.DataFrame, spec: LinkSpec, kinds) -> list[str]:
    names = []
    for r in outcome_dict.itertuples(index=False):
        m = spec.measure(r.measure)
        if m.role == "covariate" or r.kind not in kinds:
            continue
        if r.kind == "change" and "improvement" in kinds and m.higher_is_better is not None:
            continue  # improvement is change with the sign of the study's direction: no double test
        names.append(r.variable)
    return names


def _choose_group(analysis: pd.DataFrame, outcome_dict: pd.DataFrame, spec: LinkSpec,
                  group_by: str | None) -> tuple[str | None, pd.DataFrame]:
    if group_by:
        if group_by not in analysis.columns:
            raise ConfigError(f"group_by {group_by!r} is not a column of the analysis table")
        return group_by, analysis
    order = timepoint_order(outcome_dict["timepoint"], spec)
    for kind in ("responder", "remission"):
        cand = outcome_dict[outcome_dict["kind"] == kind]
        if len(cand):
            measures = list(spec.measures) or sorted(set(cand["measure"]))
            measure = next((m for m in measures if m in set(cand["measure"])), cand["measure"].iloc[0])
            cand = cand[cand["measure"] == measure]
            last = max(cand["timepoint"], key=lambda t: order.index(t) if t in order else -1)
            return cand.loc[cand["timepoint"] == last, "variable"].iloc[0], analysis
    for kind in ("improvement", "change"):
        cand = outcome_dict[outcome_dict["kind"] == kind]
        if len(cand):
            last = max(cand["timepoint"], key=lambda t: order.index(t) if t in order else -1)
            var = cand.loc[cand["timepoint"] == last, "variable"].iloc[0]
            vals = pd.to_numeric(analysis[var], errors="coerce")
            name = f"{var.split('@')[0]}.above_median@{last}"
            analysis = analysis.assign(**{name: np.where(vals.isna(), np.nan, (vals > vals.median()).astype(float))})
            return name, analysis
    return None, analysis


# ---------------------------------------------------------------- the call
def link(features, outcomes, study=None, strict: bool = False, *, id_col: str | None = None,
         roles=DEFAULT_ROLES, source_types=DEFAULT_SOURCE_TYPES, feature_timepoints=None,
         methods=("pearson", "spearman"), outcome_kinds=DEFAULT_OUTCOME_KINDS, covariates=None,
         group_by: str | None = None, mixed: bool = True, quotes: int = 3,
         confidence: float = 0.95, test_features=None, participants=None) -> LinkResult:
    """Link text features to outcomes.

    *features*: a folder (flat or ``DIR/<stage>/``), a dict of stage tables
    (``segments, codings, alliance, topics``), or a prebuilt features DataFrame.
    *outcomes*: a long or wide table (path or DataFrame).  *study*: study.yaml /
    study folder / loaded study / dict / :class:`LinkSpec` (baseline, directions,
    responder and remission definitions).  *strict*: unmatched or duplicated ids
    raise InputError instead of a warning.  *test_features*: glob patterns
    (``"alliance.*"``) choosing the features to test instead of the default set
    (``tested`` in variables.csv).  *participants*: a participant-level covariates
    table (path or DataFrame; default the study's ``paths.participants``).
    """
    spec = load_spec(study)
    if isinstance(features, pd.DataFrame):
        tables, feats = {}, features.copy()
    else:
        tables = load_feature_tables(features) if isinstance(features, (str, os.PathLike)) else dict(features)
        feats = build_features(tables, roles=roles, source_types=source_types, timepoints=feature_timepoints)
    topic_info = tables.get("topic_info")
    ot = read_outcomes(outcomes, spec, id_col=id_col)
    spec, assumed = resolve_baseline(ot.long, spec)
    messages = []
    if assumed:
        messages.append(f"link: no baseline named by a study file; assuming time point {assumed!r}")
    participants = spec.participants if participants is None else participants
    part_issues = issue_rows([])
    if participants is not None and not (isinstance(participants, str) and participants == ""):
        pcov, part_issues = read_participants(participants, id_col=id_col)
        clash = [c for c in pcov.columns if c != ID and c in ot.covariates.columns]
        if clash:
            raise InputError(f"covariate(s) {', '.join(clash)} appear in both the outcomes and the "
                             "participants table; keep one")
        ot.covariates = ot.covariates.merge(pcov, on=ID, how="outer").sort_values(ID).reset_index(drop=True)
    derived, base_issues = derive_outcomes(ot.long, spec)
    wide, outcome_dict = outcome_variables(derived, spec)
    pf = _participant_features(feats)
    analysis, merge_issues = _merge(pf, wide, ot.covariates, has_features=True)
    report = pd.concat([ot.issues, part_issues, merge_issues, base_issues], ignore_index=True)
    report = report.sort_values(["issue", "table", ID, "detail"], kind="stable").reset_index(drop=True)
    serious = report[report["issue"].isin(STRICT_ISSUES)]
    if len(serious) and strict:
        raise InputError("merge problems (strict): " + _summarise_issues(serious), ot.path)
    if len(report):
        messages.append("link: " + _summarise_issues(report) + " (listed in merge_report.csv)")

    variables = feature_dictionary(feats, topic_info)
    feature_cols = [c for c in variables["variable"] if c in analysis.columns]
    variables["note"] = ""
    if test_features:  # fnmatch patterns replace the default choice
        variables["tested"] = [any(fnmatch.fnmatchcase(v, pat) for pat in test_features)
                               for v in variables["variable"]]
    tested = []
    for i, r in variables.iterrows():
        if not r["tested"]:
            continue
        col = pd.to_numeric(analysis[r["variable"]], errors="coerce").dropna()
        if col.nunique() < 2:
            variables.loc[i, ["tested", "note"]] = [False, "constant across participants; not tested"]
        else:
            tested.append(r["variable"])
    source_of = dict(zip(variables["variable"], variables["source"]))
    out_tested = _tested_outcomes(outcome_dict, spec, outcome_kinds)
    odict = outcome_dict.assign(source="outcome", role="", name=outcome_dict["measure"],
                                metric=outcome_dict["kind"], tested=outcome_dict["variable"].isin(out_tested), note="")
    covariates = list(spec.covariates if covariates is None else covariates)
    missing_cov = [c for c in covariates if c not in analysis.columns]
    if missing_cov:
        raise ConfigError(f"covariate(s) not in the outcomes table: {', '.join(missing_cov)}")
    cdict = pd.DataFrame([{"variable": c, "source": "covariate", "role": "", "name": c, "metric": "covariate",
                           "definition": "participant-level covariate", "tested": False, "note": ""}
                          for c in ot.covariates.columns if c != ID],
                         columns=["variable", "source", "role", "name", "metric", "definition", "tested", "note"])

    # correlations
    stat_parts = []
    for method in methods:
        fn = {"pearson": stats.pearson, "spearman": stats.spearman}.get(method)
        if fn is None:
            raise ConfigError(f"unknown correlation method {method!r} (pearson, spearman)")
        stat_parts.append(fn(analysis, tested, out_tested, confidence=confidence))
    statistics = pd.concat(stat_parts, ignore_index=True) if stat_parts else pd.DataFrame(columns=STATISTICS_COLUMNS)
    statistics["family"] = [f"{source_of.get(f, 'feature')}|{o}"
                            for f, o in zip(statistics["feature"], statistics["outcome"])]
    statistics = stats.bh_adjust(statistics, by=("method", "family"))[STATISTICS_COLUMNS]

    # regressions: follow-up value ~ feature + baseline value (+ covariates), HC3
    reg_parts, long_parts = [], []
    value_rows = outcome_dict[(outcome_dict["kind"] == "value") & outcome_dict["variable"].isin(out_tested)]
    for r in value_rows.itertuples(index=False):
        if r.baseline_timepoint and r.timepoint != r.baseline_timepoint:
            base = f"{r.measure}@{r.baseline_timepoint}"
        elif covariates:
            base = None
        else:
            continue
        for f in tested:
            reg_parts.append(stats.ols_hc3(analysis, r.variable, f, baseline=base, covariates=covariates,
                                           confidence=confidence))
    # mixed models over repeated follow-ups of each measure with a baseline
    analysis_long = pd.DataFrame(columns=[ID, "measure", "timepoint", "value", "baseline"])
    if mixed:
        for measure, grp in derived[derived["baseline_timepoint"] != ""].groupby("measure", sort=True):
            follow = grp[grp["timepoint"] != grp["baseline_timepoint"]]
            if follow["timepoint"].nunique() < 2 or spec.measure(measure).role == "covariate":
                continue
            order = timepoint_order(derived["timepoint"], spec)
            lg = follow[[ID, "measure", "timepoint", "value", "baseline"]].copy()
            long_parts.append(lg)
            merged = lg.merge(analysis[[ID] + tested + [c for c in covariates if c not in lg]], on=ID, how="left")
            for f in tested:
                reg_parts.append(stats.mixed_lm(merged, "value", f, baseline="baseline", covariates=covariates,
                                                confidence=confidence, time_order=order)
                                 .assign(outcome=f"{measure}@follow-ups"))
        if long_parts:
            analysis_long = pd.concat(long_parts, ignore_index=True)
    regressions = (pd.concat(reg_parts, ignore_index=True) if reg_parts
                   else pd.DataFrame(columns=stats.REGRESSION_COLUMNS))
    regressions["family"] = [f"{m}|{source_of.get(f, 'feature')}|{o}" for m, f, o in
                             zip(regressions["model"], regressions["feature"], regressions["outcome"])]
    focal = regressions["term_type"] == "feature"
    regressions["p_adj"] = np.nan
    if focal.any():
        regressions.loc[focal, "p_adj"] = stats.bh_adjust(regressions[focal], by=("family",))["p_adj"]

    # group comparisons: responders / remission (binary outcome variables)
    binary = outcome_dict[outcome_dict["kind"].isin(["responder", "remission"])]["variable"].tolist()
    grp_parts = []
    for g in binary:
        grp_parts += [stats.mann_whitney(analysis, tested, g), stats.welch_t(analysis, tested, g, confidence)]
    group_comparisons = (pd.concat(grp_parts, ignore_index=True) if grp_parts
                         else pd.DataFrame(columns=stats.GROUP_COLUMNS))
    group_comparisons["family"] = [f"{source_of.get(f, 'feature')}|{g}" for f, g in
                                   zip(group_comparisons["feature"], group_comparisons["group"])]
    group_comparisons = stats.bh_adjust(group_comparisons, by=("method", "family"))

    # joint display
    group_var, analysis = _choose_group(analysis, outcome_dict, spec, group_by)
    themes = sorted(c.split(".")[1] for c in feature_cols if c.startswith("code.") and c.endswith(".present"))
    if group_var and themes and "segments" in tables and "codings" in tables:
        seg = tables["segments"]
        if source_types is not None and "source_type" in seg.columns:
            seg = seg[seg["source_type"].astype(str).isin(list(source_types))]
        cands = quote_candidates(tables["codings"], seg)
        jd, jq, md = joint_display(analysis, group_var, themes, cands, k=quotes)
    else:
        why = "no outcome groups (no responder/remission definition or change score)" if not group_var \
            else "no codings"
        from .joint_display import DISPLAY_COLUMNS, QUOTE_COLUMNS
        jd, jq = pd.DataFrame(columns=DISPLAY_COLUMNS), pd.DataFrame(columns=QUOTE_COLUMNS)
        md = f"# Joint display\n\nNot built: {why}.\n"
    if group_var and group_var.split("@")[0].endswith(".above_median"):
        odict = pd.concat([odict, pd.DataFrame([{
            "variable": group_var, "measure": group_var.split(".")[0], "timepoint": group_var.split("@")[1],
            "kind": "above_median", "baseline_timepoint": "", "definition":
            f"1 if {group_var.replace('.above_median', '')}"
            " > its median over participants, else 0 (used only to group the joint display)",
            "source": "outcome", "role": "", "name": "", "metric": "above_median", "tested": False, "note": ""}])],
            ignore_index=True)

    all_vars = pd.concat([variables.assign(kind="feature", measure="", timepoint="", baseline_timepoint=""),
                          odict, cdict], ignore_index=True)
    all_vars = all_vars[["variable", "source", "role", "name", "metric", "measure", "timepoint",
                         "baseline_timepoint", "definition", "tested", "note"]]
    lead = [ID, "in_features", "in_outcomes"] + [c for c in cdict["variable"] if c in analysis]
    out_cols = [c for c in odict["variable"] if c in analysis.columns]
    analysis = analysis[lead + out_cols + [c for c in analysis.columns if c not in lead + out_cols]]
    for w in messages:
        log.warning(w)
    params = {"study": spec.source, "baseline": spec.baseline, "strict": strict, "roles": list(roles),
              "source_types": None if source_types is None else list(source_types),
              "feature_timepoints": feature_timepoints, "methods": list(methods),
              "outcome_kinds": list(outcome_kinds), "covariates": covariates, "group_by": group_var,
              "mixed": mixed, "quotes": quotes, "confidence": confidence,
              "test_features": None if not test_features else list(test_features),
              "n_participants": int(len(analysis)),
              "n_matched": int((analysis["in_features"] & analysis["in_outcomes"]).sum()),
              "n_features_tested": len(tested), "n_outcomes_tested": len(out_tested),
              "tables": sorted(tables)}
    return LinkResult(features=feats, variables=all_vars, outcomes=derived, analysis_table=analysis,
                      analysis_long=analysis_long, statistics=statistics,
                      regressions=regressions[stats.REGRESSION_COLUMNS + ["p_adj", "family"]],
                      group_comparisons=group_comparisons[stats.GROUP_COLUMNS + ["p_adj", "family"]],
                      joint_display=jd, joint_display_quotes=jq, joint_display_md=md,
                      merge_report=report[MERGE_REPORT_COLUMNS], parameters=params, warnings=messages)


def write_link(result: LinkResult, out_dir: str | os.PathLike) -> list[Path]:
    """Write a :class:`LinkResult` (same as ``result.write(out_dir)``)."""
    return result.write(out_dir)
