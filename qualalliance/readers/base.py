"""What every reader returns: documents with turns as offsets into their text.

A reader never copies turn text: a turn is ``(speaker, start_char, end_char)`` in
the document's normalised text, so ``text == document.text[start:end]`` holds by
construction.  Readers that assemble a document from rows or cues (tables, VTT,
JSON) use :class:`DocumentBuilder`, which writes ``Speaker: text`` lines so the
assembled document still reads like a transcript.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..errors import InputError
from ..log import get_logger

log = get_logger(__name__)


@dataclass
class Turn:
    speaker: str
    start_char: int
    end_char: int
    line: int | None = None
    start_s: float | None = None
    end_s: float | None = None
    extra: dict = field(default_factory=dict)


@dataclass
class Reject:
    path: str
    line: int | None
    speaker: str
    text: str
    reason: str
    doc_id: str = ""


@dataclass
class Document:
    doc_id: str
    path: str
    text: str
    turns: list[Turn] = field(default_factory=list)
    source_type: str | None = None  # set when the reader knows (e.g. single-voice text)
    meta: dict = field(default_factory=dict)  # document-level pass-through columns
    rejects: list[Reject] = field(default_factory=list)


class Problems:
    """Collects warnings; with ``strict`` every warning is an error."""

    def __init__(self, strict: bool = False):
        self.strict = strict
        self.warnings: list[str] = []

    def warn(self, message: str, path=None, line: int | None = None) -> None:
        err = InputError(message, path, line)
        if self.strict:
            raise InputError(message + " (error because of --strict)", path, line)
        self.warnings.append(err.one_line())
        log.warning(err.one_line())


class DocumentBuilder:
    """Assemble a document's text from turns given as strings."""

    def __init__(self, doc_id: str, path: str):
        self.doc_id = doc_id
        self.path = path
        self._parts: list[str] = []
        self._len = 0
        self.turns: list[Turn] = []
        self.rejects: list[Reject] = []

    def _append(self, s: str) -> None:
        self._parts.append(s)
        self._len += len(s)

    def add(self, speaker: str, text: str, line: int | None = None, start_s=None, end_s=None,
            extra: dict | None = None) -> None:
        speaker = " ".join(str(speaker or "").split())
        text = normalise_newlines(str(text)).strip()
        if not text:
            self.rejects.append(Reject(self.path, line, speaker, "", "empty text", self.doc_id))
            return
        prefix = f"{speaker}: " if speaker else ""
        self._append(prefix)
        start = self._len
        self._append(text)
        self.turns.append(Turn(speaker, start, self._len, line, start_s, end_s, dict(extra or {})))
        self._append("\n")

    def reject(self, line, speaker, text, reason) -> None:
        self.rejects.append(Reject(self.path, line, speaker, str(text), reason, self.doc_id))

    def build(self, **kwargs) -> Document:
        return Document(self.doc_id, self.path, "".join(self._parts), self.turns,
                        rejects=self.rejects, **kwargs)


def normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")
