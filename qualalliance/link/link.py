"""The link stage: text features + outcomes -> one analysis table -> statistics.

``link(features, outcomes, study=None, params=None, **options)`` is the library call behind
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
from pydantic import ValidationError

from .. import catalog
from ..errors import ConfigError, InputError
from ..log import get_logger
from ..schema import current_feature_name
from ..stage_params import LinkParams, unknown_key
from ..tables import all_or_nothing, read_table, write_json, write_text
from . import stats
from .features import KEY_COLUMNS, build_features, feature_dictionary
from .joint_display import DISPLAY_COLUMNS, QUOTE_COLUMNS, joint_display, quote_candidates
from .outcomes import (FOLLOW_UPS, MERGE_REPORT_COLUMNS, derive_outcomes, issue_rows, outcome_variables,
                       read_outcomes, read_participants, resolve_baseline, timepoint_order, variable_name)
from .spec import LinkSpec, load_spec

log = get_logger(__name__)
ID = "participant_id"
STAGE_TABLES = ("segments", "codings", "code_matrix", "alliance", "topics", "topic_info")
STATISTICS_COLUMNS = ["feature", "outcome", "method", "n", "estimate", "ci_low", "ci_high", "p", "p_adj",
                      "small_n", "family", "note"]
STRICT_ISSUES = ("unmatched_id", "duplicated_id", "missing_id")


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

    def write(self, out_dir: str | os.PathLike, pending=None) -> list[Path]:
        """Write every table to *out_dir*, all or none (*pending*: join a larger set,
        :func:`qualalliance.tables.all_or_nothing`; see docs/link.md for the files)."""
        out = Path(out_dir)
        with all_or_nothing(pending) as p:
            written = catalog.write(self.features, out, "features", p)
            for name in ("variables", "analysis_table", "statistics", "regressions", "group_comparisons",
                         "joint_display", "joint_display_quotes", "merge_report"):
                written += catalog.write(getattr(self, name), out, name, p)
            written += catalog.write(self.outcomes, out, "outcomes_derived", p)
            written += catalog.write(self.analysis_long, out, "analysis_long", p)
            written.append(write_text(out / catalog.file_name("joint_display_md"), self.joint_display_md, p))
            written.append(write_json(out / catalog.file_name("link_json"),
                                      {"parameters": self.parameters, "warnings": self.warnings}, p))
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


# ---------------------------------------------------------------- parameters
def link_params(params: LinkParams | None = None, **options) -> LinkParams:
    """*params* (default: the defaults) with keyword *options* on top; an unknown option or a
    bad value is a ConfigError naming it."""
    base = {} if params is None else params.model_dump(exclude_unset=True)
    merged = {**base, **{k: v for k, v in options.items() if v is not None}}  # None: the default
    if merged.get("participants") is not None:
        merged["participants"] = str(merged["participants"])
    try:
        return LinkParams.model_validate(merged)
    except ValidationError as exc:
        err = exc.errors()[0]
        where = ".".join(map(str, err["loc"]))
        if err["type"] == "extra_forbidden":
            raise ConfigError("link: " + unknown_key("", where, LinkParams.model_fields)) from None
        raise ConfigError(f"link: {where}: {err['msg']}") from None


@dataclass(frozen=True)
class GroupVar:
    """The binary variable that splits the joint display, with its parts (never parsed back)."""

    variable: str
    measure: str = ""
    timepoint: str = ""
    kind: str = ""
    derived_from: str = ""   # for a median split: the variable split at its median


# ---------------------------------------------------------------- the steps
def _feature_tables(features, p: LinkParams) -> tuple[dict[str, pd.DataFrame], pd.DataFrame, dict]:
    """The stage tables, the features table and its column names' parts (FeatureName)."""
    if isinstance(features, pd.DataFrame):
        return {}, features.copy(), {}  # a table made elsewhere: feature_dictionary reads its names
    tables = load_feature_tables(features) if isinstance(features, (str, os.PathLike)) else dict(features)
    names: dict = {}
    feats = build_features(tables, roles=p.roles, source_types=p.source_types, timepoints=p.feature_timepoints,
                           names=names)
    return tables, feats, names


@dataclass
class _OutcomeSide:
    derived: pd.DataFrame      # derive_outcomes: one row per participant x measure x time point
    wide: pd.DataFrame         # one column per outcome variable
    dictionary: pd.DataFrame   # variable -> measure, timepoint, kind, baseline_timepoint, definition
    covariates: pd.DataFrame   # participant-level covariates (outcomes file + participants table)
    issues: pd.DataFrame       # merge-report rows
    path: object
    spec: LinkSpec
    messages: list[str]


def _outcome_side(outcomes, spec: LinkSpec, p: LinkParams) -> _OutcomeSide:
    ot = read_outcomes(outcomes, spec, id_col=p.id_col)
    spec, assumed = resolve_baseline(ot.long, spec)
    messages = [f"link: no baseline named by a study file; assuming time point {assumed!r}"] if assumed else []
    covariates, part_issues = ot.covariates, issue_rows([])
    participants = spec.participants if p.participants is None else str(p.participants)
    if participants:
        pcov, part_issues = read_participants(participants, id_col=p.id_col)
        clash = [c for c in pcov.columns if c != ID and c in covariates.columns]
        if clash:
            raise InputError(f"covariate(s) {', '.join(clash)} appear in both the outcomes and the "
                             "participants table; keep one")
        covariates = covariates.merge(pcov, on=ID, how="outer").sort_values(ID).reset_index(drop=True)
    derived, base_issues = derive_outcomes(ot.long, spec)
    wide, dictionary = outcome_variables(derived, spec)
    issues = pd.concat([ot.issues, part_issues, base_issues], ignore_index=True)
    return _OutcomeSide(derived, wide, dictionary, covariates, issues, ot.path, spec, messages)


def _merge_checked(feats: pd.DataFrame, side: _OutcomeSide, strict: bool) -> tuple[pd.DataFrame, pd.DataFrame]:
    analysis, merge_issues = _merge(_participant_features(feats), side.wide, side.covariates, has_features=True)
    report = pd.concat([side.issues, merge_issues], ignore_index=True)
    report = report.sort_values(["issue", "table", ID, "detail"], kind="stable").reset_index(drop=True)
    serious = report[report["issue"].isin(STRICT_ISSUES)]
    if len(serious) and strict:
        raise InputError("merge problems (strict): " + _summarise_issues(serious), side.path)
    if len(report):
        side.messages.append("link: " + _summarise_issues(report) + " (listed in merge_report.csv)")
    return analysis, report


def _tested_features(variables: pd.DataFrame, analysis: pd.DataFrame, test_features) -> tuple[pd.DataFrame, list]:
    """Which features are tested: the default set or the *test_features* patterns, minus constants."""
    variables = variables.copy()
    variables["note"] = ""
    if test_features:  # fnmatch patterns replace the default choice
        test_features = [current_feature_name(pat) for pat in test_features]  # old names still work
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
    return variables, tested


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


def _covariates(p: LinkParams, spec: LinkSpec, analysis: pd.DataFrame) -> list[str]:
    covariates = list(spec.covariates if p.covariates is None else p.covariates)
    missing = [c for c in covariates if c not in analysis.columns]
    if missing:
        raise ConfigError(f"covariate(s) not in the outcomes table: {', '.join(missing)}")
    return covariates


def _correlations(analysis, tested, out_tested, source_of, p: LinkParams) -> pd.DataFrame:
    parts = [{"pearson": stats.pearson, "spearman": stats.spearman}[m](analysis, tested, out_tested,
                                                                         confidence=p.confidence)
             for m in p.methods]
    statistics = pd.concat(parts, ignore_index=True) if parts else pd.DataFrame(columns=STATISTICS_COLUMNS)
    statistics["family"] = [f"{source_of.get(f, 'feature')}|{o}"
                            for f, o in zip(statistics["feature"], statistics["outcome"])]
    return stats.bh_adjust(statistics, by=("method", "family"))[STATISTICS_COLUMNS]


def _regressions(analysis, side: _OutcomeSide, tested, out_tested, covariates, source_of,
                 p: LinkParams) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Follow-up value ~ feature + baseline value (+ covariates), HC3; mixed models over repeated follow-ups."""
    parts = []
    od = side.dictionary
    for r in od[(od["kind"] == "value") & od["variable"].isin(out_tested)].itertuples(index=False):
        if r.baseline_timepoint and r.timepoint != r.baseline_timepoint:
            base = variable_name(r.measure, r.baseline_timepoint)
        elif covariates:
            base = None
        else:
            continue
        parts += [stats.ols_hc3(analysis, r.variable, f, baseline=base, covariates=covariates,
                                confidence=p.confidence) for f in tested]
    long_parts = []
    if p.mixed:
        mixed, long_parts = _mixed_models(analysis, side, tested, covariates, p)
        parts += mixed
    regressions = pd.concat(parts, ignore_index=True) if parts else pd.DataFrame(columns=stats.REGRESSION_COLUMNS)
    regressions["family"] = [f"{m}|{source_of.get(f, 'feature')}|{o}" for m, f, o in
                             zip(regressions["model"], regressions["feature"], regressions["outcome"])]
    focal = regressions["term_type"] == "feature"
    regressions["p_adj"] = np.nan
    if focal.any():
        regressions.loc[focal, "p_adj"] = stats.bh_adjust(regressions[focal], by=("family",))["p_adj"]
    analysis_long = (pd.concat(long_parts, ignore_index=True) if long_parts
                     else pd.DataFrame(columns=[ID, "measure", "timepoint", "value", "baseline"]))
    return regressions[stats.REGRESSION_COLUMNS + ["p_adj", "family"]], analysis_long


def _mixed_models(analysis, side: _OutcomeSide, tested, covariates, p: LinkParams):
    derived, spec = side.derived, side.spec
    parts, long_parts = [], []
    order = timepoint_order(derived["timepoint"], spec)
    for measure, grp in derived[derived["baseline_timepoint"] != ""].groupby("measure", sort=True):
        follow = grp[grp["timepoint"] != grp["baseline_timepoint"]]
        if follow["timepoint"].nunique() < 2 or spec.measure(measure).role == "covariate":
            continue
        lg = follow[[ID, "measure", "timepoint", "value", "baseline"]].copy()
        long_parts.append(lg)
        merged = lg.merge(analysis[[ID] + tested + [c for c in covariates if c not in lg]], on=ID, how="left")
        for f in tested:
            parts.append(stats.mixed_lm(merged, "value", f, baseline="baseline", covariates=covariates,
                                        confidence=p.confidence, time_order=order)
                         .assign(outcome=variable_name(measure, FOLLOW_UPS)))
    return parts, long_parts


def _group_comparisons(analysis, outcome_dict, tested, source_of, p: LinkParams) -> pd.DataFrame:
    """Responders / remission (the binary outcome variables): Mann-Whitney and Welch t."""
    binary = outcome_dict[outcome_dict["kind"].isin(["responder", "remission"])]["variable"].tolist()
    parts = []
    for g in binary:
        parts += [stats.mann_whitney(analysis, tested, g), stats.welch_t(analysis, tested, g, p.confidence)]
    out = pd.concat(parts, ignore_index=True) if parts else pd.DataFrame(columns=stats.GROUP_COLUMNS)
    out["family"] = [f"{source_of.get(f, 'feature')}|{g}" for f, g in zip(out["feature"], out["group"])]
    return stats.bh_adjust(out, by=("method", "family"))[stats.GROUP_COLUMNS + ["p_adj", "family"]]


def _choose_group(analysis: pd.DataFrame, outcome_dict: pd.DataFrame, spec: LinkSpec,
                  group_by: str | None) -> tuple[GroupVar | None, pd.DataFrame]:
    if group_by:
        if group_by not in analysis.columns:
            raise ConfigError(f"group_by {group_by!r} is not a column of the analysis table")
        row = outcome_dict[outcome_dict["variable"] == group_by]
        if len(row):
            r = row.iloc[0]
            return GroupVar(group_by, r["measure"], r["timepoint"], r["kind"]), analysis
        return GroupVar(group_by), analysis
    order = timepoint_order(outcome_dict["timepoint"], spec)

    def last(rows):
        tp = max(rows["timepoint"], key=lambda t: order.index(t) if t in order else -1)
        return rows[rows["timepoint"] == tp].iloc[0]

    for kind in ("responder", "remission"):
        cand = outcome_dict[outcome_dict["kind"] == kind]
        if len(cand):
            measures = list(spec.measures) or sorted(set(cand["measure"]))
            measure = next((m for m in measures if m in set(cand["measure"])), cand["measure"].iloc[0])
            r = last(cand[cand["measure"] == measure])
            return GroupVar(r["variable"], r["measure"], r["timepoint"], kind), analysis
    for kind in ("improvement", "change"):
        cand = outcome_dict[outcome_dict["kind"] == kind]
        if len(cand):
            r = last(cand)
            name = variable_name(r["measure"], r["timepoint"], f"{kind}.above_median")
            vals = pd.to_numeric(analysis[r["variable"]], errors="coerce")
            analysis = analysis.assign(**{name: np.where(vals.isna(), np.nan, (vals > vals.median()).astype(float))})
            return GroupVar(name, r["measure"], r["timepoint"], "above_median", derived_from=r["variable"]), analysis
    return None, analysis


def _joint(analysis, group: GroupVar | None, variables, tables, p: LinkParams):
    """The joint display: each theme (code with a ``present`` feature) x the outcome groups."""
    themes = sorted(variables.loc[(variables["source"] == "code") & (variables["metric"] == "present")
                                  & variables["variable"].isin(analysis.columns), "name"])
    if group and themes and "segments" in tables and "codings" in tables:
        seg = tables["segments"]
        if p.source_types is not None and "source_type" in seg.columns:
            seg = seg[seg["source_type"].astype(str).isin(list(p.source_types))]
        cands = quote_candidates(tables["codings"], seg)
        return joint_display(analysis, group.variable, themes, cands, k=p.quotes, kind=group.kind)
    why = "no outcome groups (no responder/remission definition or change score)" if not group else "no codings"
    return (pd.DataFrame(columns=DISPLAY_COLUMNS), pd.DataFrame(columns=QUOTE_COLUMNS),
            f"# Joint display\n\nNot built: {why}.\n")


VARIABLE_COLUMNS = ["variable", "source", "role", "name", "metric", "measure", "timepoint", "baseline_timepoint",
                    "definition", "tested", "note"]


def _variables(features: pd.DataFrame, side: _OutcomeSide, out_tested, group: GroupVar | None) -> pd.DataFrame:
    """variables.csv: every column of the analysis table with its parts (source, role, name, metric,
    measure, timepoint), so nothing downstream has to parse a variable name."""
    od = side.dictionary
    odict = od.assign(source="outcome", role="", name=od["measure"], metric=od["kind"],
                      tested=od["variable"].isin(out_tested), note="")
    if group is not None and group.derived_from:
        odict = pd.concat([odict, pd.DataFrame([{
            "variable": group.variable, "measure": group.measure, "timepoint": group.timepoint,
            "kind": group.kind, "baseline_timepoint": "", "definition":
            f"1 if {group.derived_from} > its median over participants, else 0 (used only to group the joint display)",
            "source": "outcome", "role": "", "name": "", "metric": group.kind, "tested": False, "note": ""}])],
            ignore_index=True)
    cdict = pd.DataFrame([{"variable": c, "source": "covariate", "role": "", "name": c, "metric": "covariate",
                           "definition": "participant-level covariate", "tested": False, "note": ""}
                          for c in side.covariates.columns if c != ID],
                         columns=["variable", "source", "role", "name", "metric", "definition", "tested", "note"])
    all_vars = pd.concat([features.assign(kind="feature", measure="", timepoint="", baseline_timepoint=""),
                          odict, cdict], ignore_index=True)
    return all_vars[VARIABLE_COLUMNS]


def _ordered(analysis: pd.DataFrame, variables: pd.DataFrame) -> pd.DataFrame:
    """Ids and flags, covariates, outcome variables, then the features."""
    covariates = variables.loc[variables["source"] == "covariate", "variable"]
    outcomes = variables.loc[variables["source"] == "outcome", "variable"]
    lead = [ID, "in_features", "in_outcomes"] + [c for c in covariates if c in analysis]
    out_cols = [c for c in outcomes if c in analysis.columns]
    return analysis[lead + out_cols + [c for c in analysis.columns if c not in lead + out_cols]]


# ---------------------------------------------------------------- the call
def link(features, outcomes, study=None, params: LinkParams | None = None, **options) -> LinkResult:
    """Link text features to outcomes.

    *features*: a folder (flat or ``DIR/<stage>/``), a dict of stage tables
    (``segments, codings, alliance, topics``), or a prebuilt features DataFrame.
    *outcomes*: a long or wide table (path or DataFrame).  *study*: a
    :class:`~qualalliance.study.Study`, a study folder / study.yaml, a strict dict or a
    :class:`LinkSpec` (baseline, directions, responder and remission definitions).
    *params*: a :class:`~qualalliance.stage_params.LinkParams` (the ``stages.link``
    parameters); keyword *options* (``strict``, ``mixed``, ``methods``, ``test_features``,
    ``participants`` ...; see LinkParams) override it, and an unknown one is an error.
    """
    p = link_params(params, **options)
    spec = load_spec(study)
    tables, feats, names = _feature_tables(features, p)
    side = _outcome_side(outcomes, spec, p)
    spec = side.spec
    analysis, report = _merge_checked(feats, side, p.strict)
    variables, tested = _tested_features(feature_dictionary(feats, tables.get("topic_info"), names), analysis,
                                         p.test_features)
    source_of = dict(zip(variables["variable"], variables["source"]))
    out_tested = _tested_outcomes(side.dictionary, spec, p.outcome_kinds)
    covariates = _covariates(p, spec, analysis)
    statistics = _correlations(analysis, tested, out_tested, source_of, p)
    regressions, analysis_long = _regressions(analysis, side, tested, out_tested, covariates, source_of, p)
    group_comparisons = _group_comparisons(analysis, side.dictionary, tested, source_of, p)
    group, analysis = _choose_group(analysis, side.dictionary, spec, p.group_by)
    jd, jq, md = _joint(analysis, group, variables, tables, p)
    all_vars = _variables(variables, side, out_tested, group)
    analysis = _ordered(analysis, all_vars)
    for w in side.messages:
        log.warning(w)
    params = {**p.manifest_params(), "study": spec.source, "baseline": spec.baseline, "covariates": covariates,
              "group_by": None if group is None else group.variable,
              "n_participants": int(len(analysis)),
              "n_matched": int((analysis["in_features"] & analysis["in_outcomes"]).sum()),
              "n_features_tested": len(tested), "n_outcomes_tested": len(out_tested), "tables": sorted(tables)}
    return LinkResult(features=feats, variables=all_vars, outcomes=side.derived, analysis_table=analysis,
                      analysis_long=analysis_long, statistics=statistics, regressions=regressions,
                      group_comparisons=group_comparisons, joint_display=jd, joint_display_quotes=jq,
                      joint_display_md=md, merge_report=report[MERGE_REPORT_COLUMNS], parameters=params,
                      warnings=side.messages)


def write_link(result: LinkResult, out_dir: str | os.PathLike, pending=None) -> list[Path]:
    """Write a :class:`LinkResult` (same as ``result.write(out_dir)``)."""
    return result.write(out_dir, pending)
