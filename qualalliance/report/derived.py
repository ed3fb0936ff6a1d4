"""Frames derived once from the run's tables and shared by tables, figures and case histories."""

from __future__ import annotations

import numpy as np
import pandas as pd

from .inputs import RunData
from .model import Missing

SEG_KEYS = ["participant_id", "session", "timepoint", "source_type", "role"]
# source types whose words count in rates; case histories are written by clinicians who
# know the outcome, so (as in the link stage) they are left out of rates by default
RATE_SOURCE_TYPES = ("transcript", "narrative")


def _need(run: RunData, *names: str) -> None:
    absent = [n for n in names if run.get(n) is None]
    if absent:
        raise Missing(f"needs {', '.join(absent)} (stage output absent)")


def segments(run: RunData) -> pd.DataFrame:
    """Segments with ``n_words`` (whitespace tokens, as the link stage counts them)."""
    if "segments" not in run.cache:
        _need(run, "segments")
        seg = run.get("segments").copy()
        for c in ["doc_id", *SEG_KEYS]:
            if c in seg.columns:
                seg[c] = seg[c].fillna("").astype(str)
            else:
                seg[c] = ""
        seg["turn"] = pd.to_numeric(seg["turn"], errors="coerce").fillna(-1).astype("int64")
        seg["n_words"] = seg["text"].fillna("").astype(str).str.split().str.len().astype("int64")
        run.cache["segments"] = seg
    return run.cache["segments"]


def codings(run: RunData) -> pd.DataFrame:
    """Codings joined to their segment's participant, session, time point, source type and role."""
    if "codings" not in run.cache:
        _need(run, "codings", "segments")
        cod = run.get("codings").copy()
        cod["doc_id"] = cod["doc_id"].astype(str)
        cod["code"] = cod["code"].astype(str)
        cod["turn"] = pd.to_numeric(cod["turn"], errors="coerce").fillna(-1).astype("int64")
        cod["negated"] = cod["negated"].astype(str).str.lower().isin(["true", "1"]) \
            if cod["negated"].dtype != bool else cod["negated"]
        if "hedged" in cod.columns:
            cod["hedged"] = cod["hedged"].astype(str).str.lower().isin(["true", "1"])
        else:
            cod["hedged"] = False
        seg = segments(run)[["doc_id", "turn", *SEG_KEYS, "start_char", "text"]].rename(
            columns={"start_char": "seg_start", "text": "seg_text"}).drop_duplicates(["doc_id", "turn"])
        cod = cod.merge(seg, on=["doc_id", "turn"], how="left", validate="many_to_one")
        for c in SEG_KEYS:
            cod[c] = cod[c].fillna("").astype(str)
        run.cache["codings"] = cod
    return run.cache["codings"]


def polarity(cod: pd.DataFrame) -> pd.Series:
    """affirmed / denied / opposite per coding.  Denied ("I didn't feel safe") and opposite-pole
    ("so alone" for connectedness) spans are both not evidence of the code, and are kept apart
    everywhere they are shown.  Codings written before the polarity column existed have only
    ``negated``: each negated span of theirs counts as denied."""
    if "polarity" in cod.columns:
        return cod["polarity"].astype(str)
    return cod["negated"].map({True: "denied", False: "affirmed"})


def affirmed(run: RunData) -> pd.DataFrame:
    cod = codings(run)
    return cod[~cod["negated"]]


def code_ids(run: RunData) -> list[str]:
    """Codes in codebook order (codes with rules, then any others found in the codings)."""
    found = sorted(set(codings(run)["code"])) if run.get("codings") is not None else []
    order = []
    if run.codebook is not None:
        order = [c.id for c in run.codebook.codes if c.has_rules or c.id in found]
    return order + [c for c in found if c not in order]


def code_rates(run: RunData, by: list[str], source_types=RATE_SOURCE_TYPES, role: str | None = None) -> pd.DataFrame:
    """Affirmed spans per 1,000 words: one row per group of *by*, one column per code.

    Words and spans come from the same segments (those of *source_types*, and of *role*
    when given), so a group with many words but few spans has a low rate.
    """
    seg = segments(run)
    cod = affirmed(run)
    if source_types:
        seg = seg[seg["source_type"].isin(source_types)]
        cod = cod[cod["source_type"].isin(source_types)]
    if role:
        seg, cod = seg[seg["role"] == role], cod[cod["role"] == role]
    words = seg.groupby(by, sort=False)["n_words"].sum()
    counts = cod.groupby(by + ["code"], sort=False).size().unstack("code", fill_value=0)
    counts = counts.reindex(index=words.index, columns=code_ids(run), fill_value=0)
    with np.errstate(divide="ignore", invalid="ignore"):
        rates = counts.div(words.replace(0, np.nan), axis=0) * 1000.0
    return rates


def outcome_groups(run: RunData, group_var: str | None) -> pd.Series:
    """participant_id -> 1/0 (NaN if unknown) for the design's group variable."""
    at = run.get("analysis_table")
    if at is None or not group_var or group_var not in at.columns:
        return pd.Series(dtype=float)
    s = pd.to_numeric(at[group_var], errors="coerce")
    s.index = at["participant_id"].astype(str)
    return s


GROUP_NAMES = {"responder": ("responders", "non-responders"), "remission": ("remitted", "not remitted"),
               "above_median": ("above-median improvement", "at or below median")}


def group_names(run, group_var: str | None) -> tuple[str, str]:
    """Labels of group 1 and group 0 of a binary outcome variable (its kind from variables.csv)."""
    parts = run.outcome_parts(group_var) if group_var else None
    return GROUP_NAMES.get(parts[1] if parts else "", ("group 1", "group 0"))
