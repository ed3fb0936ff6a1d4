"""The tables of the report, as :class:`ReportTable` objects built from a run's tables.

Each builder takes the run and its :class:`~qualalliance.report.design.Design` and
returns one table, or raises :class:`Missing` saying which stage output it needs.
Displayed cells are formatted in APA style; ``raw`` keeps the numbers (spreadsheet).
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from .case_ruptures import with_rupture_counts
from . import derived
from ..link.outcomes import FOLLOW_UPS, variable_name
from .design import Design
from .formatting import DASH, bounded, ci, coef, feature_label, mean_sd, num, outcome_label, pct, pval, row_digits
from .inputs import RunData, natural_key
from .model import Missing, Quote, ReportTable

SOURCE_ORDER = ["transcript", "narrative", "case_history"]
SOURCE_NAMES = {"transcript": "Transcripts", "narrative": "Narratives", "case_history": "Case histories"}
SIG = "*"      # BH-adjusted p < .05
SMALL = "†"    # n < 10


def _src(run: RunData, *names: str) -> list[str]:
    return [run.relpath(run.paths[n], run.run_dir) for n in names if n in run.paths]


# --------------------------------------------------------------------------- corpus
def corpus_table(run: RunData, design: Design) -> ReportTable:
    seg = derived.segments(run)
    have_codes = run.get("codings") is not None
    aff = derived.affirmed(run) if have_codes else None
    kinds = [k for k in SOURCE_ORDER if k in set(seg["source_type"])] + \
        sorted(set(seg["source_type"]) - set(SOURCE_ORDER))
    rows = []
    for kind in kinds + ["total"]:
        s = seg if kind == "total" else seg[seg["source_type"] == kind]
        per_doc = s.groupby("doc_id")["n_words"].sum()
        row = {"Source": "Total" if kind == "total" else SOURCE_NAMES.get(kind, kind),
               "Documents": s["doc_id"].nunique(), "Participants": s["participant_id"].nunique(),
               "Turns or paragraphs": len(s), "Words": int(s["n_words"].sum()),
               "Words per document": per_doc.to_numpy()}
        if have_codes:
            a = aff if kind == "total" else aff[aff["source_type"] == kind]
            row["Coded spans"] = len(a)
        rows.append(row)
    raw = pd.DataFrame(rows)
    disp = raw.copy()
    for c in ("Documents", "Participants", "Turns or paragraphs", "Words", "Coded spans"):
        if c in disp:
            disp[c] = disp[c].map(lambda v: num(v, 0))
    disp["Words per document"] = raw["Words per document"].map(lambda v: mean_sd(v, 0))
    raw["Words per document"] = raw["Words per document"].map(lambda v: float(np.mean(v)) if len(v) else np.nan)
    disp = disp.rename(columns={"Words per document": "Words per document, M (SD)"})
    raw = raw.rename(columns={"Words per document": "Words per document, mean"})
    note = ("Words are whitespace-separated tokens. Coded spans are affirmed spans of any code (not denied, "
            "not the code's opposite pole). "
            "Counts come from the ingest (and coding) stage of this run.")
    return ReportTable("corpus", "Corpus: documents, participants, turns and words by source", disp, note, raw,
                       _src(run, "segments", "codings"))


# --------------------------------------------------------------------------- codebook
def codebook_table(run: RunData, design: Design) -> ReportTable:
    cod = derived.codings(run)
    seg = derived.segments(run)
    n_part = seg["participant_id"].replace("", np.nan).nunique()
    aff = cod[~cod["negated"]]
    polarity = derived.polarity(cod)
    rows = []
    for code in derived.code_ids(run):
        a = aff[aff["code"] == code]
        c = run.codebook[code] if run.codebook is not None and code in run.codebook else None
        k = a.loc[a["participant_id"] != "", "participant_id"].nunique()
        rows.append({"Code": run.code_label(code), "ID": code, "Parent": (c.parent or "") if c else "",
                     "Segments": a[["doc_id", "turn"]].drop_duplicates().shape[0], "Spans": len(a),
                     "Denied spans": int(((cod["code"] == code) & (polarity == "denied")).sum()),
                     "Opposite-pole spans": int(((cod["code"] == code) & (polarity == "opposite")).sum()),
                     "Participants": k, "% of participants": 100.0 * k / n_part if n_part else np.nan})
    raw = pd.DataFrame(rows, columns=["Code", "ID", "Parent", "Segments", "Spans", "Denied spans",
                                      "Opposite-pole spans", "Participants", "% of participants"])
    disp = raw.copy()
    for c in ("Segments", "Spans", "Denied spans", "Opposite-pole spans", "Participants"):
        disp[c] = disp[c].map(lambda v: num(v, 0))
    disp["% of participants"] = raw["% of participants"].map(lambda v: num(v, 0))
    disp["Parent"] = disp["Parent"].replace("", DASH)
    coder = ", ".join(sorted(set(cod["coder"].astype(str)))) if "coder" in cod.columns else "unknown"
    name = f"{run.codebook.name} {run.codebook.version}" if run.codebook is not None else "the run's codebook"
    note = (f"Codebook: {name}; coder: {coder}. Segments: turns or paragraphs with at least one affirmed span "
            f"of the code; Spans: affirmed spans; Denied spans (a negation denies the code: \"I didn't feel "
            f"safe\") and Opposite-pole spans (the code's opposite is named: \"I felt unsafe\", \"so alone\", "
            f"\"hopeless\") are not evidence of the code and are counted only in their own columns. "
            f"Confidence: {_confidence_note(run)} "
            f"% of participants: of the {n_part} "
            "participants with text. All speakers and all source types are counted.")
    return ReportTable("codebook", "Codebook with coding frequencies", disp, note, raw,
                       _src(run, "codings", "segments"))


def second_stage_threshold(code_params: dict) -> str | None:
    """The second stage's threshold in a run and why ("0.5 (min_confidence auto: ...)"), from the run
    manifest's code parameters; None when the run does not say (rules only, or an older run)."""
    used = code_params.get("min_confidence_used")
    if used is None or code_params.get("theme_model") == "none":
        return None
    check = code_params.get("style_check")
    return f"{used:g}" + (f" (min_confidence auto: {check['reason']})" if check else "")


def _confidence_note(run: RunData) -> str:
    """What the second stage's threshold was in this run, and why (min_confidence: auto)."""
    threshold = second_stage_threshold((run.manifest.get("parameters") or {}).get("code") or {})
    if threshold is None:
        return "codings the second stage scored below its min_confidence are not counted."
    return f"codings the second stage scored below {threshold} are not counted."


# --------------------------------------------------------------------------- reliability
def reliability_tables(run: RunData, design: Design) -> list[ReportTable]:
    out = []
    for name, df in run.reliability.items():
        disp = df.copy()
        for c in disp.columns:
            if pd.api.types.is_float_dtype(disp[c]):
                lower = str(c).lower()
                f = pval if lower in ("p", "p_value") else (
                    (lambda v: bounded(v, 2)) if any(k in lower for k in ("kappa", "alpha", "agree", "ci", "pct"))
                    else (lambda v: num(v, 2)))
                disp[c] = disp[c].map(f)
            else:
                disp[c] = disp[c].map(lambda v: DASH if pd.isna(v) else str(v))
        note = ("Inter-coder agreement as computed by the reliability stage "
                f"(reliability/{name}.csv); see that stage's documentation for the statistics.")
        title = "Inter-coder reliability" + ("" if name == "reliability" else f" ({name.replace('_', ' ')})")
        out.append(ReportTable(f"reliability_{name}" if name != "reliability" else "reliability", title, disp, note, df,
                               _src(run, f"reliability:{name}")))
    if not out:
        raise Missing("no reliability/ folder with agreement tables (human codings not given)")
    return out


# --------------------------------------------------------------------------- outcomes
def outcomes_table(run: RunData, design: Design) -> ReportTable:
    od = run.get("outcomes_derived")
    if od is None:
        raise Missing("needs link/outcomes_derived.csv (link stage absent)")
    od = od.copy()
    od["participant_id"] = od["participant_id"].astype(str)
    od["timepoint"] = od["timepoint"].fillna("").astype(str)
    measures = list(getattr(run.study, "measures", {}) or {})
    measures += _others_sorted(od["measure"], measures)
    tp_rank = {t: i for i, t in enumerate(run.timepoint_order)}
    rows = []
    for m in measures:
        sub = od[od["measure"].astype(str) == m]
        for tp in sorted(sub["timepoint"].unique(), key=lambda t: (tp_rank.get(t, 10**6), natural_key(t))):
            s = sub[sub["timepoint"] == tp]
            v = pd.to_numeric(s["value"], errors="coerce").dropna()
            imp = pd.to_numeric(s.get("improvement"), errors="coerce").dropna() if "improvement" in s else pd.Series()
            resp = pd.to_numeric(s.get("responder"), errors="coerce").dropna() if "responder" in s else pd.Series()
            rem = pd.to_numeric(s.get("remission"), errors="coerce").dropna() if "remission" in s else pd.Series()
            rows.append({"Measure": run.measure_label(m), "Time point": tp or DASH, "n": len(v),
                         "M": v.mean() if len(v) else np.nan, "SD": v.std(ddof=1) if len(v) > 1 else np.nan,
                         "Mdn": v.median() if len(v) else np.nan, "Min": v.min() if len(v) else np.nan,
                         "Max": v.max() if len(v) else np.nan,
                         "Improvement M": imp.mean() if len(imp) else np.nan,
                         "Improvement SD": imp.std(ddof=1) if len(imp) > 1 else np.nan,
                         "Responders": resp.sum() if len(resp) else np.nan, "Responder n": len(resp),
                         "Remitted": rem.sum() if len(rem) else np.nan, "Remission n": len(rem)})
    raw = pd.DataFrame(rows)
    if raw.empty:
        raise Missing("outcomes_derived.csv has no rows")
    disp = pd.DataFrame({
        "Measure": _blank_repeats(raw["Measure"]), "Time point": raw["Time point"],
        "n": raw["n"].map(lambda v: num(v, 0)),
        "M (SD)": [f"{num(a)} ({num(b)})" if not pd.isna(b) else num(a) for a, b in zip(raw["M"], raw["SD"])],
        "Mdn": raw["Mdn"].map(num), "Range": [f"{num(a, 0 if float(a).is_integer() else 2)}–"
                                             f"{num(b, 0 if float(b).is_integer() else 2)}" if not pd.isna(a) else DASH
                                             for a, b in zip(raw["Min"], raw["Max"])],
        "Improvement, M (SD)": [DASH if pd.isna(a) else (f"{num(a)} ({num(b)})" if not pd.isna(b) else num(a))
                                for a, b in zip(raw["Improvement M"], raw["Improvement SD"])],
    })
    if raw["Responders"].notna().any():
        disp["Responders, n (%)"] = [DASH if pd.isna(k) else f"{int(k)} ({pct(k, n)})"
                                     for k, n in zip(raw["Responders"], raw["Responder n"])]
    if raw["Remitted"].notna().any():
        disp["Remission, n (%)"] = [DASH if pd.isna(k) else f"{int(k)} ({pct(k, n)})"
                                    for k, n in zip(raw["Remitted"], raw["Remission n"])]
    parts = []
    st = run.study
    if st is not None and st.baseline:
        parts.append(f"Improvement is the change from {st.baseline} in the direction of improvement "
                     "(baseline minus value when lower is better).")
    if st is not None and st.responder is not None:
        parts.append(f"Responder: improvement of at least {st.responder.min_improvement_pct:g}% of the "
                     f"baseline {run.measure_label(st.responder.measure)}.")
    if st is not None and st.remission is not None:
        op = "≤" if st.remission.improvement == "lower" else "≥"
        parts.append(f"Remission: {run.measure_label(st.remission.measure)} {op} {st.remission.threshold:g}.")
    return ReportTable("outcomes", "Outcome and process measures by time point", disp, " ".join(parts), raw,
                       _src(run, "outcomes_derived"), row_header=True)


def _others_sorted(values, known) -> list[str]:
    return sorted({str(v) for v in values if str(v) not in known}, key=natural_key)


def _blank_repeats(s: pd.Series) -> pd.Series:
    """APA style: a repeated row label is printed once."""
    s = s.astype(str)
    return s.where(s != s.shift(), "")


# --------------------------------------------------------------------------- alliance
# the participant's own alliance language first: it is the report's alliance headline
ALLIANCE_COLUMNS = [("participant_alliance_per_1k", "Participant alliance language", 1),
                    ("therapist_mi_responsiveness", "Therapist MI-consistent responsiveness", 2),
                    ("bond_per_1k", "Bond", 1), ("goals_per_1k", "Goals", 1), ("tasks_per_1k", "Tasks", 1),
                    ("lsm", "LSM", 2), ("reflection_rate", "Reflections", 2), ("ruptures", "Ruptures", 2),
                    ("unrepaired", "Unrepaired ruptures", 2)]


def alliance_table(run: RunData, design: Design) -> ReportTable:
    al = run.get("alliance")
    if al is None:
        raise Missing("needs alliance/alliance.parquet (alliance stage absent)")
    al = al[al["role"].astype(str) == "session"] if "role" in al.columns else al
    if al.empty:
        raise Missing("the alliance table has no session rows")
    al = with_rupture_counts(al, run.get("rupture_counts"))  # rupture events per session (docs/ruptures.md)
    order = {s: i for i, s in enumerate(run.session_order)}
    sessions = sorted(al["session"].astype(str).unique(), key=lambda s: (order.get(s, 10**6), natural_key(s)))
    cols = [(c, label, d) for c, label, d in ALLIANCE_COLUMNS if c in al.columns]
    rows, disp_rows = [], []
    for s in sessions:
        sub = al[al["session"].astype(str) == s]
        raw_row = {"Session": s, "Transcripts": len(sub)}
        disp_row = {"Session": s, "Transcripts": str(len(sub))}
        for c, label, d in cols:
            v = pd.to_numeric(sub[c], errors="coerce")
            raw_row[f"{label} M"] = v.mean()
            raw_row[f"{label} SD"] = v.std(ddof=1)
            disp_row[f"{label}, M (SD)"] = mean_sd(v, d)
        rows.append(raw_row)
        disp_rows.append(disp_row)
    note = ("One row per session, M (SD) over the participants' transcripts. Participant alliance language: "
            "the participant's own affirmed minus negated relationship phrases (feeling understood, trust, felt "
            "safety, agreement on goals and tasks) per 1,000 participant words - the alliance as the "
            "participant puts it into words. Therapist MI-consistent responsiveness: a composite of the "
            "therapist's reflections (vs advice), repair of discord, empathy, collaboration and autonomy talk "
            "and talk balance, in SDs of a reference corpus (validated against motivational-interviewing "
            "quality, not against an alliance measure). Bond, Goals and Tasks: lexicon matches per 1,000 words "
            "of both speakers (Bordin 1979); LSM: language style matching; Reflections: share of therapist "
            "turns that reflect; Ruptures: rupture events per session, Unrepaired ruptures: those the "
            "therapist's response did not repair (alliance/ruptures.csv, docs/ruptures.md). These are language "
            "markers, not questionnaire scores (docs/alliance.md).")
    return ReportTable("alliance", "Alliance-language scores by session", pd.DataFrame(disp_rows), note,
                       pd.DataFrame(rows), _src(run, "alliance"))


def convergent_validity_table(run: RunData, design: Design) -> ReportTable:
    """The text alliance scores beside the study's alliance questionnaire (e.g. WAI-SR), with their correlations."""
    from ..link import stats

    at = run.get("analysis_table")
    if at is None:
        raise Missing("needs link/analysis_table.csv (link stage absent)")
    text = [v for v in design.alliance_vars if v not in design.alliance_questionnaire and v in at.columns]
    questionnaire = [v for v in design.alliance_questionnaire if v in at.columns]
    if not questionnaire:
        raise Missing("the study declares no alliance questionnaire with data (a process measure with "
                      "construct: alliance, such as the WAI-SR)")
    if not text:
        raise Missing("no text alliance score in link/analysis_table.csv (alliance stage absent)")
    targets = questionnaire + text
    res = stats.pearson(at, text, targets).set_index(["feature", "outcome"])
    same_n = res["n"].nunique() == 1  # then n is said once, in the note
    rows, raw = [], []
    for v in text:
        x = pd.to_numeric(at[v], errors="coerce")
        row = {"Text score": feature_label(v, run), "M (SD)": mean_sd(x.dropna(), 2)}
        for t in targets:
            head = f"r with {outcome_label(t, run) if t in questionnaire else feature_label(t, run)}"
            if (v, t) not in res.index:
                row[head] = DASH
                continue
            r = res.loc[(v, t)]
            row[head] = (f"{bounded(r['estimate'])} {ci(r['ci_low'], r['ci_high'], bounded_stat=True)}"
                         + ("" if same_n else f" (n = {int(r['n'])})"))
            raw.append({"text_score": v, "with": t, "n": int(r["n"]), "r": r["estimate"], "ci_low": r["ci_low"],
                        "ci_high": r["ci_high"], "p": r["p"]})
        rows.append(row)
    q_label = run.measure_label((run.outcome_parts(questionnaire[0]) or (questionnaire[0],))[0])
    n_note = f"; n = {int(res['n'].iloc[0])} participants" if same_n and len(res) else ""
    note = (f"Convergent validity: Pearson r [95% CI] at the participant level (each text score averaged over the "
            f"participant's transcripts) between the text alliance scores and the {q_label}, and between the two "
            f"text scores{n_note}. Participant alliance language is the report's alliance headline: it is "
            f"written from the items of patient-rated alliance questionnaires (WAI-SR, SRS, CARE) and is expected to correlate "
            f"positively with the {q_label}. Therapist MI-consistent responsiveness measures the therapist's "
            "behaviour (validated against motivational-interviewing quality) and need not track a patient-rated "
            "alliance. p-values and the same correlations with outcomes are in link/statistics.csv.")
    return ReportTable("alliance_validity", f"Alliance measures side by side: text scores and the {q_label}",
                       pd.DataFrame(rows), note, pd.DataFrame(raw), _src(run, "analysis_table"))


# --------------------------------------------------------------------------- topics
TOPIC_QUOTES = 2         # representative quotes per topic in the table
TOPIC_QUOTE_CHARS = 220  # each cut at a word boundary (topic_info.csv keeps up to 300)


def _topic_quotes(row) -> list[str] | str:
    """The topic's first quotes (most typical units first), each with its ``doc_id:turn``."""
    sources = [s.strip() for s in str(row.get("quote_sources", "") or "").split(";")]
    out = []
    for i in range(1, TOPIC_QUOTES + 1):
        text = row.get(f"quote_{i}", "")
        text = "" if pd.isna(text) else " ".join(str(text).split())
        if not text:
            continue
        if len(text) > TOPIC_QUOTE_CHARS:
            text = text[:TOPIC_QUOTE_CHARS].rsplit(" ", 1)[0].rstrip(" …") + " …"
        src = sources[i - 1] if i - 1 < len(sources) and sources[i - 1] else ""
        out.append(f"“{text}”" + (f" ({src})" if src else ""))
    return out or DASH


def topics_table(run: RunData, design: Design) -> ReportTable:
    info = run.get("topic_info")
    if info is None:
        raise Missing("needs topics/topic_info.csv (topics stage absent)")
    info = info.copy()
    info["topic"] = pd.to_numeric(info["topic"], errors="coerce")
    outliers = info[info["topic"] < 0]
    info = info[info["topic"] >= 0].sort_values(["size", "topic"], ascending=[False, True], kind="mergesort")
    k = int(run.params.get("max_topics", 15))
    shown = info.head(k)
    raw = shown[[c for c in ("topic", "label", "size", "n_turns", "n_docs", "top_terms", "quote_1", "quote_2",
                             "quote_sources") if c in shown.columns]]
    disp = pd.DataFrame({
        "Topic": shown["topic"].map(lambda v: num(v, 0)), "Label": shown.get("label", "").astype(str),
        "Units": shown["size"].map(lambda v: num(v, 0)) if "size" in shown else DASH,
        "Documents": shown["n_docs"].map(lambda v: num(v, 0)) if "n_docs" in shown else DASH,
        "Top terms": shown.get("top_terms", "").astype(str),
        "Representative quotes": [_topic_quotes(r) for _, r in shown.iterrows()]})
    n_out = int(outliers["size"].sum()) if len(outliers) and "size" in outliers else 0
    note = (f"The {len(shown)} largest of {len(info)} topics (BERTopic, offline embedding). Units: the turns, "
            f"windows or documents assigned to the topic; {n_out} units were outliers (topic -1). Label: three "
            "of the top terms, without words every counselling conversation has (docs/topics.md). "
            f"Representative quotes: the {TOPIC_QUOTES} units most typical of the topic (closest to its centre), "
            "with their document and first turn; all quotes in topics/topic_info.csv, more in "
            "topics/topic_figures.html. Topics are inductive summaries of wording, not themes.")
    return ReportTable("topics", "Topics: size, top terms and representative quotes", disp, note,
                       raw.reset_index(drop=True), _src(run, "topic_info"),
                       text_columns=("Top terms", "Representative quotes"))


# --------------------------------------------------------------------------- correlations
def correlations_table(run: RunData, design: Design) -> ReportTable:
    stats = run.get("statistics")
    if stats is None:
        raise Missing("needs link/statistics.csv (link stage absent)")
    outcomes = [design.improvement_var(t) for t in design.follow_ups]
    present = set(stats["outcome"].astype(str))
    outcomes = [o for o in outcomes if o in present]
    if not outcomes:  # no improvement scores: the primary measure's values
        outcomes = [o for o in dict.fromkeys(stats["outcome"].astype(str))
                    if (run.outcome_parts(o) or ("",))[0] == design.primary][:6]
    if not outcomes or not design.key_features:
        raise Missing("no statistics for the primary outcome and key features")
    sel = stats[stats["feature"].astype(str).isin(design.key_features) & stats["outcome"].astype(str).isin(outcomes)]
    method = "pearson" if (sel["method"] == "pearson").any() else str(sel["method"].iloc[0])
    pear = sel[sel["method"] == method].set_index(["feature", "outcome"])
    headers = {}
    for o in outcomes:
        ns = pear.xs(o, level="outcome")["n"] if o in pear.index.get_level_values("outcome") else pd.Series()
        tp = run.outcome_parts(o)[2]
        headers[o] = f"{tp} (n = {int(ns.iloc[0])})" if len(ns) and ns.nunique() == 1 else tp
    rows = []
    for f in design.key_features:
        row = {"Feature": feature_label(f, run)}
        for o in outcomes:
            if (f, o) not in pear.index:
                row[headers[o]] = DASH
                continue
            r = pear.loc[(f, o)]
            mark = (SIG if not pd.isna(r["p_adj"]) and r["p_adj"] < 0.05 else "") + \
                   (SMALL if bool(r.get("small_n", False)) else "")
            cell = f"{bounded(r['estimate'])}{mark} {ci(r['ci_low'], r['ci_high'], bounded_stat=True)}"
            if headers[o] == run.outcome_parts(o)[2]:
                cell += f" (n = {int(r['n'])})"
            row[headers[o]] = cell
        rows.append(row)
    label = run.measure_label(design.primary)
    sym = "r" if method == "pearson" else "ρ"
    n_tests = len(stats)
    shown = sel[sel["method"] == method]
    n_sig = int((pd.to_numeric(shown["p_adj"], errors="coerce") < 0.05).sum())
    marks = (f"{SIG} Benjamini–Hochberg adjusted p < .05 within its family (link/statistics.csv, family column): "
             f"{n_sig} of the {len(shown)} correlations shown. " if n_sig else
             "No correlation shown reaches Benjamini–Hochberg adjusted p < .05 within its family "
             f"(link/statistics.csv, family column; it would be marked {SIG}). ")
    if "small_n" in shown.columns and shown["small_n"].astype(str).str.lower().isin(["true", "1"]).any():
        marks += f"{SMALL} n < 10. "
    note = (f"{method.capitalize()} {sym} [95% CI] between each text feature (participant level, transcripts and "
            f"narratives) and {label} improvement from baseline (positive: more improvement) at each follow-up. "
            f"{marks}This table shows {len(sel[sel['method'] == method])} of the {n_tests} correlations "
            "the link stage computed; all of them, with Spearman ρ and unadjusted p, are in link/statistics.csv.")
    raw = sel.reset_index(drop=True)
    return ReportTable("correlations", f"Correlations of text features with {label} improvement",
                       pd.DataFrame(rows), note, raw, _src(run, "statistics"))


# --------------------------------------------------------------------------- regressions
def regressions_table(run: RunData, design: Design) -> ReportTable:
    reg = run.get("regressions")
    if reg is None:
        raise Missing("needs link/regressions.csv (link stage absent)")
    reg = reg[(reg["term_type"].astype(str) == "feature") & reg["feature"].astype(str).isin(design.key_features)]
    wanted = {"ols_hc3": run.outcome_variable(design.primary, "value", design.endpoint),
              "mixedlm": variable_name(design.primary, FOLLOW_UPS)}
    sel = reg[[wanted.get(m) == o for m, o in zip(reg["model"].astype(str), reg["outcome"].astype(str))]]
    if sel.empty:
        raise Missing(f"no regressions of {design.primary} on the key features")
    rank = {f: i for i, f in enumerate(design.key_features)}
    sel = sel.assign(_r=sel["feature"].map(rank), _m=sel["model"].map({"ols_hc3": 0, "mixedlm": 1})) \
        .sort_values(["_r", "_m"], kind="mergesort").drop(columns=["_r", "_m"])
    label = run.measure_label(design.primary)
    model_names = {"ols_hc3": f"OLS, {design.endpoint}", "mixedlm": "Mixed, all follow-ups"}
    disp = pd.DataFrame({
        "Feature": _blank_repeats(sel["feature"].map(lambda f: feature_label(f, run))).to_numpy(),
        "Model": sel["model"].map(model_names).to_numpy(),
        "n": sel["n"].map(lambda v: num(v, 0)).to_numpy(),
        "B": sel["estimate"].map(coef).to_numpy(),
        "SE": sel["se"].map(coef).to_numpy(),
        "95% CI": [DASH if pd.isna(a) or pd.isna(b) else f"[{coef(a)}, {coef(b)}]"
                   for a, b in zip(sel["ci_low"], sel["ci_high"])],
        "p": sel["p"].map(pval).to_numpy(),
        "p (BH)": sel["p_adj"].map(pval).to_numpy() if "p_adj" in sel else DASH,
        "β": sel["std_estimate"].map(lambda v: bounded(v) if not pd.isna(v) and abs(v) < 1 else num(v)).to_numpy(),
    })
    covs = run.link_params.get("covariates") or []
    cov_s = f" and the covariates {', '.join(covs)}" if covs else ""
    note = (f"Feature coefficients B (unstandardised: change in {label} points per unit of the feature) from "
            f"OLS regressions of {label} at {design.endpoint} on the feature, the baseline score{cov_s} with HC3 "
            f"robust standard errors (t inference), and from linear mixed models over all follow-ups (random "
            f"intercept per participant, time as dummies, adjusted for baseline{cov_s}; n counts observations). "
            f"For a measure where lower is better, a negative B means the feature goes with a better outcome. "
            f"β: standardised coefficient (OLS only). p (BH): Benjamini–Hochberg within the model's family. "
            "All terms of all models are in link/regressions.csv.")
    return ReportTable("regressions", f"Regressions of {label} on text features, adjusting for baseline", disp,
                       note, sel.reset_index(drop=True), _src(run, "regressions"))


# --------------------------------------------------------------------------- group comparisons
def group_table(run: RunData, design: Design) -> ReportTable:
    gc = run.get("group_comparisons")
    if gc is None:
        raise Missing("needs link/group_comparisons.csv (link stage absent)")
    g = design.group_var
    if g and g not in set(gc["group"].astype(str)):
        g = next((x for x in gc["group"].astype(str)
                  if design.endpoint and (run.outcome_parts(x) or ("", "", ""))[2] == design.endpoint), None)
    if not g:
        raise Missing("no group comparisons for the design's group variable")
    sel = gc[(gc["group"].astype(str) == g) & gc["feature"].astype(str).isin(design.key_features)]
    if sel.empty:
        raise Missing(f"no group comparisons of the key features for {g}")
    g1, g0 = derived.group_names(run, g)
    mw = sel[sel["method"] == "mann_whitney"].set_index("feature")
    wt = sel[sel["method"] == "welch_t"].set_index("feature")
    ns = sel[["n1", "n0"]].dropna()
    n1, n0 = (int(ns["n1"].max()), int(ns["n0"].max())) if len(ns) else (0, 0)
    rows = []
    for f in design.key_features:
        if f not in mw.index and f not in wt.index:
            continue
        m = mw.loc[f] if f in mw.index else None
        w = wt.loc[f] if f in wt.index else None
        # medians and means of one feature share their decimals (a word count has none)
        d = row_digits([*(m[["median1", "median0"]] if m is not None else ()),
                        *(w[["mean1", "mean0"]] if w is not None else ())])
        rows.append({
            "Feature": feature_label(f, run),
            f"Mdn, {g1}": num(m["median1"], d) if m is not None else DASH,
            f"Mdn, {g0}": num(m["median0"], d) if m is not None else DASH,
            "r (rank-biserial)": bounded(m["estimate"]) if m is not None else DASH,
            "p (U)": pval(m["p"]) if m is not None else DASH,
            "p (U, BH)": pval(m.get("p_adj")) if m is not None else DASH,
            f"M, {g1}": num(w["mean1"], d) if w is not None else DASH,
            f"M, {g0}": num(w["mean0"], d) if w is not None else DASH,
            "g [95% CI]": f"{num(w['estimate'])} {ci(w['ci_low'], w['ci_high'])}" if w is not None else DASH,
            "p (Welch)": pval(w["p"]) if w is not None else DASH,
        })
    label = outcome_label(g, run)
    note = (f"{g1.capitalize()} (n = {n1}) against {g0} (n = {n0}) by {label}. Mann–Whitney U with rank-biserial r "
            f"(positive: higher in {g1}); Welch t with Hedges' g and its large-sample 95% CI. p (U, BH): "
            "Benjamini–Hochberg within the feature source. With groups this small, treat every row as "
            "description. All comparisons are in link/group_comparisons.csv.")
    return ReportTable("group_comparisons", f"Text features of {g1} and {g0}", pd.DataFrame(rows), note,
                       sel.reset_index(drop=True), _src(run, "group_comparisons"))


# --------------------------------------------------------------------------- joint display
def joint_display_table(run: RunData, design: Design) -> ReportTable:
    jd = run.get("joint_display")
    if jd is None or jd.empty:
        raise Missing("needs link/joint_display.csv (link stage absent, or no outcome groups)")
    jq = run.get("joint_display_quotes")
    jd = jd.copy()
    jd["group"] = pd.to_numeric(jd["group"], errors="coerce")
    groups = sorted(jd["group"].dropna().unique(), reverse=True)
    labels = {gv: str(jd.loc[jd["group"] == gv, "group_label"].iloc[0]) for gv in groups}
    quotes: dict[tuple, list[Quote]] = {}
    if jq is not None and len(jq):
        jq = jq.copy()
        jq["group"] = pd.to_numeric(jq["group"], errors="coerce")
        for r in jq.sort_values(["theme", "group", "rank"], kind="mergesort").itertuples(index=False):
            q = _quote_from_joint(r, run)
            quotes.setdefault((str(r.theme), r.group), []).append(q)
    themes = list(dict.fromkeys(jd["theme"].astype(str)))
    ids = {c: i for i, c in enumerate(derived.code_ids(run))} if run.get("codings") is not None else {}
    themes.sort(key=lambda t: (ids.get(t, 10**6), t))
    rows = []
    for t in themes:
        sub = jd[jd["theme"].astype(str) == t]
        row = {"Theme": run.code_label(t)}
        for gv in groups:
            r = sub[sub["group"] == gv]
            if r.empty:
                row[f"{labels[gv]}: prevalence"] = DASH
                row[f"{labels[gv]}: quotes"] = DASH
                continue
            r = r.iloc[0]
            row[f"{labels[gv]}: prevalence"] = (f"{int(r['n_with_theme'])}/{int(r['n_group'])} "
                                                f"({pct(r['n_with_theme'], r['n_group'])}%); "
                                                f"{num(r['mean_per_1000_words'], 1)}/1,000 words")
            row[f"{labels[gv]}: quotes"] = quotes.get((t, gv), []) or DASH
        first = sub.iloc[0]
        mark = SMALL if bool(first.get("small_n", False)) else ""
        row["r (rank-biserial)"] = bounded(first["estimate"]) + mark
        row["p (BH)"] = pval(first["p_adj"])
        rows.append(row)
    gvar = str(jd["group_var"].iloc[0])
    note = (f"Joint display (Guetterman, Fetters & Creswell 2015) of coded themes by {outcome_label(gvar, run)}. "
            "Prevalence: participants with at least one affirmed span of the theme / participants in the group, "
            "and the group's mean rate per 1,000 words. Quotes: exemplar sentences with the coded span "
            "highlighted (bold in the Markdown and LaTeX versions), at most one per participant per cell and "
            "never two near-identical sentences in one cell, each traced to its document, turn and the span's "
            "character offsets. "
            f"r: rank-biserial r of the theme's rate between the groups (Mann–Whitney), p BH-adjusted over themes; "
            f"{SMALL} n < 10.")
    qcols = tuple(f"{labels[gv]}: quotes" for gv in groups)
    return ReportTable("joint_display", "Joint display: themes, outcome groups and exemplar quotes",
                       pd.DataFrame(rows), note, jd.reset_index(drop=True),
                       _src(run, "joint_display", "joint_display_quotes"), text_columns=qcols)


def _quote_from_joint(r, run: RunData) -> Quote:
    """A Quote for a joint-display quote row; the quote's own offsets come from the document."""
    quote, span = str(r.quote), str(r.span)
    a = quote.find(span)
    start = int(r.start_char) - max(a, 0)
    text = _doc_text(run, str(r.doc_id))
    if text is not None and text[start:start + len(quote)] != quote:
        a = -1  # the quote was trimmed or re-spaced: cite the span only
    if a < 0:
        return Quote(text=span, doc_id=str(r.doc_id), turn=int(r.turn), start=int(r.start_char),
                     end=int(r.end_char), span_start=int(r.start_char), span_end=int(r.end_char),
                     participant_id=str(r.participant_id), code=str(r.theme))
    return Quote(text=quote, doc_id=str(r.doc_id), turn=int(r.turn), start=start, end=start + len(quote),
                 span_start=int(r.start_char), span_end=int(r.end_char), participant_id=str(r.participant_id),
                 code=str(r.theme))


def _doc_text(run: RunData, doc_id: str) -> str | None:
    if "doc_text" not in run.cache:
        docs = run.get("documents")
        run.cache["doc_text"] = {} if docs is None else dict(zip(docs["doc_id"].astype(str), docs["text"].astype(str)))
    return run.cache["doc_text"].get(doc_id)


TABLE_BUILDERS = [corpus_table, codebook_table, reliability_tables, outcomes_table, alliance_table,
                  convergent_validity_table, correlations_table, regressions_table, group_table,
                  joint_display_table, topics_table]


def build_tables(run: RunData, design: Design) -> tuple[list[ReportTable], dict[str, str]]:
    """All tables this run supports, numbered; and {builder: why it was left out}."""
    tables, omitted = [], {}
    for builder in TABLE_BUILDERS:
        name = builder.__name__.replace("_tables", "").replace("_table", "")
        try:
            out = builder(run, design)
        except Missing as exc:
            omitted[name] = str(exc)
            continue
        tables += out if isinstance(out, list) else [out]
    for i, t in enumerate(tables, 1):
        t.number = i
    return tables, omitted
