"""Typed pseudonyms that stay the same across a study, and the map back to the originals.

``[PERSON_3]`` is the third distinct person the study's de-identification met; the
same name gets the same pseudonym in every document and in every later run that uses
the same map file.  The map also keeps what the other modes chose, so they stay the
same across runs too: each original's realistic surrogate (``mode: surrogate``) and
each participant's secret date offset in days (``dates: shift``).  The map holds the
original text and the offsets that undo the date shift, so it is written outside the
run folder (refused inside it), with owner-only permissions (0600), atomically.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from pathlib import Path

from ..errors import ConfigError, InputError, output_error

MAP_VERSION = 2
_READABLE_VERSIONS = (1, 2)  # version 1: pseudonym numbers only


def _key(text: str) -> str:
    return " ".join(text.split()).casefold()


class PseudonymMap:
    """*entries*: entity type -> {normalised original, or what it says (a date's ``2021-03-03`` or ``--03-03``,
    an age's ``94``: :meth:`label`'s *value*) -> number}, one number possibly under several keys; *surrogates*:
    entity type -> {normalised original -> surrogate}; *date_offsets*: participant -> days."""

    def __init__(self, entries: dict[str, dict[str, int]] | None = None,
                 surrogates: dict[str, dict[str, str]] | None = None, date_offsets: dict[str, int] | None = None):
        self.entries: dict[str, dict[str, int]] = {t: dict(v) for t, v in (entries or {}).items()}
        self.surrogates: dict[str, dict[str, str]] = {t: dict(v) for t, v in (surrogates or {}).items()}
        self.date_offsets: dict[str, int] = dict(date_offsets or {})
        self._checked: set[tuple[str, str]] = set()  # surrogates drawn or checked by this run: kept as they are
        self.redrawn = 0  # surrogates kept from an earlier run that this run drew again (``surrogate``'s *keep*)
        self._held_values: dict[str, dict[str, int]] = {}  # label's *read* of the texts held: see _held

    def label(self, entity_type: str, original: str, read: Callable[[str], str | None] | None = None) -> str:
        """The typed pseudonym of *original*, numbered in the order originals are met.  *read*: what an original
        says when two spellings can say the same (``dates.date_value``: a date's day ``--03-03`` for ``March 3rd``
        and ``3 March``; ``replace.age_value``: an age's ``94`` for ``ninety-four``), the key then where it reads
        one; a map written before keyed such an original by its text, and the first one met keeps that number for
        the value (a spelling of it the map held by its text is found with *read* too, when another is met first)."""
        numbers = self.entries.setdefault(entity_type, {})
        text_key = _key(original)
        value = read(original) if read is not None else None
        key = text_key if value is None else value
        if key not in numbers:
            numbers[key] = (numbers.get(text_key) or (value is not None and self._held(entity_type, read).get(value))
                            or max(numbers.values(), default=0) + 1)
        return f"[{entity_type}_{numbers[key]}]"

    def _held(self, entity_type: str, read) -> dict[str, int]:
        """value -> number of the originals of *entity_type* the map held by their text (the lowest number of a
        value's spellings), read once.  (review 24) Without it a held ``march 3rd`` got a new number, so changed its
        pseudonym between runs, when ``3 March`` came first in the new run."""
        if entity_type not in self._held_values:
            held: dict[str, int] = {}
            for text, number in self.entries.get(entity_type, {}).items():
                value = read(text)
                if value is not None and value != text:
                    held[value] = min(number, held.get(value, number))
            self._held_values[entity_type] = held
        return self._held_values[entity_type]

    def surrogate(self, entity_type: str, original: str, make, keep=None) -> str:
        """The surrogate of *original*: the one chosen before, else ``make(used)`` (*used*: the
        surrogates this type already has, to keep them distinct), remembered.  *keep*: whether a
        surrogate an earlier run chose may stay (it may have become a name of this study); asked once
        per original and run, a surrogate it refuses is drawn again and the map keeps the new one."""
        chosen = self.surrogates.setdefault(entity_type, {})
        key = _key(original)
        if key in chosen and keep is not None and (entity_type, key) not in self._checked and not keep(chosen[key]):
            self.redrawn += 1
            del chosen[key]
        if key not in chosen:
            chosen[key] = make(frozenset(v.casefold() for v in chosen.values()))
        self._checked.add((entity_type, key))
        return chosen[key]

    def date_offset(self, participant: str, draw) -> int:
        """The participant's date offset in days: the one drawn before, else ``draw()``, remembered."""
        if participant not in self.date_offsets:
            self.date_offsets[participant] = int(draw())
        return self.date_offsets[participant]

    def originals(self, entity_type: str) -> frozenset[str]:
        """The normalised originals of *entity_type* the map knows (a surrogate must not be one)."""
        return frozenset(self.entries.get(entity_type, {})) | frozenset(self.surrogates.get(entity_type, {}))

    def __len__(self) -> int:
        return sum(len(v) for v in self.entries.values())

    @classmethod
    def load(cls, path) -> "PseudonymMap":
        """The map in *path*, or an empty one when the file does not exist yet."""
        p = Path(path)
        if not p.exists():
            return cls()
        try:
            data = json.loads(p.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise InputError(f"cannot read the pseudonym map: {exc}", p) from None
        if (not isinstance(data, dict) or data.get("version") not in _READABLE_VERSIONS
                or not isinstance(data.get("entries"), dict)):
            raise InputError(f"not a qualalliance pseudonym map (version {MAP_VERSION})", p)
        entries, surrogates = data["entries"], data.get("surrogates", {})
        offsets = data.get("date_offsets", {})
        if not _nested(entries, int):
            raise InputError("pseudonym map entries must map text to numbers", p)
        if not _nested(surrogates, str):
            raise InputError("pseudonym map surrogates must map text to text", p)
        if not (isinstance(offsets, dict) and all(type(v) is int for v in offsets.values())):
            raise InputError("pseudonym map date_offsets must map participants to whole days", p)
        return cls(entries, surrogates, offsets)

    def save(self, path) -> Path:
        """Write the map with mode 0600 (created so, never world-readable for a moment)."""
        p = Path(path)
        tmp = p.with_name(f".{p.name}.tmp{os.getpid()}")
        data = json.dumps({"version": MAP_VERSION, "note": "maps pseudonyms, surrogates and shifted dates back to "
                           "the original text: keep private", "entries": self.entries, "surrogates": self.surrogates,
                           "date_offsets": self.date_offsets}, ensure_ascii=False, indent=1, sort_keys=True)
        try:
            p.parent.mkdir(parents=True, exist_ok=True)
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                fh.write(data)
            os.chmod(tmp, 0o600)
            os.replace(tmp, p)
        except OSError as exc:
            if tmp.exists():
                tmp.unlink()
            raise output_error(exc, p) from None
        return p


def _nested(table, kind) -> bool:
    return isinstance(table, dict) and all(isinstance(v, dict) and all(type(n) is kind for n in v.values())
                                           for v in table.values())


def check_map_outside(map_file, run_dir) -> Path:
    """*map_file* resolved; a ConfigError when it lies inside the output folder *run_dir*."""
    m, out = Path(map_file).resolve(), Path(run_dir).resolve()
    if m == out or out in m.parents:
        raise ConfigError(f"the pseudonym map must be kept outside the output folder {out} "
                          "(it holds the original names)", m)
    return m


__all__ = ["MAP_VERSION", "PseudonymMap", "check_map_outside"]
