"""Ruptures and repairs as events: who objected, when, and what the therapist did next.

``rupture_events(segments)`` reads each transcript's turns in order, both speakers,
and returns a :class:`RuptureResult`:

* ``events`` - one ``rupture`` row per rupture (the participant turn holding the first
  marker, its 3RS marker type - ``confrontation`` or ``withdrawal`` - and marker, the
  evidence span and its offsets in the document text, ``repaired``, the repairing
  turn and the therapist's ``response``) and one ``repair`` row per repaired rupture
  (the therapist turn, its strategy and evidence span);
* ``counts`` - per transcript: ``ruptures``, ``repaired``, ``unrepaired`` (every
  transcript has a row, zeros included).

How the status is decided (docs/ruptures.md):

1. Consecutive turns of one speaker form a *run* (a chat client types several lines
   in a row).  A participant run holding a rupture marker (rupture_markers.py) opens
   a rupture, unless it continues one: a rupture the therapist has not repaired stays
   open while the participant keeps objecting in their next runs.
2. The therapist's next run is the *response*.  A redirect to the therapist's
   agenda, a protocol reply, or advice after the participant said they need to be
   heard is no repair, whatever else the response holds ("I hear you, but the
   protocol is what it is").  Otherwise an apology, an acknowledgement, an invitation
   to say more, or a return to the participant's topic (the response shares content
   words with what the participant said) repairs the rupture.
3. A response that does neither leaves the rupture open for up to ``window`` therapist
   runs (default 2; Safran & Muran's resolution can take a few exchanges).  A rupture
   still open after that, or at the end of the transcript, is unrepaired.

Markers inside a negated clause ("I don't feel pushed") are dropped with the
lexicon's negation rule (negation.py), as are negated acknowledgements ("I don't
understand").
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd

from ..errors import InputError
from ..schema import SEGMENT_COLUMNS, coerce_segments, require_columns
from . import tokens
from .lexicons import Lexicon, load_function_words, load_lexicon
from .negation import TurnNegation
from ..stage_params import DEFAULT_RUPTURE_WINDOW
from .rupture_markers import (ADVICE_PATTERNS, HYPOTHETICAL, NEED_TO_BE_HEARD, NON_REPAIR_PATTERNS,
                              REPAIR_PATTERNS, RUPTURE_PATTERNS, TAKEN_BACK, find, sentence_after, sentence_before)

EVENT_COLUMNS = ["doc_id", "participant_id", "session", "timepoint", "rupture_id", "kind", "turn", "last_turn", "role",
                 "marker_type", "marker", "repair_strategy", "start_char", "end_char", "evidence", "repaired",
                 "repair_turn", "response", "response_turn", "response_start_char", "response_end_char"]
COUNT_COLUMNS = ["doc_id", "participant_id", "session", "timepoint", "ruptures", "repaired", "unrepaired"]
DEFAULT_WINDOW = DEFAULT_RUPTURE_WINDOW
# "return to the participant's topic": the response shares at least this many content
# lemmas with the participant's rupture run and the run before it ...
MIN_TOPIC_SHARED = 2
# ... making at least this share of the response's content lemmas
MIN_TOPIC_SHARE = 0.25


@dataclass
class RuptureResult:
    events: pd.DataFrame
    counts: pd.DataFrame


@dataclass
class _Turn:
    row: object
    norm: str
    words: list

    @property
    def turn(self) -> int:
        return int(self.row.turn)

    def span(self, a: int, b: int) -> tuple[int, int, str]:
        base = int(self.row.start_char)
        return base + a, base + b, str(self.row.text)[a:b]


@dataclass
class _Run:
    role: str
    turns: list[_Turn]


@dataclass
class _Rupture:
    first: tuple            # (turn, marker pattern, a, b)
    need_heard: bool
    context: set[str]       # content lemmas of the participant's talk around it
    responses_left: int
    repair: tuple | None = None   # (turn, strategy, a, b)
    response: str = "no_reply"
    response_turn: int | None = None
    response_span: tuple | None = None   # (turn, a, b) of the non-repair move or the repair
    closed: bool = False
    extra: list = field(default_factory=list)


def _runs(doc: pd.DataFrame) -> list[_Run]:
    runs: list[_Run] = []
    for row in doc.itertuples(index=False):
        if row.role not in ("therapist", "participant"):
            continue
        norm = tokens.normalise(str(row.text))
        t = _Turn(row, norm, tokens.words(norm))
        if runs and runs[-1].role == row.role:
            runs[-1].turns.append(t)
        else:
            runs.append(_Run(row.role, [t]))
    return runs


def _affirmed(matches, t: _Turn, lex: Lexicon):
    """Matches the lexicon's negation rule leaves affirmed (negation.py: no cue before them in
    their clause, no post-negation right after them)."""
    if not matches:
        return matches
    neg = TurnNegation(t.norm, lex.negation, t.words)
    return [m for m in matches if neg.cue(m[1], m[2]) is None]


def _rupture_markers(run: _Run, lex: Lexicon) -> list[tuple[_Turn, object, int, int]]:
    """Affirmed, asserted markers: not negated, not after a hypothetical ("what if ...") in their sentence."""
    return [(t, p, a, b) for t in run.turns for p, a, b in _affirmed(find(RUPTURE_PATTERNS, t.norm), t, lex)
            if not HYPOTHETICAL.search(sentence_before(t.norm, a))]


def _repairs(t: _Turn, lex: Lexicon):
    """Affirmed repair moves not taken back by a "but" later in their sentence."""
    return [(p, a, b) for p, a, b in _affirmed(find(REPAIR_PATTERNS, t.norm), t, lex)
            if not TAKEN_BACK.search(sentence_after(t.norm, b))]


class _DocumentEvents:
    """Walks one transcript's speaker runs in order, opening ruptures and reading the therapist's responses."""

    def __init__(self, doc: pd.DataFrame, lex: Lexicon, function_words: frozenset[str], window: int):
        self.runs = _runs(doc)
        self.lex = lex
        self.fw = function_words
        self.window = window
        self.ruptures: list[_Rupture] = []

    def _content(self, run: _Run | None) -> set[str]:
        if run is None:
            return set()
        return set().union(*(tokens.content_lemmas(t.words, self.fw) for t in run.turns))

    def _respond(self, rup: _Rupture, run: _Run) -> None:
        """Read one therapist run as the response to an open rupture."""
        first_turn = run.turns[0].turn
        for t in run.turns:
            stops = find(NON_REPAIR_PATTERNS, t.norm)
            if rup.need_heard:
                stops += find(ADVICE_PATTERNS, t.norm)
            if stops:
                p, a, b = stops[0]
                rup.response, rup.response_turn, rup.closed = p.group, t.turn, True
                rup.response_span = (t, a, b)
                return
        for t in run.turns:
            repairs = _repairs(t, self.lex)
            if repairs:
                p, a, b = repairs[0]
                rup.repair = (t, p.name, a, b)
                rup.response, rup.response_turn, rup.closed = p.name, t.turn, True
                rup.response_span = (t, a, b)
                return
        own = self._content(run)
        shared = own & rup.context
        if len(shared) >= MIN_TOPIC_SHARED and len(shared) / len(own) >= MIN_TOPIC_SHARE:
            t = next(t for t in run.turns if tokens.content_lemmas(t.words, self.fw) & shared)
            span = _first_word_span(t, shared)
            rup.repair = (t, "return_to_topic", *span)
            rup.response, rup.response_turn, rup.closed = "return_to_topic", t.turn, True
            rup.response_span = (t, *span)
            return
        rup.response, rup.response_turn, rup.response_span = "none", first_turn, None
        rup.responses_left -= 1
        if rup.responses_left <= 0:
            rup.closed = True

    def run(self) -> list[_Rupture]:
        open_rup: _Rupture | None = None
        prev_participant: _Run | None = None
        for run in self.runs:
            if run.role == "therapist":
                if open_rup is not None:
                    self._respond(open_rup, run)
                    if open_rup.closed:
                        open_rup = None
                continue
            markers = _rupture_markers(run, self.lex)
            if markers:
                need = any(NEED_TO_BE_HEARD.search(t.norm) for t in run.turns)
                context = self._content(run) | self._content(prev_participant)
                if open_rup is not None:  # the participant keeps objecting: the same rupture
                    open_rup.need_heard |= need
                    open_rup.context |= context
                    open_rup.responses_left = self.window
                    open_rup.extra.append(markers[0])
                else:
                    open_rup = _Rupture(markers[0], need, context, self.window)
                    self.ruptures.append(open_rup)
            prev_participant = run
        return self.ruptures


def _first_word_span(t: _Turn, lemmas: set[str]) -> tuple[int, int]:
    for w, a, b in t.words:
        if tokens.lemma(w) in lemmas:
            return a, b
    return 0, len(t.norm)


def rupture_events(segments: pd.DataFrame, lexicon: str | Lexicon | None = None,
                   function_words: str | dict | None = None, window: int = DEFAULT_WINDOW) -> RuptureResult:
    """Rupture and repair events and per-transcript counts (module docstring).

    *segments* is an ingest ``segments`` table; only ``transcript`` documents are read.
    """
    require_columns(segments, SEGMENT_COLUMNS, "segments")
    if window < 1:
        raise InputError(f"rupture window must be at least 1 therapist turn run (got {window})")
    lex = lexicon if isinstance(lexicon, Lexicon) else load_lexicon(lexicon)
    fw = function_words if isinstance(function_words, dict) else load_function_words(function_words)
    all_fw = frozenset().union(*fw.values())
    seg = coerce_segments(segments)
    seg = seg[seg["source_type"] == "transcript"].sort_values(["doc_id", "turn", "start_char"], kind="stable")
    events, counts = [], []
    for doc_id, doc in seg.groupby("doc_id", sort=True):
        first = doc.iloc[0]
        keys = {"doc_id": doc_id, "participant_id": first.participant_id, "session": first.session,
                "timepoint": first.timepoint}
        ruptures = _DocumentEvents(doc, lex, all_fw, window).run()
        for i, rup in enumerate(ruptures, start=1):
            events.extend(_rows(keys, i, rup))
        n_rep = sum(r.repair is not None for r in ruptures)
        counts.append({**keys, "ruptures": len(ruptures), "repaired": n_rep, "unrepaired": len(ruptures) - n_rep})
    ev = pd.DataFrame(events, columns=EVENT_COLUMNS)
    ev = ev.astype({"rupture_id": "int64", "turn": "int64", "last_turn": "int64", "start_char": "int64", "end_char": "int64",
                    "repaired": "bool", "repair_turn": "Int64", "response_turn": "Int64",
                    "response_start_char": "Int64", "response_end_char": "Int64"})
    ct = pd.DataFrame(counts, columns=COUNT_COLUMNS).astype(
        {"ruptures": "int64", "repaired": "int64", "unrepaired": "int64"})
    return RuptureResult(ev.reset_index(drop=True), ct.reset_index(drop=True))


def _rows(keys: dict, rupture_id: int, rup: _Rupture) -> list[dict]:
    t, p, a, b = rup.first
    start, end, text = t.span(a, b)
    repaired = rup.repair is not None
    rep_turn = rup.repair[0].turn if repaired else None
    last = rup.extra[-1][0].turn if rup.extra else t.turn
    if rup.response_span is not None:
        rs, re_, _ = rup.response_span[0].span(*rup.response_span[1:])
    else:
        rs = re_ = None
    response = {"response": rup.response, "response_turn": rup.response_turn, "response_start_char": rs,
                "response_end_char": re_}
    rows = [{**keys, "rupture_id": rupture_id, "kind": "rupture", "turn": t.turn, "last_turn": last,
             "role": "participant",
             "marker_type": p.group, "marker": p.name, "repair_strategy": rup.repair[1] if repaired else "",
             "start_char": start, "end_char": end, "evidence": text, "repaired": repaired,
             "repair_turn": rep_turn, **response}]
    if repaired:
        rt, strategy, ra, rb = rup.repair
        start, end, text = rt.span(ra, rb)
        rows.append({**keys, "rupture_id": rupture_id, "kind": "repair", "turn": rt.turn, "last_turn": rt.turn,
                     "role": "therapist",
                     "marker_type": p.group, "marker": p.name, "repair_strategy": strategy, "start_char": start,
                     "end_char": end, "evidence": text, "repaired": True, "repair_turn": rt.turn,
                     **response})
    return rows
