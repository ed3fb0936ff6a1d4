"""Joint displays: themes x outcome groups with prevalence, a statistic and quotes.

A joint display (Guetterman, Fetters & Creswell 2015, Ann Fam Med 13:554-561) puts
qualitative and quantitative results side by side so that the reader can see where
they converge.  Here each row is a theme (codebook code), each column an outcome group
(e.g. responders / non-responders); a cell holds

* prevalence: participants in the group with at least one affirmed span of the
  theme / participants in the group (``code.<c>.present``);
* the mean rate per 1,000 words in the group;
* up to *k* exemplar quotes, chosen as the clearest spans and spread across people:
  candidates are affirmed spans (not denied, not opposite-pole; participant speech
  first, unhedged first, higher coder confidence first, participants quoted less often
  elsewhere in the display first, sentences of 6-40 words first); each participant
  gives at most one quote per cell, and a quote that shares half or more of its words
  with one already in the cell (a stock phrase said again) is left out, so a cell may
  hold fewer than *k*.  Each quote is the sentence
  around the span, with the span in bold in the Markdown, and is traceable by
  doc_id, turn and offsets.

The row's statistic compares the theme's rate per 1,000 words between the groups
(Mann-Whitney U, rank-biserial r, BH-adjusted over the themes of the display).
"""

from __future__ import annotations

import re

import numpy as np
import pandas as pd

from ..mdsafe import no_html
from .stats import bh_adjust, mann_whitney

ID = "participant_id"
DISPLAY_COLUMNS = ["theme", "group_var", "group", "group_label", "n_group", "n_with_theme", "prevalence",
                   "mean_per_1000_words", "statistic", "estimate", "p", "p_adj", "n", "small_n",
                   "n_quotes", "quotes"]
QUOTE_COLUMNS = ["theme", "group_var", "group", "rank", "participant_id", "doc_id", "turn", "role",
                 "timepoint", "session", "start_char", "end_char", "span", "quote", "confidence"]
_SENT_END = re.compile(r"[.!?…]+[\"')\]]*\s+")


def group_labels(group_var: str, kind: str = "") -> dict[float, str]:
    """Labels of the two groups of a binary outcome variable of kind *kind* (responder ...)."""
    if kind == "responder":
        return {1.0: "responders", 0.0: "non-responders"}
    if kind == "remission":
        return {1.0: "remission", 0.0: "no remission"}
    if kind == "above_median":
        return {1.0: "above median", 0.0: "at or below median"}
    return {1.0: f"{group_var} = 1", 0.0: f"{group_var} = 0"}


def _sentence(text: str, start: int, end: int, max_words: int = 40) -> tuple[str, int, int]:
    """The sentence of *text* holding [start, end), trimmed to about *max_words* words.

    Returns (quote, span_start, span_end), the span's offsets inside the quote.
    Line breaks become spaces (same length, so offsets hold).
    """
    text = text.replace("\r", " ").replace("\n", " ")
    s = 0
    for m in _SENT_END.finditer(text, 0, start):
        s = m.end()
    m = _SENT_END.search(text, end)
    e = m.start() + len(m.group(0).rstrip()) if m else len(text)
    tokens = [(t.start() + s, t.end() + s) for t in re.finditer(r"\S+", text[s:e])]
    cs, ce, prefix, suffix = s, e, "", ""
    if len(tokens) > max_words:  # keep a window of words centred on the span
        inside = [i for i, (a, b) in enumerate(tokens) if b > start and a < end] or [0]
        i0, i1 = inside[0], inside[-1]
        room = max(0, max_words - (i1 - i0 + 1))
        left = max(0, i0 - room // 2)
        right = min(len(tokens) - 1, i1 + room - (i0 - left))
        left = max(0, min(left, right - max_words + 1, i0))
        cs, ce = tokens[left][0], tokens[right][1]
        prefix, suffix = ("… " if left > 0 else ""), (" …" if right < len(tokens) - 1 else "")
    ce = max(ce, end)
    cs = min(cs, start)
    return prefix + text[cs:ce] + suffix, start - cs + len(prefix), end - cs + len(prefix)


def quote_candidates(codings: pd.DataFrame, segments: pd.DataFrame) -> pd.DataFrame:
    """Affirmed spans (neither denied nor opposite-pole) joined to their segment, with the quote
    sentence around each."""
    cols = ["doc_id", "turn", ID, "role", "timepoint", "session", "text", "start_char"]
    seg = segments[cols].rename(columns={"text": "seg_text", "start_char": "seg_start"}).copy()
    seg["turn"] = pd.to_numeric(seg["turn"], errors="coerce").astype("float64")
    seg["doc_id"] = seg["doc_id"].astype(str)
    cod = codings.copy()
    cod["doc_id"] = cod["doc_id"].astype(str)
    cod["turn"] = pd.to_numeric(cod["turn"], errors="coerce").astype("float64")
    if "negated" in cod.columns:
        cod = cod[~cod["negated"].astype(str).str.lower().isin(["true", "1", "yes"])]
    cand = cod.merge(seg, on=["doc_id", "turn"], how="inner")
    rows = []
    for r in cand.itertuples(index=False):
        text, span = str(r.seg_text), str(getattr(r, "text", "") or "")
        s, e = int(r.start_char), int(r.end_char)
        if not (0 <= s <= e <= len(text) and text[s:e] == span):  # document offsets?
            s, e = s - int(r.seg_start), e - int(r.seg_start)
            if not (0 <= s <= e <= len(text) and text[s:e] == span):
                s = text.find(span) if span else -1
                if s < 0:
                    continue
                e = s + len(span)
        quote, a, b = _sentence(text, s, e)
        rows.append({"code": r.code, "doc_id": r.doc_id, "turn": int(r.turn), ID: getattr(r, ID),
                     "role": r.role, "timepoint": r.timepoint, "session": r.session,
                     "start_char": int(r.start_char), "end_char": int(r.end_char), "span": span,
                     "quote": quote, "q_start": a, "q_end": b,
                     "confidence": _float(getattr(r, "confidence", np.nan)),
                     "hedged": bool(getattr(r, "hedged", False)) if "hedged" in cand.columns else False})
    return pd.DataFrame(rows)


def _float(v) -> float:
    try:
        return float(v)
    except (TypeError, ValueError):
        return np.nan


def _md(text: str) -> str:
    # HTML escaped too: Markdown renderers pass raw HTML through, so a transcript's <script> would run
    return no_html(text).replace("|", "\\|").replace("*", "\\*").replace("\n", " ")


def _short(value: str, limit: int = 16) -> str:
    """Long ids (hashes) shortened for reading; the CSV keeps them whole."""
    return value if len(value) <= limit else value[:8] + "…"


def _md_quote(q) -> str:
    a, b = int(q["q_start"]), int(q["q_end"])
    text = q["quote"]
    if 0 <= a <= b <= len(text):
        body = _md(text[:a]) + "**" + _md(text[a:b]) + "**" + _md(text[b:])
    else:
        body = _md(text)
    where = [_short(str(q[ID]))]
    if str(q["role"]) not in ("participant", ""):
        where.append(str(q["role"]))
    where.append(str(q["timepoint"]) if str(q["timepoint"]) else f"session {q['session']}")
    where.append(f"turn {q['turn']}")
    return f"“{body}” ({_md(', '.join(where))})"


_WORD = re.compile(r"[a-z0-9']+")
NEAR_DUPLICATE = 0.5  # word-set Jaccard at or above which two quotes say the same thing


def _word_set(text: str) -> frozenset[str]:
    return frozenset(_WORD.findall(str(text).lower().replace("\u2019", "'")))


def near_duplicate(a: frozenset[str], b: frozenset[str]) -> bool:
    """Two quotes are near-duplicates when half or more of their distinct words are shared
    (Jaccard); "I've been meditating in the mornings, ten minutes" and "..., five minutes"
    are one quote to a reader, so a cell shows it once."""
    return bool(a or b) and len(a & b) / len(a | b) >= NEAR_DUPLICATE


def distinct_quotes(ranked: pd.DataFrame, k: int) -> list:
    """The first *k* rows of *ranked* whose quote is not a near-duplicate of one already taken."""
    chosen, seen = [], []
    for _, r in ranked.iterrows():
        words = _word_set(r["quote"])
        if any(near_duplicate(words, w) for w in seen):
            continue
        chosen.append(r)
        seen.append(words)
        if len(chosen) >= k:
            break
    return chosen


def joint_display(analysis: pd.DataFrame, group_var: str, themes, candidates: pd.DataFrame | None = None,
                  k: int = 3, prefer_role: str = "participant", kind: str = "") -> tuple[pd.DataFrame, pd.DataFrame, str]:
    """Build (display table, quotes table, Markdown) for *themes* x groups of *group_var* (of kind *kind*:
    responder, remission, above_median)."""
    labels = group_labels(group_var, kind)
    groups = analysis[[ID, group_var]].copy()
    groups[group_var] = pd.to_numeric(groups[group_var], errors="coerce")
    rate_of = {f"code.{t}.per_1000_words": t for t in themes}
    stat_rows = mann_whitney(analysis, list(rate_of), group_var)
    stat_rows = bh_adjust(stat_rows.assign(family="joint_display"), by=("family",))
    stat = {rate_of[r.feature]: r for r in stat_rows.itertuples(index=False)}
    if candidates is None or candidates.empty:
        candidates = pd.DataFrame(columns=["code", ID, "role", "hedged", "confidence", "quote", "doc_id",
                                           "turn", "start_char", "end_char", "span", "timepoint", "session",
                                           "q_start", "q_end"])
    used: dict[str, int] = {}
    display, quotes, md_cells = [], [], {}
    for theme in themes:
        present = f"code.{theme}.present"
        rate = f"code.{theme}.per_1000_words"
        st = stat.get(theme)
        for g in (1.0, 0.0):
            members = groups.loc[groups[group_var] == g, ID].astype(str)
            in_group = analysis[analysis[ID].astype(str).isin(set(members))]
            has = (pd.to_numeric(in_group[present], errors="coerce") if present in in_group
                   else pd.Series(dtype=float))
            n_group = int(has.notna().sum()) if len(has) else 0
            n_with = int((has > 0).sum()) if len(has) else 0
            cand = candidates[(candidates["code"] == theme) & candidates[ID].astype(str).isin(set(members))].copy()
            chosen = []
            if not cand.empty:
                words = cand["quote"].str.split().str.len()
                cand["_key"] = list(zip((cand["role"] != prefer_role).astype(int), cand["hedged"].astype(int),
                                        -cand["confidence"].fillna(0.5).round(2),
                                        cand[ID].astype(str).map(lambda p: used.get(p, 0)),
                                        ((words < 6) | (words > 40)).astype(int),
                                        cand["doc_id"], cand["start_char"]))
                ranked = cand.sort_values("_key", kind="stable")
                best = ranked.drop_duplicates(ID, keep="first")
                chosen = distinct_quotes(best, k)
            for rank, q in enumerate(chosen, 1):
                used[str(q[ID])] = used.get(str(q[ID]), 0) + 1
                quotes.append({"theme": theme, "group_var": group_var, "group": g, "rank": rank,
                               **{c: q[c] for c in (ID, "doc_id", "turn", "role", "timepoint", "session",
                                                    "start_char", "end_char", "span", "quote", "confidence")}})
            display.append({
                "theme": theme, "group_var": group_var, "group": g, "group_label": labels[g],
                "n_group": n_group, "n_with_theme": n_with,
                "prevalence": n_with / n_group if n_group else np.nan,
                "mean_per_1000_words": (float(pd.to_numeric(in_group[rate], errors="coerce").mean())
                                        if rate in in_group else np.nan),
                "statistic": "mann_whitney_rank_biserial_r", "estimate": getattr(st, "estimate", np.nan),
                "p": getattr(st, "p", np.nan), "p_adj": getattr(st, "p_adj", np.nan), "n": getattr(st, "n", 0),
                "small_n": bool(getattr(st, "small_n", True)), "n_quotes": len(chosen),
                "quotes": " || ".join(f"“{q['quote']}” ({q[ID]}, {q['doc_id']} turn {q['turn']})" for q in chosen)})
            md_cells[(theme, g)] = (n_with, n_group, display[-1]["mean_per_1000_words"],
                                    [_md_quote(q) for q in chosen])
    table = pd.DataFrame(display, columns=DISPLAY_COLUMNS)
    quote_table = pd.DataFrame(quotes, columns=QUOTE_COLUMNS)
    return table, quote_table, _markdown(table, md_cells, group_var, labels, themes)


def _fmt(x, digits=2) -> str:
    return "NA" if x is None or (isinstance(x, float) and np.isnan(x)) else f"{x:.{digits}f}"


def _markdown(table: pd.DataFrame, cells: dict, group_var: str, labels: dict, themes) -> str:
    n1 = int(table.loc[table["group"] == 1.0, "n_group"].max()) if len(table) else 0
    n0 = int(table.loc[table["group"] == 0.0, "n_group"].max()) if len(table) else 0
    lines = [f"# Joint display: themes by {group_var}", "",
             f"Columns are outcome groups defined by `{group_var}`. Each cell: participants with the theme / "
             "participants in the group (prevalence), the mean rate per 1,000 words, and exemplar quotes "
             "(at most one per participant per cell; the coded span in bold). The last column compares the "
             "rate between groups: Mann-Whitney rank-biserial r (positive: higher in the first group), p and "
             "Benjamini-Hochberg adjusted p over the themes below. Rows with n < 10 are marked † "
             "(estimates that unstable should not be read as findings).", "",
             f"| Theme | {labels[1.0]} (n = {n1}) | {labels[0.0]} (n = {n0}) | r_rb [p, p_adj] |",
             "|---|---|---|---|"]
    for theme in themes:
        row = table[table["theme"] == theme].iloc[0]
        out = [f"`{theme}`"]
        for g in (1.0, 0.0):
            n_with, n_group, rate, qs = cells[(theme, g)]
            pct = f"{100 * n_with / n_group:.0f}%" if n_group else "NA"
            out.append(f"{n_with}/{n_group} ({pct}); {_fmt(rate)} per 1,000 words" +
                       "".join(f"<br>{q}" for q in qs))
        flag = " †" if row["small_n"] else ""
        out.append(f"{_fmt(row['estimate'])} [p = {_fmt(row['p'], 3)}, p_adj = {_fmt(row['p_adj'], 3)}]{flag}")
        lines.append("| " + " | ".join(out) + " |")
    lines.append("")
    return "\n".join(lines)
