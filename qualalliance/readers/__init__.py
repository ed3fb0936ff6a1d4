"""Readers: one module per input format, chosen by extension (and content).

=============  ==========================================================
extension      reader
=============  ==========================================================
.txt .md       :mod:`.text` speaker-turn transcript or single-voice text
.docx          :mod:`.docx` (paragraphs, ``Speaker:`` prefixes)
.vtt .srt      :mod:`.subtitles` (voice tags / prefixes, cue times kept)
.csv .tsv .xlsx :mod:`.tables` utterance tables, AnnoMI
.json          :mod:`.jsonfile` diarised segments, MIBot chats
=============  ==========================================================
"""

from __future__ import annotations

from pathlib import Path

from ..errors import InputError
from .base import Document, Problems, Reject, Turn
from .docx import read_docx
from .encoding import read_text_file
from .jsonfile import read_json
from .limits import ReadLimits
from .subtitles import read_subtitles
from .tables import read_table_file
from .text import parse_single_voice, parse_transcript_text

SUPPORTED = (".txt", ".md", ".docx", ".vtt", ".srt", ".csv", ".tsv", ".xlsx", ".json")

__all__ = ["Document", "Problems", "ReadLimits", "Reject", "Turn", "SUPPORTED", "read_file"]


def read_file(path: Path, problems: Problems, *, single_voice: bool = False, roles=None,
              speaker_col=None, text_col=None, doc_col=None, limits: ReadLimits | None = None) -> list[Document]:
    """Read one file into documents.  *single_voice* skips speaker parsing (narratives);
    *limits* bound what a .docx/.xlsx may unpack and a table's cells (:mod:`.limits`);
    *doc_col* splits an utterance table into one document per value."""
    path = Path(path)
    suffix = path.suffix.lower()
    doc_id = path.stem
    if suffix in (".txt", ".md"):
        text = read_text_file(path, problems)
        if single_voice:
            return [parse_single_voice(text, doc_id, str(path))]
        return [parse_transcript_text(text, doc_id, str(path), roles)]
    if suffix == ".docx":
        docs = read_docx(path, doc_id, problems, roles, limits)
        if single_voice:
            return [parse_single_voice(d.text, doc_id, str(path)) for d in docs]
        return docs
    if suffix in (".vtt", ".srt"):
        return read_subtitles(path, doc_id, problems, suffix[1:])
    if suffix in (".csv", ".tsv", ".xlsx"):
        return read_table_file(path, doc_id, problems, speaker_col=speaker_col, text_col=text_col, doc_col=doc_col,
                               limits=limits)
    if suffix == ".json":
        return read_json(path, doc_id, problems)
    raise InputError(f"unsupported file type {suffix or '(none)'}; supported: {' '.join(SUPPORTED)}", path)
