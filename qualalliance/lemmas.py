"""The lookup lemma table (spacy-lookups-data), loaded in one place, once per process.

Alliance scoring (content overlap) and topic terms read lemmas through here.
:func:`lemma_hashes` has the shape the coding stage's fast lemmatiser uses (lexeme-hash
keys, lowercase lemmas), so ``qualalliance/coding/lookup.py`` can read it from here too.
spaCy is imported on first use, never at import time.
"""

from __future__ import annotations

from functools import lru_cache

from .errors import ModelError


@lru_cache(maxsize=4)
def lemma_table(lang: str = "en"):
    """spaCy's lookup lemma table for *lang* (a ``spacy.lookups.Table``)."""
    try:
        from spacy.lookups import load_lookups

        return load_lookups(lang, ["lemma_lookup"]).get_table("lemma_lookup")
    except Exception as exc:  # spacy-lookups-data missing or no table for this language
        raise ModelError(f"lookup lemmas for {lang!r} need the 'spacy-lookups-data' package "
                         f"(pip install spacy-lookups-data; {type(exc).__name__}: {exc})") from exc


@lru_cache(maxsize=4)
def lemma_hashes(lang: str = "en") -> dict[int, str]:
    """{hash of a lowercase form: its lowercase lemma}: a plain dict (spaCy's ``Table.get`` is
    ~100x slower), for per-token lookups in bulk."""
    return {int(key): str(value).lower() for key, value in lemma_table(lang).items()}


@lru_cache(maxsize=200_000)
def lemma_of(word: str) -> str:
    """The English lookup lemma of a lowercase word (the word itself when the table lacks it)."""
    return lemma_table("en").get(word, word)


__all__ = ["lemma_hashes", "lemma_of", "lemma_table"]
