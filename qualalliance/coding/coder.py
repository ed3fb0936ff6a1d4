"""The rule coder: segments + codebook -> span-level codings and a segment x code matrix.

``code_segments`` streams segment texts through a spaCy pipeline
(``nlp.pipe(..., as_tuples=True)``), keeps only the few facts of each theme span and
drops the Doc, so memory does not grow with the corpus beyond the output rows.  With
``n_process > 1`` the segments are cut into chunks coded by worker processes that each
build the pipeline once; only rows travel back (spaCy's own ``n_process`` would ship
every Doc back to the parent, which costs more than it saves).  See docs/coding.md.
"""

from __future__ import annotations

import sys
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from dataclasses import dataclass, field
from multiprocessing import get_context
from pathlib import Path

import numpy as np
import pandas as pd

from ..codebook import Codebook, load_codebook
from ..errors import InputError
from ..log import get_logger
from ..progress import progress
from ..schema import CODING_COLUMNS, ROLES
from .style import AUTO, IN_STYLE_CONFIDENCE, StyleCheck, check_style

log = get_logger(__name__)

SPANS_KEY = "themes"
EXTRA_COLUMNS = ["polarity", "hedged", "negation_cue", "hedge_cue", "rule"]
# polarity of a coding: the code is affirmed, denied by a negation cue ("I don't feel
# safe"), or its opposite pole is named ("I felt unsafe", "lonely"); ``negated`` is True
# for the last two (the code is not affirmed)
CODINGS_COLUMNS = CODING_COLUMNS + EXTRA_COLUMNS
REQUIRED_SEGMENT_COLUMNS = ["doc_id", "turn", "text", "start_char"]
# "auto": 0.6 where the study's talk is like the second stage's training talk (on theme-gold's
# grouped CV 0.6 keeps precision at 0.75 with half the recall), 0.5 where it is not (a new
# style costs recall, not precision: the cross-corpus check); see .style and docs/coding.md
DEFAULT_MIN_CONFIDENCE = AUTO
_ROW_FIELDS = ["seg", "code", "start", "end", "text", "negated", "polarity", "hedged", "negation_cue", "hedge_cue",
               "rule"]


@dataclass
class CodingResult:
    """``codings``: one row per coded span; ``matrix``: one row per segment, 0/1 per code;
    ``candidates``: rule codings the second stage scored below ``min_confidence`` (kept
    out of ``codings``, with their confidence, so nothing is dropped silently)."""

    codings: pd.DataFrame
    matrix: pd.DataFrame
    coder: str = ""
    codebook_sha256: str = ""
    params: dict = field(default_factory=dict)
    candidates: pd.DataFrame = field(default_factory=lambda: pd.DataFrame(columns=CODINGS_COLUMNS))

    def counts(self) -> dict[str, int]:
        """Codings by polarity and method, and the candidates set aside."""
        c = self.codings
        pol = c["polarity"].value_counts() if len(c) else pd.Series(dtype=int)
        return {"codings": len(c), "affirmed": int(pol.get("affirmed", 0)), "denied": int(pol.get("denied", 0)),
                "opposite": int(pol.get("opposite", 0)),
                "hedged": int(c["hedged"].sum()) if len(c) else 0,
                "by_model": int((c["method"] == "model").sum()) if len(c) else 0,
                "below_min_confidence": len(self.candidates)}

    def summary(self) -> str:
        n = self.counts()
        text = (f"{n['codings']} codings ({n['affirmed']} affirmed, {n['denied']} denied, {n['opposite']} opposite "
                f"pole, {n['hedged']} hedged) in {len(self.matrix)} segments by {self.coder}")
        if self.params.get("theme_model", "none") != "none":
            text += (f"; second stage {self.params['theme_model']}: {n['by_model']} found by the model alone, "
                     f"{n['below_min_confidence']} rule candidates below min_confidence "
                     f"{self.params['min_confidence']}")
            if "style_check" in self.params:
                text += f" (auto: {self.params['style_check']['reason']})"
        return text


def make_coding_pipeline(codebook: Codebook | str | None = None, model: str | None = None,
                         annotate: bool = True):
    """A spaCy pipeline that codes text: lemmas -> ``qualalliance_themes`` -> negation.

    *model* ``None``/``"blank:en"``: blank English + ``qualalliance_lookup`` (offline default).
    Otherwise the named installed pipeline (its lemmatizer supplies the lemmas).
    *annotate* ``False`` skips copying lemmas/sentence starts onto tokens (faster; the
    codings are identical).
    """
    import spacy

    from ..nlp import make_pipeline
    from . import lookup, negation, themes  # noqa: F401 - registers the factories

    book = load_codebook(codebook)
    name = model or "blank:en"
    if name.startswith("blank:"):
        nlp = spacy.blank(name.split(":", 1)[1])
        nlp.add_pipe("qualalliance_lookup", config={"annotate": annotate})
    else:
        nlp = make_pipeline(name)
    nlp.add_pipe("qualalliance_themes", config={"spans_key": SPANS_KEY})
    nlp.add_pipe("qualalliance_negation", config={"spans_key": SPANS_KEY})
    nlp.get_pipe("qualalliance_themes").initialize(nlp=nlp, codebook=book)
    if not annotate and nlp.has_pipe("qualalliance_lookup"):
        # its work (lemmas as lexeme NORMs) is done once it is built; running it per doc
        # would only add a generator hop to every segment
        nlp.disable_pipe("qualalliance_lookup")
    return nlp


def _check_segments(segments: pd.DataFrame) -> pd.DataFrame:
    if not isinstance(segments, pd.DataFrame):
        raise InputError(f"segments must be a DataFrame, got {type(segments).__name__}")
    missing = [c for c in REQUIRED_SEGMENT_COLUMNS if c not in segments.columns]
    if missing:
        raise InputError(f"segments table lacks column(s) {', '.join(missing)}; "
                         f"has {', '.join(map(str, segments.columns))}")
    segs = segments.reset_index(drop=True)
    out = pd.DataFrame({"doc_id": segs["doc_id"].astype(str)})
    for col in ("turn", "start_char"):
        values = pd.to_numeric(segs[col], errors="coerce")
        if values.isna().any() or (values != values.round()).any():
            bad = int(np.flatnonzero(values.isna().to_numpy() | (values != values.round()).to_numpy())[0])
            raise InputError(f"segments column {col!r} must hold whole numbers; row {bad + 1} has "
                             f"{segs[col].iloc[bad]!r}")
        out[col] = values.astype("int64")
    out["text"] = segs["text"].fillna("").astype(str)
    if "role" in segs.columns:
        out["role"] = segs["role"].fillna("other").astype(str)
    dup = out.duplicated(["doc_id", "turn"])
    if dup.any():
        row = out[dup].iloc[0]
        raise InputError(f"segments table has more than one row for doc_id {row['doc_id']!r}, turn {row['turn']}; "
                         "(doc_id, turn) must identify a segment")
    return out


def _code_texts(nlp, texts, offset: int, batch_size: int, show_progress: bool = False) -> dict:
    """Run the pipeline over texts; return the theme spans as columns (Docs are dropped)."""
    from .themes import HEDGE_CUE, HEDGED, INFO_KEY, LEXICAL, NEG_CUE, NEGATED, RULE

    rows: dict[str, list] = {f: [] for f in _ROW_FIELDS}
    seg, code, start, end, text = rows["seg"], rows["code"], rows["start"], rows["end"], rows["text"]
    negated, hedged, neg_cue, hedge_cue, rule = (rows["negated"], rows["hedged"], rows["negation_cue"],
                                                 rows["hedge_cue"], rows["rule"])
    polarity = rows["polarity"]
    stream = zip(texts, range(offset, offset + len(texts)))
    if show_progress:
        stream = progress(stream, desc="coding", total=len(texts), unit="seg")
    for doc, i in nlp.pipe(stream, as_tuples=True, batch_size=batch_size):
        if not doc.user_data:  # no theme spans (their records live there): the usual case
            continue
        group = doc.spans.get(SPANS_KEY)
        if not group:
            continue
        user_data = doc.user_data
        source = texts[i - offset]
        for span in group:
            label = span.label_
            info = user_data[(INFO_KEY, span.start, span.end, label)]
            a, b = span.start_char, span.end_char
            seg.append(i)
            code.append(label)
            start.append(a)
            end.append(b)
            text.append(source[a:b])  # == span.text, without rebuilding it from tokens
            rule.append(info[RULE])
            negated.append(info[NEGATED])
            polarity.append(("opposite" if info[LEXICAL] else "denied") if info[NEGATED] else "affirmed")
            hedged.append(info[HEDGED])
            neg_cue.append(info[NEG_CUE])
            hedge_cue.append(info[HEDGE_CUE])
    return rows


_WORKER: dict = {}


def _init_worker(book: Codebook, model: str | None, batch_size: int) -> None:
    _WORKER["nlp"] = make_coding_pipeline(book, model, annotate=False)
    _WORKER["batch_size"] = batch_size


def _work_chunk(texts: list[str], offset: int) -> dict:
    return _code_texts(_WORKER["nlp"], texts, offset, _WORKER["batch_size"])


def _code_parallel(book: Codebook, model, texts: list[str], n_process: int, batch_size: int,
                   chunk_size: int) -> dict:
    rows: dict[str, list] = {f: [] for f in _ROW_FIELDS}
    starts = list(range(0, len(texts), chunk_size))
    results: dict[int, dict] = {}
    # fork on Linux: workers start at once and need no `if __name__ == "__main__"` guard
    # in the caller's script; they only run spaCy and pickle rows back.  Elsewhere spawn.
    method = "fork" if sys.platform.startswith("linux") else "spawn"
    with ProcessPoolExecutor(max_workers=n_process, mp_context=get_context(method),
                             initializer=_init_worker, initargs=(book, model, batch_size)) as pool:
        pending = {}
        queue = iter(starts)
        bar = progress(range(len(starts)), desc="coding chunks", total=len(starts), unit="chunk")
        bar_iter = iter(bar)
        for _ in range(2 * n_process):  # a bounded number of chunks in flight
            s = next(queue, None)
            if s is not None:
                pending[pool.submit(_work_chunk, texts[s:s + chunk_size], s)] = s
        while pending:
            done, _ = wait(pending, return_when=FIRST_COMPLETED)
            for fut in done:
                results[pending.pop(fut)] = fut.result()
                next(bar_iter, None)
                s = next(queue, None)
                if s is not None:
                    pending[pool.submit(_work_chunk, texts[s:s + chunk_size], s)] = s
    for s in starts:  # chunk order == segment order
        for f in _ROW_FIELDS:
            rows[f].extend(results[s][f])
    return rows


def code_segments(segments: pd.DataFrame, codebook: Codebook | str | None = None, model: str | None = None,
                  n_process: int = 1, batch_size: int = 1000, chunk_size: int = 5000, theme_model="default",
                  min_confidence: float | str = DEFAULT_MIN_CONFIDENCE, engine=None) -> CodingResult:
    """Code every segment against the codebook.

    Two stages: the codebook's rules find candidate spans; the second stage
    (:mod:`.second_stage`) scores each in its turn's context and adds turns no rule
    found.  *theme_model* is ``"default"`` (the model shipped in the package), a model
    file path, a :class:`~.model.ThemeModel`, or ``None``/``"none"`` for the rules alone
    (every coding then has confidence 1.0, as in codebook-only coding).  Affirmed codings
    scored below *min_confidence* go to ``candidates``.

    Returns ``codings`` (columns ``CODINGS_COLUMNS``: the ten ``schema.CODING_COLUMNS`` then
    ``hedged, negation_cue, hedge_cue, rule``) and ``matrix`` (``doc_id, turn`` + one 0/1
    column per code with rules; a segment scores 1 for a code when it has at least one
    *non-negated* coding of it).  ``start_char``/``end_char`` are offsets in the document
    text (segment ``start_char`` + offset within the segment), so ``text`` equals the
    document text (and the segment text) at those offsets.  Codes restricted to some
    ``roles`` are dropped from segments of other roles.

    *engine* (:mod:`qualalliance.engine`): a distributed engine codes partitions of whole
    documents on its workers (each builds the pipeline and loads the model once) and the
    rows come back in segment order, so the tables equal the local engine's.
    """
    book = load_codebook(codebook)
    segs = _check_segments(segments)
    if n_process < 1:
        raise InputError(f"n_process must be at least 1, got {n_process}")
    setting = min_confidence_setting(min_confidence)
    scorer = resolve_theme_model(theme_model, book)  # before the rules run: a bad model file fails fast
    texts = segs["text"].tolist()
    style = resolve_min_confidence(setting, scorer, texts)
    min_confidence = style.min_confidence
    if engine is not None and engine.distributed:
        from ..engine.tasks import code_on_engine

        codings, candidates = code_on_engine(engine, segs, book, model, theme_model, batch_size, min_confidence)
    elif n_process == 1 or len(texts) <= chunk_size:
        nlp = make_coding_pipeline(book, model, annotate=False)
        rows = _code_texts(nlp, texts, 0, batch_size, show_progress=True)
        codings, candidates = second_stage(_build_codings(rows, segs, book), segs, scorer, book, min_confidence)
    else:
        rows = _code_parallel(book, model, texts, n_process, batch_size, chunk_size)
        codings, candidates = second_stage(_build_codings(rows, segs, book), segs, scorer, book, min_confidence)
    matrix = _build_matrix(codings, segs, book)
    params = {"codebook": book.path, "codebook_name": book.name, "codebook_version": book.version,
              "model": model or "blank:en", "n_process": n_process, "batch_size": batch_size,
              "theme_model": _theme_model_name(theme_model, scorer), "min_confidence": float(min_confidence)}
    if setting == AUTO and scorer is not None:  # what auto chose, and why (docs/coding.md)
        params.update({"min_confidence_setting": AUTO, "style_check": style.record()})
    if engine is not None:
        from ..engine import engine_record

        params.update(engine_record(engine, "code"))
    return CodingResult(codings=codings.drop(columns="_seg")[CODINGS_COLUMNS], matrix=matrix, coder=book.coder,
                        codebook_sha256=book.sha256, params=params,
                        candidates=candidates.drop(columns="_seg")[CODINGS_COLUMNS].reset_index(drop=True))


def second_stage(codings: pd.DataFrame, segs: pd.DataFrame, scorer, book: Codebook,
                 min_confidence: float) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(codings, candidates) after the second stage (*scorer* None: the rule codings, no candidates)."""
    if scorer is None or not len(segs):
        return codings, codings.iloc[0:0]
    from .second_stage import rescore

    codings, candidates, _ = rescore(codings, segs, scorer, book, min_confidence)
    return codings, candidates


def code_checked(segs: pd.DataFrame, book: Codebook, nlp, scorer, batch_size: int,
                 min_confidence: float) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Rules then second stage on checked segments (``_check_segments``) of whole documents:
    (codings, candidates), both with ``_seg`` = row of *segs*.  What one partition runs."""
    rows = _code_texts(nlp, segs["text"].tolist(), 0, batch_size)
    return second_stage(_build_codings(rows, segs, book), segs, scorer, book, min_confidence)


def min_confidence_setting(value):
    """``"auto"`` or a float in [0, 1]; anything else is an input error (the CLI's option reads it so too)."""
    if isinstance(value, str) and value.strip().lower() == AUTO:
        return AUTO
    try:
        number = float(value)
    except (TypeError, ValueError):
        raise InputError(f"min_confidence: {value!r} is not 'auto' or a number between 0 and 1") from None
    if not 0.0 <= number <= 1.0:
        raise InputError(f"min_confidence: {value} is not between 0 and 1")
    return number


def resolve_min_confidence(setting, model, texts) -> StyleCheck:
    """The threshold to code at: *setting* itself when it is a number; for ``"auto"``,
    :data:`~.style.IN_STYLE_CONFIDENCE` or :data:`~.style.NEW_STYLE_CONFIDENCE` after
    checking the study's *texts* against the model's training talk (:mod:`.style`)."""
    if setting != AUTO:
        return StyleCheck(float("nan"), float("nan"), False, float(setting), "set by the user")
    if model is None:
        return StyleCheck(float("nan"), float("nan"), False, IN_STYLE_CONFIDENCE, "rules only: no second stage")
    if model.metadata.get("adapted_from") is not None:
        return StyleCheck(float("nan"), float("nan"), False, IN_STYLE_CONFIDENCE,
                          "the model was adapted to the study's own coding: the in-style threshold")
    return check_style(model.style_profile, texts, model.scorer.embedding, model.scorer.words_.vocabulary_)


def resolve_theme_model(theme_model, book: Codebook):
    """The :class:`~.model.ThemeModel` to use (checked against *book*), or None for rules only."""
    from .model import ThemeModel, built_for, default_model_path, load_theme_model

    if theme_model is None or theme_model is False or theme_model == "none":
        return None
    if isinstance(theme_model, ThemeModel):
        theme_model.check_codebook(book)
        return theme_model
    path = default_model_path() if theme_model == "default" else theme_model
    if theme_model == "default":  # decided from the file's metadata, before loading the model
        name, version = built_for(path)
        if (name, version) != (book.name, str(book.version)):
            # the shipped model reads the packaged codebook's rule hits; another codebook
            # (a team's own) is coded by its rules alone unless a model is built for it
            log.warning(f"the shipped second stage was built for codebook {name!r} {version}, not "
                        f"{book.name!r} {book.version}: coding with the rules alone "
                        "(build one for this codebook with code --adapt)")
            return None
    loaded = load_theme_model(path)
    loaded.check_codebook(book, path)
    return loaded


def _theme_model_name(theme_model, loaded) -> str:
    if loaded is None:
        return "none"
    if isinstance(theme_model, (str, Path)):
        return str(theme_model)
    return loaded.metadata.get("name", "theme-scorer")


def _build_codings(rows: dict, segs: pd.DataFrame, book: Codebook) -> pd.DataFrame:
    seg_idx = np.asarray(rows["seg"], dtype=np.int64)
    seg_start = segs["start_char"].to_numpy()[seg_idx] if len(seg_idx) else np.zeros(0, dtype=np.int64)
    df = pd.DataFrame({
        "_seg": seg_idx,
        "doc_id": segs["doc_id"].to_numpy()[seg_idx] if len(seg_idx) else np.array([], dtype=object),
        "turn": segs["turn"].to_numpy()[seg_idx] if len(seg_idx) else np.zeros(0, dtype=np.int64),
        "code": pd.Series(rows["code"], dtype=object),
        "start_char": seg_start + np.asarray(rows["start"], dtype=np.int64),
        "end_char": seg_start + np.asarray(rows["end"], dtype=np.int64),
        "text": pd.Series(rows["text"], dtype=object),
        "negated": np.asarray(rows["negated"], dtype=bool),
        "method": "rule",
        "coder": book.coder,
        "confidence": 1.0,
        "polarity": pd.Series(rows["polarity"], dtype=object),
        "hedged": np.asarray(rows["hedged"], dtype=bool),
        "negation_cue": pd.Series(rows["negation_cue"], dtype=object),
        "hedge_cue": pd.Series(rows["hedge_cue"], dtype=object),
        "rule": pd.Series(rows["rule"], dtype=object),
    })
    restricted = {c.id: set(c.roles) for c in book.applicable if set(c.roles) != set(ROLES)}
    if restricted and len(df):
        if "role" in segs.columns:
            roles = segs["role"].to_numpy()[seg_idx]
            keep = np.fromiter((code not in restricted or role in restricted[code]
                                for code, role in zip(df["code"], roles)), dtype=bool, count=len(df))
            df = df[keep]
        else:
            log.warning("segments have no 'role' column, so the role restrictions of codes "
                        f"{', '.join(sorted(restricted))} are not applied")
    df = df.sort_values(["_seg", "start_char", "end_char", "code"], kind="mergesort").reset_index(drop=True)
    for col in ("doc_id", "code", "text", "method", "coder", "polarity", "negation_cue", "hedge_cue", "rule"):
        df[col] = df[col].astype(str)
    return df[["_seg"] + CODINGS_COLUMNS]


def _build_matrix(codings: pd.DataFrame, segs: pd.DataFrame, book: Codebook) -> pd.DataFrame:
    ids = [c.id for c in book.applicable]
    mat = np.zeros((len(segs), len(ids)), dtype=np.uint8)
    affirmed = codings[~codings["negated"]]
    if len(affirmed):
        col_of = {c: j for j, c in enumerate(ids)}
        mat[affirmed["_seg"].to_numpy(), affirmed["code"].map(col_of).to_numpy(dtype=np.int64)] = 1
    matrix = pd.DataFrame(mat, columns=ids)
    matrix.insert(0, "turn", segs["turn"].to_numpy())
    matrix.insert(0, "doc_id", segs["doc_id"].astype(str).to_numpy())
    return matrix


def write_coding(result: CodingResult, out_dir, inputs=(), pending=None) -> list:
    """Write codings (CSV + Parquet), code_matrix (CSV + Parquet) and coding_manifest.json, all
    or none (*pending*: join a larger set, :func:`qualalliance.tables.all_or_nothing`)."""
    from .. import catalog
    from ..manifest import build_manifest
    from ..tables import all_or_nothing, output_folder, write_json

    out = output_folder(out_dir)
    counts = result.counts()
    manifest = build_manifest(
        "code", inputs=inputs, params=result.params,
        outputs={"codings": len(result.codings), "segments": len(result.matrix),
                 "negated": int(result.codings["negated"].sum()), **{k: v for k, v in counts.items() if k != "codings"}},
        extra={"coder": result.coder, "codebook_sha256": result.codebook_sha256})
    with all_or_nothing(pending) as p:
        written = [*catalog.write(result.codings, out, "codings", p), *catalog.write(result.matrix, out, "code_matrix", p),
                   *catalog.write(result.candidates, out, "coding_candidates", p),
                   write_json(out / catalog.file_name("coding_manifest"), manifest, p)]
    return written
