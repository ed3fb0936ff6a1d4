"""JSON transcripts: diarised segments (Whisper/WhisperX style) and MIBot chats.

- Diarised: ``{"segments": [{"speaker", "start", "end", "text"}, ...]}`` (a bare
  list of such objects also works).  Consecutive segments of one speaker merge
  into one turn; a segment without a speaker continues the previous speaker.
- MIBot (``{"participant_id", "utterances": [{"speaker", "text", ...}]}``): one
  turn per utterance, ``doc_id = mibot-<participant_id>``; counsellor ->
  therapist, client -> participant; ``auto_misc_label`` passes through (it is an
  LLM-generated code, not an expert one).
"""

from __future__ import annotations

import json
from pathlib import Path

from ..errors import InputError
from .base import DocumentBuilder, Problems
from .encoding import read_text_file


def read_json(path: Path, doc_id: str, problems: Problems):
    text = read_text_file(path, problems)
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(f"invalid JSON: {exc.msg}", path, exc.lineno) from exc
    except RecursionError:  # the decoder recurses per level: [[[[...]]]] 100,000 deep
        raise InputError("refused: JSON nested too deeply (a transcript is at most a few levels deep)",
                         path) from None
    if isinstance(data, dict) and isinstance(data.get("utterances"), list) and "participant_id" in data:
        return [_mibot(data, path)]
    segments = data.get("segments") if isinstance(data, dict) else data
    if not isinstance(segments, list):
        raise InputError("JSON transcript needs a 'segments' list (speaker, start, end, text) "
                         "or MIBot 'utterances'", path)
    b = DocumentBuilder(doc_id, str(path))
    pending = None
    last = ""
    for i, seg in enumerate(segments):
        if not isinstance(seg, dict) or "text" not in seg:
            raise InputError(f"segment {i} has no 'text'", path)
        speaker = str(seg.get("speaker") or last)
        txt = " ".join(str(seg["text"]).split())
        start, end = _num(seg.get("start"), path, i), _num(seg.get("end"), path, i)
        if not txt:
            b.reject(None, speaker, "", f"empty text in segment {i}")
            continue
        if pending and pending[0] == speaker:
            pending[1].append(txt)
            pending[3] = end
        else:
            if pending:
                b.add(pending[0], " ".join(pending[1]), start_s=pending[2], end_s=pending[3])
            pending = [speaker, [txt], start, end]
        last = speaker
    if pending:
        b.add(pending[0], " ".join(pending[1]), start_s=pending[2], end_s=pending[3])
    if not b.turns and not b.rejects:
        raise InputError("JSON transcript has no segments", path)
    return [b.build(source_type="transcript")]


def _num(v, path, i):
    if v is None or v == "":
        return None
    try:
        return float(v)
    except (TypeError, ValueError) as exc:
        raise InputError(f"segment {i}: time {v!r} is not a number", path) from exc


def _mibot(data: dict, path: Path):
    pid = str(data["participant_id"])
    b = DocumentBuilder(f"mibot-{pid}", str(path))
    for i, u in enumerate(data["utterances"]):
        if not isinstance(u, dict):
            raise InputError(f"utterance {i} is not an object", path)
        extra = {"auto_misc_label": u.get("auto_misc_label", ""), "volley_number": u.get("volley_number", "")}
        b.add(u.get("speaker", ""), u.get("text", ""), extra=extra)
    return b.build(source_type="transcript", meta={"participant_id": pid, "session": "1", "timepoint": ""})
