"""Alliance scores against questionnaire alliance and outcome on the SYNTHETIC demo study.

    /work/venv/bin/python benchmarks/alliance_demo.py

*** SYNTHETIC DATA. *** ``corpora/psilocybin-demo`` was written by a seeded
program with planted effects (its README lists them).  Nothing printed here is
a clinical finding, and no constant of the alliance stage was tuned on it: the
demo only shows whether the scores can see an effect we put in on purpose.

Ingests the study, scores every transcript with ``score_alliance`` and averages,
per participant (n = 24), each score over the five transcripts (preparation,
dosing 1, integration 1, dosing 2, integration 2).  Prints Pearson r with a
95% Fisher-z CI (scipy's ``pearsonr(...).confidence_interval()``) of

* the session ``therapist_mi_responsiveness`` and every session-row sub-score,
* ``participant_alliance_per_1k`` and the participant-row lexicon and rupture rates,

with WAI-SR total at ``preparation`` and ``week1``, and with 12-month GRID-HAMD
improvement (baseline - month12, so positive r = more improvement).  A second
table pairs each session with the questionnaire closest in time (preparation
transcript with WAI-SR at preparation; integration 2, one week after the
second dose, with WAI-SR at week 1) and gives the WAI-SR subscales.

With n = 24, the 95% CI around r = 0.3 runs from about -0.1 to 0.6: read the intervals,
not the point estimates.  Takes ~10 s.
"""

from __future__ import annotations

import math
import sys
from pathlib import Path

import numpy as np
import pandas as pd
from scipy import stats as sps

ROOT = Path(__file__).resolve().parents[1]
DEMO = ROOT / "corpora" / "psilocybin-demo"
BANNER = "SYNTHETIC DATA (corpora/psilocybin-demo: invented, planted effects) - not a clinical finding"


def pearson(x: pd.Series, y: pd.Series) -> tuple[float, float, float, int]:
    """r, 95% CI low, high, n over complete pairs."""
    ok = x.notna() & y.notna()
    xs, ys = x[ok].astype(float).to_numpy(), y[ok].astype(float).to_numpy()
    n = len(xs)
    if n < 4 or np.ptp(xs) == 0 or np.ptp(ys) == 0:
        return math.nan, math.nan, math.nan, n
    res = sps.pearsonr(xs, ys)
    ci = res.confidence_interval(0.95)
    return float(res.statistic), float(ci.low), float(ci.high), n


def fmt(r, lo, hi) -> str:
    if math.isnan(r):
        return f"{'n/a':>20s}"
    return f"{r:+.2f} [{lo:+.2f}, {hi:+.2f}]".rjust(20)


def outcome_table(path: Path) -> pd.DataFrame:
    long = pd.read_csv(path, dtype={"participant_id": str, "timepoint": str, "measure": str})
    wide = long.pivot_table(index="participant_id", columns=["measure", "timepoint"], values="value")
    out = pd.DataFrame(index=wide.index)
    for tp in ("preparation", "week1"):
        for m in ("wai_total", "wai_bond", "wai_goals", "wai_tasks"):
            out[f"{m}@{tp}"] = wide[(m, tp)]
    out["hamd_improvement_m12"] = wide[("grid_hamd", "baseline")] - wide[("grid_hamd", "month12")]
    return out


def print_block(title: str, features: pd.DataFrame, outcomes: pd.DataFrame, columns) -> None:
    print(f"\n{title}")
    heads = "".join(f"{c:>22s}" for c in columns)
    print(f"  {'score':44s}{heads}{'n':>5s}")
    for name in features.columns:
        cells, n_used = [], 0
        for c in columns:
            r, lo, hi, n = pearson(features[name], outcomes[c].reindex(features.index))
            cells.append(fmt(r, lo, hi).rjust(22))
            n_used = max(n_used, n)
        print(f"  {name:44s}{''.join(cells)}{n_used:>5d}")


def main() -> int:
    if not (DEMO / "metadata.csv").is_file():
        print(f"skip: {DEMO} not found")
        return 0
    from qualalliance.alliance import SUBSCORES, score_alliance
    from qualalliance.ingest import ingest

    print("=" * len(BANNER))
    print(BANNER)
    print("=" * len(BANNER))
    segments = ingest([DEMO]).segments
    scores = score_alliance(segments).scores
    outcomes = outcome_table(DEMO / "outcomes.csv")
    session = scores[scores["role"] == "session"]
    part = scores[scores["role"] == "participant"]
    # the session row copies the participant's rupture rates and participant_alliance:
    # those are listed once, in the participant block
    from_participant = [c for c in SUBSCORES if c.endswith("_rate") and part[c].notna().any()]
    session_cols = ["therapist_mi_responsiveness"] + [c for c in SUBSCORES if session[c].notna().any()
                                         and c not in from_participant and c != "participant_alliance_per_1k"]
    part_cols = (["participant_alliance_per_1k"] + [c for c in SUBSCORES if c.endswith("_per_1k")
                                                    and c != "participant_alliance_per_1k"] + from_participant)
    n_docs = session.groupby("participant_id")["doc_id"].nunique()
    print(f"{len(session)} transcripts, {session['participant_id'].nunique()} participants "
          f"({n_docs.min()}-{n_docs.max()} transcripts each); "
          f"median {int(part['n_words'].median())} participant words per transcript")

    # per participant: unweighted mean over the five transcripts
    s_mean = session.groupby("participant_id")[session_cols].mean()
    p_mean = part.groupby("participant_id")[part_cols].mean().add_suffix(" [participant]")
    feats = pd.concat([s_mean, p_mean], axis=1)
    cols = ["wai_total@preparation", "wai_total@week1", "hamd_improvement_m12"]
    print_block("Per participant, mean over all 5 transcripts: Pearson r [95% CI] "
                "(HAMD improvement = baseline - month 12)", feats, outcomes, cols)

    # time-matched: the session nearest each questionnaire
    for sess, tp in (("preparation", "preparation"), ("integration2", "week1")):
        s = session[session["session"] == sess].set_index("participant_id")
        p = part[part["session"] == sess].set_index("participant_id")
        f = pd.concat([s[["therapist_mi_responsiveness"]],
                       p[["participant_alliance_per_1k", "relationship_per_1k", "negated_alliance_per_1k",
                          "bond_per_1k", "tasks_per_1k", "safety_per_1k"]].add_suffix(" [participant]")],
                      axis=1)
        wcols = [f"{m}@{tp}" for m in ("wai_total", "wai_bond", "wai_goals", "wai_tasks")]
        print_block(f"Time-matched: the {sess} transcript vs WAI-SR at {tp}", f, outcomes, wcols)

    print(f"\n{BANNER}.")
    print("How to read this:\n"
          "- therapist_mi_responsiveness measures the THERAPIST's MI-consistent responsiveness (reflecting,\n"
          "  not advising, repairing, empathy/autonomy talk; validated against MI quality on AnnoMI).\n"
          "  The demo plants its alliance mostly in PARTICIPANT phrases, so a weak index correlation is\n"
          "  expected here and says\n"
          "  nothing either way about real sessions.\n"
          "- participant_alliance_per_1k counts the participant's own words about the relationship (affirmed\n"
          "  minus negated). Its lexicon was written from the WAI-SR, SRS and CARE items, not from this corpus,\n"
          "  but the generator's phrases use the same canonical wordings ('I feel understood', 'I trust you'),\n"
          "  so a strong r here shows that planted phrases are found - it is not a validation. On real clients\n"
          "  (MIBot, client-rated CARE; benchmarks/alliance_annomi.py) it was near zero.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
