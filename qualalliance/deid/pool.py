"""The local engine's deid on this machine's cores: both finding passes in forked processes.

Finding identifiers is nearly all of deid's work and is order-free per document; replacing
is cheap and order-dependent.  A distributed engine already splits it so
(:mod:`.replay`, ``engine/tasks.py``: the workers learn and find over partitions of whole
documents, the driver merges the learned names in document order and replaces), and its
tables are the local engine's.  :class:`ForkPool` is that engine's interface on worker
processes forked from this one, so the local engine uses a second core the same way,
with the same tables, without a cluster.

Forked, not spawned: a child starts with this process's word lists and recogniser already
loaded (a spawned one would read them again, 1-4 s each), so nothing is read, let alone
downloaded, in the children, and the pool costs tens of milliseconds.  It is used only
where that is sure to pay and to work (:func:`pool_processes`): on Linux (fork there is the
default), with two or more usable cores of which one is idle (the 1-minute load average at most
the cores less :data:`IDLE_CORE`: where other work holds the cores, a second process only
adds its cost), from a process that may have children (not a
daemon such as a pool's or a cluster's worker) and runs no other thread (forking one that
does could copy a lock another thread holds; the executor forks its processes before it
starts its own thread), for studies of at least :data:`MIN_WORDS` words.  A child that dies
fails the stage with one line (:class:`~qualalliance.engine.EngineError`), as a lost
cluster worker does; nothing is written.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import sys
import threading
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from itertools import repeat

from ..engine.worker_cache import cache_in_this_process

MIN_WORDS = 20_000       # below this the fork and the partitions' travel cost more than a core saves
MAX_PROCESSES = 2        # the target machine (issue 17: 2 cores); more would only contend with the driver
PARTS_PER_PROCESS = 4    # partitions a process: a process that finishes early takes another
# a core's worth of the 1-minute load average left for the second process (this one counts about 1):
# on cores other work already holds, two processes are slower than one (docs/deid.md, Speed)
IDLE_CORE = 0.5


@dataclass(frozen=True)
class _Params:
    partition_words: int


class ForkPool:
    """The distributed engine's interface (``map``, ``share``, ``params.partition_words``,
    ``min_partitions``) on *processes* forked worker processes; results in partition order."""

    distributed = True

    def __init__(self, processes: int):
        self.processes = processes
        self.min_partitions = PARTS_PER_PROCESS * processes
        # the study is in memory here already: no partition size to bound, only min_partitions to cut
        self.params = _Params(partition_words=sys.maxsize)
        self.partitions: dict = {}
        self._executor = ProcessPoolExecutor(processes, mp_context=multiprocessing.get_context("fork"),
                                             initializer=cache_in_this_process)

    def map(self, stage: str, fn, parts: list, *args) -> list:
        self.partitions[stage] = len(parts)
        try:
            return list(self._executor.map(fn, parts, *(repeat(a) for a in args)))
        except BrokenProcessPool:
            from ..engine import EngineError

            raise EngineError(f"{stage}: a process finding identifiers on this machine's other core died "
                              "(out of memory?); nothing was written") from None

    def share(self, obj):
        return obj

    def close(self) -> None:
        self._executor.shutdown(wait=True, cancel_futures=True)


def pool_processes(words: int) -> int:
    """How many processes to fork for a study of *words* words: 0 (find here) unless forking pays and works."""
    if (words < MIN_WORDS or not sys.platform.startswith("linux") or multiprocessing.current_process().daemon
            or threading.active_count() > 1):
        return 0
    cores = len(os.sched_getaffinity(0))
    if cores < 2 or os.getloadavg()[0] > cores - IDLE_CORE:
        return 0
    return min(cores, MAX_PROCESSES)


@contextlib.contextmanager
def finding_engine(engine, words: int):
    """The engine deid's finding runs on: *engine* when it is distributed, else a :class:`ForkPool`
    when :func:`pool_processes` says so (shut down on leaving), else *engine* (this process)."""
    if engine is not None and engine.distributed:
        yield engine
        return
    processes = pool_processes(words)
    if not processes:
        yield engine
        return
    pool = ForkPool(processes)
    try:
        yield pool
    finally:
        pool.close()


__all__ = ["ForkPool", "MIN_WORDS", "finding_engine", "pool_processes"]
