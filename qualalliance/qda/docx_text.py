"""The plain text of a Word ``.docx`` held inside a QDPX (a rich-text-only source).

Some programs store a ``TextSource`` with only a ``richTextPath`` (the ``.docx``) and
no plain text.  Its text is read here without writing anything to disk: the docx
bytes are opened as a :class:`.safe_zip.SafeZip` (same checks as the QDPX itself,
tighter size limits) and ``word/document.xml`` is parsed with :func:`.safe_xml.parse_xml`
(no DTDs, no entities).  python-docx is not used because it opens archives without
those limits.

The text is what a plain-text conversion gives: the body's paragraphs in document
order (table cells included), joined by ``\\n``; a tab is ``\\t``, a line or page
break inside a paragraph ``\\n``.  Positions a program counted in its own plain text
usually agree with this; the importer checks them against the selections' names and
reports how many agree.
"""

from __future__ import annotations

from ..errors import InputError
from .safe_xml import local, parse_xml
from .safe_zip import SafeZip, ZipLimits

MiB = 1 << 20
DOCX_LIMITS = ZipLimits(max_members=5_000, max_member_bytes=128 * MiB, max_total_bytes=256 * MiB)
_BREAKS = {"br": "\n", "cr": "\n", "tab": "\t", "noBreakHyphen": "-", "softHyphen": ""}
_SKIP = {"del", "delText", "instrText", "fldData", "footnoteReference", "endnoteReference", "commentReference"}


def docx_text(data: bytes, where: str) -> str:
    """The text of a ``.docx`` given as bytes; *where* names it in errors (``FILE.qdpx!member``)."""
    z = SafeZip(where, DOCX_LIMITS, data=data, what="a Word document (.docx)")
    try:
        member = z.find("word/document.xml")
        if member is None:
            raise InputError("not a Word document (.docx): no word/document.xml", where)
        root = parse_xml(z.read(member), f"{where}!{member}", max_bytes=DOCX_LIMITS.max_member_bytes)
    finally:
        z.close()
    body = next((c for c in root if local(c.tag) == "body"), root)
    return "\n".join(_paragraphs(body))


def _in_order(el, leaves: set[str]):
    """(name, element) of each descendant of *el* named in *leaves*, in document order,
    neither entering those nor skipped elements (iteratively: no recursion limit)."""
    stack = list(reversed(list(el)))
    while stack:
        el = stack.pop()
        name = local(el.tag)
        if name in leaves:
            yield name, el
        elif name not in _SKIP:
            stack += reversed(list(el))


def _paragraphs(body) -> list[str]:
    """The text of each ``w:p`` under *body*, in document order."""
    return [_paragraph_text(p) for _, p in _in_order(body, {"p"})]


def _paragraph_text(p) -> str:
    return "".join((el.text or "") if name == "t" else _BREAKS[name]
                   for name, el in _in_order(p, {"t", *_BREAKS}))


__all__ = ["DOCX_LIMITS", "docx_text"]
