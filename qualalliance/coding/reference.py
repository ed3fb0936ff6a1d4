"""Reference (human) codings as training and test labels for the theme coder.

Two layouts are read:

* **wide**: one row per coded turn with ``doc_id, turn, codes`` and optionally
  ``negated_codes`` (semicolon-separated code ids; an empty field is no code), the
  layout of theme-gold and ``corpora/theme-train``; every row is a unit that was
  coded, so a row with no code is a *negative* example;
* **long**: a codings table (``doc_id, turn, code`` and optionally ``negated``), the
  layout of ``qualalliance code``, ``import qdpx`` and review decisions; the units are
  the turns that appear in it (a coder who reviewed a turn and found nothing leaves no
  row, so pass the reviewed units separately when you have them).

:func:`read_reference` returns both as one long table ``doc_id, turn, code, negated``
plus the units; :func:`label_matrix` turns them into 0/1 labels per code.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

from ..errors import InputError


@dataclass
class Reference:
    """``codes``: long table doc_id, turn, code, negated; ``units``: doc_id, turn coded."""

    codes: pd.DataFrame
    units: pd.DataFrame
    path: str = ""

    def affirmed(self) -> pd.DataFrame:
        return self.codes.loc[~self.codes["negated"], ["doc_id", "turn", "code"]].drop_duplicates()


def _split(values: pd.Series) -> list[list[str]]:
    return [[c.strip() for c in str(v).split(";") if c.strip()] for v in values.fillna("")]


def _turns(values: pd.Series, path) -> pd.Series:
    turns = pd.to_numeric(values, errors="coerce")
    bad = turns.isna() | (turns != turns.round())
    if bad.any():
        row = int(np.flatnonzero(bad.to_numpy())[0])
        raise InputError(f"line {row + 2}: turn must be a whole number, got {values.iloc[row]!r}", path)
    return turns.astype("int64")


def from_frame(df: pd.DataFrame, path=None) -> Reference:
    """A :class:`Reference` from a wide or long table (see the module docstring)."""
    missing = [c for c in ("doc_id", "turn") if c not in df.columns]
    if missing or not ({"codes", "code"} & set(df.columns)):
        raise InputError("reference codings need columns doc_id, turn and codes (wide) or code (long); "
                         f"found {', '.join(map(str, df.columns))}", path)
    df = df.assign(doc_id=df["doc_id"].astype(str), turn=_turns(df["turn"], path))
    units = df[["doc_id", "turn"]].drop_duplicates().reset_index(drop=True)
    rows = []
    if "codes" in df.columns:
        negs = _split(df["negated_codes"]) if "negated_codes" in df.columns else [[]] * len(df)
        for d, t, cs, ns in zip(df["doc_id"], df["turn"], _split(df["codes"]), negs):
            rows += [(d, t, c, False) for c in cs] + [(d, t, c, True) for c in ns]
    else:
        neg = df["negated"] if "negated" in df.columns else pd.Series(False, index=df.index)
        neg = neg.map(lambda v: str(v).strip().lower() in ("true", "1", "yes")) if neg.dtype == object else neg
        rows = list(zip(df["doc_id"], df["turn"], df["code"].astype(str), neg.astype(bool)))
    codes = pd.DataFrame(rows, columns=["doc_id", "turn", "code", "negated"]).drop_duplicates()
    codes["turn"] = codes["turn"].astype("int64")
    return Reference(codes.reset_index(drop=True), units, str(path or ""))


def read_reference(path) -> Reference:
    """Read a reference coding file (CSV or Parquet, wide or long)."""
    path = Path(path)
    if not path.is_file():
        raise InputError("no such file", path)
    try:
        if path.suffix.lower() == ".parquet":
            df = pd.read_parquet(path)
        else:
            df = pd.read_csv(path, dtype={"doc_id": str}, keep_default_na=False)
    except (ValueError, OSError, pd.errors.ParserError) as exc:
        raise InputError(f"cannot read reference codings ({' '.join(str(exc).split())[:160]})", path) from None
    return from_frame(df, path)


def majority(references: list[Reference]) -> Reference:
    """One reference from several coders of overlapping units: a code holds for a unit
    when more than half of the coders who coded that unit gave it (ties: not given)."""
    units = pd.concat([r.units for r in references]).value_counts(["doc_id", "turn"]).rename("n").reset_index()
    votes = pd.concat([r.codes for r in references]).value_counts(["doc_id", "turn", "code", "negated"])
    votes = votes.rename("v").reset_index().merge(units, on=["doc_id", "turn"])
    kept = votes[votes["v"] * 2 > votes["n"]][["doc_id", "turn", "code", "negated"]]
    return Reference(kept.reset_index(drop=True), units[["doc_id", "turn"]])


def check_codes(reference: Reference, known: list[str], path=None) -> None:
    """Unknown code ids are an error naming them (a typo would silently train nothing)."""
    unknown = sorted(set(reference.codes["code"]) - set(known))
    if unknown:
        raise InputError(f"reference codings use code id(s) not in the codebook: {', '.join(unknown)}",
                         path or reference.path or None)


def label_matrix(reference: Reference, units: pd.DataFrame, codes: list[str]) -> pd.DataFrame:
    """0/1 frame (rows of *units*, one column per code): the code is affirmed in the unit."""
    key = pd.MultiIndex.from_frame(units[["doc_id", "turn"]].astype({"doc_id": str, "turn": "int64"}))
    aff = reference.affirmed()
    out = pd.DataFrame(0, index=range(len(units)), columns=codes, dtype=np.int64)
    pos = key.get_indexer(pd.MultiIndex.from_frame(aff[["doc_id", "turn"]]))
    for i, code in zip(pos, aff["code"]):
        if i >= 0 and code in out.columns:
            out.iat[i, out.columns.get_loc(code)] = 1
    return out
