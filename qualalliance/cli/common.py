"""Shared CLI plumbing: one-line errors, exit codes, output folders."""

from __future__ import annotations

import logging
import sys
import traceback

import click

from ..errors import QualallianceError


def _verbosity() -> int:
    ctx = click.get_current_context(silent=True)
    while ctx is not None:
        if ctx.obj and "verbosity" in ctx.obj:
            return ctx.obj["verbosity"]
        ctx = ctx.parent
    return 0


class QualallianceGroup(click.Group):
    """A click group that reports user errors as one line with exit code 2.

    QualallianceError -> ``error: file:line: message`` on stderr, exit 2.
    Any other exception is a bug: one line, exit 1, traceback only with -vv.
    """

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except QualallianceError as exc:
            click.echo(f"error: {exc.one_line()}", err=True)
            ctx.exit(exc.exit_code)
        except (click.exceptions.Exit, click.exceptions.Abort, click.ClickException):
            raise
        except OSError as exc:
            if exc.filename is None:  # not about a file the user named: a bug
                self._internal(ctx, exc)
            # a write or read the library did not wrap: still the user's to fix (permissions,
            # a full disk), so one line naming the file, exit 2
            click.echo(f"error: {exc.filename}: {exc.strerror or type(exc).__name__}", err=True)
            ctx.exit(2)
        except KeyboardInterrupt:
            click.echo("error: interrupted", err=True)
            ctx.exit(130)
        except Exception as exc:  # noqa: BLE001 - last line of defence: never a raw traceback
            self._internal(ctx, exc)

    @staticmethod
    def _internal(ctx, exc: Exception) -> None:
        if _verbosity() >= 2:
            traceback.print_exc(file=sys.stderr)
        msg = " ".join(str(exc).split())
        click.echo(f"error: internal error ({type(exc).__name__}: {msg}); "
                   "rerun with -vv for details and please report it", err=True)
        ctx.exit(1)


def echo(message: str) -> None:
    """Print a result line unless -q was given."""
    if logging.getLogger("qualalliance").level < logging.ERROR:
        click.echo(message)


def engine_options(command):
    """``--engine``, ``--workers``, ``--scheduler``: where ingest, deid, code and alliance run (docs/scale.md)."""
    options = [
        click.option("--engine", type=click.Choice(["local", "dask"]), default=None,
                     help="local (default: this process) or dask (partitions of whole documents on a Dask "
                          "cluster; the tables are identical). Needs the [dask] extra."),
        click.option("--workers", type=click.IntRange(min=1), default=None,
                     help="Workers of a local Dask cluster on 127.0.0.1 (implies --engine dask; default 2)."),
        click.option("--scheduler", metavar="ADDRESS", default=None,
                     help="Address of an existing Dask scheduler, e.g. tcp://10.0.0.5:8786 (implies --engine "
                          "dask); its workers must see the same input paths."),
    ]
    for option in reversed(options):
        command = option(command)
    return command
