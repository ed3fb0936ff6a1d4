"""Turn a file's bytes into normalised text, or a one-line error.

UTF-8 (with or without BOM) and UTF-16 with BOM are read as such; anything else
is detected with charset-normalizer and reported as a warning.  NUL bytes without
a UTF-16 BOM mean a binary file.  CRLF and CR become LF.
"""

from __future__ import annotations

import codecs
from pathlib import Path

from ..errors import InputError
from .base import Problems, normalise_newlines


def decode_bytes(data: bytes, path: str | Path, problems: Problems) -> str:
    if data.startswith(codecs.BOM_UTF8):
        text = _strict(data[len(codecs.BOM_UTF8):], "utf-8", path)
    elif data.startswith(codecs.BOM_UTF16_LE) or data.startswith(codecs.BOM_UTF16_BE):
        text = _strict(data, "utf-16", path)
    elif b"\x00" in data[:8192]:
        raise InputError("binary file (contains NUL bytes); expected a text transcript", path)
    else:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            text = _detect(data, path, problems)
    return normalise_newlines(text)


def read_text_file(path: str | Path, problems: Problems) -> str:
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read file: {exc.strerror or exc}", path) from exc
    if not data.strip():
        raise InputError("empty file", path)
    text = decode_bytes(data, path, problems)
    if not text.strip():
        raise InputError("empty file (only whitespace)", path)
    return text


def _strict(data: bytes, encoding: str, path) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise InputError(f"invalid {encoding} at byte {exc.start}", path) from exc


def _detect(data: bytes, path, problems: Problems) -> str:
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise InputError("binary or undecodable file: not UTF-8 and no text encoding detected", path)
    problems.warn(f"not UTF-8; decoded as {best.encoding} (detected) - check accented characters", path)
    return str(best)
