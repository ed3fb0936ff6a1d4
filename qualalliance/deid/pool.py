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
does could copy a lock another thread holds; the pool starts no thread of its own: it
waits on its processes' pipes), for studies of at least :data:`MIN_WORDS` words.  A child that dies
fails the stage with one line (:class:`~qualalliance.engine.EngineError`), as a lost
cluster worker does; nothing is written.
"""

from __future__ import annotations

import contextlib
import gc
import multiprocessing
import os
import pickle
import sys
import threading
from dataclasses import dataclass
from multiprocessing.connection import wait

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
    ``min_partitions``) on *processes* forked worker processes; results in partition order.

    ``map(..., affinity=KEY)``: partition *i* of a later map with the same *KEY* runs on the process that ran
    partition *i* of the first (a process left without partitions takes the last one of the process with the
    most).  (speed, fourth pass) deid's two passes partition the same documents, and a process keeps the
    structured spans of the pieces it learnt from (:func:`.recognizers.structured_spans`' cache) for finding in
    them: with any process finding any partition, half the find pass met a cold cache and the pool gained
    nothing on dense transcripts (heldout32: 18.6k words/s, one process 19.3k).  Hence processes of our own,
    each with its pipe, rather than an executor's shared queue."""

    distributed = True
    affinity = True  # map takes affinity=KEY

    def __init__(self, processes: int):
        self.processes = processes
        self.min_partitions = PARTS_PER_PROCESS * processes
        # the study is in memory here already: no partition size to bound, only min_partitions to cut
        self.params = _Params(partition_words=sys.maxsize)
        self.partitions: dict = {}
        self._ran: dict = {}      # affinity key -> the process that ran each partition
        self._idle = True         # False while a map's tasks may still run (close then terminates them)
        context = multiprocessing.get_context("fork")
        self._conns, self._procs = [], []
        # (speed) the heap forked so far (word lists, spaCy's model, the study) frozen out of the garbage collector's
        # reach: the workers' collections never walk it (nor copy its pages, which walking writes to), and the driver's
        # next full collection, mid-map, is not due at once (heldout22: driver CPU 0.46 -> 0.30 s; workers' unchanged)
        gc.freeze()
        try:
            for _ in range(processes):
                here, there = context.Pipe()
                self._conns.append(here)
                try:
                    proc = context.Process(target=_serve, args=(there,), daemon=True)
                    proc.start()
                finally:
                    there.close()
                self._procs.append(proc)
        except BaseException:
            # (review 18) a fork that failed (EAGAIN, ENOMEM) left the processes started so far waiting on their pipes
            self._idle = False
            self.close()
            raise
        finally:
            gc.unfreeze()  # (review 18) was skipped by a failed fork: this process's collector then never freed a cycle

    def map(self, stage: str, fn, parts: list, *args, affinity=None) -> list:
        if not self._idle:
            from ..engine import EngineError

            # (review 18) a process may still run the failed map's task: its answer would be taken for this map's
            raise EngineError(f"{stage}: an earlier map failed on this pool; it runs no more")
        self.partitions[stage] = len(parts)
        ran = self._ran.get(affinity)
        if ran is not None and len(ran) == len(parts):  # each process's own partitions, in order
            queues = [[i for i, p in enumerate(ran) if p == w] for w in range(self.processes)]
        else:
            queues = None
            shared = list(range(len(parts)))[::-1]
        results, done_by, busy = [None] * len(parts), [0] * len(parts), {}

        def give(w):
            if queues is None:
                i = shared.pop() if shared else None
            elif queues[w]:
                i = queues[w].pop(0)
            else:
                most = max(queues, key=len)
                i = most.pop() if most else None
            if i is not None:
                self._conns[w].send((fn, parts[i], args))
                busy[w] = i

        self._idle = False
        try:
            for w in range(self.processes):
                give(w)
            while busy:
                for conn in wait([self._conns[w] for w in busy]):
                    w = self._conns.index(conn)
                    ok, value = conn.recv()
                    i = busy.pop(w)
                    if not ok:
                        raise _TaskFailed(value)
                    results[i], done_by[i] = value, w
                    give(w)
        except _TaskFailed as failed:  # raised here as itself, as an executor does (an OSError too: no process died)
            raise failed.error from None
        except (EOFError, OSError):
            from ..engine import EngineError

            raise EngineError(f"{stage}: a process finding identifiers on this machine's other core died "
                              "(out of memory?); nothing was written") from None
        self._idle = True
        if affinity is not None:
            self._ran.setdefault(affinity, done_by)
        return results

    def share(self, obj):
        return obj

    def close(self) -> None:
        for conn, proc in zip(self._conns, self._procs):
            if self._idle:
                with contextlib.suppress(OSError):
                    conn.send(None)  # finish
            else:  # a map failed: what its other tasks find is not wanted
                proc.terminate()
        for proc in self._procs:
            proc.join()
        for conn in self._conns:  # also a pipe whose process failed to start
            conn.close()


class _TaskFailed(Exception):
    """A task's own exception, on its way out of :meth:`ForkPool.map` (kept apart from a dead process's)."""

    def __init__(self, error: BaseException):
        super().__init__(type(error).__name__)
        self.error = error


def _portable(exc: Exception) -> Exception:
    """*exc* when the driver can rebuild it, else a RuntimeError naming its type (review 18: one whose
    ``__init__`` takes other arguments than its ``args`` pickled here and failed the driver's ``recv`` with
    a TypeError about that ``__init__``)."""
    try:
        pickle.loads(pickle.dumps(exc))
    except Exception:  # noqa: BLE001 -- whatever stops it travelling
        return RuntimeError(f"a task raised {type(exc).__name__}, which cannot be sent to the driver")
    return exc


def _serve(conn) -> None:
    """A worker process: run each task the pipe brings, answer ``(True, result)`` or ``(False, exception)``."""
    cache_in_this_process()
    while True:
        try:
            task = conn.recv()
        except EOFError:
            return
        if task is None:
            return
        fn, part, args = task
        try:
            answer = (True, fn(part, *args))
        except Exception as exc:  # noqa: BLE001 -- raised again in the driver, as an executor does
            answer = (False, _portable(exc))
        try:
            conn.send(answer)
        except Exception as exc:  # noqa: BLE001 -- an answer that cannot travel
            conn.send((False, RuntimeError(f"a worker's answer could not be sent: {type(exc).__name__}")))


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
