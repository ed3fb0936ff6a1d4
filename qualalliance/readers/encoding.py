"""Turn a file's bytes into normalised text, or a one-line error.

UTF-8 (with or without BOM) and UTF-16 with BOM are read as such; anything else
is detected with charset-normalizer and reported as a warning that names the
encoding used and quotes the first word with accents, so a wrong guess is visible.
NUL bytes without a UTF-16 BOM mean a binary file.  CRLF and CR become LF.

On short Western text charset-normalizer often prefers a rare code page (cp775,
cp1250, cp1257: "Zoë" -> "Zoļ", "naïve" -> "naďve").  So Windows-1252 (a superset of
Latin-1 for text) wins when the bytes decode under it to plausible Western text
(:func:`looks_western`): accented letters a minority of the letters, and no symbol
wedged inside a word.  Cyrillic or Greek text in its own code page decodes under
cp1252 to nothing but accented letters and keeps the detector's answer.
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


WESTERN = "cp1252"
# besides letters: what Western text in cp1252 uses (quotes, dashes, currency, ordinals ...)
WESTERN_SYMBOLS = set("\u2018\u2019\u201a\u201c\u201d\u201e\u2013\u2014\u2026\u2022\u20ac\u2122"
                      "\u00a0\u00a3\u00a7\u00a9\u00ab\u00ae\u00b0\u00b1\u00b4\u00b7\u00bb\u00bf\u00a1"
                      "\u00aa\u00ba\u00bd\u00bc\u00be\u00b2\u00b3\u00b9\u00a2\u00a5")
MAX_ACCENTED_SHARE = 0.25
INSIDE_WORD_OK = {"\u2019", "\u00b7"}  # it’s; Catalan l·l


def looks_western(text: str) -> bool:
    """Plausible Western-European text: accented letters a minority, no symbols inside words."""
    letters = accented = 0
    for i, ch in enumerate(text):
        if ch.isalpha():
            letters += 1
            if ord(ch) > 127:
                if not ("\u00c0" <= ch <= "\u00ff" or ch in "\u0152\u0153\u0160\u0161\u017d\u017e\u0178\u0192"):
                    return False
                accented += 1
        elif ord(ch) > 127:
            if ch not in WESTERN_SYMBOLS and not ch.isspace():
                return False
            inside = 0 < i < len(text) - 1 and text[i - 1].isalpha() and text[i + 1].isalpha()
            if inside and ch not in INSIDE_WORD_OK:
                return False
    return accented > 0 and accented <= MAX_ACCENTED_SHARE * letters


def _first_accented_word(text: str) -> str:
    for word in text.split():
        if any(ord(c) > 127 for c in word):
            return word.strip(".,;:!?\"'()[]")[:30]
    return ""


def _detect(data: bytes, path, problems: Problems) -> str:
    from charset_normalizer import from_bytes

    try:
        western = data.decode(WESTERN)
    except UnicodeDecodeError:  # bytes cp1252 leaves undefined (0x81, 0x8D ...)
        western = None
    if western is not None and looks_western(western):
        problems.warn(f"not UTF-8; decoded as {WESTERN} (Windows-1252/Latin-1, preferred for Western text) - "
                      f"check accented characters, e.g. {_first_accented_word(western)!r}", path)
        return western
    best = from_bytes(data).best()
    if best is None:
        raise InputError("binary or undecodable file: not UTF-8 and no text encoding detected", path)
    text = str(best)
    problems.warn(f"not UTF-8; decoded as {best.encoding} (detected) - check accented characters, "
                  f"e.g. {_first_accented_word(text)!r}", path)
    return text
