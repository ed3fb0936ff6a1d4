"""Logging for the package: warnings are one line, prefixed ``warning:``.

The library only creates loggers; the CLI (or a notebook) decides what is shown.
"""

from __future__ import annotations

import logging

logger = logging.getLogger("qualalliance")


def get_logger(name: str) -> logging.Logger:
    return logging.getLogger(f"qualalliance.{name}" if not name.startswith("qualalliance") else name)


class _OneLineFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        msg = " ".join(record.getMessage().split())
        if record.levelno >= logging.ERROR:
            return f"error: {msg}"
        if record.levelno >= logging.WARNING:
            return f"warning: {msg}"
        return msg


def configure(verbosity: int = 0) -> None:
    """-1 quiet (errors only), 0 warnings + results, 1 info, 2 debug."""
    level = {-1: logging.ERROR, 0: logging.WARNING, 1: logging.INFO}.get(verbosity, logging.DEBUG)
    logger.setLevel(level)
    for h in list(logger.handlers):
        if getattr(h, "_qualalliance", False):
            logger.removeHandler(h)
    handler = logging.StreamHandler()
    handler._qualalliance = True  # type: ignore[attr-defined]
    handler.setFormatter(_OneLineFormatter())
    logger.addHandler(handler)
    logger.propagate = False
