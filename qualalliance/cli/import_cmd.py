"""``qualalliance import``: read REFI-QDA projects; ``codebook import-qdc`` for codebooks."""

from __future__ import annotations

import click

from .common import echo

POSITIONS = {"auto": None, "standard": ("two", "codepoint"), "crlf-one": ("one", "codepoint"),
             "utf16": ("two", "utf16"), "utf16-crlf-one": ("one", "utf16")}


@click.group("import")
def import_group():
    """Import from NVivo, ATLAS.ti, MAXQDA, QualCoder (REFI-QDA .qdpx).

    A QDPX from elsewhere is untrusted: nothing is extracted, XML entities are
    never expanded or fetched, and what is read is bounded; see docs/qda.md.
    """


@import_group.command("qdpx")
@click.argument("source", type=click.Path(dir_okay=False, path_type=str))
@click.option("-o", "--out", "out_dir", required=True, type=click.Path(file_okay=False),
              help="Output folder for segments, documents, codings, import_report.csv, users.csv.")
@click.option("--codebook", type=click.Path(dir_okay=False), default=None,
              help="Codebook YAML whose ids the project's codes map to (default: the packaged codebook).")
@click.option("--map-codes", "map_codes", type=click.Path(dir_okay=False), default=None, metavar="MAPPING.csv",
              help="CSV with columns project_code (a code's name, path or GUID) and code (a codebook id, "
                   "or blank to keep the project's own code).")
@click.option("--no-map-by-name", "no_map_by_name", is_flag=True,
              help="Do not map codes onto the codebook by name: every code not in --map-codes stays a project code.")
@click.option("--keep-unmapped", is_flag=True, hidden=True,
              help="No effect: codings of codes not in the codebook are always kept (as project codes).")
@click.option("--positions", type=click.Choice(list(POSITIONS)), default="auto", show_default=True,
              help="How the file counts positions: auto (detect from selection names), standard (code points), "
                   "crlf-one (ATLAS.ti: CRLF is one character), utf16, utf16-crlf-one.")
@click.option("--role", "roles", multiple=True, metavar="NAME=ROLE",
              help="Map a speaker label to therapist|participant|other (repeatable).")
def qdpx(source, out_dir, codebook, map_codes, no_map_by_name, keep_unmapped, positions, roles):
    """Import a REFI-QDA project (.qdpx, or a bare .qde) as segments and human codings.

    Text sources become OUT/documents.parquet and OUT/segments (speaker turns
    recovered by the ingest parser); selections become OUT/codings with
    method=human and coder = the project's user. Every coding keeps its code: the
    codebook's id when the code maps onto it (--map-codes, or by name), else the
    project's own code (OUT/project_codebook.yaml holds the project's code tree).
    Named cases and their variables become OUT/participants.csv. Whatever could
    not be imported is listed in OUT/import_report.csv. The codings feed
    `qualalliance reliability`, `coder train` and `run --codings` directly.
    """
    from ..outlock import output_lock
    from ..qda.importer import import_qdpx
    from ..qda.positions import Convention

    conv = "auto" if POSITIONS[positions] is None else Convention(*POSITIONS[positions])
    with output_lock(out_dir):  # one command per folder (the tables themselves land all or none)
        res = import_qdpx(source, out_dir, codebook=codebook, positions=conv, roles=list(roles),
                          map_codes=map_codes, map_by_name=not no_map_by_name)
    for w in res.warnings:
        click.echo(f"warning: {w}", err=True)
    echo(f"{res.summary()} -> {out_dir}")


@click.command("import-qdc")
@click.argument("source", type=click.Path(dir_okay=False, path_type=str))
@click.option("-o", "--out", "target", required=True, type=click.Path(dir_okay=False),
              help="The codebook YAML to write.")
@click.option("--name", default=None, help="Codebook name (default: from the file, else its name).")
@click.option("--version", "version", default=None, help="Codebook version (default: from the file, else 1.0.0).")
@click.option("--base", type=click.Path(dir_okay=False), default=None,
              help="A codebook YAML whose matching rules (phrases, patterns, roles) codes with the same id keep.")
def import_qdc(source, target, name, version, base):
    """Convert a REFI-QDA codebook (.qdc, or a .qdpx's code tree) to codebook YAML.

    Nested codes become parent/child codes; a Description becomes the definition
    (qualalliance's own exports also give back include/exclude, examples and ids).
    The result is validated like any codebook before it is written.
    """
    from ..qda.qdc import import_qdc as run

    book = run(source, target, name=name, version=version, base=base)
    n_rules = len(book.applicable)
    echo(f"converted {len(book.codes)} codes ({n_rules} with matching rules) -> {target}")
