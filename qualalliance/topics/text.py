"""Words for topic modelling: lowercase tokens, lookup lemmas, no stop words or fillers.

One analyzer serves both the default embedding (TF-IDF) and BERTopic's c-TF-IDF
topic terms, so "drinking", "drinks" and "drank" count as one word ("drink") in
the clustering and in the labels.  Lemmas come from spaCy's English lookup table
(spacy-lookups-data, offline), loaded once on first use, never at import time.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

from ..lemmas import lemma_of

# Conversation fillers and discourse markers that say nothing about a topic.  They are
# frequent in transcripts ("mm-hmm", "okay", "you know") and would otherwise top the
# c-TF-IDF term lists of small topics.
TRANSCRIPT_FILLERS = frozenset("""
    yeah yes yep yup nope okay ok alright right uh um umm uhm er erm ah oh ooh hmm hm mm mmm
    mhm huh wow gonna wanna gotta kinda sorta like just really actually basically know think
    thing things stuff lot bit kind sort mean guess maybe say said tell told want get got go
    going come let sure good great thank thanks hi hello bye laugh laughs laughter
    sigh sighs inaudible crosstalk pause
""".split())

STOP_WORDS = frozenset(ENGLISH_STOP_WORDS) | TRANSCRIPT_FILLERS
LABEL_STOPWORDS_FILE = "topic_label_stopwords.txt"


@lru_cache(maxsize=1)
def label_stop_words() -> frozenset[str]:
    """Stop words for topic terms and labels: :data:`STOP_WORDS` plus words with no subject.

    The extra words (``qualalliance/data/topic_label_stopwords.txt``, built by
    scripts/build_topic_label_stopwords.py) are lemmas found in at least 40% of the
    sessions of both AnnoMI and MIBot (*feel, talk, time, help, hard*), plus a few
    hand-picked words of general conversation (*feeling, pretty, probably*).  They
    stay in the clustering (they are part of how people talk) but never name a topic.
    Read once, on first use.
    """
    text = (resources.files("qualalliance") / "data" / LABEL_STOPWORDS_FILE).read_text(encoding="utf-8")
    words = {line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")}
    return STOP_WORDS | frozenset(words)

# words of 2+ characters starting with a letter, with inner apostrophes ("don't", "client's")
TOKEN_RE = re.compile(r"(?u)\b[^\W\d_][^\W_]*(?:'[^\W\d_]+)*")
# contractions of pronouns and auxiliaries (I've, you'll, don't, we're, I'd, I'm): no topic in them
CONTRACTION_TAILS = frozenset({"t", "ve", "ll", "re", "d", "m"})


# lemmas: qualalliance.lemmas (one loader of the lookup table for the whole package)


class LemmaAnalyzer:
    """A scikit-learn ``analyzer``: text -> lemma n-grams without stop words.

    Picklable (it holds only its settings), so a fitted vectorizer can be saved.
    """

    def __init__(self, ngram_range: tuple[int, int] = (1, 1), stop_words=STOP_WORDS):
        self.ngram_range = ngram_range
        self.stop_words = stop_words

    def lemmas(self, text: str) -> list[str]:
        out = []
        for token in TOKEN_RE.findall(str(text).lower().replace("\u2019", "'")):
            if "'" in token:
                head, _, tail = token.partition("'")
                if tail in CONTRACTION_TAILS:
                    continue
                token = head  # possessive: "client's" -> "client"
            if len(token) < 2:
                continue
            lemma = lemma_of(token)
            if lemma not in self.stop_words and token not in self.stop_words:
                out.append(lemma)
        return out

    def __call__(self, text: str) -> list[str]:
        words = self.lemmas(text)
        lo, hi = self.ngram_range
        grams = list(words) if lo <= 1 else []
        for n in range(max(lo, 2), hi + 1):
            for i in range(len(words) - n + 1):
                gram = words[i:i + n]
                if len(set(gram)) == n:  # "drink drink", "feel feel": repetitions, not phrases
                    grams.append(" ".join(gram))
        return grams


def count_words(text: str) -> int:
    """Words as people count them (whitespace-separated tokens with a letter or digit)."""
    return sum(1 for w in str(text).split() if any(ch.isalnum() for ch in w))
