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

import csv
import re
from pathlib import Path

import pandas as pd

from ..errors import InputError
from .base import DocumentBuilder, Problems
from .limits import ReadLimits

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


def _load(path: Path, limits: ReadLimits) -> pd.DataFrame:
    suffix = path.suffix.lower()
    try:
        if suffix == ".xlsx":
            df = _load_xlsx(path, limits)
        else:
            df = _load_csv(path, "\t" if suffix == ".tsv" else None, limits.max_table_cells)
    except InputError:
        raise
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


def _sniff_separator(path: Path) -> str:
    """The delimiter of a .csv, guessed from its first line (as pandas' python engine did)."""
    with open(path, encoding="utf-8-sig", errors="replace", newline="") as fh:
        first = fh.readline(1 << 16)
    try:
        return csv.Sniffer().sniff(first, delimiters=",;\t|").delimiter
    except csv.Error:
        return ","


def _load_csv(path: Path, sep: str | None, max_cells: int) -> pd.DataFrame:
    # the C engine: vectorised, and no csv-module field limit (131,072 characters)
    sep = sep or _sniff_separator(path)
    chunks, cells = [], 0
    reader = pd.read_csv(path, dtype=str, keep_default_na=False, sep=sep, encoding="utf-8-sig",
                         chunksize=200_000)
    with reader:
        for chunk in reader:
            cells += chunk.size
            if cells > max_cells:
                raise InputError(f"refused: table has more than {max_cells} cells "
                                 "(limit max_table_cells; see docs/ingest.md)", path)
            chunks.append(chunk)
    if not chunks:
        raise pd.errors.EmptyDataError("no rows")
    return pd.concat(chunks) if len(chunks) > 1 else chunks[0]


def _load_xlsx(path: Path, limits: ReadLimits) -> pd.DataFrame:
    """The first sheet, streamed: sizes checked before inflating, cells counted while reading.

    openpyxl's read-only mode pads every row to the sheet's declared width, so a single
    cell at XFD1048576 would make 17 billion; with the declared dimension dropped each
    row is only as wide as its last cell, and the cells read are counted against
    *limits*.  Line numbers are sheet rows.
    """
    import openpyxl

    from ..qda.safe_zip import SafeZip  # here: importing qualalliance.qda imports ingest, which imports readers

    SafeZip(path, limits.zip, what="an Excel workbook").close()
    wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
    try:
        ws = wb.worksheets[0]
        ws.reset_dimensions()
        header: list[str] | None = None
        rows, lines, cells = [], [], 0
        for line, values in enumerate(ws.iter_rows(values_only=True), start=1):
            cells += len(values)
            if cells > limits.max_table_cells:
                raise InputError(f"refused: sheet has more than {limits.max_table_cells} cells "
                                 "(limit max_table_cells; see docs/ingest.md)", path, line)
            values = [_cell_text(v) for v in values]
            while values and values[-1] == "":
                values.pop()
            if header is None:
                if values:
                    header = values
                continue
            if not values:
                continue
            if len(values) > len(header):
                raise InputError(f"row has a value in column {len(values)}, beyond the header's "
                                 f"{len(header)} columns", path, line)
            rows.append(values + [""] * (len(header) - len(values)))
            lines.append(line)
    finally:
        wb.close()
    if header is None:
        raise pd.errors.EmptyDataError("no header")
    columns = [h if h else f"Unnamed: {i}" for i, h in enumerate(header)]
    return pd.DataFrame(rows, columns=columns, index=[n - 2 for n in lines], dtype=str)


def _cell_text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


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


def read_table_file(path: Path, doc_id: str, problems: Problems, speaker_col=None, text_col=None, doc_col=None,
                    limits: ReadLimits | None = None):
    df = _load(path, limits or ReadLimits())
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
        n = len(g)
        speakers = g[scol].tolist() if scol else [""] * n
        starts = g[start_col].tolist() if start_col else [None] * n
        ends = g[end_col].tolist() if end_col else [None] * n
        extras = g[extra_cols].to_dict("records") if extra_cols else [{}] * n
        # column lists, not iterrows: a row Series per line was most of a large table's time
        for idx, speaker, text, start, end, extra in zip(g.index, speakers, g[tcol].tolist(), starts, ends,
                                                         extras):
            line = int(idx) + 2  # header is line 1
            b.add(speaker, text, line=line,
                  start_s=_time(start, path, line, problems) if start_col else None,
                  end_s=_time(end, path, line, problems) if end_col else None,
                  extra=extra)
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
        for row in g.sort_values("_order", kind="stable").to_dict("records"):
            b.add(row["interlocutor"], row["utterance_text"], line=int(row["_line"]),
                  start_s=_time(row.get("timestamp", ""), path, int(row["_line"]), problems),
                  extra={c: row[c] for c in turn_cols})
        meta = {"participant_id": doc_id, "session": "1", "timepoint": ""}
        for c in ANNOMI_DOC_META:
            if c in g.columns:
                meta[c] = str(g[c].iloc[0]).strip()
        docs.append(b.build(source_type="transcript", meta=meta))
    return docs
