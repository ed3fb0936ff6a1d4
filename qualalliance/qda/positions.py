"""Text positions in REFI-QDA files and how they map to qualalliance offsets.

The convention (REFI-QDA 1.5, section 10.2, and the examples in section 5.3)
---------------------------------------------------------------------------
A ``PlainTextSelection`` is ``startPosition``/``endPosition`` in the source's plain
text (a UTF-8 ``.txt`` in the archive, or ``PlainTextContent``), counted in
**Unicode code points**, the first code point being 0.  ``endPosition`` is
**exclusive**: one past the last selected code point.  The specification's prose
says "the first and the last character", but its own examples are exclusive
("granola" at 62-69 is seven characters; the 56-character quote "Oh, that was
great. See you tomorrow? Eleven thirty. Mm." at 139-195), and QualCoder reads
selections as ``text[start:end]``.  So a selection is Python's ``text[start:end]``,
and a qualalliance offset *is* a REFI-QDA position: an emoji such as U+1F642 counts
one, an accented letter counts one whether the file stores it precomposed (U+00E9)
or decomposed (``e`` + U+0301 counts two, because those are two code points).  A
UTF-8 byte-order mark is not part of the text and is not counted.

Export writes exactly that: the document's normalised text (LF line ends) as UTF-8
and its offsets unchanged.

What real programs do instead (import tolerates it)
---------------------------------------------------
- **CRLF.** A Windows ``.txt`` has ``\\r\\n`` line ends.  Counting code points,
  that is two positions; ATLAS.ti counts it as one (QualCoder special-cases ATLAS.ti
  for the same reason).  qualalliance's document text always has ``\\n`` line ends,
  so positions are mapped from the file's counting into the LF text.
- **UTF-16 code units.** Programs built on UTF-16 strings (.NET, Java, Qt) may count
  a character outside the Basic Multilingual Plane (most emoji) as two.

A :class:`Convention` names one way of counting; :class:`PositionMap` converts
positions between that counting and offsets in the normalised text.  With
``auto`` the importer tries every convention and keeps the one under which the
selections' ``name`` attributes (programs usually store the start of the selected
text there) match the text best; without such evidence it uses the standard,
except that files whose ``origin`` names ATLAS.ti count CRLF as one.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

CRLF_MODES = ("two", "one")  # "two": CRLF is two code points (the standard); "one": ATLAS.ti
UNIT_MODES = ("codepoint", "utf16")

_CRLF = re.compile("\r\n")
_ASTRAL = re.compile("[\U00010000-\U0010FFFF]")  # two UTF-16 code units each


@dataclass(frozen=True)
class Convention:
    """How a file counts positions: ``crlf`` "two" | "one", ``units`` "codepoint" | "utf16"."""

    crlf: str = "two"
    units: str = "codepoint"

    def __post_init__(self):
        if self.crlf not in CRLF_MODES:
            raise ValueError(f"crlf must be one of {CRLF_MODES}, not {self.crlf!r}")
        if self.units not in UNIT_MODES:
            raise ValueError(f"units must be one of {UNIT_MODES}, not {self.units!r}")

    def __str__(self) -> str:
        return f"{self.units} positions, CRLF counted as {self.crlf}"


STANDARD = Convention("two", "codepoint")
ALL_CONVENTIONS = tuple(Convention(c, u) for u in UNIT_MODES for c in CRLF_MODES)


def strip_bom(text: str) -> str:
    return text[1:] if text.startswith("\ufeff") else text


def normalise_newlines(raw: str) -> str:
    """CRLF and lone CR -> LF (the ingest normalisation; lengths change only for CRLF)."""
    return raw.replace("\r\n", "\n").replace("\r", "\n")


class PositionMap:
    """Positions in a raw source text under a :class:`Convention` <-> offsets in its LF text.

    ``PositionMap(raw, conv).text`` is the normalised text.  ``to_offsets(start, end)``
    maps a selection to offsets in it (a start inside a two-unit character snaps back,
    an end snaps forward, so a selection never loses a character);
    ``to_positions(start, end)`` is the inverse.  ``length`` is the text's length in
    the convention's units (positions beyond it are out of range).
    """

    def __init__(self, raw: str, convention: Convention = STANDARD):
        self.convention = convention
        self.text = normalise_newlines(raw)
        # Only characters that count as two units need remembering; everything else
        # counts one.  ``_wide`` holds their offsets in the normalised text, sorted.
        wide: list[int] = []
        if convention.crlf == "two":
            # the k-th CRLF at raw index j becomes the LF at normalised index j - k
            wide += [m.start() - k for k, m in enumerate(_CRLF.finditer(raw))]
        if convention.units == "utf16" and not self.text.isascii():
            wide += [m.start() for m in _ASTRAL.finditer(self.text)]
        self._wide = sorted(wide)
        self.length = len(self.text) + len(self._wide)

    def position(self, offset: int) -> int:
        """The position (in the convention's units) of a normalised offset."""
        return offset + bisect_left(self._wide, offset)

    def offset(self, position: int, *, end: bool = False) -> int:
        """The normalised offset of a position; inside a two-unit character snap back (or forward for an end)."""
        if not self._wide:
            return position
        # offset o has position o + #wide<o; find the largest o with position(o) <= position
        lo, hi = 0, len(self.text)
        while lo < hi:  # binary search on the monotone position()
            mid = (lo + hi + 1) // 2
            if self.position(mid) <= position:
                lo = mid
            else:
                hi = mid - 1
        if end and self.position(lo) < position:
            lo += 1
        return lo

    def to_offsets(self, start: int, end: int) -> tuple[int, int]:
        return self.offset(start), self.offset(end, end=True)

    def to_positions(self, start: int, end: int) -> tuple[int, int]:
        return self.position(start), self.position(end)

    def exact(self, position: int) -> bool:
        """True when *position* falls on a character boundary (not inside a CRLF or surrogate pair)."""
        return self.position(self.offset(position)) == position


def name_evidence(text: str, start: int, end: int, name: str | None) -> bool | None:
    """Does a selection's ``name`` agree with ``text[start:end]``?  None when the name says nothing.

    Programs store the selected text, often cut and ended with an ellipsis, or a
    label such as "Quotation 12:3".  Only names of four or more characters that
    look like text are evidence.
    """
    if not name:
        return None
    probe = " ".join(name.replace("\u2026", " ").split())
    if probe.endswith("..."):
        probe = probe[:-3].rstrip()
    if len(probe) < 4:
        return None
    # collapse whitespace runs but keep the edges: a selection shifted by one character
    # onto a space must not match
    got = re.sub(r"\s+", " ", text[start:end])
    return got.startswith(probe)


def choose_convention(sources: list[tuple[str, list[tuple[int, int, str | None]]]],
                      fallback: Convention = STANDARD) -> tuple[Convention, int, int]:
    """Pick the convention under which most selection names match their text.

    *sources*: ``(raw_text, [(start, end, name), ...])``.  Returns the convention,
    the number of names that matched under it and the number of names that were
    evidence.  Ties (including no evidence at all) go to *fallback*.
    """
    relevant = [(raw, sels) for raw, sels in sources
                if sels and ("\r\n" in raw or not raw.isascii())]
    if not relevant:
        return fallback, 0, 0
    # matched[conv] = the set of selections whose name matches under conv; a name that
    # matches under no convention ("Quotation 12:3") is no evidence either way
    matched: dict[Convention, set] = {}
    for conv in ALL_CONVENTIONS:
        hits = set()
        for k, (raw, sels) in enumerate(relevant):
            pm = PositionMap(raw, conv)
            for i, (start, end, name) in enumerate(sels):
                if 0 <= start <= end <= pm.length and name_evidence(pm.text, *pm.to_offsets(start, end), name):
                    hits.add((k, i))
        matched[conv] = hits
    total = len(set().union(*matched.values()))
    best = max(len(h) for h in matched.values())
    for conv in (fallback, *ALL_CONVENTIONS):  # ties: the fallback, then the standard first
        if len(matched[conv]) == best:
            return conv, best, total
    return fallback, 0, total  # pragma: no cover - unreachable


__all__ = ["ALL_CONVENTIONS", "Convention", "PositionMap", "STANDARD", "choose_convention",
           "name_evidence", "normalise_newlines", "strip_bom"]
