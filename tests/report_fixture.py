"""A small fabricated run folder for the report tests (SYNTHETIC, not clinical data).

``make_run(tmp_path)`` writes the stage subfolders ``qualalliance run`` would write
(ingest, code, alliance, topics, link) for 6 invented participants, with tables whose
values are easy to check by hand, plus a synthetic study folder.  It does not call
the other stages, so the report tests do not depend on them.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pandas as pd
from scipy import stats as sps

from qualalliance import catalog

PIDS = ["P1", "P2", "P3", "P4", "P5", "P10"]          # P10 checks natural sorting
SESSIONS = [("preparation", "preparation"), ("dosing1", "dosing1"), ("integration1", "week1")]
KEYWORDS = {"safety": "safe", "trust": "trust", "insight": "realised", "anxiety": "scared"}
# participant i says "safe" (i + 1) times in each transcript -> safety rises with i
THERAPIST = ["How are you arriving today?", "We can go through the plan together."]
BASELINE = [24, 20, 26, 22, 18, 28]
WEEK4 = [14, 8, 10, 6, 4, 7]

STUDY_YAML = """\
synthetic: true
name: fixture-study
description: SYNTHETIC fixture for the report tests.
seed: 7
paths:
  transcripts: transcripts
sessions: [preparation, dosing1, integration1]
timepoints: [baseline, preparation, dosing1, week1, week4]
baseline: baseline
follow_up: [week4]
measures:
  - name: hamd
    label: HAM-D
    range: [0, 52]
    improvement: lower
    role: outcome
    timepoints: [baseline, week4]
  - name: wai
    label: WAI total
    description: Working Alliance Inventory total
    range: [12, 60]
    improvement: higher
    role: process
    construct: alliance
    timepoints: [preparation]
responder:
  measure: hamd
  min_improvement_pct: 50
remission:
  measure: hamd
  threshold: 7
stages:
  report: {}
"""


# topic_info quotes (the report shows the first two per topic; the first is over 220 characters)
TOPIC_QUOTES = [("I feel safe here with both of you, and I can say what I was afraid to say before, which is that "
                 "the last year has been heavy in a way I could not name, and sitting here I notice that my "
                 "shoulders come down when I breathe out slowly.", "It is safe to be here."),
                ("I trust the process more than I did.", "We went through the plan together."),
                ("I was scared, and then I realised I was not alone.", "Scared at first, then calmer.")]

def participant_lines(i: int, session: str) -> list[str]:
    lines = ["I feel safe here." for _ in range(i + 1)]
    if session == "dosing1":
        lines.append("I was scared at first, and then I realised I was not alone.")
    if session == "integration1":
        lines.append("I trust you and I trust this process.")
    if i == 0:
        lines.append("I did not feel safe at all.")  # a negated span
    return lines


def _doc(doc_id, pid, session, tp, stype, turns):
    """turns: list of (speaker, role, text) -> (segments rows, document text)."""
    rows, parts, pos = [], [], 0
    for t, (speaker, role, text) in enumerate(turns):
        rows.append({"doc_id": doc_id, "participant_id": pid, "session": session, "timepoint": tp,
                     "source_type": stype, "turn": t, "speaker": speaker, "role": role, "text": text,
                     "start_char": pos, "end_char": pos + len(text)})
        parts.append(text)
        pos += len(text) + 2
    return rows, "\n\n".join(parts)


def build_tables() -> dict[str, pd.DataFrame]:
    seg_rows, docs = [], []
    for i, pid in enumerate(PIDS):
        for session, tp in SESSIONS:
            turns = []
            for k, line in enumerate(participant_lines(i, session)):
                turns.append(("T", "therapist", THERAPIST[k % 2]))
                turns.append(("P", "participant", line))
            rows, text = _doc(f"{pid}_{session}", pid, session, tp, "transcript", turns)
            seg_rows += rows
            docs.append((f"{pid}_{session}", "transcript", len(turns), text))
        rows, text = _doc(f"{pid}_narrative", pid, "narrative", "week1", "narrative",
                          [("narrator", "participant", "I realised that I trust myself again. It was hard."),
                           ("narrator", "participant", "Nothing happened for a while.")])
        seg_rows += rows
        docs.append((f"{pid}_narrative", "narrative", 2, text))
        rows, text = _doc(f"{pid}_case_history", pid, "case_history", "week4", "case_history",
                          [("clinician", "other", "Background\nThe participant was scared of the sessions."),
                           ("clinician", "other", "Outcome\nThey described feeling safe and realised much.")])
        seg_rows += rows
        docs.append((f"{pid}_case_history", "case_history", 2, text))
    segments = pd.DataFrame(seg_rows)
    documents = pd.DataFrame([{"doc_id": d, "path": f"/fixture/{d}.txt", "source_type": s, "n_turns": n,
                               "sha256": "0" * 64, "text": t} for d, s, n, t in docs])
    cod_rows = []
    for r in segments.itertuples(index=False):
        for code, kw in KEYWORDS.items():
            start = r.text.find(kw)
            while start >= 0:
                negated = code == "safety" and "not feel safe" in r.text
                cod_rows.append({"doc_id": r.doc_id, "turn": r.turn, "code": code,
                                 "start_char": r.start_char + start, "end_char": r.start_char + start + len(kw),
                                 "text": kw, "negated": negated, "method": "rule", "coder": "fixture-rules",
                                 "confidence": 1.0, "hedged": False})
                start = r.text.find(kw, start + 1)
    codings = pd.DataFrame(cod_rows)

    al_rows = []
    for i, pid in enumerate(PIDS):
        for j, (session, tp) in enumerate(SESSIONS):
            for role in ("therapist", "participant", "session"):
                al_rows.append({"doc_id": f"{pid}_{session}", "participant_id": pid, "session": session,
                                "timepoint": tp, "role": role, "n_words": 40 + 10 * i, "n_turns": 6,
                                "bond_per_1k": 5.0 + i, "goals_per_1k": 2.0, "tasks_per_1k": 3.0 + j,
                                "rupture_rate": 0.1 * j, "repair_rate": 0.05,
                                "participant_alliance_per_1k": 2.0 + i + 0.5 * j if role != "therapist" else np.nan,
                                "therapist_mi_responsiveness": (0.1 * i + 0.05 * j) if role == "session" else np.nan})
    alliance = pd.DataFrame(al_rows)
    alliance["alliance_index"] = alliance["therapist_mi_responsiveness"]  # the alias the stage writes

    topics = segments[["doc_id", "turn"]].assign(topic=[(k % 3) - (1 if k % 7 == 0 else 0)
                                                        for k in range(len(segments))], probability=0.9)
    topic_info = pd.DataFrame({"topic": [-1, 0, 1, 2], "size": [5, 30, 20, 10], "n_turns": [5, 30, 20, 10],
                               "n_docs": [4, 18, 12, 8], "label": ["outliers", "safe / here", "trust / process",
                                                                    "scared / realised"],
                               "top_terms": ["", "safe, here, feel", "trust, process", "scared, realised"],
                               "quote_1": ["", TOPIC_QUOTES[0][0], TOPIC_QUOTES[1][0], TOPIC_QUOTES[2][0]],
                               "quote_2": ["", TOPIC_QUOTES[0][1], TOPIC_QUOTES[1][1], TOPIC_QUOTES[2][1]],
                               "quote_3": ["", "A third quote the table leaves out.", "", ""],
                               "quote_sources": ["", "P1_prep:2; P2_prep:4; P3_prep:2", "P2_dosing1:1; P4_dosing1:3",
                                                 "P5_week1:2; P10_week1:1"]})
    share_rows = []
    for col, groups in (("role", ["participant", "therapist", "other"]),
                        ("timepoint", ["preparation", "dosing1", "week1", "week4"])):
        rows = []
        for g in groups:
            for t, s in zip([-1, 0, 1, 2], [0.1, 0.5, 0.3, 0.1]):
                rows.append({col: g, "topic": t, "n_turns": 3, "n_words": 30, "share": s})
        share_rows.append(pd.DataFrame(rows))
    return {"segments": segments, "documents": documents, "codings": codings, "alliance": alliance,
            "topics": topics, "topic_info": topic_info, "topics_by_role": share_rows[0],
            "topics_by_timepoint": share_rows[1]}


def link_tables(t: dict[str, pd.DataFrame]) -> dict[str, pd.DataFrame]:
    seg, cod = t["segments"], t["codings"]
    words = seg[seg["source_type"] != "case_history"].assign(n=seg["text"].str.split().str.len()) \
        .groupby("participant_id")["n"].sum()
    aff = cod[~cod["negated"]].merge(seg[["doc_id", "turn", "participant_id", "source_type"]], on=["doc_id", "turn"])
    aff = aff[aff["source_type"] != "case_history"]
    at = pd.DataFrame({"participant_id": PIDS, "in_features": True, "in_outcomes": True})
    at["hamd@baseline"] = BASELINE
    at["hamd@week4"] = WEEK4
    at["hamd.change@week4"] = at["hamd@week4"] - at["hamd@baseline"]
    at["hamd.improvement@week4"] = at["hamd@baseline"] - at["hamd@week4"]
    at["hamd.pct_improvement@week4"] = 100 * at["hamd.improvement@week4"] / at["hamd@baseline"]
    at["hamd.responder@week4"] = (at["hamd.pct_improvement@week4"] >= 50).astype(float)
    at["hamd.remission@week4"] = (at["hamd@week4"] <= 7).astype(float)
    at["wai@preparation"] = [40, 44, 47, 50, 55, 52]
    at["text.n_words"] = [float(words[p]) for p in PIDS]
    at["alliance.session.participant_alliance_per_1k"] = [3.0 + i for i in range(len(PIDS))]
    at["alliance.session.therapist_mi_responsiveness"] = [0.1 * i + 0.05 for i in range(len(PIDS))]
    for code in KEYWORDS:
        n = aff[aff["code"] == code].groupby("participant_id").size()
        at[f"code.{code}.per_1000_words"] = [1000.0 * n.get(p, 0) / words[p] for p in PIDS]
        at[f"code.{code}.present"] = [float(n.get(p, 0) > 0) for p in PIDS]
    features = (["alliance.session.participant_alliance_per_1k", "alliance.session.therapist_mi_responsiveness"]
                + [f"code.{c}.per_1000_words" for c in KEYWORDS] + ["text.n_words"])
    outcome = "hamd.improvement@week4"
    stat_rows = []
    for f in features:
        for method in ("pearson", "spearman"):
            x, y = at[f].to_numpy(float), at[outcome].to_numpy(float)
            if np.ptp(x) == 0:
                r, p, lo, hi, note = np.nan, np.nan, np.nan, np.nan, "constant feature"
            else:
                res = sps.pearsonr(x, y) if method == "pearson" else sps.spearmanr(x, y)
                r, p = float(res[0]), float(res[1])
                z, se = np.arctanh(r), 1 / np.sqrt(len(x) - 3)
                lo, hi, note = float(np.tanh(z - 1.959964 * se)), float(np.tanh(z + 1.959964 * se)), ""
            stat_rows.append({"feature": f, "outcome": outcome, "method": method, "n": len(x), "estimate": r,
                              "ci_low": lo, "ci_high": hi, "p": p, "p_adj": min(1.0, p * 2) if p == p else p,
                              "small_n": True, "family": f"{f.split('.')[0]}|{outcome}", "note": note})
    statistics = pd.DataFrame(stat_rows)
    reg_rows, grp_rows = [], []
    for f in features:
        for model, out, n in (("ols_hc3", "hamd@week4", 6), ("mixedlm", "hamd@follow-ups", 6)):
            reg_rows.append({"feature": f, "outcome": out, "model": model, "term": f, "term_type": "feature",
                             "n": n, "n_groups": 6 if model == "mixedlm" else np.nan, "df_resid": 3.0,
                             "estimate": -1.5, "se": 0.5, "ci_low": -2.5, "ci_high": -0.5, "statistic": -3.0,
                             "p": 0.04, "std_estimate": -0.4 if model == "ols_hc3" else np.nan, "r2": 0.5,
                             "small_n": True, "note": "", "p_adj": 0.08, "family": f"{model}|x|{out}"})
            reg_rows.append({**reg_rows[-1], "term": "Intercept", "term_type": "intercept"})
        g = at["hamd.responder@week4"]
        for method in ("mann_whitney", "welch_t"):
            x1, x0 = at.loc[g == 1, f], at.loc[g == 0, f]
            grp_rows.append({"feature": f, "group": "hamd.responder@week4", "method": method, "n": 6,
                             "n1": len(x1), "n0": len(x0), "estimate": 0.5, "effect": "x", "ci_low": np.nan,
                             "ci_high": np.nan, "statistic": 1.0, "df": np.nan, "p": 0.3, "mean1": x1.mean(),
                             "mean0": x0.mean(), "median1": x1.median(), "median0": x0.median(), "small_n": True,
                             "note": "", "p_adj": 0.6, "family": "x"})
    jd_rows, jq_rows = [], []
    g = at.set_index("participant_id")["hamd.responder@week4"]
    for code in KEYWORDS:
        for gv, label in ((1.0, "responders"), (0.0, "non-responders")):
            ids = [p for p in PIDS if g[p] == gv]
            present = [p for p in ids if at.set_index("participant_id").loc[p, f"code.{code}.present"] == 1]
            jd_rows.append({"theme": code, "group_var": "hamd.responder@week4", "group": gv, "group_label": label,
                            "n_group": len(ids), "n_with_theme": len(present), "prevalence": len(present) / len(ids),
                            "mean_per_1000_words": 10.0, "statistic": "mann_whitney_rank_biserial_r",
                            "estimate": 0.2, "p": 0.5, "p_adj": 0.9, "n": 6, "small_n": True,
                            "n_quotes": 1, "quotes": ""})
            hit = aff[(aff["code"] == code) & aff["participant_id"].isin(ids)].sort_values(["doc_id", "start_char"])
            if len(hit):
                h = hit.iloc[0]
                s = seg[(seg["doc_id"] == h["doc_id"]) & (seg["turn"] == h["turn"])].iloc[0]
                jq_rows.append({"theme": code, "group_var": "hamd.responder@week4", "group": gv, "rank": 1,
                                "participant_id": h["participant_id"], "doc_id": h["doc_id"], "turn": h["turn"],
                                "role": s["role"], "timepoint": s["timepoint"], "session": s["session"],
                                "start_char": h["start_char"], "end_char": h["end_char"], "span": h["text"],
                                "quote": s["text"], "confidence": 1.0})
    od_rows = []
    for p, b, w, wai in zip(PIDS, BASELINE, WEEK4, at["wai@preparation"]):
        od_rows.append({"participant_id": p, "measure": "hamd", "timepoint": "baseline",
                        "baseline_timepoint": "baseline", "baseline": b, "value": b})
        od_rows.append({"participant_id": p, "measure": "hamd", "timepoint": "week4", "baseline_timepoint": "baseline",
                        "baseline": b, "value": w, "change": w - b, "improvement": b - w,
                        "pct_improvement": 100 * (b - w) / b, "responder": float(100 * (b - w) / b >= 50),
                        "remission": float(w <= 7)})
        od_rows.append({"participant_id": p, "measure": "wai", "timepoint": "preparation", "value": wai})
    return {"analysis_table": at, "variables": variables_table(at), "statistics": statistics,
            "regressions": pd.DataFrame(reg_rows),
            "group_comparisons": pd.DataFrame(grp_rows), "joint_display": pd.DataFrame(jd_rows),
            "joint_display_quotes": pd.DataFrame(jq_rows), "outcomes_derived": pd.DataFrame(od_rows)}


def variables_table(at: pd.DataFrame) -> pd.DataFrame:
    """link/variables.csv for the fixture: features through the link stage's own dictionary,
    outcomes with their parts (measure, kind, time point) as the link stage writes them."""
    from qualalliance.link.features import feature_dictionary
    from qualalliance.link.link import VARIABLE_COLUMNS

    from qualalliance.link.outcomes import variable_name

    outcomes = [("hamd", "value", "baseline"), ("hamd", "value", "week4"), ("hamd", "change", "week4"),
                ("hamd", "improvement", "week4"), ("hamd", "pct_improvement", "week4"),
                ("hamd", "responder", "week4"), ("hamd", "remission", "week4"), ("wai", "value", "preparation")]
    rows = [{"variable": variable_name(measure, tp, kind), "source": "outcome", "role": "", "name": measure,
             "metric": kind, "measure": measure, "timepoint": tp,
             "baseline_timepoint": "baseline" if measure == "hamd" else "", "definition": "",
             "tested": kind == "improvement", "note": ""} for measure, kind, tp in outcomes]
    assert {r["variable"] for r in rows} <= set(at.columns)
    features = feature_dictionary(at.drop(columns=["participant_id", "in_features", "in_outcomes",
                                                   *(r["variable"] for r in rows)]))
    features = features.assign(measure="", timepoint="", baseline_timepoint="", note="")
    return pd.concat([features, pd.DataFrame(rows)], ignore_index=True)[VARIABLE_COLUMNS]


PARQUET = {"segments", "documents", "codings", "alliance", "topics"}


def _write(df: pd.DataFrame, run: Path, name: str) -> None:
    """Where ``qualalliance run`` would put table *name* (qualalliance.catalog)."""
    target = catalog.path(run, name, "parquet" if name in PARQUET else "csv")
    target.parent.mkdir(parents=True, exist_ok=True)
    if name in PARQUET:
        df.to_parquet(target, index=False)
    else:
        df.to_csv(target, index=False)


def make_study(root: Path, synthetic: bool = True, report_params: str = "{}") -> Path:
    study = root / "study"
    (study / "transcripts").mkdir(parents=True, exist_ok=True)
    text = STUDY_YAML.replace("synthetic: true", f"synthetic: {str(synthetic).lower()}")
    text = text.replace("  report: {}", f"  report: {report_params}")
    (study / "study.yaml").write_text(text, encoding="utf-8")
    return study


def make_run(root: Path, stages=("ingest", "code", "alliance", "topics", "link"), synthetic: bool = True) -> Path:
    """Write a run folder under *root* (``root/run``) holding the given stages."""
    root = Path(root)
    study = make_study(root, synthetic)
    run = root / "run"
    tables = build_tables()
    for name, df in tables.items():
        if catalog.stage_of(name) in stages:
            _write(df, run, name)
    if "link" in stages:
        for name, df in link_tables(tables).items():
            _write(df, run, name)
        catalog.path(run, "link_json").write_text(json.dumps(
            {"parameters": {"baseline": "baseline", "group_by": "hamd.responder@week4", "covariates": []}}))
    run.mkdir(parents=True, exist_ok=True)
    manifest = {"stage": "run", "seed": 7, "codebook_sha256": "ab" * 32,
                "study": {"name": "fixture-study", "file": str(study / "study.yaml"), "synthetic": synthetic},
                "versions": {"qualalliance": "0.1.0"}}
    catalog.manifest_path(run).write_text(json.dumps(manifest), encoding="utf-8")
    return run
