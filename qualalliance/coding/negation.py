"""``qualalliance_negation``: NegEx-style negation and hedging of theme spans.

For every span in ``doc.spans["themes"]`` this component decides

* **negated** — the shared negation rule of ``qualalliance.negation`` (the one the alliance
  scorer uses too): a cue before the match in the same clause with at most ``window``
  tokens between ("I didn't feel safe", "I'm not anxious anymore", "nothing felt
  unsafe"), or a post-negation word closely after it ("the fear was gone"); clauses end
  at punctuation, a sentence start and "but", "because" ...; pseudo-negations ("not
  only", "no doubt", "not sure" — a hedge here —, "no I felt safe", "I had never felt
  so safe") are not cues.  See that module for the full rule and its sources.
* **lexical negation** — a match of a code's ``negated_phrases`` ("unsafe" for safety)
  *denies* the code by itself.  A negation cue flips it back:
  ``negated = lexical XOR cue``.  So "I felt unsafe" is safety, negated; "nothing felt
  unsafe" and "I never felt unsafe" are safety, affirmed (litotes).  This is deliberate:
  the participant is saying they were safe.
* **hedged** — a hedge ("maybe", "I guess", "kind of", "sort of", "probably", "a bit",
  "not sure" ...) occurs in the same sentence within ``hedge_window`` tokens either side.
  "kind of"/"sort of" after a determiner ("what kind of") is not a hedge.

Cues are compared as hashes of lowercase token text (``LOWER``), read with one
``Doc.to_array`` per doc that has theme spans, so no Token objects are made and the
cost is per match, small whatever the length of the turn; a match with none of
``cue_words()`` near it (the usual case) needs no analysis at all.
"""

from __future__ import annotations

from spacy.attrs import LOWER, SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from ..errors import ConfigError
from ..negation import NegationLexicon, negation_cue, negation_words
from .themes import HEDGE_CUE, HEDGED, INFO_KEY, LEXICAL, NEG_CUE, NEGATED, ThemeMatcher

SENTENCE_END = frozenset({".", "!", "?", "...", "…"})
HEDGE_SCOPE_END = frozenset({"but", "however", "although", "though", "whereas"})

HEDGES_1 = frozenset({"maybe", "perhaps", "probably", "possibly", "kinda", "sorta", "somewhat",
                      "slightly", "might", "seemed", "seem", "seems", "seemingly", "apparently",
                      "almost", "presumably", "arguably"})
HEDGES_N = (("i", "guess"), ("i", "suppose"), ("kind", "of"), ("sort", "of"), ("a", "bit"),
            ("a", "little"), ("not", "sure"), ("n't", "sure"), ("not", "certain"), ("could", "be"),
            ("in", "a", "way"), ("more", "or", "less"), ("to", "some", "extent"), ("i", "imagine"))
DETERMINERS = frozenset({"what", "a", "an", "the", "this", "that", "these", "those", "any", "some",
                         "every", "which", "no", "one", "another", "each", "same", "different",
                         "whatever", "my", "your", "our", "their", "his", "her"})


def cue_words() -> set[str]:
    """Words one of which occurs near any cue: a cheap test for "no cue here"."""
    words = negation_words() | set(HEDGES_1)
    # for a multi-word hedge its rarest word is enough ("guess" for "i guess")
    words |= {"guess", "suppose", "imagine", "kind", "sort", "bit", "little", "sure", "certain",
              "could", "way", "less", "extent"}
    return words


class CueLexicon(NegationLexicon):
    """The shared negation words (qualalliance.negation) and the hedges above, as keys made by
    *key* (str -> hash)."""

    def __init__(self, key):
        super().__init__(key)

        def keys(words):
            return frozenset(key(w) for w in words)

        self.hedge_end = keys(SENTENCE_END | HEDGE_SCOPE_END)
        self.hedges1 = keys(HEDGES_1)
        self.hedge_seqs: dict = {}
        for seq in HEDGES_N:
            self.hedge_seqs.setdefault(key(seq[0]), []).append(tuple(key(w) for w in seq))
        self.hedge_first = self.hedges1 | frozenset(self.hedge_seqs)
        self.of = key("of")
        self.determiners = keys(DETERMINERS)
        # a window without any of these words needs no scope analysis at all
        self.any_cue = keys(cue_words())


def hedge_cue(words: list, sent_start: list, start: int, end: int, lex: CueLexicon,
              window: int = 8) -> tuple:
    """The hedge nearest to words[start:end] in its sentence within *window* words, or ()."""
    lo = start
    while lo > 0 and start - lo < window:
        if sent_start[lo] or words[lo - 1] in lex.hedge_end:
            break
        lo -= 1
    hi = end
    while hi < len(words) and hi - end < window:
        if words[hi] in lex.hedge_end or (hi > end and sent_start[hi]):
            break
        hi += 1
    first = lex.hedge_first
    candidates = [i for i in range(lo, hi) if (i < start or i >= end) and words[i] in first]
    candidates.sort(key=lambda i: start - i if i < start else i - end + 1)
    for i in candidates:
        w = words[i]
        if w in lex.hedges1:
            return (w,)
        for seq in lex.hedge_seqs.get(w, ()):
            stop = i + len(seq)
            if tuple(words[i:stop]) != seq:
                continue
            if not (stop <= start or (i >= end and stop <= hi)):
                continue  # must lie wholly in the scope, outside the match
            if seq[1] == lex.of and i > 0 and words[i - 1] in lex.determiners:
                continue  # "what kind of", "a sort of"
            return seq
    return ()


class NegationHedging:
    """Flags theme spans as negated and/or hedged (see module docstring)."""

    def __init__(self, nlp: Language, name: str = "qualalliance_negation", spans_key: str = "themes",
                 window: int = 5, hedge_window: int = 8):
        self.name = name
        self.spans_key = spans_key
        self.window = window
        self.hedge_window = hedge_window
        if not any(isinstance(proc, ThemeMatcher) and proc.spans_key == spans_key for _, proc in nlp.pipeline):
            raise ConfigError(f"{name} needs a 'qualalliance_themes' component (spans_key={spans_key!r}) "
                              f"before it; pipeline: {', '.join(nlp.pipe_names) or '(empty)'}")
        self.strings = nlp.vocab.strings
        # our lookup component's sentence starts come from the same punctuation the
        # scope rules stop at, so reading them adds nothing; a parser's do
        from .lookup import LookupLemmatizer

        self.punctuation_only = any(isinstance(proc, LookupLemmatizer) for _, proc in nlp.pipeline)
        self.lex = CueLexicon(self.strings.add)
        self._before = max(window + 3, hedge_window + 1) + 1
        self._after = max(3, hedge_window) + 4

    def __call__(self, doc: Doc) -> Doc:
        if not doc.user_data:  # fast path: the themes component records every span it makes there
            return doc
        spans = doc.spans.get(self.spans_key)
        if not spans:
            return doc
        user_data = doc.user_data
        has_sents = not self.punctuation_only and doc.has_annotation("SENT_START")
        # lowercase forms as hashes, one array per doc: no Token objects are made
        arr = doc.to_array([LOWER, SENT_START]) if has_sents else doc.to_array(LOWER)
        n, lex, strings = len(doc), self.lex, self.strings
        for span in spans:
            info = user_data.get((INFO_KEY, span.start, span.end, span.label_))
            if info is None:
                continue
            lo, hi = max(0, span.start - self._before), min(n, span.end + self._after)
            if has_sents:
                words = arr[lo:hi, 0].tolist()
                starts = (arr[lo:hi, 1] == 1).tolist()
            else:
                words = arr[lo:hi].tolist()
                starts = [False] * len(words)
            if lex.any_cue.isdisjoint(words):  # the usual case: no cue word nearby
                continue  # info already says: negated only if lexical, not hedged
            start, end = span.start - lo, span.end - lo
            cue = negation_cue(words, starts, start, end, lex, self.window)
            info[NEG_CUE] = " ".join(strings[words[i]] for i in cue)
            info[NEGATED] = bool(info[LEXICAL]) != bool(cue)
            hedge = hedge_cue(words, starts, start, end, lex, self.hedge_window)
            info[HEDGE_CUE] = " ".join(strings[h] for h in hedge)
            info[HEDGED] = bool(hedge)
        return doc

    def pipe(self, docs, batch_size: int = 1000):
        for doc in docs:
            yield self(doc)


@Language.factory(
    "qualalliance_negation",
    assigns=["span._.negated", "span._.hedged"],
    requires=["doc.spans"],
    default_config={"spans_key": "themes", "window": 5, "hedge_window": 8},
)
def make_negation(nlp: Language, name: str, spans_key: str, window: int, hedge_window: int) -> NegationHedging:
    """NegEx-style negation, lexical negation and hedge flags for theme spans."""
    return NegationHedging(nlp, name, spans_key=spans_key, window=window, hedge_window=hedge_window)
