"""Writing REFI-QDA files: a QDPX project (documents + codings) and a QDC codebook.

``build_qdpx`` turns documents, segments, codings and a codebook into the bytes of a
``.qdpx`` archive; ``export_qdpx`` finds those tables in an output folder and writes
the file.  ``build_qdc`` / ``export_qdc`` do the same for the codebook alone.

What goes where (``project.qde``, namespace ``urn:QDA-XML:project:1.0``):

- ``Users``: one per coder in the codings (the rule coder, a model, each human).
  Machine coders carry ``id="qualalliance:rule"`` (or ``:model``) so a re-import
  knows those codings were not made by a person.
- ``CodeBook``: the codebook's codes nested by ``parent``; ``isCodable="true"``;
  ``Description`` is the definition, then "Use when", "Do not use when", examples
  and a last line ``qualalliance id: <id>`` (how the id survives a trip through
  another program).  A code with negated codings gets a child code
  "<label> (negated)": REFI-QDA has no negation, and a denied theme must not look
  like an affirmed one.
- ``Variables`` and ``Cases``: participant_id, session, timepoint, source_type, the
  speaker-role mapping and every other document-level column become Text variables
  set on each ``TextSource``; each participant is a ``Case`` holding their sources.
- ``Sources``: one ``TextSource`` per document, named by its ``doc_id``; its
  normalised text is stored as UTF-8 in ``Sources/<guid>.txt``
  (``plainTextPath="internal://<guid>.txt"``).
- One ``PlainTextSelection`` per coding (``startPosition``/``endPosition`` = the
  document offsets, see :mod:`.positions`), named by the quoted text, holding one
  ``Coding``/``CodeRef``.  Machine codings carry a ``Description`` such as
  "qualalliance rule coding; confidence 1.0; phrase:felt safe", so a reviewer sees
  why the machine coded it.

Reproducible: GUIDs are UUID5s of stable ids (codebook name + code id, doc_id + text
hash, ...), no timestamps are written, and zip members have a fixed date, order and
mode, so the same inputs give byte-identical files.
"""

from __future__ import annotations

import hashlib
import io
import math
import re
import uuid
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

import pandas as pd

from .. import __version__
from ..codebook import Codebook, Code, load_codebook
from ..errors import InputError
from ..log import get_logger
from ..schema import SEGMENT_COLUMNS
from ..tables import read_table
from .safe_xml import CODEBOOK_NS, PROJECT_NS

# All qualalliance GUIDs are UUID5s in this namespace (itself a UUID5 of a fixed URL).
GUID_NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "https://qualalliance.invalid/refi-qda")
ZIP_DATE = (1980, 1, 1, 0, 0, 0)
SOURCES_DIR = "Sources"
NEGATED_SUFFIX = " (negated)"
MACHINE_USER_PREFIX = "qualalliance:"
DOC_VARIABLES = ("participant_id", "session", "timepoint", "source_type")
ROLES_VARIABLE = "speaker_roles"
NAME_CHARS = 80  # a selection's name is its text, cut here (as other programs do)

_XML_BAD = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def guid(*parts) -> str:
    """A deterministic GUID from stable parts."""
    return str(uuid.uuid5(GUID_NAMESPACE, "\x1f".join(str(p) for p in parts)))


def code_guid(book_name: str, code_id: str, negated: bool = False) -> str:
    return guid("code-negated" if negated else "code", book_name, code_id)


def _clean(text) -> str:
    return _XML_BAD.sub("\ufffd", str(text))


def _attr(value) -> str:
    return quoteattr(_clean(value), {"\r": "&#13;", "\t": "&#9;", "\n": "&#10;"})


def _text(value) -> str:
    return escape(_clean(value), {"\r": "&#13;"})


def _tag(name: str, attrs: dict, body: list[str] | None = None, indent: int = 0) -> list[str]:
    pad = "  " * indent
    a = "".join(f" {k}={_attr(v)}" for k, v in attrs.items() if v is not None)
    if not body:
        return [f"{pad}<{name}{a}/>"]
    return [f"{pad}<{name}{a}>", *body, f"{pad}</{name}>"]


def _element(name: str, text: str, indent: int) -> str:
    return f"{'  ' * indent}<{name}>{_text(text)}</{name}>"


# ----------------------------------------------------------------------------- codebook

def describe_code(code: Code) -> str:
    """A code's REFI-QDA Description; :func:`qualalliance.qda.importer.parse_description` reads it back."""
    parts = [code.definition]
    if code.include:
        parts.append(f"Use when: {code.include}")
    if code.exclude:
        parts.append(f"Do not use when: {code.exclude}")
    if code.examples:
        parts.append("Examples:\n" + "\n".join(f"- {e}" for e in code.examples))
    parts.append(f"qualalliance id: {code.id}")
    return "\n\n".join(parts)


def _codes_xml(book: Codebook, negated_ids=frozenset(), extra_ids=(), indent: int = 1) -> list[str]:
    kids: dict[str | None, list[Code]] = {}
    for c in book.codes:
        kids.setdefault(c.parent, []).append(c)

    def one(code: Code, depth: int) -> list[str]:
        body = [_element("Description", describe_code(code), depth + 1)]
        if code.id in negated_ids:
            body += _tag("Code", {"guid": code_guid(book.name, code.id, True),
                                  "name": code.label + NEGATED_SUFFIX, "isCodable": "true"},
                         [_element("Description", f"Negated or denied mentions of: {code.label}.\n\n"
                                                  f"qualalliance id: {code.id}", depth + 2)], depth + 1)
        for k in kids.get(code.id, []):
            body += one(k, depth + 1)
        return _tag("Code", {"guid": code_guid(book.name, code.id), "name": code.label, "isCodable": "true",
                             "color": code.color or None}, body, depth)

    lines = []
    for c in kids.get(None, []):
        lines += one(c, indent + 1)
    for code_id in extra_ids:  # codes in the codings that the codebook lacks
        body = [_element("Description", f"Code {code_id!r} is not in codebook {book.name} {book.version}.\n\n"
                                        f"qualalliance id: {code_id}", indent + 2)]
        if code_id in negated_ids:
            body += _tag("Code", {"guid": code_guid(book.name, code_id, True), "name": code_id + NEGATED_SUFFIX,
                                  "isCodable": "true"}, None, indent + 2)
        lines += _tag("Code", {"guid": code_guid(book.name, code_id), "name": code_id, "isCodable": "true"},
                      body, indent + 1)
    return _tag("Codes", {}, lines, indent)


def qdc_origin(book: Codebook) -> str:
    return f'qualalliance {__version__} (codebook "{book.name}" version "{book.version}")'


def build_qdc(book: Codebook) -> bytes:
    """The bytes of a ``.qdc`` codebook file (namespace ``urn:QDA-XML:codebook:1.0``)."""
    lines = ['<?xml version="1.0" encoding="UTF-8"?>',
             *_tag("CodeBook", {"xmlns": CODEBOOK_NS, "origin": qdc_origin(book)}, _codes_xml(book, indent=1))]
    return ("\n".join(lines) + "\n").encode("utf-8")


# ----------------------------------------------------------------------------- project

@dataclass
class ExportResult:
    path: Path | None
    n_documents: int
    n_codings: int
    n_users: int
    n_codes: int
    extra_codes: list[str] = field(default_factory=list)
    data: bytes = b""

    def summary(self) -> str:
        extra = f"; {len(self.extra_codes)} code(s) not in the codebook: {', '.join(self.extra_codes)}" \
            if self.extra_codes else ""
        return (f"exported {self.n_documents} documents, {self.n_codings} codings by {self.n_users} coder(s), "
                f"{self.n_codes} codes{extra}")


def _is_missing(v) -> bool:
    return v is None or (isinstance(v, float) and math.isnan(v)) or v is pd.NA or v is pd.NaT


def _str(v, default: str = "") -> str:
    return default if _is_missing(v) else str(v)


def _doc_variables(segments: pd.DataFrame | None, documents: pd.DataFrame) -> tuple[list[str], dict[str, dict]]:
    """Document-level variables: the id columns, speaker roles and every column constant within a document."""
    out: dict[str, dict] = {d: {} for d in documents["doc_id"]}
    for d in documents.itertuples(index=False):
        out[d.doc_id]["source_type"] = _str(getattr(d, "source_type", ""))
    names: list[str] = ["participant_id", "session", "timepoint", "source_type"]
    if segments is None or not len(segments):
        return names, out
    skip = set(SEGMENT_COLUMNS) | {"start_s", "end_s"}
    extra = [c for c in segments.columns if c not in skip]
    for doc_id, seg in segments.groupby("doc_id", sort=False):
        if doc_id not in out:
            continue
        row = out[doc_id]
        for col in ("participant_id", "session", "timepoint", "source_type"):
            vals = seg[col].dropna().astype(str).unique() if col in seg else []
            if len(vals) == 1 and vals[0] != "":
                row[col] = vals[0]
        for col in extra:
            vals = seg[col].dropna().astype(str).unique()
            if len(vals) == 1 and vals[0] != "":
                row[col] = vals[0]
        if row.get("source_type") == "transcript" and "speaker" in seg and "role" in seg:
            pairs = dict(zip(seg["speaker"].astype(str), seg["role"].astype(str)))
            if pairs:
                row[ROLES_VARIABLE] = "; ".join(f"{s}={r}" for s, r in pairs.items())
    for col in extra + [ROLES_VARIABLE]:
        if any(col in r for r in out.values()) and col not in names:
            names.append(col)
    return names, out


def _check_codings(codings: pd.DataFrame, texts: dict[str, str]) -> pd.DataFrame:
    need = ["doc_id", "code", "start_char", "end_char"]
    missing = [c for c in need if c not in codings.columns]
    if missing:
        raise InputError(f"codings table lacks column(s) {', '.join(missing)}")
    df = codings.copy()
    df["doc_id"] = df["doc_id"].astype(str)
    df["code"] = df["code"].astype(str)
    for col, default in (("negated", False), ("method", "human"), ("coder", "unknown"), ("confidence", float("nan"))):
        if col not in df.columns:
            df[col] = default
    df["negated"] = df["negated"].fillna(False).astype(bool)
    df["method"] = [_str(m, "human") or "human" for m in df["method"]]
    df["coder"] = [_str(c, "unknown") or "unknown" for c in df["coder"]]
    unknown = sorted(set(df["doc_id"]) - set(texts))
    if unknown:
        raise InputError(f"codings name {len(unknown)} document(s) missing from the documents table: "
                         f"{', '.join(unknown[:5])}{' ...' if len(unknown) > 5 else ''}")
    for i, r in enumerate(df.itertuples(index=False)):
        text = texts[r.doc_id]
        s, e = int(r.start_char), int(r.end_char)
        if not 0 <= s <= e <= len(text):
            raise InputError(f"coding row {i + 1} ({r.doc_id} {r.code}) has offsets {s}-{e} outside the "
                             f"document text (length {len(text)})")
        if "text" in df.columns and not _is_missing(r.text) and str(r.text) != text[s:e]:
            raise InputError(f"coding row {i + 1} ({r.doc_id} {r.code} at {s}-{e}) quotes {str(r.text)[:40]!r} "
                             f"but the document text there is {text[s:e][:40]!r}: codings and documents are "
                             "from different versions of the text")
    df["start_char"] = df["start_char"].astype("int64")
    df["end_char"] = df["end_char"].astype("int64")
    return df.sort_values(["doc_id", "start_char", "end_char", "code", "negated", "coder"],
                          kind="mergesort").reset_index(drop=True)


def _selection_name(text: str) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= NAME_CHARS else flat[: NAME_CHARS - 1].rstrip() + "\u2026"


def _machine_note(row) -> str | None:
    if row.method == "human":
        return None
    note = f"qualalliance {row.method} coding"
    if not _is_missing(row.confidence):
        note += f"; confidence {float(row.confidence)!r}"
    rule = getattr(row, "rule", None)
    if not _is_missing(rule) and str(rule):
        note += f"; {rule}"
    return note


def build_qdpx(documents: pd.DataFrame, codings: pd.DataFrame | None = None, segments: pd.DataFrame | None = None,
               codebook: Codebook | str | None = None, name: str = "qualalliance export") -> ExportResult:
    """The ``.qdpx`` bytes (in ``ExportResult.data``) for documents, their segments and codings."""
    book = load_codebook(codebook)
    for col in ("doc_id", "text"):
        if col not in documents.columns:
            raise InputError(f"documents table lacks column {col!r}")
    documents = documents.sort_values("doc_id", kind="mergesort").reset_index(drop=True)
    documents["doc_id"] = documents["doc_id"].astype(str)
    if documents["doc_id"].duplicated().any():
        raise InputError(f"documents table has duplicate doc_id {documents['doc_id'][documents['doc_id'].duplicated()].iloc[0]!r}")
    texts = {d: _str(t) for d, t in zip(documents["doc_id"], documents["text"])}
    codings = _check_codings(codings if codings is not None else pd.DataFrame(columns=["doc_id", "code", "start_char",
                                                                                       "end_char"]), texts)
    if segments is not None and len(segments):
        segments = segments.sort_values(["doc_id", "turn"], kind="mergesort")
    var_names, doc_vars = _doc_variables(segments, documents)

    book_ids = set(book.ids)
    extra_ids = sorted(set(codings["code"]) - book_ids)
    negated_ids = frozenset(codings.loc[codings["negated"], "code"])

    # users: one per (coder, method)
    users: dict[tuple[str, str], str] = {}
    for coder, method in zip(codings["coder"], codings["method"]):
        users.setdefault((coder, method), guid("user", coder, method))
    user_xml = [line for (coder, method), g in sorted(users.items()) for line in
                _tag("User", {"guid": g, "name": coder,
                              "id": f"{MACHINE_USER_PREFIX}{method}" if method != "human" else None}, None, 2)]

    var_guid = {v: guid("variable", v) for v in var_names}
    variables_xml = []
    for v in var_names:
        variables_xml += _tag("Variable", {"guid": var_guid[v], "name": v, "typeOfVariable": "Text"}, None, 2)

    def var_value(v: str, value: str, indent: int) -> list[str]:
        return _tag("VariableValue", {}, [*_tag("VariableRef", {"targetGUID": var_guid[v]}, None, indent + 1),
                                          _element("TextValue", value, indent + 1)], indent)

    files: list[tuple[str, bytes]] = []
    source_guid: dict[str, str] = {}
    sources_xml: list[str] = []
    by_doc = {d: g for d, g in codings.groupby("doc_id", sort=False)}
    for doc_id, text in texts.items():
        sha = hashlib.sha256(text.encode("utf-8")).hexdigest()
        sg = guid("source", doc_id, sha)
        source_guid[doc_id] = sg
        files.append((f"{SOURCES_DIR}/{sg}.txt", text.encode("utf-8")))
        body: list[str] = []
        seen: dict[tuple, int] = {}
        for row in (by_doc[doc_id].itertuples(index=False) if doc_id in by_doc else ()):
            s, e = int(row.start_char), int(row.end_char)
            key = (doc_id, s, e, row.code, bool(row.negated), row.coder, row.method)
            k = seen[key] = seen.get(key, -1) + 1
            sel = guid("selection", sg, *key[1:], k)
            user = users[(row.coder, row.method)]
            note = _machine_note(row)
            code_ref = code_guid(book.name, row.code, bool(row.negated))
            inner = [_element("Description", note, 4)] if note else []
            inner += _tag("Coding", {"guid": guid("coding", sel), "creatingUser": user},
                          _tag("CodeRef", {"targetGUID": code_ref}, None, 5), 4)
            body += _tag("PlainTextSelection", {"guid": sel, "name": _selection_name(text[s:e]),
                                                "startPosition": s, "endPosition": e, "creatingUser": user},
                         inner, 3)
        for v in var_names:
            value = doc_vars[doc_id].get(v, "")
            if value != "":
                body += var_value(v, value, 3)
        sources_xml += _tag("TextSource", {"guid": sg, "name": doc_id,
                                           "plainTextPath": f"internal://{sg}.txt"}, body, 2)

    cases: dict[str, list[str]] = {}
    for doc_id in texts:
        pid = doc_vars[doc_id].get("participant_id") or doc_id
        cases.setdefault(pid, []).append(doc_id)
    cases_xml = []
    for pid in sorted(cases):
        body = var_value("participant_id", pid, 3)
        for doc_id in cases[pid]:
            body += _tag("SourceRef", {"targetGUID": source_guid[doc_id]}, None, 3)
        cases_xml += _tag("Case", {"guid": guid("case", pid), "name": pid}, body, 2)

    description = (f"Exported by qualalliance {__version__}: {len(texts)} documents, {len(codings)} codings; "
                   f"codebook {book.name} {book.version} (sha256 {book.sha256[:12]}). Selection positions are "
                   "Unicode code points from 0, endPosition exclusive, in the UTF-8 plain text with LF line ends.")
    body = []
    if user_xml:
        body += _tag("Users", {}, user_xml, 1)
    body += _tag("CodeBook", {}, _codes_xml(book, negated_ids, extra_ids, indent=2), 1)
    if variables_xml:
        body += _tag("Variables", {}, variables_xml, 1)
    if cases_xml:
        body += _tag("Cases", {}, cases_xml, 1)
    if sources_xml:
        body += _tag("Sources", {}, sources_xml, 1)
    body.append(_element("Description", description, 1))
    qde = "\n".join(['<?xml version="1.0" encoding="UTF-8"?>',
                     *_tag("Project", {"xmlns": PROJECT_NS, "name": name, "origin": f"qualalliance {__version__}"},
                           body, 0)]) + "\n"
    data = _zip_bytes([("project.qde", qde.encode("utf-8"))] + sorted(files))
    n_codes = len(book.codes) + len(extra_ids) + len(negated_ids)
    return ExportResult(None, len(texts), len(codings), len(users), n_codes, extra_ids, data)


def _zip_bytes(members: list[tuple[str, bytes]]) -> bytes:
    """A ZIP with fixed dates, modes and order: same members, same bytes."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        for name, data in members:
            info = zipfile.ZipInfo(name, date_time=ZIP_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 3
            info.external_attr = 0o100644 << 16
            zf.writestr(info, data, compress_type=zipfile.ZIP_DEFLATED, compresslevel=6)
    return buf.getvalue()


# ----------------------------------------------------------------------------- folder -> file

IMPORT_FOLDER = "import"  # where a run folder may hold an imported project's tables


def _find(folder: Path, name: str) -> Path | None:
    """Table *name* in *folder*, its stage subfolder (qualalliance.catalog) or ``import/``."""
    from .. import catalog

    return catalog.find_in(folder, name) or catalog.find_in(folder / IMPORT_FOLDER, name)


def load_export_tables(folder, codings=None) -> tuple[pd.DataFrame, pd.DataFrame | None, pd.DataFrame | None]:
    """documents, segments, codings from an ingest/code/run/import output folder (flat or in stage subfolders)."""
    folder = Path(folder)
    if not folder.is_dir():
        raise InputError("no such folder (expected an ingest, code, run or import output folder)", folder)
    doc_path = _find(folder, "documents")
    if doc_path is None:
        raise InputError("no documents.parquet here or in ingest/ (run `qualalliance ingest` first: the export "
                         "needs each document's full text)", folder)
    documents = read_table(doc_path)
    seg_path = _find(folder, "segments")
    segments = read_table(seg_path) if seg_path else None
    cod_path = Path(codings) if codings else _find(folder, "codings")
    coded = read_table(cod_path) if cod_path else None
    return documents, segments, coded


def write_bytes(path, data: bytes) -> Path:
    """Write a file atomically, with the permissions the table writers give (tables.write_file)."""
    from ..tables import write_file

    return write_file(path, lambda tmp: Path(tmp).write_bytes(data))


def export_qdpx(folder, target, codebook=None, name: str | None = None, codings=None) -> ExportResult:
    """Export an output folder's documents, segments and codings as a ``.qdpx`` file."""
    documents, segments, coded = load_export_tables(folder, codings)
    res = build_qdpx(documents, coded, segments, codebook, name or Path(folder).resolve().name)
    res.path = write_bytes(target, res.data)
    if res.n_codings == 0:  # an export of an uncoded folder must not look like a coded one
        why = "no codings table found" if coded is None else "the codings table is empty"
        get_logger(__name__).warning(f"{target}: exported 0 codings ({why} in {folder}): documents only; "
                                     "run `qualalliance code` first or pass --codings")
    return res


def export_qdc(target, codebook=None) -> Path:
    """Write the codebook as a ``.qdc`` file."""
    return write_bytes(target, build_qdc(load_codebook(codebook)))
