"""Every CLI command (and subcommand) has help text and a section in docs/cli.md."""

from __future__ import annotations

import click
from click.testing import CliRunner

from qualalliance.cli import COMMANDS, cli

from .conftest import ROOT


def _walk(group: click.Group, ctx, prefix=()):
    for name in group.list_commands(ctx):
        cmd = group.get_command(ctx, name)
        yield prefix + (name,), cmd
        if isinstance(cmd, click.Group):
            yield from _walk(cmd, ctx, prefix + (name,))


def test_every_command_has_help_and_docs():
    docs = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
    ctx = click.Context(cli)
    seen = list(_walk(cli, ctx))
    assert {p[0] for p, _ in seen} == set(COMMANDS)
    for path, cmd in seen:
        assert (cmd.help or "").strip(), f"{' '.join(path)} has no help text"
        assert f"qualalliance {' '.join(path)}" in docs, f"docs/cli.md does not document {' '.join(path)}"
        r = CliRunner().invoke(cli, [*path, "--help"])
        assert r.exit_code == 0 and "Usage:" in r.output
