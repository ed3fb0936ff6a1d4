"""Reading a run folder for the report: every stage's tables, tolerating absent stages.

A run folder holds one subfolder per stage (``ingest/``, ``code/``, ``alliance/``,
``topics/``, ``link/``, optionally ``reliability/``) and ``manifest.json``.  The report
renders whatever is there and says which stages are absent, so a partial run (or a
run of only some stages) still gets a report.
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from .. import catalog
from ..errors import ConfigError, InputError
from ..log import get_logger
from ..schema import ALLIANCE_RENAMED, alliance_current_names, current_feature_name
from ..stages import BY_NAME
from ..tables import read_table

log = get_logger(__name__)

# the stages whose folders the report reads, and the table whose presence means the stage ran
STAGE_KEY_TABLE = {"ingest": "segments", "code": "codings", "alliance": "alliance", "topics": "topics",
                   "link": "analysis_table"}

_NUM_RE = re.compile(r"(\d+)")


def natural_key(value) -> tuple:
    """Sort key that puts P2 before P10."""
    parts = _NUM_RE.split(str(value))
    return tuple((0, int(p)) if p.isdigit() else (1, p.lower()) for p in parts)


def natural_sorted(values) -> list:
    return sorted({str(v) for v in values if v is not None and str(v) != "" and not pd.isna(v)}, key=natural_key)


@dataclass(frozen=True)
class Variable:
    """One row of link/variables.csv: a column of the analysis table and its parts."""

    variable: str
    source: str       # code, alliance, text, topic, outcome, covariate
    role: str
    name: str
    metric: str       # per_1000_words ... for features; value, improvement, responder ... for outcomes
    measure: str
    timepoint: str


@dataclass
class RunData:
    """Everything the report reads from a run folder."""

    run_dir: Path
    tables: dict[str, pd.DataFrame]
    paths: dict[str, Path]                  # table name -> the file it was read from
    stages_present: list[str]
    stages_absent: list[str]
    manifest: dict
    link_params: dict
    study: object | None                    # qualalliance.study.Study, when known
    codebook: object | None                 # qualalliance.codebook.Codebook
    synthetic: bool
    study_name: str
    params: dict = field(default_factory=dict)  # the study's ``stages.report`` parameters
    reliability: dict[str, pd.DataFrame] = field(default_factory=dict)
    cache: dict = field(default_factory=dict, repr=False)  # derived frames, computed once

    def has(self, name: str) -> bool:
        df = self.tables.get(name)
        return df is not None

    def get(self, name: str) -> pd.DataFrame | None:
        return self.tables.get(name)

    # --------------------------------------------------------------- ordering
    @property
    def timepoint_order(self) -> list[str]:
        """Time points in study order, then any others in natural order."""
        if "timepoint_order" not in self.cache:
            self.cache["timepoint_order"] = self._timepoint_order()
        return list(self.cache["timepoint_order"])

    def _timepoint_order(self) -> list[str]:
        known = list(getattr(self.study, "timepoints", ()) or ())
        seen = set()
        for name in ("segments", "outcomes_derived", "alliance"):
            df = self.tables.get(name)
            if df is not None and "timepoint" in df.columns:
                seen |= set(df["timepoint"].dropna().astype(str))
        seen.discard("")
        return known + [t for t in natural_sorted(seen) if t not in known]

    @property
    def session_order(self) -> list[str]:
        """Sessions in study order, then others by the order of their time point."""
        if "session_order" not in self.cache:
            self.cache["session_order"] = self._session_order()
        return list(self.cache["session_order"])

    def _session_order(self) -> list[str]:
        known = list(getattr(self.study, "sessions", ()) or ())
        tp_rank = {t: i for i, t in enumerate(self.timepoint_order)}
        first_tp: dict[str, int] = {}
        for name in ("segments", "alliance"):
            df = self.tables.get(name)
            if df is not None and {"session", "timepoint"} <= set(df.columns):
                for s, t in df[["session", "timepoint"]].astype(str).drop_duplicates().itertuples(index=False):
                    if s:
                        first_tp[s] = min(first_tp.get(s, 10**6), tp_rank.get(t, 10**6))
        others = sorted((s for s in first_tp if s not in known), key=lambda s: (first_tp[s], natural_key(s)))
        return known + others

    @property
    def participants(self) -> list[str]:
        if "participants" not in self.cache:
            self.cache["participants"] = self._participants()
        return list(self.cache["participants"])

    def _participants(self) -> list[str]:
        ids = set()
        for name in ("segments", "analysis_table", "alliance", "outcomes_derived"):
            df = self.tables.get(name)
            if df is not None and "participant_id" in df.columns:
                ids |= set(df["participant_id"].dropna().astype(str))
        return natural_sorted(ids)

    # --------------------------------------------------------------- variables
    def variable(self, name: str) -> Variable | None:
        """The parts of an analysis-table column, from link/variables.csv (None when unknown)."""
        if "variables" not in self.cache:
            self.cache["variables"] = _variables(self.tables.get("variables"))
        return self.cache["variables"].get(str(name))

    def outcome_parts(self, name: str) -> tuple[str, str, str] | None:
        """``(measure, kind, timepoint)`` of an outcome variable; kind "" for the value itself."""
        v = self.variable(name)
        if v is None or v.source != "outcome":
            return None
        return v.measure, "" if v.metric == "value" else v.metric, v.timepoint

    def outcome_variable(self, measure: str, kind: str, timepoint: str) -> str | None:
        """The analysis-table column of *measure*'s *kind* ("" or "value": the value) at *timepoint*."""
        if "variables" not in self.cache:
            self.variable("")
        kind = kind or "value"
        return next((v.variable for v in self.cache["variables"].values()
                     if v.source == "outcome" and (v.measure, v.metric, v.timepoint) == (measure, kind, timepoint)),
                    None)

    def measure_label(self, name: str) -> str:
        m = (getattr(self.study, "measures", None) or {}).get(name)
        return (m.label or name) if m is not None else name

    def code_label(self, code: str) -> str:
        if self.codebook is not None and code in self.codebook:
            return self.codebook[code].label
        return code.replace("_", " ").capitalize()

    def relpath(self, path: Path, start: Path) -> str:
        return Path(os.path.relpath(path, start)).as_posix()


def _load_study(study, manifest: dict):
    from ..study import Study, load_study

    if isinstance(study, Study):
        return study
    if study is not None:
        return load_study(study)
    file = (manifest.get("study") or {}).get("file")
    if file and Path(file).is_file():
        try:
            return load_study(file)
        except ConfigError as exc:
            log.warning(f"report: the run's study file could not be read ({exc.one_line()}); "
                        "rendering without it")
    return None


def _variables(df: pd.DataFrame | None) -> dict[str, Variable]:
    if df is None:
        return {}
    cols = ["variable", "source", "role", "name", "metric", "measure", "timepoint"]
    df = df.reindex(columns=cols).astype(object).where(df.reindex(columns=cols).notna(), "").astype(str)
    return {r.variable: Variable(*r) for r in df.itertuples(index=False)}


@dataclass(frozen=True)
class CodeInfo:
    id: str
    label: str
    parent: str | None
    has_rules: bool


@dataclass
class CodebookInfo:
    """The parts of a codebook the report shows (ids, labels, parents, order).

    Read straight from the YAML: the coding stage already validated it, and the full
    loader checks token patterns with spaCy, which costs seconds the report need not spend.
    """

    name: str
    version: str
    codes: list[CodeInfo]

    @property
    def ids(self) -> list[str]:
        return [c.id for c in self.codes]

    def __contains__(self, code_id) -> bool:
        return any(c.id == code_id for c in self.codes)

    def __getitem__(self, code_id) -> CodeInfo:
        for c in self.codes:
            if c.id == code_id:
                return c
        raise KeyError(code_id)


def read_codebook_info(path=None) -> CodebookInfo:
    from importlib import resources

    from ..yamlio import parse_yaml

    if path is None:
        text = resources.files("qualalliance").joinpath("data", "codebook.yaml").read_text(encoding="utf-8")
    else:
        text = Path(path).read_text(encoding="utf-8")
    data = parse_yaml(text, path) or {}
    codes = []
    for c in data.get("codes") or []:
        if isinstance(c, dict) and c.get("id"):
            codes.append(CodeInfo(id=str(c["id"]), label=str(c.get("label") or c["id"]),
                                  parent=c.get("parent"),
                                  has_rules=bool(c.get("phrases") or c.get("negated_phrases") or c.get("patterns"))))
    return CodebookInfo(name=str(data.get("name", "codebook")), version=str(data.get("version", "")), codes=codes)


def _load_codebook(study, manifest: dict):
    path = getattr(study, "codebook", None)
    if path is None:
        cb = ((manifest.get("parameters") or {}).get("code") or {}).get("codebook")
        if cb and cb != "packaged default" and Path(cb).is_file():
            path = cb
    try:
        return read_codebook_info(path)
    except Exception as exc:  # noqa: BLE001 - a broken codebook must not stop the report
        log.warning(f"report: codebook not readable ({type(exc).__name__}: {exc}); codes are shown by id")
        return None


def _current_names(tables: dict[str, pd.DataFrame]) -> None:
    """Renamed alliance scores under their current names, also in a run written before the rename."""
    if "alliance" in tables:
        tables["alliance"] = alliance_current_names(tables["alliance"])
    if "analysis_table" in tables:
        tables["analysis_table"] = tables["analysis_table"].rename(columns=current_feature_name)
    for name, col in (("statistics", "feature"), ("regressions", "feature"), ("group_comparisons", "feature"),
                      ("variables", "variable")):
        df = tables.get(name)
        if df is not None and col in df.columns:
            df[col] = df[col].map(current_feature_name)
    var = tables.get("variables")
    if var is not None and "name" in var.columns and "source" in var.columns:
        alliance = var["source"].astype(str) == "alliance"
        var.loc[alliance, "name"] = var.loc[alliance, "name"].map(lambda n: ALLIANCE_RENAMED.get(n, n))


def load_run(run_dir, study=None) -> RunData:
    """Read every stage table found in *run_dir* (see module docstring)."""
    run_dir = Path(run_dir)
    if not run_dir.is_dir():
        raise InputError("run folder not found (expected the output folder of `qualalliance run`)", run_dir)
    manifest = {}
    mpath = catalog.manifest_path(run_dir)
    if mpath.is_file():
        try:
            manifest = json.loads(mpath.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise InputError(f"manifest is not valid JSON: {exc}", mpath) from exc
    tables: dict[str, pd.DataFrame] = {}
    paths: dict[str, Path] = {}
    present, absent = [], []
    wanted = BY_NAME["report"].uses  # the tables the report reads, as the stage registry declares them
    for stage, key in STAGE_KEY_TABLE.items():
        if not catalog.stage_dir(run_dir, stage).is_dir():
            absent.append(stage)
            continue
        for name in (n for n in wanted if catalog.stage_of(n) == stage):
            p = catalog.find(run_dir, name)
            if p is not None:
                tables[name] = read_table(p)
                paths[name] = p
        (present if key in tables else absent).append(stage)
    if not present:
        raise InputError("no stage outputs here (ingest/, code/, alliance/, topics/ or link/ with their tables)",
                         run_dir)
    _current_names(tables)
    reliability = {}
    rel_dir = catalog.stage_dir(run_dir, catalog.RELIABILITY_FOLDER)
    if rel_dir.is_dir():
        for p in sorted(rel_dir.glob("*.csv")):
            reliability[p.stem] = read_table(p)
            paths[f"reliability:{p.stem}"] = p
        if reliability:
            present.append("reliability")
    link_params = {}
    lj = catalog.path(run_dir, "link_json")
    if lj.is_file():
        try:
            link_params = json.loads(lj.read_text(encoding="utf-8")).get("parameters") or {}
        except (OSError, ValueError):
            link_params = {}
    st = _load_study(study, manifest)
    synthetic = bool(getattr(st, "synthetic", False) or (manifest.get("study") or {}).get("synthetic"))
    name = getattr(st, "name", None) or (manifest.get("study") or {}).get("name") or run_dir.resolve().name
    params = st.stage("report").model_dump() if st is not None else {}
    return RunData(run_dir=run_dir, tables=tables, paths=paths, stages_present=present, stages_absent=absent,
                   manifest=manifest, link_params=link_params, study=st, codebook=_load_codebook(st, manifest),
                   synthetic=synthetic, study_name=str(name), params=params, reliability=reliability)
