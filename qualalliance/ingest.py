"""Ingest stage: files and folders -> ``segments``, ``documents`` and ``rejects``.

``ingest(paths)`` reads every supported file (see :mod:`qualalliance.readers`),
attaches metadata (from a metadata CSV, the reader, or the file name), maps
speakers to roles, and returns tidy tables.  Every turn read ends up either in
``segments`` or in ``rejects`` with its reason.  Nothing is written here; see
:func:`write_ingest`.
"""

from __future__ import annotations

import os
import re
import stat
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from .errors import InputError
from .log import get_logger
from .progress import progress
from .readers import SUPPORTED, Document, Problems, ReadLimits, read_file
from .readers.roles import assign_roles, parse_role_overrides
from .schema import DOCUMENT_COLUMNS, REJECT_COLUMNS, SEGMENT_COLUMNS, SOURCE_TYPES, coerce_segments
from .tables import all_or_nothing, output_folder, read_table, sha256_file, sha256_text, write_json

log = get_logger(__name__)

STUDY_SUBFOLDERS = {"transcripts": "transcript", "narratives": "narrative", "case_histories": "case_history"}
METADATA_COLUMNS = ("doc_id", "participant_id", "session", "timepoint", "source_type")
SKIP_NAMES = {"metadata.csv", "outcomes.csv", "participants.csv", "study.yaml", "codebook.yaml"}
# Default file-name pattern: P01_preparation.txt -> participant P01, session preparation.
NAME_PATTERN = r"^(?P<participant_id>[A-Za-z]*\d+)[_-](?P<session>[A-Za-z][A-Za-z0-9]*)(?:[_-](?P<timepoint>[A-Za-z0-9]+))?$"
SINGLE_VOICE_SPEAKER = {"narrative": ("narrator", "participant"), "case_history": ("clinician", "other"),
                        "transcript": ("unlabelled", "other")}


@dataclass
class IngestResult:
    segments: pd.DataFrame
    documents: pd.DataFrame
    rejects: pd.DataFrame
    warnings: list[str] = field(default_factory=list)
    inputs: list[str] = field(default_factory=list)

    def summary(self) -> str:
        counts = self.documents["source_type"].value_counts().to_dict() if len(self.documents) else {}
        kinds = ", ".join(f"{v} {k}" for k, v in sorted(counts.items()))
        return (f"{len(self.documents)} documents ({kinds or 'none'}), {len(self.segments)} turns, "
                f"{len(self.rejects)} rejected, {len(self.warnings)} warnings")


def collect_files(paths, skipped: list[tuple[Path, str]] | None = None
                  ) -> tuple[list[tuple[Path, str | None]], Path | None]:
    """Expand files and folders to (file, source_type hint); find a study's metadata.csv.

    A file in a folder that no reader reads (a PDF ...) is appended to *skipped* as
    ``(path, reason)``, and so is a path that is not a regular file: a FIFO, socket or
    device (reading one can block forever) is skipped, not read.  Hidden files, READMEs
    and the study's own tables are not documents and are passed over quietly."""
    skipped = [] if skipped is None else skipped
    files: list[tuple[Path, str | None]] = []
    metadata = None
    for raw in paths:
        forced = None
        if isinstance(raw, tuple):  # (folder or file, source_type): e.g. a study.yaml's text folders
            raw, forced = raw
            if forced not in SOURCE_TYPES:
                raise InputError(f"source type {forced!r} must be one of {', '.join(SOURCE_TYPES)}", raw)
        p = Path(raw)
        if not p.exists():
            raise InputError("no such file or folder", p)
        if p.is_file():
            files.append((p, forced))
            continue
        if not p.is_dir():
            skipped.append((p, _not_regular(p)))
            continue
        if forced is not None:
            files += [(f, forced) for f in _walk(p, skipped)]
            continue
        subs = [p / s for s in STUDY_SUBFOLDERS if (p / s).is_dir()]
        if subs:  # a study folder: read its document folders only
            for sub in subs:
                files += [(f, STUDY_SUBFOLDERS[sub.name]) for f in _walk(sub, skipped)]
            if (p / "metadata.csv").is_file():
                metadata = p / "metadata.csv"
        else:
            found = _walk(p, skipped)
            if not found:
                raise InputError(f"folder has no readable files ({' '.join(SUPPORTED)})", p)
            files += [(f, None) for f in found]
    return files, metadata


def _walk(folder: Path, skipped: list[tuple[Path, str]]) -> list[Path]:
    out = []
    for root, dirs, names in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for n in sorted(names):
            f = Path(root) / n
            if n.startswith(".") or n.lower() in SKIP_NAMES or n.lower().startswith("readme"):
                continue
            if f.suffix.lower() not in SUPPORTED:
                skipped.append((f, f"skipped: no reader for {f.suffix.lower() or 'files without an extension'} "
                                   f"(readable: {' '.join(SUPPORTED)})"))
            elif f.is_file():  # follows symlinks: a link to a regular file is read
                out.append(f)
            else:
                skipped.append((f, _not_regular(f)))
    return out


def _not_regular(p: Path) -> str:
    """Why *p* is skipped (the reason recorded in rejects)."""
    return f"skipped: {_file_kind(p)}, not a regular file (reading it could block forever)"


def _file_kind(p: Path) -> str:
    try:
        mode = p.stat().st_mode
    except OSError as exc:  # a dangling symlink
        return f"unreadable ({exc.strerror or type(exc).__name__})"
    return ("a FIFO (named pipe)" if stat.S_ISFIFO(mode) else "a socket" if stat.S_ISSOCK(mode)
            else "a device" if stat.S_ISCHR(mode) or stat.S_ISBLK(mode) else "not a regular file")


def load_metadata(path: Path | None, problems: Problems) -> tuple[dict[str, dict], dict[str, int]]:
    """Metadata CSV -> {doc_id: {column: value}}, plus each doc_id's line number."""
    if path is None:
        return {}, {}
    if Path(path).exists() and not Path(path).is_file():
        raise InputError(f"metadata table is {_file_kind(Path(path))}, not a regular file", path)
    df = read_table(path)
    if "doc_id" not in df.columns:
        raise InputError(f"metadata table needs a doc_id column; has {', '.join(map(str, df.columns))}", path)
    _check_metadata_columns([str(c) for c in df.columns], path, problems)
    df = df.astype(object).where(df.notna(), "").astype(str)
    meta, lines = {}, {}
    for i, row in enumerate(df.to_dict("records")):
        line = i + 2
        doc_id = row["doc_id"].strip()
        if not doc_id:
            raise InputError("empty doc_id", path, line)
        if doc_id in meta:
            raise InputError(f"duplicate doc_id {doc_id!r} (first on line {lines[doc_id]})", path, line)
        st = row.get("source_type", "").strip()
        if st and st not in SOURCE_TYPES:
            raise InputError(f"source_type {st!r} must be one of {', '.join(SOURCE_TYPES)}", path, line)
        meta[doc_id] = {k: v.strip() for k, v in row.items() if k != "doc_id"}
        lines[doc_id] = line
    return meta, lines


def _check_metadata_columns(columns: list[str], path: Path, problems: Problems) -> None:
    """Warn (error with --strict) when participant_id is missing or a column looks like a
    misspelt known one; other extra columns pass through to segments, as documented."""
    from .stage_params import did_you_mean

    if "participant_id" not in columns:
        problems.warn("metadata table has no participant_id column (name the column that holds participants "
                      "participant_id): each document's participant comes from its file name or, failing "
                      "that, is its doc_id", path)
    for c in columns:
        if c in METADATA_COLUMNS:
            continue
        hint = did_you_mean(c.strip().lower(), METADATA_COLUMNS)
        if hint.startswith("(did you mean"):  # "Session", "participant", "time_point"
            problems.warn(f"metadata column {c!r} is not one qualalliance reads {hint}; it passes through "
                          "as it is", path, 1)


def ingest(paths, metadata=None, strict: bool = False, roles=None, name_pattern: str | None = NAME_PATTERN,
           speaker_col: str | None = None, text_col: str | None = None,
           doc_col: str | None = None, limits: ReadLimits | None = None, engine=None) -> IngestResult:
    """Read transcripts, narratives and case histories into tidy tables.

    *paths*: files and/or folders (a study folder with ``transcripts/`` etc. is
    recognised); an item may be a ``(path, source_type)`` tuple to set the type of
    every document under it.  *metadata*: CSV with ``doc_id`` and any of ``participant_id,
    session, timepoint, source_type`` (+ pass-through columns).  *roles*:
    ``{"name": "therapist"}`` or ``["NAME=ROLE"]`` overrides.  *strict*: warnings
    become errors.  *doc_col*: the column that splits an utterance table into documents
    (``<file>-<value>``), e.g. ``session``.  *limits*: what one .docx/.xlsx may unpack and
    a table's cells (:class:`~qualalliance.readers.ReadLimits`; defaults in docs/ingest.md).
    A path that is not a regular file (a FIFO ...), or a file in a folder that no reader
    reads, is skipped: a warning and a rejects row.  *engine* (:mod:`qualalliance.engine`):
    a distributed engine reads partitions of files on its workers (which must see the same
    paths); the tables are the local engine's.
    """
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    problems = Problems(strict)
    overrides = parse_role_overrides(roles)
    skipped: list[tuple[Path, str]] = []
    files, study_meta = collect_files(paths, skipped)
    for f, reason in skipped:
        problems.warn(reason, f)
    meta_path = Path(metadata) if metadata else study_meta
    meta, meta_lines = load_metadata(meta_path, problems)
    plan = ReadPlan(meta, meta_path, name_pattern, overrides, strict, speaker_col, text_col, doc_col, limits)
    rej_rows = [{"doc_id": "", "path": str(f), "line": None, "speaker": "", "text": "", "reason": reason}
                for f, reason in skipped]
    if engine is not None and engine.distributed:
        from .engine.tasks import read_on_engine

        seen, seg_rows, doc_rows, doc_rejects, warnings = read_on_engine(engine, files, plan)
        problems.warnings += warnings
        _warn_missing(meta_lines, seen, meta_path, problems)
    else:
        docs, seen = _read_documents(files, plan, problems, show_progress=True)
        _warn_missing(meta_lines, seen, meta_path, problems)
        seg_rows, doc_rows, doc_rejects = _document_rows(docs, plan, problems)
    rej_rows += doc_rejects

    segments = _segments_frame(seg_rows)
    documents = pd.DataFrame(doc_rows, columns=DOCUMENT_COLUMNS)
    rejects = pd.DataFrame(rej_rows, columns=REJECT_COLUMNS)
    if len(rejects):
        rejects["line"] = rejects["line"].astype("Int64")
    inputs = [str(f) for f, _ in files] + ([str(meta_path)] if meta_path else [])
    return IngestResult(segments, documents, rejects, problems.warnings, inputs)


@dataclass(frozen=True)
class ReadPlan:
    """What reading a file and turning its documents into rows needs besides the file: the
    same for every file, so a worker reading a partition of files gets it once."""

    meta: dict
    meta_path: Path | None
    name_pattern: str | None
    overrides: dict
    strict: bool
    speaker_col: str | None
    text_col: str | None
    doc_col: str | None
    limits: ReadLimits | None


def _read_documents(files, plan: ReadPlan, problems: Problems, show_progress: bool = False
                    ) -> tuple[list[tuple[Document, str | None]], dict[str, str]]:
    """Read *files*: their documents with the source-type hint, and doc_id -> file (duplicates are errors)."""
    docs: list[tuple[Document, str | None]] = []
    seen: dict[str, str] = {}
    stream = progress(files, desc="reading", total=len(files), unit="file") if show_progress else files
    for f, hint in stream:
        declared = plan.meta.get(f.stem, {}).get("source_type") or hint
        single = declared in ("narrative", "case_history")
        for doc in read_file(f, problems, single_voice=single, roles=plan.overrides, speaker_col=plan.speaker_col,
                             text_col=plan.text_col, doc_col=plan.doc_col, limits=plan.limits):
            if doc.doc_id in seen:
                raise InputError(f"duplicate document id {doc.doc_id!r} (also from {seen[doc.doc_id]})", f)
            seen[doc.doc_id] = str(f)
            docs.append((doc, hint))
    return docs, seen


def _document_rows(docs, plan: ReadPlan, problems: Problems) -> tuple[list[dict], list[dict], list[dict]]:
    """Segment, document and reject rows of read documents, in document order."""
    pattern = re.compile(plan.name_pattern) if plan.name_pattern else None
    seg_rows, doc_rows, rej_rows = [], [], []
    unmatched: dict[str, list[str]] = {}  # file -> its documents without metadata: one warning a file, not one each
    for doc, hint in docs:
        info, described = _document_metadata(doc, hint, plan.meta, pattern)
        if not described:
            unmatched.setdefault(doc.path, []).append(doc.doc_id)
        source_type = info.pop("source_type")
        _assign_speakers(doc, source_type, plan.overrides, problems)
        for r in doc.rejects:
            rej_rows.append({"doc_id": doc.doc_id, "path": r.path, "line": r.line, "speaker": r.speaker,
                             "text": r.text, "reason": r.reason})
        for n, t in enumerate(doc.turns):
            row = {"doc_id": doc.doc_id, **info, "source_type": source_type, "turn": n,
                   "speaker": t.speaker, "role": t.extra.pop("_role"), "text": doc.text[t.start_char:t.end_char],
                   "start_char": t.start_char, "end_char": t.end_char, "start_s": t.start_s, "end_s": t.end_s}
            for k, v in t.extra.items():
                row.setdefault(k, v)
            seg_rows.append(row)
        doc_rows.append({"doc_id": doc.doc_id, "path": doc.path, "source_type": source_type,
                         "n_turns": len(doc.turns), "sha256": sha256_text(doc.text), "text": doc.text})
    for path, doc_ids in unmatched.items():
        _warn_unmatched(doc_ids, path, plan.meta_path, problems)
    return seg_rows, doc_rows, rej_rows


def _warn_unmatched(doc_ids: list[str], path, meta_path, problems: Problems) -> None:
    """One warning for a file's documents that no metadata row or file-name pattern describes (a table of 106
    sessions gave 106 lines that said the same)."""
    where = f"in {meta_path}" if meta_path else "(no metadata table given)"
    if len(doc_ids) == 1:
        problems.warn(f"no metadata for document {doc_ids[0]!r} {where}; participant_id set to the doc_id", path)
        return
    shown = ", ".join(repr(d) for d in doc_ids[:3]) + (f" and {len(doc_ids) - 3} more" if len(doc_ids) > 3 else "")
    problems.warn(f"no metadata for {len(doc_ids)} documents ({shown}) {where}; participant_id set to each "
                  f"document's doc_id", path)


def read_partition(files, plan: ReadPlan) -> tuple[dict[str, str], list[dict], list[dict], list[dict], list[str]]:
    """One partition of files, read on a worker: (doc_id -> file, segment rows, document rows,
    reject rows, warnings).  With ``strict`` a warning is raised here, as locally."""
    problems = Problems(plan.strict)
    docs, seen = _read_documents(files, plan, problems)
    return (seen, *_document_rows(docs, plan, problems), problems.warnings)


def _warn_missing(meta_lines: dict[str, int], seen: dict[str, str], meta_path, problems: Problems) -> None:
    for doc_id, line in meta_lines.items():
        if doc_id not in seen:
            problems.warn(f"metadata row for missing document {doc_id!r}", meta_path, line)


def _document_metadata(doc: Document, hint, meta, pattern) -> tuple[dict, bool]:
    """The document's metadata (its row, else what the file-name pattern gives, else its reader's), and whether
    any of them describes it."""
    info = {"participant_id": "", "session": "", "timepoint": ""}
    described = True
    info.update({k: str(v) for k, v in doc.meta.items()})
    row = meta.get(doc.doc_id)
    if row is not None:
        info.update({k: v for k, v in row.items() if v != "" or k not in info})
    else:
        m = pattern.match(doc.doc_id) if pattern else None
        if m:
            info.update({k: v for k, v in m.groupdict().items() if v})
        elif not doc.meta:
            described = False
    if not info.get("participant_id"):
        info["participant_id"] = doc.doc_id
    declared = info.pop("source_type", "") or hint or doc.source_type
    info["source_type"] = declared or "narrative"
    return info, described


def _assign_speakers(doc: Document, source_type: str, overrides, problems: Problems) -> None:
    if doc.source_type != "transcript":  # single-voice text: one author
        speaker, role = SINGLE_VOICE_SPEAKER.get(source_type, ("author", "other"))
        for t in doc.turns:
            t.speaker = speaker
            t.extra["_role"] = role
        return
    roles = assign_roles([t.speaker for t in doc.turns], overrides)
    for t in doc.turns:
        t.extra["_role"] = roles[t.speaker]
    present = set(roles.values())
    if source_type == "transcript" and not {"therapist", "participant"} <= present:
        names = ", ".join(f"{s}={r}" for s, r in roles.items()) or "none"
        problems.warn(f"transcript lacks a therapist or participant speaker (speakers: {names}); "
                      "map them with --role NAME=ROLE", doc.path)


def _segments_frame(rows: list[dict]) -> pd.DataFrame:
    if not rows:
        return coerce_segments(pd.DataFrame(columns=SEGMENT_COLUMNS + ["start_s", "end_s"]))
    df = pd.DataFrame(rows)
    extra = [c for c in df.columns if c not in SEGMENT_COLUMNS + ["start_s", "end_s"]]
    if df["start_s"].isna().all() and df["end_s"].isna().all():
        df = df.drop(columns=["start_s", "end_s"])
    cols = SEGMENT_COLUMNS + [c for c in ("start_s", "end_s") if c in df.columns] + extra
    df = df[cols]
    for c in extra:
        df[c] = df[c].astype(object).where(df[c].notna(), "").astype(str)
    return coerce_segments(df)


def write_ingest(result: IngestResult, out_dir, params: dict | None = None) -> list[Path]:
    """Write segments (CSV + Parquet), documents (Parquet), rejects (CSV) and a manifest."""
    from .manifest import build_manifest

    from . import catalog

    out = output_folder(out_dir)
    manifest = build_manifest("ingest", inputs=result.inputs, params=params or {},
                              outputs={"documents": len(result.documents), "segments": len(result.segments),
                                       "rejects": len(result.rejects), "warnings": len(result.warnings)})
    with all_or_nothing() as pending:  # tables never without their rejects and manifest
        written = [*catalog.write(result.segments, out, "segments", pending),
                   *catalog.write(result.documents, out, "documents", pending),
                   *catalog.write(result.rejects, out, "rejects", pending),
                   write_json(out / catalog.file_name("ingest_manifest"), manifest, pending)]
    return written


def load_segments(path, **ingest_kwargs) -> pd.DataFrame:
    """Segments from a table, an output folder holding segments.parquet, or raw sources."""
    if isinstance(path, (list, tuple)):
        if len(path) == 1:
            path = path[0]
        else:
            return ingest(path, **ingest_kwargs).segments
    from . import catalog

    p = Path(path)
    if p.is_dir():
        cand = catalog.find_in(p, "segments")
        if cand is not None:
            return _checked(read_table(cand), cand)
        return ingest([p], **ingest_kwargs).segments
    if p.is_file() and (p.suffix.lower() == ".parquet" or _has_segment_header(p)):
        return _checked(read_table(p), p)
    return ingest([p], **ingest_kwargs).segments


def _has_segment_header(p: Path) -> bool:
    """A CSV/TSV whose header has every segments column is a segments table, not raw input."""
    if p.suffix.lower() not in (".csv", ".tsv"):
        return False
    with open(p, encoding="utf-8-sig", errors="replace") as fh:
        header = fh.readline()
    cols = {c.strip().strip('"') for c in header.replace("\t", ",").split(",")}
    return set(SEGMENT_COLUMNS) <= cols


def load_documents(path) -> pd.DataFrame | None:
    """The documents table next to a segments table, when there is one."""
    from . import catalog

    p = Path(path)
    cand = catalog.find_in(p, "documents") or catalog.find_in(p.parent, "documents")
    return None if cand is None else read_table(cand)


def _checked(df: pd.DataFrame, path) -> pd.DataFrame:
    from .schema import require_columns

    require_columns(df, SEGMENT_COLUMNS, "segments", path)
    return coerce_segments(df)
