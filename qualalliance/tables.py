"""Reading and writing stage tables: atomic writes, CSV + Parquet pairs.

Writes go to a temporary file in the target folder and are renamed into place,
so an interrupted or failed run never leaves a half-written table behind.  A
stage whose files belong together (ingest's segments, documents, rejects and
manifest) writes them inside :func:`all_or_nothing`: every file is written to its
temporary name first and renamed only when all writes succeeded, so a full disk
leaves none of them rather than tables without their rejects or manifest.  Every
command that writes a folder (``ingest``, ``code``, ``alliance``, ``topics``,
``link``, ``deid``, ``coder``, ``import qdpx``) writes its set this way, under the
folder's lock (:mod:`qualalliance.outlock`): a failure leaves a previous complete
output as it was, a success replaces it file by file (a file of the set that the
new output no longer has is removed with the commit, :meth:`Pending.remove`).
A write that fails (read-only folder, full disk) is an
:class:`~qualalliance.errors.OutputError` naming the file: one line, exit 2.

CSV files round-trip exactly: a table with a carriage return inside a text cell
is written with CRLF row ends (RFC 4180), which makes the CSV writer quote every
cell holding a CR, so it cannot read back as an extra row.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import Iterable

import pandas as pd

from .errors import InputError, output_error


def _current_umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


_UMASK = _current_umask()


class Pending:
    """Files written to temporary names, renamed into place together by :meth:`commit`."""

    def __init__(self):
        self.files: list[tuple[str, Path]] = []
        self.stale: list[Path] = []

    def remove(self, path: str | os.PathLike) -> None:
        """*path* belongs to the set being written but this output has no such file (e.g. the
        figures page of a run without figures): a previous output's copy goes with the commit,
        so the folder never shows an old file beside the new set."""
        self.stale.append(Path(path))

    def commit(self) -> None:
        for tmp, path in self.files:
            try:
                os.replace(tmp, path)
            except OSError as exc:
                raise output_error(exc, path) from None
        self.files = []
        for path in self.stale:
            try:
                path.unlink(missing_ok=True)
            except OSError as exc:
                raise output_error(exc, path) from None
        self.stale = []

    def discard(self) -> None:
        for tmp, _ in self.files:
            if os.path.exists(tmp):
                os.unlink(tmp)
        self.files = []
        self.stale = []


@contextmanager
def all_or_nothing(outer: Pending | None = None):
    """Writes given the yielded :class:`Pending` land together, or not at all.

    With *outer* (a writer called by a command that writes more files in the same set, as
    ``code --adapt`` writes its model beside the codings) the writes join that set and land
    when the outer block commits."""
    if outer is not None:
        yield outer
        return
    pending = Pending()
    try:
        yield pending
        pending.commit()
    finally:
        pending.discard()


def write_file(path: str | os.PathLike, write, pending: Pending | None = None) -> Path:
    """Call ``write(tmp)`` on a temporary name beside *path*, then rename it into place (with
    *pending*: when the set commits).  A failed write is an :class:`OutputError` naming *path*."""
    path = Path(path)
    _atomic_write(path, write, pending)
    return path


def _atomic_write(path: Path, write, pending: Pending | None = None) -> None:
    tmp = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        os.close(fd)
        write(tmp)
        os.chmod(tmp, 0o666 & ~_UMASK)  # mkstemp creates 0600; give the usual permissions
        if pending is not None:
            pending.files.append((tmp, path))
            return
        os.replace(tmp, path)
    except BaseException as exc:
        if tmp is not None and os.path.exists(tmp):
            os.unlink(tmp)
        if isinstance(exc, OSError):
            raise output_error(exc, path) from None
        raise


def write_text(path: str | os.PathLike, text: str, pending: Pending | None = None) -> Path:
    path = Path(path)

    def _w(tmp):
        with open(tmp, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)

    _atomic_write(path, _w, pending)
    return path


def write_json(path: str | os.PathLike, obj, pending: Pending | None = None) -> Path:
    return write_text(path, json.dumps(obj, indent=2, sort_keys=True, default=str) + "\n", pending)


def _has_carriage_return(df: pd.DataFrame) -> bool:
    for col in df.columns:
        s = df[col]
        if s.dtype == object or pd.api.types.is_string_dtype(s):
            if s.astype(str).str.contains("\r", regex=False).any():
                return True
    return any("\r" in str(c) for c in df.columns)


def write_csv(df: pd.DataFrame, path: str | os.PathLike, pending: Pending | None = None) -> Path:
    path = Path(path)
    # the csv module quotes a cell only for characters of the row terminator: with "\n"
    # alone a bare CR goes out unquoted and reads back as a row break
    ending = "\r\n" if _has_carriage_return(df) else "\n"
    _atomic_write(path, lambda tmp: df.to_csv(tmp, index=False, lineterminator=ending), pending)
    return path


def write_parquet(df: pd.DataFrame, path: str | os.PathLike, pending: Pending | None = None) -> Path:
    path = Path(path)
    _atomic_write(path, lambda tmp: df.to_parquet(tmp, index=False), pending)
    return path


# A table of more rows than DATASET_ROWS is written as a partitioned Parquet dataset (a folder
# of part files of DATASET_PART_ROWS rows, same schema, read back as one table) instead of one
# Parquet file and a CSV: a CSV of 10^8 turns helps nobody, and one file must fit in memory twice
DATASET_ROWS = 2_000_000
DATASET_PART_ROWS = 500_000
PART_GLOB = "part-*.parquet"


def write_dataset(df: pd.DataFrame, folder: str | os.PathLike, pending: Pending | None = None,
                  part_rows: int | None = None) -> list[Path]:
    """Write *df* as ``folder/part-00000.parquet`` ... (rows in order, each part atomic); part
    files a previous, longer dataset left there are removed."""
    folder = Path(folder)
    part_rows = part_rows or DATASET_PART_ROWS
    starts = range(0, max(len(df), 1), part_rows)
    written = [write_parquet(df.iloc[a:a + part_rows], folder / f"part-{i:05d}.parquet", pending)
               for i, a in enumerate(starts)]
    keep = {p.name for p in written}
    for stale in folder.glob(PART_GLOB):
        if stale.name not in keep:
            stale.unlink()
    return written


def read_dataset(folder: str | os.PathLike) -> pd.DataFrame:
    """A dataset written by :func:`write_dataset`, its parts in order, as one table."""
    parts = sorted(Path(folder).glob(PART_GLOB))
    if not parts:
        raise InputError("dataset folder holds no part-*.parquet files", folder)
    frames = [pd.read_parquet(p) for p in parts]
    return frames[0] if len(frames) == 1 else pd.concat(frames, ignore_index=True)


def output_folder(path: str | os.PathLike) -> Path:
    """*path* as the folder a stage writes into; a file in its place is a user error."""
    out = Path(path)
    if out.exists() and not out.is_dir():
        raise InputError("output path exists and is not a folder", out)
    return out


def write_table(df: pd.DataFrame, out_dir: str | os.PathLike, name: str,
                formats: Iterable[str] = ("csv", "parquet"), pending: Pending | None = None) -> list[Path]:
    """Write *df* as ``out_dir/name.csv`` and ``out_dir/name.parquet`` (atomically)."""
    out_dir = Path(out_dir)
    written = []
    for fmt in formats:
        target = out_dir / f"{name}.{fmt}"
        if fmt == "csv":
            written.append(write_csv(df, target, pending))
        elif fmt == "parquet":
            written.append(write_parquet(df, target, pending))
        else:
            raise ValueError(f"unknown table format {fmt!r}")
    return written


def read_table(path: str | os.PathLike) -> pd.DataFrame:
    """Read a CSV, TSV or Parquet table written by a stage (or by a user)."""
    path = Path(path)
    if not path.exists():
        raise InputError("no such file", path)
    if path.is_dir():  # a partitioned Parquet dataset (write_dataset)
        try:
            return read_dataset(path)
        except InputError:
            raise
        except Exception as exc:
            raise InputError(f"cannot read dataset: {type(exc).__name__}: {exc}", path) from exc
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
