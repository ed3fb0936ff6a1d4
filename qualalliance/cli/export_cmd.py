"""``qualalliance export``: write REFI-QDA files (QDPX projects, QDC codebooks)."""

from __future__ import annotations

import click

from .common import echo


@click.group()
def export():
    """Export to NVivo, ATLAS.ti, MAXQDA, QualCoder (REFI-QDA .qdpx / .qdc).

    Positions are Unicode code points from 0 with an exclusive end, as the
    REFI-QDA standard defines them; see docs/qda.md.
    """


@export.command("qdpx")
@click.argument("out_dir", type=click.Path(file_okay=False, path_type=str))
@click.option("-o", "--out", "target", required=True, type=click.Path(dir_okay=False),
              help="The .qdpx file to write.")
@click.option("--codebook", type=click.Path(dir_okay=False), default=None,
              help="Codebook YAML (default: the packaged codebook).")
@click.option("--codings", type=click.Path(dir_okay=False), default=None,
              help="A codings table to export instead of the one found in OUT_DIR.")
@click.option("--name", default=None, help="Project name (default: the folder name).")
def qdpx(out_dir, target, codebook, codings, name):
    """Export documents, segments and codings as a REFI-QDA project (.qdpx).

    OUT_DIR is an ingest, code, run or import output folder: documents.parquet and
    segments in it or in ingest/, codings.parquet in it or in code/.  Every document
    becomes a TextSource with its text, every coding a PlainTextSelection with its
    code, every coder a User; participant, session and time point become variables
    and each participant a case.  Same inputs give a byte-identical file.
    """
    from ..qda.export import export_qdpx

    res = export_qdpx(out_dir, target, codebook=codebook, name=name, codings=codings)
    echo(f"{res.summary()} -> {target}")


@export.command("qdc")
@click.option("-o", "--out", "target", required=True, type=click.Path(dir_okay=False),
              help="The .qdc file to write.")
@click.option("--codebook", type=click.Path(dir_okay=False), default=None,
              help="Codebook YAML (default: the packaged codebook).")
def qdc(target, codebook):
    """Export the codebook alone as a REFI-QDA codebook (.qdc).

    Codes keep their hierarchy; each Description holds the definition, when to use
    and not to use the code, examples and the code id (so `qualalliance codebook
    import-qdc` gets the same ids back).  Matching rules are not part of REFI-QDA.
    """
    from ..codebook import load_codebook
    from ..qda.export import export_qdc

    book = load_codebook(codebook)
    export_qdc(target, book)
    echo(f"exported codebook {book.name} {book.version} ({len(book.codes)} codes) -> {target}")
