"""``qualalliance_lookup``: lookup lemmas and sentence starts without per-token Python.

spaCy's own lookup lemmatizer and sentencizer loop over tokens in Python, which
together cost more than tokenising the text (issue 4 asks the coder to run at half
the speed of bare tokenisation or better).  A lookup lemma does not depend on context,
so this component computes it once per *vocabulary entry*: it installs a lexeme
attribute getter that stores the lemma as the lexeme's ``NORM`` when spaCy first sees
a word.  With ``annotate=True`` (the default) it also copies NORM into ``token.lemma``
and sets sentence starts, with one ``Doc.to_array``/``Doc.from_array`` per doc and numpy
over the whole batch.

Lemmas are **case-insensitive**: the lemma of a token is the lookup-table lemma of its
*lowercased* text (``"Felt"`` -> ``"feel"``), lowercased; tokens missing from the table
keep their lowercase form.  The table is spaCy's English ``lemma_lookup`` from
spacy-lookups-data, loaded once per process by ``qualalliance.lemmas`` from the installed
package (never downloaded).

With ``annotate=False`` (what ``qualalliance code`` uses) nothing is done per doc: the
lemma of every word is computed once per vocabulary entry and kept as the lexeme's
``NORM``, which is all the theme matcher needs; ``token.lemma_`` and sentence starts
are then left unset.

Sentence starts follow spaCy's ``sentencizer`` rule exactly (a new sentence starts at
the first non-punctuation token after one of its sentence-final characters);
``tests/test_coding_lookup.py`` checks the two agree.
"""

from __future__ import annotations

import numpy as np
from spacy.attrs import IS_PUNCT, LEMMA, NORM, ORTH, SENT_START
from spacy.language import Language
from spacy.pipeline.sentencizer import Sentencizer
from spacy.strings import get_string_id
from spacy.tokens import Doc
from spacy.util import minibatch

from ..lemmas import lemma_hashes as _lemma_table  # the one loader (qualalliance/lemmas.py)

_READ = [NORM, ORTH, IS_PUNCT]
_MINUS_ONE = np.uint64(2**64 - 1)  # SENT_START -1 ("not a start") as spaCy stores it in uint64 arrays


class LookupLemmatizer:
    """Lowercase lookup lemmas as lexeme NORMs (+ token lemmas and sentence starts per batch)."""

    def __init__(self, nlp: Language, name: str = "qualalliance_lookup", annotate: bool = True,
                 sentences: bool = True, batch_size: int = 1000):
        self.name = name
        self.vocab = nlp.vocab
        self.annotate = annotate
        self.sentences = sentences
        self.batch_size = batch_size
        self._punct = None  # sorted uint64 hashes of sentence-final characters
        self._install_lemmas(nlp.lang)

    def _install_lemmas(self, lang: str) -> None:
        table = _lemma_table(lang)
        strings = self.vocab.strings

        def lemma_of(text: str) -> str:
            low = text.lower()
            return table.get(get_string_id(low), low)

        self.lemma = lemma_of
        # The lemma of a word form never depends on context in a lookup table, so it is
        # computed once per vocabulary entry (spaCy calls lex_attr_getters when it first
        # sees a string) and kept as the lexeme's NORM.  Token-level norms set by the
        # tokenizer's exceptions ("n't" -> "not") still win, as they do for spaCy's NORM.
        self.vocab.lex_attr_getters = {**(self.vocab.lex_attr_getters or {}), NORM: lemma_of}
        for lex in self.vocab:
            lex.norm_ = lemma_of(lex.orth_)
        self._punct = np.sort(np.array([strings.add(c) for c in Sentencizer.default_punct_chars],
                                       dtype=np.uint64))

    def _sentence_starts(self, orth: np.ndarray, punct: np.ndarray, doc_start: np.ndarray,
                         doc_of: np.ndarray) -> np.ndarray:
        """spaCy's sentencizer rule over a concatenated batch, without a Python loop."""
        n = len(orth)
        idx = np.searchsorted(self._punct, orth)
        idx[idx >= len(self._punct)] = 0
        final = self._punct[idx] == orth  # token is a sentence-final character
        word = ~final & (punct == 0)
        cum = np.zeros(n + 1, dtype=np.int64)
        np.cumsum(final, out=cum[1:])
        starts = np.zeros(n, dtype=bool)
        words = np.flatnonzero(word)
        if len(words):
            prev = np.empty_like(words)
            prev[0] = -1
            prev[1:] = words[:-1]
            same_doc = (prev >= 0) & (doc_of[np.maximum(prev, 0)] == doc_of[words])
            # count final characters strictly after the previous word (or the doc start) and before i
            since = np.where(same_doc, prev + 1, doc_start[doc_of[words]])
            starts[words] = (cum[words] - cum[since]) > 0
        starts[doc_start[doc_start < n]] = True  # first token of every doc
        return starts

    def __call__(self, doc: Doc) -> Doc:
        for _ in self.pipe([doc]):
            pass
        return doc

    def pipe(self, docs, batch_size: int | None = None):
        if not self.annotate:  # lemmas live in the lexemes' NORM already; nothing per doc
            yield from docs
            return
        for batch in minibatch(docs, size=batch_size or self.batch_size):
            self._annotate(batch)
            yield from batch

    def _annotate(self, batch: list[Doc]) -> None:
        arrays = [doc.to_array(_READ) for doc in batch]
        lengths = np.fromiter((len(a) for a in arrays), dtype=np.int64, count=len(arrays))
        if lengths.sum() == 0:
            return
        flat = np.concatenate(arrays).reshape(-1, 3)
        lemmas = flat[:, 0]
        bounds = np.zeros(len(batch) + 1, dtype=np.int64)
        np.cumsum(lengths, out=bounds[1:])
        if self.sentences:
            doc_of = np.repeat(np.arange(len(batch)), lengths)
            starts = self._sentence_starts(flat[:, 1], flat[:, 2], bounds[:-1], doc_of)
            out = np.empty((len(lemmas), 2), dtype=np.uint64)
            out[:, 0] = lemmas
            out[:, 1] = np.where(starts, np.uint64(1), _MINUS_ONE)
            attrs = [LEMMA, SENT_START]
        else:
            out = lemmas.reshape(-1, 1)
            attrs = [LEMMA]
        for doc, a, b in zip(batch, bounds[:-1], bounds[1:]):
            if b > a:
                doc.from_array(attrs, out[a:b])


@Language.factory(
    "qualalliance_lookup",
    assigns=["token.lemma", "token.is_sent_start"],
    default_config={"annotate": True, "sentences": True, "batch_size": 1000},
)
def make_lookup(nlp: Language, name: str, annotate: bool, sentences: bool, batch_size: int) -> LookupLemmatizer:
    """Fast lowercase lookup lemmas and sentence starts (see module docstring)."""
    return LookupLemmatizer(nlp, name, annotate=annotate, sentences=sentences, batch_size=batch_size)
