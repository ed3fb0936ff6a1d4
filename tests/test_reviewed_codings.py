"""Reviewed codings back into a run: `run --codings`, `codings:` in study.yaml, `reliability RUN`.

The study here is two tiny SYNTHETIC transcripts; the run skips topics, link and report
(tested elsewhere) and codes with the rules alone, so it takes seconds.
"""

from __future__ import annotations

import json

import pandas as pd
import pytest
from click.testing import CliRunner

from qualalliance.cli import cli
from qualalliance.errors import ConfigError
from qualalliance.report.render import codings_used
from qualalliance.reviewed import code_matrix, turn_of
from qualalliance.study import load_study

SKIP = ["--skip", "topics", "--skip", "link", "--skip", "report"]
T1 = ("Therapist: How did the room feel today?\n"
      "Participant: I felt safe with you. I trust you.\n"
      "Therapist: What else?\n"
      "Participant: Nothing much, I felt calm and safe.\n")
T2 = ("Therapist: Welcome back.\n"
      "Participant: I do not trust people easily, but I trusted you.\n")


def _study(tmp_path, extra: str = "") -> "Path":  # noqa: F821 - pathlib.Path
    root = tmp_path / "study"
    (root / "transcripts").mkdir(parents=True)
    (root / "transcripts" / "P01_preparation.txt").write_text(T1, encoding="utf-8")
    (root / "transcripts" / "P02_preparation.txt").write_text(T2, encoding="utf-8")
    (root / "study.yaml").write_text("synthetic: true\nname: tiny (synthetic)\npaths:\n  transcripts: transcripts\n"
                                     "stages:\n  code:\n    theme_model: none\n" + extra, encoding="utf-8")
    return root


def _run(*args):
    return CliRunner().invoke(cli, ["run", *map(str, args), *SKIP], catch_exceptions=False)


@pytest.fixture
def machine_run(tmp_path):
    study = _study(tmp_path)
    r = _run(study, "-o", tmp_path / "machine")
    assert r.exit_code == 0, r.output
    return study, tmp_path / "machine"


def _reviewed(machine: pd.DataFrame) -> pd.DataFrame:
    """Ana keeps the machine's codings of P01, adds one of her own, and two rows that cannot be placed."""
    keep = machine[machine["doc_id"] == "P01_preparation"].copy()
    keep["method"], keep["coder"] = "human", "Ana"
    a = T1.index("I felt calm")
    extra = pd.DataFrame([
        {"doc_id": "P01_preparation", "code": "calm", "start_char": a, "end_char": a + 11, "text": "I felt calm",
         "coder": "Ana"},
        {"doc_id": "P01_preparation", "code": "safety", "start_char": 5, "end_char": 9999, "text": "", "coder": "Ana"},
        {"doc_id": "P09_nowhere", "code": "safety", "start_char": 0, "end_char": 3, "text": "abc", "coder": "Ana"}])
    return pd.concat([keep[["doc_id", "code", "start_char", "end_char", "text", "coder"]], extra], ignore_index=True)


def test_run_uses_reviewed_codings_instead(machine_run, tmp_path):
    study, machine_out = machine_run
    machine = pd.read_parquet(machine_out / "code" / "codings.parquet")
    assert {"safety", "trust"} <= set(machine["code"])
    reviewed = _reviewed(machine)
    reviewed.to_csv(tmp_path / "reviewed.csv", index=False)
    out = tmp_path / "run"
    r = _run(study, "-o", out, "--codings", tmp_path / "reviewed.csv")
    assert r.exit_code == 0, r.output
    used = pd.read_parquet(out / "code" / "codings.parquet")
    assert set(used["method"]) == {"human"} and set(used["coder"]) == {"Ana"}
    assert len(used) == len(reviewed) - 2 and "calm" in set(used["code"])
    assert (used["doc_id"] == "P01_preparation").all()
    text = T1
    assert all(text[r.start_char:r.end_char] == r.text for r in used.itertuples())
    # the machine's codings are kept beside them, identical to a machine-only run
    pd.testing.assert_frame_equal(pd.read_parquet(out / "code" / "machine_codings.parquet"), machine)
    rejects = pd.read_csv(out / "code" / "human_codings_rejects.csv")
    assert rejects["reason"].str.contains("outside the document").sum() == 1
    assert rejects["reason"].str.contains("no run document").sum() == 1
    matrix = pd.read_parquet(out / "code" / "code_matrix.parquet")
    assert matrix.loc[(matrix["doc_id"] == "P01_preparation") & (matrix["turn"] == 3), "calm"].tolist() == [1]
    assert matrix.loc[matrix["doc_id"] == "P02_preparation"].drop(columns=["doc_id", "turn"]).sum().sum() == 0
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["parameters"]["code"]["codings_mode"] == "instead"
    assert manifest["counts"]["code"]["human_rejects"] == 2
    # `reliability RUN` compares each reviewer with the machine, per code
    r = CliRunner().invoke(cli, ["reliability", str(out), "-o", str(out / "reliability"), "--n-boot", "0"])
    assert r.exit_code == 0, r.output
    assert "Ana" in r.output and "qualalliance-rules" in r.output
    stats = pd.read_csv(out / "reliability" / "reliability.csv")
    kappa = stats[(stats.scope == "all") & (stats.statistic == "cohen_kappa")].set_index("code")["estimate"]
    # Ana agrees with the machine on P01 but coded nothing in P02, where the machine found trust
    assert kappa["calm"] == pytest.approx(0.0) and kappa["trust"] < 1.0


def test_codings_beside_and_in_study_yaml(machine_run, tmp_path):
    study, machine_out = machine_run
    machine = pd.read_parquet(machine_out / "code" / "codings.parquet")
    _reviewed(machine).to_csv(study / "reviewed.csv", index=False)
    (study / "study.yaml").write_text((study / "study.yaml").read_text() + "codings: reviewed.csv\n")
    assert load_study(study).stage("code").codings == (study / "reviewed.csv").resolve()
    out = tmp_path / "beside"
    r = _run(study, "-o", out, "--codings-mode", "beside")
    assert r.exit_code == 0, r.output
    used = pd.read_parquet(out / "code" / "codings.parquet")
    assert (used["method"] == "rule").sum() == len(machine) and (used["method"] == "human").sum() == len(machine[
        machine["doc_id"] == "P01_preparation"]) + 1
    both = (study / "study.yaml").read_text().replace("theme_model: none\n", "theme_model: none\n    codings: x.csv\n")
    (study / "reviewed.csv").rename(study / "x.csv")
    (study / "study.yaml").write_text(both.replace("codings: reviewed.csv", "codings: x.csv"))
    with pytest.raises(ConfigError, match="given twice"):
        load_study(study)


def test_import_folder_matched_by_document_text(machine_run, tmp_path):
    """An import whose documents are named differently still matches: same text, same sha256."""
    study, machine_out = machine_run
    target = tmp_path / "x.qdpx"
    assert CliRunner().invoke(cli, ["export", "qdpx", str(machine_out), "-o", str(target)]).exit_code == 0
    imp = tmp_path / "imp"
    assert CliRunner().invoke(cli, ["import", "qdpx", str(target), "-o", str(imp)]).exit_code == 0
    for name in ("codings", "documents"):
        df = pd.read_parquet(imp / f"{name}.parquet")
        df["doc_id"] = "renamed_" + df["doc_id"]
        df.to_parquet(imp / f"{name}.parquet")
    r = _run(study, "-o", tmp_path / "run", "--codings", imp)
    assert r.exit_code == 0, r.output
    used = pd.read_parquet(tmp_path / "run" / "code" / "codings.parquet")
    machine = pd.read_parquet(machine_out / "code" / "codings.parquet")
    key = ["doc_id", "turn", "code", "start_char", "end_char"]
    assert used[key].sort_values(key).values.tolist() == machine[key].sort_values(key).values.tolist()


def test_bad_codings_file_is_one_line(machine_run, tmp_path):
    study, _ = machine_run
    (tmp_path / "bad.csv").write_text("doc_id,code\nP01_preparation,safety\n", encoding="utf-8")
    r = CliRunner().invoke(cli, ["run", str(study), "-o", str(tmp_path / "o"), "--codings",
                                 str(tmp_path / "bad.csv"), *SKIP])
    assert r.exit_code == 2 and len(r.output.strip().splitlines()) == 1 and "start_char" in r.output, r.output


def test_turn_of_and_matrix_by_hand():
    starts, ends = [0, 10, 20], [10, 20, 30]
    assert turn_of(starts, ends, 8, 15) == 1 and turn_of(starts, ends, 2, 12) == 0 and turn_of(starts, ends, 35, 40) == 2
    seg = pd.DataFrame({"doc_id": ["d", "d"], "turn": [0, 1]})
    cod = pd.DataFrame({"doc_id": ["d", "d"], "turn": [1, 0], "code": ["x", "safety"], "negated": [False, True]})
    m = code_matrix(cod, seg, ["safety"])
    assert m.columns.tolist() == ["doc_id", "turn", "safety", "x"] and m[["safety", "x"]].values.tolist() == [[0, 0],
                                                                                                             [0, 1]]


def test_report_says_which_codings():
    cod = pd.DataFrame({"method": ["human", "human", "rule"], "coder": ["Ben", "Ana", "qualalliance-rules/x@1"]})
    text = codings_used(cod, {"codings": "/r/reviewed.csv", "codings_mode": "beside"})
    assert text == ("2 human (Ana, Ben), 1 rule; reviewed codings from /r/reviewed.csv used beside the machine's "
                    "(the machine's are in code/machine_codings.csv)")


def test_codings_with_code_skipped_is_one_line(tmp_path):
    study = _study(tmp_path)
    (tmp_path / "r.csv").write_text("doc_id,code,start_char,end_char\n", encoding="utf-8")
    r = CliRunner().invoke(cli, ["run", str(study), "-o", str(tmp_path / "o"), "--codings", str(tmp_path / "r.csv"),
                                 "--skip", "code", *SKIP])
    assert r.exit_code == 2 and r.output.strip().count("\n") == 0 and "--skip code" in r.output, r.output
    assert not (tmp_path / "o").exists()


def test_aligned_codings_keep_a_reviews_polarity():
    """review/human_codings.csv says whether a negated coding was denied or its opposite pole
    named; `run --codings` keeps that (negated decides, polarity says which kind)."""
    from qualalliance.reviewed import Reviewed, align

    text = "I was not scared. I felt unsafe. Fine."
    docs = pd.DataFrame({"doc_id": ["d"], "text": [text]})
    segs = pd.DataFrame({"doc_id": ["d", "d", "d"], "turn": [0, 1, 2], "start_char": [0, 18, 33],
                         "end_char": [17, 32, 38]})
    human = pd.DataFrame({"doc_id": "d", "code": ["anxiety", "safety", "hope", "bond"],
                          "start_char": [10, 25, 33, 33], "end_char": [16, 31, 37, 37],
                          "negated": [True, True, True, False],
                          "polarity": ["denied", "opposite", "", "denied"]})
    aligned, rejects = align(Reviewed(human, None, "h.csv"), segs, docs)
    assert rejects.empty
    assert list(zip(aligned["code"], aligned["negated"], aligned["polarity"])) == [
        ("anxiety", True, "denied"), ("safety", True, "opposite"), ("bond", False, "affirmed"),
        ("hope", True, "denied")]
