"""Names in document ids, participant ids and paths (``Ingrid_s1.txt``), replaced like the text's.

Ingest builds ``doc_id`` and ``participant_id`` from file names, and the report names
case histories and quotes by them, so a file named after a person would carry the name
past de-identification.  Each id is searched with :meth:`.engine.Deidentifier.find_in_id`
(the study's known names in any case, the deny-list, the structured rules) and each hit
replaced by the same replacement as in the text, made safe for an id or a file name
(``[PERSON_1]`` -> ``PERSON_1``, a surrogate ``Rowan Ellis`` -> ``Rowan_Ellis``).
"""

from __future__ import annotations

import re

from ..errors import InputError
from .engine import replace_spans

_UNSAFE = re.compile(r"[^\w.-]+")


def id_safe(replacement: str) -> str:
    """A replacement usable inside an id or a file name."""
    return _UNSAFE.sub("_", replacement).strip("_")


def deidentify_id(deid, label, value: str) -> tuple[str, list]:
    """*value* with its identifiers replaced, and ``(start, end, span, replacement)`` for the log."""
    return replace_spans(value, deid.find_in_id(value), lambda span, original: id_safe(label(span, original)))


class IdMap:
    """Each original id's replacement, one per id for the whole study; log rows of what changed."""

    def __init__(self, deid, replacer):
        self.deid, self.replacer = deid, replacer
        self.new: dict[tuple[str, str], str] = {}
        self.rows: list[dict] = []

    def get(self, kind: str, value: str, participant: str) -> str:
        """*value* (a ``doc_id``, ``participant_id`` or ``path``) de-identified."""
        if (kind, value) not in self.new:
            new, done = deidentify_id(self.deid, self.replacer.for_participant(participant), value)
            self.new[(kind, value)] = new
            self.rows += [{"kind": kind, "value": new, "start_char": s, "end_char": e, "entity_type": span.entity_type,
                           "replacement": repl} for s, e, span, repl in done]
        return self.new[(kind, value)]

    def check_unique(self, kind: str, values) -> None:
        """Two distinct ids that became one (``sarah_s1`` and ``Sarah_s1``) would merge documents: refuse."""
        seen: dict[str, str] = {}
        for v in values:
            new = self.new.get((kind, v), v)
            if new in seen and seen[new] != v:
                raise InputError(f"two documents' {kind}s become the same {new!r} after de-identification; "
                                 "rename the files by code (e.g. P01_preparation.txt)")
            seen[new] = v


__all__ = ["IdMap", "deidentify_id", "id_safe"]
