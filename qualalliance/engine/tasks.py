"""The per-partition work of ingest, deid, code and alliance on a distributed engine, and how
the partitions' results are put back together in the local engine's order.

Each ``*_task`` runs on a worker and builds what it needs once per worker
(:func:`.worker_cache.worker_cached`); each ``*_on_engine`` cuts the input into
partitions (:mod:`.partition`), maps the task and concatenates.  The stage modules
call these only for a distributed engine, so the local path is unchanged.
"""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np
import pandas as pd

from ..errors import InputError
from .partition import document_partitions, file_partitions
from .worker_cache import worker_cached

BYTES_PER_WORD = 6  # plain-text English, for cutting files into partitions before they are read


def _concat(frames: list[pd.DataFrame]) -> pd.DataFrame:
    """Concatenate partition results; empty ones are left out (their dtypes add nothing)."""
    full = [f for f in frames if len(f)]
    if not full:
        return frames[0].iloc[0:0] if frames else pd.DataFrame()
    return full[0] if len(full) == 1 else pd.concat(full, ignore_index=True)


def _by_doc(df: pd.DataFrame) -> pd.DataFrame:
    """Rows in doc_id order; a document's rows keep their order (they came from one partition)."""
    return df.sort_values("doc_id", kind="stable").reset_index(drop=True)


# ----------------------------------------------------------------------------- ingest

def read_on_engine(engine, files: list, plan):
    """Read *files* in partitions of contiguous files: (doc_id -> file, segment rows,
    document rows, reject rows, warnings), in file order as the local engine reads them."""
    from ..ingest import read_partition

    sizes = [_size(f) for f, _ in files]
    budget = engine.params.partition_words * BYTES_PER_WORD
    n_parts = max(math.ceil(sum(sizes) / budget), engine.min_partitions)
    parts = [[files[i] for i in idx] for idx in file_partitions(sizes, n_parts)]
    results = engine.map("ingest", read_partition, parts, plan)
    seen: dict[str, str] = {}
    seg_rows, doc_rows, rej_rows, warnings = [], [], [], []
    for part_seen, segs, docs, rejects, warns in results:
        for doc_id, path in part_seen.items():
            if doc_id in seen:
                raise InputError(f"duplicate document id {doc_id!r} (also from {seen[doc_id]})", path)
            seen[doc_id] = path
        seg_rows += segs
        doc_rows += docs
        rej_rows += rejects
        warnings += warns
    return seen, seg_rows, doc_rows, rej_rows, warnings


def _size(path: Path) -> int:
    try:
        return Path(path).stat().st_size
    except OSError:
        return 0


# ----------------------------------------------------------------------------- code

def code_task(part: tuple[np.ndarray, pd.DataFrame], book, model, theme_model, batch_size: int,
              min_confidence: float) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Code one partition; ``_seg`` becomes the row of the whole segments table."""
    from ..coding.coder import code_checked, make_coding_pipeline, resolve_theme_model

    positions, segs = part
    nlp = worker_cached(("coding-pipeline", book.sha256, model),
                        lambda: make_coding_pipeline(book, model, annotate=False))
    if theme_model is None or isinstance(theme_model, (str, Path)):
        scorer = worker_cached(("theme-model", book.sha256, str(theme_model)),
                               lambda: resolve_theme_model(theme_model, book))
    else:  # a ThemeModel object, shipped with the task
        scorer = resolve_theme_model(theme_model, book)
    codings, candidates = code_checked(segs, book, nlp, scorer, batch_size, min_confidence)
    codings = codings.assign(_seg=positions[codings["_seg"].to_numpy()])
    candidates = candidates.assign(_seg=positions[candidates["_seg"].to_numpy()])
    return codings, candidates


def code_on_engine(engine, segs: pd.DataFrame, book, model, theme_model, batch_size: int,
                   min_confidence: float) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(codings, candidates) with ``_seg``, in the order ``code_segments`` gives locally."""
    parts = [(pos, segs.iloc[pos].reset_index(drop=True))
             for pos in document_partitions(segs, engine.params.partition_words, engine.min_partitions)]
    results = engine.map("code", code_task, parts, book, model, theme_model, batch_size, min_confidence)
    empty = segs.iloc[0:0]
    if not results:  # no segments: the local path's empty tables
        from ..coding.coder import code_checked

        return code_checked(empty, book, _NoPipeline(), None, batch_size, min_confidence)
    codings = _concat([c for c, _ in results])
    candidates = _concat([c for _, c in results])
    codings = codings.sort_values(["_seg", "start_char", "end_char", "code"], kind="mergesort").reset_index(drop=True)
    candidates = candidates.sort_values("_seg", kind="mergesort").reset_index(drop=True)
    return codings, candidates


class _NoPipeline:
    """Stands in for a spaCy pipeline when there is no text to code."""

    def pipe(self, stream, **_):
        return iter(())


# ----------------------------------------------------------------------------- alliance

def alliance_task(part: pd.DataFrame, lexicon, function_words, window: int):
    """Alliance scores, evidence and rupture events of one partition of transcripts."""
    from ..alliance import score_alliance
    from ..alliance.lexicons import load_function_words, load_lexicon
    from ..alliance.rupture_events import rupture_events

    lex = worker_cached(("alliance-lexicon", lexicon), lambda: load_lexicon(lexicon))
    fw = worker_cached(("function-words", function_words), lambda: load_function_words(function_words))
    res = score_alliance(part, lexicon=lex, function_words=fw)
    rup = rupture_events(part, lexicon=lex, function_words=fw, window=window)
    return res.scores, res.evidence, rup.events, rup.counts


def alliance_on_engine(engine, segments: pd.DataFrame, lexicon: str | None, function_words: str | None,
                       window: int):
    """``AllianceResult`` (with ruptures) as ``score_alliance`` + ``rupture_events`` give it locally."""
    from ..alliance.lexicons import load_function_words, load_lexicon
    from ..alliance.rupture_events import RuptureResult
    from ..alliance.score import AllianceResult, transcript_segments

    load_lexicon(lexicon), load_function_words(function_words)  # a bad lexicon fails here, before the cluster
    transcripts = transcript_segments(segments)  # no transcript: its one-line error, before the cluster
    parts = [transcripts.iloc[pos] for pos in
             document_partitions(transcripts, engine.params.partition_words, engine.min_partitions)]
    results = engine.map("alliance", alliance_task, parts, lexicon, function_words, window)
    scores, evidence, events, counts = (_by_doc(_concat([r[i] for r in results])) for i in range(4))
    return AllianceResult(scores, evidence, ruptures=RuptureResult(events, counts))


# ----------------------------------------------------------------------------- deid

def _deidentifier(spec):
    """The Deidentifier *spec* (:func:`~qualalliance.deid.replay.deidentifier_spec`) describes, built
    once per worker (with the study's names left out: they come with each task)."""
    cls, args = spec
    return worker_cached(("deidentifier", cls.__module__, cls.__qualname__, repr(sorted(args.items()))),
                         lambda: cls(**args))


def _same_processes(engine) -> dict:
    """(speed, fourth pass) on an engine that can (the forked pool, :class:`~qualalliance.deid.pool.ForkPool`),
    each partition of the find pass runs where the learning pass ran it: both passes cut the same documents
    into the same partitions, and the process that learnt a document keeps its pieces' structured spans."""
    return {"affinity": "deid-documents"} if getattr(engine, "affinity", False) else {}


def deid_learn_task(texts: list, spec) -> dict[str, str]:
    """The names one partition's document texts teach, in the order learning them adds them (each text
    or ``(text, pieces)``: :func:`~qualalliance.deid.replay.learned_names`)."""
    from ..deid.replay import learned_names

    return learned_names(_deidentifier(spec), texts)


def deid_learn_on_engine(engine, deid, texts: dict[str, str], pieces: dict | None = None) -> None:
    """The first pass of :func:`~qualalliance.deid.tables.deidentify_tables` on the workers: *deid*
    learns the names of every text of *texts* (doc_id -> text), its ``known.types`` as the local loop
    leaves it (partitions merged in document order); *pieces*: doc_id -> the document's pieces, as the
    local loop gives them to :meth:`~qualalliance.deid.engine.Deidentifier.learn`."""
    from ..deid.replay import deidentifier_spec, merge_learned

    pieces = pieces or {}
    table = pd.DataFrame({"doc_id": list(texts), "text": list(texts.values())})
    items = [(text, pieces.get(doc_id)) for doc_id, text in texts.items()]
    parts = [[items[i] for i in pos]
             for pos in document_partitions(table, engine.params.partition_words, engine.min_partitions)]
    for learned in engine.map("deid", deid_learn_task, parts, deidentifier_spec(deid), **_same_processes(engine)):
        merge_learned(deid.known, learned)


def deid_find_task(part: tuple[list, pd.DataFrame], spec, known, originals: bool = False) -> list:
    """The second pass's finds of one partition's documents (:func:`~qualalliance.deid.tables.find_document`),
    with the study's names *known*: one :class:`~qualalliance.deid.replay.FoundSpans` a document
    (with the found *originals* when asked: surrogate mode)."""
    from ..deid.replay import with_known
    from ..deid.tables import find_document

    docs, segs = part
    deid = with_known(_deidentifier(spec), known)
    deid.prime(segs["text"].fillna("").astype(str))  # the partition's turns, in batches (the recogniser's speed)
    by_doc = {d: g for d, g in segs.groupby("doc_id", sort=False)}  # each in the driver's order (sorted there)
    return [find_document(deid, doc_id, text, by_doc.get(doc_id, segs.iloc[0:0]), originals=originals)
            for doc_id, text in docs]


def deid_find_on_engine(engine, deid, documents: pd.DataFrame, texts: dict[str, str], seg_by_doc: dict,
                        no_segments: pd.DataFrame, originals: bool = False) -> list:
    """:func:`deid_find_task` over partitions of *documents*: one FoundSpans per row of *documents*, in order.
    *seg_by_doc*: each document's segments as the driver walks them; *no_segments*: what a document
    without any is given.  *deid* knows the study's names by now; they are sent to every worker once.
    *originals*: each FoundSpans also holds the originals found (surrogate mode)."""
    from ..deid.replay import deidentifier_spec

    ids = documents["doc_id"].astype(str).tolist()
    table = pd.DataFrame({"doc_id": ids, "text": [texts[d] for d in ids]})
    positions = document_partitions(table, engine.params.partition_words, engine.min_partitions)
    parts = []
    for pos in positions:
        docs = [(ids[i], texts[ids[i]]) for i in pos]
        frames = [seg_by_doc[d] for d in dict.fromkeys(d for d, _ in docs) if d in seg_by_doc]
        parts.append((docs, pd.concat(frames) if frames else no_segments))
    results = engine.map("deid", deid_find_task, parts, deidentifier_spec(deid), engine.share(deid.known), originals,
                         **_same_processes(engine))
    found: list = [None] * len(ids)
    for pos, part_found in zip(positions, results):
        for i, spans in zip(pos, part_found):
            found[i] = spans
    return found


__all__ = ["alliance_on_engine", "alliance_task", "code_on_engine", "code_task", "deid_find_on_engine",
           "deid_find_task", "deid_learn_on_engine", "deid_learn_task", "read_on_engine"]
