"""docs/codebook.md agrees with the packaged codebook; `qualalliance codebook` commands."""

from __future__ import annotations

from click.testing import CliRunner

from qualalliance.cli import cli
from qualalliance.codebook import _main, load_codebook, render_docs

from .conftest import ROOT


def test_docs_codebook_md_is_generated_from_the_yaml():
    expected = render_docs(load_codebook())
    actual = (ROOT / "docs" / "codebook.md").read_text(encoding="utf-8")
    assert actual == expected, "docs/codebook.md is stale: run `python -m qualalliance.codebook docs`"


def test_docs_mention_every_code_and_its_examples():
    book = load_codebook()
    text = render_docs(book)
    for code in book.codes:
        assert f"## `{code.id}` — {code.label}" in text
        for example in code.examples:
            assert example in text


def test_docs_script_writes_the_file(tmp_path):
    target = tmp_path / "codebook.md"
    assert _main(["docs", "-o", str(target)]) == 0
    assert target.read_text(encoding="utf-8") == render_docs(load_codebook())


def test_validate_ok_and_bad(tmp_path):
    runner = CliRunner()
    r = runner.invoke(cli, ["codebook", "validate", str(ROOT / "qualalliance" / "data" / "codebook.yaml")])
    assert r.exit_code == 0 and "ok:" in r.output and "24 codes" in r.output
    bad = tmp_path / "bad.yaml"
    bad.write_text('name: b\nversion: "1"\ncodes:\n  - id: x\n    label: X\n    definition: d\n    colour: red\n',
                   encoding="utf-8")
    r = runner.invoke(cli, ["codebook", "validate", str(bad)])
    assert r.exit_code == 2
    lines = [ln for ln in r.output.splitlines() if ln.strip()]
    assert lines == [f"error: {bad}:7: code 'x': unknown key 'colour' (allowed: id, label, parent, definition, "
                     "include, exclude, examples, phrases, negated_phrases, patterns, exclude_patterns, roles, color)"]


def test_show_formats():
    runner = CliRunner()
    r = runner.invoke(cli, ["codebook", "show"])
    assert r.exit_code == 0 and "set_setting" in r.output and "Felt safety" in r.output
    r = runner.invoke(cli, ["codebook", "show", "--format", "markdown"])
    assert r.exit_code == 0 and "| id | label | parent |" in r.output and "| safety | Felt safety |" in r.output
    r = runner.invoke(cli, ["codebook", "show", "--full"])
    assert r.exit_code == 0 and r.output == render_docs(load_codebook())
