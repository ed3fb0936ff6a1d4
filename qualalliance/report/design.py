"""What the report focuses on: the primary outcome, its endpoint, groups, key features.

A link run tests hundreds of feature x outcome pairs (all in ``link/statistics.csv``);
a paper shows a pre-specified few.  The defaults below follow the study file, and
``stages.report`` in study.yaml overrides them (docs/report.md):

- primary measure: the study's responder measure, else its first outcome measure,
  else the first measure found in the statistics;
- follow-ups: the study's ``follow_up`` time points that have data;
- endpoint: ``endpoint`` or the last follow-up with data;
- group variable: ``group_by``, else the joint display's, else ``<primary>.responder@<endpoint>``;
- key features: ``features`` (glob patterns) or the participant's alliance language
  (the alliance headline), the therapist's MI-consistent responsiveness, every
  code's rate per 1,000 words and the length control ``text.n_words``;
- alliance variables for the scatter: ``alliance_feature`` (default those two text
  scores) plus ``alliance_measures`` (default: the first process measure declared
  ``construct: alliance`` in the study file, at its first time point); the
  convergent-validity table sets the text scores beside that measure at every time
  point it has (``alliance_questionnaire``).

Variable names are never taken apart here: the parts of every analysis-table column
(measure, kind, time point; source, role, name, metric) come from ``link/variables.csv``
(:meth:`RunData.variable`).
"""

from __future__ import annotations

import fnmatch
from dataclasses import dataclass, field

import pandas as pd

from ..schema import current_feature_name
from .inputs import RunData

# the alliance headline: the participant's own alliance language (feeling understood, trust,
# agreement on goals and tasks, in their words; the content of the WAI-SR, spoken)
PARTICIPANT_ALLIANCE_FEATURE = "alliance.session.participant_alliance_per_1k"
# beside it, the therapist's MI-consistent responsiveness (validated on AnnoMI MI quality):
# a different construct, shown under its own name, never as "the alliance"
THERAPIST_RESPONSIVENESS_FEATURE = "alliance.session.therapist_mi_responsiveness"
TEXT_ALLIANCE_FEATURES = (PARTICIPANT_ALLIANCE_FEATURE, THERAPIST_RESPONSIVENESS_FEATURE)
DEFAULT_PHASES = {"preparation": ("prep",), "dosing": ("dos", "drug", "medicine"),
                  "integration": ("integ",)}
ALLIANCE_CONSTRUCT = "alliance"


@dataclass
class Design:
    primary: str | None
    follow_ups: list[str]
    endpoint: str | None
    baseline: str | None
    group_var: str | None
    key_features: list[str]
    alliance_vars: list[str]
    alliance_questionnaire: list[str] = field(default_factory=list)  # e.g. WAI-SR at each time point
    phases: dict[str, tuple[str, ...]] = field(default_factory=dict)
    improvement_vars: dict[str, str] = field(default_factory=dict)  # time point -> the primary's improvement

    def improvement_var(self, tp: str) -> str | None:
        return self.improvement_vars.get(tp)


def _columns(df: pd.DataFrame | None) -> list[str]:
    return [] if df is None else [str(c) for c in df.columns]


def resolve_design(run: RunData) -> Design:
    p = run.params
    study = run.study
    analysis = run.get("analysis_table")
    stats = run.get("statistics")
    cols = _columns(analysis)
    outcome_names = list(dict.fromkeys(stats["outcome"].astype(str))) if stats is not None and len(stats) else []

    primary = getattr(study, "primary_measure", None)
    if primary is None:
        parsed = [run.outcome_parts(o) for o in outcome_names + cols]
        primary = next((x[0] for x in parsed if x and x[1] == "improvement"), None)
        primary = primary or next((x[0] for x in parsed if x), None)

    baseline = getattr(study, "baseline", None) or run.link_params.get("baseline")
    order = run.timepoint_order
    fu = list(getattr(study, "follow_up", ()) or ())
    if not fu:
        fu = [t for t in order if t != baseline]
    have = {parts[2] for parts in map(run.outcome_parts, cols) if parts and parts[0] == primary}
    follow_ups = [t for t in fu if t in have] if have else []
    endpoint = p.get("endpoint") or (follow_ups[-1] if follow_ups else None)
    if endpoint and endpoint not in follow_ups and endpoint in have:
        follow_ups.append(endpoint)

    group_var = p.get("group_by") or run.link_params.get("group_by")
    if not group_var and primary and endpoint:
        cand = run.outcome_variable(primary, "responder", endpoint)
        group_var = cand if cand in cols else None

    feature_pool = list(dict.fromkeys(stats["feature"].astype(str))) if stats is not None and len(stats) else \
        [c for c in cols if c.startswith(("code.", "alliance.", "text.", "topic."))]
    patterns = [current_feature_name(pat) for pat in p.get("features") or ()]  # old names still work
    if patterns:
        key = [f for f in feature_pool if any(fnmatch.fnmatchcase(f, pat) for pat in patterns)]
    else:
        key = [f for f in TEXT_ALLIANCE_FEATURES if f in feature_pool]
        code_of = {f: v.name for f in feature_pool for v in [run.variable(f)]
                   if v is not None and v.source == "code" and v.role == "all" and v.metric == "per_1000_words"}
        codes = [f for f in feature_pool if f in code_of]
        if run.codebook is not None:
            rank = {c: i for i, c in enumerate(run.codebook.ids)}
            codes.sort(key=lambda f: (rank.get(code_of[f], 10**6), f))
        key += codes + [f for f in feature_pool if f == "text.n_words"]

    chosen = p.get("alliance_feature")
    alliance_vars = [current_feature_name(c) for c in ([chosen] if isinstance(chosen, str) else chosen)] \
        if chosen else list(TEXT_ALLIANCE_FEATURES)
    measures = p.get("alliance_measures")
    if measures is None and study is not None:
        m = next((m for m in study.measures.values()
                  if m.role == "process" and m.construct == ALLIANCE_CONSTRUCT and m.timepoints), None)
        measures = [run.outcome_variable(m.name, "value", t) for t in m.timepoints] if m is not None else None
    questionnaire = [v for v in (measures or []) if v in cols]
    # the scatter shows the questionnaire at its first time point (default) or every one asked for
    alliance_vars += questionnaire if p.get("alliance_measures") is not None else questionnaire[:1]
    alliance_vars = [v for v in alliance_vars if v in cols]

    phases = {k: tuple(v) for k, v in (p.get("phases") or DEFAULT_PHASES).items()}
    improvement = {t: run.outcome_variable(primary, "improvement", t) for t in follow_ups}
    return Design(primary=primary, follow_ups=follow_ups, endpoint=endpoint, baseline=baseline,
                  group_var=group_var, key_features=key, alliance_vars=alliance_vars,
                  alliance_questionnaire=questionnaire, phases=phases,
                  improvement_vars={t: v for t, v in improvement.items() if v})


def phase_of(session: str, timepoint: str, phases: dict[str, tuple[str, ...]]) -> str | None:
    """preparation / dosing / integration (or a study's own phases) from the session name."""
    for name in (str(session).lower(), str(timepoint).lower()):
        for phase, prefixes in phases.items():
            if any(name.startswith(pre) for pre in prefixes):
                return phase
    return None
