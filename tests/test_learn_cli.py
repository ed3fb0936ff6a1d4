"""``qualalliance coder``: train -> predict -> evaluate -> suggest from the command line."""

from __future__ import annotations

import pandas as pd
import pytest
from click.testing import CliRunner

from qualalliance.cli import cli
from qualalliance.schema import CODING_COLUMNS

from .conftest import ANNOMI, need_shared
from .test_learn_features import synthetic_sessions


def run(args):
    return CliRunner().invoke(cli, args, catch_exceptions=False)


@pytest.fixture(scope="module")
def files(tmp_path_factory):
    root = tmp_path_factory.mktemp("coder")
    sessions = synthetic_sessions(n_docs=10)
    coded = sessions[sessions["doc_id"] < "syn-07"]
    new = sessions[sessions["doc_id"] >= "syn-07"].assign(behaviour="")
    coded.to_csv(root / "coded.csv", index=False)
    new.to_parquet(root / "new.parquet", index=False)
    model = root / "models" / "syn.qacoder"
    r = run(["coder", "train", str(root / "coded.csv"), "-o", str(model), "--label-col", "behaviour"])
    assert r.exit_code == 0, r.output
    return root, model, sessions, r.output


def test_train_reports_and_writes_model(files):
    _, model, _, output = files
    assert model.is_file()
    assert "trained 'syn' (single-label, 3 labels: celebrate, comfort, question)" in output
    assert "training fit (optimistic)" in output


def test_predict_writes_codings(files, tmp_path):
    root, model, sessions, _ = files
    r = run(["coder", "predict", str(model), str(root / "new.parquet"), "-o", str(tmp_path / "out")])
    assert r.exit_code == 0, r.output
    cod = pd.read_csv(tmp_path / "out" / "codings.csv")
    assert (tmp_path / "out" / "codings.parquet").is_file()
    assert list(cod.columns) == CODING_COLUMNS
    new = sessions[sessions["doc_id"] >= "syn-07"]
    assert len(cod) == (new["role"] == "therapist").sum()
    assert set(cod["coder"]) == {"syn"} and set(cod["method"]) == {"model"}
    truth = new.set_index(["doc_id", "turn"])["behaviour"]
    agree = (cod.set_index(["doc_id", "turn"])["code"] == truth.reindex(cod.set_index(["doc_id", "turn"]).index))
    assert agree.mean() > 0.85


def test_evaluate_writes_tables_and_prints_summary(files, tmp_path):
    root, _, _, _ = files
    out = tmp_path / "cv"
    r = run(["coder", "evaluate", str(root / "coded.csv"), "--label-col", "behaviour", "--folds", "3",
             "-o", str(out)])
    assert r.exit_code == 0, r.output
    assert "macro-F1" in r.output and "kappa" in r.output and "3-fold grouped CV" in r.output
    assert "confusion (rows gold, columns predicted)" in r.output
    for name in ("cv_summary", "cv_per_label", "cv_confusion", "cv_predictions"):
        assert (out / f"{name}.csv").is_file() and (out / f"{name}.parquet").is_file()
    summ = pd.read_csv(out / "cv_summary.csv").set_index("metric")["value"]
    assert 0 <= summ["macro_f1"] <= 1 and summ["folds"] == 3
    base = run(["coder", "evaluate", str(root / "coded.csv"), "--label-col", "behaviour", "--folds", "3",
                "--estimator", "baseline", "-o", str(tmp_path / "cvb")])
    assert base.exit_code == 0, base.output
    base_f1 = pd.read_csv(tmp_path / "cvb" / "cv_summary.csv").set_index("metric")["value"]["macro_f1"]
    assert summ["macro_f1"] > base_f1  # context beats text alone on this data by construction


def test_suggest_lists_least_confident(files, tmp_path):
    root, model, _, _ = files
    r = run(["coder", "suggest", str(model), str(root / "new.parquet"), "-n", "4", "-o", str(tmp_path / "s")])
    assert r.exit_code == 0, r.output
    sug = pd.read_csv(tmp_path / "s" / "suggestions.csv")
    assert list(sug["rank"]) == [1, 2, 3, 4]
    assert sug["margin"].is_monotonic_increasing


def test_codings_table_with_segments(files, tmp_path):
    root, _, sessions, _ = files
    q = sessions[(sessions["behaviour"] == "question") & (sessions["doc_id"] < "syn-07")]
    codings = q.assign(code="asks", negated=False, method="human", coder="r1", confidence=1.0)[CODING_COLUMNS]
    codings.to_csv(tmp_path / "codings.csv", index=False)
    sessions.drop(columns=["behaviour", "news"]).to_csv(tmp_path / "segments.csv", index=False)
    model = tmp_path / "multi.qacoder"
    r = run(["coder", "train", str(tmp_path / "codings.csv"), "--segments", str(tmp_path / "segments.csv"),
             "-o", str(model), "--name", "asks-model"])
    assert r.exit_code == 0, r.output
    assert "multi-label" in r.output
    r = run(["coder", "predict", str(model), str(tmp_path / "segments.csv"), "-o", str(tmp_path / "p")])
    assert r.exit_code == 0, r.output
    cod = pd.read_csv(tmp_path / "p" / "codings.csv")
    assert set(cod["code"]) == {"asks"} and set(cod["coder"]) == {"asks-model"}
    # a codings table without --segments is a one-line usage error
    r = run(["coder", "train", str(tmp_path / "codings.csv"), "-o", str(tmp_path / "x.qacoder")])
    assert r.exit_code == 2 and "give --segments" in r.output


def test_user_errors_exit_2_with_one_line(files, tmp_path):
    root, model, _, _ = files
    r = run(["coder", "train", str(root / "coded.csv"), "-o", str(tmp_path / "m.qacoder")])
    assert r.exit_code == 2 and "--label-col" in r.output
    r = run(["coder", "train", str(root / "coded.csv"), "-o", str(tmp_path / "m.qacoder"), "--label-col", "nope"])
    assert r.exit_code == 2 and "error:" in r.output
    data = bytearray(model.read_bytes())
    data[len(data) // 2] ^= 0x55
    bad = tmp_path / "tampered.qacoder"
    bad.write_bytes(bytes(data))
    for cmd in (["predict"], ["suggest"]):
        r = run(["coder", *cmd, str(bad), str(root / "new.parquet"), "-o", str(tmp_path / "o")])
        assert r.exit_code == 2
        lines = [ln for ln in r.output.splitlines() if ln.strip()]
        assert len(lines) == 1 and lines[0].startswith("error: ") and "tampered" in lines[0]
        assert "Traceback" not in r.output
    assert not (tmp_path / "o").exists()  # nothing written


@pytest.mark.shared
def test_annomi_subset_train_and_predict(tmp_path):
    """Train on 12 AnnoMI dev transcripts, code 4 others: therapist turns only, valid labels."""
    from qualalliance.ingest import load_segments

    seg = load_segments(need_shared(ANNOMI))
    docs = sorted(seg["doc_id"].unique())[:16]
    seg = seg[seg["doc_id"].isin(docs)]
    seg[seg["doc_id"].isin(docs[:12])].to_parquet(tmp_path / "train.parquet", index=False)
    seg[seg["doc_id"].isin(docs[12:])].drop(columns=["main_therapist_behaviour", "client_talk_type"]) \
        .to_parquet(tmp_path / "new.parquet", index=False)
    model = tmp_path / "mi.qacoder"
    r = run(["coder", "train", str(tmp_path / "train.parquet"), "-o", str(model),
             "--label-col", "main_therapist_behaviour"])
    assert r.exit_code == 0, r.output
    assert "other, question, reflection, therapist_input" in r.output
    r = run(["coder", "predict", str(model), str(tmp_path / "new.parquet"), "-o", str(tmp_path / "out")])
    assert r.exit_code == 0, r.output
    cod = pd.read_csv(tmp_path / "out" / "codings.csv")
    new = seg[seg["doc_id"].isin(docs[12:])]
    assert len(cod) == (new["role"] == "therapist").sum()
    assert set(cod["code"]) <= {"other", "question", "reflection", "therapist_input"}
    gold = new.set_index(["doc_id", "turn"])["main_therapist_behaviour"]
    hit = cod.set_index(["doc_id", "turn"])["code"] == gold.reindex(cod.set_index(["doc_id", "turn"]).index)
    assert hit.mean() > 0.5  # four-way task, chance ~0.3
