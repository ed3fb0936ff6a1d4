"""De-identify the ingest tables (segments, documents, rejects) of a whole study at once.

Each document's text is cut at its segments' offsets into pieces (the turns and the
text between them, such as speaker labels); identifiers are found and replaced
piece by piece, so no replacement straddles a turn and every segment's new
``start_char``/``end_char`` are recomputed from the new document text:
``documents.text[start_char:end_char] == segments.text`` holds after as before.

Two passes over the study: the first learns the names each text reveals (speaker
labels and metadata names first), the second replaces, so a name found in one
document is found in all.  A document whose de-identification fails is excluded and
listed (``excluded``), never passed on un-redacted.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

import pandas as pd

from ..log import get_logger
from .engine import Deidentifier, Span, replace_spans
from .pseudonyms import PseudonymMap

log = get_logger(__name__)

LOG_COLUMNS = ["doc_id", "turn", "start_char", "end_char", "entity_type", "replacement", "field"]
EXCLUDED_COLUMNS = ["doc_id", "reason"]


@dataclass
class DeidResult:
    segments: pd.DataFrame
    documents: pd.DataFrame
    rejects: pd.DataFrame
    log: pd.DataFrame        # LOG_COLUMNS: where each replacement is, never the original text
    excluded: pd.DataFrame   # EXCLUDED_COLUMNS

    def summary(self) -> str:
        kinds = self.log["entity_type"].value_counts().to_dict() if len(self.log) else {}
        return (f"{len(self.log)} identifiers replaced ({', '.join(f'{k} {v}' for k, v in sorted(kinds.items())) or 'none'}) "
                f"in {len(self.documents)} documents; {len(self.excluded)} excluded")


def name_columns(df: pd.DataFrame) -> list[str]:
    """Metadata columns that hold people's names (``name``, ``first_name``, ``therapist_name`` ...)."""
    return [c for c in df.columns if "name" in str(c).lower() and c not in ("text",)]


def deidentify_tables(segments: pd.DataFrame, documents: pd.DataFrame, rejects: pd.DataFrame | None,
                      deid: Deidentifier, pseudonyms: PseudonymMap) -> DeidResult:
    """De-identify a study's ingest tables with *deid*, numbering pseudonyms in *pseudonyms*."""
    rejects = rejects if rejects is not None else pd.DataFrame(columns=["doc_id", "speaker", "text"])
    seg_by_doc = {d: g.sort_values("start_char") for d, g in segments.groupby("doc_id", sort=False)}
    texts = dict(zip(documents["doc_id"].astype(str), documents["text"].fillna("").astype(str)))
    _learn(deid, segments, texts, rejects)

    new_segs, new_docs, log_rows, excluded = [], [], [], []
    label = _labeller(pseudonyms)
    for _, doc in documents.iterrows():
        doc_id = str(doc["doc_id"])
        segs = seg_by_doc.get(doc_id, segments.iloc[0:0])
        try:
            text, segs, rows = _document(deid, label, doc_id, texts[doc_id], segs)
        except Exception as exc:  # noqa: BLE001 -- any failure excludes the document: never passed on raw
            log.warning("de-identification failed for %s: %s; the document is excluded", doc_id, exc)
            excluded.append({"doc_id": doc_id, "reason": f"de-identification failed: {type(exc).__name__}"})
            continue
        new_docs.append({**doc.to_dict(), "text": text, "sha256": hashlib.sha256(text.encode("utf-8")).hexdigest()})
        new_segs.append(segs)
        log_rows += rows

    bad = {e["doc_id"] for e in excluded}
    rej, rej_rows = _rejects(deid, label, rejects[~rejects["doc_id"].astype(str).isin(bad)])
    segs_out = pd.concat(new_segs, ignore_index=True) if new_segs else segments.iloc[0:0].copy()
    docs_out = pd.DataFrame(new_docs, columns=documents.columns)
    return DeidResult(segs_out.reset_index(drop=True), docs_out, rej,
                      pd.DataFrame(log_rows + rej_rows, columns=LOG_COLUMNS), pd.DataFrame(excluded, columns=EXCLUDED_COLUMNS))


def _learn(deid: Deidentifier, segments, texts, rejects) -> None:
    for label in pd.unique(segments["speaker"].fillna("").astype(str)) if "speaker" in segments else ():
        deid.add_speaker(label)
    for frame in (segments,):
        for col in name_columns(frame):
            for value in pd.unique(frame[col].dropna().astype(str)):
                deid.add_name(value)
    for text in texts.values():
        deid.learn(text)
    for text in rejects["text"].fillna("").astype(str) if "text" in rejects else ():
        deid.learn(text)


def _labeller(pseudonyms: PseudonymMap):
    def label(span: Span, original: str) -> str:
        return pseudonyms.label(span.entity_type, original)
    return label


def _document(deid, label, doc_id: str, text: str, segs: pd.DataFrame):
    """The document's new text, its segments with new offsets and text, and log rows."""
    out_parts, rows, new_offsets = [], [], []
    pos = 0
    turns = segs["turn"].tolist()
    for i, (start, end) in enumerate(zip(segs["start_char"].tolist(), segs["end_char"].tolist())):
        if start < pos or end < start or end > len(text):
            raise ValueError(f"segment offsets {start}-{end} do not fit the document text")
        gap, _ = _replace(deid, label, text[pos:start], _offset(out_parts), doc_id, turns[i], "between turns", rows)
        out_parts.append(gap)
        new_start = _offset(out_parts)
        body, _ = _replace(deid, label, text[start:end], new_start, doc_id, turns[i], "text", rows)
        out_parts.append(body)
        new_offsets.append((new_start, new_start + len(body), body))
        pos = end
    tail, _ = _replace(deid, label, text[pos:], _offset(out_parts), doc_id, -1, "between turns", rows)
    out_parts.append(tail)
    new_text = "".join(out_parts)
    segs = segs.copy()
    if len(segs):
        segs["start_char"] = [o[0] for o in new_offsets]
        segs["end_char"] = [o[1] for o in new_offsets]
        segs["text"] = [o[2] for o in new_offsets]
        if "speaker" in segs:
            segs["speaker"] = [_field(deid, label, s) for s in segs["speaker"].fillna("").astype(str)]
        for col in name_columns(segs):
            segs[col] = [_field(deid, label, v) if isinstance(v, str) and v else v for v in segs[col]]
    return new_text, segs, rows


def _offset(parts: list[str]) -> int:
    return sum(len(p) for p in parts)


def _replace(deid, label, piece: str, base: int, doc_id, turn, field_name, rows):
    new, done = replace_spans(piece, deid.find(piece), label)
    for s, e, span, repl in done:
        rows.append({"doc_id": doc_id, "turn": int(turn), "start_char": base + s, "end_char": base + e,
                     "entity_type": span.entity_type, "replacement": repl, "field": field_name})
    return new, done


def _field(deid, label, value: str) -> str:
    """A short field (speaker label, metadata name): replaced whole when it is a known name."""
    if value in deid.known.types:
        return label(Span(0, len(value), deid.known.types[value]), value)
    new, _ = replace_spans(value, deid.find(value), label)
    return new


def _rejects(deid, label, rejects: pd.DataFrame):
    rejects = rejects.copy()
    rows = []
    if "text" in rejects:
        texts = []
        for doc_id, text in zip(rejects["doc_id"].astype(str), rejects["text"].fillna("").astype(str)):
            new, done = replace_spans(text, deid.find(text), label)
            rows += [{"doc_id": doc_id, "turn": -1, "start_char": s, "end_char": e, "entity_type": sp.entity_type,
                      "replacement": r, "field": "rejects"} for s, e, sp, r in done]
            texts.append(new)
        rejects["text"] = texts
    if "speaker" in rejects:
        rejects["speaker"] = [_field(deid, label, s) if s else s for s in rejects["speaker"].fillna("").astype(str)]
    return rejects, rows


__all__ = ["DeidResult", "EXCLUDED_COLUMNS", "LOG_COLUMNS", "deidentify_tables", "name_columns"]
