"""De-identify the ingest tables (segments, documents, rejects) of a whole study at once.

Each document's text is cut at its segments' offsets into pieces (the turns and the
text between them, such as speaker labels); identifiers are found and replaced
piece by piece, so no replacement straddles a turn and every segment's new
``start_char``/``end_char`` are recomputed from the new document text:
``documents.text[start_char:end_char] == segments.text`` holds after as before.

Two passes over the study: the first learns the names each text reveals (speaker
labels and metadata names first), the second replaces, so a name found in one
document is found in all.  What replaces an identifier is the :class:`.replace.Replacer`'s
choice (typed pseudonym, surrogate, shifted date); a document's dates are shifted by
its participant's offset.  In surrogate mode every document is found before the first
surrogate is drawn (recorded and replayed, :mod:`.replay`): no surrogate may be an original
found anywhere in the study (documents, rejects, ids), learnt or not.  Names in ``doc_id``,
``participant_id`` and ``path`` are replaced too (:mod:`.ids`).  A document whose de-identification fails is excluded
and listed (``excluded``), never passed on un-redacted.

On a distributed engine the finding runs on the workers (both passes) and the replacing
on the driver, in document order, so the tables are the local engine's (:mod:`.replay`).
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable
from dataclasses import dataclass

import pandas as pd

from ..log import get_logger
from .dates import draw_offset
from .engine import Deidentifier, Span, replace_spans
from .ids import IdMap
from .pool import finding_engine
from .pseudonyms import PseudonymMap
from .replace import Replacer
from .replay import FoundSpans, Recorder, Replay, failure_kind, keep_original, keeping_originals

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
    rename_path: Callable[[str], str] = str  # an input file's path as manifests may show it (names replaced)
    ner_model: str | None = None  # the named-entity recogniser used, None without one

    def summary(self) -> str:
        kinds = self.log["entity_type"].value_counts().to_dict() if len(self.log) else {}
        return (f"{len(self.log)} identifiers replaced ({', '.join(f'{k} {v}' for k, v in sorted(kinds.items())) or 'none'}) "
                f"in {len(self.documents)} documents; {len(self.excluded)} excluded")


def name_columns(df: pd.DataFrame) -> list[str]:
    """Metadata columns that hold people's names (``name``, ``first_name``, ``therapist_name`` ...)."""
    return [c for c in df.columns if "name" in str(c).lower() and c not in ("text",)]


def deidentify_tables(segments: pd.DataFrame, documents: pd.DataFrame, rejects: pd.DataFrame | None,
                      deid: Deidentifier, pseudonyms: PseudonymMap, *, mode: str = "pseudonym",
                      dates: str = "redact", offsets=draw_offset, engine=None) -> DeidResult:
    """De-identify a study's ingest tables with *deid*; replacements as *mode* and *dates* say
    (:mod:`.replace`), kept in *pseudonyms*; *offsets*: where new participants' date offsets come from.
    *engine* (:mod:`qualalliance.engine`): a distributed engine finds the identifiers of partitions
    of whole documents on its workers; the tables are the local engine's."""
    rejects = rejects if rejects is not None else pd.DataFrame(columns=["doc_id", "speaker", "text"])
    seg_by_doc = {d: g.sort_values("start_char") for d, g in segments.groupby("doc_id", sort=False)}
    texts = dict(zip(documents["doc_id"].astype(str), documents["text"].fillna("").astype(str)))
    # the finding runs on a distributed engine's workers, on processes forked here (this machine's
    # other core: .pool), or here as it replaces; the tables are the same
    with finding_engine(engine, sum(t.count(" ") + 1 for t in texts.values())) as finder:
        _learn(deid, segments, texts, rejects, finder, {d: learn_pieces(texts[d], g) for d, g in seg_by_doc.items()
                                                         if d in texts})
        # pseudonym mode: found here as it replaces; on workers, and in surrogate mode (no surrogate may be a name
        # found in any document, and a surrogate drawn in one is reused in all), everything is found first
        found = None
        surrogate = mode == "surrogate"
        if finder is not None and finder.distributed:
            from ..engine.tasks import deid_find_on_engine

            found = deid_find_on_engine(finder, deid, documents, texts, seg_by_doc, segments.iloc[0:0],
                                        originals=surrogate)
        else:
            deid.prime(segments["text"].fillna("").astype(str))  # the turns, in batches (the recogniser's speed)
            if surrogate:
                found = [find_document(deid, d, texts[d], seg_by_doc.get(d, segments.iloc[0:0]), originals=True)
                         for d in documents["doc_id"].astype(str)]
    known, person_words, reject_finder = _known(deid), _person_words(deid), deid
    if surrogate:
        reject_finder, originals = _found_originals(deid, found, rejects, segments, documents)
        also_known, also_words = _avoided(originals)
        known, person_words = known | also_known, person_words | also_words
    replacer = Replacer(pseudonyms, mode=mode, dates=dates, known=known, person_words=person_words,
                        draw_offset=offsets)
    participant = _participants(segments)
    ids = IdMap(deid, replacer)

    new_segs, new_docs, log_rows, excluded, failed = [], [], [], [], set()
    for n, (_, doc) in enumerate(documents.iterrows(), start=1):
        doc_id = str(doc["doc_id"])
        pid = participant.get(doc_id, doc_id)
        segs = seg_by_doc.get(doc_id, segments.iloc[0:0])
        finder = deid if found is None else Replay(deid.known, found[n - 1])
        try:
            text, segs, rows = _document(finder, replacer.for_participant(pid), doc_id, texts[doc_id], segs)
            segs, new_doc = _ids(ids, segs, doc.to_dict(), pid, log_rows)
        except Exception as exc:  # noqa: BLE001 -- any failure excludes the document: never passed on raw
            shown = _safe_id(ids, doc_id, pid, n)
            log.warning("de-identification failed for %s: %s; the document is excluded", shown, failure_kind(exc))
            excluded.append({"doc_id": shown, "reason": f"de-identification failed: {failure_kind(exc)}"})
            failed.add(doc_id)
            continue
        new_docs.append({**new_doc, "text": text, "sha256": hashlib.sha256(text.encode("utf-8")).hexdigest()})
        new_segs.append(segs)
        log_rows += [{**r, "doc_id": new_doc["doc_id"]} for r in rows]
    ids.check_unique("doc_id", [d for d in texts if d not in failed])

    rej, rej_rows = _rejects(reject_finder, replacer, ids, participant,
                             rejects[~rejects["doc_id"].astype(str).isin(failed)])
    if pseudonyms.redrawn:
        log.warning("%d surrogates kept in the pseudonym map are names of this study; drawn again (the map keeps the "
                    "new ones)", pseudonyms.redrawn)
    segs_out = pd.concat(new_segs, ignore_index=True) if new_segs else segments.iloc[0:0].copy()
    docs_out = pd.DataFrame(new_docs, columns=documents.columns)
    return DeidResult(segs_out.reset_index(drop=True), docs_out, rej,
                      pd.DataFrame(log_rows + rej_rows, columns=LOG_COLUMNS), pd.DataFrame(excluded, columns=EXCLUDED_COLUMNS),
                      rename_path=lambda path: ids.get("path", path, "inputs"), ner_model=deid.ner_model)


def find_document(deid: Deidentifier, doc_id: str, text: str, segs: pd.DataFrame,
                  originals: bool = False) -> FoundSpans:
    """Every ``find`` :func:`_document` makes for this document, replacing nothing (a worker's
    share of the second pass); a failure is recorded where it happened, for the driver to meet there.
    *originals*: the found originals are kept too (``FoundSpans.originals``: surrogate mode)."""
    recorder = Recorder(deid)
    label = keep_original
    if originals:
        recorder.found.originals = set()
        label = keeping_originals(recorder.found.originals)
    try:
        _document(recorder, label, doc_id, text, segs)
    except Exception as exc:  # noqa: BLE001 -- the driver excludes the document at this point
        recorder.found.error = failure_kind(exc)
    return recorder.found


def _safe_id(ids: IdMap, doc_id: str, pid: str, n: int) -> str:
    """The excluded document's de-identified id; its number when even that fails."""
    try:
        return ids.get("doc_id", doc_id, pid)
    except Exception:  # noqa: BLE001 -- never show the original id
        return f"document {n}"


def _known(deid: Deidentifier) -> frozenset[str]:
    """The study's names and their words, casefolded: no surrogate may be one of them."""
    return frozenset(w.casefold() for name in deid.known.types for w in (name, *name.split()))


def _person_words(deid: Deidentifier) -> frozenset[str]:
    """The words of the study's people's names, casefolded (a surrogate of any kind must hold none)."""
    return frozenset(w.casefold() for name, kind in deid.known.types.items() if kind == "PERSON" for w in name.split())


class _Remembered:
    """A Deidentifier whose ``find`` answers a text searched before from memory (the rejects, searched
    for their originals before the first surrogate is drawn, then replaced)."""

    def __init__(self, deid: Deidentifier):
        self._deid, self.known, self._found = deid, deid.known, {}

    def find(self, text: str):
        if text not in self._found:
            self._found[text] = self._deid.find(text)
        return self._found[text]


def _found_originals(deid: Deidentifier, found: list, rejects: pd.DataFrame, segments: pd.DataFrame,
                     documents: pd.DataFrame) -> tuple[_Remembered, set]:
    """``(entity type, original)`` of everything found in the study: the documents' (*found*), the
    rejects' (searched here: replaced later from the returned finder's memory) and the ids'."""
    originals = set().union(*(f.originals for f in found))
    finder, label = _Remembered(deid), keeping_originals(originals)
    if "text" in rejects:
        for text in rejects["text"].fillna("").astype(str):
            replace_spans(text, finder.find(text), label)
    if "speaker" in rejects:
        for speaker in rejects["speaker"].fillna("").astype(str):
            if speaker:
                _field(finder, label, speaker)
    values = set()
    for frame, cols in ((documents, ("doc_id", "path")), (segments, ("participant_id",)),
                        (rejects, ("doc_id", "path"))):
        for col in cols:
            if col in frame:
                values.update(v for v in frame[col].dropna().astype(str) if v)
    for value in values:
        text = value.replace("_", " ")  # as find_in_id reads it
        originals.update((s.entity_type, text[s.start:s.end]) for s in deid.find_in_id(value))
    return finder, originals


_LETTERS = re.compile(r"[^\W\d_]{2,}")
_NAME_TYPES = ("PERSON", "LOCATION")


def _avoided(originals: set) -> tuple[frozenset[str], frozenset[str]]:
    """The found *originals* as :func:`_known` and :func:`_person_words` give the learnt names: each
    casefolded, a name's (PERSON, LOCATION) with its words (also its runs of letters: ``@thiago``,
    ``O'Brien``; not an initial: ``d`` would refuse every id ending in D); the PERSONs' words.  Not
    the words of an e-mail, an address or a date (``com``, ``street``, ``march``: no surrogate e-mail
    or host could be drawn)."""
    names, words = set(), set()
    for kind, original in originals:
        folded = " ".join(original.split()).casefold()
        names.add(folded)
        if kind in _NAME_TYPES:
            parts = {w for w in (*folded.split(), *_LETTERS.findall(folded)) if len(w) > 1}  # not an initial
            names |= parts
            if kind == "PERSON":
                words |= parts
    return frozenset(names), frozenset(words)


def _participants(segments: pd.DataFrame) -> dict[str, str]:
    """doc_id -> participant_id (the key of the participant's date offset); doc_id when absent."""
    if "participant_id" not in segments or segments.empty:
        return {}
    first = segments.drop_duplicates("doc_id")
    return {str(d): (str(p) if isinstance(p, str) and p else str(d))
            for d, p in zip(first["doc_id"], first["participant_id"])}


def _ids(ids: IdMap, segs: pd.DataFrame, doc: dict, pid: str, log_rows: list):
    """The document's ``doc_id``, ``path`` and its segments' ``doc_id`` and ``participant_id`` de-identified."""
    doc_id = str(doc["doc_id"])
    new_doc = {**doc, "doc_id": ids.get("doc_id", doc_id, pid)}
    if isinstance(doc.get("path"), str):
        new_doc["path"] = ids.get("path", doc["path"], pid)
    segs = segs.copy()
    if len(segs):
        segs["doc_id"] = new_doc["doc_id"]
        if "participant_id" in segs:
            segs["participant_id"] = [ids.get("participant_id", str(p), pid) if isinstance(p, str) else p
                                      for p in segs["participant_id"]]
    for kind, value in (("doc_id", doc_id), ("path", doc.get("path")), ("participant_id", pid)):
        log_rows += [{"doc_id": new_doc["doc_id"], "turn": -1, "start_char": r["start_char"], "end_char": r["end_char"],
                      "entity_type": r["entity_type"], "replacement": r["replacement"], "field": kind}
                     for r in ids.rows if r["kind"] == kind and r["value"] == ids.new.get((kind, value))]
    return segs, new_doc


def learn_pieces(text: str, segs: pd.DataFrame):
    """``(start, end)`` of the pieces :func:`_document` cuts *text* into at its segments *segs* (sorted by
    ``start_char``): the text before each turn, the turn, ...; the text after the last.  None where the
    offsets do not fit (``_document`` fails there; learning reads the whole text)."""
    pieces, pos = [], 0
    for start, end in zip(segs["start_char"].tolist(), segs["end_char"].tolist()):
        if start < pos or end < start or end > len(text):
            return None
        pieces += [(pos, start), (start, end)]
        pos = end
    pieces.append((pos, len(text)))
    return pieces


def _learn(deid: Deidentifier, segments, texts, rejects, engine=None, pieces=None) -> None:
    """*pieces*: doc_id -> :func:`learn_pieces` (a document without segments is one piece)."""
    pieces = pieces or {}
    for label in pd.unique(segments["speaker"].fillna("").astype(str)) if "speaker" in segments else ():
        deid.add_speaker(label)
    for frame in (segments,):
        for col in name_columns(frame):
            for value in pd.unique(frame[col].dropna().astype(str)):
                deid.add_name(value)
    if engine is not None and engine.distributed:
        from ..engine.tasks import deid_learn_on_engine

        deid_learn_on_engine(engine, deid, texts, pieces)  # the names the local loop adds, in its order
    else:
        for doc_id, text in texts.items():
            deid.learn(text, pieces.get(doc_id))
    for text in rejects["text"].fillna("").astype(str) if "text" in rejects else ():
        deid.learn(text)


def _document(deid, label, doc_id: str, text: str, segs: pd.DataFrame):
    """The document's new text, its segments with new offsets and text, and log rows."""
    out_parts, rows, new_offsets = [], [], []
    pos = length = 0  # length: of the new text so far (summing the parts each time would be quadratic)
    turns = segs["turn"].tolist()
    for i, (start, end) in enumerate(zip(segs["start_char"].tolist(), segs["end_char"].tolist())):
        if start < pos or end < start or end > len(text):
            raise ValueError(f"segment offsets {start}-{end} do not fit the document text")
        gap, _ = _replace(deid, label, text[pos:start], length, doc_id, turns[i], "between turns", rows)
        out_parts.append(gap)
        new_start = length = length + len(gap)
        body, _ = _replace(deid, label, text[start:end], new_start, doc_id, turns[i], "text", rows)
        out_parts.append(body)
        length += len(body)
        new_offsets.append((new_start, new_start + len(body), body))
        pos = end
    tail, _ = _replace(deid, label, text[pos:], length, doc_id, -1, "between turns", rows)
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


def _rejects(deid, replacer: Replacer, ids: IdMap, participant: dict, rejects: pd.DataFrame):
    rejects = rejects.copy()
    rows = []
    pids = [participant.get(d, d) for d in rejects["doc_id"].astype(str)]
    if "text" in rejects:
        texts = []
        for doc_id, pid, text in zip(rejects["doc_id"].astype(str), pids, rejects["text"].fillna("").astype(str)):
            new, done = replace_spans(text, deid.find(text), replacer.for_participant(pid))
            rows += [{"doc_id": ids.get("doc_id", doc_id, pid), "turn": -1, "start_char": s, "end_char": e,
                      "entity_type": sp.entity_type, "replacement": r, "field": "rejects"} for s, e, sp, r in done]
            texts.append(new)
        rejects["text"] = texts
    if "speaker" in rejects:
        rejects["speaker"] = [_field(deid, replacer.for_participant(pid), s) if s else s
                              for pid, s in zip(pids, rejects["speaker"].fillna("").astype(str))]
    for col in ("doc_id", "path"):
        if col in rejects:
            rejects[col] = [ids.get(col, v, pid) if isinstance(v, str) and v else v for v, pid in zip(rejects[col], pids)]
    return rejects, rows


__all__ = ["DeidResult", "EXCLUDED_COLUMNS", "LOG_COLUMNS", "deidentify_tables", "find_document", "learn_pieces",
           "name_columns"]
