"""Word lists the name finder consults: how often a word is written capitalised, and the
packaged allow-list of proper nouns that identify nobody (weekdays, states, countries,
languages, holidays, medicine brand names).

The capitalisation evidence is spaCy's English lexeme log-probabilities from
``spacy-lookups-data`` (already a dependency; read from the installed package, never
downloaded): a word written more often capitalised than lower-case (``Sarah``,
``Portland``, ``Okafor`` which has no lower-case form) is a proper noun; ``Hope`` and
``Grace``, far more common as ``hope`` and ``grace``, need a name cue (``my sister
Hope``) or a study-wide sighting of the name elsewhere.
"""

from __future__ import annotations

import gzip
import json
from functools import lru_cache
from importlib import resources
from pathlib import Path

UNSEEN = -20.0            # log-probability of a form the lexeme table lacks
PROPER_MARGIN = -1.0      # capitalised form at most e**1 times rarer than lower-case: still proper ...
COMMON_WORD = -10.5       # ... unless the lower-case form is this common (log-probability)


@lru_cache(maxsize=1)
def lexeme_probs() -> dict[str, float]:
    """spaCy's English lexeme log-probabilities (one million forms; read once per process)."""
    import spacy_lookups_data

    path = Path(spacy_lookups_data.__file__).parent / "data" / "en_lexeme_prob.json.gz"
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        return json.load(fh)


def is_proper(word: str, probs: dict[str, float]) -> bool:
    """True when *word* (capitalised) is mostly written capitalised: a name rather than a word."""
    cap = probs.get(word, UNSEEN)
    low = probs.get(word.lower(), UNSEEN)
    if low == UNSEEN or cap > low:
        return True
    # nearly as often capitalised: a name (Grace, Rose) unless the word is very common in
    # lower case and so often capitalised only by starting a sentence (Sorry, Mark, Right)
    return cap - low > PROPER_MARGIN and low < COMMON_WORD


@lru_cache(maxsize=1)
def packaged_allow_list() -> frozenset[str]:
    """Proper nouns that never identify a person (casefolded), from ``deid/data/allow.txt``."""
    text = resources.files("qualalliance.deid").joinpath("data").joinpath("allow.txt").read_text(encoding="utf-8")
    return frozenset(_words(text.splitlines()))


def read_word_file(path) -> list[str]:
    """One entry a line; blank lines and ``#`` comments are skipped."""
    return _words(Path(path).read_text(encoding="utf-8").splitlines())


def _words(lines) -> list[str]:
    out = []
    for line in lines:
        line = line.split("#", 1)[0].strip()
        if line:
            out.append(line.casefold())
    return out


__all__ = ["COMMON_WORD", "PROPER_MARGIN", "UNSEEN", "is_proper", "lexeme_probs", "packaged_allow_list", "read_word_file"]
