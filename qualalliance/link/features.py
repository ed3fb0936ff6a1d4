"""Text features per participant, per participant x time point and per session.

Inputs are the stage tables (column contracts in :mod:`qualalliance.schema`):
``segments`` (words, turns, roles, and the doc -> participant/time point map),
``codings`` (spans; only affirmed spans count, not denied or opposite-pole ones),
``alliance`` (per document x role scores) and ``topics`` (topic per turn or document).  Output: one row per unit
with ``level`` in ``participant | timepoint | session``:

=================  ==============================================================
column             meaning
=================  ==============================================================
level              participant (all selected text), timepoint, or session
participant_id     participant
timepoint          empty at participant level
session            empty at participant and timepoint level
text.n_docs        documents in the unit
text.n_turns       segments (turns) in the unit
text.n_words       words (whitespace tokens: ``len(text.split())``)
text.<role>.n_words                       words spoken by that role
text.participant_word_share               participant words / (participant + therapist words)
code.<c>[.<role>].per_1000_words          1000 * spans of code c / words (of that role)
code.<c>[.<role>].share_of_turns          turns with >= 1 span of c / turns (of that role)
code.<c>.present                          1 if the unit has >= 1 span of c, else 0
alliance.<role>.<score>                   mean over the unit's documents of that score
topic.<k>.share                           units (turns/documents) assigned topic k / units
                                          with a topic (``topic.outlier.share`` for -1)
=================  ==============================================================

No role infix means all roles.  The share of *participants* with a code is a
group-level figure: the mean of ``code.<c>.present`` over participants (reported
as prevalence in the joint display).  :func:`feature_dictionary` documents every
column of a concrete table.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from ..errors import InputError
from ..log import get_logger
from ..schema import ALLIANCE_KEYS, alliance_current_names, require_columns
from ..stage_params import DEFAULT_ROLES, DEFAULT_SOURCE_TYPES  # the link stage's defaults, declared once

log = get_logger(__name__)

ID = "participant_id"
LEVELS = ("participant", "timepoint", "session")
KEY_COLUMNS = ["level", "participant_id", "timepoint", "session"]
_LEVEL_KEYS = {"participant": [ID], "timepoint": [ID, "timepoint"], "session": [ID, "timepoint", "session"]}


def _str(s: pd.Series) -> pd.Series:
    return s.astype("object").where(s.notna(), "").astype(str).str.strip()


def _prepare_segments(segments: pd.DataFrame, source_types) -> pd.DataFrame:
    require_columns(segments, ["doc_id", "participant_id", "session", "timepoint", "turn", "role", "text"], "segments")
    seg = segments.copy()
    for c in ("doc_id", ID, "session", "timepoint", "role"):
        seg[c] = _str(seg[c])
    seg["source_type"] = _str(seg["source_type"]) if "source_type" in seg else "transcript"
    if source_types is not None:
        seg = seg[seg["source_type"].isin(list(source_types))]
    seg["turn"] = pd.to_numeric(seg["turn"], errors="coerce").astype("float64")
    seg["n_words"] = seg["text"].astype(str).map(lambda t: len(t.split())).astype("int64")
    return seg.reset_index(drop=True)


@dataclass(frozen=True)
class FeatureName:
    """The parts of a feature column; :attr:`column` is the one place its name is made."""

    source: str   # text, code, alliance, topic
    role: str     # all, participant, therapist, session ...
    name: str     # the code, the alliance score, the topic; "words" for word counts
    metric: str   # per_1000_words, share_of_turns, present, score, share, n_words ...

    @property
    def column(self) -> str:
        if self.source == "text":
            return "text." + ("" if self.role == "all" else f"{self.role}.") + self.metric
        if self.source == "code":
            return f"code.{self.name}" + ("" if self.role == "all" else f".{self.role}") + f".{self.metric}"
        if self.source == "alliance":
            return f"alliance.{self.role}.{self.name}"
        if self.source == "topic":
            return f"topic.{self.name}.{self.metric}"
        return self.name

    @classmethod
    def parse(cls, col: str) -> FeatureName:
        """The parts of a column of a features table made elsewhere (a user's own table)."""
        parts = str(col).split(".")
        source = parts[0]
        if source == "text":
            role = parts[1] if len(parts) == 3 else "all"
            return cls(source, role, "words" if "n_words" in col else parts[-1], parts[-1])
        if source == "code" and len(parts) >= 3:
            return cls(source, parts[2] if len(parts) == 4 else "all", parts[1], parts[-1])
        if source == "alliance" and len(parts) >= 3:
            return cls(source, parts[1], ".".join(parts[2:]), "score")
        if source == "topic" and len(parts) >= 2:
            return cls(source, "all", parts[1], "share")
        return cls(source, "all", "", parts[-1])


def _named(names: dict, fn: FeatureName) -> str:
    names[fn.column] = fn
    return fn.column


def _text_features(seg: pd.DataFrame, keys: list[str], names: dict) -> pd.DataFrame:
    def col(metric, role="all"):
        return _named(names, FeatureName("text", role, "words" if metric == "n_words" else metric, metric))

    g = seg.groupby(keys, sort=True)
    out = pd.DataFrame({col("n_docs"): g["doc_id"].nunique(), col("n_turns"): g.size(),
                        col("n_words"): g["n_words"].sum()})
    for role in ("participant", "therapist"):
        out[col("n_words", role)] = seg[seg["role"] == role].groupby(keys)["n_words"].sum()
    out = out.fillna({col("n_words", r): 0 for r in ("participant", "therapist")})
    both = out[col("n_words", "participant")] + out[col("n_words", "therapist")]
    out[col("participant_word_share")] = out[col("n_words", "participant")] / both.where(both > 0)
    return out.astype("float64")


def _code_features(seg: pd.DataFrame, codings: pd.DataFrame, keys: list[str], codes: list[str],
                   roles, names: dict) -> pd.DataFrame:
    cols = {}
    for role in roles:
        s = seg if role == "all" else seg[seg["role"] == role]
        c = codings if role == "all" else codings[codings["role"] == role]
        words = s.groupby(keys)["n_words"].sum()
        turns = s.groupby(keys).size()
        spans = c.groupby(keys + ["code"]).size().unstack("code")
        turns_with = c.drop_duplicates(["doc_id", "turn", "code"]).groupby(keys + ["code"]).size().unstack("code")
        for code in codes:
            n = spans[code].reindex(words.index).fillna(0) if code in spans else pd.Series(0.0, index=words.index)
            t = (turns_with[code].reindex(turns.index).fillna(0) if code in turns_with
                 else pd.Series(0.0, index=turns.index))
            cols[_named(names, FeatureName("code", role, code, "per_1000_words"))] = 1000.0 * n / words.where(words > 0)
            cols[_named(names, FeatureName("code", role, code, "share_of_turns"))] = t / turns.where(turns > 0)
            if role == "all":
                cols[_named(names, FeatureName("code", role, code, "present"))] = (n > 0).astype("float64")
    return pd.DataFrame(cols)


def _alliance_features(alliance: pd.DataFrame, keys: list[str], scores: list[str], names: dict) -> pd.DataFrame:
    means = alliance.groupby(keys + ["role"], sort=True)[scores].mean().unstack("role")
    means.columns = [_named(names, FeatureName("alliance", role, score, "score")) for score, role in means.columns]
    return means[sorted(means.columns)]


def _topic_features(topics: pd.DataFrame, keys: list[str], names: dict) -> pd.DataFrame:
    counts = topics.groupby(keys + ["topic_name"]).size().unstack("topic_name").fillna(0)
    shares = counts.div(counts.sum(axis=1), axis=0)
    shares.columns = [_named(names, FeatureName("topic", "all", str(t), "share")) for t in shares.columns]
    return shares


def _topic_key(t) -> tuple:
    try:
        return (0, int(t))
    except (TypeError, ValueError):
        return (1, str(t))


def build_features(tables: dict[str, pd.DataFrame], roles=DEFAULT_ROLES,
                   source_types=DEFAULT_SOURCE_TYPES, timepoints=None, names: dict | None = None) -> pd.DataFrame:
    """Aggregate whatever stage tables are given into the features table (see module doc).

    *source_types*: which documents count (default transcripts and narratives;
    clinicians' case histories are left out because they are written knowing the
    outcome).  *timepoints*: restrict the **participant-level** rows to text from
    these time points (the timepoint and session rows always cover every one).
    *names*: a dict to fill with column -> :class:`FeatureName` (the parts each column was
    made from), for :func:`feature_dictionary`.
    """
    names = {} if names is None else names
    segments = tables.get("segments")
    codings = tables.get("codings")
    alliance = tables.get("alliance")
    topics = tables.get("topics")
    if segments is None and (codings is not None or topics is not None):
        raise InputError("codings and topics need the segments table (words, roles and participants "
                         "come from it); give segments.parquet too")
    if segments is None and alliance is None:
        raise InputError("no feature tables found: need segments, codings, alliance or topics")
    parts: dict[str, list[pd.DataFrame]] = {lvl: [] for lvl in LEVELS}

    def select(df: pd.DataFrame, level: str) -> pd.DataFrame:
        if level == "participant" and timepoints:
            return df[df["timepoint"].isin([str(t) for t in timepoints])]
        return df

    seg = None
    if segments is not None:
        seg = _prepare_segments(segments, source_types)
        for level, keys in _LEVEL_KEYS.items():
            parts[level].append(_text_features(select(seg, level), keys, names))

    if codings is not None:
        require_columns(codings, ["doc_id", "turn", "code"], "codings")
        cod = codings.copy()
        cod["doc_id"] = _str(cod["doc_id"])
        cod["code"] = _str(cod["code"])
        cod["turn"] = pd.to_numeric(cod["turn"], errors="coerce").astype("float64")
        codes = sorted(set(cod["code"]) - {""})
        cm = tables.get("code_matrix")
        if cm is not None:  # codes that never fired still get a 0 column
            codes = sorted(set(codes) | {c for c in cm.columns if c not in ("doc_id", "turn", "participant_id",
                           "session", "timepoint", "role", "speaker", "source_type", "text",
                           "start_char", "end_char") and pd.api.types.is_numeric_dtype(cm[c])})
        if "negated" in cod.columns:
            cod = cod[~cod["negated"].astype("object").map(_truthy)]
        known = pd.MultiIndex.from_arrays([_str(segments["doc_id"]),
                                           pd.to_numeric(segments["turn"], errors="coerce").astype("float64")])
        orphans = ~pd.MultiIndex.from_arrays([cod["doc_id"], cod["turn"]]).isin(known)
        if orphans.any():
            log.warning(f"link: {int(orphans.sum())} coding(s) point at a (doc_id, turn) that is not in "
                        f"segments (e.g. {cod.loc[orphans, 'doc_id'].iloc[0]}); they are not counted")
        joined = cod.merge(seg[["doc_id", "turn", ID, "timepoint", "session", "role"]],
                           on=["doc_id", "turn"], how="inner")
        for level, keys in _LEVEL_KEYS.items():
            parts[level].append(_code_features(select(seg, level), select(joined, level), keys, codes, roles,
                                               names))

    if alliance is not None:
        require_columns(alliance, ALLIANCE_KEYS, "alliance")
        # a renamed score is a feature under its current name only (its alias would be tested twice)
        al = alliance_current_names(alliance)
        for c in ("doc_id", ID, "session", "timepoint", "role"):
            al[c] = _str(al[c])
        if seg is not None and source_types is not None:
            al = al[al["doc_id"].isin(set(seg["doc_id"]))]
        # sub-scores: numeric columns beyond the keys, minus counts (n_turns ...)
        scores = [c for c in al.columns if c not in ALLIANCE_KEYS and c not in ("source_type",)
                  and not c.startswith("n_") and pd.api.types.is_numeric_dtype(al[c])
                  and not pd.api.types.is_bool_dtype(al[c])]
        for level, keys in _LEVEL_KEYS.items():
            al_feats = _alliance_features(select(al, level), keys, scores, names)
            parts[level].append(al_feats.dropna(axis=1, how="all"))  # e.g. index only on session rows

    if topics is not None:
        require_columns(topics, ["doc_id", "turn", "topic"], "topics")
        tp = topics.copy()
        tp["doc_id"] = _str(tp["doc_id"])
        tp["turn"] = pd.to_numeric(tp["turn"], errors="coerce").astype("float64")
        tp["topic_name"] = tp["topic"].map(lambda t: "outlier" if str(t) in ("-1", "-1.0") else
                                           str(int(t)) if _topic_key(t)[0] == 0 else str(t))
        docs = seg.drop_duplicates("doc_id")[["doc_id", ID, "timepoint", "session"]]
        by_turn = tp[tp["turn"].notna()].merge(seg[["doc_id", "turn", ID, "timepoint", "session"]],
                                               on=["doc_id", "turn"], how="inner")
        by_doc = tp[tp["turn"].isna()].merge(docs, on="doc_id", how="inner")
        tp = pd.concat([by_turn, by_doc], ignore_index=True)
        for level, keys in _LEVEL_KEYS.items():
            parts[level].append(_topic_features(select(tp, level), keys, names))

    frames = []
    for level in LEVELS:
        if not parts[level]:
            continue
        wide = pd.concat(parts[level], axis=1).reset_index()
        wide.insert(0, "level", level)
        for k in ("timepoint", "session"):
            if k not in wide.columns:
                wide[k] = ""
        frames.append(wide)
    features = pd.concat(frames, ignore_index=True)
    feature_cols = _ordered_feature_columns([c for c in features.columns if c not in KEY_COLUMNS], names)
    features = features[KEY_COLUMNS + feature_cols]
    # missing stays missing: a unit with text but no topic assignment has no topic shares
    for c in KEY_COLUMNS:
        features[c] = features[c].astype("object").where(features[c].notna(), "").astype(str)
    order = {lvl: i for i, lvl in enumerate(LEVELS)}
    features = features.assign(_l=features["level"].map(order)).sort_values(
        ["_l", ID, "timepoint", "session"], kind="stable").drop(columns="_l").reset_index(drop=True)
    return features


def _truthy(v) -> bool:
    if isinstance(v, str):
        return v.strip().lower() in ("true", "1", "yes", "t")
    return bool(v) if v is not None and not (isinstance(v, float) and np.isnan(v)) else False


def _ordered_feature_columns(cols: list[str], names: dict) -> list[str]:
    rank = {"text": 0, "alliance": 1, "code": 2, "topic": 3}

    def key(c):
        fn = names[c]
        if fn.source == "topic":
            return (rank["topic"], _topic_key(fn.name), c)
        return (rank.get(fn.source, 9), (0, 0), c)

    return sorted(cols, key=key)


def feature_dictionary(features: pd.DataFrame, topic_info: pd.DataFrame | None = None,
                       names: dict | None = None) -> pd.DataFrame:
    """One row per feature column: source, role, name, metric, definition, tested.

    ``tested`` marks the features the link stage tests by default: code rates per
    1,000 words (all roles and participant speech), the alliance scores of the
    ``session`` (dyadic) rows, topic shares, total words and the participant's share
    of words (length controls).  *names*: column -> :class:`FeatureName`, as
    :func:`build_features` made them; a column without one (a features table made
    elsewhere) is read by :meth:`FeatureName.parse`.
    """
    names = names or {}
    labels = {}
    if topic_info is not None and {"topic", "label"} <= set(topic_info.columns):
        labels = {("outlier" if str(t) in ("-1", "-1.0") else str(t)): str(lab)
                  for t, lab in zip(topic_info["topic"], topic_info["label"])}
    rows = []
    for col in features.columns:
        if col in KEY_COLUMNS:
            continue
        fn = names.get(col) or FeatureName.parse(col)
        source, role, name, metric, tested = fn.source, fn.role, fn.name, fn.metric, False
        if source == "text":
            definition = {"n_docs": "number of documents", "n_turns": "number of turns (segments)",
                          "n_words": f"words ({'all roles' if role == 'all' else role}; len(text.split()))",
                          "participant_word_share": "participant words / (participant + therapist words)"}[metric]
            tested = role == "all" and metric in ("n_words", "participant_word_share")
        elif source == "code":
            who = "all roles" if role == "all" else f"{role} turns"
            definition = {"per_1000_words": f"1000 * affirmed {name} spans / words ({who})",
                          "share_of_turns": f"turns with >= 1 affirmed {name} span / turns ({who})",
                          "present": f"1 if >= 1 affirmed {name} span in the unit, else 0"}[metric]
            tested = metric == "per_1000_words" and role in ("all", "participant")
        elif source == "alliance":
            definition = f"mean over the unit's documents of alliance {name} (role {role})"
            tested = role == "session"  # the dyadic row; per-speaker rows stay descriptive
        elif source == "topic":
            lab = labels.get(name)
            definition = (f"turns/documents assigned topic {name}" + (f" ({lab})" if lab else "")
                          + " / turns/documents with a topic")
            tested = True
        else:
            definition = "user-supplied feature"
            tested = pd.api.types.is_numeric_dtype(features[col])
        rows.append({"variable": col, "source": source, "role": role, "name": name, "metric": metric,
                     "definition": definition, "tested": tested})
    return pd.DataFrame(rows, columns=["variable", "source", "role", "name", "metric", "definition", "tested"])
