"""Utterance tables (.csv, .tsv, .xlsx), including the AnnoMI corpus.

One row per utterance.  Columns are detected by name (case-insensitive) or given
with ``--speaker-col`` / ``--text-col``:

- text: text, utterance, utterance_text, content, transcript, turn_text, message, sentence
- speaker: speaker, speaker_name, interlocutor, role, who, name
- document (optional; several documents per table): doc_id, transcript_id,
  conversation_id, session_id, document, or the column given with ``--doc-col`` (a
  ``session`` column, say).  Without one, a column that looks like it separates
  sessions (``SESSION_LIKE``) and holds several values draws a warning that offers it
- times (optional): start_s / start / start_time / timestamp, end_s / end / end_time

Other columns pass through to ``segments``.  A table without a text column is an
error; a row with empty text goes to ``rejects``.

AnnoMI (recognised by transcript_id, utterance_id, interlocutor, utterance_text)
becomes one document per transcript, ``doc_id = annomi-<transcript_id>``;
``video_title`` and ``video_url`` are dropped because they give the quality label away.
"""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd

from ..errors import InputError
from .base import DocumentBuilder, Problems

TEXT_COLS = ["text", "utterance", "utterance_text", "content", "transcript", "turn_text", "message", "sentence"]
SPEAKER_COLS = ["speaker", "speaker_name", "interlocutor", "role", "who", "name"]
DOC_COLS = ["doc_id", "transcript_id", "conversation_id", "session_id", "document"]
# columns that may hold several sessions of one table: offered in a warning, never used unasked
SESSION_LIKE = ["session", "session_no", "session_number", "sess", "visit", "episode", "conversation",
                "dialogue_id", "dialog_id", "call_id", "interview", "interview_id", "encounter", "meeting"]
START_COLS = ["start_s", "start", "start_time", "timestamp", "begin"]
END_COLS = ["end_s", "end", "end_time", "stop"]
ANNOMI_COLS = {"transcript_id", "utterance_id", "interlocutor", "utterance_text"}
ANNOMI_DROP = ["video_title", "video_url"]
ANNOMI_DOC_META = ["mi_quality", "topic"]


def _load(path: Path) -> pd.DataFrame:
    suffix = path.suffix.lower()
    try:
        if suffix == ".xlsx":
            df = pd.read_excel(path, dtype=str, keep_default_na=False)
        else:
            sep = "\t" if suffix == ".tsv" else None
            df = pd.read_csv(path, dtype=str, keep_default_na=False, sep=sep, engine="python",
                             encoding="utf-8-sig")
    except pd.errors.EmptyDataError as exc:
        raise InputError("empty table", path) from exc
    except UnicodeDecodeError as exc:
        raise InputError(f"table is not UTF-8 (byte {exc.start}); save it as UTF-8 CSV", path) from exc
    except Exception as exc:  # pandas/openpyxl raise many types for broken files
        raise InputError(f"cannot read table ({type(exc).__name__}: {exc})", path) from exc
    df.columns = [str(c).strip() for c in df.columns]
    if df.empty:
        raise InputError("table has a header but no rows", path)
    return df


def _pick(df: pd.DataFrame, wanted: str | None, candidates: list[str], path, what: str) -> str | None:
    lower = {c.lower(): c for c in df.columns}
    if wanted:
        if wanted in df.columns:
            return wanted
        if wanted.lower() in lower:
            return lower[wanted.lower()]
        raise InputError(f"no {what} column {wanted!r}; columns are {', '.join(df.columns)}", path)
    for c in candidates:
        if c in lower:
            return lower[c]
    return None


def _time(value: str, path, line, problems: Problems | None = None) -> float | None:
    value = (value or "").strip()
    if not value:
        return None
    if re.fullmatch(r"\d+(?:\.\d+)?", value):
        return float(value)
    m = re.fullmatch(r"(?:(\d+):)?(\d{1,2}):(\d{2})(?:[.,](\d+))?", value)
    if not m:
        if problems is None:
            raise InputError(f"cannot read time {value!r} (use seconds or hh:mm:ss)", path, line)
        problems.warn(f"cannot read time {value!r}; left empty", path, line)
        return None
    h, mnt, s, frac = m.groups()
    return int(h or 0) * 3600 + int(mnt) * 60 + int(s) + (float("0." + frac) if frac else 0.0)


def looks_like_utterance_table(df: pd.DataFrame) -> bool:
    lower = {c.lower() for c in df.columns}
    return bool(lower & set(TEXT_COLS))


def read_table_file(path: Path, doc_id: str, problems: Problems, speaker_col=None, text_col=None, doc_col=None):
    df = _load(path)
    if ANNOMI_COLS <= set(df.columns) and not (speaker_col or text_col):
        return _read_annomi(df, path, problems)
    tcol = _pick(df, text_col, TEXT_COLS, path, "text")
    if tcol is None:
        raise InputError(
            f"table has no text column (looked for {', '.join(TEXT_COLS)}; name one with --text-col); "
            f"columns are {', '.join(df.columns)}", path)
    scol = _pick(df, speaker_col, SPEAKER_COLS, path, "speaker")
    if scol is None:
        problems.warn("table has no speaker column; every row is one voice (name one with --speaker-col)", path)
    dcol = _pick(df, doc_col, DOC_COLS, path, "document")
    if dcol is None:
        _offer_session_column(df, path, problems)
    start_col = _pick(df, None, START_COLS, path, "start time")
    end_col = _pick(df, None, END_COLS, path, "end time")
    used = {c for c in (tcol, scol, dcol, start_col, end_col) if c}
    extra_cols = [c for c in df.columns if c not in used]
    docs = []
    groups = [(doc_id, df)] if dcol is None else [(f"{doc_id}-{k}" if k else doc_id, g)
                                                  for k, g in df.groupby(dcol, sort=False)]
    for this_id, g in groups:
        b = DocumentBuilder(this_id, str(path))
        for idx, row in g.iterrows():
            line = int(idx) + 2  # header is line 1
            b.add(row[scol] if scol else "", row[tcol], line=line,
                  start_s=_time(row[start_col], path, line, problems) if start_col else None,
                  end_s=_time(row[end_col], path, line, problems) if end_col else None,
                  extra={c: row[c] for c in extra_cols})
        docs.append(b.build(source_type="transcript" if scol else None))
    return docs


def _offer_session_column(df: pd.DataFrame, path, problems: Problems) -> None:
    """Warn when a table read as one document has a column that seems to separate sessions."""
    lower = {c.lower(): c for c in df.columns}
    for name in SESSION_LIKE:
        col = lower.get(name)
        if col is not None and df[col].nunique() > 1:
            problems.warn(f"table is read as one document, but its column {col!r} has {df[col].nunique()} "
                          f"values: if they are separate sessions, split it with --doc-col {col}", path)
            return


def _read_annomi(df: pd.DataFrame, path: Path, problems: Problems):
    df = df.drop(columns=[c for c in ANNOMI_DROP if c in df.columns])
    turn_cols = [c for c in df.columns if c not in ANNOMI_COLS | set(ANNOMI_DOC_META) | {"timestamp"}]
    docs = []
    order = pd.to_numeric(df["utterance_id"], errors="coerce")
    df = df.assign(_order=order, _line=range(2, len(df) + 2))
    for tid, g in df.groupby("transcript_id", sort=False):
        doc_id = f"annomi-{tid}"
        b = DocumentBuilder(doc_id, str(path))
        for _, row in g.sort_values("_order", kind="stable").iterrows():
            b.add(row["interlocutor"], row["utterance_text"], line=int(row["_line"]),
                  start_s=_time(row.get("timestamp", ""), path, int(row["_line"]), problems),
                  extra={c: row[c] for c in turn_cols})
        meta = {"participant_id": doc_id, "session": "1", "timepoint": ""}
        for c in ANNOMI_DOC_META:
            if c in g.columns:
                meta[c] = str(g[c].iloc[0]).strip()
        docs.append(b.build(source_type="transcript", meta=meta))
    return docs
