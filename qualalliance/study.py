"""The study file (``study.yaml``): what is where, which measures, which definitions.

:func:`load_study` reads a study folder (holding ``study.yaml``) or the yaml file
itself and returns a frozen :class:`Study`.  Validation is strict, because a typo in
a study file silently changes an analysis: an unknown key, a missing required key,
a value of the wrong type, a duplicated key or a path that does not exist raises
:class:`~qualalliance.errors.ConfigError` naming the key, the file and the line.
The format is documented in ``docs/study.md``; ``corpora/psilocybin-demo/study.yaml``
is a complete example.

Relative paths are resolved against the folder that holds the yaml file, never
against the current directory, so a study runs the same from anywhere.
"""

from __future__ import annotations

import math
import os
from dataclasses import dataclass, field, replace
from pathlib import Path
from types import MappingProxyType
from typing import Any, Mapping

from .engine.params import EngineParams, validate_engine
from .errors import ConfigError
from .schema import ROLES
from .stage_params import PARAMS, StageParams, unknown_key, validate_params
from .yamlio import YamlMapping, read_yaml

STUDY_FILE = "study.yaml"
KNOWN_STAGES = tuple(PARAMS)  # the stages of qualalliance.stages.REGISTRY, in run order
IMPROVEMENT = ("lower", "higher")
MEASURE_ROLES = ("outcome", "process", "covariate")

# key -> required?  (nested sections have their own tables below)
_TOP_KEYS = {
    "name": True, "description": False, "synthetic": False, "seed": False, "paths": True,
    "codebook": False, "roles": False, "sessions": False, "timepoints": False, "baseline": False,
    "follow_up": False, "measures": False, "responder": False, "remission": False,
    "covariates": False, "stages": False, "codings": False, "deid": False, "engine": False,
}
_PATH_KEYS = {"transcripts": False, "narratives": False, "case_histories": False,
              "metadata": False, "outcomes": False, "participants": False}
_TEXT_DIRS = {"transcripts": "transcript", "narratives": "narrative", "case_histories": "case_history"}
_MEASURE_KEYS = {"name": True, "label": False, "description": False, "range": False,
                 "improvement": True, "role": False, "construct": False, "timepoints": False, "baseline": False}
_RESPONDER_KEYS = {"measure": True, "min_improvement_pct": True}
_REMISSION_KEYS = {"measure": True, "threshold": True}


# ----------------------------------------------------------------------------- dataclasses

@dataclass(frozen=True)
class Measure:
    """One questionnaire or rating scale named in ``outcomes.csv``'s ``measure`` column."""

    name: str
    improvement: str  # "lower" or "higher": which direction is getting better
    label: str = ""
    description: str = ""
    range: tuple[float, float] | None = None  # possible scores (min, max), for checks and plots
    role: str = "outcome"  # outcome | process | covariate (informational)
    construct: str = ""  # what it measures, e.g. "alliance", "depression" (the report finds measures by it)
    timepoints: tuple[str, ...] = ()  # where it is measured (informational; empty = not stated)
    baseline: str | None = None  # its own reference time point; None = the study's baseline
    # filled in from the study's responder / remission sections when they name this measure
    responder_pct: float | None = None  # improvement of >= this % of the baseline value
    remission: float | None = None  # value at or beyond this cut-off (<= if lower is better)

    @property
    def higher_is_better(self) -> bool:
        return self.improvement == "higher"

    @property
    def direction(self) -> str:
        return self.improvement


def responder_cutoff(baseline: float, pct: float, improvement: str) -> float:
    """The value a responder must reach: the baseline moved by *pct* % of ``|baseline|`` in the
    direction of improvement, rounded to 9 decimals (a 30% reduction from 12 is 8.4, not
    8.4000000000000004)."""
    step = abs(baseline) * pct / 100.0
    return round(baseline - step if improvement == "lower" else baseline + step, 9)


def meets_responder(baseline, value, pct: float, improvement: str) -> bool | None:
    """The one responder rule (study and link stage alike): the follow-up *value* is at or
    beyond :func:`responder_cutoff` (``value <= cut-off`` when lower is better, ``>=`` when
    higher), which is the same as an improvement of at least *pct* % of the baseline.
    None when it cannot be decided: a missing value or a zero baseline."""
    if baseline is None or value is None or math.isnan(baseline) or math.isnan(value) or baseline == 0:
        return None
    cut = responder_cutoff(baseline, pct, improvement)
    return bool(value <= cut) if improvement == "lower" else bool(value >= cut)


@dataclass(frozen=True)
class ResponderRule:
    """Responder: improved by at least ``min_improvement_pct`` % of the baseline value
    (see :func:`meets_responder`)."""

    measure: str
    min_improvement_pct: float
    improvement: str = "lower"

    def cutoff(self, baseline: float) -> float:
        return responder_cutoff(baseline, self.min_improvement_pct, self.improvement)

    def is_responder(self, baseline: float, value: float) -> bool:
        return bool(meets_responder(baseline, value, self.min_improvement_pct, self.improvement))


@dataclass(frozen=True)
class RemissionRule:
    """Remission: value <= threshold (lower is better) or >= threshold (higher is better)."""

    measure: str
    threshold: float
    improvement: str = "lower"

    def is_remitted(self, value: float) -> bool:
        if value is None or math.isnan(value):
            return False
        return value <= self.threshold if self.improvement == "lower" else value >= self.threshold


@dataclass(frozen=True)
class StudyPaths:
    """Absolute paths of the study's inputs; None when the study does not have one."""

    transcripts: Path | None = None
    narratives: Path | None = None
    case_histories: Path | None = None
    metadata: Path | None = None
    outcomes: Path | None = None
    participants: Path | None = None

    def text_dirs(self) -> dict[str, Path]:
        """source_type -> folder, for the text folders the study has."""
        return {st: getattr(self, key) for key, st in _TEXT_DIRS.items() if getattr(self, key) is not None}


@dataclass(frozen=True)
class Study:
    """A loaded, validated study file.  Paths are absolute."""

    file: Path  # the study.yaml
    root: Path  # the folder holding it; relative paths were resolved against it
    name: str
    paths: StudyPaths
    description: str = ""
    synthetic: bool = False
    seed: int = 0
    codebook: Path | None = None  # None = the packaged default codebook
    roles: Mapping[str, str] = field(default_factory=dict)  # speaker label -> role overrides
    sessions: tuple[str, ...] = ()  # session names in study order
    timepoints: tuple[str, ...] = ()  # every time point in study order
    baseline: str | None = None
    follow_up: tuple[str, ...] = ()
    measures: Mapping[str, Measure] = field(default_factory=dict)
    responder: ResponderRule | None = None
    remission: RemissionRule | None = None
    covariates: tuple[str, ...] = ()
    # the stages the study file gives parameters for, validated (qualalliance.stage_params)
    stages: Mapping[str, StageParams] = field(default_factory=dict)
    # where ingest, deid, code and alliance run (qualalliance.engine; docs/scale.md)
    engine: EngineParams = field(default_factory=EngineParams)

    def measure(self, name: str) -> Measure:
        try:
            return self.measures[name]
        except KeyError:
            raise ConfigError(f"measure {name!r} is not declared in the study's measures "
                              f"({', '.join(self.measures) or 'none'})", self.file) from None

    def stage(self, name: str) -> StageParams:
        """The validated parameters of one stage (its defaults when the study gives none)."""
        if name not in KNOWN_STAGES:
            raise ConfigError(f"unknown stage {name!r} (known: {', '.join(KNOWN_STAGES)})", self.file)
        params = self.stages.get(name)
        return params if params is not None else validate_params(name, {})

    def with_stage(self, name: str, **updates) -> "Study":
        """This study with some parameters of one stage replaced (command-line overrides), validated again."""
        params = {**self.stage(name).model_dump(), **{k: v for k, v in updates.items() if v is not None}}
        return replace(self, stages=MappingProxyType({**self.stages, name: validate_params(name, params)}))

    @property
    def primary_measure(self) -> str | None:
        """The measure the responder rule uses, else the first outcome measure."""
        if self.responder is not None:
            return self.responder.measure
        return next((m.name for m in self.measures.values() if m.role == "outcome"), None)


# ----------------------------------------------------------------------------- yaml reading

def _read_yaml(path: Path) -> YamlMapping:
    data = read_yaml(path)  # the package's one strict YAML reader (qualalliance.yamlio)
    if data is None:
        raise ConfigError("study file is empty", path)
    if not isinstance(data, YamlMapping):
        raise ConfigError(f"study file must be a mapping of keys to values, not a {type(data).__name__}", path)
    return data


# ----------------------------------------------------------------------------- validation

class _Checker:
    """Small helpers that raise ConfigError with the file and the key's line."""

    def __init__(self, file: Path):
        self.file = file

    def fail(self, message: str, mapping: Any = None, key: Any = None):
        line = None
        if isinstance(mapping, YamlMapping):
            line = mapping.lines.get(key, mapping.line)
        raise ConfigError(message, self.file, line)

    def keys(self, mapping: Any, spec: dict[str, bool], where: str) -> None:
        if not isinstance(mapping, dict):
            self.fail(f"{where or 'the study file'} must be a mapping (key: value), not {_kind(mapping)}")
        unknown = [k for k in mapping if k not in spec]
        if unknown:
            self.fail(unknown_key(where, unknown[0], spec), mapping, unknown[0])
        missing = [k for k, req in spec.items() if req and k not in mapping]
        if missing:
            self.fail(f"{where or 'the study file'} lacks required key {missing[0]!r}", mapping)

    def string(self, mapping, key, where, *, required=False, default=None, choices=None) -> str | None:
        value = mapping.get(key)
        if value is None:
            if required:
                self.fail(f"{where}.{key} must not be empty", mapping, key)
            return default
        if isinstance(value, bool) or not isinstance(value, (str, int, float)):
            self.fail(f"{where}.{key} must be a string, not {_kind(value)}", mapping, key)
        value = str(value).strip()
        if not value and required:
            self.fail(f"{where}.{key} must not be empty", mapping, key)
        if choices is not None and value not in choices:
            self.fail(f"{where}.{key} must be one of {', '.join(choices)}, not {value!r}", mapping, key)
        return value

    def number(self, mapping, key, where) -> float:
        value = mapping.get(key)
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
            self.fail(f"{where}.{key} must be a number, not {_kind(value)}", mapping, key)
        return float(value)

    def names(self, mapping, key, where) -> tuple[str, ...]:
        """A list of distinct non-empty names (strings or numbers)."""
        value = mapping.get(key)
        if value is None:
            return ()
        if not isinstance(value, list):
            self.fail(f"{where}.{key} must be a list, not {_kind(value)}", mapping, key)
        out = []
        for item in value:
            if isinstance(item, bool) or not isinstance(item, (str, int, float)) or not str(item).strip():
                self.fail(f"{where}.{key} must hold names (strings), found {_kind(item)}", mapping, key)
            name = str(item).strip()
            if name in out:
                self.fail(f"{where}.{key} lists {name!r} twice", mapping, key)
            out.append(name)
        return tuple(out)

    def path(self, mapping, key, where, root: Path, *, want_dir: bool | None) -> Path | None:
        value = mapping.get(key)
        if value is None:
            return None
        if not isinstance(value, str) or not value.strip():
            self.fail(f"{where}.{key} must be a path (string), not {_kind(value)}", mapping, key)
        p = Path(os.path.expanduser(value.strip()))
        p = (p if p.is_absolute() else root / p).resolve()
        if not p.exists():
            self.fail(f"{where}.{key}: no such file or folder {str(p)!r}", mapping, key)
        if want_dir is True and not p.is_dir():
            self.fail(f"{where}.{key} must be a folder: {str(p)!r}", mapping, key)
        if want_dir is False and not p.is_file():
            self.fail(f"{where}.{key} must be a file: {str(p)!r}", mapping, key)
        return p


def _kind(value: Any) -> str:
    if value is None:
        return "empty"
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    return f"{type(value).__name__} {value!r}"


def _study_file(path: str | os.PathLike) -> Path:
    p = Path(path)
    if p.is_dir():
        p = p / STUDY_FILE
        if not p.is_file():
            # the folder named absolutely: "error: .: folder has no study.yaml" named nothing
            raise ConfigError(f"folder has no {STUDY_FILE} (write a commented one with: qualalliance init {path})",
                              p.parent.resolve())
    elif not p.is_file():
        raise ConfigError("no such study file or folder", p)
    return p.resolve()


def _measures(ck: _Checker, data: YamlMapping) -> dict[str, Measure]:
    raw = data.get("measures")
    if raw is None:
        return {}
    if not isinstance(raw, list):
        ck.fail(f"measures must be a list of measures, not {_kind(raw)}", data, "measures")
    out: dict[str, Measure] = {}
    for i, m in enumerate(raw):
        where = f"measures[{i}]"
        if not isinstance(m, dict):
            ck.fail(f"{where} must be a mapping with name, improvement, ...", data, "measures")
        ck.keys(m, _MEASURE_KEYS, where)
        name = ck.string(m, "name", where, required=True)
        if name in out:
            ck.fail(f"measure {name!r} is declared twice", m, "name")
        rng = m.get("range")
        if rng is not None:
            ok = (isinstance(rng, list) and len(rng) == 2
                  and all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in rng))
            if not ok or rng[0] >= rng[1]:
                ck.fail(f"{where}.range must be [min, max] with min < max, not {rng!r}", m, "range")
            rng = (float(rng[0]), float(rng[1]))
        out[name] = Measure(
            name=name,
            improvement=ck.string(m, "improvement", where, required=True, choices=IMPROVEMENT),
            label=ck.string(m, "label", where, default=name),
            description=ck.string(m, "description", where, default=""),
            range=rng,
            role=ck.string(m, "role", where, default="outcome", choices=MEASURE_ROLES),
            construct=ck.string(m, "construct", where, default="").lower(),
            timepoints=ck.names(m, "timepoints", where),
            baseline=ck.string(m, "baseline", where))
    return out


def _rule(ck: _Checker, data: YamlMapping, key: str, spec: dict[str, bool], measures: dict[str, Measure]):
    section = data.get(key)
    if section is None:
        return None, None
    ck.keys(section, spec, key)
    name = ck.string(section, "measure", key, required=True)
    if name not in measures:
        ck.fail(f"{key}.measure {name!r} is not declared under measures "
                f"({', '.join(measures) or 'none declared'})", section, "measure")
    return section, measures[name]


def load_study(path: str | os.PathLike) -> Study:
    """Load and validate a study folder or ``study.yaml`` (see docs/study.md)."""
    file = _study_file(path)
    root = file.parent
    data = _read_yaml(file)
    ck = _Checker(file)
    ck.keys(data, _TOP_KEYS, "")

    name = ck.string(data, "name", "study", required=True)
    synthetic = data.get("synthetic", False)
    if not isinstance(synthetic, bool):
        ck.fail(f"synthetic must be true or false, not {_kind(synthetic)}", data, "synthetic")
    seed = data.get("seed", 0)
    if isinstance(seed, bool) or not isinstance(seed, int) or seed < 0:
        ck.fail(f"seed must be a non-negative integer, not {_kind(seed)}", data, "seed")

    paths_raw = data.get("paths")
    ck.keys(paths_raw, _PATH_KEYS, "paths")
    paths = StudyPaths(**{
        key: ck.path(paths_raw, key, "paths", root, want_dir=key in _TEXT_DIRS) for key in _PATH_KEYS})
    if not paths.text_dirs():
        ck.fail("paths must name at least one text folder (transcripts, narratives or case_histories)",
                data, "paths")
    codebook = ck.path(data, "codebook", "study", root, want_dir=False)

    roles_raw = data.get("roles") or {}
    if not isinstance(roles_raw, dict):
        ck.fail(f"roles must map speaker labels to roles, not {_kind(roles_raw)}", data, "roles")
    roles = {}
    for label in roles_raw:
        roles[str(label).strip().lower()] = ck.string(roles_raw, label, "roles", required=True, choices=ROLES)

    sessions = ck.names(data, "sessions", "study")
    timepoints = ck.names(data, "timepoints", "study")
    baseline = ck.string(data, "baseline", "study")
    follow_up = ck.names(data, "follow_up", "study")
    if baseline is not None and baseline in follow_up:
        ck.fail(f"follow_up must not contain the baseline time point {baseline!r}", data, "follow_up")
    if timepoints:
        for key, values in (("baseline", (baseline,) if baseline else ()), ("follow_up", follow_up)):
            stray = [t for t in values if t not in timepoints]
            if stray:
                ck.fail(f"{key} time point {stray[0]!r} is not listed under timepoints", data, key)
        order = [timepoints.index(t) for t in follow_up]
        if order != sorted(order):
            ck.fail("follow_up must be in the same order as timepoints", data, "follow_up")

    measures = _measures(ck, data)
    for m in measures.values():
        stray = [t for t in (*m.timepoints, *([m.baseline] if m.baseline else []))
                 if timepoints and t not in timepoints]
        if stray:
            ck.fail(f"measure {m.name!r} time point {stray[0]!r} is not listed under timepoints", data, "measures")
        if m.baseline and m.timepoints and m.baseline not in m.timepoints:
            ck.fail(f"measure {m.name!r} baseline {m.baseline!r} is not one of its timepoints", data, "measures")
    if measures and baseline is None:
        ck.fail("measures are declared but no baseline time point is given", data, "measures")

    responder = remission = None
    section, measure = _rule(ck, data, "responder", _RESPONDER_KEYS, measures)
    if section is not None:
        pct = ck.number(section, "min_improvement_pct", "responder")
        if not 0 < pct <= 100:
            ck.fail(f"responder.min_improvement_pct must be in (0, 100], not {pct:g}", section, "min_improvement_pct")
        responder = ResponderRule(measure.name, pct, measure.improvement)
        measures[measure.name] = replace(measure, responder_pct=pct)
    section, measure = _rule(ck, data, "remission", _REMISSION_KEYS, measures)
    if section is not None:
        thr = ck.number(section, "threshold", "remission")
        if measure.range is not None and not measure.range[0] <= thr <= measure.range[1]:
            ck.fail(f"remission.threshold {thr:g} is outside {measure.name}'s range {list(measure.range)}",
                    section, "threshold")
        remission = RemissionRule(measure.name, thr, measure.improvement)
        measures[measure.name] = replace(measure, remission=thr)

    stages = _stages(ck, data, root)
    codings = ck.path(data, "codings", "study", root, want_dir=None)  # short for stages.code.codings
    if codings is not None:
        if stages.get("code") is not None and stages["code"].codings is not None:
            ck.fail("codings is given twice: top-level codings and stages.code.codings; keep one", data, "codings")
        stages["code"] = (stages.get("code") or validate_params("code", {})).model_copy(update={"codings": codings})

    if "deid" in data:  # short for stages.deid: de-identify right after ingest
        if "deid" in stages:
            ck.fail("deid is given twice: top-level deid and stages.deid; keep one", data, "deid")
        raw = data["deid"]
        if raw is not None and raw is not True and not isinstance(raw, dict):
            ck.fail(f"deid must be a mapping of parameters (or empty), not {_kind(raw)}", data, "deid")
        stages["deid"] = validate_params("deid", _plain(raw) if isinstance(raw, dict) else {}, root=root,
                                         file=ck.file, line_of=lambda loc: _line_of(data, ("deid", *loc)))

    engine = validate_engine(_plain(data.get("engine")), file=ck.file,
                             line_of=lambda loc: _line_of(data, ("engine", *loc)))

    return Study(
        file=file, root=root, name=name, paths=paths, engine=engine,
        description=ck.string(data, "description", "study", default=""),
        synthetic=synthetic, seed=seed, codebook=codebook, roles=MappingProxyType(roles),
        sessions=sessions, timepoints=timepoints, baseline=baseline, follow_up=follow_up,
        measures=MappingProxyType(measures), responder=responder, remission=remission,
        covariates=ck.names(data, "covariates", "study"), stages=MappingProxyType(stages))


def _stages(ck: _Checker, data: YamlMapping, root: Path) -> dict[str, StageParams]:
    """Validate ``stages:`` against each stage's parameter model (qualalliance.stage_params)."""
    raw = data.get("stages") or {}
    if not isinstance(raw, dict):
        ck.fail(f"stages must be a mapping of stage names to parameters, not {_kind(raw)}", data, "stages")
    ck.keys(raw, {s: False for s in KNOWN_STAGES}, "stages")
    stages = {}
    for stage, params in raw.items():
        if params is not None and not isinstance(params, dict):
            ck.fail(f"stages.{stage} must be a mapping of parameters, not {_kind(params)}", raw, stage)
        stages[stage] = validate_params(stage, _plain(params), root=root, file=ck.file,
                                        line_of=lambda loc, s=stage: _line_of(raw, (s, *loc)))
    return stages


def _line_of(mapping: YamlMapping, loc: tuple) -> int | None:
    """The YAML line of the deepest key of *loc* that exists in *mapping* (nested)."""
    line, node = mapping.line, mapping
    for part in loc:
        if isinstance(node, YamlMapping) and part in node:
            line, node = node.lines[part], node[part]
        elif isinstance(node, list) and isinstance(part, int) and 0 <= part < len(node):
            node = node[part]
        else:
            break
    return line


def _plain(value: Any) -> Any:
    """Turn the line-tracking mappings back into plain dicts (stage parameters)."""
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value


__all__ = ["KNOWN_STAGES", "STUDY_FILE", "Measure", "RemissionRule", "ResponderRule", "Study",
           "StudyPaths", "load_study", "meets_responder", "responder_cutoff"]
