"""Inter-coder reliability of codings tables (human and/or machine).

**Units** are segments ``(doc_id, turn)``.  For every code, each coder gives each unit a
nominal value: 1 if their codings table has a (non-negated) row for that unit and code,
0 if the unit is in their coverage but not coded with it, missing if outside their
coverage.  Coverage is ``"all"`` (every coder saw every unit; the QDA default) or
``"documents"`` (a coder saw the documents that appear in their table).  The unit
universe is the union of the tables' segments, or a segments table when given.

Statistics, each from its own function returning a tidy table
(``code, scope, statistic, n_coders, units, estimate, ci_low, ci_high``):

* :func:`percent_agreement` - agreeing coder pairs / all coder pairs over units with at
  least two values (for two coders: the share of units on which they agree);
* :func:`cohen_kappa` - (p_o - p_e) / (1 - p_e), two coders (Cohen 1960), over units both
  coded; :func:`pairwise_kappa` gives it for every pair when there are more;
* :func:`krippendorff_alpha` - nominal alpha, any number of coders, missing values
  allowed: ``1 - (n - 1) * D_o / D_e`` from the coincidence matrix (Krippendorff 2011).

Each is given per code and ``(overall)``, pooling every (unit, code) decision, for two
**scopes**: ``all`` units and ``coded`` units (those at least one coder gave any code -
agreement on the mass of uncoded text otherwise swamps the figures).  95% CIs are
percentile bootstrap intervals resampling *documents* with replacement (segments of a
document are not independent), seeded.  All three statistics are sums over units of
per-unit counts, so the bootstrap is a matrix product over per-document sums.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd

from .errors import InputError


OVERALL = "(overall)"
SCOPES = ("all", "coded")
STAT_COLUMNS = ["code", "scope", "statistic", "n_coders", "units", "estimate", "ci_low", "ci_high"]
PAIR_COLUMNS = ["coder_a", "coder_b", "code", "scope", "statistic", "units", "estimate", "ci_low", "ci_high"]


@dataclass
class UnitData:
    """Coder x unit x code values: 1 coded, 0 not coded, -1 missing (outside coverage)."""

    coders: list[str]
    codes: list[str]
    units: pd.DataFrame  # doc_id, turn
    values: np.ndarray  # int8, shape (coders, units, codes)
    doc_index: np.ndarray  # document number of each unit (0..n_docs-1)

    @property
    def n_docs(self) -> int:
        return int(self.doc_index.max()) + 1 if len(self.doc_index) else 0

    def coded_mask(self) -> np.ndarray:
        """Units that at least one coder coded with any code."""
        return (self.values == 1).any(axis=(0, 2))

    def subset(self, mask: np.ndarray) -> "UnitData":
        units = self.units[mask].reset_index(drop=True)
        _, doc_index = np.unique(self.doc_index[mask], return_inverse=True)
        return UnitData(self.coders, self.codes, units, self.values[:, mask, :], doc_index.astype(np.int64))


@dataclass
class ReliabilityResult:
    statistics: pd.DataFrame  # STAT_COLUMNS
    pairwise: pd.DataFrame  # PAIR_COLUMNS
    table: pd.DataFrame  # wide: one row per code and scope
    coders: list[str] = field(default_factory=list)
    params: dict = field(default_factory=dict)


# ---------------------------------------------------------------------------
# inputs
# ---------------------------------------------------------------------------

def read_codings(path) -> pd.DataFrame:
    """A codings table from a file, or from a folder holding one (itself or in its ``code/``)."""
    from . import catalog
    from .tables import read_table

    p = Path(path)
    if p.is_dir():
        cand = catalog.find_in(p, "codings")
        if cand is not None:
            return read_table(cand)
        raise InputError(f"folder has no codings table ({', '.join(catalog.output('codings').files)})", p)
    return read_table(p)


def reviewed_vs_machine(run_dir) -> dict[str, pd.DataFrame] | None:
    """A run that used reviewed codings (``run --codings``): each reviewer's codings and the
    machine's, by coder name; None for any other folder."""
    from . import catalog

    p = Path(run_dir)
    if not p.is_dir():
        return None
    human, machine = catalog.read(p, "human_codings"), catalog.read(p, "machine_codings")
    if human is None or machine is None:
        return None
    out = {str(c): g.reset_index(drop=True) for c, g in human.groupby("coder", sort=True)}
    coders = machine["coder"].astype(str).unique() if "coder" in machine.columns else []
    name = coders[0] if len(coders) == 1 else "machine"  # rules and second-stage model together
    out[name if name not in out else f"{name} (machine)"] = machine
    return out


def read_units(path) -> pd.DataFrame:
    """The unit universe: any table with doc_id and turn, or whatever ``load_segments`` reads."""
    from .tables import read_table

    p = Path(path)
    if p.is_file() and p.suffix.lower() in (".csv", ".tsv", ".parquet", ".xlsx"):
        table = read_table(p)
        if {"doc_id", "turn"} <= set(table.columns):
            return table
    from .ingest import load_segments

    return load_segments(str(p))


def coder_names(tables: list[pd.DataFrame], paths: list[str] | None = None) -> list[str]:
    """A name per table: its single ``coder`` value, else the file name; made unique."""
    names = []
    for i, df in enumerate(tables):
        name = None
        if "coder" in df.columns:
            values = df["coder"].dropna().astype(str).unique()
            if len(values) == 1:
                name = values[0]
        if name is None:
            if paths is not None:
                p = Path(paths[i])
                name = p.parent.name if p.stem == "codings" and p.parent.name else p.stem
            else:
                name = f"coder{i + 1}"
        names.append(name)
    seen: dict[str, int] = {}
    unique = []
    for name in names:
        seen[name] = seen.get(name, 0) + 1
        unique.append(name if seen[name] == 1 else f"{name}#{seen[name]}")
    return unique


def build_units(codings: dict[str, pd.DataFrame], segments: pd.DataFrame | None = None,
                codes: list[str] | None = None, coverage: str = "all",
                include_negated: bool = False) -> UnitData:
    """Turn codings tables (one per coder) into coder x unit x code values."""
    if len(codings) < 2:
        raise InputError(f"reliability needs at least two codings tables, got {len(codings)}")
    if coverage not in ("all", "documents"):
        raise InputError(f"coverage must be 'all' or 'documents', got {coverage!r}")
    frames = {}
    for name, df in codings.items():
        missing = [c for c in ("doc_id", "turn", "code") if c not in df.columns]
        if missing:
            raise InputError(f"codings table of {name!r} lacks column(s) {', '.join(missing)}")
        df = df[["doc_id", "turn", "code"] + (["negated"] if "negated" in df.columns else [])].copy()
        df["doc_id"] = df["doc_id"].astype(str)
        df["code"] = df["code"].astype(str)
        df["turn"] = _whole_numbers(df["turn"], f"codings table of {name!r}")
        if "negated" in df.columns and not include_negated:
            df = df[~_truthy(df["negated"])]
        frames[name] = df
    if segments is not None:
        missing = [c for c in ("doc_id", "turn") if c not in segments.columns]
        if missing:
            raise InputError(f"segments table lacks column(s) {', '.join(missing)}")
        units = pd.DataFrame({"doc_id": segments["doc_id"].astype(str),
                              "turn": _whole_numbers(segments["turn"], "segments table")})
    else:
        units = pd.concat([f[["doc_id", "turn"]] for f in frames.values()], ignore_index=True)
    units = units.drop_duplicates().sort_values(["doc_id", "turn"], kind="mergesort").reset_index(drop=True)
    if codes is None:
        codes = sorted(set().union(*(set(f["code"]) for f in frames.values())))
    if not codes:
        raise InputError("no codes to compare: the codings tables are empty")
    unit_of = {key: i for i, key in enumerate(zip(units["doc_id"], units["turn"]))}
    code_of = {c: j for j, c in enumerate(codes)}
    coders = list(frames)
    values = np.zeros((len(coders), len(units), len(codes)), dtype=np.int8)
    doc_ids = units["doc_id"].to_numpy()
    for k, name in enumerate(coders):
        df = frames[name]
        df = df[df["code"].isin(code_of)]
        idx = [unit_of.get(key) for key in zip(df["doc_id"], df["turn"])]
        if any(i is None for i in idx):
            bad = df.iloc[[n for n, i in enumerate(idx) if i is None][0]]
            raise InputError(f"codings of {name!r} refer to a segment that is not in the segments table: "
                             f"doc_id {bad['doc_id']!r}, turn {bad['turn']}")
        values[k, np.asarray(idx, dtype=np.int64), df["code"].map(code_of).to_numpy(dtype=np.int64)] = 1
        if coverage == "documents":
            seen = np.isin(doc_ids, frames[name]["doc_id"].unique())
            values[k, ~seen, :] = -1
    _, doc_index = np.unique(doc_ids, return_inverse=True)
    return UnitData(coders, list(codes), units, values, doc_index.astype(np.int64))


def _whole_numbers(series: pd.Series, what: str) -> pd.Series:
    values = pd.to_numeric(series, errors="coerce")
    if values.isna().any():
        raise InputError(f"{what}: column 'turn' must hold whole numbers")
    return values.astype("int64")


def _truthy(series: pd.Series) -> pd.Series:
    if series.dtype == bool:
        return series
    return series.astype(str).str.strip().str.lower().isin(["true", "1", "yes"])


# ---------------------------------------------------------------------------
# sufficient statistics per document, and the statistics from their sums
# ---------------------------------------------------------------------------

def _per_doc(data: UnitData, per_unit: np.ndarray) -> np.ndarray:
    """Sum per-unit statistics (units x codes x s) within documents -> docs x codes x s."""
    out = np.zeros((data.n_docs,) + per_unit.shape[1:], dtype=np.float64)
    np.add.at(out, data.doc_index, per_unit)
    return out


def _pair_counts(data: UnitData) -> np.ndarray:
    """Per unit and code: [units pairable, agreeing pairs, pairs, o11, o00, o01] (m >= 2)."""
    ones = (data.values == 1).sum(axis=0).astype(np.float64)  # units x codes
    zeros = (data.values == 0).sum(axis=0).astype(np.float64)
    m = ones + zeros
    ok = m >= 2
    denom = np.where(ok, m - 1, 1.0)
    stats = np.stack([
        ok.astype(np.float64),
        np.where(ok, ones * (ones - 1) / 2 + zeros * (zeros - 1) / 2, 0.0),
        np.where(ok, m * (m - 1) / 2, 0.0),
        np.where(ok, ones * (ones - 1) / denom, 0.0),
        np.where(ok, zeros * (zeros - 1) / denom, 0.0),
        np.where(ok, ones * zeros / denom, 0.0),
    ], axis=-1)
    return stats


def _kappa_counts(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Per unit and code for two coders' values: [n, n11, n10, n01, n00] (both present)."""
    both = (a >= 0) & (b >= 0)
    return np.stack([both, both & (a == 1) & (b == 1), both & (a == 1) & (b == 0),
                     both & (a == 0) & (b == 1), both & (a == 0) & (b == 0)], axis=-1).astype(np.float64)


def _percent_from(t: np.ndarray) -> np.ndarray:
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.where(t[..., 2] > 0, t[..., 1] / t[..., 2], np.nan)


def _alpha_from(t: np.ndarray) -> np.ndarray:
    o11, o00, o01 = t[..., 3], t[..., 4], t[..., 5]
    n1, n0 = o11 + o01, o00 + o01
    n = n1 + n0
    with np.errstate(invalid="ignore", divide="ignore"):
        # nominal alpha = 1 - (n - 1) * sum_{c != k} o_ck / sum_{c != k} n_c n_k; binary: 2 o01 / 2 n0 n1
        return np.where((n0 * n1 > 0) & (n > 1), 1.0 - (n - 1.0) * o01 / (n0 * n1), np.nan)


def _kappa_from(t: np.ndarray) -> np.ndarray:
    n, n11, n10, n01, n00 = (t[..., i] for i in range(5))
    with np.errstate(invalid="ignore", divide="ignore"):
        p_o = (n11 + n00) / n
        p_e = ((n11 + n10) * (n11 + n01) + (n00 + n01) * (n00 + n10)) / (n * n)
        return np.where((n > 0) & (p_e < 1), (p_o - p_e) / (1.0 - p_e), np.nan)


def _summarise(per_doc: np.ndarray, stat_fn, units_col: int, codes: list[str], scope: str, statistic: str,
               n_coders: int, n_boot: int, seed: int) -> pd.DataFrame:
    """Estimates and bootstrap CIs per code and pooled, from per-document sums."""
    per_doc = np.concatenate([per_doc, per_doc.sum(axis=1, keepdims=True)], axis=1)  # + overall
    totals = per_doc.sum(axis=0)
    estimate = stat_fn(totals)
    lo = hi = np.full(len(estimate), np.nan)
    n_docs = per_doc.shape[0]
    if n_boot > 0 and n_docs >= 2:
        rng = np.random.default_rng(seed)
        weights = rng.multinomial(n_docs, np.full(n_docs, 1.0 / n_docs), size=n_boot).astype(np.float64)
        boot = stat_fn(np.einsum("bd,dcs->bcs", weights, per_doc))
        with np.errstate(invalid="ignore"):
            enough = np.isfinite(boot).sum(axis=0) >= 2
            if enough.any():
                q = np.full((2, boot.shape[1]), np.nan)
                q[:, enough] = np.nanpercentile(boot[:, enough], [2.5, 97.5], axis=0)
                lo, hi = q[0], q[1]
    return pd.DataFrame({
        "code": codes + [OVERALL], "scope": scope, "statistic": statistic, "n_coders": n_coders,
        "units": totals[:, units_col].astype(np.int64), "estimate": estimate, "ci_low": lo, "ci_high": hi,
    }, columns=STAT_COLUMNS)


def _scoped(data: UnitData, scopes) -> list[tuple[str, UnitData]]:
    out = []
    for scope in scopes:
        if scope == "all":
            out.append((scope, data))
        elif scope == "coded":
            out.append((scope, data.subset(data.coded_mask())))
        else:
            raise InputError(f"unknown scope {scope!r} (use: {', '.join(SCOPES)})")
    return out


def percent_agreement(data: UnitData, scopes=SCOPES, n_boot: int = 1000, seed: int = 0) -> pd.DataFrame:
    """Share of agreeing coder pairs per code and overall (two coders: share of units agreed)."""
    frames = [_summarise(_per_doc(d, _pair_counts(d)), _percent_from, 0, data.codes, scope,
                         "percent_agreement", len(data.coders), n_boot, seed) for scope, d in _scoped(data, scopes)]
    return pd.concat(frames, ignore_index=True)


def krippendorff_alpha(data: UnitData, scopes=SCOPES, n_boot: int = 1000, seed: int = 0) -> pd.DataFrame:
    """Krippendorff's alpha (nominal) per code and overall; missing values allowed."""
    frames = [_summarise(_per_doc(d, _pair_counts(d)), _alpha_from, 0, data.codes, scope,
                         "krippendorff_alpha", len(data.coders), n_boot, seed) for scope, d in _scoped(data, scopes)]
    return pd.concat(frames, ignore_index=True)


def cohen_kappa(data: UnitData, scopes=SCOPES, n_boot: int = 1000, seed: int = 0,
                pair: tuple[int, int] = (0, 1)) -> pd.DataFrame:
    """Cohen's kappa of two coders (by default the first two) per code and overall."""
    if len(data.coders) < 2:
        raise InputError("Cohen's kappa needs two coders")
    i, j = pair
    frames = []
    for scope, d in _scoped(data, scopes):
        per_unit = _kappa_counts(d.values[i], d.values[j])
        frames.append(_summarise(_per_doc(d, per_unit), _kappa_from, 0, data.codes, scope, "cohen_kappa",
                                 2, n_boot, seed))
    return pd.concat(frames, ignore_index=True)


def pairwise_kappa(data: UnitData, scopes=SCOPES, n_boot: int = 1000, seed: int = 0) -> pd.DataFrame:
    """Percent agreement and Cohen's kappa for every pair of coders."""
    frames = []
    for i, j in itertools.combinations(range(len(data.coders)), 2):
        for scope, d in _scoped(data, scopes):
            counts = _per_doc(d, _kappa_counts(d.values[i], d.values[j]))
            for statistic, fn in (("percent_agreement", _kappa_percent), ("cohen_kappa", _kappa_from)):
                table = _summarise(counts, fn, 0, data.codes, scope, statistic, 2, n_boot, seed)
                table.insert(0, "coder_b", data.coders[j])
                table.insert(0, "coder_a", data.coders[i])
                frames.append(table[PAIR_COLUMNS])
    if not frames:
        return pd.DataFrame(columns=PAIR_COLUMNS)
    return pd.concat(frames, ignore_index=True)


def _kappa_percent(t: np.ndarray) -> np.ndarray:
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.where(t[..., 0] > 0, (t[..., 1] + t[..., 4]) / t[..., 0], np.nan)


# ---------------------------------------------------------------------------
# the stage
# ---------------------------------------------------------------------------

def reliability(codings: dict[str, pd.DataFrame] | list[pd.DataFrame], segments: pd.DataFrame | None = None,
                codes: list[str] | None = None, coverage: str = "all", include_negated: bool = False,
                n_boot: int = 1000, seed: int = 0) -> ReliabilityResult:
    """Agreement between two or more codings tables (see module docstring)."""
    if not isinstance(codings, dict):
        tables = list(codings)
        codings = dict(zip(coder_names(tables), tables))
    data = build_units(codings, segments=segments, codes=codes, coverage=coverage,
                       include_negated=include_negated)
    parts = [percent_agreement(data, n_boot=n_boot, seed=seed)]
    if len(data.coders) == 2:
        parts.append(cohen_kappa(data, n_boot=n_boot, seed=seed))
    parts.append(krippendorff_alpha(data, n_boot=n_boot, seed=seed))
    stats = pd.concat(parts, ignore_index=True)
    pairwise = pairwise_kappa(data, n_boot=n_boot, seed=seed)
    params = {"coders": data.coders, "codes": data.codes, "coverage": coverage, "include_negated": include_negated,
              "n_boot": n_boot, "seed": seed, "units": int(len(data.units)), "documents": data.n_docs,
              "coded_units": int(data.coded_mask().sum())}
    return ReliabilityResult(statistics=stats, pairwise=pairwise, table=wide_table(stats), coders=data.coders,
                             params=params)


def wide_table(stats: pd.DataFrame) -> pd.DataFrame:
    """One row per code and scope: units, estimate and CI of each statistic side by side."""
    rows = []
    for (code, scope), g in stats.groupby(["code", "scope"], sort=False):
        row = {"code": code, "scope": scope, "units": int(g["units"].max())}
        for r in g.itertuples(index=False):
            row[r.statistic] = r.estimate
            row[f"{r.statistic}_ci"] = (f"[{r.ci_low:.3f}, {r.ci_high:.3f}]"
                                        if np.isfinite(r.ci_low) and np.isfinite(r.ci_high) else "")
        rows.append(row)
    return pd.DataFrame(rows)


def write_reliability(result: ReliabilityResult, out_dir, inputs=(), pending=None) -> list:
    """Write reliability (CSV + Parquet), reliability_table.csv, reliability_pairwise.csv and the
    manifest, all or none (*pending*: join a larger set, :func:`qualalliance.tables.all_or_nothing`)."""
    from .manifest import build_manifest
    from .tables import all_or_nothing, output_folder, write_csv, write_json, write_table

    out = output_folder(out_dir)
    manifest = build_manifest("reliability", inputs=inputs, params=result.params)
    with all_or_nothing(pending) as p:
        written = write_table(result.statistics, out, "reliability", pending=p)
        written.append(write_csv(result.table, out / "reliability_table.csv", p))
        written.append(write_csv(result.pairwise, out / "reliability_pairwise.csv", p))
        written.append(write_json(out / "reliability_manifest.json", manifest, p))
    return written
