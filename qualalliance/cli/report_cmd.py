"""``qualalliance report``: re-render the report of a run folder from its tables."""

from __future__ import annotations

import click

from .common import echo


@click.command()
@click.argument("run_dir", metavar="RUN", type=click.Path(exists=True, file_okay=False))
@click.option("-o", "--out", "out_dir", type=click.Path(file_okay=False),
              help="Output folder (default: RUN/report). An existing folder is replaced only if it is a report.")
@click.option("--study", type=click.Path(exists=True),
              help="Study folder or study.yaml (default: the one named in RUN/manifest.json).")
def report(run_dir, out_dir, study):
    """Render the report of a run: tables, figures and case histories.

    RUN is the output folder of `qualalliance run` (stage subfolders ingest/, code/,
    alliance/, topics/, link/, optional reliability/). Writes a self-contained
    index.html (opens offline, no scripts or network), index.md, tables as Markdown,
    APA-style LaTeX and CSV, tables.xlsx, figures as PNG and SVG, and one case
    history per participant (HTML and Markdown). Absent stages are tolerated; the
    report lists what it left out and why.
    """
    from contextlib import nullcontext

    from ..outlock import output_lock
    from ..report import render_report

    # writing RUN/report: RUN's lock, so no report of a run that is still writing its tables (the
    # report folder itself is built in a temporary folder and swapped in whole); a report
    # written elsewhere may read a run folder that is read-only, where no lock can be made
    with output_lock(run_dir) if out_dir is None else nullcontext():
        result = render_report(run_dir, out_dir=out_dir, study=study)
    echo(result.summary())
    for what, why in result.omitted.items():
        echo(f"  left out {what}: {why}")
