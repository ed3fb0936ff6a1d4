"""SIGTERM handled like Ctrl-C, so a terminated run records where it stopped.

``kill PID`` (SIGTERM, what job schedulers send at a time limit) would end Python
without running ``finally`` blocks or exception handlers.  Inside
:func:`terminate_as_interrupt` it raises :class:`KeyboardInterrupt` instead, which
``run`` catches to write ``interrupted`` into its manifest before exiting 130.
SIGKILL cannot be caught; the manifest then still says which stage was running.
"""

from __future__ import annotations

import signal
import threading
from contextlib import contextmanager


def _raise_interrupt(signum, frame):
    raise KeyboardInterrupt(f"signal {signal.Signals(signum).name}")


@contextmanager
def terminate_as_interrupt():
    """Within the block, SIGTERM raises KeyboardInterrupt (main thread only; else a no-op)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.signal(signal.SIGTERM, _raise_interrupt)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)
