"""Topic discovery on the AnnoMI dev sessions against AnnoMI's ``topic`` column.

    /work/venv/bin/python benchmarks/topics_annomi.py

Reads ``../shared/corpora-external/annomi/AnnoMI-simple.dev.csv`` (relative to the
repo root) through ``qualalliance.ingest.load_segments`` and clusters the 106 dev
sessions with ``discover_topics(unit="document", n_topics="auto")``, the defaults of
``qualalliance topics SEGMENTS --unit document``.  Only ``doc_id``, ``turn``,
``speaker``, ``role`` and ``text`` reach the method (``video_title`` / ``video_url``
are dropped by ingest; the gold ``topic`` is used only to score).  Prints:

1. our method: number of topics it chose, NMI and ARI against the gold topic
   (whitespace stripped; 38 distinct labels, many used by one session), fit time
   (first call, including importing BERTopic, and a second call);
2. the plain baseline on the same documents: scikit-learn ``TfidfVectorizer()``
   defaults + k-means with k = the true number of topics (n_init=10), which is given
   the gold k that our method has to find by itself; mean and range over 5 seeds;
   and a stronger k-means baseline (stop words, sublinear tf, pruned vocabulary);
3. robustness: our method with other seeds, and with ``min_topic_size=2`` (small
   clusters become outliers, scored as one cluster "-1", the strict reading);
4. the automatic count with a larger cap (``max_topics=60``; the default is 20);
5. label quality on real talk: for each topic, its label and the gold topic most of its
   sessions have; a label "names" the gold topic when one of its words is a word of that
   gold topic (lemmas, stop words dropped; e.g. "drink / alcohol / ..." vs "reducing
   alcohol consumption"); the share of labels that do, and of label words that are
   generic talk (the label stop list, docs/topics.md: 0 by construction, printed as a check).

Skips with a printed reason when ../shared is absent.  Takes about a minute.
"""

from __future__ import annotations

import logging
import sys
import time
from pathlib import Path

import numpy as np
from sklearn.metrics import adjusted_rand_score, normalized_mutual_info_score

ROOT = Path(__file__).resolve().parents[1]
ANNOMI = ROOT / ".." / "shared" / "corpora-external" / "annomi" / "AnnoMI-simple.dev.csv"
TARGET_NMI, TARGET_ARI = 0.8, 0.5


def scores(gold, labels) -> tuple[float, float]:
    return normalized_mutual_info_score(gold, labels), adjusted_rand_score(gold, labels)


def main() -> int:
    if not ANNOMI.is_file():
        print(f"skip: {ANNOMI} is absent (../shared not checked out beside the repo)")
        return 0
    sys.path.insert(0, str(ROOT))
    logging.getLogger("qualalliance").setLevel(logging.ERROR)  # ingest warns about one bad timestamp
    from sklearn.cluster import KMeans
    from sklearn.feature_extraction.text import TfidfVectorizer

    from qualalliance.ingest import load_segments

    segments = load_segments(ANNOMI)
    gold_by_doc = segments.groupby("doc_id")["topic"].first().astype(str).str.strip()
    method_input = segments[["doc_id", "turn", "speaker", "role", "text"]]

    t0 = time.perf_counter()
    from qualalliance.topics import discover_topics

    result = discover_topics(method_input, unit="document", n_topics="auto", seed=0)
    cold = time.perf_counter() - t0
    t0 = time.perf_counter()
    discover_topics(method_input, unit="document", n_topics="auto", seed=0)
    warm = time.perf_counter() - t0

    a = result.assignments
    gold = gold_by_doc.loc[a["doc_id"]].to_numpy()
    k_true = len(set(gold))
    nmi, ari = scores(gold, a["topic"])
    n_found = result.params["n_topics_found"]
    print(f"AnnoMI dev: {len(a)} sessions, {k_true} distinct gold topics "
          f"({sum(1 for v in gold_by_doc.value_counts() if v == 1)} used by a single session)")
    print()
    print(f"{'method':58s} {'k':>4s} {'NMI':>6s} {'ARI':>6s} {'fit s':>7s}")
    print(f"{'qualalliance topics --unit document (auto k, seed 0)':58s} {n_found:4d} {nmi:6.3f} {ari:6.3f} "
          f"{warm:7.1f}   (first call {cold:.1f} s incl. imports)")

    # the plain baseline: default TF-IDF + k-means with the TRUE k, same documents
    docs = (segments.sort_values(["doc_id", "turn"]).groupby("doc_id")["text"].agg("\n".join)
            .loc[a["doc_id"]].tolist())
    base = []
    t0 = time.perf_counter()
    X = TfidfVectorizer().fit_transform(docs)
    for seed in range(5):
        labels = KMeans(k_true, n_init=10, random_state=seed).fit_predict(X)
        base.append(scores(gold, labels))
    base_time = (time.perf_counter() - t0) / 5
    b = np.array(base)
    print(f"{'baseline TF-IDF + k-means, k = true k (mean of 5 seeds)':58s} {k_true:4d} {b[:, 0].mean():6.3f} "
          f"{b[:, 1].mean():6.3f} {base_time:7.1f}   (NMI {b[:, 0].min():.3f}-{b[:, 0].max():.3f}, "
          f"ARI {b[:, 1].min():.3f}-{b[:, 1].max():.3f})")

    # a stronger baseline, for honesty: stop words, sublinear tf, pruned vocabulary, true k
    X2 = TfidfVectorizer(stop_words="english", sublinear_tf=True, min_df=2, max_df=0.5).fit_transform(docs)
    b2 = np.array([scores(gold, KMeans(k_true, n_init=10, random_state=seed).fit_predict(X2)) for seed in range(5)])
    print(f"{'TF-IDF (stop words, sublinear) + k-means, true k':58s} {k_true:4d} {b2[:, 0].mean():6.3f} "
          f"{b2[:, 1].mean():6.3f} {'':7s}   (NMI {b2[:, 0].min():.3f}-{b2[:, 0].max():.3f}, "
          f"ARI {b2[:, 1].min():.3f}-{b2[:, 1].max():.3f})")

    print()
    print("robustness")
    for seed in (1, 2):
        r = discover_topics(method_input, unit="document", seed=seed)
        n_, a_ = scores(gold_by_doc.loc[r.assignments["doc_id"]].to_numpy(), r.assignments["topic"])
        print(f"  seed {seed}: k={r.params['n_topics_found']}, NMI {n_:.3f}, ARI {a_:.3f}")
    strict = discover_topics(method_input, unit="document", seed=0, min_topic_size=2)
    s_gold = gold_by_doc.loc[strict.assignments["doc_id"]].to_numpy()
    n_, a_ = scores(s_gold, strict.assignments["topic"])
    n_out = int((strict.assignments["topic"] == -1).sum())
    print(f"  min_topic_size=2 ({n_out} sessions -> outliers, scored as one cluster): "
          f"k={strict.params['n_topics_found']}, NMI {n_:.3f}, ARI {a_:.3f}")

    wide = discover_topics(method_input, unit="document", seed=0, max_topics=60)
    wide_nmi, wide_ari = scores(gold_by_doc.loc[wide.assignments["doc_id"]].to_numpy(), wide.assignments["topic"])
    print(f"  max_topics=60 (the cap on the automatic count; default 20): k={wide.params['n_topics_found']}, "
          f"NMI {wide_nmi:.3f}, ARI {wide_ari:.3f}")

    print()
    label_quality(result, gold_by_doc)

    print()
    for name, (n_, a_) in (("default (at most 20 topics)", (nmi, ari)), ("max_topics=60", (wide_nmi, wide_ari))):
        ok = n_ >= TARGET_NMI and a_ >= TARGET_ARI and n_ > b[:, 0].mean() and a_ > b[:, 1].mean()
        print(f"target NMI >= {TARGET_NMI}, ARI >= {TARGET_ARI}, both above the baseline, {name}: "
              f"{'met' if ok else 'NOT met'}")
    print("top topics:")
    for row in result.topic_info.head(6).itertuples():
        print(f"  {row.topic:3d} ({row.size:2d} sessions) {row.top_terms}")
    return 0


def label_quality(result, gold_by_doc) -> None:
    """How often a topic's label shares a word with the gold topic of most of its sessions."""
    from qualalliance.topics.text import LemmaAnalyzer, label_stop_words

    analyzer, generic = LemmaAnalyzer(), label_stop_words()
    a = result.assignments
    hits, n, words, generic_words = 0, 0, 0, 0
    print(f"{'topic':>5s} {'sessions':>8s}  {'label':38s} gold topic of most of its sessions")
    for row in result.topic_info[result.topic_info["topic"] >= 0].itertuples():
        gold = gold_by_doc.loc[a.loc[a["topic"] == row.topic, "doc_id"]].value_counts().index[0]
        label_words = {w for term in row.label.split(" / ") for w in term.split()}
        hit = bool(label_words & set(analyzer.lemmas(gold)))
        hits, n = hits + hit, n + 1
        words, generic_words = words + len(label_words), generic_words + len(label_words & generic)
        print(f"{row.topic:5d} {row.size:8d}  {row.label[:38]:38s} {gold}{'' if hit else '   (no shared word)'}")
    print(f"labels sharing a word with their gold topic: {hits}/{n} ({hits / n:.0%}); "
          f"generic talk words in labels: {generic_words}/{words}")


if __name__ == "__main__":
    sys.exit(main())
