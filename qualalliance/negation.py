"""The one negation rule of qualalliance, shared by theme coding and alliance scoring.

Theme coding (``coding/negation.py``, a spaCy component over theme spans) and the
alliance lexicon scorer (``alliance/negation.py``, over regex matches in a turn) both
ask the same question of a match ``words[start:end]``: is it negated?  Both answer it
with :func:`negation_cue`, after NegEx (Chapman et al. 2001):

* **pre-negation** — a cue (``NEGATION_CUES``: "not", "n't", "never", "no", "nothing",
  "without" ..., or a cue pair such as "free of") stands *before* the match in the same
  clause with at most ``window`` words between cue and match ("I didn't feel safe",
  "I don't really trust you").  The nearest cue wins.
* **post-negation** — a word saying the thing is no longer there (``POST_NEGATION``:
  "gone", "disappeared", "vanished", or "went/faded/melted away") follows the match
  within ``POST_WINDOW`` words in the same clause, before any new subject pronoun ("the
  trust was gone", "the fear just went away"; not "I hope you're going away").  A plain "not" *after* a match is never a cue: "safe, not scared" is an
  affirmation and "safe I am not" / "trust? not at all" are missed (rare inversions,
  and reading "not" rightwards would deny "I feel safe, do I not?").
* **clause** — the scope stops at punctuation (``SCOPE_PUNCT``), a sentence start and
  the conjunctions of ``SCOPE_END`` ("but", "because", "though" ...): "No, I feel safe"
  and "I didn't at first but now I trust you" are affirmed.
* **pseudo-negations** are not cues: "not only", "not just", "not necessarily",
  "can't stop/help/wait", "no doubt", "no matter",
  "nothing but", "without a doubt", an interjection "no" before a pronoun or filler
  ("no I feel safe"), and "never" with "so/such/more/as" before or in the match ("I've
  never felt so safe", an emphatic affirmation).  A caller may name more (the alliance
  lexicon's ``negation.pseudo`` phrases) with the ``pseudo`` argument.
* **doubt** — "not sure/certain (I can trust you)" is the one reading the callers choose:
  theme coding flags it as a hedge and keeps the code affirmed; alliance scoring, with
  no hedge flag, reads it as negated (``NegationLexicon(doubt_negates=True)``).

Words are compared as *keys*: spaCy's string hashes in theme coding, plain lower-case
strings in alliance scoring; :class:`NegationLexicon` turns the word lists into keys
once.  Contractions are split as spaCy splits them ("don't" -> "do" + "n't"), so both
callers see the same words.  Differences that remain are parameters, not rules: the
window (theme coding 5 words between cue and match; the alliance lexicon's ``window``
of 4 counts the cue itself, i.e. 3 words between) and the extra cues, terminators and
pseudo-negation phrases an alliance lexicon may add.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable

NEGATION_CUES = frozenset({
    "not", "n't", "nt", "n’t", "no", "never", "nothing", "nobody", "none", "neither", "nor",
    "without", "hardly", "barely", "scarcely", "nowhere", "noone", "no-one", "cannot",
    "lack", "lacked", "lacking", "lacks",
})
NEGATION_BIGRAMS = frozenset({("free", "of"), ("free", "from"), ("rid", "of")})  # "free of anxiety"
# a cue followed by one of these words is not a negation
DOUBT_NEXT = frozenset({"sure", "certain"})  # "not sure": a doubt, see NegationLexicon(doubt_negates)
_NOT_PSEUDO = frozenset({"only", "just", "necessarily", "stop", "help", "wait"}) | DOUBT_NEXT
PSEUDO_NEXT = {
    "not": _NOT_PSEUDO, "n't": _NOT_PSEUDO, "nt": _NOT_PSEUDO, "n’t": _NOT_PSEUDO, "cannot": _NOT_PSEUDO,
    "no": frozenset({"doubt", "wonder", "matter", "i", "you", "we", "he", "she", "they", "it", "that",
                     "yeah", "yes", "no", "actually", "really", "well", "okay", "ok", "um", "uh"}),
    "nothing": frozenset({"but"}),
    "without": frozenset({"doubt"}),  # "without a doubt" is checked separately
}
NEVER_EMPHATIC = frozenset({"so", "such", "more", "as"})
POST_NEGATION = frozenset({"gone", "disappeared", "disappear", "disappears", "vanished", "vanish",
                           "vanishes"})
POST_AWAY_VERBS = frozenset({"went", "go", "goes", "going", "faded", "fade", "fades", "melted", "melt"})
POST_WINDOW = 3  # words after the match searched for a post-negation
# a subject after the match starts a new clause for post-negation: "I hope you're going away"
POST_NEW_SUBJECT = frozenset({"i", "you", "we", "he", "she", "they", "i'm", "you're", "we're", "they're",
                              "he's", "she's", "i’m", "you’re", "we’re", "they’re"})

SCOPE_PUNCT = frozenset({".", "!", "?", ";", ":", ",", "—", "–", "--", "-", "...", "…", "(", ")",
                         "\"", "“", "”"})
SCOPE_END = frozenset({"but", "however", "although", "though", "yet", "except", "whereas", "until",
                       "unless", "because", "cause", "'cause", "’cause", "while"})


def negation_words() -> set[str]:
    """Every word that can take part in a negation: a cheap test for "no cue here"."""
    return set(NEGATION_CUES) | {a for a, _ in NEGATION_BIGRAMS} | set(POST_NEGATION) | {"away"}


class NegationLexicon:
    """The word lists above, each word turned into a key by *key* (str -> hashable).

    *extra_cues* and *extra_scope_end* add words to the cue and clause-end lists (an
    alliance lexicon's ``negation.cues`` and ``negation.terminators``).  *doubt_negates*
    decides "not sure (I trust you)": theme coding, which flags "not sure" as a hedge of
    the code, keeps it affirmed-and-hedged (False); alliance scoring, which has no hedge
    flag, reads a doubt about trust as no trust (True).
    """

    def __init__(self, key: Callable[[str], Hashable], extra_cues=(), extra_scope_end=(),
                 doubt_negates: bool = False):
        def keys(words):
            return frozenset(key(w) for w in words)

        self.neg = keys(NEGATION_CUES | set(extra_cues))
        self.neg_bigrams = frozenset((key(a), key(b)) for a, b in NEGATION_BIGRAMS)
        drop = DOUBT_NEXT if doubt_negates else frozenset()
        self.pseudo_next = {key(w): keys(nxt - drop) for w, nxt in PSEUDO_NEXT.items()}
        self.without, self.a, self.doubt, self.never = key("without"), key("a"), key("doubt"), key("never")
        self.emphatic = keys(NEVER_EMPHATIC)
        self.post = keys(POST_NEGATION)
        self.away, self.away_verbs = key("away"), keys(POST_AWAY_VERBS)
        self.post_end = keys(POST_NEW_SUBJECT)
        self.clause_end = keys(SCOPE_PUNCT | SCOPE_END | set(extra_scope_end))


def negation_cue(words: list, sent_start: list, start: int, end: int, lex: NegationLexicon,
                 window: int = 5, pseudo: Callable[[int], bool] | None = None) -> tuple[int, ...]:
    """Indices of the cue negating ``words[start:end]`` (one word, or two: "free of",
    "went away"), or () when the match is not negated.

    *words* are keys made by *lex*'s key function; ``sent_start[i]`` is true where a
    sentence starts.  *pseudo(i)*, when given, says that words[i] lies inside a
    pseudo-negation phrase of the caller's and is no cue.
    """
    n = len(words)
    lo = start
    while lo > 0 and start - lo < window + 2:  # find the clause start, leftwards
        if sent_start[lo] or words[lo - 1] in lex.clause_end:
            break
        lo -= 1
    for i in range(start - 1, lo - 1, -1):  # nearest cue first
        if start - i - 1 > window:
            break
        w = words[i]
        nxt = words[i + 1] if i + 1 < n else None
        if i + 1 < start and (w, nxt) in lex.neg_bigrams:
            return (i, i + 1)
        if w not in lex.neg:
            continue
        if nxt in lex.pseudo_next.get(w, ()):
            continue
        if w == lex.without and nxt == lex.a and i + 2 < n and words[i + 2] == lex.doubt:
            continue
        if w == lex.never and any(x in lex.emphatic for x in words[i + 1:end]):
            continue
        if pseudo is not None and pseudo(i):
            continue
        return (i,)
    for i in range(end, min(end + POST_WINDOW, n)):  # post-negation: "the fear was gone"
        w = words[i]
        if w in lex.clause_end or w in lex.post_end or sent_start[i]:
            break
        if w in lex.post:
            return (i,)
        if w == lex.away and i > end and words[i - 1] in lex.away_verbs:
            return (i - 1, i)
    return ()
