"""The export/import commands, and imported human codings feeding reliability and training."""

from __future__ import annotations

import pandas as pd
import pytest
from click.testing import CliRunner

from qualalliance.cli import cli
from qualalliance.cli.import_cmd import import_qdc
from qualalliance.codebook import load_codebook
from qualalliance.coding import code_segments
from qualalliance.schema import CODING_COLUMNS
from qualalliance.tables import write_table

from .conftest import SAMPLE
from .qdadata import vendor_qdpx


def run(args):
    return CliRunner().invoke(cli, args, catch_exceptions=False)


@pytest.fixture
def run_folder(tmp_path):
    """A run-style folder: OUT/ingest/ from the CLI, OUT/code/codings from the rule coder."""
    out = tmp_path / "run"
    assert run(["ingest", str(SAMPLE), "-o", str(out / "ingest")]).exit_code == 0
    seg = pd.read_parquet(out / "ingest" / "segments.parquet")
    write_table(code_segments(seg).codings, out / "code", "codings")
    return out


def test_export_import_round_trip_through_the_cli(run_folder, tmp_path):
    target = tmp_path / "study.qdpx"
    r = run(["export", "qdpx", str(run_folder), "-o", str(target), "--name", "sample"])
    assert r.exit_code == 0, r.output
    assert "exported 6 documents" in r.output and target.is_file()
    again = tmp_path / "again.qdpx"
    run(["export", "qdpx", str(run_folder), "-o", str(again), "--name", "sample"])
    assert again.read_bytes() == target.read_bytes()
    r = run(["import", "qdpx", str(target), "-o", str(tmp_path / "imp")])
    assert r.exit_code == 0 and "imported 6 documents, 23 turns" in r.output, r.output
    for name in ("segments.parquet", "segments.csv", "documents.parquet", "codings.parquet", "codings.csv",
                 "import_report.csv", "users.csv", "import_manifest.json", "project_codebook.yaml"):
        assert (tmp_path / "imp" / name).is_file(), name
    before = pd.read_parquet(run_folder / "code" / "codings.parquet")[CODING_COLUMNS]
    after = pd.read_parquet(tmp_path / "imp" / "codings.parquet")
    key = ["doc_id", "start_char", "end_char", "code", "negated"]
    pd.testing.assert_frame_equal(before.sort_values(key).reset_index(drop=True),
                                  after.sort_values(key).reset_index(drop=True), check_dtype=False)
    load_codebook(tmp_path / "imp" / "project_codebook.yaml")  # a valid codebook
    # an import folder exports again (flat layout)
    r = run(["export", "qdpx", str(tmp_path / "imp"), "-o", str(tmp_path / "third.qdpx"), "--name", "sample"])
    assert r.exit_code == 0, r.output


def test_export_needs_documents(tmp_path):
    (tmp_path / "empty").mkdir()
    r = run(["export", "qdpx", str(tmp_path / "empty"), "-o", str(tmp_path / "x.qdpx")])
    assert r.exit_code == 2 and r.output.startswith("error: ") and "documents.parquet" in r.output
    assert not (tmp_path / "x.qdpx").exists()


def test_qdc_export_and_import_qdc(tmp_path):
    r = run(["export", "qdc", "-o", str(tmp_path / "cb.qdc")])
    assert r.exit_code == 0, r.output
    yaml_out = tmp_path / "cb.yaml"
    r = CliRunner().invoke(import_qdc, [str(tmp_path / "cb.qdc"), "-o", str(yaml_out),
                                        "--base", str(load_codebook().path)], catch_exceptions=False)
    assert r.exit_code == 0, r.output
    assert load_codebook(yaml_out) == load_codebook()


def test_import_options(tmp_path):
    path = vendor_qdpx(tmp_path / "v.qdpx", origin="ATLAS.ti 9", crlf=True, names=False)  # standard positions
    r = run(["import", "qdpx", str(path), "-o", str(tmp_path / "a"), "--positions", "standard", "--keep-unmapped",
             "--role", "Therapist=other"])
    assert r.exit_code == 0, r.output
    cod = pd.read_parquet(tmp_path / "a" / "codings.parquet")
    assert cod["text"].iloc[0] == "I felt safe with both of you" and "weather_talk" in set(cod["code"])
    seg = pd.read_parquet(tmp_path / "a" / "segments.parquet")
    assert seg["role"].tolist()[:2] == ["other", "participant"]
    # without --positions the ATLAS.ti default (CRLF counts one) would be wrong for this file
    run(["import", "qdpx", str(path), "-o", str(tmp_path / "b")])
    assert pd.read_parquet(tmp_path / "b" / "codings.parquet")["text"].iloc[0] != "I felt safe with both of you"


def test_vendor_codings_feed_reliability(tmp_path):
    """A QDPX from another program -> human codings that `reliability` compares with the machine's."""
    out = tmp_path / "imp"
    assert run(["import", "qdpx", str(vendor_qdpx(tmp_path / "v.qdpx")), "-o", str(out)]).exit_code == 0
    human = pd.read_parquet(out / "codings.parquet")
    assert list(human.columns) == CODING_COLUMNS and set(human["method"]) == {"human"}
    assert sorted(p.name for p in (out / "by_coder").glob("*.parquet")) == ["Ana.parquet", "Ben.parquet"]
    # the machine codes the imported segments: same units (doc_id, turn), same document offsets
    segments = pd.read_parquet(out / "segments.parquet")
    write_table(code_segments(segments, theme_model=None).codings, tmp_path / "machine", "codings")  # the rules
    r = run(["reliability", str(out / "by_coder" / "Ana.parquet"), str(tmp_path / "machine"),
             "--segments", str(out), "--codes", "safety,trust", "--n-boot", "0", "-o", str(tmp_path / "rel")])
    assert r.exit_code == 0, r.output
    stats = pd.read_csv(tmp_path / "rel" / "reliability.csv")
    got = stats[(stats.scope == "all") & (stats.code == "trust")].set_index("statistic")["estimate"]
    # 4 turns; Ana coded trust on turn 3, the rule coder on turns 2 ("And trust?") and 3:
    # agreement 3/4; kappa = (0.75 - 0.5) / (1 - 0.5) with p_e = 1/4 * 2/4 + 3/4 * 2/4
    assert got["percent_agreement"] == pytest.approx(0.75) and got["cohen_kappa"] == pytest.approx(0.5)
    safety = stats[(stats.scope == "all") & (stats.code == "safety")].set_index("statistic")["estimate"]
    assert safety["cohen_kappa"] == pytest.approx(1.0)
    # both human coders and the machine at once, straight from the import folder
    r = run(["reliability", *map(str, sorted((out / "by_coder").glob("*.parquet"))), str(tmp_path / "machine"),
             "--segments", str(out), "--n-boot", "0", "-o", str(tmp_path / "rel3")])
    assert r.exit_code == 0 and "Ana, Ben, qualalliance-rules" in r.output, r.output


def test_export_of_an_uncoded_folder_warns(tmp_path):
    out = tmp_path / "run"
    assert run(["ingest", str(SAMPLE), "-o", str(out / "ingest")]).exit_code == 0
    r = run(["export", "qdpx", str(out), "-o", str(tmp_path / "x.qdpx")])
    assert r.exit_code == 0, r.output
    assert "0 codings" in r.output
    warning = next(line for line in r.output.splitlines() if line.startswith("warning:"))
    assert "exported 0 codings (no codings table found in" in warning and "qualalliance code" in warning
