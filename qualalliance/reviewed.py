"""Reviewed codings in a run: human or imported codings instead of, or beside, the machine's.

A researcher reviews the machine's codings in a QDA program (or codes by hand) and
brings them back (``qualalliance import qdpx``, or any codings table).  ``qualalliance
run STUDY --codings PATH`` (``stages.code.codings`` in study.yaml, or top-level
``codings:``) then uses them:

- each reviewed coding is matched to the run's segments by **document and character
  offsets**: its ``doc_id`` names a run document (or, for an import folder, its
  document's text is identical to a run document's: same sha256), its offsets fall
  inside that document, its ``text`` (when given) equals the document text at those
  offsets, and its ``turn`` is the segment it overlaps most;  a coding that fails any
  of these is a row of ``code/human_codings_rejects.csv`` with the reason, never
  silently dropped;
- ``codings_mode: instead`` (default): ``code/codings`` are the reviewed codings;
  ``beside``: the machine's and the reviewed codings together (a segment has a code
  when either gave it);
- the machine still codes every segment, written as ``code/machine_codings``, and the
  matched reviewed codings as ``code/human_codings``, so ``qualalliance reliability
  OUT`` compares machine and human per code.

Functions return tidy tables; nothing here writes outside the stage folder it is given.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

from .errors import InputError
from .schema import CODING_COLUMNS

MODES = ("instead", "beside")
REVIEW_REJECT_COLUMNS = ["doc_id", "turn", "code", "start_char", "end_char", "text", "coder", "reason"]
_EXTRA_DEFAULTS = {"hedged": False, "negation_cue": "", "hedge_cue": "", "rule": ""}


def turn_of(starts, ends, a: int, b: int) -> int:
    """The segment overlapping [a, b) most (earliest on ties); else the next one; -1 when none.

    *starts*/*ends*: the segments' offsets in one document, in order."""
    best, best_len = -1, 0
    for i, (s, e) in enumerate(zip(starts, ends)):
        if s >= b and best >= 0:
            break
        ov = min(e, b) - max(s, a)
        if ov > best_len:
            best, best_len = i, ov
    if best >= 0:
        return best
    for i, s in enumerate(starts):
        if s >= a:
            return i
    return len(starts) - 1 if len(starts) else -1


@dataclass
class Reviewed:
    """Reviewed codings read from *source*: the table and (for an import or run folder) its documents."""

    codings: pd.DataFrame
    documents: pd.DataFrame | None
    source: str


def read_reviewed(path) -> Reviewed:
    """A codings table (file), or a folder holding one (an import, code or run folder) and its documents."""
    from . import catalog
    from .reliability import read_codings
    from .tables import read_table

    p = Path(path)
    codings = read_codings(p)
    missing = [c for c in ("doc_id", "code", "start_char", "end_char") if c not in codings.columns]
    if missing:
        raise InputError(f"reviewed codings need columns doc_id, code, start_char, end_char; missing "
                         f"{', '.join(missing)}", p)
    docs_path = catalog.find_in(p, "documents") if p.is_dir() else None
    return Reviewed(codings, read_table(docs_path) if docs_path is not None else None, str(p))


def _clean(codings: pd.DataFrame, source: str) -> pd.DataFrame:
    df = codings.copy()
    for col, default in (("text", None), ("negated", False), ("method", "human"), ("coder", "reviewer"),
                         ("confidence", 1.0), ("turn", -1)):
        if col not in df.columns:
            df[col] = default
    for col in ("start_char", "end_char"):
        num = pd.to_numeric(df[col], errors="coerce")
        if num.isna().any() or (num != num.round()).any():
            bad = df.loc[num.isna() | (num != num.round()), col].iloc[0]
            raise InputError(f"reviewed codings: {col} must be whole numbers, got {bad!r}", source)
        df[col] = num.astype("int64")
    df["negated"] = df["negated"].astype(str).str.strip().str.lower().isin(["true", "1", "yes"])
    df["doc_id"] = df["doc_id"].astype(str)
    df["code"] = df["code"].astype(str)
    return df


def align(reviewed: Reviewed, segments: pd.DataFrame, documents: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Match reviewed codings to the run's segments: ``(aligned codings, rejects with reasons)``."""
    df = _clean(reviewed.codings, reviewed.source)
    texts = dict(zip(documents["doc_id"].astype(str), documents["text"].astype(str)))
    by_hash = {_sha(t): d for d, t in texts.items()}
    renamed = {}
    if reviewed.documents is not None and {"doc_id", "text"} <= set(reviewed.documents.columns):
        for d, t in zip(reviewed.documents["doc_id"].astype(str), reviewed.documents["text"].astype(str)):
            if d not in texts and _sha(t) in by_hash:
                renamed[d] = by_hash[_sha(t)]
    segs = {d: (g["start_char"].to_numpy(), g["end_char"].to_numpy(), g["turn"].to_numpy())
            for d, g in segments.sort_values(["doc_id", "start_char"], kind="mergesort").groupby("doc_id", sort=False)}
    kept, rejects = [], []
    for r in df.itertuples(index=False):
        doc = renamed.get(r.doc_id, r.doc_id)
        text = texts.get(doc)
        reason = None
        if text is None:
            reason = "no run document has this doc_id (or this text)"
        elif not 0 <= r.start_char < r.end_char <= len(text):
            reason = f"offsets {r.start_char}-{r.end_char} fall outside the document (length {len(text)})"
        elif isinstance(r.text, str) and r.text and text[r.start_char:r.end_char] != r.text:
            reason = "the document's text at these offsets differs from the coding's text (another version?)"
        elif doc not in segs:
            reason = "the document has no segments in this run"
        if reason:
            rejects.append({**{c: getattr(r, c) for c in REVIEW_REJECT_COLUMNS if c != "reason"}, "reason": reason})
            continue
        starts, ends, turns = segs[doc]
        i = turn_of(starts, ends, r.start_char, r.end_char)
        kept.append({**r._asdict(), "doc_id": doc, "turn": int(turns[i]), "text": text[r.start_char:r.end_char]})
    aligned = pd.DataFrame(kept, columns=df.columns) if kept else df.iloc[0:0].copy()
    return _as_codings(aligned), pd.DataFrame(rejects, columns=REVIEW_REJECT_COLUMNS)


def _sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _as_codings(df: pd.DataFrame) -> pd.DataFrame:
    """The machine's codings columns, so either table can stand in for the other downstream."""
    out = df[CODING_COLUMNS].copy()
    negated = out["negated"].astype(bool).to_numpy()
    out["polarity"] = np.where(negated, "denied", "affirmed")
    if "polarity" in df.columns:  # a negated coding keeps the kind a review or the code stage gave it
        given = df["polarity"].astype(str).to_numpy()
        out["polarity"] = np.where(negated & np.isin(given, ["denied", "opposite"]), given, out["polarity"])
    for col, default in _EXTRA_DEFAULTS.items():
        out[col] = default
    out = out.astype({"doc_id": "str", "turn": "int64", "code": "str", "start_char": "int64", "end_char": "int64",
                      "text": "str", "negated": "bool", "method": "str", "coder": "str", "confidence": "float64"})
    return out.sort_values(["doc_id", "start_char", "end_char", "code", "coder"], kind="mergesort") \
        .reset_index(drop=True)


def combine(machine: pd.DataFrame, human: pd.DataFrame, mode: str) -> pd.DataFrame:
    """The codings a run uses: the reviewed ones (``instead``) or both (``beside``)."""
    if mode not in MODES:
        raise ValueError(f"mode must be one of {MODES}, not {mode!r}")
    if mode == "instead":
        return human.reset_index(drop=True)
    both = pd.concat([machine, human[machine.columns]], ignore_index=True)
    return both.sort_values(["doc_id", "turn", "start_char", "end_char", "code"], kind="mergesort") \
        .reset_index(drop=True)


def code_matrix(codings: pd.DataFrame, segments: pd.DataFrame, code_ids: list[str]) -> pd.DataFrame:
    """Segment x code 0/1 (1: at least one affirmed coding); columns *code_ids* then any other code used."""
    ids = list(code_ids) + sorted(set(codings["code"]) - set(code_ids))
    units = segments[["doc_id", "turn"]].astype({"doc_id": "str", "turn": "int64"}).reset_index(drop=True)
    row_of = {k: i for i, k in enumerate(zip(units["doc_id"], units["turn"]))}
    col_of = {c: j for j, c in enumerate(ids)}
    mat = np.zeros((len(units), len(ids)), dtype=np.uint8)
    aff = codings[~codings["negated"].astype(bool)]
    for d, t, c in zip(aff["doc_id"].astype(str), aff["turn"].astype("int64"), aff["code"]):
        i = row_of.get((d, t))
        if i is not None:
            mat[i, col_of[c]] = 1
    return pd.concat([units, pd.DataFrame(mat, columns=ids)], axis=1)


def use_reviewed(result, codings_path, mode: str, segments: pd.DataFrame, documents: pd.DataFrame, out_dir):
    """The code stage with reviewed codings: *result* (a :class:`~qualalliance.coding.coder.CodingResult`)
    with its codings and matrix replaced (``instead``) or joined (``beside``); the machine's codings,
    the matched reviewed ones and the rejects are written to *out_dir*.  Returns the new result and
    counts for the run manifest."""
    from dataclasses import replace

    from . import catalog
    from .log import get_logger

    rev = read_reviewed(codings_path)
    human, rejects = align(rev, segments, documents)
    used = combine(result.codings, human, mode)
    matrix = code_matrix(used, segments, [c for c in result.matrix.columns if c not in ("doc_id", "turn")])
    catalog.write(result.codings, out_dir, "machine_codings")
    catalog.write(human, out_dir, "human_codings")
    catalog.write(rejects, out_dir, "human_codings_rejects")
    get_logger(__name__).info("%s", summary(human, rejects, mode, rev.source))
    params = {**result.params, "codings": str(codings_path), "codings_mode": mode}
    counts = {"machine_codings": len(result.codings), "human_codings": len(human), "human_rejects": len(rejects)}
    return replace(result, codings=used, matrix=matrix, params=params), counts


def summary(human: pd.DataFrame, rejects: pd.DataFrame, mode: str, source: str) -> str:
    coders = ", ".join(sorted(human["coder"].unique())) or "none"
    from . import catalog

    how = "instead of" if mode == "instead" else "beside"
    return (f"{len(human)} reviewed codings from {source} (coders: {coders}) used {how} the machine's; "
            f"{len(rejects)} could not be matched ({catalog.file_name('human_codings_rejects')})")


__all__ = ["MODES", "REVIEW_REJECT_COLUMNS", "Reviewed", "align", "code_matrix", "combine", "read_reviewed",
           "summary", "turn_of", "use_reviewed"]
