"""Negation of alliance lexicon matches ("I don't feel safe", "I didn't trust you").

A match of a negation-sensitive category (``negation.applies_to`` in the lexicon) is
negated by the one rule theme coding uses too: :func:`qualalliance.negation.negation_cue`
(NegEx after Chapman et al. 2001: a cue before the match in the same clause, or a
post-negation word such as "gone" or "went away" right after it; pseudo-negations are
no cues).  This module only turns a normalised turn into that rule's words:

* words as in ``tokens.words``, with a word ending in a cue suffix split as spaCy splits
  it ("don't" -> "do" + "n't"), so both callers see the same cue words; a cue is
  reported as its whole word ("don't");
* every clause break (``. ? ! ; : ,``, a bracket, a quote, a free-standing dash) as a
  "," word, which ends the rule's scope; a hyphen inside a word or a stutter ("didn't-
  didn't") does not;
* the lexicon's ``negation`` section adds its ``cues`` and ``terminators`` to the
  shared lists, names more pseudo-negations (``pseudo``: "why don't", "can't thank you
  enough" ...) and sets the window: a cue among the ``window`` words before the match
  (window 4 = at most 3 words between cue and match).

"I'm not sure I can trust you" is negated here (no hedge flag to carry the doubt; theme
coding flags it as a hedge instead).  "I feel safe, not scared" is affirmed (the comma
ends the clause; "not" after a match is never a cue); "the trust is gone" is negated.
Double negation ("I'm not saying I don't trust you") is read as negated; sarcasm and
negation carried by tone are not seen.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field

from ..negation import NegationLexicon, negation_cue
from . import tokens

# a clause ends at sentence punctuation, a comma, a bracket, a quote or a
# free-standing dash (" - ", an en/em dash, "--"); a hyphen inside a word or a
# stutter ("didn't- didn't") does not end it
_CLAUSE_BREAK = re.compile(r"[.?!;:,()\"]|--|[\u2013\u2014]|(?<=\s)-(?=\s)")


_BREAK = ","  # the word a clause break becomes (in the shared rule's clause-end list)


@dataclass(frozen=True)
class Negation:
    """The negation settings of a lexicon (its ``negation`` section)."""

    description: str
    source: str
    window: int
    applies_to: tuple[str, ...]
    cues: frozenset[str]
    cue_suffixes: tuple[str, ...]
    terminators: frozenset[str]
    pseudo: tuple[str, ...]
    pseudo_pattern: re.Pattern | None = field(repr=False, compare=False, default=None)
    words: NegationLexicon = field(init=False, repr=False, compare=False)

    def __post_init__(self):
        # the shared word lists plus this lexicon's, made once per lexicon (words are their own keys)
        object.__setattr__(self, "words", NegationLexicon(
            str, extra_cues=self.cues | set(self.cue_suffixes), extra_scope_end=self.terminators,
            doubt_negates=True))

    def is_cue(self, word: str) -> bool:
        """A word the lexicon names as a cue (itself or by its suffix); the shared list adds more."""
        return word in self.cues or any(word.endswith(s) for s in self.cue_suffixes)


def rule_words(norm: str, negation: Negation, words=None) -> list[tuple[str, int, int, int, int]]:
    """(word, start, end, word_start, word_end) in text order: the shared rule's words.

    A word ending in a cue suffix is split ("don't" -> "do", "n't"; both keep the whole
    word's span as word_start/word_end); a clause break is the word ``","``.
    """
    out = []
    for w, a, b in tokens.words(norm) if words is None else words:
        suffix = next((s for s in negation.cue_suffixes if w.endswith(s) and len(w) > len(s)), None)
        if suffix is None:
            out.append((w, a, b, a, b))
        else:
            cut = b - len(suffix)
            out += [(w[:-len(suffix)], a, cut, a, b), (suffix, cut, b, a, b)]
    out += [(_BREAK, m.start(), m.end(), m.start(), m.end()) for m in _CLAUSE_BREAK.finditer(norm)]
    out.sort(key=lambda t: t[1])
    return out


class TurnNegation:
    """The shared negation rule applied to the matches of one normalised turn."""

    def __init__(self, norm: str, negation: Negation, words=None):
        self.norm = norm
        self.neg = negation
        self._words = rule_words(norm, negation, words)
        self._keys = [w for w, *_ in self._words]
        self._starts = [a for _, a, _, _, _ in self._words]
        self._pseudo = [] if negation.pseudo_pattern is None else \
            [m.span() for m in negation.pseudo_pattern.finditer(norm)]

    def _in_pseudo(self, i: int) -> bool:
        _, a, b, _, _ = self._words[i]
        return any(s <= a and b <= e for s, e in self._pseudo)

    def cue(self, start: int, end: int) -> tuple[int, int] | None:
        """(start, end) of the whole word(s) negating the match norm[start:end], else None."""
        first = bisect_left(self._starts, start)
        last = bisect_left(self._starts, end)
        found = negation_cue(self._keys, [False] * len(self._keys), first, last, self.neg.words,
                             window=self.neg.window - 1, pseudo=self._in_pseudo if self._pseudo else None)
        if not found:
            return None
        return self._words[found[0]][3], self._words[found[-1]][4]


def split_negated(spans: list[tuple[int, int]], turn: TurnNegation | None):
    """[(start, end, cue_span or None)] for the matches of one category in one turn."""
    if turn is None:
        return [(a, b, None) for a, b in spans]
    return [(a, b, turn.cue(a, b)) for a, b in spans]


def merge_overlapping(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Overlapping spans merged (so a stretch matched by two categories counts once)."""
    out: list[list[int]] = []
    for a, b in sorted(spans):
        if out and a < out[-1][1]:
            out[-1][1] = max(out[-1][1], b)
        else:
            out.append([a, b])
    return [(a, b) for a, b in out]
