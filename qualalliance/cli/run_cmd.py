"""``qualalliance run``: study folder -> every table, figure and the report."""

from __future__ import annotations

import click

from .common import echo, engine_options


@click.command()
@click.argument("study", type=click.Path(exists=True))
@click.option("-o", "--out", "out_dir", type=click.Path(file_okay=False),
              help="Output folder (default: out/<study folder name>).")
@click.option("--seed", type=int, default=None, help="Override the study's seed.")
@click.option("--skip", multiple=True, metavar="STAGE",
              help="Leave a stage out (ingest, deid, code, alliance, topics, link, report); repeatable.")
@click.option("--codings", type=click.Path(exists=True), default=None,
              help="Reviewed codings (a codings table, or a `qualalliance import qdpx` output folder) to use "
                   "instead of (or beside) the machine's; matched to segments by document and offsets.")
@click.option("--codings-mode", type=click.Choice(["instead", "beside"]), default=None,
              help="Use the reviewed codings instead of the machine's (the default) or beside them.")
@engine_options
def run(study, out_dir, seed, skip, codings, codings_mode, engine, workers, scheduler):
    """Run ingest, code, alliance, topics, link and report on a study.

    STUDY is a study folder or its study.yaml. Each stage writes its tables to
    OUT/<stage>/ as soon as it finishes; OUT/manifest.json records input hashes,
    the codebook hash, parameters, the seed, package versions and timings. The
    report is OUT/report/index.html. With --codings, OUT/code/codings are the
    reviewed codings (the machine's are kept as OUT/code/machine_codings) and
    `qualalliance reliability OUT -o OUT/reliability` compares them per code.
    """
    from ..progress import enabled
    from ..run import STAGES, run_study

    if (codings or codings_mode) and "code" in skip:
        from ..errors import ConfigError

        raise ConfigError("--codings and --codings-mode need the code stage; do not --skip code")
    from ..stages import unrequested
    from ..study import load_study

    from ..engine import engine_from_options

    loaded = load_study(study)
    engine_params = engine_from_options(engine, workers, scheduler, default=loaded.engine)
    not_asked = unrequested(loaded)  # deid without a deid: section: not counted in [n/N]
    stages = [s for s in STAGES if s not in skip and s not in not_asked]

    def on_stage(name):
        if enabled():
            click.echo(f"[{stages.index(name) + 1}/{len(stages)}] {name}", err=True)

    result = run_study(study, out_dir, seed=seed, skip=skip, on_stage=on_stage, codings=codings,
                       codings_mode=codings_mode, engine=engine_params)
    echo(result.summary())
    if "report" not in skip:
        from ..catalog import path

        echo(f"report: {path(result.out, 'report_index')}")
