"""Speaker-turn text transcripts (.txt, .md, and .docx paragraphs).

A line that starts with a speaker label opens a turn::

    THERAPIST: How are you today?
    T: ...
    [00:01:02] Dr. Lee: ...
    00:01:02 Participant 3: ...

Lines without a label continue the current turn (multi-line turns, blank lines
inside a turn).  A label is 1-4 words (letters, digits, ``.'-``), at most 40
characters, followed by a colon.

Whether a file is a transcript at all is decided from its labels: it is one when
two or more speakers each have at least two labelled lines, or a speaker whose
label the role table knows (``THERAPIST``, ``P`` ...) has at least two.  In a
transcript, a label-like line from a speaker that occurs once, is unknown and
does not look like a name (1-3 capitalised words) - ``And then I thought: why?`` -
is taken as text, not a new turn.  A file that is
not a transcript is a single-voice document (narrative, case history) whose
turns are its paragraphs (blocks separated by blank lines).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from .base import Document, Reject, Turn
from .roles import role_of

TIMESTAMP = r"\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?"
LABEL_RE = re.compile(
    r"^[ \t]*"
    rf"(?:[\[(](?P<ts1>{TIMESTAMP})[\])][ \t]*|(?P<ts2>\d{{1,2}}:\d{{2}}:\d{{2}}(?:[.,]\d{{1,3}})?)[ \t]+)?"
    r"(?P<speaker>[^\W\d_][\w.'\u2019\-]*(?:[ \t]+[\w.'\u2019\-]+){0,3})[ \t]*:(?:[ \t]+|$)",
    re.MULTILINE,
)
MAX_LABEL_CHARS = 40
# A once-used label is still a speaker when it looks like a name: 1-3 capitalised words.
NAME_LIKE_RE = re.compile(r"^[A-Z][\w.'\u2019\-]*(?:[ \t]+[A-Z][\w.'\u2019\-]*){0,2}$")


@dataclass
class _Line:
    no: int
    start: int
    end: int  # exclusive, without the newline


def _lines(text: str) -> list[_Line]:
    out, pos = [], 0
    for no, raw in enumerate(text.split("\n"), start=1):
        out.append(_Line(no, pos, pos + len(raw)))
        pos += len(raw) + 1
    return out


def parse_timestamp(ts: str | None) -> float | None:
    if not ts:
        return None
    parts = ts.replace(",", ".").split(":")
    seconds = 0.0
    for p in parts:
        seconds = seconds * 60 + float(p)
    return seconds


def find_labels(text: str, lines: list[_Line]) -> dict[int, re.Match]:
    found = {}
    for ln in lines:
        m = LABEL_RE.match(text, ln.start, ln.end)
        if m and len(m.group("speaker")) <= MAX_LABEL_CHARS:
            found[ln.no] = m
    return found


def accepted_speakers(labels: dict[int, re.Match], overrides=None) -> set[str]:
    counts = Counter(m.group("speaker").strip() for m in labels.values())
    known = {s for s in counts if role_of(s, overrides) is not None}
    frequent = {s for s, c in counts.items() if c >= 2}
    is_transcript = len(frequent) >= 2 or any(counts[s] >= 2 for s in known) or len(known) >= 2
    if not is_transcript:
        return set()
    name_like = {s for s in counts if NAME_LIKE_RE.match(s)}
    return frequent | known | name_like


def parse_transcript_text(text: str, doc_id: str, path: str, overrides=None) -> Document:
    """Parse speaker turns; a text with no usable labels becomes a single-voice document."""
    lines = _lines(text)
    labels = find_labels(text, lines)
    speakers = accepted_speakers(labels, overrides)
    if not speakers:
        return parse_single_voice(text, doc_id, path)
    doc = Document(doc_id, path, text, source_type="transcript")
    current = None  # (speaker, line_no, text_start, ts)

    def close(upto: int) -> None:
        if current is None:
            return
        speaker, line_no, start, ts = current
        end = upto
        while end > start and text[end - 1].isspace():
            end -= 1
        while start < end and text[start].isspace():
            start += 1
        if start >= end:
            doc.rejects.append(Reject(path, line_no, speaker, "", "empty turn (label with no text)", doc_id))
        else:
            doc.turns.append(Turn(speaker, start, end, line_no, parse_timestamp(ts)))

    first_label_line = None
    for ln in lines:
        m = labels.get(ln.no)
        if m is not None and m.group("speaker").strip() in speakers:
            close(ln.start)
            if first_label_line is None:
                first_label_line = ln
            current = (m.group("speaker").strip(), ln.no, m.end(), m.group("ts1") or m.group("ts2"))
    close(len(text))
    preamble = text[: first_label_line.start].strip() if first_label_line else ""
    if preamble:
        first_line = next(ln.no for ln in lines if text[ln.start:ln.end].strip())
        doc.rejects.append(Reject(path, first_line, "", preamble, "text before the first speaker label", doc_id))
    return doc


def parse_single_voice(text: str, doc_id: str, path: str) -> Document:
    """Paragraphs (separated by blank lines) become the turns of one voice."""
    doc = Document(doc_id, path, text, source_type=None)
    lines = _lines(text)
    para = None  # [first_line, start, end]
    for ln in lines:
        if text[ln.start:ln.end].strip():
            if para is None:
                para = [ln.no, ln.start, ln.end]
            else:
                para[2] = ln.end
        elif para is not None:
            doc.turns.append(_para_turn(text, *para))
            para = None
    if para is not None:
        doc.turns.append(_para_turn(text, *para))
    return doc


def _para_turn(text: str, line_no: int, start: int, end: int) -> Turn:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Turn("", start, end, line_no)
