"""Reading REFI-QDA projects: a ``.qdpx`` (or a bare ``.qde``) -> documents, segments, codings.

``read_qdpx(path)`` reads a project exported by NVivo, ATLAS.ti, MAXQDA, QualCoder
(or qualalliance) without extracting anything (:mod:`.safe_zip`, :mod:`.safe_xml`):

- each text source (:mod:`.sources` finds its text in every form vendors write:
  ``internal://``, bare names, absolute paths, rich-text-only ``.docx``, inline, a
  PDF's text ``Representation``) becomes a document whose text is the source's plain
  text with LF line ends; the ingest text parser recovers its speaker turns as
  segments; document variables and named ``Case`` membership (:mod:`.cases`) give
  ``participant_id``, ``session``, ``timepoint``, ``source_type``;
- each ``PlainTextSelection``'s ``Coding`` becomes a coding row: positions mapped to
  document offsets (:mod:`.positions`), ``coder`` = the name of the user who made the
  coding (``Coding/@creatingUser``, else the selection's), ``method`` = ``human``
  (``rule``/``model`` only for users a qualalliance export marked as machine coders),
  ``turn`` = the segment the selection overlaps most;
- every coding keeps its code: the study codebook's id when the code maps onto it
  (a mapping file, qualalliance's GUIDs, or by name), else the project's own code,
  whose id comes from its name (:mod:`.code_map`); the project's whole code tree is
  ``project_codebook``;
- named cases and their variables become participant metadata (``participants``).

A bare ``.qde`` (an XML project file without its archive) brings the codebook,
users, cases and variables; every source and coding that cannot be placed is a row
of the report, and the import carries a warning.  Whatever is not imported is a row
of the report (``import_report.csv``), with the number of codings it held.
"""

from __future__ import annotations

import hashlib
import math
import re
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from ..codebook import Codebook, load_codebook
from ..errors import InputError, QualallianceError
from ..ingest import NAME_PATTERN, SINGLE_VOICE_SPEAKER
from ..reviewed import turn_of
from ..readers.roles import assign_roles, parse_role_overrides
from ..readers.text import parse_single_voice, parse_transcript_text
from ..schema import CODING_COLUMNS, ROLES, SEGMENT_COLUMNS, SOURCE_TYPES, coerce_segments
from .cases import read_cases
from .code_map import CodeId, assign_ids, read_mapping
from .export import MACHINE_USER_PREFIX, ROLES_VARIABLE
from .positions import STANDARD, Convention, PositionMap, choose_convention, name_evidence
from .qdc import QdaCode, codebook_from_codes, codebook_yaml, norm_guid, norm_name, project_member, walk_codes
from .safe_xml import PROJECT_NS, child, children, local, parse_xml
from .safe_zip import SafeZip, UnsafeInput, ZipLimits
from .sources import Source, SourceReader, count_codings

REPORT_COLUMNS = ["kind", "item", "name", "count", "detail"]
USER_COLUMNS = ["guid", "name", "id", "coder", "method", "n_codings"]
DOCUMENT_COLUMNS = ["doc_id", "path", "source_type", "n_turns", "sha256", "text"]
_CONFIDENCE = re.compile(r"confidence (-?[0-9.]+(?:e-?[0-9]+)?|nan)")
_DOC_EXT = re.compile(r"\.(txt|docx?|rtf|pdf|odt)$", re.IGNORECASE)
VARIABLE_ALIASES = {"participant_id": {"participant id", "participant", "participantid"},
                    "session": {"session"}, "timepoint": {"timepoint", "time point", "time"},
                    "source_type": {"source type"}}


@dataclass
class QdpxImport:
    segments: pd.DataFrame
    documents: pd.DataFrame
    codings: pd.DataFrame
    report: pd.DataFrame
    users: pd.DataFrame
    project_codebook: Codebook | None
    convention: Convention
    origin: str = ""
    name: str = ""
    params: dict = field(default_factory=dict)
    participants: pd.DataFrame = field(default_factory=lambda: pd.DataFrame(columns=["participant_id"]))
    text_codings: int = 0  # codings of text selections in the project (placed or not)
    warnings: list[str] = field(default_factory=list)

    def summary(self) -> str:
        coders = ", ".join(sorted(self.codings["coder"].unique())) if len(self.codings) else "none"
        kinds = self.report["kind"] if len(self.report) else pd.Series(dtype=str)
        mapped, own = int((kinds == "mapped_code").sum()), int((kinds == "unmapped_code").sum())
        return (f"imported {len(self.documents)} documents, {len(self.segments)} turns, {len(self.codings)} of "
                f"{self.text_codings} text codings (coders: {coders}) from {self.origin or 'unknown program'}; "
                f"{mapped + own} codes ({mapped} mapped to the codebook, {own} kept as project codes); "
                f"{len(self.participants)} participant(s) from cases; positions: {self.convention}")


def _roles_variable(value: str) -> dict[str, str]:
    """``speaker_roles`` as our export writes it ("Guide=therapist; Zoë=participant"); odd parts are ignored."""
    out = {}
    for part in (value or "").split(";"):
        name, _, role = part.strip().rpartition("=")
        if name.strip() and role.strip() in ROLES:
            out[name.strip().lower()] = role.strip()
    return out


def _segments_for(doc_id: str, text: str, path: str, meta: dict, overrides: dict) -> tuple[list[dict], str]:
    declared = meta.get("source_type") if meta.get("source_type") in SOURCE_TYPES else None
    single = declared in ("narrative", "case_history")
    roles = {**_roles_variable(meta.get(ROLES_VARIABLE, "")), **overrides}
    doc = parse_single_voice(text, doc_id, path) if single else parse_transcript_text(text, doc_id, path, roles)
    source_type = declared or doc.source_type or "narrative"
    if doc.source_type != "transcript":
        speaker, role = SINGLE_VOICE_SPEAKER.get(source_type, ("author", "other"))
        pairs = [(speaker, role)] * len(doc.turns)
    else:
        mapping = assign_roles([t.speaker for t in doc.turns], roles)
        pairs = [(t.speaker, mapping[t.speaker]) for t in doc.turns]
    rows = [{"doc_id": doc_id, "turn": n, "speaker": sp, "role": ro, "text": text[t.start_char:t.end_char],
             "start_char": t.start_char, "end_char": t.end_char}
            for n, (t, (sp, ro)) in enumerate(zip(doc.turns, pairs))]
    return rows, source_type


def _choose(positions, origin: str, sources: list[Source]) -> tuple[Convention, str]:
    fallback = Convention("one", "codepoint") if "atlas" in origin.lower() else STANDARD
    if isinstance(positions, Convention):
        return positions, "given"
    if positions != "auto":
        raise ValueError(f"positions must be 'auto' or a Convention, not {positions!r}")
    conv, hits, total = choose_convention([(s.raw, [(x.start, x.end, x.name) for x in s.selections])
                                           for s in sources], fallback)
    if total:
        return conv, f"auto: {hits} of {total} selection names match the text"
    return conv, "auto: no evidence; " + ("ATLAS.ti counts CRLF as one" if conv != STANDARD else "the standard")


class _Importer:
    """The state of one import: code ids, users, report rows and the output rows."""

    def __init__(self, qcodes: list[QdaCode], ids: dict[str, CodeId], users: dict, overrides: dict, report: list):
        self.qcodes, self.ids, self.users = qcodes, ids, users
        self.overrides, self.report = overrides, report
        self.code_by_guid = {q.guid: q for q in qcodes}
        self.code_counts: dict[str, int] = {}
        self.user_counts: dict[str, int] = {}
        self.used_ids: dict[str, int] = {}
        self.segments: list[dict] = []
        self.documents: list[dict] = []
        self.codings: list[dict] = []

    def doc_id(self, src: Source) -> str:
        base = _DOC_EXT.sub("", src.name).strip() or src.guid
        n = self.used_ids[base] = self.used_ids.get(base, 0) + 1
        doc_id = base if n == 1 else f"{base}-{n}"
        if n > 1:
            self.report.append(("duplicate_doc_id", src.guid, src.name, 1, f"renamed to {doc_id!r}"))
        return doc_id

    def add_source(self, src: Source, variables: dict, case_name: str | None, conv: Convention, path: Path):
        doc_id = self.doc_id(src)
        pm = PositionMap(src.raw, conv)
        text = pm.text
        meta, extra = _metadata(doc_id, variables, case_name)
        rows, source_type = _segments_for(doc_id, text, f"{path}!{src.member}", meta, self.overrides)
        for r in rows:
            r.update({"participant_id": meta["participant_id"], "session": meta.get("session", ""),
                      "timepoint": meta.get("timepoint", ""), "source_type": source_type, **extra})
        self.segments += rows
        self.documents.append({"doc_id": doc_id, "path": f"{path}!{src.member}", "source_type": source_type,
                               "n_turns": len(rows), "sha256": hashlib.sha256(text.encode("utf-8")).hexdigest(),
                               "text": text})
        if src.how == "docx":
            self._check_extracted(src, pm)
        starts, ends = [r["start_char"] for r in rows], [r["end_char"] for r in rows]
        bare = 0
        for sel in src.selections:
            if not sel.codings:
                bare += 1
                continue
            if not 0 <= sel.start <= sel.end <= pm.length:
                self.report.append(("selection_out_of_range", src.guid, src.name, len(sel.codings),
                                    f"{sel.start}-{sel.end} outside the text (length {pm.length} in {conv})"))
                continue
            a, b = pm.to_offsets(sel.start, sel.end)
            if a == b:
                self.report.append(("selection_empty", src.guid, src.name, len(sel.codings), f"{sel.start}-{sel.end}"))
                continue
            turn = turn_of(starts, ends, a, b)
            for code_g, user_g in sel.codings:
                self.add_coding(doc_id, turn, text, a, b, code_g, user_g, sel.description)
        if bare:
            self.report.append(("selection_without_coding", src.guid, src.name, bare,
                                "selections with no Coding (memos or annotations) are not codings"))

    def _check_extracted(self, src: Source, pm: PositionMap) -> None:
        """How many selection names agree with text extracted from a .docx (its positions are the program's)."""
        votes = [name_evidence(pm.text, *pm.to_offsets(s.start, s.end), s.name) for s in src.selections
                 if s.codings and 0 <= s.start <= s.end <= pm.length]
        evidence = [v for v in votes if v is not None]
        if evidence:
            self.report.append(("source_text", src.guid, src.name, sum(evidence),
                                f"{sum(evidence)} of {len(evidence)} selection names match the text extracted "
                                "from the .docx (check the rest by hand)"))

    def add_coding(self, doc_id, turn, text, a, b, code_g, user_g, description):
        self.code_counts[code_g] = self.code_counts.get(code_g, 0) + 1
        cid = self.ids.get(code_g)
        if cid is None:  # a CodeRef to no code of the CodeBook: reported by report_codes
            return
        name, uid = self.users.get(user_g, (user_g or "unknown", ""))
        method = _method(uid)
        self.codings.append({"doc_id": doc_id, "turn": turn, "code": cid.id, "start_char": a, "end_char": b,
                             "text": text[a:b], "negated": cid.negated, "method": method, "coder": name,
                             "confidence": _confidence(method, description)})
        self.user_counts[user_g] = self.user_counts.get(user_g, 0) + 1

    def report_codes(self) -> None:
        for q in self.qcodes:
            n = self.code_counts.get(q.guid, 0)
            cid = self.ids[q.guid]
            if cid.mapped:
                self.report.append(("mapped_code", q.guid, q.path, n,
                                    f"-> {cid.id}{' (negated)' if cid.negated else ''} (by {cid.how})"))
            else:
                self.report.append(("unmapped_code", q.guid, q.path, n,
                                    f"not in the study codebook: kept as project code {cid.id!r}"))
        dangling = sum(c for g, c in self.code_counts.items() if g not in self.code_by_guid)
        if dangling:
            self.report.append(("unknown_code_ref", "", "", dangling,
                                "CodeRefs to GUIDs that are not in the CodeBook: not imported"))

    def user_table(self) -> pd.DataFrame:
        rows = [{"guid": g, "name": n, "id": i, "coder": n, "method": _method(i),
                 "n_codings": self.user_counts.get(g, 0)} for g, (n, i) in self.users.items()]
        return pd.DataFrame(rows, columns=USER_COLUMNS)


def _metadata(doc_id: str, variables: dict, case_name: str | None) -> tuple[dict, dict]:
    """participant_id/session/timepoint/source_type (+ speaker roles) and the other variables of a source."""
    meta: dict[str, str] = {}
    extra: dict[str, str] = {}
    for k, v in variables.items():
        canon = next((c for c, al in VARIABLE_ALIASES.items() if norm_name(k) in al), None)
        if canon:
            if v:
                meta[canon] = v
        elif k == ROLES_VARIABLE:
            meta[k] = v
        else:
            extra[k] = v
    if not meta.get("participant_id"):
        m = None if case_name else re.match(NAME_PATTERN, doc_id)
        meta["participant_id"] = case_name or (m.group("participant_id") if m else doc_id)
        if m and not meta.get("session"):
            meta["session"] = m.group("session") or ""
            meta.setdefault("timepoint", m.group("timepoint") or "")
    return meta, extra


def _method(user_id: str) -> str:
    """``rule``/``model`` for users a qualalliance export marked as machine coders, else ``human``."""
    if user_id.startswith(MACHINE_USER_PREFIX) and user_id[len(MACHINE_USER_PREFIX):] in ("rule", "model"):
        return user_id[len(MACHINE_USER_PREFIX):]
    return "human"


def _open_project(path: Path, limits: ZipLimits | None):
    """``(root element, where, SafeZip or None)``: a QDPX archive, or a bare ``.qde`` XML file."""
    if not path.is_file():
        raise InputError("no such file", path)
    with open(path, "rb") as fh:
        head = fh.read(64)
    if head.startswith(b"PK"):
        z = SafeZip(path, limits)
        member = project_member(z)
        where = f"{path}!{member}"
        return parse_xml(z.read(member), where), where, z
    if not head.lstrip(b"\xef\xbb\xbf\xff\xfe \t\r\n").startswith(b"<"):
        raise InputError("not a QDPX file: neither a ZIP archive nor a REFI-QDA project file (.qde)", path)
    cap = (limits or ZipLimits()).max_member_bytes
    size = path.stat().st_size
    if size > cap:
        raise UnsafeInput(f"refused: project file is {size} bytes (limit {cap})", path)
    return parse_xml(path.read_bytes(), str(path), max_bytes=cap), str(path), None


def read_qdpx(path, codebook=None, *, positions: str | Convention = "auto", roles=None,
              limits: ZipLimits | None = None, map_codes=None, map_by_name: bool = True) -> QdpxImport:
    """Read a ``.qdpx`` project (or a bare ``.qde``) into documents, segments and codings (nothing is written).

    *codebook*: the study codebook codes may map onto (default: the packaged one).
    *map_codes*: a mapping CSV (``project_code``, ``code``; :mod:`.code_map`);
    *map_by_name*: also map codes whose names match the codebook's.  Codes that do
    not map keep their codings as project codes.  *positions*: ``"auto"`` or a
    :class:`.positions.Convention`.  *roles*: speaker role overrides as for ingest.
    *limits*: :class:`.safe_zip.ZipLimits`.
    """
    path = Path(path)
    book = load_codebook(codebook)
    mapping = read_mapping(map_codes) if map_codes is not None else []
    overrides = parse_role_overrides(roles)
    report: list[tuple] = []
    root, where, z = _open_project(path, limits)
    try:
        ns = root.tag[1:].split("}")[0] if root.tag.startswith("{") else ""
        if local(root.tag) != "Project" or ns not in ("", PROJECT_NS):
            raise InputError(f"not a REFI-QDA project: root element is {root.tag!r} "
                             f"(expected Project in {PROJECT_NS})", where)
        variables = {norm_guid(v.get("guid")): v.get("name") or ""
                     for v in _grandchildren(root, "Variables", "Variable")}
        sources = SourceReader(z, where, variables, report).read_all(root)
    finally:
        if z is not None:
            z.close()
    origin = root.get("origin") or ""
    users = {norm_guid(u.get("guid")): (u.get("name") or u.get("id") or norm_guid(u.get("guid")), u.get("id") or "")
             for u in _grandchildren(root, "Users", "User")}
    cb_el = child(root, "CodeBook")
    codes_el = child(cb_el, "Codes") if cb_el is not None else None
    qcodes = walk_codes(codes_el, where) if codes_el is not None else []
    cases = read_cases(root, variables, report)
    for kind in ("Notes", "Sets", "Graphs", "Links"):
        el = child(root, kind)
        if el is not None and len(el):
            report.append(("not_imported", kind, "", len(el), f"{kind} are not imported"))
    conv, detail = _choose(positions, origin, sources)
    report.insert(0, ("position_convention", "", str(conv), 0, detail))

    ids = assign_ids(qcodes, book, mapping, map_codes, by_name=map_by_name, report=report)
    imp = _Importer(qcodes, ids, users, overrides, report)
    for src in sources:
        imp.add_source(src, cases.source_vars.get(src.guid, {}) | src.variables, cases.case_of.get(src.guid), conv,
                       path)
    imp.report_codes()
    sources_el = child(root, "Sources")
    text_codings = sum(count_codings(s) for s in sources_el.iter() if local(s.tag) == "PlainTextSelection") \
        if sources_el is not None else 0
    report.append(("codings_imported", "", "", len(imp.codings),
                   f"{len(imp.codings)} of {text_codings} codings of text selections imported"
                   + (f" ({len(imp.codings) / text_codings:.1%})" if text_codings else "")
                   + "; the rows above say why any were not"))
    project_book = _project_codebook(qcodes, ids, root, path, origin, book, report)
    warnings = []
    if z is None:
        unplaced = sum(r[3] for r in report if r[0] == "source_missing")
        warnings.append(f"{path} is a bare project file (.qde) without its sources: the codebook, users, cases and "
                        f"variables were imported; {sum(r[0] == 'source_missing' for r in report)} source(s) and "
                        f"{unplaced} coding(s) could not be placed (listed in import_report.csv)")
    documents = pd.DataFrame(imp.documents, columns=DOCUMENT_COLUMNS)
    return QdpxImport(
        _frame_segments(imp.segments), documents.sort_values("doc_id", kind="mergesort").reset_index(drop=True),
        _frame_codings(imp.codings), pd.DataFrame(report, columns=REPORT_COLUMNS), imp.user_table(), project_book,
        conv, origin, root.get("name") or "",
        {"codebook": book.path, "map_codes": None if map_codes is None else str(map_codes),
         "map_by_name": map_by_name, "positions": str(positions), "roles": list(roles or [])},
        cases.participants, text_codings, warnings)


def _project_codebook(qcodes, ids: dict[str, CodeId], root, path: Path, origin: str, book: Codebook,
                      report: list) -> Codebook | None:
    """The project's code tree as a codebook whose ids are the ones the codings carry."""
    if not qcodes:
        return None
    try:
        return codebook_from_codes(qcodes, root.get("name") or path.stem, "1.0.0",
                                   source=f"{origin or 'a REFI-QDA project'} ({path.name})", base=book,
                                   known={g: (c.id, c.negated) for g, c in ids.items()})
    except QualallianceError as exc:  # odd names: the import itself still stands
        report.append(("project_codebook", "", "", 0, f"not written: {exc.one_line()}"))
        return None


def _grandchildren(root, outer: str, inner: str) -> list:
    el = child(root, outer)
    return children(el, inner) if el is not None else []


def _confidence(method: str, description: str) -> float:
    if method == "human":
        return 1.0
    m = _CONFIDENCE.search(description or "")
    return float(m.group(1)) if m else math.nan


def _frame_segments(rows: list[dict]) -> pd.DataFrame:
    if not rows:
        return coerce_segments(pd.DataFrame(columns=SEGMENT_COLUMNS))
    df = pd.DataFrame(rows)
    extra = sorted(c for c in df.columns if c not in SEGMENT_COLUMNS)
    df = df[SEGMENT_COLUMNS + extra]
    for c in extra:
        df[c] = df[c].astype(object).where(df[c].notna(), "").astype(str)
    df = df.sort_values(["doc_id", "turn"], kind="mergesort").reset_index(drop=True)
    return coerce_segments(df)


def _frame_codings(rows: list[dict]) -> pd.DataFrame:
    df = pd.DataFrame(rows, columns=CODING_COLUMNS)
    df = df.astype({"doc_id": "str", "turn": "int64", "code": "str", "start_char": "int64", "end_char": "int64",
                    "text": "str", "negated": "bool", "method": "str", "coder": "str", "confidence": "float64"})
    return df.sort_values(["doc_id", "start_char", "end_char", "code", "negated", "coder"],
                          kind="mergesort").reset_index(drop=True)




# ----------------------------------------------------------------------------- writing

def write_import(result: QdpxImport, out_dir, source=None, pending=None) -> list[Path]:
    """Write an import's tables into *out_dir* (and nowhere else), all or none (*pending*: join a
    larger set, :func:`qualalliance.tables.all_or_nothing`).  A previous import's per-coder tables
    and code tree that this import does not have go with the commit."""
    from .. import catalog
    from ..manifest import build_manifest
    from ..tables import all_or_nothing, output_folder, write_csv, write_json, write_table, write_text

    out = output_folder(out_dir)
    manifest = build_manifest("import", inputs=[source] if source else [], params=result.params,
                              outputs={"documents": len(result.documents), "segments": len(result.segments),
                                       "codings": len(result.codings), "text_codings": result.text_codings,
                                       "participants": len(result.participants), "report_rows": len(result.report)},
                              extra={"origin": result.origin, "positions": str(result.convention),
                                     "warnings": list(result.warnings)})
    with all_or_nothing(pending) as p:
        written = [
            *write_table(result.segments, out, "segments", pending=p),
            *catalog.write(result.documents, out, "documents", p),
            *write_table(result.codings, out, "codings", pending=p),
            write_csv(result.report, out / "import_report.csv", p),
            write_csv(result.users, out / "users.csv", p),
            write_csv(result.participants, out / "participants.csv", p),
        ]
        coders = sorted(result.codings["coder"].unique())
        if len(coders) > 1:  # one table per coder: `qualalliance reliability OUT/by_coder/*.parquet` works as is
            for coder, stem in zip(coders, _file_stems(coders)):
                written += write_table(result.codings[result.codings["coder"] == coder].reset_index(drop=True),
                                       out / "by_coder", stem, pending=p)
        for stale in (out / "by_coder").glob("*") if (out / "by_coder").is_dir() else ():
            if stale.suffix in (".csv", ".parquet") and stale not in written:  # a previous import's coders
                p.remove(stale)
        codebook_file = out / "project_codebook.yaml"
        if result.project_codebook is None:
            p.remove(codebook_file)
        else:
            header = (f"Code tree of the REFI-QDA project {result.name!r} ({result.origin or 'unknown program'}),\n"
                      "converted by `qualalliance import qdpx`. Codes that map to the study codebook keep its ids "
                      "and\nrules; the project's own codes get ids made from their names (the ids in codings.csv).")
            written.append(write_text(codebook_file, codebook_yaml(result.project_codebook, header), p))
        written.append(write_json(out / "import_manifest.json", manifest, p))
    return written


def _file_stems(names: list[str]) -> list[str]:
    """Safe, unique file names for coder names ("qualalliance-rules/x@1.0" -> "qualalliance-rules_x_1.0")."""
    out: list[str] = []
    for name in names:
        stem = re.sub(r"[^A-Za-z0-9._-]+", "_", name).strip("._") or "coder"
        base, n = stem, 2
        while stem in out:
            stem, n = f"{base}-{n}", n + 1
        out.append(stem)
    return out


def import_qdpx(path, out_dir, codebook=None, **kwargs) -> QdpxImport:
    """Read a ``.qdpx`` and write segments, documents, codings, the report and users to *out_dir*."""
    result = read_qdpx(path, codebook, **kwargs)
    write_import(result, out_dir, source=path)
    return result
