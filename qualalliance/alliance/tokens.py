"""Words, sentences and content lemmas of a turn, with character offsets.

Every function here keeps offsets into the ORIGINAL turn text: normalising
curly apostrophes and blanking ``[transcriber notes]`` are done with
same-length substitutions, so a span found in the normalised text is the same
span in the segment text (and, shifted by the segment's ``start_char``, in the
document text).
"""

from __future__ import annotations

import re

from ..lemmas import lemma_of

_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'"})
_BRACKETED = re.compile(r"\[[^\]]*\]")
# a word: letters/digits with internal apostrophes ("don't", "y'all"); a
# leading apostrophe form such as "'cause" is read as "cause"
WORD_RE = re.compile(r"[a-z0-9]+(?:'[a-z]+)*")
# a sentence ends at ., ?, ! (or runs of them) followed by whitespace or the end
_SENTENCE_END = re.compile(r"[.?!]+(?=\s|$)")


def normalise(text: str) -> str:
    """Lower-case, straighten apostrophes, blank bracketed notes; same length."""
    out = text.translate(_APOSTROPHES)
    low = out.lower()
    # a few characters (e.g. "\u0130") lower-case to two: keep those as they are
    out = low if len(low) == len(out) else "".join(c if len(c.lower()) != 1 else c.lower() for c in out)
    return _BRACKETED.sub(lambda m: " " * len(m.group()), out)


def words(norm: str) -> list[tuple[str, int, int]]:
    """(word, start, end) for every word of a normalised text."""
    return [(m.group(), m.start(), m.end()) for m in WORD_RE.finditer(norm)]


def sentences(norm: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence holding at least one word, trimmed."""
    spans = []
    start = 0
    for m in _SENTENCE_END.finditer(norm):
        spans.append((start, m.end()))
        start = m.end()
    if start < len(norm):
        spans.append((start, len(norm)))
    out = []
    for s, e in spans:
        chunk = norm[s:e]
        if not WORD_RE.search(chunk):
            continue
        lead = len(chunk) - len(chunk.lstrip())
        trail = len(chunk) - len(chunk.rstrip())
        out.append((s + lead, e - trail))
    return out


def lemma(word: str) -> str:
    """spacy-lookups-data's English lookup lemma (qualalliance.lemmas: loaded once, on first use)."""
    return lemma_of(word)


# words that carry no topic of their own: fillers, light verbs and discourse
# markers (on top of the function-word lists) - ignored by content overlap
FILLER_WORDS = frozenset(
    """um uh mm hmm mhm yeah yes okay ok oh well like know mean think get got go
    going gonna wanna kinda thing things stuff lot really right sure just also
    say said tell told feel felt make made want need see look come take kind sort
    way time little bit good pretty yep yup huh ah alright""".split()
)


def content_lemmas(word_list, function_words: frozenset[str]) -> set[str]:
    """Lemmas of the content words (not function words, fillers, numbers)."""
    out = set()
    for w, _, _ in word_list:
        if len(w) < 3 or w in function_words or w in FILLER_WORDS or w.isdigit() or "'" in w:
            continue
        lem = lemma(w)
        if lem not in FILLER_WORDS:
            out.add(lem)
    return out
