"""The second stage: turn tables, the calibrated scorer, model files, rescoring and --adapt.

Trained here on small synthetic turns written for the tests (no embedding, so it is fast
and needs no model package); what it learns is checked, not its accuracy on real talk
(that is benchmarks/coding_gold.py).
"""

from __future__ import annotations

import copy
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from click.testing import CliRunner

from qualalliance.cli import cli
from qualalliance.codebook import load_codebook
from qualalliance.coding import code_segments
from qualalliance.coding.model import ThemeModel, load_theme_model, save_theme_model
from qualalliance.coding.reference import from_frame
from qualalliance.coding.scorer import ThemeScorer, turn_table
from qualalliance.coding.training import adapt_theme_model, fit_theme_model
from qualalliance.errors import ModelError

PARAMS = {"embedding": None, "char_ngrams": False, "min_positives": 5, "inner_folds": 3, "min_role_positives": 5}
TASK = ["Shall we look at a plan for the week ahead?", "Let's go over the plan for your next steps.",
        "Would you be willing to try keeping a diary this week?", "Here is how the next session will work."]
BOND = ["I really appreciate how hard you have been working on this.", "You have done so well, I admire that.",
        "I'm proud of how far you have come.", "You should be proud of the effort you have made."]
NONE = ["The weather was awful on the way here.", "My sister lives near the station.",
        "We had pasta for dinner yesterday.", "The bus was late again this morning."]


def _corpus(n_docs: int = 12) -> tuple[pd.DataFrame, pd.DataFrame]:
    rows, labels = [], []
    for d in range(n_docs):
        start = 0
        for t in range(9):
            kind = ("tasks", "bond", "")[t % 3]
            pool = {"tasks": TASK, "bond": BOND, "": NONE}[kind]
            text = pool[(d + t) % len(pool)]
            role = "therapist" if t % 2 == 0 else "participant"
            rows.append({"doc_id": f"doc{d:02d}", "participant_id": f"P{d:02d}", "session": "s1",
                         "timepoint": "", "source_type": "transcript", "turn": t, "speaker": role[0].upper(),
                         "role": role, "text": text, "start_char": start, "end_char": start + len(text)})
            labels.append({"doc_id": f"doc{d:02d}", "turn": t, "codes": kind})
            start += len(text) + 1
    return pd.DataFrame(rows), pd.DataFrame(labels)


def _table(segs, codes):
    """The scorer's input as code_segments builds it: with the rules' hits."""
    return turn_table(segs, code_segments(segs, theme_model=None).codings, codes)


@pytest.fixture(scope="module")
def trained():
    segs, labels = _corpus()
    model = fit_theme_model(segs, from_frame(labels), params=PARAMS)
    return segs, labels, model


def test_turn_table_reads_previous_turn_and_rule_hits():
    segs = pd.DataFrame({"doc_id": ["a", "a", "b"], "turn": [1, 0, 0], "text": ["second", "first", "other"],
                         "start_char": [6, 0, 0], "role": ["participant", "therapist", "participant"]})
    codings = pd.DataFrame({"doc_id": ["a", "a"], "turn": [1, 1], "code": ["safety", "safety"],
                            "polarity": ["affirmed", "opposite"], "negated": [False, True]})
    t = turn_table(segs, codings, ["safety", "hope"])
    assert list(t["prev_text"]) == ["first", "", ""]
    assert list(t["prev_role"]) == ["therapist", "none", "none"]
    assert list(t["next_text"]) == ["", "second", ""]
    assert list(t["hit:safety:affirmed"]) == [1, 0, 0] and list(t["hit:safety:opposite"]) == [1, 0, 0]
    assert t["hit:hope:affirmed"].sum() == 0


def test_scorer_learns_and_calibrates(trained):
    segs, _, model = trained
    s = model.scorer
    assert set(s.models_) == {"tasks", "bond"}  # the others have no positives: rules only
    X = _table(segs, s.codes_)
    P = s.predict_proba(X)
    is_task = segs["text"].isin(TASK).to_numpy()
    assert P.loc[is_task, "tasks"].min() > 0.8 and P.loc[~is_task, "tasks"].max() < 0.2
    judged = P[["tasks", "bond"]]
    assert ((judged >= 0) & (judged <= 1)).all().all()
    assert P["mystical"].isna().all()  # no model: not judged


def test_sample_weight_moves_the_fit_and_bad_weights_are_refused():
    segs, labels = _corpus()
    X = _table(segs, ["tasks", "bond"])
    Y = pd.DataFrame({c: (labels["codes"] == c).astype(int) for c in ("tasks", "bond")})
    # mislabel one document's tasks turns as not tasks; weighting that document up must
    # lower the probability the model gives those (identical) texts
    wrong = (X["doc_id"] == "doc00").to_numpy() & (Y["tasks"] == 1).to_numpy()
    Yw = Y.copy()
    Yw.loc[wrong, "tasks"] = 0
    plain = ThemeScorer(**PARAMS).fit(X, Yw)
    w = np.where(X["doc_id"] == "doc00", 20.0, 1.0)
    heavy = ThemeScorer(**PARAMS).fit(X, Yw, sample_weight=w)
    assert heavy.predict_proba(X[wrong])["tasks"].mean() < plain.predict_proba(X[wrong])["tasks"].mean() - 0.05
    for bad in (np.ones(3), np.zeros(len(X)), np.full(len(X), np.nan)):
        with pytest.raises(ValueError, match="sample_weight"):
            ThemeScorer(**PARAMS).fit(X, Y, sample_weight=bad)


def test_next_turn_words_are_features_only_when_asked():
    segs, labels = _corpus()
    X = _table(segs, ["tasks", "bond"])
    Y = pd.DataFrame({c: (labels["codes"] == c).astype(int) for c in ("tasks", "bond")})
    off = ThemeScorer(**PARAMS).fit(X, Y)
    on = ThemeScorer(**{**PARAMS, "next_weight": 0.5}).fit(X, Y)
    assert off.next_words_ is None and on.next_words_ is not None
    assert on.n_features_in_ == off.n_features_in_ + len(on.next_words_.vocabulary_)


def test_feature_switches_for_the_cross_corpus_check():
    """role_priors drops the six role indicators, min_df thins the vocabularies, and
    word_weight scales the turn's own words (at 0 they carry nothing)."""
    segs, labels = _corpus()
    X = _table(segs, ["tasks", "bond"])
    Y = pd.DataFrame({c: (labels["codes"] == c).astype(int) for c in ("tasks", "bond")})
    base = ThemeScorer(**PARAMS).fit(X, Y)
    assert ThemeScorer(**{**PARAMS, "role_priors": False}).fit(X, Y).n_features_in_ == base.n_features_in_ - 6
    rare = ThemeScorer(**{**PARAMS, "min_df": 30}).fit(X, Y)
    assert len(rare.words_.vocabulary_) < len(base.words_.vocabulary_)
    assert all(rare.words_.transform(X["text"]).getnnz(axis=0) >= 30)
    silent = ThemeScorer(**{**PARAMS, "word_weight": 0.0, "role_weight": 0.0}).fit(X, Y)
    n_words = len(silent.words_.vocabulary_)
    Z = silent.features(X)
    assert Z[:, :3 * n_words].count_nonzero() == 0 and Z[:, 3 * n_words:].count_nonzero() > 0


def test_a_model_saved_before_the_switches_scores_as_before(trained):
    # model files hold the fitted attributes; one saved before word_weight, role_priors
    # and min_df existed lacks them and must give the same features as the defaults
    segs, _, model = trained
    X = _table(segs, model.scorer.codes_)
    before = model.scorer.features(X)
    state = {k: v for k, v in model.scorer.__dict__.items() if k not in ("word_weight", "role_priors", "min_df")}
    old = ThemeScorer.__new__(ThemeScorer)
    old.__setstate__(state)  # as a model file is loaded
    assert (old.features(X) != before).nnz == 0
    assert {k: old.get_params()[k] for k in ("word_weight", "role_priors", "min_df")} == \
        {"word_weight": 1.0, "role_priors": True, "min_df": 2}  # --adapt copies them


def test_the_shipped_model_gives_every_parameter():
    # the shipped file predates some parameters: --adapt and the metadata read them all
    params = load_theme_model().scorer.get_params()
    assert params["min_df"] == 2 and params["word_weight"] == 1.0 and params["role_priors"] is True


def test_codes_and_roles_without_enough_examples_are_not_judged(trained):
    segs, _, model = trained
    s = model.scorer
    assert s.role_positives_["tasks"]["therapist"] >= 5 and s.role_positives_["tasks"]["other"] == 0
    one = pd.DataFrame({"doc_id": ["x", "x"], "turn": [0, 1], "text": ["I felt held", TASK[0]],
                        "start_char": [0, 12], "role": ["participant", "other"]})
    P = s.predict_proba(_table(one, s.codes_))
    assert np.isnan(P["safety"]).all()  # no model for safety
    assert np.isnan(P["tasks"].iat[1])  # a written account: no tasks examples of role "other"
    r = code_segments(one, theme_model=model, min_confidence=0.99)
    safety = r.codings[r.codings["code"] == "safety"]
    assert len(safety) == 1 and np.isnan(safety["confidence"].iat[0])  # kept: the rules decide


def test_rescoring_drops_keeps_and_adds_with_evidence(trained):
    _, _, model = trained
    text = "The bus was late. Shall we look at a plan for the week ahead?"
    segs = pd.DataFrame({"doc_id": ["n", "n"], "turn": [0, 1], "text": [text, "I hope you have a nice plan"],
                         "start_char": [0, len(text) + 1], "role": ["therapist", "therapist"]})
    r = code_segments(segs, theme_model=model, min_confidence=0.5)
    tasks = r.codings[(r.codings["code"] == "tasks") & (r.codings["turn"] == 0)]
    assert len(tasks) >= 1 and (tasks["confidence"] >= 0.5).all()
    model_rows = r.codings[r.codings["method"] == "model"]
    for row in model_rows.itertuples():  # evidence is a sentence of the turn, at document offsets
        doc_text = text + "\n" + segs["text"].iat[1]
        assert doc_text[row.start_char:row.end_char] == row.text
    assert r.params["min_confidence"] == 0.5
    strict = code_segments(segs, theme_model=model, min_confidence=0.99)
    assert len(strict.codings) <= len(r.codings)
    assert len(strict.candidates) >= len(r.candidates)
    assert (strict.candidates["confidence"] < 0.99).all()


def test_model_file_round_trip_and_refusals(trained, tmp_path):
    segs, _, model = trained
    path = save_theme_model(model, tmp_path / "m.qamodel")
    back = load_theme_model(path)
    X = _table(segs, model.scorer.codes_)
    pd.testing.assert_frame_equal(back.scorer.predict_proba(X), model.scorer.predict_proba(X))
    other = ThemeModel(back.scorer, back.codebook_name, "0.9", back.codebook_sha256, back.metadata)
    with pytest.raises(ModelError, match="built for codebook .* version 0.9"):
        code_segments(segs.head(2), theme_model=other)
    from qualalliance.learn.persist import FORMAT, save_model

    coder_file = save_model(model, tmp_path / "coder.qacoder", fmt=FORMAT)
    with pytest.raises(ModelError, match="not a qualalliance-theme-scorer model"):
        load_theme_model(coder_file)


def test_shipped_model_is_not_loaded_for_another_codebook(monkeypatch, tmp_path, caplog):
    # the codebook the shipped model was built for is read from the file's metadata; a
    # study coding with its own codebook does not pay for loading the model
    from qualalliance.coding import model as model_module

    shipped = load_theme_model()
    assert model_module.built_for() == (shipped.codebook_name, str(shipped.codebook_version))
    book = tmp_path / "own.yaml"
    book.write_text(Path(load_codebook().path).read_text(encoding="utf-8").replace(
        f"name: {shipped.codebook_name}", "name: our-own-codebook", 1), encoding="utf-8")
    assert load_codebook(book).name == "our-own-codebook"

    def refuse(path=None):
        raise AssertionError("the shipped model was loaded")

    monkeypatch.setattr(model_module, "load_theme_model", refuse)
    segs, _ = _corpus(1)
    with caplog.at_level("WARNING", logger="qualalliance"):
        r = code_segments(segs, codebook=book)
    assert r.params["theme_model"] == "none" and set(r.codings["method"]) <= {"rule"}
    assert "built for codebook 'qualalliance-psychedelic-alliance'" in caplog.text
    with pytest.raises(ModelError, match="no such theme model file"):
        model_module.built_for(tmp_path / "absent.qamodel")


def test_adapt_refits_codes_with_enough_examples(trained):
    segs, labels, model = trained
    flipped = labels.assign(codes=labels["codes"].replace({"bond": "reassurance"}))
    adapted = adapt_theme_model(model, segs, from_frame(flipped))
    assert "reassurance" in adapted.scorer.models_ and adapted.scorer.prior is model.scorer
    X = _table(segs, model.scorer.codes_)
    P = adapted.scorer.predict_proba(X)
    is_bond = segs["text"].isin(BOND).to_numpy()
    assert P.loc[is_bond, "reassurance"].min() > 0.5
    assert adapted.metadata["adapted_from"] == model.metadata["name"]
    # tasks: the prior models it and the study has fewer than refit_min_positives examples,
    # so the prior's score is only recalibrated to the study's coding
    assert "tasks" in adapted.scorer.recalibrated_ and "tasks" not in adapted.scorer.models_
    assert P.loc[segs["text"].isin(TASK).to_numpy(), "tasks"].min() > 0.5


def test_adapted_negated_precision_starts_from_the_prior(trained):
    """A study without a denied mention of a code keeps the prior's precision for its denied
    codings (smoothed towards it with two pseudo-examples), instead of falling back to 0.5."""
    import copy

    segs, labels, model = trained
    base = copy.deepcopy(model)
    base.scorer.negated_precision_ = {c: 0.9 for c in base.scorer.codes_}
    adapted = adapt_theme_model(base, segs, from_frame(labels))
    X = _table(segs, model.scorer.codes_)
    quiet = [c for c in model.scorer.codes_
             if X[f"hit:{c}:denied"].sum() + X[f"hit:{c}:opposite"].sum() == 0]
    assert len(quiet) > 10
    assert all(adapted.scorer.negated_precision_[c] == pytest.approx(0.9) for c in quiet)
    assert all(model.scorer.negated_precision_[c] == pytest.approx(0.5) for c in quiet)  # no prior: (0+1)/(0+2)


def test_cli_adapt_needs_two_documents_in_one_line(trained, tmp_path):
    segs, labels, model = trained
    segs.to_csv(tmp_path / "segments.csv", index=False)
    labels[labels["doc_id"] == "doc00"].to_csv(tmp_path / "human.csv", index=False)
    save_theme_model(model, tmp_path / "m.qamodel")
    res = CliRunner().invoke(cli, ["code", str(tmp_path / "segments.csv"), "-o", str(tmp_path / "out"),
                                   "--theme-model", str(tmp_path / "m.qamodel"), "--adapt", str(tmp_path / "human.csv")])
    assert res.exit_code == 2
    assert "at least 2 documents; these codings cover 1" in res.output and "human.csv" in res.output
    assert len(res.output.strip().splitlines()) == 1 and "Traceback" not in res.output


def test_cli_adapt_refuses_unknown_codes_in_one_line(trained, tmp_path):
    segs, labels, model = trained
    segs.to_csv(tmp_path / "segments.csv", index=False)
    labels.assign(codes=labels["codes"].replace({"bond": "bondd"})).to_csv(tmp_path / "human.csv", index=False)
    save_theme_model(model, tmp_path / "m.qamodel")
    res = CliRunner().invoke(cli, ["code", str(tmp_path / "segments.csv"), "-o", str(tmp_path / "out"),
                                   "--theme-model", str(tmp_path / "m.qamodel"), "--adapt", str(tmp_path / "human.csv")])
    assert res.exit_code == 2
    assert "code id(s) not in the codebook: bondd" in res.output
    assert len(res.output.strip().splitlines()) == 1 and "Traceback" not in res.output
    assert not (tmp_path / "out" / "codings.csv").exists()


def test_cli_adapt_writes_model_and_codes(trained, tmp_path):
    segs, labels, model = trained
    segs.to_csv(tmp_path / "segments.csv", index=False)
    labels.to_csv(tmp_path / "human.csv", index=False)
    save_theme_model(model, tmp_path / "m.qamodel")
    out = tmp_path / "out"
    res = CliRunner().invoke(cli, ["code", str(tmp_path / "segments.csv"), "-o", str(out), "--theme-model",
                                   str(tmp_path / "m.qamodel"), "--adapt", str(tmp_path / "human.csv"),
                                   "--min-confidence", "0.6"])
    assert res.exit_code == 0, res.output
    assert (out / "theme_model.qamodel").is_file() and (out / "coding_candidates.csv").is_file()
    codings = pd.read_csv(out / "codings.csv")
    assert {"polarity", "confidence", "method"} <= set(codings.columns)
    assert (codings.loc[codings["polarity"] == "affirmed", "confidence"] >= 0.6).all()
    rules = CliRunner().invoke(cli, ["code", str(tmp_path / "segments.csv"), "-o", str(tmp_path / "rules"),
                                     "--rules-only"])
    assert rules.exit_code == 0, rules.output
    assert (pd.read_csv(tmp_path / "rules" / "codings.csv")["confidence"] == 1.0).all()


def test_run_and_library_share_the_default_min_confidence():
    from qualalliance.coding.coder import DEFAULT_MIN_CONFIDENCE
    from qualalliance.stage_params import CodeParams

    assert CodeParams().min_confidence == DEFAULT_MIN_CONFIDENCE
    assert CodeParams().theme_model == "default"
