"""What the link stage needs to know about a study's outcome measures.

The study file (``study.yaml``, loaded strictly by :mod:`qualalliance.study`) says
which time point is baseline, which direction is improvement for each measure, and
how responders and remission are defined.  The link stage works on a small frozen
:class:`LinkSpec`, the slice of the :class:`~qualalliance.study.Study` model it
needs, built from exactly one of:

* ``None`` -- no study: change scores need a baseline, so one is assumed only when a
  time point is literally called ``baseline``/``pre``/``screening`` (with a warning);
  no direction, so no improvement, responder or remission columns;
* a :class:`~qualalliance.study.Study`, or a path to a study folder / ``study.yaml``
  (loaded with :func:`qualalliance.study.load_study`) -- :func:`spec_from_study`;
* a plain dict (library use, tests and benchmarks), validated strictly here: an
  unknown key is an error, never a silent ``None``::

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
from typing import TYPE_CHECKING, Any, Mapping

from ..errors import ConfigError
from ..stage_params import unknown_key

if TYPE_CHECKING:
    from ..study import Study

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
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise ConfigError(f"{where}: must be a number, not {value!r}")
    return float(value)


def spec_from_dict(d: Mapping[str, Any], path: str | None = None) -> LinkSpec:
    """Validate a plain-dict spec strictly (unknown key -> ConfigError naming it)."""
    unknown = sorted(set(d) - _SPEC_KEYS)
    if unknown:
        raise ConfigError(unknown_key("link spec", unknown[0], sorted(_SPEC_KEYS)), path)
    measures: dict[str, MeasureSpec] = {}
    raw_measures = d.get("measures") or {}
    if isinstance(raw_measures, (list, tuple)):
        raw_measures = {str(m["name"]): {k: v for k, v in m.items() if k != "name"} for m in raw_measures}
    for name, m in raw_measures.items():
        m = m or {}
        bad = sorted(set(m) - _MEASURE_KEYS)
        if bad:
            raise ConfigError(unknown_key(f"link spec measures.{name}", bad[0], sorted(_MEASURE_KEYS)), path)
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


def spec_from_study(study: Study) -> LinkSpec:
    """The link stage's slice of a loaded :class:`~qualalliance.study.Study`."""
    timepoints = study.timepoints
    if not timepoints and study.baseline is not None:  # baseline + follow_up give the order too
        timepoints = (study.baseline, *study.follow_up)
    measures = {
        m.name: MeasureSpec(name=m.name, higher_is_better=m.higher_is_better, baseline=m.baseline,
                            responder_pct=m.responder_pct, remission=m.remission, role=m.role)
        for m in study.measures.values()}
    participants = study.paths.participants
    return LinkSpec(baseline=study.baseline, timepoints=tuple(timepoints), measures=measures,
                    covariates=tuple(study.covariates),
                    participants=None if participants is None else str(participants), source=str(study.root))


def load_spec(study: Any) -> LinkSpec:
    """Accept None, a LinkSpec, a Study, a path (study folder / study.yaml) or a strict dict."""
    from ..study import Study, load_study

    if study is None:
        return LinkSpec()
    if isinstance(study, LinkSpec):
        return study
    if isinstance(study, Study):
        return spec_from_study(study)
    if isinstance(study, (str, os.PathLike)):
        return spec_from_study(load_study(study))
    if isinstance(study, Mapping):
        return spec_from_dict(study)
    raise ConfigError(f"study must be a Study, a study folder or study.yaml, or a dict, not {type(study).__name__}")
