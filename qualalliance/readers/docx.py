"""Word (.docx) transcripts: paragraphs become lines of a speaker-turn text.

The document text is the paragraphs joined by newlines, parsed exactly like a
``.txt`` transcript (so ``Speaker: text`` paragraphs become turns and a document
without labels is single-voice).  Line numbers in messages are paragraph numbers.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from ..errors import InputError
from .base import Problems, normalise_newlines
from .text import parse_transcript_text


def read_docx(path: Path, doc_id: str, problems: Problems, overrides=None):
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
