"""``qualalliance init``: write a commented study.yaml for a folder of files."""

from __future__ import annotations

import click

from .common import echo


@click.command()
@click.argument("folder", type=click.Path(file_okay=False, path_type=str))
@click.option("--force", is_flag=True, help="Replace an existing study.yaml.")
def init(folder, force):
    """Write FOLDER/study.yaml: a commented study file for the files in FOLDER.

    Paths point at what is there (transcripts/, narratives/, case_histories/ or the
    folder's own files; metadata.csv, outcomes.csv, participants.csv, codebook.yaml);
    everything else is a comment saying what it is for. Sessions found in file names
    are offered as a comment. The file is checked with the study loader before the
    command ends. See docs/study.md.
    """
    from ..study_init import write_study_template

    path = write_study_template(folder, force=force)
    echo(f"wrote {path}; edit it, then: qualalliance run {folder} -o OUT")
