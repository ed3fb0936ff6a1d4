"""Rupture markers in participant turns and repair in the therapist's reply.

Following Safran & Muran (2000) and the Rupture Resolution Rating System
(Eubanks, Muran & Safran 2015), a participant turn is a rupture turn when it
holds a marker of

* ``disagreement`` - resisting the therapist's direction ("yeah but", "not
  really", "it's not that bad");
* ``confrontation`` - complaining about the therapist or the therapy ("you
  don't understand", "what's the point");
* ``withdrawal`` - disengaging or deferring ("I don't know", "whatever");
* ``minimal_response`` - the whole turn is at most ``MAX_MINIMAL_WORDS``
  backchannel words ("Okay.", "Mm-hmm.", "Sure") or no words at all (only a
  transcriber note such as "[sighs]").

A rupture is repaired when the therapist's NEXT turn acknowledges ("fair
enough", "you're right"), apologises ("sorry"), invites feedback ("what do you
think", "does that sound right") or reflects (see responsiveness.py) - the
last is how MI "rolls with" discord.  A negated acknowledgement ("I don't
understand") is not a repair (negation.py).
"""

from __future__ import annotations

from .lexicons import Lexicon
from .negation import TurnNegation, split_negated

RUPTURE_KINDS = ("disagreement", "confrontation", "withdrawal", "minimal_response")
REPAIR_CATEGORIES = ("repair_acknowledge", "repair_apologise", "repair_invite_feedback")
MAX_MINIMAL_WORDS = 2


def rupture_markers(text: str, norm: str, words: list[str], lex: Lexicon) -> dict[str, list[tuple[int, int]]]:
    """Rupture kind -> spans (offsets in the turn text) for one participant turn."""
    out = {k: lex[k].spans(norm) for k in ("disagreement", "confrontation", "withdrawal")}
    backchannel = lex["backchannel"].words()
    minimal = len(words) <= MAX_MINIMAL_WORDS and all(w in backchannel for w in words)
    stripped = text.strip()
    if minimal and stripped:
        start = text.index(stripped[0])
        out["minimal_response"] = [(start, start + len(stripped))]
    else:
        out["minimal_response"] = []
    return out


def repair_spans(norm: str, act_label: str, act_spans: list[tuple[int, int]],
                 lex: Lexicon, negation: TurnNegation | None = None) -> list[tuple[int, int]]:
    """Spans that make a therapist turn a repair (empty list: no repair).

    A negated acknowledgement ("I don't understand", "that's not okay") is no
    repair, when the lexicon's negation rule applies to its category.
    """
    found = set()
    for cat in REPAIR_CATEGORIES:
        matches = lex[cat].spans(norm)
        if matches and cat in lex.negation.applies_to:
            turn = negation if negation is not None else TurnNegation(norm, lex.negation)
            matches = [(a, b) for a, b, cue in split_negated(matches, turn) if cue is None]
        found.update(matches)
    spans = sorted(found)
    if act_label == "reflection":
        spans = sorted(set(spans) | set(act_spans))
    return spans
