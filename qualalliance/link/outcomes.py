"""Outcome tables: reading long or wide files, change scores, responders, remission.

Nothing here drops a participant silently.  Every problem found while reading
(missing ids, duplicated rows, conflicting values, follow-ups without a baseline)
becomes a row of an *issues* table with the columns of ``MERGE_REPORT_COLUMNS``;
the link stage writes them to ``merge_report.csv`` and names them in a warning.

Accepted layouts (``participant_id`` is required; see docs/link.md):

* long: ``participant_id, timepoint, measure, value`` (``timepoint`` optional);
* wide per visit: ``participant_id, timepoint, <measure>...``;
* wide per participant: ``participant_id, <measure>@<timepoint>...`` (also
  ``<measure>__<timepoint>``, or ``<measure>_<timepoint>`` / ``<measure>.<timepoint>``
  when the study names that time point); other columns are time-invariant.

Non-numeric columns (sex, site) and the study's covariates go to a participant-level
``covariates`` table instead of the numeric ``long`` table.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

import numpy as np
import pandas as pd

from ..errors import InputError
from ..study import meets_responder
from ..tables import read_table
from .spec import ASSUMED_BASELINES, LinkSpec

ID = "participant_id"
MERGE_REPORT_COLUMNS = ["participant_id", "issue", "table", "detail", "action"]
KINDS = ("value", "change", "pct_change", "improvement", "pct_improvement", "responder", "remission")
DERIVED_COLUMNS = ["participant_id", "measure", "timepoint", "baseline_timepoint", "baseline",
                   "value", "change", "pct_change", "improvement", "pct_improvement",
                   "responder", "remission"]


@dataclass
class OutcomeTables:
    long: pd.DataFrame        # participant_id, timepoint, measure, value (float), one row per key
    covariates: pd.DataFrame  # participant_id + one column per covariate
    issues: pd.DataFrame      # MERGE_REPORT_COLUMNS
    path: str | None = None


def issue_rows(rows: list[dict]) -> pd.DataFrame:
    df = pd.DataFrame(rows, columns=MERGE_REPORT_COLUMNS)
    return df.astype({c: "object" for c in MERGE_REPORT_COLUMNS})


FOLLOW_UPS = "follow-ups"  # the "time point" of a mixed model over every follow-up of a measure


def variable_name(measure: str, timepoint: str = "", kind: str = "value") -> str:
    """``grid_hamd@week1``, ``grid_hamd.change@week1``, ``age`` (no time point)."""
    base = measure if kind == "value" else f"{measure}.{kind}"
    return f"{base}@{timepoint}" if timepoint else base


def _clean_id(series: pd.Series) -> pd.Series:
    s = series.astype("object").where(series.notna(), "")
    s = s.map(lambda v: str(int(v)) if isinstance(v, float) and v.is_integer() else str(v)).str.strip()
    return s


def _split_column(col: str, timepoints: tuple[str, ...]) -> tuple[str, str]:
    for sep in ("@", "__"):
        if sep in col:
            m, t = col.rsplit(sep, 1)
            return m.strip(), t.strip()
    for t in sorted(timepoints, key=len, reverse=True):
        for sep in ("_", "."):
            if col.endswith(sep + t) and len(col) > len(t) + 1:
                return col[: -len(t) - 1], t
    return col, ""


def _numeric(values: pd.Series) -> tuple[pd.Series, pd.Series]:
    """(numbers, mask of non-empty cells that are not numbers)."""
    raw = values.astype("object")
    nums = pd.to_numeric(raw.map(lambda v: v.strip() if isinstance(v, str) else v), errors="coerce")
    if raw.map(lambda v: isinstance(v, (bool, np.bool_))).any():
        nums = raw.map(lambda v: float(v) if isinstance(v, (bool, np.bool_)) else np.nan).fillna(nums)
    empty = raw.isna() | raw.map(lambda v: isinstance(v, str) and not v.strip())
    return nums.astype("float64"), nums.isna() & ~empty


def read_outcomes(source, spec: LinkSpec | None = None, id_col: str | None = None) -> OutcomeTables:
    """Read an outcomes file or DataFrame into numeric long rows + covariates + issues."""
    spec = spec or LinkSpec()
    path = None
    if isinstance(source, (str, os.PathLike)):
        path = str(source)
        df = read_table(source)
    elif isinstance(source, pd.DataFrame):
        df = source.copy()
    else:
        raise InputError(f"outcomes must be a file or a DataFrame, not {type(source).__name__}")
    df.columns = [str(c).strip() for c in df.columns]
    id_col = id_col or ID
    if id_col not in df.columns:
        raise InputError(f"outcomes table has no {id_col!r} column; has {', '.join(df.columns)}", path)
    df = df.rename(columns={id_col: ID})
    df["_line"] = np.arange(len(df)) + 2  # line in a CSV with one header line
    df[ID] = _clean_id(df[ID])
    issues = [{"participant_id": "", "issue": "missing_id", "table": "outcomes",
               "detail": f"line {line}", "action": "row not used"} for line in df.loc[df[ID] == "", "_line"]]
    df = df[df[ID] != ""]
    covariate_names = set(spec.covariates) | {m for m, s in spec.measures.items() if s.role == "covariate"}

    if {"measure", "value"} <= set(df.columns):
        if "timepoint" not in df.columns:
            df["timepoint"] = ""
        long = df[[ID, "timepoint", "measure", "value", "_line"]].copy()
    else:
        value_cols = [c for c in df.columns if c not in (ID, "_line", "timepoint")]
        if "timepoint" not in df.columns:
            df["timepoint"] = ""
        long = df.melt(id_vars=[ID, "timepoint", "_line"], value_vars=value_cols,
                       var_name="column", value_name="value")
        split = [(_split_column(c, spec.timepoints) if not t else (c, t))
                 for c, t in zip(long["column"], long["timepoint"].astype(str))]
        long["measure"] = [m for m, _ in split]
        long["timepoint"] = [t for _, t in split]
        long = long.drop(columns="column")
    long["timepoint"] = long["timepoint"].astype("object").where(long["timepoint"].notna(), "").astype(str).str.strip()
    long["measure"] = long["measure"].astype(str).str.strip()
    nums, bad = _numeric(long["value"])
    text_measures = set(long.loc[bad, "measure"])
    mixed = [m for m in text_measures if (~bad & long["value"].notna() & (long["measure"] == m)).any()
             and m not in covariate_names]
    if mixed:  # some numbers, some text: a typo, not a covariate
        row = long[bad & long["measure"].isin(mixed)].iloc[0]
        raise InputError(f"measure {row['measure']!r} has a non-numeric value {row['value']!r}",
                         path, int(row["_line"]))
    cov_mask = long["measure"].isin(text_measures | covariate_names)
    covariates = _covariate_table(long[cov_mask], path)
    long = long[~cov_mask].assign(value=nums[~cov_mask])
    long = long[long["value"].notna()]
    if long.empty:  # nothing to link: an empty or misread file, never a silent empty analysis
        raise InputError("no numeric outcome values; expected a long table (participant_id, timepoint, "
                         "measure, value) or wide columns such as grid_hamd_baseline", path)
    long, dup_issues = _deduplicate(long)
    order = timepoint_order(long["timepoint"], spec)
    long = long.assign(_t=long["timepoint"].map({t: i for i, t in enumerate(order)}))
    long = long.sort_values([ID, "measure", "_t"]).drop(columns=["_t", "_line"]).reset_index(drop=True)
    return OutcomeTables(long=long[[ID, "timepoint", "measure", "value"]], covariates=covariates,
                         issues=issue_rows(issues + dup_issues), path=path)


def read_participants(source, id_col: str | None = None) -> tuple[pd.DataFrame, pd.DataFrame]:
    """A participant-level table (age, sex, site ...) -> (covariates, issues).

    Duplicated ids are listed; identical duplicates keep one row, conflicting cells
    become missing (never guessed).
    """
    path = str(source) if isinstance(source, (str, os.PathLike)) else None
    df = read_table(source) if path else source.copy()
    df.columns = [str(c).strip() for c in df.columns]
    id_col = id_col or ID
    if id_col not in df.columns:
        raise InputError(f"participants table has no {id_col!r} column; has {', '.join(df.columns)}", path)
    df = df.rename(columns={id_col: ID})
    df["_line"] = np.arange(len(df)) + 2
    df[ID] = _clean_id(df[ID])
    issues = [{"participant_id": "", "issue": "missing_id", "table": "participants",
               "detail": f"line {line}", "action": "row not used"} for line in df.loc[df[ID] == "", "_line"]]
    df = df[df[ID] != ""]
    long = df.melt(id_vars=[ID, "_line"], var_name="measure", value_name="value").assign(timepoint="")
    long = long[long["value"].notna()]
    long, dup = _deduplicate(long, compare=lambda v: v.astype(str).nunique() == 1)
    for d in dup:
        d["table"] = "participants"
    ids = pd.DataFrame({ID: pd.Series(sorted(set(df[ID])), dtype="object")})
    cov = ids.merge(_covariate_table(long, path), on=ID, how="left")
    return cov, issue_rows(issues + dup)


def _covariate_table(rows: pd.DataFrame, path) -> pd.DataFrame:
    if rows.empty:
        return pd.DataFrame({ID: pd.Series(dtype="object")})
    rows = rows.assign(name=rows["measure"])
    conflicts = rows.groupby([ID, "name"])["value"].nunique(dropna=True)
    conflicts = conflicts[conflicts > 1]
    if len(conflicts):
        pid, name = conflicts.index[0]
        raise InputError(f"covariate {name!r} has different values for participant {pid!r}", path)
    wide = rows.drop_duplicates([ID, "name"]).pivot(index=ID, columns="name", values="value")
    wide.columns.name = None
    wide = wide.reset_index()
    for c in wide.columns[1:]:  # numbers stay numbers (age), the rest stay text
        nums, bad = _numeric(wide[c])
        wide[c] = nums if not bad.any() else wide[c].astype("object")
    return wide.sort_values(ID).reset_index(drop=True)


def _deduplicate(long: pd.DataFrame, compare=None) -> tuple[pd.DataFrame, list[dict]]:
    keys = [ID, "timepoint", "measure"]
    same = compare or (lambda v: v.nunique() == 1)
    dup = long.duplicated(keys, keep=False)
    if not dup.any():
        return long, []
    issues, drop_keys = [], []
    for key, grp in long[dup].groupby(keys, sort=True):
        pid, tp, measure = key
        lines = ", ".join(str(int(x)) for x in grp["_line"])
        var = variable_name(measure, tp)
        if same(grp["value"]):
            issues.append({"participant_id": pid, "issue": "duplicated_id", "table": "outcomes",
                           "detail": f"{var}: {len(grp)} identical rows (lines {lines})",
                           "action": "identical values; one kept"})
        else:
            values = ", ".join(f"{v:g}" if isinstance(v, (int, float)) else repr(v) for v in grp["value"])
            issues.append({"participant_id": pid, "issue": "duplicated_id", "table": "outcomes",
                           "detail": f"{var}: conflicting values {values} (lines {lines})",
                           "action": "value excluded (set missing)"})
            drop_keys.append(key)
    long = long.drop_duplicates(keys)
    if drop_keys:
        idx = pd.MultiIndex.from_frame(long[keys])
        long = long[~idx.isin(drop_keys)]
    return long, issues


def timepoint_order(timepoints, spec: LinkSpec | None = None) -> list[str]:
    """Study order first, then the rest in order of first appearance."""
    seen = list(dict.fromkeys(str(t) for t in timepoints))
    known = [t for t in (spec.timepoints if spec else ()) if t in seen]
    return known + [t for t in seen if t not in known]


def resolve_baseline(long: pd.DataFrame, spec: LinkSpec) -> tuple[LinkSpec, str | None]:
    """The study's baseline, or an obvious one (with a note for the warning)."""
    if spec.baseline or any(m.baseline for m in spec.measures.values()):
        return spec, None
    present = set(long["timepoint"])
    for cand in ASSUMED_BASELINES:
        if cand in present:
            from dataclasses import replace
            return replace(spec, baseline=cand), cand
    return spec, None


def derive_outcomes(long: pd.DataFrame, spec: LinkSpec) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Change, percent change, improvement, responder and remission per follow-up row.

    change = value - baseline; pct_change = 100 * change / baseline (missing when the
    baseline is 0); improvement = change when higher is better, -change when lower is
    better (missing when the direction is unknown); responder = the value is at or beyond
    the baseline moved by responder_pct % (:func:`qualalliance.study.meets_responder`, the
    study's own rule); remission = value <= cut-off (lower is better) or >= (higher).
    Booleans are 1.0 / 0.0, missing when they cannot be computed.
    """
    rows, issues = [], []
    measured_at = long.groupby("measure")["timepoint"].agg(set).to_dict()
    for (pid, measure), grp in long.groupby([ID, "measure"], sort=True):
        m = spec.measure(measure)
        base_tp = spec.baseline_for(measure)
        values = dict(zip(grp["timepoint"], grp["value"]))
        has_base = base_tp is not None and base_tp in values
        base = values.get(base_tp, np.nan) if base_tp else np.nan
        measure_has_baseline = base_tp is not None and base_tp in measured_at[measure]
        if measure_has_baseline and not has_base:
            issues.append({"participant_id": pid, "issue": "missing_baseline", "table": "outcomes",
                           "detail": f"{measure}: no value at {base_tp}",
                           "action": "change scores missing for this participant"})
        sign = {True: 1.0, False: -1.0, None: np.nan}[m.higher_is_better]
        for tp, value in values.items():
            follow = measure_has_baseline and tp != base_tp and tp != ""
            change = value - base if follow else np.nan
            pct = 100.0 * change / base if follow and base != 0 else np.nan
            improvement = sign * change
            pct_imp = sign * pct
            responder = np.nan
            if m.responder_pct is not None and follow and m.higher_is_better is not None:
                met = meets_responder(base, value, m.responder_pct, "higher" if m.higher_is_better else "lower")
                responder = np.nan if met is None else float(met)
            remission = np.nan
            if m.remission is not None and m.higher_is_better is not None and tp != base_tp:
                remission = float(value >= m.remission if m.higher_is_better else value <= m.remission)
            rows.append({ID: pid, "measure": measure, "timepoint": tp,
                         "baseline_timepoint": base_tp if measure_has_baseline else "",
                         "baseline": base if measure_has_baseline else np.nan, "value": value,
                         "change": change, "pct_change": pct, "improvement": improvement,
                         "pct_improvement": pct_imp, "responder": responder, "remission": remission})
    derived = pd.DataFrame(rows, columns=DERIVED_COLUMNS)
    return derived, issue_rows(issues)


def outcome_variables(derived: pd.DataFrame, spec: LinkSpec) -> tuple[pd.DataFrame, pd.DataFrame]:
    """One row per participant, one column per (measure, time point, kind) + a dictionary."""
    order = timepoint_order(derived["timepoint"], spec)
    cells, meta = {}, {}
    for r in derived.itertuples(index=False):
        for kind in KINDS:
            v = getattr(r, kind)
            if kind != "value" and (r.timepoint == r.baseline_timepoint or not r.baseline_timepoint) \
                    and kind not in ("remission",):
                continue
            if kind == "remission" and (np.isnan(v) if isinstance(v, float) else v is None):
                continue
            direction = spec.measure(r.measure).higher_is_better
            if kind in ("improvement", "pct_improvement", "responder") and direction is None:
                continue
            if kind == "responder" and spec.measure(r.measure).responder_pct is None:
                continue
            name = variable_name(r.measure, r.timepoint, kind)
            cells[(r.participant_id, name)] = v
            meta[name] = (r.measure, r.timepoint, kind, r.baseline_timepoint)
    pids = sorted(set(derived[ID]))
    names = sorted(meta, key=lambda n: (meta[n][0], order.index(meta[n][1]) if meta[n][1] in order else -1,
                                        KINDS.index(meta[n][2])))
    wide = pd.DataFrame({ID: pd.Series(pids, dtype="object")})
    for name in names:
        wide[name] = np.array([cells.get((p, name), np.nan) for p in pids], dtype="float64")
    dictionary = pd.DataFrame(
        [{"variable": n, "measure": meta[n][0], "timepoint": meta[n][1], "kind": meta[n][2],
          "baseline_timepoint": meta[n][3], "definition": _definition(n, *meta[n], spec)} for n in names],
        columns=["variable", "measure", "timepoint", "kind", "baseline_timepoint", "definition"])
    return wide, dictionary


def _definition(name, measure, tp, kind, base_tp, spec: LinkSpec) -> str:
    m = spec.measure(measure)
    at = f"{measure}@{tp}" if tp else measure
    b = f"{measure}@{base_tp}"
    better = {True: "higher is better", False: "lower is better", None: "direction unknown"}[m.higher_is_better]
    return {
        "value": f"{at} as recorded",
        "change": f"{at} - {b}",
        "pct_change": f"100 * ({at} - {b}) / {b}; missing when {b} = 0",
        "improvement": f"{'+' if m.higher_is_better else '-'}({at} - {b}) ({better})",
        "pct_improvement": f"{'+' if m.higher_is_better else '-'}100 * ({at} - {b}) / {b} ({better})",
        "responder": f"1 if {at} {'>=' if m.higher_is_better else '<='} {b} {'+' if m.higher_is_better else '-'} "
                     f"{m.responder_pct:g}% of |{b}| (an improvement of at least {m.responder_pct:g}%; "
                     "cut-off rounded to 9 decimals) else 0" if m.responder_pct is not None else "",
        "remission": f"1 if {at} {'>=' if m.higher_is_better else '<='} {m.remission:g} else 0"
                     if m.remission is not None else "",
    }[kind]
