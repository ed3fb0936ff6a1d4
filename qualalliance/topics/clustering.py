"""Clustering chosen by corpus size, deterministic, never all outliers.

Fewer than ``LARGE_CORPUS_UNITS`` units (small corpora: a few dozen sessions, a few
hundred windows): no UMAP; average-linkage agglomerative clustering on cosine
distances between the embeddings (:class:`AutoAgglomerative`).  With ``n_topics=
"auto"`` the tree is cut at the number of clusters k in ``2 .. min(max_topics, n // 2)``
(``max_topics`` default 20: a count a reader can take in) with the highest mean
silhouette (cosine); ties go to the smaller k.  Clusters with
fewer than ``min_topic_size`` units become outliers (topic -1), unless that would
leave nothing but outliers (the default size is 1 for documents, 2 for turns and
windows; see ``discover_topics``).

At least ``LARGE_CORPUS_UNITS`` units: BERTopic's own recipe, UMAP (5 dimensions,
cosine, ``random_state=seed``, which makes UMAP single-threaded and reproducible)
then HDBSCAN (``min_cluster_size = max(10, n // 200)``) (:class:`SafeHDBSCAN`).
When HDBSCAN finds fewer than two clusters, or more than ``max_topics``, it falls back
to k-means with k chosen by silhouette in ``2 .. max_topics``, so the result is never
only outliers and never more topics than asked for.  An integer ``n_topics`` uses
k-means with that k on the UMAP output.

Everything is seeded and single-threaded; labels are numbered by size (largest
first), then by first occurrence, so numbering does not depend on set or hash order.
"""

from __future__ import annotations

import numpy as np
from sklearn.base import BaseEstimator, ClusterMixin

LARGE_CORPUS_UNITS = 4000
# the most topics "auto" picks: a table of 20 topics can still be read; pass max_topics
# (or a fixed n_topics) for more
MAX_AUTO_TOPICS = 20


def number_by_size(labels) -> np.ndarray:
    """Renumber cluster labels 0..k-1 by size (largest first), ties by first occurrence; -1 stays."""
    labels = np.asarray(labels)
    keys = [lab for lab in dict.fromkeys(labels.tolist()) if lab != -1]  # first-occurrence order
    sizes = {lab: int((labels == lab).sum()) for lab in keys}
    order = sorted(keys, key=lambda lab: (-sizes[lab], keys.index(lab)))
    mapping = {lab: i for i, lab in enumerate(order)}
    mapping[-1] = -1
    return np.array([mapping[lab] for lab in labels.tolist()], dtype=np.int64)


def auto_k_range(n: int, max_topics: int = MAX_AUTO_TOPICS) -> range:
    """Candidate topic counts for ``n_topics="auto"``: 2 .. min(max_topics, n // 2)."""
    return range(2, max(2, min(int(max_topics), n // 2)) + 1)


def _silhouettes(D: np.ndarray, candidates) -> dict[int, float]:
    from sklearn.metrics import silhouette_score

    out = {}
    for k, labels in candidates:
        if 2 <= len(set(labels.tolist())) <= len(labels) - 1:
            out[k] = float(silhouette_score(D, labels, metric="precomputed"))
    return out


def _best_k(scores: dict[int, float], default: int) -> int:
    if not scores:
        return default
    best = max(scores.values())
    return min(k for k, s in scores.items() if s >= best - 1e-12)  # ties -> fewer topics


class AutoAgglomerative(ClusterMixin, BaseEstimator):
    """Average-linkage cosine clustering with a silhouette-chosen number of clusters.

    ``n_clusters``: an int or ``"auto"``.  After ``fit``: ``labels_`` (numbered by
    size, -1 for clusters under ``min_topic_size``), ``n_clusters_`` (the cut used)
    and ``silhouette_`` (k -> mean silhouette for every k tried, up to ``max_topics``).
    """

    def __init__(self, n_clusters="auto", min_topic_size: int = 2, max_topics: int = MAX_AUTO_TOPICS):
        self.n_clusters = n_clusters
        self.min_topic_size = min_topic_size
        self.max_topics = max_topics

    def fit(self, X, y=None):
        from scipy.cluster.hierarchy import fcluster, linkage
        from scipy.spatial.distance import pdist, squareform

        X = np.asarray(X, dtype=np.float64)
        n = X.shape[0]
        self.silhouette_ = {}
        self.at_upper_bound_ = False
        if n < 3:
            self.n_clusters_ = 1
            self.labels_ = np.zeros(n, dtype=np.int64)
            return self
        dist = np.clip(np.nan_to_num(pdist(X, "cosine"), nan=1.0), 0.0, 2.0)
        tree = linkage(dist, method="average")

        def cut(k):
            return fcluster(tree, k, criterion="maxclust") - 1

        if self.n_clusters == "auto":
            D = squareform(dist)
            ks = auto_k_range(n, self.max_topics)
            self.silhouette_ = _silhouettes(D, ((k, cut(k)) for k in ks))
            k = _best_k(self.silhouette_, default=1)
            # the best k is the largest tried: more topics might fit better (told to the user)
            self.at_upper_bound_ = len(ks) > 1 and k == ks[-1]
        else:
            k = max(1, min(int(self.n_clusters), n))
        self.n_clusters_ = k
        self.labels_ = _drop_small(number_by_size(cut(k)), self.min_topic_size)
        return self


def _drop_small(labels: np.ndarray, min_size: int) -> np.ndarray:
    """Clusters under *min_size* -> -1, unless no cluster would remain."""
    if min_size <= 1:
        return labels
    sizes = np.bincount(labels[labels >= 0]) if (labels >= 0).any() else np.array([])
    small = np.flatnonzero(sizes < min_size)
    if len(small) == len(sizes):
        return labels
    out = labels.copy()
    out[np.isin(out, small)] = -1
    return number_by_size(out)


def _kmeans_labels(X: np.ndarray, n_clusters, seed: int,
                   max_topics: int = MAX_AUTO_TOPICS) -> tuple[np.ndarray, dict[int, float]]:
    """k-means (n_init=10, seeded); ``"auto"`` picks k in 2 .. max_topics by silhouette on <= 2000 points."""
    from sklearn.cluster import KMeans
    from sklearn.metrics import silhouette_score

    n = X.shape[0]
    if n_clusters != "auto":
        k = max(1, min(int(n_clusters), n))
        return KMeans(k, n_init=10, random_state=seed).fit_predict(X), {}
    scores, fits = {}, {}
    for k in range(2, max(2, min(int(max_topics), n // 10)) + 1):
        labels = KMeans(k, n_init=10, random_state=seed).fit_predict(X)
        if len(set(labels.tolist())) < 2:
            continue
        scores[k] = float(silhouette_score(X, labels, sample_size=min(n, 2000), random_state=seed))
        fits[k] = labels
    k = _best_k(scores, default=0)
    return (fits[k] if k else np.zeros(n, dtype=np.int64)), scores


class SafeHDBSCAN(ClusterMixin, BaseEstimator):
    """HDBSCAN that falls back to k-means when it finds fewer than two clusters or more
    than ``max_topics``.

    With an integer ``n_clusters`` it is k-means with that k.  After ``fit``:
    ``labels_`` (numbered by size), ``membership_`` (HDBSCAN's membership strength,
    or None for k-means) and ``method_`` ("hdbscan" or "kmeans").
    """

    def __init__(self, n_clusters="auto", min_cluster_size: int = 10, random_state: int = 0,
                 max_topics: int = MAX_AUTO_TOPICS):
        self.n_clusters = n_clusters
        self.min_cluster_size = min_cluster_size
        self.random_state = random_state
        self.max_topics = max_topics

    def fit(self, X, y=None):
        X = np.asarray(X, dtype=np.float64)
        self.membership_ = None
        self.silhouette_ = {}
        if self.n_clusters == "auto":
            from hdbscan import HDBSCAN

            model = HDBSCAN(min_cluster_size=int(self.min_cluster_size), metric="euclidean",
                            cluster_selection_method="eom", core_dist_n_jobs=1)
            labels = model.fit_predict(X)
            if 2 <= len(set(labels.tolist()) - {-1}) <= int(self.max_topics):
                self.method_ = "hdbscan"
                self.labels_ = number_by_size(labels)
                self.membership_ = np.asarray(model.probabilities_, dtype=np.float64)
                return self
        self.method_ = "kmeans"
        labels, self.silhouette_ = _kmeans_labels(X, self.n_clusters, int(self.random_state),
                                                  int(self.max_topics))
        self.labels_ = number_by_size(labels)
        return self


def choose_models(n_units: int, n_topics="auto", seed: int = 0, min_topic_size: int = 2,
                  max_topics: int = MAX_AUTO_TOPICS):
    """``(dimensionality_reducer, clusterer, method)`` for BERTopic, by corpus size."""
    from bertopic.dimensionality import BaseDimensionalityReduction

    if n_units < LARGE_CORPUS_UNITS:
        return (BaseDimensionalityReduction(),
                AutoAgglomerative(n_topics, min_topic_size=min_topic_size, max_topics=max_topics),
                "agglomerative")
    from umap import UMAP

    reducer = UMAP(n_neighbors=15, n_components=5, min_dist=0.0, metric="cosine",
                   random_state=seed, n_jobs=1, low_memory=True)
    clusterer = SafeHDBSCAN(n_topics, min_cluster_size=max(10, n_units // 200), random_state=seed,
                            max_topics=max_topics)
    return reducer, clusterer, "umap+hdbscan" if n_topics == "auto" else "umap+kmeans"


def centroid_membership(embeddings: np.ndarray, labels: np.ndarray) -> np.ndarray:
    """Cosine similarity of each unit to its topic's mean embedding, clipped to [0, 1]; 0 for -1."""
    emb = np.asarray(embeddings, dtype=np.float64)
    norms = np.linalg.norm(emb, axis=1, keepdims=True)
    unit = emb / np.where(norms > 0, norms, 1.0)
    out = np.zeros(len(labels), dtype=np.float64)
    for topic in sorted(set(labels.tolist()) - {-1}):
        rows = labels == topic
        centre = unit[rows].mean(axis=0)
        size = np.linalg.norm(centre)
        if size > 0:
            out[rows] = unit[rows] @ (centre / size)
    return np.clip(out, 0.0, 1.0)
