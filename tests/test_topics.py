"""Topic discovery end to end: real topics from a small corpus, reproducibility, offline."""

from __future__ import annotations

import random

import numpy as np
import pandas as pd
import pytest

from qualalliance.errors import ConfigError, InputError, ModelError
from qualalliance.topics import discover_topics, topic_figures_html, write_topics

# Synthetic corpus (not clinical data): 30 short sessions, each about one of four
# clearly different subjects, padded with generic words and filler turns.
SUBJECTS = {
    "sleep": "sleep insomnia bed night tired nightmare wake dream pillow rest exhausted bedtime".split(),
    "alcohol": "drink alcohol beer wine bar hangover drunk bottle pub whisky sober vodka".split(),
    "work": "job boss office colleague deadline salary promotion meeting career shift manager email".split(),
    "garden": "garden plant flower soil seed tomato weed grow compost vegetable harvest rose".split(),
}
FILLERS = ["mm-hmm", "okay", "yeah", "I see", "right, right", "uh-huh"]
GENERIC = "I feel that things have been different lately and I wonder how it will go".split()


def synthetic_corpus(n_docs: int = 30, seed: int = 1) -> tuple[pd.DataFrame, dict[str, str]]:
    """A segments-like table of *n_docs* synthetic sessions and each doc's subject."""
    rng = random.Random(seed)
    rows, gold = [], {}
    names = list(SUBJECTS)
    for d in range(n_docs):
        subject = names[d % len(names)]
        doc = f"doc{d:02d}"
        gold[doc] = subject
        for t in range(12):
            if t % 2 == 0:
                words = rng.sample(SUBJECTS[subject], 5) + rng.sample(GENERIC, 6)
                rng.shuffle(words)
                rows.append((doc, t, "C", "participant", " ".join(words).capitalize() + "."))
            elif t % 4 == 1:
                rows.append((doc, t, "T", "therapist", rng.choice(FILLERS)))
            else:
                rows.append((doc, t, "T", "therapist", f"Tell me more about the {rng.choice(SUBJECTS[subject])}."))
    df = pd.DataFrame(rows, columns=["doc_id", "turn", "speaker", "role", "text"])
    df["timepoint"] = np.where(df["doc_id"].str[3:].astype(int) < 15, "baseline", "followup")
    return df, gold


@pytest.fixture(scope="module")
def corpus():
    return synthetic_corpus()


@pytest.fixture(scope="module")
def doc_result(corpus):
    return discover_topics(corpus[0], unit="document", seed=0, svd_dims=20)


def test_thirty_documents_give_the_four_real_topics(corpus, doc_result):
    from sklearn.metrics import adjusted_rand_score

    _, gold = corpus
    a = doc_result.assignments
    assert list(a.columns) == ["doc_id", "turn", "topic", "probability"]
    assert len(a) == 30 and a["turn"].isna().all()  # document units: turn is empty
    assert adjusted_rand_score([gold[d] for d in a["doc_id"]], a["topic"]) == 1.0
    info = doc_result.topic_info.set_index("topic")
    assert sorted(info.index) == [0, 1, 2, 3]  # no outliers, four topics
    assert info["size"].tolist() == [8, 8, 7, 7]  # numbered by size, then first occurrence
    # each topic's terms are its subject's words
    for topic, row in info.iterrows():
        subject = gold[a.loc[a["topic"] == topic, "doc_id"].iloc[0]]
        terms = [t for t in row["top_terms"].split(", ") if " " not in t][:5]
        assert set(terms) <= set(SUBJECTS[subject]) | {"tire"}, (subject, terms)  # lemma of "tired"
        assert row["quote_1"] and row["quote_sources"].startswith("doc")
    assert (a["probability"] > 0).all() and (a["probability"] <= 1).all()


def test_shares_per_role_and_timepoint_sum_to_one(doc_result):
    for table, key in ((doc_result.by_role, "role"), (doc_result.by_timepoint, "timepoint")):
        assert list(table.columns) == [key, "topic", "n_turns", "n_words", "share"]
        sums = table.groupby(key)["share"].sum()
        assert np.allclose(sums, 1.0, atol=1e-5)
    tp = doc_result.by_timepoint
    assert set(tp["timepoint"]) == {"baseline", "followup"}
    assert tp["n_turns"].sum() == 360


def test_turn_units_leave_fillers_out_and_window_units_merge_them(corpus):
    df, _ = corpus
    turns = discover_topics(df, unit="turn", svd_dims=20)
    a = turns.assignments.merge(df, on=["doc_id", "turn"])
    fillers = a[a["text"].isin(FILLERS)]
    assert len(fillers) > 0 and (fillers["topic"] == -1).all() and (fillers["probability"] == 0).all()
    assert set(a.loc[a["role"] == "participant", "topic"]) == {0, 1, 2, 3}
    windows = discover_topics(df, unit="window", window_words=20, svd_dims=20)
    assert len(windows.assignments) == len(df)  # one row per turn
    assert (windows.assignments["topic"] >= 0).all()  # fillers ride along in their window
    assert len(windows.units) < len(df) / 2


def test_role_filter_keeps_one_role(corpus):
    res = discover_topics(corpus[0], unit="turn", role="participant", svd_dims=20)
    assert len(res.assignments) == 180
    assert set(res.by_role["role"]) == {"participant"}
    with pytest.raises(InputError, match="no turns with role 'clinician'"):
        discover_topics(corpus[0], role="clinician")


def test_same_seed_same_tables_and_figures(corpus, tmp_path):
    df, _ = corpus
    outs = []
    for run in ("a", "b"):
        res = discover_topics(df.sample(frac=1.0, random_state=7 if run == "a" else 8), unit="document",
                              seed=3, svd_dims=20)  # row order must not matter either
        write_topics(res, tmp_path / run, figures=True)
        outs.append(tmp_path / run)
    for name in ("topics.csv", "topic_info.csv", "topics_by_role.csv", "topics_by_session.csv",
                 "topics_by_timepoint.csv", "topic_figures.html"):
        assert (outs[0] / name).read_bytes() == (outs[1] / name).read_bytes(), name


def test_no_socket_is_opened(corpus, no_network, tmp_path):
    res = discover_topics(corpus[0], unit="window", seed=0, svd_dims=20,
                          guided=True, seed_terms=[["sleep", "tired"], ["drinking"]])
    write_topics(res, tmp_path, figures=True)
    with pytest.raises(ModelError, match="not installed locally"):
        discover_topics(corpus[0], unit="document", embedding="sentence-transformers/all-MiniLM-L6-v2")
    assert no_network == []


def test_figures_page_opens_offline(doc_result):
    import html
    import re

    page = topic_figures_html(doc_result, timepoint_order=["followup", "baseline"])
    # no session column in this corpus: no sessions section (never an empty figure)
    assert re.findall(r'<section id="(\w+)">', page) == ["topics", "terms", "timepoints", "hierarchy",
                                                        "similarity"]
    assert "<script src=" not in page.replace(" ", "")  # plotly.js is inlined, no CDN
    assert page.count("<style>") == 1 and 'id="topics-terms"' in page
    for row in doc_result.topic_info.itertuples():  # every topic with its label and two quotes
        assert f'<td class="label">{html.escape(row.label)}</td>' in page
        assert html.escape(row.quote_1) in page and html.escape(row.quote_2) in page
    assert html.escape(doc_result.topic_info["quote_3"].iloc[0]) not in page  # two quotes, not three
    # the study's order of time points, not the alphabet
    heat = page[page.index('id="topics-timepoints"'):]
    assert heat.index('"followup"') < heat.index('"baseline"')


def test_labels_and_terms_have_no_generic_talk_words(doc_result, corpus):
    from qualalliance.topics.text import label_stop_words

    generic = label_stop_words()
    assert {"feel", "feeling", "talk", "time", "help", "hard", "like", "just", "really", "yeah",
            "know", "think"} <= generic
    assert not {"drink", "alcohol", "smoke", "cigarette", "sleep", "job"} & generic  # subjects stay
    _, gold = corpus
    a = doc_result.assignments
    for row in doc_result.topic_info.itertuples():
        words = {w for term in row.top_terms.split(", ") for w in term.split()}
        assert not words & generic, row.top_terms  # the corpus pads every turn with "I feel ... different"
        subject = gold[a.loc[a["topic"] == row.topic, "doc_id"].iloc[0]]
        label = row.label.split(" / ")
        assert len(label) == 3 and set(label) <= set(SUBJECTS[subject]) | {"tire"}, (subject, label)


def test_topics_by_session(corpus):
    df = corpus[0].assign(session=np.where(corpus[0]["turn"] < 6, "first", "second"))
    res = discover_topics(df, unit="document", seed=0, svd_dims=20)
    t = res.by_session
    assert list(t.columns) == ["session", "topic", "n_turns", "n_words", "share"]
    assert set(t["session"]) == {"first", "second"} and t["n_turns"].sum() == len(df)
    assert np.allclose(t.groupby("session")["share"].sum(), 1.0, atol=1e-5)


def test_automatic_count_is_at_most_max_topics(corpus):
    df, _ = corpus
    res = discover_topics(df, unit="document", seed=0, svd_dims=20, max_topics=3)  # four subjects
    assert res.params["n_topics_found"] == 3 and res.params["max_topics"] == 3
    assert res.params["auto_capped"] is True and sorted(res.params["silhouette"]) == [2, 3]
    assert "still rising at the cap" in topic_figures_html(res)
    with pytest.raises(ConfigError, match="max_topics"):
        discover_topics(df, unit="document", max_topics=1)


def test_guided_seeds_are_reported(corpus):
    res = discover_topics(corpus[0], unit="document", svd_dims=20,
                          seed_terms={"rest": ["sleeping", "insomnia"], "booze": ["drinking", "hangover"]})
    assert res.params["guided"] and res.params["seed_topics"] == ["rest", "booze"]
    info = res.topic_info
    assert len(info) == 4 and (info["topic"] >= 0).all()
    seed_of = {}
    for row in info.itertuples():
        terms = set(row.top_terms.split(", "))
        subject = next(s for s, words in SUBJECTS.items() if len(terms & set(words)) >= 3)
        seed_of[subject] = row.seed
    assert seed_of == {"sleep": "rest", "alcohol": "booze", "work": "", "garden": ""}


def test_small_inputs_never_only_outliers():
    df = pd.DataFrame({"doc_id": ["a", "b", "c"], "turn": [0, 0, 0],
                       "text": ["the dog barked at the cat", "a cat chased the dog", "rain fell on the roof"]})
    res = discover_topics(df, unit="document")
    assert (res.assignments["topic"] >= 0).all()
    one = discover_topics(df.iloc[:1], unit="turn")
    assert one.assignments["topic"].tolist() == [0]


def test_bad_inputs_are_one_line_errors(corpus):
    df, _ = corpus
    with pytest.raises(ConfigError):
        discover_topics(df, n_topics=0)
    with pytest.raises(ConfigError):
        discover_topics(df, n_topics="many")
    with pytest.raises(InputError, match="unknown unit"):
        discover_topics(df, unit="sentence")
    with pytest.raises(InputError, match="content words"):
        discover_topics(pd.DataFrame({"doc_id": ["a"], "turn": [1], "text": ["mm-hmm okay yeah"]}), unit="turn")
    with pytest.raises(InputError, match="lacks column"):
        discover_topics(df.drop(columns=["text"]))


def test_fixed_number_of_topics(corpus):
    res = discover_topics(corpus[0], unit="document", n_topics=2, svd_dims=20)
    assert res.params["n_topics_found"] == 2 and res.params["method"] == "agglomerative"
    assert res.assignments["topic"].value_counts().sum() == 30


def test_local_sentence_transformer_folder(corpus, tmp_path, no_network):
    """An installed model (here a tiny static-embedding model built on the spot) loads from disk."""
    torch = pytest.importorskip("torch")
    pytest.importorskip("sentence_transformers")
    from sentence_transformers import SentenceTransformer
    from tokenizers import Tokenizer
    from tokenizers.models import WordLevel
    from tokenizers.pre_tokenizers import Whitespace

    try:
        from sentence_transformers.sentence_transformer.modules import StaticEmbedding
    except ImportError:  # older sentence-transformers
        from sentence_transformers.models import StaticEmbedding

    words = ["[UNK]", "[PAD]"] + sorted({w for ws in SUBJECTS.values() for w in ws})
    tok = Tokenizer(WordLevel({w: i for i, w in enumerate(words)}, unk_token="[UNK]"))
    tok.pre_tokenizer = Whitespace()
    torch.manual_seed(0)
    SentenceTransformer(modules=[StaticEmbedding(tok, embedding_dim=16)], device="cpu").save(str(tmp_path / "m"))
    res = discover_topics(corpus[0], unit="document", embedding=str(tmp_path / "m"))
    assert res.params["embedding"] == str(tmp_path / "m")
    assert res.params["n_topics_found"] == 4
    (tmp_path / "broken").mkdir()
    with pytest.raises(ModelError, match="cannot load"):
        discover_topics(corpus[0], unit="document", embedding=str(tmp_path / "broken"))
    assert no_network == []


def test_online_mode_over_the_size_limit_finds_the_subjects_and_says_so(monkeypatch):
    """Over ``online_units`` units the model is fitted batch by batch (IncrementalPCA +
    MiniBatchKMeans + OnlineCountVectorizer, issue 19): here 120 participant turns, in
    batches of 40, still fall into their four subjects, the same seed gives the same
    topics, and the manifest parameters name the method."""
    from sklearn.metrics import adjusted_rand_score

    from qualalliance.topics import online

    monkeypatch.setattr(online, "ONLINE_BATCH", 40)
    df, gold = synthetic_corpus(n_docs=20)
    runs = [discover_topics(df, unit="turn", role="participant", n_topics=4, seed=3, svd_dims=20,
                            online_units=50) for _ in range(2)]
    res = runs[0]
    assert res.params["method"].startswith("online: incremental PCA (5) + mini-batch k-means (k=4), 3 batches")
    a = res.assignments.dropna(subset=["turn"])
    a = a[a["topic"] >= 0]
    assert len(a) == 120
    assert adjusted_rand_score([gold[d] for d in a["doc_id"]], a["topic"]) > 0.9
    pd.testing.assert_frame_equal(runs[0].assignments, runs[1].assignments)
    assert len(res.topic_info) == 4 and res.topic_info["top_terms"].str.len().gt(0).all()
    with pytest.raises(ConfigError, match="guided topics are not available"):
        discover_topics(df, unit="turn", role="participant", n_topics=4, svd_dims=20, online_units=50,
                        seed_terms={"sleep": ["sleep", "night"]})
