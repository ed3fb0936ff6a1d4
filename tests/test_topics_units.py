"""Topic units, words, clustering and seed parsing: small hand-checked examples."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from qualalliance.errors import ConfigError, InputError
from qualalliance.topics import build_units, normalise_seed_terms, prepare_turns, read_seed_terms_file
from qualalliance.topics.clustering import (AutoAgglomerative, SafeHDBSCAN, _drop_small, auto_k_range,
                                            centroid_membership, number_by_size)
from qualalliance.topics.embedding import TopTermsPerUnit, fit_default_embedding
from qualalliance.topics.text import LemmaAnalyzer


def _turns(rows):
    return prepare_turns(pd.DataFrame(rows, columns=["doc_id", "turn", "speaker", "text"]))


def test_windows_close_at_a_speaker_change_once_long_enough():
    w5 = "one two three four five"
    turns = _turns([
        ("d1", 0, "T", w5), ("d1", 1, "C", "mm-hmm"), ("d1", 2, "C", w5),   # 11 words, speaker T->C inside
        ("d1", 3, "T", w5), ("d1", 4, "T", w5), ("d1", 5, "C", w5 + " " + w5),  # T run kept together
        ("d1", 6, "T", "okay"),                                             # 1-word tail joins the window before
        ("d2", 0, "C", "short"),                                            # windows never cross documents
    ])
    units, unit_of_turn = build_units(turns, "window", window_words=10)
    assert unit_of_turn.tolist() == [0, 0, 0, 1, 1, 2, 2, 3]
    assert units["n_words"].tolist() == [11, 10, 11, 1]
    assert units["turn"].tolist() == [0, 3, 5, 0]
    assert units["text"][0] == f"{w5}\nmm-hmm\n{w5}"


def test_one_speakers_long_run_is_cut_at_twice_the_window():
    turns = _turns([("d", i, "C", "a b c d e f") for i in range(6)])  # 6 words a turn, one speaker
    _, unit_of_turn = build_units(turns, "window", window_words=5)
    assert unit_of_turn.tolist() == [0, 0, 1, 1, 2, 2]


def test_turn_and_document_units():
    turns = _turns([("b", 2, "C", "x y"), ("a", 1, "T", "p q r"), ("a", 0, "C", "z")])
    units, _ = build_units(turns, "turn")
    assert list(zip(units["doc_id"], units["turn"])) == [("a", 0), ("a", 1), ("b", 2)]  # sorted
    docs, of_turn = build_units(turns, "document")
    assert docs["doc_id"].tolist() == ["a", "b"] and docs["turn"].isna().all()
    assert docs["text"].tolist() == ["z\np q r", "x y"] and of_turn.tolist() == [0, 0, 1]


def test_prepare_turns_checks_its_input():
    with pytest.raises(InputError, match="role"):
        prepare_turns(pd.DataFrame({"doc_id": ["a"], "turn": [0], "text": ["x"]}), role="therapist")
    with pytest.raises(InputError, match="no text"):
        prepare_turns(pd.DataFrame({"doc_id": ["a"], "turn": [0], "text": ["  "]}))
    with pytest.raises(InputError, match="whole numbers"):
        prepare_turns(pd.DataFrame({"doc_id": ["a"], "turn": ["first"], "text": ["x"]}))


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["d1", "d2", "d3"]), st.sampled_from(["T", "C"]),
                          st.integers(min_value=1, max_value=30)), min_size=1, max_size=40),
       st.integers(min_value=1, max_value=50))
def test_windows_partition_turns_in_order(rows, window_words):
    turns = _turns([(d, i, s, " ".join(["w"] * n)) for i, (d, s, n) in enumerate(rows)])
    units, unit_of_turn = build_units(turns, "window", window_words=window_words)
    ids = unit_of_turn.tolist()
    assert ids == sorted(ids) and set(ids) == set(range(len(units)))  # contiguous, in order
    assert units["n_words"].sum() == turns["n_words"].sum()
    for uid, group in turns.groupby(unit_of_turn):
        assert group["doc_id"].nunique() == 1  # never across documents
    # every window but a document's last reaches window_words
    last_of_doc = units.groupby("doc_id")["unit_id"].transform("max")
    assert (units.loc[units["unit_id"] != last_of_doc, "n_words"] >= window_words).all()


def test_lemma_analyzer_drops_fillers_and_contractions():
    an = LemmaAnalyzer(ngram_range=(1, 2))
    text = "Mm-hmm, I don't know. I've been drinking my client's wine, drinking, drinking! You'll smoke cigarettes."
    assert an(text) == ["drink", "client", "wine", "drink", "drink", "smoke", "cigarette",
                        "drink client", "client wine", "wine drink", "drink smoke", "smoke cigarette"]


def test_top_terms_per_unit_keeps_the_heaviest():
    import scipy.sparse as sp

    X = sp.csr_matrix(np.array([[0.1, 0.5, 0.3, 0.5], [0.2, 0.0, 0.0, 0.0]]))
    out = TopTermsPerUnit(2).fit_transform(X).toarray()
    assert out.tolist() == [[0.0, 0.5, 0.0, 0.5], [0.2, 0.0, 0.0, 0.0]]
    ties = TopTermsPerUnit(1).fit_transform(X).toarray()
    assert ties[0].tolist() == [0.0, 0.5, 0.0, 0.5]  # ties at the cut are all kept


def test_default_embedding_is_unit_length_and_sized_by_the_data():
    texts = ["dog cat", "cat dog bird", "bird fish", "fish dog", "rain snow", "snow rain wind"] * 2
    pipe, emb = fit_default_embedding(texts, seed=0, n_components=100)
    assert emb.shape == (12, min(11, len(pipe.named_steps["tfidf"].vocabulary_) - 1))
    assert np.allclose(np.linalg.norm(emb, axis=1), 1.0)
    with pytest.raises(InputError, match="content words"):
        fit_default_embedding(["okay yeah", "mm-hmm"])


def test_number_by_size_then_first_occurrence():
    assert number_by_size([5, 7, 7, -1, 5, 9, 9, 9]).tolist() == [1, 2, 2, -1, 1, 0, 0, 0]
    assert number_by_size([3, 1, 1, 3]).tolist() == [0, 1, 1, 0]  # tie: first seen first


def test_small_clusters_become_outliers_but_never_all():
    assert _drop_small(np.array([0, 0, 0, 1, 2]), 2).tolist() == [0, 0, 0, -1, -1]
    assert _drop_small(np.array([0, 1, 2]), 2).tolist() == [0, 1, 2]


def test_auto_agglomerative_finds_three_blobs():
    rng = np.random.default_rng(0)
    centres = np.eye(6)[:3] * 5
    X = np.vstack([c + rng.normal(0, 0.3, size=(10, 6)) for c in centres])
    model = AutoAgglomerative("auto").fit(X)
    assert model.n_clusters_ == 3
    assert sorted(np.bincount(model.labels_).tolist()) == [10, 10, 10]
    assert max(model.silhouette_, key=model.silhouette_.get) == 3
    assert list(auto_k_range(30)) == list(range(2, 16))
    assert AutoAgglomerative(2).fit(X).n_clusters_ == 2


def test_auto_count_stops_at_max_topics():
    rng = np.random.default_rng(0)
    X = np.vstack([c + rng.normal(0, 0.3, size=(10, 8)) for c in np.eye(8)[:6] * 5])  # six blobs
    assert AutoAgglomerative("auto").fit(X).n_clusters_ == 6
    capped = AutoAgglomerative("auto", max_topics=4).fit(X)
    assert capped.n_clusters_ == 4 and sorted(capped.silhouette_) == [2, 3, 4] and capped.at_upper_bound_
    assert list(auto_k_range(100)) == list(range(2, 21))  # "auto" reads at most 20 topics by default
    # HDBSCAN finding more clusters than max_topics falls back to k-means within the cap
    blobs = np.vstack([rng.normal(c, 0.1, size=(15, 2)) for c in (0, 5, 10, 15, 20)])
    assert len(set(SafeHDBSCAN("auto", min_cluster_size=5).fit(blobs).labels_) - {-1}) == 5
    few = SafeHDBSCAN("auto", min_cluster_size=5, max_topics=3).fit(blobs)
    assert few.method_ == "kmeans" and len(set(few.labels_)) <= 3


def test_label_terms_skip_repeated_words_and_one_document_details():
    from qualalliance.topics.labels import label_terms

    cands = ["aunt backyard", "backyard baltimore", "drink", "drink beer", "beer", "wine"]
    docs = [{"drink", "beer", "wine", "drink beer"}, {"drink", "beer", "aunt backyard", "backyard baltimore"}] * 5
    # "aunt backyard" is in 5 of 10 documents: kept; "backyard baltimore" repeats "backyard"; "drink beer" repeats
    assert label_terms(cands, docs) == ["aunt backyard", "drink", "beer"]
    rare = [{"drink", "beer", "wine"}] * 19 + [{"aunt backyard", "drink"}]
    assert label_terms(cands, rare) == ["drink", "beer", "wine"]  # 1 of 20 documents: below a tenth
    assert label_terms(["aunt backyard", "backyard"], rare) == ["aunt backyard"]  # filled up, no repeats
    assert label_terms([], rare) == []


def test_safe_hdbscan_falls_back_to_kmeans():
    rng = np.random.default_rng(0)
    blobs = np.vstack([rng.normal(c, 0.1, size=(15, 2)) for c in (0, 5, 10)])
    found = SafeHDBSCAN("auto", min_cluster_size=5).fit(blobs)
    assert found.method_ == "hdbscan" and len(set(found.labels_) - {-1}) == 3
    noise = rng.uniform(0, 1, size=(12, 2))
    fallback = SafeHDBSCAN("auto", min_cluster_size=10).fit(noise)
    assert fallback.method_ == "kmeans" and (fallback.labels_ >= 0).all()
    assert len(set(SafeHDBSCAN(4).fit(blobs).labels_)) == 4


def test_centroid_membership():
    emb = np.array([[1.0, 0.0], [0.0, 1.0], [1.0, 1.0]])
    got = centroid_membership(emb, np.array([0, 0, -1]))
    assert np.allclose(got, [np.sqrt(0.5), np.sqrt(0.5), 0.0])


def test_seed_terms_from_lists_mappings_and_files(tmp_path):
    assert normalise_seed_terms([["Drinking", "beer"], []]) == {"seed_0": ["drinking", "drink", "beer"]}
    assert normalise_seed_terms({"sleep": "Sleeping badly"}) == {"sleep": ["sleeping badly", "sleep badly"]}
    f = tmp_path / "seeds.txt"
    f.write_text("# seed topics\nalcohol: drink, beer\n\nsleep, insomnia\n", encoding="utf-8")
    assert read_seed_terms_file(f) == {"alcohol": ["drink", "beer"], "seed_1": ["sleep", "insomnia"]}
    f.write_text("alcohol: drink\nalcohol: beer\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="given twice") as err:
        read_seed_terms_file(f)
    assert err.value.line == 2
    with pytest.raises(ConfigError):
        normalise_seed_terms([[], []])


def test_codebook_seeds_when_a_codebook_is_packaged():
    from qualalliance.codebook import default_codebook_path

    if not default_codebook_path().is_file():
        pytest.skip("no packaged codebook yet")
    seeds = normalise_seed_terms(None)
    assert seeds and all(isinstance(t, str) for terms in seeds.values() for t in terms)


def test_clustering_is_chosen_by_corpus_size():
    from qualalliance.topics.clustering import LARGE_CORPUS_UNITS, choose_models

    reducer, clusterer, method = choose_models(LARGE_CORPUS_UNITS - 1, "auto", seed=4)
    assert method == "agglomerative" and isinstance(clusterer, AutoAgglomerative)
    assert reducer.fit(np.eye(3)).transform(np.eye(3)).tolist() == np.eye(3).tolist()  # no reduction
    reducer, clusterer, method = choose_models(5000, "auto", seed=4)
    assert method == "umap+hdbscan" and type(reducer).__name__ == "UMAP"
    assert reducer.random_state == 4 and reducer.n_jobs == 1  # seeded and single-threaded
    assert isinstance(clusterer, SafeHDBSCAN) and clusterer.min_cluster_size == 25
    assert choose_models(5000, 12)[2] == "umap+kmeans"
