"""Reading the coder's inputs: segments tables, raw sources, codings tables."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from ..errors import ConfigError, InputError
from ..tables import read_table
from .data import TrainingData, from_codings, from_label_column

TABLE_SUFFIXES = (".csv", ".tsv", ".parquet", ".xlsx")


def _header(path: Path) -> set[str]:
    if path.suffix.lower() in (".csv", ".tsv"):
        with open(path, encoding="utf-8-sig", errors="replace") as fh:
            line = fh.readline()
        sep = "\t" if path.suffix.lower() == ".tsv" else ","
        return {c.strip().strip('"') for c in line.rstrip("\r\n").split(sep)}
    return set(read_table(path).columns)


def read_segments(path, needed=("text", "doc_id")) -> pd.DataFrame:
    """A table that already has the *needed* columns is read as is; anything else is ingested.

    So an ingest output, a hand-made table (``doc_id, turn, role, text, label``) and a
    raw source such as an AnnoMI CSV all work.
    """
    p = Path(path)
    if not p.exists():
        raise InputError("no such file or folder", p)
    if p.is_file() and p.suffix.lower() in TABLE_SUFFIXES and set(needed) <= _header(p):
        return read_table(p)
    from ..ingest import load_segments

    return load_segments(p)


def looks_like_codings(columns) -> bool:
    return {"doc_id", "turn", "code"} <= set(columns)


def load_training_data(table, label_col: str | None = None, segments=None, text_col="text",
                       group_col="doc_id", role_col="role", turn_col="turn") -> TrainingData:
    """TrainingData from a segments table with *label_col*, or a codings table + *segments*."""
    table = Path(table)
    if segments is not None:
        codings = read_table(table)
        seg = read_segments(segments, needed=(text_col, group_col))
        return from_codings(codings, seg, text_col, group_col, role_col, turn_col, path=table,
                            segments_path=segments)
    if label_col is None:
        if table.is_file() and table.suffix.lower() in TABLE_SUFFIXES and looks_like_codings(_header(table)):
            raise ConfigError("this looks like a codings table: give --segments to learn every code, "
                              "or --label-col to learn one label column", table)
        raise ConfigError("give --label-col (a segments table's label column) or --segments "
                          "(when TABLE is a codings table)", table)
    seg = read_segments(table, needed=(text_col, group_col, label_col))
    return from_label_column(seg, label_col, text_col, group_col, role_col, turn_col, path=table)
