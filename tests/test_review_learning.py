"""`qualalliance review` teaches the second stage as the reviewer decides: decisions ->
update (the `code --adapt` learner, in a background thread) -> the items not yet decided
are scored again and re-ordered; the adapted model is saved for `code --theme-model`.

Uses a tiny second stage without embeddings (tests/reviewdata.py) and a review folder
whose 20 items are all "anxiety" codings of "scared": the decisions alone say which are right.
"""

from __future__ import annotations

import statistics
from pathlib import Path

import pandas as pd
import pytest
import yaml
from click.testing import CliRunner
from starlette.testclient import TestClient

from qualalliance.cli import cli
from qualalliance.coding.model import load_theme_model
from qualalliance.review.app import create_app
from qualalliance.review.items import load_review_set
from qualalliance.review.learn import SessionLearner, base_model_source, item_confidences, session_reference
from qualalliance.review.serve import review_session
from qualalliance.tables import read_table

from .reviewdata import REVIEW_DOCS, write_learning_folder, write_review_folder, write_tiny_theme_model

TOKEN = "test-token-learn"
H = {"X-Review-Token": TOKEN}
KEY = ("doc_id", "turn", "code", "start_char", "end_char")


@pytest.fixture(scope="module")
def tiny_model(tmp_path_factory):
    return write_tiny_theme_model(tmp_path_factory.mktemp("model") / "tiny.qamodel")


@pytest.fixture
def folder(tmp_path, tiny_model):
    return write_learning_folder(tmp_path / "run", tiny_model)


def reviewed(review, accepted: int) -> list[dict]:
    """Decisions on the first three anxiety items of R1-R4 (12 turns): *accepted* accepts, then rejects."""
    items = sorted((it for it in review.items if it["doc_id"] != REVIEW_DOCS[-1] and it["turn"] < 7),
                   key=lambda it: (it["doc_id"], it["turn"]))
    assert len(items) == 12
    return [{**{k: it[k] for k in KEY}, "decision": "accept" if i < accepted else "reject", "coder": "ann",
             "memo": "", "time": "t"} for i, it in enumerate(items)]


def test_the_run_model_is_found_from_the_code_manifest(folder, tiny_model):
    review = load_review_set(folder)
    assert base_model_source(review) == str(tiny_model)
    assert base_model_source(review, "other.qamodel") == "other.qamodel"
    plain = load_review_set(write_review_folder(folder.parent / "plain"))
    assert base_model_source(plain) == "default"  # no manifest: the shipped model


def test_session_reference_rejections_are_negatives_undecided_machine_codings_stand():
    items = [{"doc_id": "D", "turn": 1, "code": "anxiety", "start_char": 0, "end_char": 6, "negated": False,
              "source": "codings"},
             {"doc_id": "D", "turn": 1, "code": "bond", "start_char": 8, "end_char": 12, "negated": False,
              "source": "codings"},     # not decided, same turn: stays a positive
             {"doc_id": "D", "turn": 1, "code": "trust", "start_char": 8, "end_char": 12, "negated": False,
              "source": "candidates"},  # below threshold, not decided: not a coding
             {"doc_id": "D", "turn": 3, "code": "anxiety", "start_char": 20, "end_char": 26, "negated": True,
              "source": "codings"},     # not a reviewed turn: not in the reference
             {"doc_id": "E", "turn": 0, "code": "hope", "start_char": 0, "end_char": 4, "negated": True,
              "source": "codings"}]
    rows = [{**{k: items[0][k] for k in KEY}, "decision": "reject", "coder": "ann", "memo": "", "time": "t"},
            {**{k: items[4][k] for k in KEY}, "decision": "accept", "coder": "ann", "memo": "", "time": "t"},
            {"doc_id": "E", "turn": 0, "code": "goals", "start_char": 0, "end_char": 3, "decision": "add",
             "coder": "ann", "memo": "", "time": "t"},
            {**{k: items[3][k] for k in KEY}, "decision": "accept", "coder": "ben", "memo": "", "time": "t"}]
    polarity = {tuple(it[k] for k in KEY): "denied" if it["negated"] else "affirmed" for it in items}
    ref = session_reference(rows, items, "ann", lambda *k: polarity.get(k),
                            ["anxiety", "bond", "trust", "hope", "goals"])
    assert list(map(tuple, ref.units.to_numpy())) == [("D", 1), ("E", 0)]
    assert list(map(tuple, ref.codes.to_numpy())) == [("D", 1, "bond", False), ("E", 0, "goals", False),
                                                      ("E", 0, "hope", True)]


def test_decisions_move_the_remaining_confidences_their_way(folder):
    review, store = review_session(folder, "ann")
    learner = SessionLearner(review, store, "ann", base_model_source(review), every=0)
    learner._prepare()
    before = item_confidences(learner._base, learner._table, review, review.items)
    mostly_rejected, rejected_conf = learner.fit(reviewed(review, accepted=4))
    _, accepted_conf = learner.fit(reviewed(review, accepted=8))
    assert sorted(mostly_rejected.scorer.recalibrated_) == ["anxiety"]  # 4 and 8 examples: recalibrated
    open_ids = sorted(rejected_conf)
    assert len(open_ids) == 8  # R1-R4's last turn and R5's four
    assert min(before[i] for i in open_ids) > 0.95  # the tiny model takes "scared" for anxiety
    # 8 of 12 rejected: the others are now doubtful; 4 of 12 rejected: less so
    assert all(rejected_conf[i] < 0.6 for i in open_ids)
    assert all(accepted_conf[i] < before[i] for i in open_ids)
    assert statistics.mean(rejected_conf.values()) + 0.2 < statistics.mean(accepted_conf.values())


def test_same_decisions_same_model(folder):
    review, store = review_session(folder, "ann")
    learner = SessionLearner(review, store, "ann", base_model_source(review), every=0)
    rows = reviewed(review, accepted=5)
    first, a = learner.fit(rows)
    second, b = learner.fit(list(rows))
    assert a == b
    table = learner._table.iloc[:10]
    pd.testing.assert_frame_equal(first.scorer.predict_proba(table), second.scorer.predict_proba(table))


def test_every_k_decisions_the_page_gets_new_confidences_and_order(folder):
    review, store = review_session(folder, "ann")
    learner = SessionLearner(review, store, "ann", base_model_source(review), every=12)
    client = TestClient(create_app(review, store, TOKEN, "ann", learner))
    status = client.get(f"/api/model?token={TOKEN}").json()
    assert (status["state"], status["version"], status["next_in"]) == ("waiting", 0, 12)
    before = {it["id"]: it for it in client.get(f"/api/items?token={TOKEN}").json()}
    for i, row in enumerate(reviewed(review, accepted=4)):
        assert client.post("/api/decisions", json={k: row[k] for k in (*KEY, "decision")}, headers=H).status_code == 200
        if i == 0:  # the first decision: the first update is prepared in the background meanwhile
            learner.wait(120)
            assert learner._table is not None and learner.status()["state"] == "waiting"
        if i == 10:
            assert learner.status()["version"] == 0  # 11 decisions: no update yet
    learner.wait(120)
    status = client.get(f"/api/model?token={TOKEN}").json()
    assert (status["state"], status["version"], status["decisions"], status["turns"]) == ("ready", 1, 12, 12)
    assert status["recalibrated"] == ["anxiety"] and status["updated"] and status["next_in"] == 12
    items = client.get(f"/api/items?token={TOKEN}").json()
    decided = {tuple(r[k] for k in KEY) for r in reviewed(review, 4)}
    assert [tuple(it[k] for k in KEY) in decided for it in items] == [True] * 12 + [False] * 8  # decided first
    rest = items[12:]
    assert all(it["confidence"] < 0.6 and it["run_confidence"] == 0.9 for it in rest)
    assert all(it["confidence"] == before[it["id"]]["confidence"] for it in items[:12])  # decided: as they were
    gaps = [abs(it["confidence"] - 0.6) for it in rest]
    assert gaps == sorted(gaps)  # most uncertain first again
    # the adapted model is saved where code --theme-model can read it
    saved = load_theme_model(folder / "review" / "theme_model.qamodel")
    assert saved.metadata["review_decisions"] == 12 and saved.metadata["adapted_from"] == "tiny-theme-scorer"
    # reopened: the update runs again at once and gives the same confidences (same decisions)
    review2, store2 = review_session(folder, "ann")
    again = SessionLearner(review2, store2, "ann", base_model_source(review2), every=12)
    assert again.resume() is True
    again.wait(120)
    assert again.items() == items and again.status()["version"] == 1
    assert SessionLearner(review2, store2, "ben", "default").resume() is False  # ben has no decisions
    res = CliRunner().invoke(cli, ["code", str(folder / "segments.csv"), "--theme-model",
                                   str(folder / "review" / "theme_model.qamodel"), "-o", str(folder / "recoded")])
    assert res.exit_code == 0, res.output
    recoded = pd.concat([read_table(folder / "recoded" / "codings.csv"),
                         read_table(folder / "recoded" / "coding_candidates.csv")])
    by_key = {tuple(r[k] for k in KEY): r["confidence"] for r in recoded.to_dict("records")}
    # the code stage with the saved model scores the undecided items as the session did
    assert [by_key[tuple(it[k] for k in KEY)] for it in rest] == pytest.approx([it["confidence"] for it in rest])


def test_retrain_on_request_needs_the_header_and_a_learner(folder):
    review, store = review_session(folder, "ann")
    learner = SessionLearner(review, store, "ann", base_model_source(review), every=0)
    client = TestClient(create_app(review, store, TOKEN, "ann", learner))
    assert client.post(f"/api/retrain?token={TOKEN}").status_code == 403
    assert client.get("/api/model").status_code == 403
    assert client.post("/api/retrain", headers=H).status_code == 200
    learner.wait(60)
    assert client.get(f"/api/model?token={TOKEN}").json()["version"] == 0  # no decisions: nothing to learn
    row = reviewed(review, 1)[0]
    client.post("/api/decisions", json={k: row[k] for k in (*KEY, "decision")}, headers=H)
    assert client.get(f"/api/model?token={TOKEN}").json()["next_in"] is None  # every=0: only on request
    assert client.post("/api/retrain", headers=H).json()["state"] == "training"
    learner.wait(60)
    status = client.get(f"/api/model?token={TOKEN}").json()
    assert (status["state"], status["version"]) == ("waiting", 0)  # one document: nothing to learn yet
    assert "at least 2 documents" in status["message"]
    row = reviewed(review, 1)[-1]  # a turn of another document
    client.post("/api/decisions", json={k: row[k] for k in (*KEY, "decision")}, headers=H)
    client.post("/api/retrain", headers=H)
    learner.wait(60)
    status = client.get(f"/api/model?token={TOKEN}").json()
    assert (status["state"], status["version"], status["decisions"]) == ("ready", 1, 2)
    assert status["recalibrated"] == [] and status["message"] == ""  # two examples: too few for any code
    off = TestClient(create_app(review, store, TOKEN, "ann"))
    assert off.post("/api/retrain", headers=H).status_code == 409
    assert off.get(f"/api/model?token={TOKEN}").json()["state"] == "off"


def test_a_model_for_another_codebook_turns_learning_off(folder, tiny_model, tmp_path):
    book = tmp_path / "book.yaml"
    data = yaml.safe_load(Path(load_review_set(folder).codebook.path).read_text(encoding="utf-8"))
    data["version"] = "9.9.9"
    book.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    review, store = review_session(folder, "ann", book)
    learner = SessionLearner(review, store, "ann", "default", every=0)
    row = reviewed(review, 1)[0]
    store.record(row)
    learner.request()
    learner.wait(60)
    status = learner.status()
    assert status["state"] == "off" and "another codebook" in status["message"]
    assert learner.request() is False
    chosen = SessionLearner(review, store, "ann", str(tiny_model), every=0)  # review --theme-model
    chosen.request()
    chosen.wait(60)
    status = chosen.status()
    assert status["state"] == "off" and "built for codebook" in status["message"]


def test_the_human_codings_feed_reliability_adapt_and_coder_train(folder, tiny_model, tmp_path):
    """`reliability` compares the reviewer with the machine; `code --adapt` and `coder train`
    take review/human_codings.csv as it is (issue 16)."""
    review, store = review_session(folder, "ann")
    for row in reviewed(review, accepted=8):
        store.record(row)
    human = folder / "review" / "human_codings.csv"
    assert len(read_table(human)) == 8
    run = CliRunner().invoke
    res = run(cli, ["reliability", str(human), str(folder / "codings.csv"), "--segments", str(folder / "segments.csv"),
                    "--coverage", "documents", "--n-boot", "0", "-o", str(tmp_path / "rel")])
    assert res.exit_code == 0, res.output
    rel = read_table(tmp_path / "rel" / "reliability.csv")
    agree = rel[(rel["code"] == "anxiety") & (rel["statistic"] == "percent_agreement")].set_index("scope")
    # the documents the reviewer coded in (R1-R3, 24 turns): the machine coded all 12 participant
    # turns anxiety, the reviewer accepted 8; both left the 12 therapist turns uncoded
    assert (agree.at["all", "units"], agree.at["all", "estimate"]) == (24, pytest.approx(20 / 24))
    assert (agree.at["coded", "units"], agree.at["coded", "estimate"]) == (12, pytest.approx(8 / 12))
    res = run(cli, ["code", str(folder / "segments.csv"), "--theme-model", str(tiny_model), "--adapt", str(human),
                    "-o", str(tmp_path / "adapted")])
    assert res.exit_code == 0, res.output
    assert "adapted the second stage to 8 coded turns" in res.output
    res = run(cli, ["coder", "train", str(human), "--segments", str(folder / "segments.csv"),
                    "-o", str(tmp_path / "ann.qacoder")])
    assert res.exit_code == 0, res.output
    assert "trained 'ann'" in res.output and "anxiety" in res.output
