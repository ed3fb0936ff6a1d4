"""Turning human coding into training targets.

Two inputs are understood:

* a **segments table with a label column** (single label per segment), e.g. an
  ingested AnnoMI file whose ``main_therapist_behaviour`` passes through.  Rows whose
  label is empty or ``n/a`` are unlabelled: not a class, but still context;
* a **codings table** (``doc_id, turn, code, ...``; multi-label) plus the segments it
  codes.  Each code becomes a binary target.  Every segment of a document that has at
  least one coding counts as coded (absent = not coded); documents without any coding
  are unlabelled.  Human codings are used when the table has any (``method=human``);
  negated codings are ignored.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from ..errors import InputError
from ..tables import sha256_text
from .estimators import labelled_mask
from .features import add_context
from .model import ABSENT, PRESENT


@dataclass
class TrainingData:
    """Context table (whole documents, sorted) and one target array per model key."""

    context: pd.DataFrame
    targets: dict[str, np.ndarray]
    kind: str  # "single" | "multi"
    roles: dict[str, list[str]]
    label_col: str | None = None
    warnings: list[str] = field(default_factory=list)

    def data_hash(self) -> str:
        """SHA-256 over what the model learns from: ids, order, roles, texts and targets."""
        ctx = self.context
        parts = [ctx["ctx_group"].astype(str), ctx["ctx_turn"].astype(str), ctx["ctx_role"].astype(str),
                 ctx["ctx_text"].astype(str)]
        for key in sorted(self.targets):
            parts.append(pd.Series(self.targets[key], dtype="object").fillna("").astype(str).rename(key))
        frame = pd.concat([p.reset_index(drop=True) for p in parts], axis=1)
        return sha256_text(frame.to_csv(index=False, lineterminator="\n"))


def check_columns(df: pd.DataFrame, cols, what: str, path=None) -> None:
    missing = [c for c in cols if c not in df.columns]
    if missing:
        raise InputError(f"{what} lacks column(s) {', '.join(missing)}; has {', '.join(map(str, df.columns))}",
                         path)


def context_table(segments: pd.DataFrame, text_col="text", group_col="doc_id", role_col="role",
                  turn_col="turn", path=None) -> pd.DataFrame:
    check_columns(segments, [text_col, group_col], "segments table", path)
    return add_context(segments, group_col=group_col, text_col=text_col, role_col=role_col, turn_col=turn_col)


def from_label_column(segments: pd.DataFrame, label_col: str, text_col="text", group_col="doc_id",
                      role_col="role", turn_col="turn", path=None) -> TrainingData:
    check_columns(segments, [label_col], "segments table", path)
    ctx = context_table(segments, text_col, group_col, role_col, turn_col, path)
    raw = ctx[label_col].astype("object")
    lab = labelled_mask(raw.to_numpy())
    y = np.where(lab, raw.astype(str).str.strip().to_numpy(), None).astype(object)
    if lab.sum() == 0:
        raise InputError(f"label column {label_col!r} has no labels (all empty or n/a)", path)
    labels = sorted(set(y[lab]))
    if len(labels) < 2:
        raise InputError(f"label column {label_col!r} has a single label {labels[0]!r}; a coder needs two or more",
                         path)
    roles = sorted(set(ctx.loc[lab, "ctx_role"]))
    return TrainingData(ctx, {"label": y}, "single", {"label": roles}, label_col=label_col)


def from_codings(codings: pd.DataFrame, segments: pd.DataFrame, text_col="text", group_col="doc_id",
                 role_col="role", turn_col="turn", path=None, segments_path=None) -> TrainingData:
    check_columns(codings, ["doc_id", "turn", "code"], "codings table", path)
    ctx = context_table(segments, text_col, group_col, role_col, turn_col, segments_path)
    warnings = []
    cod = codings.copy()
    if "method" in cod.columns and (cod["method"].astype(str) == "human").any():
        n_other = int((cod["method"].astype(str) != "human").sum())
        if n_other:
            warnings.append(f"learning from the {len(cod) - n_other} human codings; ignoring {n_other} rule/model ones")
        cod = cod[cod["method"].astype(str) == "human"]
    if "negated" in cod.columns:
        neg = cod["negated"].astype(str).str.strip().str.lower().isin(["true", "1", "yes"])
        cod = cod[~neg]
    cod = cod[labelled_mask(cod["code"].to_numpy())]
    if cod.empty:
        raise InputError("codings table holds no usable codings", path)
    key_doc = cod["doc_id"].astype(str)
    key_turn = pd.to_numeric(cod["turn"], errors="coerce")
    if key_turn.isna().any():
        raise InputError("codings table has non-numeric turn values", path)
    pairs = set(zip(key_doc, key_turn.astype("int64"), cod["code"].astype(str).str.strip()))
    seg_keys = set(zip(ctx["ctx_group"].astype(str), ctx["ctx_turn"].astype("int64")))
    unmatched = {(d, t) for d, t, _ in pairs} - seg_keys
    if unmatched:
        d, t = sorted(unmatched)[0]
        warnings.append(f"{len(unmatched)} coded segment(s) not in the segments table (first: {d} turn {t}); ignored")
    coded_docs = {d for d, t, _ in pairs if (d, t) in seg_keys}
    if not coded_docs:
        raise InputError("no coding matches a segment (joined on doc_id and turn)", path)
    in_coded = ctx["ctx_group"].astype(str).isin(coded_docs).to_numpy()
    keys = list(zip(ctx["ctx_group"].astype(str), ctx["ctx_turn"].astype("int64")))
    targets, roles = {}, {}
    for code in sorted({c for _, _, c in pairs}):
        present = {(d, t) for d, t, c in pairs if c == code}
        has = np.array([k in present for k in keys])
        code_roles = sorted(set(ctx.loc[has, "ctx_role"]))
        if not has.any():
            continue
        role_ok = ctx["ctx_role"].isin(code_roles).to_numpy()
        y = np.where(in_coded & role_ok, np.where(has, PRESENT, ABSENT), None).astype(object)
        if (y == ABSENT).sum() == 0:
            warnings.append(f"code {code!r} is on every coded segment; no model for it")
            continue
        targets[code] = y
        roles[code] = code_roles
    if not targets:
        raise InputError("no code has both coded and uncoded segments to learn from", path)
    return TrainingData(ctx, targets, "multi", roles, warnings=warnings)
