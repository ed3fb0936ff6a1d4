"""A topic's label: three of its c-TF-IDF terms that a reader can use.

BERTopic ranks a topic's terms by class-based TF-IDF.  The label takes the first three
of those (already without stop words, fillers and the words every conversation has:
``text.label_stop_words``) that

* occur in at least a tenth of the topic's documents (at least one), so one session's
  passing detail (a name, a town) does not name a topic shared by many sessions;
* share no word with a term already in the label, so "aunt backyard / backyard
  baltimore" becomes "aunt backyard / <the next different term>".

When too few terms qualify, the label is filled up with the best remaining terms in
c-TF-IDF order (still without repeated words), so every topic has a label.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

LABEL_TERMS = 3
MIN_DOC_SHARE = 0.1  # a label term occurs in at least this share of the topic's documents


def label_terms(candidates: Sequence[str], doc_terms: Iterable[set[str]], n: int = LABEL_TERMS) -> list[str]:
    """Up to *n* label terms from *candidates* (c-TF-IDF order).

    *doc_terms*: for each document of the topic, the set of terms (unigrams and
    bigrams, as the topic vectorizer makes them) in its units of that topic.
    """
    docs = list(doc_terms)
    min_docs = max(1, round(MIN_DOC_SHARE * len(docs)))
    spread = {t: sum(1 for d in docs if t in d) for t in candidates}
    chosen: list[str] = []
    used: set[str] = set()
    for strict in (True, False):
        for term in candidates:
            if len(chosen) == n:
                return chosen
            words = set(term.split())
            if term in chosen or words & used or (strict and spread[term] < min_docs):
                continue
            chosen.append(term)
            used |= words
    return chosen
