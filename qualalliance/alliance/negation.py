"""NegEx-style negation of lexicon matches ("I don't feel safe", "I didn't trust you").

A match of a negation-sensitive category (``negation.applies_to`` in the
lexicon) is **negated** when a negation cue stands among the ``window`` words
immediately before the match's first word, in the same clause:

* a cue is a word listed in ``negation.cues`` ("not", "never", "no", "nothing",
  "without", "hardly", ...) or ending in one of ``negation.cue_suffixes``
  ("n't": don't, didn't, isn't, can't ...);
* the clause starts after the last ``. ? ! ; : ,``, bracket, quote or
  free-standing dash before the match, or after a terminator word
  (``negation.terminators``: "but", "though", "because" ...), so "No, I feel
  safe" and "I didn't at first but now I trust you" are not negated;
* a cue inside a pseudo-negation (``negation.pseudo``: "why don't", "not only",
  "no matter", "can't thank you enough", "never felt so" ...) is not a cue;
* only cues BEFORE the match count (no post-negation: "safe, not scared" is
  affirmed), and a negation word inside the matched phrase itself ("no
  judgment", "nobody can make you") does not negate it.

After Chapman et al. (2001), NegEx, which takes cues within a few words before
a finding and ends their scope at conjunctions such as "but".  Double negation
("I'm not saying I don't trust you") is read as negated; sarcasm and negation
carried by tone are not seen.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from . import tokens

# a clause ends at sentence punctuation, a comma, a bracket, a quote or a
# free-standing dash (" - ", an en/em dash, "--"); a hyphen inside a word or a
# stutter ("didn't- didn't") does not end it
_CLAUSE_BREAK = re.compile(r"[.?!;:,()\"]|--|[\u2013\u2014]|(?<=\s)-(?=\s)")


@dataclass(frozen=True)
class Negation:
    """The negation rule of a lexicon (its ``negation`` section)."""

    description: str
    source: str
    window: int
    applies_to: tuple[str, ...]
    cues: frozenset[str]
    cue_suffixes: tuple[str, ...]
    terminators: frozenset[str]
    pseudo: tuple[str, ...]
    pseudo_pattern: re.Pattern | None = field(repr=False, compare=False, default=None)

    def is_cue(self, word: str) -> bool:
        return word in self.cues or any(word.endswith(s) for s in self.cue_suffixes)


class TurnNegation:
    """Negation look-ups for one normalised turn: words, pseudo-negation spans, clause breaks."""

    def __init__(self, norm: str, negation: Negation, words=None):
        self.norm = norm
        self.neg = negation
        self.words = tokens.words(norm) if words is None else words
        pseudo = [] if negation.pseudo_pattern is None else \
            [m.span() for m in negation.pseudo_pattern.finditer(norm)]
        self._pseudo = pseudo
        self._breaks = [m.end() for m in _CLAUSE_BREAK.finditer(norm)]

    def _in_pseudo(self, a: int, b: int) -> bool:
        return any(s <= a and b <= e for s, e in self._pseudo)

    def cue(self, start: int) -> tuple[int, int] | None:
        """(start, end) of the cue that negates a match starting at *start*, else None."""
        clause_start = 0
        for end in self._breaks:
            if end > start:
                break
            clause_start = end
        before = [w for w in self.words if w[2] <= start and w[1] >= clause_start]
        for w, a, b in reversed(before[-self.neg.window:]):
            if w in self.neg.terminators:
                return None
            if self.neg.is_cue(w) and not self._in_pseudo(a, b):
                return a, b
        return None


def split_negated(spans: list[tuple[int, int]], turn: TurnNegation | None):
    """[(start, end, cue_span or None)] for the matches of one category in one turn."""
    if turn is None:
        return [(a, b, None) for a, b in spans]
    return [(a, b, turn.cue(a)) for a, b in spans]


def merge_overlapping(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Overlapping spans merged (so a stretch matched by two categories counts once)."""
    out: list[list[int]] = []
    for a, b in sorted(spans):
        if out and a < out[-1][1]:
            out[-1][1] = max(out[-1][1], b)
        else:
            out.append([a, b])
    return [(a, b) for a, b in out]
