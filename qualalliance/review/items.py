"""What a review session shows: segments, machine codings (and candidates), the codebook.

A *review item* is one machine coding (from ``codings`` or ``coding_candidates``) of one
turn.  Items are ordered most uncertain first: by the distance of the coding's
confidence from the coder's ``min_confidence`` (read from the code stage manifest;
0.6 by default), so the codings the machine was least sure of either way come first.
Codings without a confidence (rule matches the second stage did not score) come last,
in document order.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from .. import catalog
from ..codebook import Codebook, load_codebook
from ..coding.style import IN_STYLE_CONFIDENCE
from ..errors import InputError
from ..tables import read_table
from .store import POLARITIES

DEFAULT_MIN_CONFIDENCE = IN_STYLE_CONFIDENCE  # a code manifest without the threshold used: the coder's in-style one
CONTEXT_TURNS = 2  # turns shown before and after the reviewed one


@dataclass
class ReviewSet:
    """Everything a review session reads; built once at start, read only afterwards."""

    folder: Path
    segments: pd.DataFrame            # doc_id, turn, speaker, role, text, start_char, end_char
    items: list[dict]                 # ordered most uncertain first
    codebook: Codebook
    min_confidence: float
    theme_model: str = ""             # the second stage the code stage used (its manifest), "" unknown
    _turns: dict = field(default_factory=dict, repr=False)   # (doc_id, turn) -> row position
    _polarity: dict = field(default_factory=dict, repr=False)  # item key -> polarity

    def __post_init__(self):
        self._polarity = {_key(it): it["polarity"] for it in reversed(self.items)}  # the first item wins

    def turn(self, doc_id: str, turn: int) -> dict | None:
        """The segment (doc_id, turn) as a dict, or None when there is none."""
        pos = self._turns.get((doc_id, turn))
        return None if pos is None else self._row(pos)

    def position(self, doc_id: str, turn: int) -> int:
        """Row of (doc_id, turn) in :attr:`segments` (KeyError when there is none)."""
        return self._turns[(doc_id, turn)]

    def context(self, doc_id: str, turn: int) -> dict | None:
        """The turn with up to CONTEXT_TURNS turns of the same document before and after."""
        pos = self._turns.get((doc_id, turn))
        if pos is None:
            return None
        rows = []
        for p in range(pos - CONTEXT_TURNS, pos + CONTEXT_TURNS + 1):
            if 0 <= p < len(self.segments) and self.segments.iat[p, 0] == doc_id:
                rows.append(self._row(p))
        return {"doc_id": doc_id, "turn": turn, "turns": rows}

    def _row(self, pos: int) -> dict:
        r = self.segments.iloc[pos]
        return {"doc_id": r["doc_id"], "turn": int(r["turn"]), "speaker": str(r["speaker"]),
                "role": str(r["role"]), "text": str(r["text"]), "start_char": int(r["start_char"]),
                "end_char": int(r["end_char"])}

    def polarity_of(self, doc_id: str, turn: int, code: str, start_char: int, end_char: int) -> str | None:
        """The polarity of the machine coding with this key (None when there is none)."""
        return self._polarity.get((doc_id, turn, code, start_char, end_char))

    def codebook_json(self) -> list[dict]:
        return [{"id": c.id, "label": c.label, "definition": c.definition, "include": c.include,
                 "exclude": c.exclude, "color": c.color} for c in self.codebook.codes]


def _key(item: dict) -> tuple:
    return item["doc_id"], item["turn"], item["code"], item["start_char"], item["end_char"]


def _find(folder: Path, name: str) -> Path | None:
    return catalog.find_in(folder, name)


def _code_manifest(folder: Path) -> dict:
    p = _find(folder, "coding_manifest")
    if p is None:
        return {}
    try:
        return json.loads(p.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise InputError(f"cannot read the code manifest: {exc}", p) from None


def _codebook(folder: Path, manifest: dict, codebook_path) -> Codebook:
    if codebook_path is not None:
        return load_codebook(codebook_path)
    recorded = (manifest.get("parameters") or {}).get("codebook")
    if recorded and Path(recorded).is_file():
        return load_codebook(recorded)
    return load_codebook(None)


def _read_segments(folder: Path) -> pd.DataFrame:
    path = _find(folder, "segments")
    if path is None:
        raise InputError("folder has no segments table (segments.parquet/.csv here or in ingest/)", folder)
    seg = read_table(path)
    missing = [c for c in ("doc_id", "turn", "text", "start_char", "end_char") if c not in seg.columns]
    if missing:
        raise InputError(f"segments table lacks columns {', '.join(missing)}", path)
    for col in ("speaker", "role", "participant_id"):
        if col not in seg.columns:
            seg[col] = ""
    seg = seg[["doc_id", "turn", "speaker", "role", "text", "start_char", "end_char", "participant_id"]].copy()
    seg["doc_id"] = seg["doc_id"].astype(str)
    for col in ("speaker", "role", "text", "participant_id"):
        seg[col] = seg[col].fillna("").astype(str)
    for col in ("turn", "start_char", "end_char"):
        seg[col] = pd.to_numeric(seg[col], errors="raise").astype(int)
    return seg.sort_values(["doc_id", "turn"], kind="stable").reset_index(drop=True)


def _read_codings(folder: Path) -> pd.DataFrame:
    path = _find(folder, "codings")
    if path is None:
        raise InputError("folder has no codings table (codings.parquet/.csv here or in code/)", folder)
    frames = [read_table(path).assign(source="codings")]
    cand = _find(folder, "coding_candidates")
    if cand is not None:
        frames.append(read_table(cand).assign(source="candidates"))
    codings = pd.concat(frames, ignore_index=True)
    missing = [c for c in ("doc_id", "turn", "code", "start_char", "end_char") if c not in codings.columns]
    if missing:
        raise InputError(f"codings table lacks columns {', '.join(missing)}", path)
    return codings


def _uncertainty(conf, min_confidence: float) -> float:
    return math.inf if conf is None else abs(conf - min_confidence)


def build_items(codings: pd.DataFrame, min_confidence: float, participants: dict | None = None) -> list[dict]:
    """One dict per machine coding, ordered most uncertain first (ties: document order).

    *participants*: doc_id -> participant_id (for the participant filter)."""
    items = []
    participants = participants or {}
    for row in codings.itertuples(index=False):
        conf = getattr(row, "confidence", None)
        conf = None if conf is None or pd.isna(conf) else float(conf)
        negated = str(getattr(row, "negated", False)).strip().lower() in ("true", "1")
        polarity = str(getattr(row, "polarity", ""))
        if polarity not in POLARITIES:  # a codings table without the code stage's polarity
            polarity = "denied" if negated else "affirmed"
        items.append({"doc_id": str(row.doc_id), "turn": int(row.turn), "code": str(row.code),
                      "start_char": int(row.start_char), "end_char": int(row.end_char),
                      "text": "" if pd.isna(getattr(row, "text", "")) else str(getattr(row, "text", "")),
                      "confidence": conf, "run_confidence": conf,
                      "negated": negated, "polarity": polarity,
                      "method": str(getattr(row, "method", "")), "source": row.source,
                      "participant_id": participants.get(str(row.doc_id), "")})
    items.sort(key=lambda it: (_uncertainty(it["confidence"], min_confidence), it["doc_id"], it["turn"],
                               it["start_char"], it["code"]))
    for i, it in enumerate(items):
        it["id"] = i
    return items


def reorder(items: list[dict], decided: set[tuple], min_confidence: float) -> list[dict]:
    """*items* in review order after the confidences changed: the decided ones first (keys in
    *decided*, in their present order), then the others most uncertain first."""
    done = [it for it in items if _key(it) in decided]
    rest = [it for it in items if _key(it) not in decided]
    rest.sort(key=lambda it: (_uncertainty(it["confidence"], min_confidence), it["doc_id"], it["turn"],
                              it["start_char"], it["code"]))
    return done + rest


def load_review_set(folder, codebook_path=None) -> ReviewSet:
    """Read FOLDER (a run folder, or a folder holding segments and codings tables)."""
    folder = Path(folder)
    if not folder.is_dir():
        raise InputError("not a folder", folder)
    manifest = _code_manifest(folder)
    min_conf = (manifest.get("parameters") or {}).get("min_confidence", DEFAULT_MIN_CONFIDENCE)
    segments = _read_segments(folder)
    participants = dict(zip(segments["doc_id"], segments["participant_id"]))
    items = build_items(_read_codings(folder), float(min_conf), participants)
    turns = {(d, int(t)): i for i, (d, t) in enumerate(zip(segments["doc_id"], segments["turn"]))}
    return ReviewSet(folder=folder, segments=segments, items=items,
                     codebook=_codebook(folder, manifest, codebook_path),
                     min_confidence=float(min_conf),
                     theme_model=str((manifest.get("parameters") or {}).get("theme_model", "")), _turns=turns)
