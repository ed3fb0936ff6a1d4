"""De-identification split in two for a distributed engine: what a worker finds, what the driver replaces.

Finding identifiers (:meth:`.engine.Deidentifier.learn` and ``find``) is the expensive,
order-free part; replacing them is cheap and order-dependent (pseudonyms are numbered in
the order they are first used, surrogates and date offsets are drawn in that order), so
it stays on the driver.  The two halves meet through :func:`.tables._document`, the one
function that walks a document's pieces:

* on a worker, :class:`Recorder` stands in for the Deidentifier: ``_document`` runs with a
  label that changes nothing, and every ``find`` it makes is kept (:class:`FoundSpans`);
* on the driver, :class:`Replay` stands in for it: ``_document`` runs with the real
  replacements and each ``find`` is answered from the record, in the same order.

Both halves walk the pieces with the same code, so the finds asked for on the driver are
the finds made on the worker, one for one (each is checked against its piece's length).
Surrogate mode records and replays in one process too: the whole study is found before the
first surrogate is drawn, and the walk also keeps the originals it met
(``FoundSpans.originals``), which no surrogate may be.

The first pass (learning the study's names) gives per partition the names its texts
taught (:func:`learned_names`); :func:`merge_learned` adds them to the driver's
:class:`~.names.KnownNames` in partition order, which leaves its ``types`` exactly as
learning every text in one loop would (``add`` keeps a name's first type and position).
"""

from __future__ import annotations

import copy
import dataclasses
from dataclasses import dataclass, field

from .names import KnownNames


class FindFailed(Exception):
    """The worker's ``find`` failed at this point of the document: the driver excludes it there too."""

    def __init__(self, kind: str):
        super().__init__(kind)
        self.kind = kind  # the original exception's type name (never its message: it may quote the text)


def failure_kind(exc: BaseException) -> str:
    """What an excluded document's reason names: the type of the exception that failed it."""
    return exc.kind if isinstance(exc, FindFailed) else type(exc).__name__


@dataclass
class FoundSpans:
    """Every ``find`` of one document, in call order: ``(length of the text searched, spans)``;
    *error*: the type name of the exception that stopped the document there (None: it ran through);
    *originals*: ``(entity type, original text)`` of every span the walk met, when asked for
    (surrogate mode: no surrogate may be one of the study's found originals), else None."""

    finds: list = field(default_factory=list)
    error: str | None = None
    originals: set | None = None


class Recorder:
    """A Deidentifier that keeps what it finds (the worker's half)."""

    def __init__(self, deid):
        self._deid = deid
        self.known = deid.known
        self.found = FoundSpans()

    def find(self, text: str):
        spans = self._deid.find(text)
        self.found.finds.append((len(text), spans))
        return spans


class Replay:
    """Answers ``find`` from a :class:`FoundSpans`, in order (the driver's half)."""

    def __init__(self, known: KnownNames, found: FoundSpans):
        self.known = known
        self._found = found
        self._next = 0

    def find(self, text: str):
        if self._next == len(self._found.finds):
            if self._found.error is not None:  # the document failed here on the worker
                raise FindFailed(self._found.error)
            raise RuntimeError("a find was asked for that the worker did not make")
        length, spans = self._found.finds[self._next]
        if length != len(text):
            raise RuntimeError("the replayed finds do not follow the document's pieces")
        self._next += 1
        return spans


def keep_original(span, original: str) -> str:
    """The label of the worker's walk through a document: nothing is replaced there."""
    return original


def keeping_originals(seen: set):
    """A label like :func:`keep_original` that also adds ``(entity type, original)`` to *seen*."""
    def label(span, original: str) -> str:
        seen.add((span.entity_type, original))
        return original
    return label


def deidentifier_spec(deid) -> tuple[type, dict]:
    """How to build *deid* again on a worker: its class and constructor arguments (not the study's
    names, which travel on their own; not anything it built, such as the recogniser's pipeline,
    which each worker loads once).  ``ner: auto`` becomes what the driver chose (``on`` or ``off``),
    so a worker without the model fails instead of quietly finding less than the driver would."""
    args = {f.name: getattr(deid, f.name) for f in dataclasses.fields(deid) if f.init and f.name != "known"}
    if args.get("ner") == "auto":
        args["ner"] = "on" if deid.ner_model is not None else "off"
    return type(deid), args


def with_known(deid, known: KnownNames):
    """A shallow copy of *deid* (sharing what it built) that knows *known*; *deid* is left as it was."""
    twin = copy.copy(deid)
    twin.known = known
    return twin


def learned_names(deid, texts) -> dict[str, str]:
    """The names *texts* teach, in the order :meth:`~.engine.Deidentifier.learn` adds them
    (learnt afresh: nothing *deid* already knows is in the result); each text, or ``(text, pieces)``
    (``learn``'s *pieces*)."""
    fresh = with_known(deid, KnownNames())
    for text in texts:
        fresh.learn(*((text,) if isinstance(text, str) else text))
    return fresh.known.types


def merge_learned(known: KnownNames, learned: dict[str, str]) -> None:
    """Add one partition's learned names to *known*, after the partitions before it."""
    for name, kind in learned.items():
        known.add(name, kind, words=False)  # its words were learned as names of their own


__all__ = ["FindFailed", "FoundSpans", "Recorder", "Replay", "deidentifier_spec", "failure_kind", "keep_original",
           "keeping_originals", "learned_names", "merge_learned", "with_known"]
