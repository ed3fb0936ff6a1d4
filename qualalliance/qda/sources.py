"""The sources of a REFI-QDA project: where each one's text is, and its selections.

Vendors name a source's text file in every way there is; :class:`SourceReader` finds it:

- ``internal://NAME``: ``sources/NAME`` in the archive (the standard);
- a bare name or relative path (QualCoder: ``plainTextPath="board_2017.txt"``):
  ``sources/NAME``, then ``NAME`` itself, then the one member with that file name;
- ``relative://``, ``absolute://``, ``file://`` and operating-system paths
  (``C:\\Users\\...\\x.txt``, ``/Users/...``): looked up by file name inside the
  archive, else reported (a file outside the archive is never read);
- a rich-text-only source (``richTextPath`` to a ``.docx`` and no plain text): the
  text is extracted from the docx (:mod:`.docx_text`) and reported as such;
- ``PlainTextContent``: the text inline;
- a ``PDFSource``: its text ``Representation``; coordinates-only ``PDFSelection``
  codings are reported with their number;
- pictures, audio and video: reported with the number of codings they hold.

A source whose text cannot be found is reported with the number of codings that
could not be placed (a bare ``.qde`` has no files at all).  Report rows are tuples
``(kind, item, name, count, detail)`` (the importer's ``import_report.csv``).
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, field
from pathlib import PurePosixPath

from ..errors import InputError
from .docx_text import docx_text
from .qdc import norm_guid
from .safe_xml import child, child_text, children, local
from .safe_zip import SafeZip, UnsafeInput

_SCHEME = re.compile(r"^(?P<scheme>[A-Za-z][A-Za-z0-9+.-]+)://(?P<rest>.*)$")
MEDIA_KINDS = ("PictureSource", "AudioSource", "VideoSource")


@dataclass
class Selection:
    start: int
    end: int
    name: str | None
    user: str
    description: str
    codings: list[tuple[str, str]]  # (code guid, user guid)


@dataclass
class Source:
    guid: str
    name: str
    raw: str
    member: str           # where the text came from: an archive member, "...#PlainTextContent"
    variables: dict
    selections: list[Selection]
    how: str = "plain text"  # "plain text", "inline", "docx"


@dataclass
class _Text:
    raw: str | None
    member: str = ""
    how: str = ""
    notes: list[str] = field(default_factory=list)
    missing: str = ""  # the report kind when raw is None


def count_codings(el) -> int:
    """Every ``Coding`` anywhere under *el* (selections, transcripts, whole-source codings)."""
    return sum(1 for e in el.iter() if local(e.tag) == "Coding")


def parse_int(value, what: str, where: str) -> int:
    try:
        return int(str(value).strip())
    except (TypeError, ValueError):
        raise InputError(f"{what} must be an integer, got {value!r}", where) from None


def variable_values(el, variables: dict[str, str]) -> dict[str, str]:
    """``VariableValue`` children of *el* as ``{variable name: value text}``."""
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


def decode_text(data: bytes, where: str, report: list) -> str:
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


def split_path(path: str) -> tuple[str, str]:
    """``(scheme, rest)``: ``internal://x.txt`` -> ("internal", "x.txt"); a bare or OS path -> ("", path)."""
    m = _SCHEME.match(path.strip())
    if m and len(m.group("scheme")) > 1:  # "C://x" is not a scheme, just a drive
        return m.group("scheme").lower(), m.group("rest")
    return "", path.strip()


def file_name(path: str) -> str:
    """The last part of a path written with / or \\ (``C:\\a\\b.txt`` -> ``b.txt``)."""
    return re.split(r"[\\/]", path.rstrip("/\\"))[-1]


class SourceReader:
    """Finds each source's text in an archive (or reports why it cannot); *z* is None for a bare ``.qde``."""

    def __init__(self, z: SafeZip | None, where: str, variables: dict, report: list):
        self.z, self.where, self.variables, self.report = z, where, variables, report
        self._by_file: dict[str, list[str]] = {}
        for n in (z.names() if z is not None else []):
            self._by_file.setdefault(file_name(n).lower(), []).append(n)

    # -- finding a file ---------------------------------------------------------
    def locate(self, path: str) -> tuple[str | None, str, str]:
        """``(member, note, kind)`` for a ``plainTextPath``/``richTextPath``: the archive member it
        names and how it was found, or ``(None, why, report kind)``."""
        scheme, rest = split_path(path)
        if self.z is None:
            return None, "a bare project file (.qde) carries no source files", "source_missing"
        rest_posix = rest.replace("\\", "/").lstrip("/")
        candidates = [f"sources/{rest_posix}", rest_posix] if scheme in ("internal", "") else []
        for cand in candidates:
            if cand and not _climbs(cand):
                hit = self.z.find(cand)
                if hit is not None:
                    return hit, "", ""
        hits = self._by_file.get(file_name(rest).lower(), [])
        if len(hits) == 1:
            return hits[0], f"{path} found by its file name as {hits[0]}", ""
        if len(hits) > 1:
            return None, f"{path}: {len(hits)} members have that file name ({', '.join(sorted(hits)[:3])})", \
                "source_ambiguous"
        if scheme == "internal":
            return None, f"{path} is not in the archive", "source_missing"
        return None, f"{path} is not in the archive (files outside it are never read)", "source_external"

    def text(self, el) -> _Text:
        """Where a text source element's text is: inline, its plain text file, else its .docx.

        A plain text file that is empty (NVivo for Mac writes one-byte files) gives way
        to the .docx when that has text."""
        content = child(el, "PlainTextContent")
        plain = el.get("plainTextPath") or ""
        rich = el.get("richTextPath") or ""
        if content is not None and not plain:
            return _Text(content.text or "", f"{self.where}#PlainTextContent", "inline")
        why, kind = "no plain text (no plainTextPath or PlainTextContent)", "source_missing"
        if plain:
            member, why, kind = self.locate(plain)
            if member is not None:
                found = _Text(decode_text(self.z.read(member), member, self.report), member, "plain text",
                              [why] if why else [])
                if found.raw.strip() or not rich:
                    return found
                from_docx = self._rich(rich, f"the plain text {member} is empty", kind)
                return from_docx if from_docx.raw is not None and from_docx.raw.strip() else found
        if not rich:
            return _Text(None, missing=kind, notes=[why])
        return self._rich(rich, why, kind)

    def _rich(self, rich: str, why: str, kind: str) -> _Text:
        """The text of a ``richTextPath`` (.docx only); *why* the plain text was not used."""
        member, rich_why, _ = self.locate(rich)
        if member is None:
            return _Text(None, missing=kind, notes=[why, f"rich text: {rich_why}"])
        if not member.lower().endswith(".docx"):
            return _Text(None, missing="source_skipped",
                         notes=[why, f"rich text {member} is not a .docx (only .docx text is extracted)"])
        try:
            raw = docx_text(self.z.read(member), f"{self.z.path}!{member}")
        except UnsafeInput:
            raise
        except InputError as exc:
            return _Text(None, missing="source_unreadable", notes=[why, f"rich text unreadable: {exc.one_line()}"])
        return _Text(raw, member, "docx", [f"{why}: text extracted from the Word document {member}"])

    # -- the Sources element ------------------------------------------------------
    def read_all(self, root) -> list[Source]:
        sources_el = child(root, "Sources")
        out: list[Source] = []
        for el in (list(sources_el) if sources_el is not None else []):
            kind = local(el.tag)
            if not kind:
                continue
            src = self.read_one(el, kind)
            if src is not None:
                out.append(src)
        return out

    def read_one(self, el, kind: str) -> Source | None:
        guid = el.get("guid", "")
        name = el.get("name") or guid or "?"
        text_el = el
        if kind == "PDFSource":
            text_el = child(el, "Representation")
            areas = sum(count_codings(s) for s in children(el, "PDFSelection"))
            if text_el is None:
                self.report.append(("source_skipped", guid, name, count_codings(el),
                                    "PDF without a text Representation: its codings are not imported"))
                return None
            if areas:
                self.report.append(("pdf_area_codings", guid, name, areas,
                                    "codings of PDF areas (coordinates, not text) are not imported"))
        elif kind in MEDIA_KINDS:
            self.report.append(("source_skipped", guid, name, count_codings(el),
                                f"{kind}: only text is imported; its codings (count) are not"))
            return None
        elif kind != "TextSource":
            self.report.append(("source_skipped", guid, name, count_codings(el), f"unknown source kind {kind}"))
            return None
        found = self.text(text_el)
        if found.raw is None:
            n = count_codings(text_el)
            self.report.append((found.missing, guid, name, n, "; ".join(found.notes) + f"; {n} coding(s) not placed"))
            return None
        for note in found.notes:
            self.report.append(("source_text", guid, name, 0, note))
        vars_ = variable_values(el, self.variables) | variable_values(text_el, self.variables)
        whole = len(children(text_el, "Coding"))
        if whole:
            self.report.append(("source_coding", guid, name, whole,
                                "codings of the whole source are not imported (code a selection instead)"))
        sels = []
        for s in children(text_el, "PlainTextSelection"):
            user = norm_guid(s.get("creatingUser") or s.get("modifyingUser"))
            codings = []
            for c in children(s, "Coding"):
                ref = child(c, "CodeRef")
                if ref is not None:
                    codings.append((norm_guid(ref.get("targetGUID")), norm_guid(c.get("creatingUser")) or user))
            sels.append(Selection(parse_int(s.get("startPosition"), "startPosition", self.where),
                                  parse_int(s.get("endPosition"), "endPosition", self.where), s.get("name"), user,
                                  child_text(s, "Description"), codings))
        return Source(norm_guid(guid), name, found.raw, found.member, vars_, sels, found.how)


def _climbs(name: str) -> bool:
    return any(part == ".." for part in PurePosixPath(name).parts)


__all__ = ["MEDIA_KINDS", "Selection", "Source", "SourceReader", "count_codings", "decode_text", "file_name",
           "parse_int", "split_path", "variable_values"]
