"""Real-data check of the link stage on MIBot (Mahmood et al., Findings of ACL 2025).

106 text conversations between adult smokers and an LLM motivational-interviewing
counsellor, each with self-reported outcomes: readiness rulers (importance,
confidence, readiness; 0-10) before, straight after and a week after the
conversation, and the client-rated CARE empathy measure (10 items, 10-50) after it.

The script ingests the transcripts, runs the code and alliance stages (each skipped,
with a note, when not importable), links the features to the outcomes and prints
feature-outcome correlations with 95% CIs and BH-adjusted p-values -- nulls included.
A second run uses the conversations' AutoMISC labels (LLM-generated MISC codes, not
expert annotation) as codings, e.g. client change talk per 1,000 client words.

    python benchmarks/link_mibot.py [-o OUT]    # OUT keeps every link table
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import numpy as np
import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
MIBOT = (ROOT / ".." / "shared" / "corpora-external" / "mibot").resolve()
RULERS = {"Importance": "importance", "Confidence": "confidence", "Readiness": "readiness"}
TIMES = {"Pre": "pre", "Post": "post", "WeekLater": "week_later"}
SPEC = {"baseline": "pre", "timepoints": ["pre", "post", "week_later"],
        "measures": {**{m: {"direction": "higher"} for m in RULERS.values()},
                     "care_total": {"direction": "higher"}}}


def mibot_outcomes(path: Path) -> pd.DataFrame:
    """data.csv -> long outcomes: rulers at pre/post/week_later, CARE total after the chat."""
    data = pd.read_csv(path, dtype={"ParticipantID": str})
    rows = []
    for r in data.itertuples(index=False):
        d = r._asdict()
        for prefix, tp in TIMES.items():
            for col, measure in RULERS.items():
                v = d.get(f"{prefix}Ruler{col}")
                if v is not None and not pd.isna(v):
                    rows.append((r.ParticipantID, tp, measure, float(v)))
        care = [d[f"CAREQ{i}"] for i in range(1, 11)]
        if not any(pd.isna(c) for c in care):
            rows.append((r.ParticipantID, "", "care_total", float(sum(care))))
    return pd.DataFrame(rows, columns=["participant_id", "timepoint", "measure", "value"])


def automisc_codings(segments: pd.DataFrame) -> pd.DataFrame:
    """The AutoMISC label of each utterance as a whole-turn coding (code ``misc_<label>``)."""
    seg = segments[segments["auto_misc_label"].astype(str).str.strip() != ""]
    return pd.DataFrame({"doc_id": seg["doc_id"], "turn": seg["turn"],
                         "code": "misc_" + seg["auto_misc_label"].astype(str).str.strip(),
                         "start_char": seg["start_char"], "end_char": seg["end_char"], "text": seg["text"],
                         "negated": False, "method": "model", "coder": "AutoMISC (GPT-4o)", "confidence": np.nan})


def show(stats: pd.DataFrame, title: str, outcomes: list[str], features: list[str] | None = None,
         top: int | None = None) -> None:
    st = stats[(stats["method"] == "pearson") & stats["outcome"].isin(outcomes)]
    if features is not None:
        st = st[st["feature"].isin(features)]
    st = st.assign(_abs=st["estimate"].abs()).sort_values(["outcome", "_abs"], ascending=[True, False])
    if top:
        st = st.groupby("outcome", sort=True).head(top)
    print(f"\n{title}  (Pearson r [95% CI], p, BH p_adj within family; n)")
    for r in st.itertuples(index=False):
        flag = " *" if r.p_adj < 0.05 else ""
        print(f"  {r.outcome:34s} {r.feature:48s} r = {r.estimate:+.3f} [{r.ci_low:+.2f}, {r.ci_high:+.2f}]"
              f"  p = {r.p:.3f}  p_adj = {r.p_adj:.3f}  n = {r.n}{flag}")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("-o", "--out", help="write the link tables here")
    args = ap.parse_args(argv)
    if not (MIBOT / "data.csv").exists():
        print(f"skip: {MIBOT} is absent (../shared not checked out beside the repo)")
        return 0
    from qualalliance.errors import QualallianceError
    from qualalliance.ingest import ingest
    from qualalliance.link import link

    timings = {}
    t = time.perf_counter()
    ing = ingest([str(MIBOT / "transcripts")])
    segments = ing.segments
    timings["ingest"] = time.perf_counter() - t
    print(f"ingest: {segments['doc_id'].nunique()} conversations, {len(segments)} utterances, "
          f"{len(ing.rejects)} rejected, {timings['ingest']:.1f} s")
    tables = {"segments": segments}
    try:
        try:
            from qualalliance.coding import code_segments
        except ImportError:
            from qualalliance.coding.coder import code_segments
    except ImportError as exc:
        print(f"code: skipped (stage not importable: {exc})")
    else:
        t = time.perf_counter()
        try:
            res = code_segments(segments)
        except QualallianceError as exc:  # the stage exists but is not usable yet
            print(f"code: skipped ({exc})")
        else:
            timings["code"] = time.perf_counter() - t
            tables["codings"], tables["code_matrix"] = res.codings, res.matrix
            print(f"code: {len(res.codings)} codings ({int(res.codings['negated'].sum())} negated), "
                  f"{res.codings['code'].nunique()} codes, {timings['code']:.1f} s")
    try:
        from qualalliance.alliance import score_alliance
    except ImportError as exc:
        print(f"alliance: skipped (stage not importable: {exc})")
    else:
        t = time.perf_counter()
        try:
            tables["alliance"] = score_alliance(segments).scores
        except QualallianceError as exc:
            print(f"alliance: skipped ({exc})")
        else:
            timings["alliance"] = time.perf_counter() - t
            print(f"alliance: {len(tables['alliance'])} rows, {timings['alliance']:.1f} s")
    print("topics: not run here (BERTopic fit is slow on 2 cores; link reads topics.parquet when present)")

    outcomes = mibot_outcomes(MIBOT / "data.csv")
    t = time.perf_counter()
    res = link(tables, outcomes, study=SPEC, mixed=True)
    timings["link"] = time.perf_counter() - t
    p = res.parameters
    print(f"link: {p['n_participants']} participants, {p['n_matched']} matched, {len(res.merge_report)} merge "
          f"issue(s); {p['n_features_tested']} features x {p['n_outcomes_tested']} outcomes; "
          f"{len(res.statistics)} correlations, {timings['link']:.1f} s")

    at = res.analysis_table
    print("\noutcome check against SOURCE.md (CARE vs confidence change: r = 0.15 after, 0.20 at a week):")
    for tp in ("post", "week_later"):
        x, y = at["care_total"], at[f"confidence.improvement@{tp}"]
        ok = x.notna() & y.notna()
        r = np.corrcoef(x[ok], y[ok])[0, 1]
        print(f"  care_total ~ confidence.improvement@{tp}: r = {r:+.3f} (n = {ok.sum()})")

    main_outcomes = ["confidence.improvement@post", "confidence.improvement@week_later",
                     "importance.improvement@post", "readiness.improvement@post",
                     "readiness.improvement@week_later", "care_total"]
    alliance_feats = [f for f in res.statistics["feature"].unique() if f.startswith("alliance.session.")]
    key = [f for f in ("alliance.session.therapist_mi_responsiveness", "text.n_words", "text.participant_word_share")
           if f in res.statistics["feature"].unique()]
    show(res.statistics, "therapist MI-consistent responsiveness and length controls", main_outcomes, key)
    show(res.statistics, "strongest alliance sub-scores per outcome (top 3)", main_outcomes, alliance_feats, top=3)
    code_feats = [f for f in res.statistics["feature"].unique() if f.startswith("code.")]
    show(res.statistics, "strongest codebook themes per outcome (top 3)", main_outcomes, code_feats, top=3)
    # a level association that is there before the conversation says who the client is,
    # not what the conversation did: compare pre, post and change side by side
    levels = [f"{m}@{t}" for m in ("importance", "readiness") for t in ("pre", "post")] + \
             ["importance.improvement@post", "readiness.improvement@post"]
    show(res.statistics, "levels vs change (an association already at 'pre' is not an effect of the chat)",
         levels, [f for f in ("alliance.session.tasks_per_1k", "text.n_words") if f in key + alliance_feats])
    st = res.statistics
    n_sig = int((st["p_adj"] < 0.05).sum())
    print(f"\nall tests: {len(st)} correlations, {n_sig} with BH p_adj < .05 "
          f"({int(((st['p_adj'] < 0.05) & (st['method'] == 'pearson')).sum())} Pearson)")
    reg = res.regressions
    ai = reg[(reg["feature"] == "alliance.session.therapist_mi_responsiveness") & (reg["term_type"] == "feature")]
    if len(ai):
        print("\ntherapist_mi_responsiveness, baseline-adjusted (OLS HC3: follow-up ~ feature + pre) and mixed model:")
        for r in ai.itertuples(index=False):
            print(f"  {r.model:8s} {r.outcome:34s} b = {r.estimate:+.3f} [{r.ci_low:+.3f}, {r.ci_high:+.3f}] "
                  f"p = {r.p:.3f}  n = {r.n}")

    # second run: AutoMISC labels as codings (LLM-generated, not expert codes)
    misc = {"segments": segments, "codings": automisc_codings(segments)}
    res2 = link(misc, outcomes, study=SPEC, mixed=False,
                test_features=["code.misc_*.participant.per_1000_words", "code.misc_*.therapist.per_1000_words"])
    show(res2.statistics, "AutoMISC label rates per 1,000 words of the speaker (C change talk, S sustain talk, "
         "N neutral; R reflection, Q question ...)", main_outcomes[:3] + ["care_total"])
    if args.out:
        res.write(Path(args.out) / "pipeline")
        res2.write(Path(args.out) / "automisc")
        print(f"\nwrote {args.out}/pipeline and {args.out}/automisc")
    print("\ntimings: " + ", ".join(f"{k} {v:.1f} s" for k, v in timings.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
