"""``qualalliance codebook``: check and display codebooks (a group; more subcommands may join)."""

from __future__ import annotations

import click

from .common import echo


@click.group("codebook")
def codebook():
    """Check and display codebooks (the themes a study codes for and their matching rules)."""


@codebook.command("validate")
@click.argument("files", nargs=-1, required=True, type=click.Path(dir_okay=False, path_type=str))
def validate(files):
    """Validate codebook YAML FILES strictly; print name, version, code count and hash.

    Unknown or duplicated keys, duplicate ids, missing parents, bad spaCy token patterns
    and wrong types are errors naming the file, line, code and key (exit code 2).
    """
    from ..codebook import load_codebook

    for path in files:
        book = load_codebook(path)
        echo(f"ok: {path}: {book.summary()}")


@codebook.command("show")
@click.argument("file", required=False, type=click.Path(dir_okay=False, path_type=str))
@click.option("--format", "fmt", type=click.Choice(["text", "markdown"]), default="text", show_default=True,
              help="A plain-text table or a Markdown table.")
@click.option("--full", is_flag=True,
              help="The full reference (definitions, include/exclude, examples, rules) as Markdown, "
                   "as in docs/codebook.md.")
def show(file, fmt, full):
    """Show a codebook as a table: id, label, parent, roles, rule counts, definition.

    FILE defaults to the packaged codebook.
    """
    import pandas as pd

    from ..codebook import load_codebook, markdown_table, render_docs

    book = load_codebook(file)
    if full:
        click.echo(render_docs(book), nl=False)
        return
    table = book.to_table()
    if fmt == "markdown":
        click.echo(f"**{book.name} {book.version}** (sha256 `{book.sha256[:12]}`)\n")
        click.echo(markdown_table(table), nl=False)
        return
    click.echo(book.summary())
    with pd.option_context("display.max_colwidth", 70, "display.width", 200, "display.max_rows", None):
        shown = table.assign(definition=table["definition"].str.slice(0, 67).where(
            table["definition"].str.len() <= 67, table["definition"].str.slice(0, 64) + "..."))
        click.echo(shown.to_string(index=False))


# `codebook import-qdc` is defined with the REFI-QDA import (cli/import_cmd.py, docs/qda.md).
from .import_cmd import import_qdc  # noqa: E402

codebook.add_command(import_qdc)
