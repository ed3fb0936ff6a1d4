"""The stage registry and the run-folder catalog: one contract for a run (issue 18)."""

from __future__ import annotations

import ast
import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from qualalliance import catalog
from qualalliance.cli import cli
from qualalliance.errors import ConfigError
from qualalliance.stage_params import PARAMS, TopicsParams, did_you_mean
from qualalliance.stages import REGISTRY, STAGES, check_plan, registry_markdown, topics_seed
from qualalliance.study import KNOWN_STAGES, load_study

from .conftest import DEMO, ROOT

PKG = ROOT / "qualalliance"
EXEMPT = ("catalog.py",)


def _skipped_strings(tree: ast.AST) -> set[int]:
    """Docstrings and click help texts: prose may name files."""
    skip = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)) and node.body:
            first = node.body[0]
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                skip.add(id(first.value))
        if isinstance(node, ast.keyword) and node.arg == "help":
            skip |= {id(n) for n in ast.walk(node.value)}
    return skip


def test_no_run_folder_path_is_spelled_outside_the_catalog():
    files = {f for o in catalog.OUTPUTS.values() for f in o.files} | {catalog.RUN_MANIFEST}
    folders = set(catalog.STAGE_FOLDERS) | {catalog.RELIABILITY_FOLDER}
    found = []
    for path in sorted(PKG.rglob("*.py")):
        rel = path.relative_to(PKG).as_posix()
        if rel.startswith(EXEMPT):
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        skip = _skipped_strings(tree)
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in skip:
                v = node.value
                if v in files or any(v.endswith("/" + f) for f in files):
                    found.append(f"{rel}:{node.lineno}: {v!r}")
            if (isinstance(node, ast.BinOp) and isinstance(node.op, ast.Div) and isinstance(node.right, ast.Constant)
                    and node.right.value in folders):
                found.append(f"{rel}:{node.lineno}: / {node.right.value!r}")
    assert found == []


def test_registry_catalog_and_study_agree():
    assert STAGES == KNOWN_STAGES == tuple(PARAMS) == catalog.STAGE_FOLDERS
    assert STAGES.index("deid") == STAGES.index("ingest") + 1  # every later stage reads de-identified text
    for stage in REGISTRY:
        assert stage.outputs, stage.name
        for name in stage.needs + stage.uses:
            assert name in catalog.OUTPUTS and catalog.output(name).table, (stage.name, name)
            assert STAGES.index(catalog.stage_of(name)) < STAGES.index(stage.name), (stage.name, name)
        assert stage.params.model_config["extra"] == "forbid"


def test_architecture_doc_holds_the_generated_stage_table():
    text = (ROOT / "docs" / "architecture.md").read_text(encoding="utf-8")
    assert registry_markdown() in text


def test_did_you_mean():
    assert did_you_mean("n_topic", TopicsParams.model_fields) == "(did you mean n_topics?)"
    assert did_you_mean("zzz", ["a", "b"]) == "(allowed: a, b)"


def _tiny_study(root: Path, stages: str = "") -> Path:
    """Two demo transcripts, no outcomes: ingest, code and alliance run in seconds."""
    study = root / "tiny"
    (study / "transcripts").mkdir(parents=True)
    for name in ("P01_dosing1.txt", "P02_dosing1.txt"):
        shutil.copy(DEMO / "transcripts" / name, study / "transcripts" / name)
    (study / "study.yaml").write_text(f"name: tiny\npaths:\n  transcripts: transcripts\nseed: 3\n{stages}",
                                      encoding="utf-8")
    return study


def test_misspelt_stage_parameter_is_a_one_line_error_with_line(tmp_path):
    study = _tiny_study(tmp_path, "stages:\n  topics:\n    role: participant\n    n_topic: 12\n")
    r = CliRunner().invoke(cli, ["run", str(study), "-o", str(tmp_path / "out")])
    assert r.exit_code == 2, r.output
    assert r.output.strip() == (f"error: {study.resolve() / 'study.yaml'}:8: stages.topics.n_topic: "
                                "unknown key (did you mean n_topics?)")
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize("params, message", [
    ("topics: {n_topics: 0}", "stages.topics.n_topics: must be 'auto' or greater than or equal to 1, not 0"),
    ("topics: {unit: sentence}", "stages.topics.unit: must be 'turn', 'window' or 'document', not 'sentence'"),
    ("link: {quotes: many}", "stages.link.quotes: must be a valid integer, not 'many'"),
    ("link: {methods: [pearson, kendall]}", "stages.link.methods.1: must be 'pearson' or 'spearman'"),
    ("code: {n_process: true}", "stages.code.n_process: must be a valid integer, not True"),
    ("alliance: {lexicon: nope.yaml}", "stages.alliance.lexicon: no such file or folder"),
    ("topcs: {}", "stages.topcs: unknown key (did you mean topics?)"),
    ("deid: {capital: false}", "stages.deid.capital: unknown key (did you mean capitals?)"),
    ("deid: {mode: fake}", "stages.deid.mode: must be 'pseudonym' or 'surrogate', not 'fake'"),
    ("deid: {dates: keep}", "stages.deid.dates: must be 'redact' or 'shift', not 'keep'"),
])
def test_bad_stage_parameters_fail_when_the_study_loads(tmp_path, params, message):
    study = _tiny_study(tmp_path, f"stages:\n  {params}\n")
    with pytest.raises(ConfigError) as exc:
        load_study(study)
    assert exc.value.message.startswith(message) and exc.value.line == 6


def test_relative_stage_paths_resolve_against_the_study_folder(tmp_path, monkeypatch):
    study = _tiny_study(tmp_path, "stages:\n  alliance: {lexicon: my_lexicon.yaml}\n")
    shutil.copy(ROOT / "qualalliance" / "data" / "alliance_lexicon.yaml", study / "my_lexicon.yaml")
    monkeypatch.chdir(tmp_path.parent)  # the current directory must not matter
    assert load_study(study).stage("alliance").lexicon == (study / "my_lexicon.yaml").resolve()


@pytest.mark.parametrize("stage_seed, run_seed, given, expected", [
    (None, 7, False, 7),   # no stage seed: the study's seed
    (None, 9, True, 9),    # no stage seed: --seed
    (5, 7, False, 5),      # an explicit stages.topics.seed wins over the study's seed
    (5, 9, True, 9),       # --seed wins over stages.topics.seed
])
def test_the_seed_rule(stage_seed, run_seed, given, expected):
    assert topics_seed(stage_seed, run_seed, given) == expected


def test_skipping_a_stage_whose_tables_are_needed_fails_before_anything_runs(tmp_path):
    study = _tiny_study(tmp_path)
    out = tmp_path / "out"
    r = CliRunner().invoke(cli, ["run", str(study), "-o", str(out), "--skip", "ingest"])
    assert r.exit_code == 2, r.output
    line = r.output.strip()
    assert "\n" not in line and line.startswith("error: stage 'code' needs the 'segments' table")
    assert "KeyError" not in line and "internal error" not in line
    assert not out.exists()
    with pytest.raises(ConfigError, match="stage 'alliance' needs the 'segments'"):
        check_plan(out, ("ingest", "deid", "code"))
    with pytest.raises(ConfigError, match="stage 'deid' needs the 'segments'"):  # when the study asks for it
        check_plan(out, ("ingest", "code"))
    check_plan(out, ("ingest", "deid", "code", "alliance", "topics", "link"))  # the report needs nothing


def test_a_skipped_stage_s_tables_are_reused_and_manifests_list_inputs(tmp_path):
    study = _tiny_study(tmp_path, "stages:\n  alliance: {lexicon: my_lexicon.yaml}\n")
    shutil.copy(ROOT / "qualalliance" / "data" / "alliance_lexicon.yaml", study / "my_lexicon.yaml")
    out = tmp_path / "out"
    later = ["--skip", "topics", "--skip", "link", "--skip", "report"]
    r = CliRunner().invoke(cli, ["run", str(study), "-o", str(out), *later])
    assert r.exit_code == 0, r.output
    segments = (out / "ingest" / "segments.parquet").read_bytes()
    r = CliRunner().invoke(cli, ["run", str(study), "-o", str(out), "--skip", "ingest", *later])
    assert r.exit_code == 0, r.output
    assert (out / "ingest" / "segments.parquet").read_bytes() == segments  # kept, not cleaned
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["stages_completed"] == ["code", "alliance"]
    alliance = json.loads((out / "alliance" / "alliance_manifest.json").read_text(encoding="utf-8"))
    lexicon = str((study / "my_lexicon.yaml").resolve())
    assert set(alliance["inputs"]) == {"ingest/segments.parquet", lexicon}
    assert alliance["parameters"] == {"lexicon": lexicon, "function_words": "packaged", "rupture_window": 2}
    assert manifest["parameters"]["alliance"] == alliance["parameters"]
    assert lexicon in manifest["inputs"]


def test_alliance_command_and_run_write_the_same_manifest(tmp_path):
    study = _tiny_study(tmp_path)
    out = tmp_path / "out"
    r = CliRunner().invoke(cli, ["run", str(study), "-o", str(out), "--skip", "code", "--skip", "topics",
                                 "--skip", "link", "--skip", "report"])
    assert r.exit_code == 0, r.output
    segments = out / "ingest" / "segments.parquet"
    r = CliRunner().invoke(cli, ["alliance", str(segments), "-o", str(tmp_path / "cmd")])
    assert r.exit_code == 0, r.output
    a = json.loads((out / "alliance" / "alliance_manifest.json").read_text(encoding="utf-8"))
    b = json.loads((tmp_path / "cmd" / "alliance_manifest.json").read_text(encoding="utf-8"))
    assert list(a["inputs"].values()) == list(b["inputs"].values())  # the same segments file
    for key in set(a) | set(b):
        if key != "inputs":
            assert a[key] == b[key], key
    assert sorted(p.name for p in (out / "alliance").iterdir()) == sorted(catalog.declared_files("alliance"))


def test_one_loader_of_the_lemma_table():
    """qualalliance/lemmas.py loads the lookup table, for alliance, topics and coding alike."""
    from qualalliance.alliance.tokens import lemma
    from qualalliance.lemmas import lemma_hashes, lemma_of
    from qualalliance.topics.text import lemma_of as topic_lemma

    loaders = sorted(p.relative_to(PKG).as_posix() for p in PKG.rglob("*.py")
                     if "load_lookups(" in p.read_text(encoding="utf-8"))
    assert loaders == ["lemmas.py"]
    from qualalliance.coding import lookup

    assert lookup._lemma_table is lemma_hashes  # coding's fast lemmatiser reads the same table
    assert lemma("feelings") == topic_lemma("feelings") == lemma_of("feelings") == "feeling"
    assert all(isinstance(k, int) and v == v.lower() for k, v in list(lemma_hashes("en").items())[:100])


@pytest.mark.parametrize("text, message, line", [
    ("name: x\nname: y\n", "duplicate key 'name' (first at line 1)", 2),
    ("name: [unclosed\n", "invalid YAML: ", 2),
])
def test_one_strict_yaml_reader_for_study_codebook_and_lexicon(tmp_path, text, message, line):
    from qualalliance.alliance.lexicons import load_lexicon
    from qualalliance.codebook import load_codebook

    for i, load in enumerate((load_study, load_codebook, load_lexicon)):
        path = tmp_path / f"f{i}" / "study.yaml"
        path.parent.mkdir()
        path.write_text(text, encoding="utf-8")
        with pytest.raises(ConfigError) as exc:
            load(path)
        assert exc.value.message.startswith(message) and exc.value.line == line, load.__name__


def test_ingest_command_and_run_write_the_same_manifest(tmp_path):
    study = _tiny_study(tmp_path)
    (study / "study.yaml").write_text((study / "study.yaml").read_text() + "roles:\n  Guide: therapist\n")
    out = tmp_path / "out"
    later = [a for s in STAGES[1:] for a in ("--skip", s)]
    assert CliRunner().invoke(cli, ["run", str(study), "-o", str(out), *later]).exit_code == 0
    r = CliRunner().invoke(cli, ["ingest", str(study / "transcripts"), "-o", str(tmp_path / "cmd"),
                                 "--role", "Guide=therapist"])
    assert r.exit_code == 0, r.output
    a = json.loads((out / "ingest" / "ingest_manifest.json").read_text(encoding="utf-8"))
    b = json.loads((tmp_path / "cmd" / "ingest_manifest.json").read_text(encoding="utf-8"))
    assert a["parameters"].keys() == b["parameters"].keys()
    assert a["parameters"]["roles"] == b["parameters"]["roles"] == {"guide": "therapist"}
    assert {k: v for k, v in a["parameters"].items() if k != "sources"} == \
        {k: v for k, v in b["parameters"].items() if k != "sources"}
    assert a["outputs"] == b["outputs"] and a.keys() == b.keys()
