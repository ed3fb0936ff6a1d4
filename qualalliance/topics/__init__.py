"""Topic discovery: inductive topics with BERTopic, offline and reproducible.

``discover_topics(segments, ...)`` returns a :class:`TopicResult`;
``write_topics(result, out_dir)`` writes its tables and figures.  See docs/topics.md.
BERTopic (and torch, UMAP) are imported only when topics are fitted.
"""

from .discover import TopicResult, discover_topics, topic_shares
from .guided import codebook_seed_terms, normalise_seed_terms, read_seed_terms_file
from .outputs import topic_figures_html, write_topics
from .units import UNITS, build_units, prepare_turns

__all__ = [
    "TopicResult",
    "UNITS",
    "build_units",
    "codebook_seed_terms",
    "discover_topics",
    "normalise_seed_terms",
    "prepare_turns",
    "read_seed_terms_file",
    "topic_figures_html",
    "topic_shares",
    "write_topics",
]
