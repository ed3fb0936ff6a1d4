"""Progress bars that appear only on an interactive terminal.

Long work (reading many files, coding a corpus, fitting topics) shows a tqdm bar
on stderr when stderr is a terminal and the user did not ask for quiet output;
in pipes, CI logs and notebooks' captured output it stays silent.
"""

from __future__ import annotations

import sys
from typing import Iterable, TypeVar

from tqdm.auto import tqdm

T = TypeVar("T")

_state = {"quiet": False}


def set_quiet(quiet: bool) -> None:
    _state["quiet"] = bool(quiet)


def enabled() -> bool:
    return not _state["quiet"] and hasattr(sys.stderr, "isatty") and sys.stderr.isatty()


def progress(iterable: Iterable[T], desc: str = "", total: int | None = None, unit: str = "it") -> Iterable[T]:
    """Wrap *iterable* in a progress bar when one should be shown."""
    if not enabled():
        return iterable
    return tqdm(iterable, desc=desc, total=total, unit=unit, leave=False, file=sys.stderr)
