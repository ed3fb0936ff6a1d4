"""Reading and writing stage tables: atomic writes, CSV + Parquet pairs.

Writes go to a temporary file in the target folder and are renamed into place,
so an interrupted or failed run never leaves a half-written table behind.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from pathlib import Path
from typing import Iterable

import pandas as pd

from .errors import InputError


def _current_umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


_UMASK = _current_umask()


def _atomic_write(path: Path, write) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.close(fd)
    try:
        write(tmp)
        os.chmod(tmp, 0o666 & ~_UMASK)  # mkstemp creates 0600; give the usual permissions
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def write_text(path: str | os.PathLike, text: str) -> Path:
    path = Path(path)

    def _w(tmp):
        with open(tmp, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)

    _atomic_write(path, _w)
    return path


def write_json(path: str | os.PathLike, obj) -> Path:
    return write_text(path, json.dumps(obj, indent=2, sort_keys=True, default=str) + "\n")


def write_csv(df: pd.DataFrame, path: str | os.PathLike) -> Path:
    path = Path(path)
    _atomic_write(path, lambda tmp: df.to_csv(tmp, index=False, lineterminator="\n"))
    return path


def write_parquet(df: pd.DataFrame, path: str | os.PathLike) -> Path:
    path = Path(path)
    _atomic_write(path, lambda tmp: df.to_parquet(tmp, index=False))
    return path


def output_folder(path: str | os.PathLike) -> Path:
    """*path* as the folder a stage writes into; a file in its place is a user error."""
    out = Path(path)
    if out.exists() and not out.is_dir():
        raise InputError("output path exists and is not a folder", out)
    return out


def write_table(df: pd.DataFrame, out_dir: str | os.PathLike, name: str,
                formats: Iterable[str] = ("csv", "parquet")) -> list[Path]:
    """Write *df* as ``out_dir/name.csv`` and ``out_dir/name.parquet`` (atomically)."""
    out_dir = Path(out_dir)
    written = []
    for fmt in formats:
        target = out_dir / f"{name}.{fmt}"
        if fmt == "csv":
            written.append(write_csv(df, target))
        elif fmt == "parquet":
            written.append(write_parquet(df, target))
        else:
            raise ValueError(f"unknown table format {fmt!r}")
    return written


def read_table(path: str | os.PathLike) -> pd.DataFrame:
    """Read a CSV, TSV or Parquet table written by a stage (or by a user)."""
    path = Path(path)
    if not path.exists():
        raise InputError("no such file", path)
    suffix = path.suffix.lower()
    try:
        if suffix == ".parquet":
            return pd.read_parquet(path)
        if suffix in (".csv", ".tsv"):
            return pd.read_csv(path, sep="\t" if suffix == ".tsv" else ",", keep_default_na=False,
                               na_values=[""], dtype={"doc_id": str, "participant_id": str,
                                                      "session": str, "timepoint": str})
        if suffix == ".xlsx":
            return pd.read_excel(path)
    except InputError:
        raise
    except Exception as exc:  # pandas/pyarrow raise many types for broken files
        raise InputError(f"cannot read table: {type(exc).__name__}: {exc}", path) from exc
    raise InputError(f"unsupported table format {suffix!r} (use .csv, .tsv, .parquet or .xlsx)", path)


def sha256_file(path: str | os.PathLike, chunk: int = 1 << 20) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        while True:
            block = fh.read(chunk)
            if not block:
                break
            h.update(block)
    return h.hexdigest()


def sha256_text(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()
