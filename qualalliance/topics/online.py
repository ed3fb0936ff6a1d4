"""Online topics for corpora too big for UMAP + HDBSCAN in memory (issue 19).

Over ``ONLINE_UNITS`` units, :func:`fit_online` follows BERTopic's online recipe: the
dimensionality reduction is an :class:`~sklearn.decomposition.IncrementalPCA` (5
components), the clustering a :class:`~sklearn.cluster.MiniBatchKMeans`, and the topic
terms come from an :class:`~bertopic.vectorizers.OnlineCountVectorizer`; the model is
fitted with ``partial_fit`` one batch of ``batch_size`` units at a time, so memory does
not grow with UMAP's neighbour graph. Mini-batch k-means needs its number of clusters up
front: ``n_topics`` when given, else ``max_topics`` (no silhouette search over hundreds
of thousands of units). After the last batch every unit is assigned to its nearest
final centre (``partial_fit`` itself labels only the batch it has just seen), so the
topic of a unit does not depend on which batch it was in. Guided seeds are not
supported online (BERTopic's guided mode needs the whole corpus at once).
"""

from __future__ import annotations

import numpy as np

from ..errors import ConfigError

ONLINE_UNITS = 200_000  # above this many modelled units, topics are fitted online
ONLINE_BATCH = 20_000
ONLINE_COMPONENTS = 5


def fit_online(docs: list[str], emb: np.ndarray, backend, n_topics, seed: int, max_topics: int, seeds,
               vectorizer_kwargs: dict, top_n_words: int, batch_size: int | None = None):
    """``(model, topics, method)``: a BERTopic model fitted batch by batch, each unit's topic
    (numbered as the model's) and the method's name for the manifest."""
    from bertopic import BERTopic
    from bertopic.vectorizers import OnlineCountVectorizer
    from sklearn.cluster import MiniBatchKMeans
    from sklearn.decomposition import IncrementalPCA

    if seeds:
        raise ConfigError(f"guided topics are not available over {ONLINE_UNITS:,} units (the online mode); "
                          "drop the seed terms or model a subset")
    batch_size = ONLINE_BATCH if batch_size is None else int(batch_size)
    k = int(n_topics) if n_topics != "auto" else int(max_topics)
    if len(docs) < max(k, ONLINE_COMPONENTS, 2):
        raise ConfigError(f"{len(docs)} units are too few for {k} online topics")
    reducer = IncrementalPCA(n_components=ONLINE_COMPONENTS)
    clusterer = MiniBatchKMeans(n_clusters=k, random_state=seed, n_init=3, batch_size=min(batch_size, 4096))
    model = BERTopic(embedding_model=backend, umap_model=reducer, hdbscan_model=clusterer,
                     vectorizer_model=OnlineCountVectorizer(**vectorizer_kwargs),
                     top_n_words=top_n_words, calculate_probabilities=False, verbose=False)
    # IncrementalPCA needs at least n_components rows per batch, MiniBatchKMeans k: a short
    # last batch joins the one before it
    step = max(int(batch_size), k, ONLINE_COMPONENTS)
    starts = list(range(0, len(docs), step))
    if len(starts) > 1 and len(docs) - starts[-1] < step:
        starts.pop()
    bounds = list(zip(starts, starts[1:] + [len(docs)]))
    for a, b in bounds:
        model.partial_fit(docs[a:b], embeddings=emb[a:b].copy())
    topics = np.asarray(clusterer.predict(reducer.transform(emb)), dtype=np.int64)
    model.topics_ = topics.tolist()
    method = f"online: incremental PCA ({ONLINE_COMPONENTS}) + mini-batch k-means (k={k}), {len(bounds)} batches"
    return model, topics, method
