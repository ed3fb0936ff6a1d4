"""WebVTT and SRT subtitles, keeping cue times.

Speakers come from WebVTT voice tags (``<v Dr. Lee>text</v>``, ``<v.loud Maya>``)
or a ``Speaker:`` prefix in the cue text (both formats); a cue without a speaker
continues the previous speaker.  Consecutive cues of the same speaker are merged
into one turn (start of the first cue, end of the last): a turn is a speaker
turn, not a subtitle line.  A broken timing line is an error naming the line.
"""

from __future__ import annotations

import html
import re
from pathlib import Path

from ..errors import InputError
from .base import DocumentBuilder, Problems
from .encoding import read_text_file
from .text import LABEL_RE

TIME = r"(?:(\d+):)?(\d{1,2}):(\d{2})[.,](\d{1,3})"
TIMING_RE = re.compile(rf"^\s*{TIME}\s*-->\s*{TIME}(?:\s+.*)?$")
VOICE_RE = re.compile(r"<v(?:\.[\w.-]+)?[ \t]+([^>]+)>")
TAG_RE = re.compile(r"</?[^>]+>")


def _seconds(h, m, s, ms) -> float:
    return int(h or 0) * 3600 + int(m) * 60 + int(s) + int(ms.ljust(3, "0")) / 1000


def _speaker_and_text(payload: str) -> tuple[str | None, str]:
    speaker = None
    voice = VOICE_RE.search(payload)
    if voice:
        speaker = voice.group(1).strip()
    text = html.unescape(TAG_RE.sub("", payload)).strip()
    if speaker is None:
        m = LABEL_RE.match(text)
        if m and not (m.group("ts1") or m.group("ts2")):
            speaker, text = m.group("speaker").strip(), text[m.end():].strip()
        else:
            bracket = re.match(r"^\[([^\]]{1,40})\]\s*(.*)$", text, re.S)
            if bracket:
                speaker, text = bracket.group(1).strip(), bracket.group(2).strip()
    return speaker, text


def _cues(lines: list[str], path, first: int):
    """Yield (line_no, start_s, end_s, payload) for each cue; line numbers are 1-based."""
    i = first
    n = len(lines)
    while i < n:
        if not lines[i].strip():
            i += 1
            continue
        block_start = i
        block = []
        while i < n and lines[i].strip():
            block.append(lines[i])
            i += 1
        head = block[0].strip()
        if head.startswith(("NOTE", "STYLE", "REGION")):
            continue
        timing_idx = next((k for k, l in enumerate(block[:2]) if "-->" in l), None)
        if timing_idx is None:
            if head.isdigit() or len(block) == 1:
                raise InputError("cue without a timing line (expected 'hh:mm:ss.mmm --> hh:mm:ss.mmm')",
                                 path, block_start + 1)
            raise InputError("cue without a timing line", path, block_start + 1)
        m = TIMING_RE.match(block[timing_idx])
        if not m:
            raise InputError(f"broken timestamp {block[timing_idx].strip()!r}", path, block_start + timing_idx + 1)
        g = m.groups()
        start, end = _seconds(*g[:4]), _seconds(*g[4:])
        if end < start:
            raise InputError("cue ends before it starts", path, block_start + timing_idx + 1)
        yield block_start + timing_idx + 1, start, end, "\n".join(block[timing_idx + 1:])


def read_subtitles(path: Path, doc_id: str, problems: Problems, kind: str):
    text = read_text_file(path, problems)
    lines = text.split("\n")
    first = 0
    if kind == "vtt":
        if not lines[0].lstrip("\ufeff").startswith("WEBVTT"):
            raise InputError("not a WebVTT file: the first line must be 'WEBVTT'", path, 1)
        first = 1
        while first < len(lines) and lines[first].strip():  # header block
            first += 1
    builder = DocumentBuilder(doc_id, str(path))
    pending = None  # [speaker, [texts], line, start, end]
    last_speaker = ""

    def flush():
        if pending:
            builder.add(pending[0], " ".join(pending[1]), line=pending[2], start_s=pending[3], end_s=pending[4])

    for line_no, start, end, payload in _cues(lines, path, first):
        speaker, cue_text = _speaker_and_text(payload)
        speaker = speaker if speaker is not None else last_speaker
        if not cue_text:
            builder.reject(line_no, speaker, "", "empty cue")
            continue
        if pending and pending[0] == speaker:
            pending[1].append(" ".join(cue_text.split("\n")))
            pending[4] = end
        else:
            flush()
            pending = [speaker, [" ".join(cue_text.split("\n"))], line_no, start, end]
        last_speaker = speaker
    flush()
    if not builder.turns and not builder.rejects:
        raise InputError(f"no cues found in {kind.upper()} file", path)
    doc = builder.build(source_type="transcript")
    return [doc]
