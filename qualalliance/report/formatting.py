"""Number formatting in APA style and readable names for features and outcome variables."""

from __future__ import annotations

import pandas as pd

from ..schema import ALLIANCE_RENAMED

DASH = "—"  # a missing value in a displayed table

_ALLIANCE_NAMES = {
    # the two headline scores are named for what they measure (docs/alliance.md)
    "participant_alliance_per_1k": "Participant alliance language",
    "therapist_mi_responsiveness": "Therapist MI-consistent responsiveness",
    "bond_per_1k": "Bond language", "goals_per_1k": "Goals language",
    "tasks_per_1k": "Tasks language", "empathy_per_1k": "Empathy language", "safety_per_1k": "Safety language",
    "we_per_1k": "'We' rate", "i_per_1k": "'I' rate", "you_per_1k": "'You' rate",
    "reflection_rate": "Reflections", "open_question_rate": "Open questions",
    "closed_question_rate": "Closed questions", "information_rate": "Information giving",
    "reflection_question_ratio": "Reflection/question ratio", "content_uptake": "Content uptake",
    "therapist_word_share": "Therapist word share", "lsm": "Language style matching",
    "rupture_rate": "Rupture markers", "repair_rate": "Repair markers",
    "relationship_per_1k": "Relationship language", "negated_alliance_per_1k": "Negated alliance language",
    "disagreement_rate": "Disagreement markers", "confrontation_rate": "Confrontation markers",
    "withdrawal_rate": "Withdrawal markers", "minimal_response_rate": "Minimal responses",
}
_KIND_NAMES = {"": "", "change": "change", "pct_change": "% change", "improvement": "improvement",
               "pct_improvement": "% improvement", "responder": "responder", "remission": "remission",
               "above_median": "above-median improvement"}
_TEXT_NAMES = {"n_words": "Words (n)", "n_turns": "Turns (n)", "n_docs": "Documents (n)",
               "participant_word_share": "Participant share of words"}


def is_missing(x) -> bool:
    try:
        return bool(pd.isna(x))
    except (TypeError, ValueError):  # lists and other non-scalars
        return False


def num(x, digits: int = 2) -> str:
    """A number with fixed decimals and a thousands separator (5,080.38); integers of 1,000 or
    more stay integers; missing -> em dash."""
    if is_missing(x):
        return DASH
    x = float(x)
    if digits == 0 or (x.is_integer() and abs(x) >= 1000):
        return f"{x:,.0f}"
    return f"{x:,.{digits}f}"


def row_digits(values, digits: int = 2) -> int:
    """Decimals for numbers shown side by side: none when any is 1,000 or more (5,080 beside
    5,198, not 5080.38 beside 5,198), else *digits*."""
    finite = [abs(float(v)) for v in values if not is_missing(v)]
    return 0 if finite and max(finite) >= 1000 else digits


def coef(x, digits: int = 2) -> str:
    """A coefficient with at least two significant digits: 1.23, -0.0008 (not -0.00)."""
    if is_missing(x):
        return DASH
    x = float(x)
    d = digits
    while d < 8 and x != 0 and abs(x) < 10 ** (1 - d):
        d += 1
    return f"{x:.{d}f}"


def bounded(x, digits: int = 2) -> str:
    """A statistic bounded by 1 (r, proportions): APA drops the leading zero (.45, -.12)."""
    if is_missing(x):
        return DASH
    s = f"{float(x):.{digits}f}"
    neg = s.startswith("-")
    body = s[1:] if neg else s
    if body.startswith("0."):
        body = body[1:]
    if neg and set(body) <= {".", "0"}:
        neg = False  # -0.001 shown as .00, not -.00
    return ("-" if neg else "") + body


def pval(p) -> str:
    if is_missing(p):
        return DASH
    p = float(p)
    if p < 0.001:
        return "< .001"
    return bounded(p, 3)


def ci(lo, hi, digits: int = 2, bounded_stat: bool = False) -> str:
    if is_missing(lo) or is_missing(hi):
        return DASH
    f = bounded if bounded_stat else num
    return f"[{f(lo, digits)}, {f(hi, digits)}]"


def pct(k, n, digits: int = 0) -> str:
    if not n:
        return DASH
    return f"{100.0 * k / n:.{digits}f}"


def mean_sd(values, digits: int = 2) -> str:
    import numpy as np

    v = np.asarray([x for x in values if not is_missing(x)], dtype=float)
    if len(v) == 0:
        return DASH
    if len(v) == 1:
        return f"{num(v[0], digits)}"
    return f"{num(v.mean(), digits)} ({num(v.std(ddof=1), digits)})"


def _parts(name: str, run=None):
    """A column's parts: from the run's link/variables.csv, else (no run) as the link stage
    reads a feature name (:class:`qualalliance.link.features.FeatureName`)."""
    info = run.variable(name) if run is not None else None
    if info is None:
        from ..link.features import FeatureName
        from .inputs import Variable

        fn = FeatureName.parse(str(name))
        if fn.source not in ("code", "alliance", "text", "topic"):
            return None
        info = Variable(str(name), fn.source, fn.role, fn.name, fn.metric, "", "")
    return info


def feature_label(name: str, run=None) -> str:
    """``code.safety.per_1000_words`` -> "Safety (per 1,000 words)" and so on."""
    v = _parts(name, run)
    if v is None:
        return str(name)
    if v.source == "outcome":
        return outcome_label(name, run)
    if v.source == "code":
        label = run.code_label(v.name) if run is not None else v.name
        unit = {"per_1000_words": "per 1,000 words", "share_of_turns": "share of turns",
                "present": "present"}.get(v.metric, v.metric.replace("_", " "))
        return f"{label}{', ' + v.role + ' turns' if v.role != 'all' else ''} ({unit})"
    if v.source == "alliance":
        return alliance_label(v.name, v.role)
    if v.source == "text":
        text = _TEXT_NAMES.get(v.metric, v.metric)
        return text if v.role == "all" else f"{text}, {v.role}"
    if v.source == "topic":
        label = topic_label(run, v.name) if run is not None else None
        return f"Topic {v.name}{': ' + label if label else ''} (share)"
    return str(name)


def alliance_label(score: str, role: str = "session") -> str:
    """``therapist_mi_responsiveness`` -> "Therapist MI-consistent responsiveness (index)";
    a per-speaker row adds its role; rates per 1,000 words say so."""
    score = ALLIANCE_RENAMED.get(score, score)
    name = _ALLIANCE_NAMES.get(score, score.replace("_", " "))
    unit = "index" if score == "therapist_mi_responsiveness" else (
        "per 1,000 words" if score.endswith("_per_1k") else "")
    parts = [p for p in (unit, "" if role == "session" else f"{role} row") if p]
    return f"{name} ({', '.join(parts)})" if parts else name


def topic_label(run, topic) -> str | None:
    info = run.get("topic_info") if run is not None else None
    if info is None or "label" not in info.columns:
        return None
    hit = info[info["topic"].astype(str) == str(topic)]
    return None if hit.empty else str(hit["label"].iloc[0])


def outcome_label(var: str, run=None) -> str:
    parsed = run.outcome_parts(var) if run is not None else None
    if not parsed:
        return str(var)
    measure, kind, tp = parsed
    label = run.measure_label(measure) if run is not None else measure
    kind_s = _KIND_NAMES.get(kind, kind.replace("_", " "))
    return f"{label}{' ' + kind_s if kind_s else ''}, {tp}"
