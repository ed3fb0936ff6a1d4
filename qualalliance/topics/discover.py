"""``discover_topics``: inductive topics for a segments table, with BERTopic.

The pipeline (each step documented in its module and in docs/topics.md):

1. turns: role filter, sorted by ``doc_id, turn`` (:mod:`.units`);
2. units: turns, windows or documents; units with fewer than ``min_terms`` content
   words (after stop words and fillers) are not clustered and get topic -1;
3. embeddings: offline TF-IDF + SVD, or a local sentence-transformer (:mod:`.embedding`);
4. BERTopic with size-dependent clustering (:mod:`.clustering`), optional guided seeds
   (:mod:`.guided`) and lemma c-TF-IDF topic terms;
5. topic ids renumbered by size then first occurrence; ``probability`` is the unit's
   membership strength (HDBSCAN's, or cosine similarity to its topic's centroid).

BERTopic is imported inside the function, never at module import.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pandas as pd

from ..errors import ConfigError, InputError
from ..log import get_logger
from .clustering import MAX_AUTO_TOPICS, centroid_membership, choose_models, number_by_size
from .embedding import (DEFAULT_SVD_DIMS, encode_sentence_transformer, fit_default_embedding,
                        load_sentence_transformer)
from .labels import label_terms
from .online import ONLINE_UNITS, fit_online
from .text import LemmaAnalyzer, label_stop_words
from .units import DEFAULT_WINDOW_WORDS, build_units, prepare_turns

log = get_logger(__name__)

ASSIGNMENT_COLUMNS = ["doc_id", "turn", "topic", "probability"]
TOPIC_INFO_COLUMNS = ["topic", "size", "n_turns", "n_docs", "label", "top_terms", "seed",
                      "quote_1", "quote_2", "quote_3", "quote_sources"]
SHARE_COLUMNS = ["topic", "n_turns", "n_words", "share"]
QUOTE_CHARS = 300
CANDIDATE_TERMS = 30  # c-TF-IDF terms per topic the label is chosen from
DECIMALS = 6  # probabilities are rounded so outputs are identical across BLAS thread counts


@dataclass
class TopicResult:
    """Outputs of :func:`discover_topics` (see docs/topics.md for every column)."""

    assignments: pd.DataFrame   # doc_id, turn (<NA> for document units), topic, probability
    topic_info: pd.DataFrame    # topic, size, n_turns, n_docs, label, top_terms, seed, quotes
    by_role: pd.DataFrame       # role, topic, n_turns, n_words, share
    by_timepoint: pd.DataFrame  # timepoint, topic, n_turns, n_words, share
    by_session: pd.DataFrame    # session, topic, n_turns, n_words, share
    model: Any                  # the fitted BERTopic model (figures, further analysis)
    units: pd.DataFrame = field(default_factory=pd.DataFrame)  # unit_id, doc_id, turn, ..., topic
    term_weights: pd.DataFrame = field(default_factory=pd.DataFrame)  # topic, rank, term, weight (c-TF-IDF)
    params: dict = field(default_factory=dict)  # the choices made (method, k, silhouettes ...)

    def summary(self) -> str:
        topics = self.topic_info[self.topic_info["topic"] >= 0]
        n_out = int(self.units["topic"].eq(-1).sum()) if len(self.units) else 0
        return (f"{len(topics)} topics over {len(self.units)} {self.params.get('unit', '')} units "
                f"({n_out} outliers; clustering: {self.params.get('method', '?')})")


def _check_n_topics(n_topics):
    if isinstance(n_topics, str):
        if n_topics.strip().lower() == "auto":
            return "auto"
        if not n_topics.strip().isdigit():
            raise ConfigError(f"n_topics must be 'auto' or a whole number, got {n_topics!r}")
        n_topics = int(n_topics)
    if isinstance(n_topics, bool) or not isinstance(n_topics, (int, np.integer)) or n_topics < 1:
        raise ConfigError(f"n_topics must be 'auto' or a whole number >= 1, got {n_topics!r}")
    return int(n_topics)


def _check_max_topics(max_topics) -> int:
    if isinstance(max_topics, bool) or not isinstance(max_topics, (int, np.integer)) or max_topics < 2:
        raise ConfigError(f"max_topics must be a whole number >= 2, got {max_topics!r}")
    return int(max_topics)


def discover_topics(segments: pd.DataFrame, unit: str = "window", role: str | None = None,
                    n_topics="auto", seed: int = 0, embedding: str | None = None,
                    guided: bool = False, seed_terms=None, *,
                    window_words: int = DEFAULT_WINDOW_WORDS, min_terms: int = 2,
                    min_topic_size: int | None = None, svd_dims: int = DEFAULT_SVD_DIMS,
                    top_n_terms: int = 10, max_topics: int = MAX_AUTO_TOPICS,
                    online_units: int | None = None) -> TopicResult:
    """Find topics in *segments* (a segments table) and where they occur.

    ``unit``: ``turn``, ``window`` or ``document``; ``role``: keep only that role's
    turns; ``n_topics``: ``"auto"`` or an int; ``embedding``: ``None`` for the offline
    TF-IDF + SVD embedding or an installed sentence-transformers model name/path;
    ``max_topics``: the most topics ``"auto"`` may choose (default 20);
    ``guided``/``seed_terms``: seed topics from the packaged codebook (``seed_terms=
    None``), a codebook path, a ``{name: [terms]}`` mapping or a list of term lists.
    ``min_topic_size``: clusters with fewer units become outliers (topic -1); default
    1 for document units (a session unlike any other is its own topic) and 2 for turns
    and windows (a lone window is noise).  ``online_units``: over this many modelled
    units (default :data:`.online.ONLINE_UNITS`) the model is fitted online, batch by
    batch (:mod:`.online`).  Same input and seed give identical results.
    """
    n_topics = _check_n_topics(n_topics)
    max_topics = _check_max_topics(max_topics)
    if min_topic_size is None:
        min_topic_size = 1 if unit == "document" else 2
    seed = int(seed)
    if seed_terms is not None:
        guided = True
    seeds = None
    if guided:
        from .guided import normalise_seed_terms

        seeds = normalise_seed_terms(seed_terms)

    turns = prepare_turns(segments, role)
    units, unit_of_turn = build_units(turns, unit, window_words)
    analyzer = LemmaAnalyzer()
    units["n_terms"] = units["text"].map(lambda t: len(analyzer.lemmas(t))).astype("int64")
    candidates = np.flatnonzero(units["n_terms"].to_numpy() >= int(min_terms))
    if len(candidates) == 0:
        raise InputError(f"no {unit} has {min_terms} or more content words; "
                         "try --unit window or --unit document")

    texts = units["text"].iloc[candidates].tolist()
    if embedding is None or str(embedding).lower() in ("tfidf", "tfidf-svd", "default"):
        from bertopic.backend._sklearn import SklearnEmbedder

        pipe, emb = fit_default_embedding(texts, seed=seed, n_components=svd_dims)
        backend, embedding_name = SklearnEmbedder(pipe), "tfidf-svd"
    else:
        st_model = load_sentence_transformer(str(embedding))
        emb = encode_sentence_transformer(st_model, texts)
        backend, embedding_name = st_model, str(embedding)

    keep = np.linalg.norm(emb, axis=1) > 1e-12  # units whose terms were all pruned have no vector
    modelled = candidates[keep]
    emb = emb[keep]
    docs = [texts[i] for i in np.flatnonzero(keep)]
    if len(modelled) == 0:
        raise InputError("no unit has words that occur in more than one unit; add more text")

    if len(docs) > (ONLINE_UNITS if online_units is None else int(online_units)):
        model, raw_topics, method = fit_online(docs, emb, backend, n_topics, seed, max_topics, seeds,
                                               _vectorizer_kwargs(), CANDIDATE_TERMS)
        clusterer = None
    else:
        model, raw_topics, clusterer, method = _fit_bertopic(docs, emb, backend, n_topics, seed,
                                                             min_topic_size, seeds, max_topics)
    topics = number_by_size(raw_topics)
    to_model_id = {int(mine): int(theirs) for mine, theirs in zip(topics, raw_topics)}
    membership = getattr(clusterer, "membership_", None)
    if membership is not None and getattr(clusterer, "method_", "") == "hdbscan":
        prob = np.where(topics >= 0, np.asarray(membership, dtype=np.float64), 0.0)
    else:
        prob = centroid_membership(emb, topics)

    units["topic"] = np.int64(-1)
    units["probability"] = 0.0
    units.loc[units.index[modelled], "topic"] = topics
    units.loc[units.index[modelled], "probability"] = np.round(prob, DECIMALS)
    units["topic"] = units["topic"].astype("int64")

    turn_topics = turns.assign(unit_id=unit_of_turn.to_numpy()).merge(
        units[["unit_id", "topic", "probability"]], on="unit_id", how="left", validate="many_to_one")
    if unit == "document":
        assignments = units[["doc_id", "turn", "topic", "probability"]].copy()
    else:
        assignments = turn_topics[["doc_id", "turn", "topic", "probability"]].copy()
        assignments["turn"] = assignments["turn"].astype("Int64")
    assignments = assignments.sort_values(["doc_id", "turn"], kind="mergesort").reset_index(drop=True)

    info = _topic_info(units, turn_topics, model, to_model_id, seeds, top_n_terms)
    weights = _term_weights(model, to_model_id, top_n_terms)
    _set_figure_labels(model, info, to_model_id)
    params = {
        "unit": unit, "role": role, "n_topics": n_topics, "seed": seed, "embedding": embedding_name,
        "guided": bool(guided), "seed_topics": list(seeds) if seeds else [],
        "window_words": int(window_words), "min_terms": int(min_terms),
        "min_topic_size": int(min_topic_size), "max_topics": max_topics, "svd_dims": int(svd_dims),
        "method": method,
        # "auto" stopped at max_topics while the silhouette was still rising (more topics might fit)
        "auto_capped": bool(getattr(clusterer, "at_upper_bound_", False)),
        "n_units": int(len(units)), "n_modelled": int(len(modelled)),
        "n_topics_found": int(len(set(topics.tolist()) - {-1})),
        "silhouette": {int(k): round(float(v), DECIMALS)
                       for k, v in sorted(getattr(clusterer, "silhouette_", {}).items())},
    }
    return TopicResult(assignments=assignments[ASSIGNMENT_COLUMNS], topic_info=info,
                       by_role=topic_shares(turn_topics, "role"),
                       by_timepoint=topic_shares(turn_topics, "timepoint"),
                       by_session=topic_shares(turn_topics, "session"),
                       model=model, units=units, term_weights=weights, params=params)


def _vectorizer_kwargs() -> dict:
    # topic terms without the words every conversation has (feel, talk, time: text.label_stop_words)
    return {"analyzer": LemmaAnalyzer(ngram_range=(1, 2), stop_words=label_stop_words())}


def _fit_bertopic(docs, emb, backend, n_topics, seed, min_topic_size, seeds, max_topics):
    from bertopic import BERTopic
    from sklearn.feature_extraction.text import CountVectorizer

    reducer, clusterer, method = choose_models(len(docs), n_topics, seed, min_topic_size, max_topics)
    model = BERTopic(
        embedding_model=backend,
        umap_model=reducer,
        hdbscan_model=clusterer,
        vectorizer_model=CountVectorizer(**_vectorizer_kwargs()),
        seed_topic_list=[list(terms) for terms in seeds.values()] if seeds else None,
        top_n_words=CANDIDATE_TERMS,
        calculate_probabilities=False,
        verbose=False,
    )
    # BERTopic's guided mode edits the embeddings array in place: give it a copy
    log.info(f"topics: {len(docs)} units, embedding {emb.shape[1]} dims, clustering {method}")
    model.fit_transform(docs, embeddings=emb.copy())
    if getattr(clusterer, "at_upper_bound_", False):
        # the cap is the documented default, not a fault: said in the log, the manifest and the figures page
        log.info(f"topics: the silhouette was still rising at {clusterer.n_clusters_} topics, the most "
                 "'auto' tries; pass --max-topics N or --n-topics N for more")
    if getattr(clusterer, "method_", None) == "kmeans" and method == "umap+hdbscan":
        method = f"umap+kmeans (hdbscan found < 2 or > {max_topics} clusters)"
    return model, np.asarray(model.topics_, dtype=np.int64), clusterer, method


def _term_weights(model, to_model_id: dict, top_n: int) -> pd.DataFrame:
    """``topic, rank, term, weight``: each topic's top terms and their c-TF-IDF weights."""
    rows = [(topic, rank, term, round(float(weight), DECIMALS))
            for topic, model_id in sorted(to_model_id.items()) if topic >= 0
            for rank, (term, weight) in enumerate([tw for tw in (model.get_topic(model_id) or []) if tw[0]][:top_n], 1)]
    return pd.DataFrame(rows, columns=["topic", "rank", "term", "weight"])


def _terms(model, model_id: int, top_n: int) -> list[str]:
    words = model.get_topic(model_id) or []
    return [w for w, _ in words if w][:top_n]


def _quote(text: str) -> str:
    text = " ".join(str(text).split())
    if len(text) <= QUOTE_CHARS:
        return text
    cut = text[:QUOTE_CHARS].rsplit(" ", 1)[0]
    return cut + " …"


def _doc_terms(members: pd.DataFrame, analyzer: LemmaAnalyzer) -> list[set[str]]:
    """Per document of the topic: the terms (as the topic vectorizer makes them) of its units."""
    return [set(analyzer("\n".join(texts))) for _, texts in members.groupby("doc_id", sort=True)["text"]]


def _topic_info(units, turn_topics, model, to_model_id, seeds, top_n) -> pd.DataFrame:
    rows = []
    analyzer = LemmaAnalyzer(ngram_range=(1, 2), stop_words=label_stop_words())
    for topic in sorted(set(units["topic"].tolist())):
        members = units[units["topic"] == topic]
        candidates = _terms(model, to_model_id[topic], CANDIDATE_TERMS) if topic in to_model_id else []
        terms = candidates[:top_n]
        label = ("outliers" if topic == -1 else
                 " / ".join(label_terms(candidates, _doc_terms(members, analyzer))) or f"topic {topic}")
        best = members.sort_values(["probability", "unit_id"], ascending=[False, True], kind="mergesort")
        quotes = [_quote(t) for t in best["text"].head(3)] if topic != -1 else []
        sources = [f"{d}:{t}" if pd.notna(t) else str(d) for d, t in zip(best["doc_id"].head(3), best["turn"].head(3))]
        rows.append({
            "topic": int(topic),
            "size": int(len(members)),
            "n_turns": int((turn_topics["topic"] == topic).sum()),
            "n_docs": int(members["doc_id"].nunique()),
            "label": label,
            "top_terms": ", ".join(terms),
            "seed": _matching_seed(terms, seeds) if topic != -1 else "",
            "quote_1": quotes[0] if len(quotes) > 0 else "",
            "quote_2": quotes[1] if len(quotes) > 1 else "",
            "quote_3": quotes[2] if len(quotes) > 2 else "",
            "quote_sources": "; ".join(sources) if topic != -1 else "",
        })
    return pd.DataFrame(rows, columns=TOPIC_INFO_COLUMNS)


def _matching_seed(terms: list[str], seeds) -> str:
    """The seed topic sharing most words with the topic's terms ('' when none or unguided)."""
    if not seeds:
        return ""
    words = {w for term in terms for w in term.split()}
    best, best_overlap = "", 0
    for name, seed_terms in seeds.items():
        overlap = len(words & {w for t in seed_terms for w in t.split()})
        if overlap > best_overlap:
            best, best_overlap = name, overlap
    return best


def _set_figure_labels(model, info: pd.DataFrame, to_model_id: dict) -> None:
    """Label BERTopic's figures with our topic numbers and labels."""
    labels = {to_model_id[int(r.topic)]: f"{int(r.topic)}: {r.label}"
              for r in info.itertuples() if int(r.topic) in to_model_id}
    try:
        model.set_topic_labels(labels)
    except Exception as exc:  # noqa: BLE001 - labels are cosmetic; never fail a run over them
        log.warning(f"could not set topic labels on the figures: {exc}")


def topic_shares(turn_topics: pd.DataFrame, by: str) -> pd.DataFrame:
    """Topic shares per group: words of the group's turns in each topic / all its words.

    Columns ``<by>, topic, n_turns, n_words, share``; shares sum to 1 within a group
    (outliers, topic -1, included).  A group with no words uses turn counts instead.
    """
    grouped = turn_topics.groupby([by, "topic"], sort=True).agg(
        n_turns=("turn", "size"), n_words=("n_words", "sum")).reset_index()
    totals_w = grouped.groupby(by)["n_words"].transform("sum")
    totals_t = grouped.groupby(by)["n_turns"].transform("sum")
    share = np.where(totals_w > 0, grouped["n_words"] / totals_w.where(totals_w > 0, 1),
                     grouped["n_turns"] / totals_t)
    grouped["share"] = np.round(share.astype(np.float64), DECIMALS)
    grouped["topic"] = grouped["topic"].astype("int64")
    grouped["n_turns"] = grouped["n_turns"].astype("int64")
    grouped["n_words"] = grouped["n_words"].astype("int64")
    return grouped[[by, *SHARE_COLUMNS]]
