"""Column contracts of the tables passed between stages.

Column names are the API (see docs/tables.md).  Each stage validates the tables
it receives with :func:`require_columns` so that a wrong file fails at the stage
boundary with a message naming the missing columns, not deep inside a stage.
"""

from __future__ import annotations

import pandas as pd

from .errors import InputError

ROLES = ("therapist", "participant", "other")
SOURCE_TYPES = ("transcript", "narrative", "case_history")

SEGMENT_COLUMNS = [
    "doc_id",
    "participant_id",
    "session",
    "timepoint",
    "source_type",
    "turn",
    "speaker",
    "role",
    "text",
    "start_char",
    "end_char",
]
SEGMENT_OPTIONAL = ["start_s", "end_s"]

DOCUMENT_COLUMNS = ["doc_id", "path", "source_type", "n_turns", "sha256", "text"]

REJECT_COLUMNS = ["doc_id", "path", "line", "speaker", "text", "reason"]

CODING_COLUMNS = [
    "doc_id",
    "turn",
    "code",
    "start_char",
    "end_char",
    "text",
    "negated",
    "method",
    "coder",
    "confidence",
]
CODING_METHODS = ("rule", "model", "human")

ALLIANCE_KEYS = ["doc_id", "participant_id", "session", "timepoint", "role", "n_words"]
# alliance columns renamed so that the name says what is measured: old name -> new name.
# The alliance table still writes the old column (same values) for one release; readers
# (link, report) take the new one and fall back to the old one in tables written before.
ALLIANCE_RENAMED = {"alliance_index": "therapist_mi_responsiveness"}


def alliance_current_names(alliance: pd.DataFrame) -> pd.DataFrame:
    """*alliance* with each renamed column under its current name only (the alias dropped;
    a table written before the rename has its old column renamed)."""
    drop = [old for old, new in ALLIANCE_RENAMED.items() if old in alliance.columns and new in alliance.columns]
    renamed = {old: new for old, new in ALLIANCE_RENAMED.items()
               if old in alliance.columns and new not in alliance.columns}
    return alliance.drop(columns=drop).rename(columns=renamed)


def current_feature_name(name: str) -> str:
    """A link feature name or glob pattern with a renamed alliance score under its current
    name (``alliance.session.alliance_index`` -> ``alliance.session.therapist_mi_responsiveness``)."""
    if not str(name).startswith("alliance."):
        return name
    for old, new in ALLIANCE_RENAMED.items():
        if str(name).endswith("." + old):
            return str(name)[: -len(old)] + new
    return name

TOPIC_COLUMNS = ["doc_id", "turn", "topic", "probability"]

OUTCOME_LONG_COLUMNS = ["participant_id", "timepoint", "measure", "value"]


def require_columns(df: pd.DataFrame, columns: list[str], what: str, path=None) -> None:
    """Raise InputError naming every missing column of table *what*."""
    missing = [c for c in columns if c not in df.columns]
    if missing:
        raise InputError(
            f"{what} table lacks column(s) {', '.join(missing)}; has {', '.join(map(str, df.columns))}",
            path,
        )


def empty_segments() -> pd.DataFrame:
    return pd.DataFrame({c: pd.Series(dtype="object") for c in SEGMENT_COLUMNS})


def coerce_segments(df: pd.DataFrame) -> pd.DataFrame:
    """Give a segments table its documented dtypes (ids as strings, offsets as ints)."""
    out = df.copy()
    for col in ("doc_id", "participant_id", "session", "timepoint", "source_type", "speaker", "role", "text"):
        if col in out.columns:
            out[col] = out[col].fillna("").astype(str)
    for col in ("turn", "start_char", "end_char"):
        if col in out.columns:
            out[col] = out[col].astype("int64")
    for col in SEGMENT_OPTIONAL:
        if col in out.columns:
            out[col] = pd.to_numeric(out[col], errors="coerce").astype("float64")
    return out
