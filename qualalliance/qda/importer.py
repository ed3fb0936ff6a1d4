"""Reading REFI-QDA files: a QDPX project -> segments, documents, codings; a QDC -> codebook.

``read_qdpx(path)`` reads a project exported by NVivo, ATLAS.ti, MAXQDA, QualCoder
(or qualalliance) without extracting anything (:mod:`.safe_zip`, :mod:`.safe_xml`):

- each ``TextSource`` (and each PDF's text ``Representation``) becomes a document
  whose text is the source's plain text with LF line ends; the ingest text parser
  recovers its speaker turns as segments; document variables (and named ``Case``
  membership) give ``participant_id``, ``session``, ``timepoint``, ``source_type``;
- each ``PlainTextSelection``'s ``Coding`` becomes a coding row: positions mapped to
  document offsets (:mod:`.positions`), ``coder`` = the name of the user who made the
  coding (``Coding/@creatingUser``, else the selection's), ``method`` = ``human``
  (``rule``/``model`` only for users a qualalliance export marked as machine coders),
  ``turn`` = the segment the selection overlaps most;
- codes map to codebook ids by the GUIDs qualalliance export gives them, then by
  name (label or id, case and ``_``/``-``/space-insensitive; "X (negated)" -> X with
  ``negated=True``).  Codings of unmapped codes are dropped (or kept under a slug id
  with ``keep_unmapped``) and every problem is a row of the import report.

Known quirks handled: ``sources/`` in lower case and an extra ``.root`` entry
(NVivo, MAXQDA); selections without a ``Coding`` (MAXQDA memos; reported, not
coded); CRLF counted as one character (ATLAS.ti) or text counted in UTF-16 units
(detected from the selections' names, see :func:`.positions.choose_convention`);
GUIDs in braces or upper case; a UTF-8 BOM.  Media sources, external
(``relative://``/``absolute://``) files, whole-source codings, notes, sets and
graphs are not imported and are listed in the report.
"""

from __future__ import annotations

import codecs
import hashlib
import math
import re
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from ..codebook import Codebook, load_codebook
from ..errors import InputError, QualallianceError
from ..ingest import NAME_PATTERN, SINGLE_VOICE_SPEAKER
from ..readers.roles import assign_roles, parse_role_overrides
from ..readers.text import parse_single_voice, parse_transcript_text
from ..schema import CODING_COLUMNS, ROLES, SEGMENT_COLUMNS, SOURCE_TYPES, coerce_segments
from .export import MACHINE_USER_PREFIX, NEGATED_SUFFIX, ROLES_VARIABLE, code_guid
from .positions import STANDARD, Convention, PositionMap, choose_convention
from .qdc import (QdaCode, project_member, codebook_from_codes, codebook_yaml, norm_guid, norm_name,
                  parse_description, slug_id, walk_codes)
from .safe_xml import PROJECT_NS, child, child_text, children, local, parse_xml
from .safe_zip import SafeZip, ZipLimits

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

    def summary(self) -> str:
        coders = ", ".join(sorted(self.codings["coder"].unique())) if len(self.codings) else "none"
        unmapped = int((self.report["kind"] == "unmapped_code").sum()) if len(self.report) else 0
        return (f"imported {len(self.documents)} documents, {len(self.segments)} turns, {len(self.codings)} codings "
                f"(coders: {coders}) from {self.origin or 'unknown program'}; {unmapped} code(s) unmapped; "
                f"positions: {self.convention}")


@dataclass
class _Selection:
    start: int
    end: int
    name: str | None
    user: str
    description: str
    codings: list[tuple[str, str]]  # (code guid, user guid)


@dataclass
class _Source:
    guid: str
    name: str
    raw: str
    member: str
    variables: dict
    selections: list[_Selection]


def _decode(data: bytes, where: str, report: list) -> str:
    if data.startswith(codecs.BOM_UTF8):
        data = data[3:]
    elif data.startswith(codecs.BOM_UTF16_LE) or data.startswith(codecs.BOM_UTF16_BE):
        try:
            return data.decode("utf-16").lstrip("\ufeff")
        except UnicodeDecodeError:
            pass
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        report.append(("source_not_utf8", where, "", 1, f"invalid UTF-8 at byte {exc.start}; undecodable bytes "
                                                         "replaced by U+FFFD, positions after them may be off"))
        return data.decode("utf-8", errors="replace")


def _int(value, what: str, where: str) -> int:
    try:
        return int(str(value).strip())
    except (TypeError, ValueError):
        raise InputError(f"{what} must be an integer, got {value!r}", where) from None


def _variable_values(el, variables: dict[str, str]) -> dict[str, str]:
    out = {}
    for vv in children(el, "VariableValue"):
        ref = child(vv, "VariableRef")
        name = variables.get(norm_guid(ref.get("targetGUID") if ref is not None else ""))
        if not name:
            continue
        for c in vv:
            if local(c.tag).endswith("Value") and local(c.tag) != "VariableValue":
                out[name] = (c.text or "").strip()
    return out


def _source_text(el, z: SafeZip, src_name: str, where: str, report: list) -> tuple[str | None, str]:
    content = child(el, "PlainTextContent")
    path = el.get("plainTextPath") or ""
    if content is not None and not path:
        return content.text or "", f"{where}#PlainTextContent"
    if not path:
        report.append(("source_missing", el.get("guid", ""), src_name, 1, "no plainTextPath or PlainTextContent"))
        return None, ""
    if not path.lower().startswith("internal://"):
        report.append(("source_external", el.get("guid", ""), src_name, 1,
                       f"{path.split(':', 1)[0]} path not read (only files inside the archive are imported)"))
        return None, ""
    fname = path[len("internal://"):].lstrip("/")
    member = z.find(f"sources/{fname}") or z.find(fname)
    if member is None:
        report.append(("source_missing", el.get("guid", ""), src_name, 1, f"{path} is not in the archive"))
        return None, ""
    return _decode(z.read(member), member, report), member


def _parse_sources(root, z: SafeZip, variables: dict, where: str, report: list) -> list[_Source]:
    sources_el = child(root, "Sources")
    out: list[_Source] = []
    if sources_el is None:
        return out
    for el in sources_el:
        kind = local(el.tag)
        name = el.get("name") or el.get("guid") or "?"
        text_el = el
        if kind == "PDFSource":
            text_el = child(el, "Representation")
            if text_el is None:
                report.append(("source_skipped", el.get("guid", ""), name, 1, "PDF without a text Representation"))
                continue
        elif kind != "TextSource":
            if kind:
                report.append(("source_skipped", el.get("guid", ""), name, 1, f"{kind} (only text is imported)"))
            continue
        raw, member = _source_text(text_el, z, name, where, report)
        if raw is None:
            continue
        vars_ = _variable_values(el, variables) | _variable_values(text_el, variables)
        whole = len(children(text_el, "Coding"))
        if whole:
            report.append(("source_coding", el.get("guid", ""), name, whole,
                           "codings of the whole source are not imported (code a selection instead)"))
        sels = []
        for s in children(text_el, "PlainTextSelection"):
            user = norm_guid(s.get("creatingUser") or s.get("modifyingUser"))
            codings = []
            for c in children(s, "Coding"):
                ref = child(c, "CodeRef")
                if ref is not None:
                    codings.append((norm_guid(ref.get("targetGUID")), norm_guid(c.get("creatingUser")) or user))
            sels.append(_Selection(_int(s.get("startPosition"), "startPosition", where),
                                   _int(s.get("endPosition"), "endPosition", where), s.get("name"), user,
                                   child_text(s, "Description"), codings))
        out.append(_Source(norm_guid(el.get("guid")), name, raw, member, vars_, sels))
    return out


def _map_codes(qcodes: list[QdaCode], book: Codebook) -> dict[str, tuple[str, bool]]:
    """code guid -> (codebook id, negated) for every code that maps."""
    by_guid = {}
    for c in book.codes:
        by_guid[norm_guid(code_guid(book.name, c.id))] = (c.id, False)
        by_guid[norm_guid(code_guid(book.name, c.id, True))] = (c.id, True)
    by_name: dict[str, str] = {}
    for c in book.codes:  # ids win over labels when they clash
        by_name.setdefault(norm_name(c.label), c.id)
    for c in book.codes:
        by_name[norm_name(c.id)] = c.id
    out = {}
    for q in qcodes:
        if q.guid in by_guid:
            out[q.guid] = by_guid[q.guid]
            continue
        name, negated = q.name, False
        if name.endswith(NEGATED_SUFFIX):
            name, negated = name[: -len(NEGATED_SUFFIX)], True
        hit = by_name.get(norm_name(name))
        if hit is None:
            hid = parse_description(q.description)["id"]
            hit = hid if hid in book else None
        if hit is not None:
            out[q.guid] = (hit, negated)
    return out


def _turn_of(starts, ends, a: int, b: int) -> int:
    """The segment overlapping [a, b) most (earliest on ties); else the next one; -1 when none."""
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


def _choose(positions, origin: str, sources: list[_Source]) -> tuple[Convention, str]:
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
    """The state of one import: code mapping, users, report rows and the output rows."""

    def __init__(self, book: Codebook, qcodes: list[QdaCode], users: dict, keep_unmapped: bool, overrides: dict,
                 report: list):
        self.book, self.qcodes, self.users = book, qcodes, users
        self.keep_unmapped, self.overrides, self.report = keep_unmapped, overrides, report
        self.mapping = _map_codes(qcodes, book)
        self.code_by_guid = {q.guid: q for q in qcodes}
        self.taken = set(book.ids)
        self.unmapped_slug: dict[str, str] = {}
        self.code_counts: dict[str, int] = {}
        self.user_counts: dict[str, int] = {}
        self.used_ids: dict[str, int] = {}
        self.segments: list[dict] = []
        self.documents: list[dict] = []
        self.codings: list[dict] = []

    def doc_id(self, src: _Source) -> str:
        base = _DOC_EXT.sub("", src.name).strip() or src.guid
        n = self.used_ids[base] = self.used_ids.get(base, 0) + 1
        doc_id = base if n == 1 else f"{base}-{n}"
        if n > 1:
            self.report.append(("duplicate_doc_id", src.guid, src.name, 1, f"renamed to {doc_id!r}"))
        return doc_id

    def add_source(self, src: _Source, variables: dict, case_name: str | None, conv: Convention, path: Path):
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
            turn = _turn_of(starts, ends, a, b)
            for code_g, user_g in sel.codings:
                self.add_coding(doc_id, turn, text, a, b, code_g, user_g, sel.description)
        if bare:
            self.report.append(("selection_without_coding", src.guid, src.name, bare,
                                "selections with no Coding (memos or annotations) are not codings"))

    def add_coding(self, doc_id, turn, text, a, b, code_g, user_g, description):
        self.code_counts[code_g] = self.code_counts.get(code_g, 0) + 1
        if code_g in self.mapping:
            code, negated = self.mapping[code_g]
        elif self.keep_unmapped and code_g in self.code_by_guid:
            if code_g not in self.unmapped_slug:
                self.unmapped_slug[code_g] = slug_id(self.code_by_guid[code_g].name, self.taken)
            code, negated = self.unmapped_slug[code_g], False
        else:
            return
        name, uid = self.users.get(user_g, (user_g or "unknown", ""))
        method = _method(uid)
        self.codings.append({"doc_id": doc_id, "turn": turn, "code": code, "start_char": a, "end_char": b,
                             "text": text[a:b], "negated": negated, "method": method, "coder": name,
                             "confidence": _confidence(method, description)})
        self.user_counts[user_g] = self.user_counts.get(user_g, 0) + 1

    def report_codes(self) -> None:
        for q in self.qcodes:
            n = self.code_counts.get(q.guid, 0)
            if q.guid in self.mapping:
                cid, neg = self.mapping[q.guid]
                self.report.append(("mapped_code", q.guid, q.path, n, f"-> {cid}{' (negated)' if neg else ''}"))
            else:
                what = (f"kept as code {self.unmapped_slug[q.guid]!r}" if q.guid in self.unmapped_slug
                        else "its codings were dropped (keep them with --keep-unmapped)" if n
                        else "not in the codebook")
                self.report.append(("unmapped_code", q.guid, q.path, n, what))
        dangling = sum(c for g, c in self.code_counts.items() if g not in self.code_by_guid)
        if dangling:
            self.report.append(("unknown_code_ref", "", "", dangling, "CodeRefs to GUIDs that are not in the CodeBook"))

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


def read_qdpx(path, codebook=None, *, keep_unmapped: bool = False, positions: str | Convention = "auto",
              roles=None, limits: ZipLimits | None = None) -> QdpxImport:
    """Read a ``.qdpx`` project into segments, documents and human codings (nothing is written).

    *codebook*: the YAML codebook whose ids codes map to (default: the packaged one).
    *positions*: ``"auto"`` or a :class:`.positions.Convention`.  *roles*: speaker
    role overrides as for ingest.  *limits*: :class:`.safe_zip.ZipLimits`.
    """
    path = Path(path)
    book = load_codebook(codebook)
    overrides = parse_role_overrides(roles)
    report: list[tuple] = []
    with SafeZip(path, limits) as z:
        member = project_member(z)
        where = f"{path}!{member}"
        root = parse_xml(z.read(member), where)
        ns = root.tag[1:].split("}")[0] if root.tag.startswith("{") else ""
        if local(root.tag) != "Project" or ns not in ("", PROJECT_NS):
            raise InputError(f"not a REFI-QDA project: root element is {root.tag!r} "
                             f"(expected Project in {PROJECT_NS})", where)
        variables = {norm_guid(v.get("guid")): v.get("name") or ""
                     for v in _grandchildren(root, "Variables", "Variable")}
        sources = _parse_sources(root, z, variables, where, report)
    origin = root.get("origin") or ""
    users = {norm_guid(u.get("guid")): (u.get("name") or u.get("id") or norm_guid(u.get("guid")), u.get("id") or "")
             for u in _grandchildren(root, "Users", "User")}
    cb_el = child(root, "CodeBook")
    codes_el = child(cb_el, "Codes") if cb_el is not None else None
    qcodes = walk_codes(codes_el, where) if codes_el is not None else []
    case_of, case_vars = _cases(root, variables)
    for kind in ("Notes", "Sets", "Graphs", "Links"):
        el = child(root, kind)
        if el is not None and len(el):
            report.append(("not_imported", kind, "", len(el), f"{kind} are not imported"))
    conv, detail = _choose(positions, origin, sources)
    report.append(("position_convention", "", str(conv), 0, detail))

    imp = _Importer(book, qcodes, users, keep_unmapped, overrides, report)
    for src in sources:
        imp.add_source(src, case_vars.get(src.guid, {}) | src.variables, case_of.get(src.guid), conv, path)
    imp.report_codes()
    project_book = None
    if qcodes:
        try:
            project_book = codebook_from_codes(qcodes, root.get("name") or path.stem, "1.0.0",
                                               source=f"{origin or 'a REFI-QDA project'} ({path.name})", base=book,
                                               known=imp.mapping)
        except QualallianceError as exc:  # odd names: the import itself still stands
            report.append(("project_codebook", "", "", 0, f"not written: {exc.one_line()}"))
    documents = pd.DataFrame(imp.documents, columns=DOCUMENT_COLUMNS)
    return QdpxImport(
        _frame_segments(imp.segments), documents.sort_values("doc_id", kind="mergesort").reset_index(drop=True),
        _frame_codings(imp.codings), pd.DataFrame(report, columns=REPORT_COLUMNS), imp.user_table(), project_book,
        conv, origin, root.get("name") or "",
        {"codebook": book.path, "keep_unmapped": keep_unmapped, "positions": str(positions), "roles": list(roles or [])})


def _grandchildren(root, outer: str, inner: str) -> list:
    el = child(root, outer)
    return children(el, inner) if el is not None else []


def _cases(root, variables: dict) -> tuple[dict[str, str], dict[str, dict]]:
    """source guid -> case name (sources in exactly one named case) and -> variables of unnamed one-source cases."""
    member: dict[str, list[str]] = {}
    file_vars: dict[str, dict] = {}
    cases_el = child(root, "Cases")
    for case in (children(cases_el, "Case") if cases_el is not None else []):
        refs = [norm_guid(r.get("targetGUID")) for r in children(case, "SourceRef")]
        name = (case.get("name") or "").strip()
        if name:
            for r in refs:
                member.setdefault(r, []).append(name)
        elif len(refs) == 1:  # MAXQDA/Quirkos: document variables stored as a nameless case
            file_vars.setdefault(refs[0], {}).update(_variable_values(case, variables))
    return {g: names[0] for g, names in member.items() if len(set(names)) == 1}, file_vars


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

def write_import(result: QdpxImport, out_dir, source=None) -> list[Path]:
    """Write an import's tables into *out_dir* (and nowhere else)."""
    from .. import catalog
    from ..manifest import build_manifest
    from ..tables import output_folder, write_csv, write_json, write_table, write_text

    out = output_folder(out_dir)
    written = [
        *write_table(result.segments, out, "segments"),
        *catalog.write(result.documents, out, "documents"),
        *write_table(result.codings, out, "codings"),
        write_csv(result.report, out / "import_report.csv"),
        write_csv(result.users, out / "users.csv"),
    ]
    coders = sorted(result.codings["coder"].unique())
    for stale in (out / "by_coder").glob("*") if (out / "by_coder").is_dir() else ():
        if stale.suffix in (".csv", ".parquet"):  # a previous import's coders
            stale.unlink()
    if len(coders) > 1:  # one table per coder: `qualalliance reliability OUT/by_coder/*.parquet` works as is
        for coder, stem in zip(coders, _file_stems(coders)):
            written += write_table(result.codings[result.codings["coder"] == coder].reset_index(drop=True),
                                   out / "by_coder", stem)
    if result.project_codebook is not None:
        header = (f"Code tree of the REFI-QDA project {result.name!r} ({result.origin or 'unknown program'}),\n"
                  "converted by `qualalliance import qdpx`. Codes that map to the codebook keep its ids and rules.")
        written.append(write_text(out / "project_codebook.yaml", codebook_yaml(result.project_codebook, header)))
    manifest = build_manifest("import", inputs=[source] if source else [], params=result.params,
                              outputs={"documents": len(result.documents), "segments": len(result.segments),
                                       "codings": len(result.codings), "report_rows": len(result.report)},
                              extra={"origin": result.origin, "positions": str(result.convention)})
    written.append(write_json(out / "import_manifest.json", manifest))
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
