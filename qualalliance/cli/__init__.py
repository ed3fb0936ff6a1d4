"""The ``qualalliance`` command line: a thin shell over the library.

Each command lives in its own module under ``qualalliance/cli/`` and is imported
only when it runs (or when help lists it), so heavy stages such as BERTopic never
slow down ``qualalliance ingest``.  To add a command, write the module and add one
line to ``COMMANDS``; ``tests/test_cli_docs.py`` checks it has help text and is
documented in ``docs/cli.md``.
"""

from __future__ import annotations

import importlib
import sys

import click

from .. import __version__
from .common import QualallianceGroup

# command name -> "module:attribute" (modules relative to this package)
COMMANDS: dict[str, str] = {
    "init": "init_cmd:init",
    "ingest": "ingest_cmd:ingest",
    "deid": "deid_cmd:deid",
    "alliance": "alliance_cmd:alliance",
    "run": "run_cmd:run",
    "link": "link_cmd:link",
    "report": "report_cmd:report",
    "topics": "topics_cmd:topics",
    "export": "export_cmd:export",
    "import": "import_cmd:import_group",
    "coder": "coder_cmd:coder",
    "codebook": "codebook_cmd:codebook",
    "code": "code_cmd:code",
    "reliability": "reliability_cmd:reliability",
    "review": "review_cmd:review",
}


class LazyGroup(QualallianceGroup):
    def list_commands(self, ctx):
        return sorted(COMMANDS)

    def get_command(self, ctx, name):
        target = COMMANDS.get(name)
        if target is None:
            return None
        module_name, attr = target.split(":")
        module = importlib.import_module(f"{__name__}.{module_name}")
        return getattr(module, attr)


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "--version", prog_name="qualalliance")
@click.option("-q", "--quiet", is_flag=True, help="Only print errors; no progress bars.")
@click.option("-v", "--verbose", count=True, help="More detail (-vv for debug, with tracebacks).")
@click.pass_context
def cli(ctx, quiet, verbose):
    """qualalliance: mixed-methods analysis of psychotherapy transcripts.

    Ingest transcripts, code themes with evidence spans, score alliance language,
    discover topics and link text features to outcomes. Runs fully offline.
    """
    from .. import log, progress

    verbosity = -1 if quiet else verbose
    log.configure(verbosity)
    progress.set_quiet(quiet)
    ctx.ensure_object(dict)
    ctx.obj["verbosity"] = verbosity


def main(argv=None):  # console-script entry point
    return cli.main(args=argv, prog_name="qualalliance")


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
