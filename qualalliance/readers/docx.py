"""Word (.docx) transcripts: paragraphs become lines of a speaker-turn text.

The document text is the paragraphs joined by newlines, parsed exactly like a
``.txt`` transcript (so ``Speaker: text`` paragraphs become turns and a document
without labels is single-voice).  Line numbers in messages are paragraph numbers.

Before python-docx opens the file, the archive passes the size checks of
:mod:`.limits` and ``word/document.xml`` is parsed with
:func:`~qualalliance.qda.safe_xml.parse_xml` (defusedxml, no DTD): Word never writes
a document type declaration, and with one a document can define entities whose
references python-docx would silently drop along with the text after them.  Such a
file is refused with one line instead of losing text.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from ..errors import InputError
from .base import Problems, normalise_newlines
from .limits import ReadLimits
from .text import parse_transcript_text

DOCUMENT_PART = "word/document.xml"


def check_docx(path: Path, limits: ReadLimits) -> None:
    """Refuse an archive bomb or a document.xml with a DTD before python-docx reads it."""
    # imported here: importing qualalliance.qda imports ingest, which imports this module
    from ..qda.safe_xml import parse_xml
    from ..qda.safe_zip import SafeZip

    with SafeZip(path, limits.zip, what="a Word document") as archive:
        name = archive.find(DOCUMENT_PART)
        if name is None:
            return  # python-docx finds the main part by its relationship; let it say what is wrong
        parse_xml(archive.read(name), f"{path} ({name})", max_bytes=limits.zip.max_member_bytes,
                  kind="Word documents")


def read_docx(path: Path, doc_id: str, problems: Problems, overrides=None, limits: ReadLimits | None = None):
    check_docx(path, limits or ReadLimits())
    try:
        import docx  # python-docx

        document = docx.Document(str(path))
    except (zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise InputError(f"unreadable .docx (not a valid Word document: {exc})", path) from exc
    except Exception as exc:  # python-docx raises its own PackageNotFoundError etc.
        raise InputError(f"unreadable .docx ({type(exc).__name__}: {exc})", path) from exc
    paragraphs = [normalise_newlines(p.text).replace("\n", " ") for p in document.paragraphs]
    text = "\n".join(paragraphs)
    if not text.strip():
        raise InputError("empty .docx (no text in any paragraph)", path)
    return [parse_transcript_text(text, doc_id, str(path), overrides)]
