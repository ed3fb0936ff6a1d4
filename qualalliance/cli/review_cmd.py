"""``qualalliance review``: review machine codings in the browser, one turn at a time."""

from __future__ import annotations

import click

from ..review import DEFAULT_LEARN_EVERY
from .common import echo


@click.command()
@click.argument("folder", type=click.Path(path_type=str))
@click.option("--coder", default=None, metavar="NAME",
              help="Name recorded with every decision (default: your login name).")
@click.option("--port", type=click.IntRange(0, 65535), default=0, show_default=True,
              help="Port on 127.0.0.1 (0: any free port).")
@click.option("--no-browser", is_flag=True, help="Print the URL only; do not open a browser.")
@click.option("--codebook", "codebook_path", type=click.Path(dir_okay=False, path_type=str),
              help="Codebook whose definitions to show (default: the one the run used, else the packaged one).")
@click.option("--learn-every", type=click.IntRange(min=0), default=DEFAULT_LEARN_EVERY, show_default=True,
              metavar="N",
              help="Adapt the second stage to your decisions after every N of them, in the background, and "
                   "re-order the rest most uncertain first (0: only when you press t).")
@click.option("--theme-model", "theme_model", type=click.Path(exists=True, dir_okay=False, path_type=str),
              help="Second-stage model to adapt (default: the one the run used, else the shipped one).")
def review(folder, coder, port, no_browser, codebook_path, learn_every, theme_model):
    """Review FOLDER's machine codings in a local web page.

    FOLDER is a run folder, or a folder holding a segments and a codings table. Prints
    `review: http://127.0.0.1:PORT/?token=TOKEN` and serves on 127.0.0.1 until Ctrl-C.
    Each turn is shown with the turns around it, the machine's coding highlighted with
    its confidence, and the code's definition, include and exclude. Keys: a accept,
    r reject, select text + c add a code, e change the code (and span), m memo,
    j/k next/previous, u undo, t update the model now. Every
    decision is written at once to FOLDER/review/decisions.csv and
    FOLDER/review/human_codings.csv; reopening resumes. The second stage learns from
    the decisions as you go (--learn-every) and is saved to FOLDER/review/theme_model.qamodel.
    """
    import getpass

    from ..review.serve import serve

    name = coder or getpass.getuser()

    def say(line: str) -> None:
        click.echo(line)  # the URL line is the contract: flushed at once for a reading process
        click.get_text_stream("stdout").flush()

    try:
        serve(folder, name, port=port, open_browser=not no_browser, codebook_path=codebook_path, echo=say,
              learn_every=learn_every, theme_model=theme_model)
    except KeyboardInterrupt:  # Ctrl-C is how a review ends: every decision is already on disk
        pass
    echo(f"review stopped; decisions in {folder}/review/")
