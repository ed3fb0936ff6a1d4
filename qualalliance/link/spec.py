"""What the link stage needs to know about a study's outcome measures.

The study file (``study.yaml``, loaded strictly by :mod:`qualalliance.study`) says
which time point is baseline, which direction is improvement for each measure, and
how responders and remission are defined.  The link stage only needs that slice, so
it works on a small frozen :class:`LinkSpec` built from whatever the caller gives:

* ``None`` -- no study: change scores need a baseline, so one is assumed only when a
  time point is literally called ``baseline``/``pre``/``screening`` (with a warning);
  no direction, so no improvement, responder or remission columns;
* a path to a study folder or ``study.yaml`` -- loaded with :mod:`qualalliance.study`;
* a loaded study object -- read through :func:`spec_from_study`;
* a plain dict (library use, tests and benchmarks), validated strictly here::

      {"baseline": "pre", "timepoints": ["pre", "post", "week_later"],
       "measures": {"confidence": {"direction": "higher"},
                    "grid_hamd": {"direction": "lower", "responder_pct": 50,
                                  "remission": 7}},
       "covariates": ["age", "sex"], "group_by": "grid_hamd.responder@month12",
       "participants": "participants.csv"}
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Mapping

from ..errors import ConfigError

DIRECTIONS = {"lower": False, "higher": True, "decrease": False, "increase": True,
              "lower_is_better": False, "higher_is_better": True}
ASSUMED_BASELINES = ("baseline", "pre", "screening")


@dataclass(frozen=True)
class MeasureSpec:
    """One outcome measure: direction of improvement, its own baseline, definitions."""

    name: str
    higher_is_better: bool | None = None
    baseline: str | None = None
    # responder: improvement of at least this percentage of the baseline value
    responder_pct: float | None = None
    # remission: value at or beyond this cut-off (<= when lower is better, >= when higher)
    remission: float | None = None
    role: str = "outcome"  # outcome | process | covariate (informational)


@dataclass(frozen=True)
class LinkSpec:
    baseline: str | None = None
    timepoints: tuple[str, ...] = ()
    measures: Mapping[str, MeasureSpec] = field(default_factory=dict)
    covariates: tuple[str, ...] = ()
    group_by: str | None = None
    participants: str | None = None  # participant-level covariates table (study paths.participants)
    source: str = "default"

    def measure(self, name: str) -> MeasureSpec:
        return self.measures.get(name) or MeasureSpec(name=name)

    def baseline_for(self, name: str) -> str | None:
        m = self.measures.get(name)
        return (m.baseline if m is not None and m.baseline else None) or self.baseline


_SPEC_KEYS = {"baseline", "timepoints", "measures", "covariates", "group_by", "participants"}
_MEASURE_KEYS = {"direction", "higher_is_better", "baseline", "responder_pct", "remission",
                 "role", "label", "timepoints", "range", "description"}


def _direction(value: Any, where: str) -> bool | None:
    if value is None or isinstance(value, bool):
        return value
    key = str(value).strip().lower()
    if key not in DIRECTIONS:
        raise ConfigError(f"{where}: direction must be 'lower' or 'higher', not {value!r}")
    return DIRECTIONS[key]


def _float_or_none(value: Any, where: str) -> float | None:
    if value is None:
        return None
    if isinstance(value, Mapping):  # e.g. {"threshold": 50} / {"max": 7}
        for k in ("threshold", "pct", "percent", "max", "min", "value", "cutoff"):
            if k in value:
                return _float_or_none(value[k], where)
        raise ConfigError(f"{where}: cannot find a threshold in {dict(value)!r}")
    try:
        return float(value)
    except (TypeError, ValueError):
        raise ConfigError(f"{where}: expected a number, got {value!r}") from None


def spec_from_dict(d: Mapping[str, Any], path: str | None = None) -> LinkSpec:
    """Validate a plain-dict spec strictly (unknown key -> ConfigError naming it)."""
    unknown = sorted(set(d) - _SPEC_KEYS)
    if unknown:
        raise ConfigError(f"unknown key(s) in link spec: {', '.join(unknown)} "
                          f"(allowed: {', '.join(sorted(_SPEC_KEYS))})", path)
    measures: dict[str, MeasureSpec] = {}
    raw_measures = d.get("measures") or {}
    if isinstance(raw_measures, (list, tuple)):
        raw_measures = {str(m["name"]): {k: v for k, v in m.items() if k != "name"} for m in raw_measures}
    for name, m in raw_measures.items():
        m = m or {}
        bad = sorted(set(m) - _MEASURE_KEYS)
        if bad:
            raise ConfigError(f"measure {name!r}: unknown key(s) {', '.join(bad)}", path)
        hib = m.get("higher_is_better")
        if hib is None:
            hib = _direction(m.get("direction"), f"measure {name!r}")
        measures[str(name)] = MeasureSpec(
            name=str(name), higher_is_better=hib,
            baseline=None if m.get("baseline") is None else str(m["baseline"]),
            responder_pct=_float_or_none(m.get("responder_pct"), f"measure {name!r} responder_pct"),
            remission=_float_or_none(m.get("remission"), f"measure {name!r} remission"),
            role=str(m.get("role", "outcome")))
    return LinkSpec(
        baseline=None if d.get("baseline") is None else str(d["baseline"]),
        timepoints=tuple(str(t) for t in (d.get("timepoints") or ())),
        measures=measures,
        covariates=tuple(str(c) for c in (d.get("covariates") or ())),
        group_by=d.get("group_by"),
        participants=None if d.get("participants") is None else str(d["participants"]),
        source="dict" if path is None else str(path))


def _get(obj: Any, *names: str, default=None):
    for n in names:
        if isinstance(obj, Mapping) and n in obj:
            return obj[n]
        if not isinstance(obj, Mapping) and hasattr(obj, n):
            return getattr(obj, n)
    return default


def spec_from_study(study: Any) -> LinkSpec:
    """Build a LinkSpec from a :mod:`qualalliance.study` object (duck-typed).

    Reads ``baseline`` (or ``baseline_timepoint``), ``timepoints``, ``measures``
    (mapping or list; each with ``direction``/``higher_is_better``, ``responder``,
    ``remission``), ``covariates``.
    """
    outcomes = _get(study, "outcomes", default=None)
    holder = outcomes if outcomes is not None and _get(outcomes, "measures") is not None else study
    baseline = _get(holder, "baseline", "baseline_timepoint", default=None)
    if baseline is None and holder is not study:
        baseline = _get(study, "baseline", "baseline_timepoint", default=None)
    timepoints = _get(holder, "timepoints", default=None) or _get(study, "timepoints", default=()) or ()
    if isinstance(timepoints, Mapping):
        timepoints = list(timepoints)
    timepoints = tuple(str(_get(t, "name", "id", default=t)) for t in timepoints)
    if not timepoints and baseline is not None:  # baseline + follow_up give the order too
        timepoints = (str(baseline),) + tuple(str(t) for t in (_get(study, "follow_up", default=()) or ()))
    raw = _get(holder, "measures", default=None) or {}
    items = raw.items() if isinstance(raw, Mapping) else [(_get(m, "name", "id"), m) for m in raw]
    study_dir = _get(study, "root", "path", "folder", default=None)
    measures = {}
    for name, m in items:
        where = f"measure {name!r}"
        hib = _get(m, "higher_is_better", default=None)
        if hib is None:
            hib = _direction(_get(m, "direction", "improvement", default=None), where)
        responder = _get(m, "responder_pct", "responder", default=None)
        if responder is not None and not isinstance(responder, (int, float)):
            responder = _get(responder, "pct", "percent", "threshold", "min_pct_improvement",
                             "reduction_pct", "improvement_pct", default=responder)
        remission = _get(m, "remission", default=None)
        if remission is not None and not isinstance(remission, (int, float)):
            remission = _get(remission, "threshold", "cutoff", "max", "min", "value", default=remission)
        measures[str(name)] = MeasureSpec(
            name=str(name), higher_is_better=hib,
            baseline=_get(m, "baseline", "baseline_timepoint", default=None),
            responder_pct=_float_or_none(responder, where + " responder"),
            remission=_float_or_none(remission, where + " remission"),
            role=str(_get(m, "role", "kind", default="outcome")))
    covariates = _get(holder, "covariates", default=None) or _get(study, "covariates", default=()) or ()
    participants = _get(_get(study, "paths", default={}) or {}, "participants", default=None)
    return LinkSpec(baseline=None if baseline is None else str(baseline), timepoints=timepoints,
                    measures=measures, covariates=tuple(str(c) for c in covariates),
                    participants=None if participants is None else str(participants),
                    source=str(study_dir) if study_dir is not None else "study")


def load_spec(study: Any) -> LinkSpec:
    """Accept None, a LinkSpec, a dict, a path (study folder / study.yaml) or a study object."""
    if study is None:
        return LinkSpec()
    if isinstance(study, LinkSpec):
        return study
    if isinstance(study, Mapping) and set(study) <= _SPEC_KEYS:
        return spec_from_dict(study)
    if isinstance(study, (str, os.PathLike)):
        path = Path(study)
        if not path.exists():
            raise ConfigError("no such study file or folder", path)
        try:
            from ..study import load_study  # the strict study.yaml loader (issue 3/8)
        except ImportError as exc:  # pragma: no cover - only before study.py exists
            raise ConfigError(f"cannot load study files: {exc}", path) from exc
        spec = spec_from_study(load_study(path))
        return spec
    return spec_from_study(study)
