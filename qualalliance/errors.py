"""Errors that the CLI turns into one-line messages and exit code 2.

Library code raises :class:`QualallianceError` (or a subclass) for anything a user
can fix: bad input files, bad configuration, missing models.  The CLI prints
``error: <file>:<line>: <message>`` and exits 2 without a traceback.  Anything else
is a bug and is reported as an internal error.
"""

from __future__ import annotations

from os import PathLike


class QualallianceError(Exception):
    """A problem the user can fix; carries the file and line it concerns."""

    exit_code = 2

    def __init__(self, message: str, path: str | PathLike | None = None, line: int | None = None):
        self.message = message
        self.path = None if path is None else str(path)
        self.line = line
        super().__init__(self.one_line())

    def one_line(self) -> str:
        where = ""
        if self.path is not None:
            where = self.path if self.line is None else f"{self.path}:{self.line}"
            where += ": "
        text = " ".join(str(self.message).split())  # one line, always
        return f"{where}{text}"


class InputError(QualallianceError):
    """An input file cannot be read or makes no sense."""


class ConfigError(QualallianceError):
    """A study file, codebook or option is invalid."""


class ModelError(QualallianceError):
    """A model (spaCy pipeline, embedding, trained coder) is missing or unsafe."""


class OutputError(QualallianceError):
    """An output cannot be written: a read-only folder, a full disk, a path that is a file."""


def output_error(exc: OSError, path) -> OutputError:
    """One line naming the output path for a failed write (EACCES, ENOSPC, EROFS ...)."""
    reason = exc.strerror or type(exc).__name__
    return OutputError(f"cannot write output: {reason}", path if path is not None else exc.filename)
