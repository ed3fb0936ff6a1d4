"""Per-participant case histories built from the run's tables.

A case history tells one participant's before and after from the data alone: scores
over time (a small table and sparklines), the alliance trajectory across sessions, the
themes they spoke about per session, exemplar quotes from preparation, dosing and
integration, and their narrative and case-history documents summarised by what was
coded in them.  Every quote is a :class:`Quote` whose text is exactly
``documents.text[start:end]`` and whose citation gives the document, turn and the coded
span's character offsets.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from . import derived
from .design import Design, phase_of
from .formatting import DASH, num
from .inputs import RunData, natural_key
from .case_ruptures import rupture_episodes, with_rupture_counts
from .model import Quote
from .sparkline import Series, sparkline_alt, sparkline_svg

_SENT_END = re.compile(r"[.!?…]+[\"'”’)\]]*(?=\s)|\n")
MAX_QUOTE_WORDS = 45
HEADING_MAX_WORDS = 6
# the participant's own alliance language (the headline) first, then the therapist's responsiveness
ALLIANCE_CASE_COLUMNS = [("participant_alliance_per_1k", "Participant alliance language /1k", 1),
                         ("therapist_mi_responsiveness", "Therapist MI-consistent responsiveness", 2),
                         ("bond_per_1k", "Bond /1k", 1), ("goals_per_1k", "Goals /1k", 1),
                         ("tasks_per_1k", "Tasks /1k", 1), ("ruptures", "Ruptures", 0),
                         ("unrepaired", "Unrepaired", 0)]
# short enough for the sparkline's label column
SPARKLINE_ALLIANCE = (("participant_alliance_per_1k", "Participant alliance language /1k"),
                      ("therapist_mi_responsiveness", "Therapist MI responsiveness"))


@dataclass
class WrittenDoc:
    doc_id: str
    source_type: str
    words: int
    paragraphs: int
    codes: list[tuple[str, int]]
    denied: list[tuple[str, int]]      # the code is denied ("I didn't feel safe"): not counted
    opposite: list[tuple[str, int]]    # the code's opposite pole is named ("so alone"): not counted
    sections: list[tuple[str, list[str]]]
    quotes: list[Quote]


@dataclass
class CaseHistory:
    participant_id: str
    summary: list[str]
    scores: pd.DataFrame | None            # measure label x time point (formatted)
    sparkline: str | None                  # SVG text
    sparkline_alt: str
    alliance: pd.DataFrame | None          # session rows (formatted)
    themes: pd.DataFrame | None            # code x session counts (formatted)
    quotes: dict[str, list[Quote]] = field(default_factory=dict)
    written: list[WrittenDoc] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    ruptures: list = field(default_factory=list)   # case_ruptures.RuptureEpisode, in session order
    has_rupture_table: bool = False                # the run has alliance/ruptures (else the section says so)


# --------------------------------------------------------------------------- quotes
def sentence_quote(row, max_words: int = MAX_QUOTE_WORDS) -> Quote:
    """The sentence of the segment around a coded span, with document offsets.

    *row* needs ``seg_text, seg_start, start_char, end_char, doc_id, turn`` (and
    ``participant_id, code``).  Long sentences are cut to words around the span.
    """
    text, base = str(row.seg_text), int(row.seg_start)
    a, b = int(row.start_char) - base, int(row.end_char) - base
    a, b = max(0, min(a, len(text))), max(0, min(b, len(text)))
    start = 0
    for m in _SENT_END.finditer(text, 0, a):
        start = m.end()
    m = _SENT_END.search(text, b)
    end = m.end() if m and m.group() != "\n" else (m.start() if m else len(text))
    if len(text[start:end].split()) > max_words:  # cut to about max_words around the span
        half = max_words // 2
        left = [mm.start() for mm in re.finditer(r"\S+", text[start:a])]
        right = [mm.end() for mm in re.finditer(r"\S+", text[b:end])]
        start = start + left[-half] if len(left) > half else start
        end = b + right[half - 1] if len(right) > half else end
    while start < a and text[start].isspace():
        start += 1
    while end > b and text[end - 1].isspace():
        end -= 1
    return Quote(text=text[start:end], doc_id=str(row.doc_id), turn=int(row.turn), start=base + start,
                 end=base + end, span_start=int(row.start_char), span_end=int(row.end_char),
                 participant_id=str(getattr(row, "participant_id", "")), code=str(row.code))


def pick_quotes(cands: pd.DataFrame, k: int, doc_rank: dict[str, int], code_rank: dict[str, int]) -> list[Quote]:
    """Up to *k* quotes with distinct codes, the participant's most frequent codes first.

    Within a code: sentences of 6-40 words first, then earlier documents and offsets;
    never the same sentence twice.  Deterministic.
    """
    if cands.empty or k <= 0:
        return []
    counts = cands["code"].value_counts()
    codes = sorted(counts.index, key=lambda c: (-counts[c], code_rank.get(c, 10**6), c))
    cands = cands.assign(_doc=cands["doc_id"].map(lambda d: doc_rank.get(d, 10**6)))
    cands = cands.sort_values(["_doc", "start_char", "end_char"], kind="mergesort")
    by_code: dict[str, list] = {}
    for row in cands.itertuples(index=False):
        by_code.setdefault(row.code, []).append(row)
    picked, seen = [], set()
    for code in codes:
        best = None
        for row in by_code.get(code, ()):
            q = sentence_quote(row)
            if (q.doc_id, q.start) in seen:
                continue
            words = len(q.text.split())
            score = (0 if 6 <= words <= 40 else 1)
            if best is None or score < best[0]:
                best = (score, q)
                if score == 0:
                    break
        if best is not None:
            picked.append(best[1])
            seen.add((best[1].doc_id, best[1].start))
        if len(picked) >= k:
            break
    return picked


# --------------------------------------------------------------------------- sections
def _fmt_value(v) -> str:
    if v is None or (isinstance(v, float) and math.isnan(v)):
        return DASH
    v = float(v)
    return f"{v:.0f}" if v.is_integer() else f"{v:.2f}"


def _scores(run: RunData, design: Design, od: pd.DataFrame | None, alliance: pd.DataFrame | None,
            pid: str) -> tuple[pd.DataFrame | None, list[Series], list[str]]:
    series, summary = [], []
    table = None
    if od is not None and len(od):
        tp_rank = {t: i for i, t in enumerate(run.timepoint_order)}
        measures = list(getattr(run.study, "measures", {}) or {})
        measures += sorted(set(od["measure"]) - set(measures), key=natural_key)
        tps = sorted(od["timepoint"].unique(), key=lambda t: (tp_rank.get(t, 10**6), natural_key(t)))
        rows = []
        for m in measures:
            sub = od[od["measure"] == m]
            if sub.empty:
                continue
            vals = dict(zip(sub["timepoint"], pd.to_numeric(sub["value"], errors="coerce")))
            rows.append({"Measure": run.measure_label(m), **{t: _fmt_value(vals.get(t)) for t in tps}})
            meas = (getattr(run.study, "measures", {}) or {}).get(m)
            pts = [(t, float(vals[t])) for t in tps if t in vals and not pd.isna(vals[t])]
            rng = meas.range if meas is not None and meas.range else (None, None)
            note = f"{meas.improvement} is better" if meas is not None else ""
            series.append(Series(run.measure_label(m), pts, rng[0], rng[1], note))
        table = pd.DataFrame(rows) if rows else None
        if design.primary and design.endpoint:
            p = od[(od["measure"] == design.primary) & (od["timepoint"] == design.endpoint)]
            if len(p):
                r = p.iloc[0]
                label = run.measure_label(design.primary)
                line = (f"{label}: {_fmt_value(r.get('baseline'))} at {design.baseline or 'baseline'}, "
                        f"{_fmt_value(r.get('value'))} at {design.endpoint}")
                if "improvement" in r and not pd.isna(r["improvement"]):
                    line += f" (improvement {_fmt_value(r['improvement'])} points"
                    if "pct_improvement" in r and not pd.isna(r["pct_improvement"]):
                        line += f", {float(r['pct_improvement']):.0f}%"
                    line += ")"
                flags = []
                for col, name in (("responder", "responder"), ("remission", "remission")):
                    if col in r and not pd.isna(r[col]):
                        flags.append(f"{name}: {'yes' if float(r[col]) == 1 else 'no'}")
                summary.append(line + (f"; {'; '.join(flags)}" if flags else "") + ".")
    for col, label in SPARKLINE_ALLIANCE:
        if alliance is not None and len(alliance) and col in alliance.columns:
            pts = [(str(s), float(v)) for s, v in zip(alliance["session"], alliance[col]) if not pd.isna(v)]
            series.append(Series(label, pts))
    return table, series, summary


def _alliance(run: RunData, rows: pd.DataFrame | None) -> pd.DataFrame | None:
    if rows is None or rows.empty:
        return None
    cols = [(c, l, d) for c, l, d in ALLIANCE_CASE_COLUMNS if c in rows.columns]
    out = pd.DataFrame({"Session": rows["session"].astype(str).to_numpy()})
    for c, label, d in cols:
        out[label] = [num(v, d) for v in pd.to_numeric(rows[c], errors="coerce")]
    if "n_words" in rows.columns:
        out["Words"] = [num(v, 0) for v in rows["n_words"]]
    return out


def _themes(run: RunData, aff: pd.DataFrame, sessions: list[str]) -> pd.DataFrame | None:
    sub = aff[(aff["role"] == "participant") & aff["source_type"].isin(["transcript", "narrative"])]
    if sub.empty:
        return None
    col = np.where(sub["source_type"] == "narrative", "narrative", sub["session"])
    counts = pd.crosstab(sub["code"], col)
    cols = [s for s in sessions if s in counts.columns and s != "narrative"] + \
        sorted((c for c in counts.columns if c not in sessions and c != "narrative"), key=natural_key) + \
        (["narrative"] if "narrative" in counts.columns else [])
    order = {c: i for i, c in enumerate(derived.code_ids(run))}
    counts = counts.reindex(columns=cols, fill_value=0)
    counts = counts.loc[sorted(counts.index, key=lambda c: (order.get(c, 10**6), c))]
    out = pd.DataFrame({"Theme": [run.code_label(c) for c in counts.index]})
    for c in cols:
        out[c] = [str(int(v)) for v in counts[c]]
    out["Total"] = [str(int(v)) for v in counts.sum(axis=1)]
    return out


def _heading(seg_text: str) -> str | None:
    first = str(seg_text).split("\n", 1)
    if len(first) == 2 and 0 < len(first[0].split()) <= HEADING_MAX_WORDS and not first[0].rstrip().endswith(
            (".", "!", "?", ":")):
        return first[0].strip()
    return None


def _written(run: RunData, seg: pd.DataFrame, cod: pd.DataFrame, code_rank: dict) -> list[WrittenDoc]:
    docs = []
    kinds = {"narrative": 0, "case_history": 1}
    written = seg[seg["source_type"] != "transcript"]
    for doc_id in sorted(written["doc_id"].unique(), key=lambda d: (kinds.get(
            written.loc[written["doc_id"] == d, "source_type"].iloc[0], 2), natural_key(d))):
        s = written[written["doc_id"] == doc_id].sort_values("turn")
        c = cod[cod["doc_id"] == doc_id]
        aff = c[~c["negated"]]
        denied, opposite = (c[c["negated"] & (derived.polarity(c) == kind)] for kind in ("denied", "opposite"))

        def counted(df):
            vc = df["code"].value_counts()
            order = sorted(vc.index, key=lambda k: (-vc[k], code_rank.get(k, 10**6)))
            return [(run.code_label(k), int(vc[k])) for k in order]

        sections = []
        for row in s.itertuples(index=False):
            h = _heading(row.text)
            if h:
                codes = aff[aff["turn"] == row.turn]["code"]
                labels = [run.code_label(k) for k in sorted(set(codes), key=lambda k: code_rank.get(k, 10**6))]
                sections.append((h, labels))
        quotes = pick_quotes(aff[~aff["hedged"]] if "hedged" in aff else aff, 3, {doc_id: 0}, code_rank)
        docs.append(WrittenDoc(doc_id=str(doc_id), source_type=str(s["source_type"].iloc[0]),
                               words=int(s["n_words"].sum()), paragraphs=len(s), codes=counted(aff),
                               denied=counted(denied), opposite=counted(opposite), sections=sections,
                               quotes=quotes))
    return docs


# --------------------------------------------------------------------------- assembly
SEG_COLUMNS = ["doc_id", "participant_id", "session", "timepoint", "source_type", "role", "turn", "text",
               "n_words", "start_char"]
COD_COLUMNS = ["doc_id", "turn", "code", "start_char", "end_char", "negated", "polarity", "hedged", "participant_id",
               "session", "timepoint", "source_type", "role", "seg_start", "seg_text"]


def _slim(df: pd.DataFrame, columns: list[str]) -> pd.DataFrame:
    out = df[[c for c in columns if c in df.columns]].copy()
    for c in out.columns:
        if pd.api.types.is_string_dtype(out[c]) and not pd.api.types.is_object_dtype(out[c]):
            out[c] = out[c].astype(object)
    return out


class CaseIndex:
    """The run's tables grouped by participant once, so building 24+ cases stays fast."""

    def __init__(self, run: RunData):
        self.run = run
        # slim, numpy-object copies: many small per-participant selections are much
        # faster on them than on Arrow-backed string columns
        self.seg = _slim(derived.segments(run), SEG_COLUMNS) if run.get("segments") is not None else None
        self.cod = _slim(derived.codings(run), COD_COLUMNS) \
            if run.get("codings") is not None and self.seg is not None else None
        od = run.get("outcomes_derived")
        if od is not None:
            od = od.assign(participant_id=od["participant_id"].astype(str), measure=od["measure"].astype(str),
                           timepoint=od["timepoint"].fillna("").astype(str))
        self.od = od
        al = run.get("alliance")
        if al is not None and "role" in al.columns:
            al = al[al["role"].astype(str) == "session"].assign(
                participant_id=lambda d: d["participant_id"].astype(str), session=lambda d: d["session"].astype(str))
            order = {s: i for i, s in enumerate(run.session_order)}
            al = al.assign(_o=al["session"].map(lambda s: order.get(s, 10**6))).sort_values(["_o", "doc_id"])
        self.al = with_rupture_counts(al, run.get("rupture_counts"))
        ev = run.get("ruptures")
        self.ruptures = None if ev is None else ev.assign(participant_id=ev["participant_id"].astype(str))
        self.code_rank = {c: i for i, c in enumerate(derived.code_ids(run))} if self.cod is not None else {}
        self._groups = {name: (None if df is None else dict(list(df.groupby("participant_id", sort=False))))
                        for name, df in (("seg", self.seg), ("cod", self.cod), ("od", self.od), ("al", self.al),
                                        ("ruptures", self.ruptures))}
        self._empty = {name: (None if df is None else df.iloc[0:0])
                       for name, df in (("seg", self.seg), ("cod", self.cod), ("od", self.od), ("al", self.al),
                                        ("ruptures", self.ruptures))}

    def part(self, name: str, pid: str) -> pd.DataFrame | None:
        groups = self._groups[name]
        return None if groups is None else groups.get(pid, self._empty[name])


def build_case(index: CaseIndex, design: Design, pid: str) -> CaseHistory:
    run = index.run
    seg, cod, od, al = (index.part(n, pid) for n in ("seg", "cod", "od", "al"))
    notes, summary = [], []
    if seg is not None and len(seg):
        kinds = seg.groupby("source_type")["doc_id"].nunique()
        words = int(seg["n_words"].sum())
        summary.append("Documents: " + ", ".join(f"{n} {k.replace('_', ' ')}{'s' if n != 1 else ''}"
                                                for k, n in kinds.items()) + f"; {words:,} words.")
    at = run.get("analysis_table")
    covs = [c for c in (getattr(run.study, "covariates", ()) or ()) if at is not None and c in at.columns]
    if covs:
        row = at[at["participant_id"].astype(str) == pid]
        if len(row):
            vals = row.iloc[0]
            summary.append("Covariates: " + ", ".join(
                f"{c} {vals[c] if isinstance(vals[c], str) else _fmt_value(vals[c])}" for c in covs) + ".")
    table, series, score_summary = _scores(run, design, od, al, pid)
    summary += score_summary
    svg = sparkline_svg(series, f"Scores over time for {pid}") if series else None
    sessions = run.session_order
    quotes: dict[str, list[Quote]] = {}
    themes = written = None
    if cod is not None and seg is not None:
        aff = cod[~cod["negated"]]
        themes = _themes(run, aff, sessions)
        doc_rank = {d: i for i, d in enumerate(
            seg.assign(_o=seg["session"].map({s: i for i, s in enumerate(sessions)}).fillna(10**6))
               .sort_values(["_o", "doc_id"])["doc_id"].drop_duplicates())}
        k = int(run.params.get("quotes_per_phase", 3))
        cands = aff[(aff["role"] == "participant") & (aff["source_type"] == "transcript") & ~aff["hedged"]]
        phase = [phase_of(s, t, design.phases) for s, t in zip(cands["session"], cands["timepoint"])]
        cands = cands.assign(_phase=phase)
        for ph in design.phases:
            quotes[ph] = pick_quotes(cands[cands["_phase"] == ph], k, doc_rank, index.code_rank)
        written = _written(run, seg, cod, index.code_rank)
    else:
        notes.append("No codings in this run: themes, quotes and document summaries are left out.")
    if od is None:
        notes.append("No link stage output: scores over time are left out.")
    episodes = rupture_episodes(index.part("ruptures", pid), seg, {s: i for i, s in enumerate(sessions)})
    return CaseHistory(participant_id=pid, summary=summary, scores=table, sparkline=svg,
                       sparkline_alt=sparkline_alt(series) if series else "", alliance=_alliance(run, al),
                       themes=themes, quotes=quotes, written=written or [], notes=notes, ruptures=episodes,
                       has_rupture_table=index.ruptures is not None)


def build_cases(run: RunData, design: Design) -> list[CaseHistory]:
    index = CaseIndex(run)
    return [build_case(index, design, pid) for pid in run.participants]


def quote_rows(cases: list[CaseHistory]) -> pd.DataFrame:
    """Every quote of every case history, for audit (``case_histories/quotes.csv``)."""
    rows = []
    for c in cases:
        for phase, qs in c.quotes.items():
            rows += [(c.participant_id, phase, q) for q in qs]
        for d in c.written:
            rows += [(c.participant_id, d.source_type, q) for q in d.quotes]
        for ep in c.ruptures:
            rows += [(c.participant_id, "rupture", q) for q in (ep.objection, ep.reply) if q is not None]
    return pd.DataFrame([{"participant_id": pid, "section": sec, "code": q.code, "doc_id": q.doc_id, "turn": q.turn,
                          "start_char": q.start, "end_char": q.end, "span_start": q.span_start,
                          "span_end": q.span_end, "span": q.span, "quote": q.text} for pid, sec, q in rows],
                        columns=["participant_id", "section", "code", "doc_id", "turn", "start_char", "end_char",
                                 "span_start", "span_end", "span", "quote"])
