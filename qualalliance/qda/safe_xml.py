"""Parsing untrusted REFI-QDA XML: no DTDs, no entities, no network, bounded size.

REFI-QDA files never need a document type declaration, so any ``<!DOCTYPE`` is
refused before a single entity is defined: that stops external entities (XXE:
``<!ENTITY x SYSTEM "file:///etc/passwd">``), parameter entities fetched from the
network, and entity expansion bombs ("billion laughs") alike.  Parsing uses
``defusedxml`` over the standard library's expat parser, which never opens a file
or socket by itself.  Every failure becomes one
:class:`~qualalliance.errors.InputError` line naming the file and the line.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring as _defused_fromstring

from ..errors import InputError
from .safe_zip import UnsafeInput

PROJECT_NS = "urn:QDA-XML:project:1.0"
CODEBOOK_NS = "urn:QDA-XML:codebook:1.0"
MAX_XML_BYTES = 512 << 20


def parse_xml(data: bytes, where: str, max_bytes: int = MAX_XML_BYTES, kind: str = "REFI-QDA files") -> ET.Element:
    """Parse *data* safely and return the root element; *where* names the file in errors,
    *kind* the files that never need a DTD (for the refusal message)."""
    if len(data) > max_bytes:
        raise UnsafeInput(f"refused: XML is {len(data)} bytes (limit {max_bytes})", where)
    try:
        return _defused_fromstring(data, forbid_dtd=True, forbid_entities=True, forbid_external=True)
    except DefusedXmlException as exc:
        refusal = type(exc).__name__
        what = {"DTDForbidden": "a DOCTYPE declaration", "EntitiesForbidden": "an entity declaration",
                "ExternalReferenceForbidden": "an external reference"}.get(refusal, refusal)
        raise UnsafeInput(f"refused: XML contains {what}; {kind} have none "
                         "(entities are never expanded or fetched)", where) from None
    except ET.ParseError as exc:
        line = exc.position[0] if getattr(exc, "position", None) else None
        msg = str(exc).split(": line")[0]
        raise InputError(f"not well-formed XML: {msg}", where, line) from None
    except (ValueError, UnicodeError, RecursionError) as exc:
        raise InputError(f"not well-formed XML: {type(exc).__name__}: {exc}", where) from None


def local(tag) -> str:
    """An element's name without its namespace (vendors differ in how they qualify it)."""
    if not isinstance(tag, str):  # comments and processing instructions
        return ""
    return tag.rsplit("}", 1)[-1]


def children(el: ET.Element, name: str) -> list[ET.Element]:
    return [c for c in el if local(c.tag) == name]


def child(el: ET.Element, name: str) -> ET.Element | None:
    for c in el:
        if local(c.tag) == name:
            return c
    return None


def child_text(el: ET.Element, name: str) -> str:
    c = child(el, name)
    return (c.text or "") if c is not None else ""
