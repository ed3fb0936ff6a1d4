"""The engines a stage's per-document work runs on.

An engine maps a function over partitions and returns the results in partition order:
:class:`LocalEngine` in this process (the stages then take their usual, unpartitioned
path), :class:`DaskEngine` on a Dask cluster.  :func:`open_engine` is the one way in;
use it as a context manager so a LocalCluster it starts is always shut down::

    with open_engine(EngineParams(engine="dask", workers=2)) as engine:
        result = code_segments(segments, engine=engine)

Every connection is explicit: a LocalCluster binds to 127.0.0.1 and opens no
dashboard; ``scheduler`` connects to the cluster the user names and nothing else.
"""

from __future__ import annotations

import contextlib
import itertools
import time
from dataclasses import dataclass, field
from typing import Any, Callable, Iterator

from ..errors import QualallianceError
from ..log import get_logger
from .params import EngineParams

log = get_logger(__name__)

LOCAL_WORKERS = 2  # a LocalCluster's workers when --workers is not given


class EngineError(QualallianceError):
    """The cluster cannot be reached, or lost a worker it could not replace: exit 2."""


@dataclass
class LocalEngine:
    """The default: everything in this process, as before engines existed."""

    params: EngineParams = field(default_factory=EngineParams)
    partitions: dict = field(default_factory=dict)  # stage -> partitions it was cut into (none here)
    distributed = False
    workers = 1
    min_partitions = 1

    def map(self, stage: str, fn: Callable, parts: list, *args) -> list:
        self.partitions[stage] = len(parts)
        return [fn(part, *args) for part in parts]

    def share(self, obj):
        return obj

    def describe(self) -> dict:
        return {"engine": "local", "workers": 1}


@dataclass
class DaskEngine:
    """Partitions run as tasks on a Dask cluster; results come back in partition order."""

    client: Any
    params: EngineParams
    workers: int
    partitions: dict = field(default_factory=dict)
    distributed = True

    def map(self, stage: str, fn: Callable, parts: list, *args) -> list:
        """``[fn(part, *args) for part in parts]`` on the cluster, in order.

        At most two tasks a worker are in flight (the next is submitted when one comes
        back), so neither the workers nor the scheduler hold more than a few partitions
        whatever the corpus size.  A task that raises fails the stage: the tasks in flight
        are cancelled and the failure is raised (a user error as it is; a worker the
        cluster lost more often than ``distributed.scheduler.allowed-failures`` as
        :class:`EngineError`)."""
        from distributed import as_completed
        from distributed.scheduler import KilledWorker

        self.partitions[stage] = len(parts)
        if not parts:
            return []
        queue = iter(enumerate(parts))
        index: dict[str, int] = {}
        submitted = []

        def submit(i: int, part):
            # unique keys: a rerun of the same stage is new work, never a cached result
            fut = self.client.submit(fn, part, *args, pure=False, key=f"qualalliance-{stage}-{i}-{time.time_ns()}")
            index[fut.key] = i
            submitted.append(fut)
            return fut

        running = as_completed([submit(i, p) for i, p in itertools.islice(queue, self.min_partitions)],
                               loop=self.client.loop)
        results: dict[int, Any] = {}
        for fut in running:
            i = index[fut.key]
            if fut.status == "error":
                exc = fut.exception()
                for other in submitted:
                    other.cancel()
                if isinstance(exc, KilledWorker):
                    raise EngineError(f"stage {stage}: partition {i + 1} of {len(parts)} failed: the worker running "
                                      f"it died (it was retried; the cluster gave up: {exc}); the stage's tables "
                                      "were not written") from None
                raise exc
            results[i] = fut.result()
            fut.release()
            nxt = next(queue, None)
            if nxt is not None:
                running.add(submit(*nxt))
        return [results[i] for i in range(len(parts))]

    def share(self, obj):
        """*obj* sent to every worker once, for :meth:`map`'s *args*: a task argument as large as the
        study's names would otherwise travel with every partition."""
        return self.client.scatter(obj, broadcast=True, hash=False)

    @property
    def min_partitions(self) -> int:
        """Two partitions a worker at least, so a worker that finishes early takes another."""
        return 2 * max(self.workers, 1)

    def describe(self) -> dict:
        return {"engine": "dask", "workers": self.workers,
                "scheduler": self.params.scheduler or "local cluster (127.0.0.1)",
                "processes": self.params.processes if self.params.scheduler is None else None,
                "partition_words": self.params.partition_words}


@contextlib.contextmanager
def open_engine(params: EngineParams | None = None) -> Iterator[LocalEngine | DaskEngine]:
    """The engine *params* describe, for the length of a ``with`` block (a LocalCluster it
    starts is closed at the end).  An unreachable scheduler is an :class:`EngineError`
    naming its address within ``connect_timeout`` seconds."""
    params = params or EngineParams()
    if not params.distributed:
        yield LocalEngine(params)
        return
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        raise EngineError("--engine dask needs Dask: pip install 'qualalliance[dask]'") from None
    with contextlib.ExitStack() as stack:
        if params.scheduler is not None:
            client = _connect(Client, params)
        else:
            n = params.workers or LOCAL_WORKERS
            cluster = LocalCluster(**local_cluster_options(n, params.processes))
            stack.callback(cluster.close)
            client = Client(cluster, set_as_default=False)
        stack.callback(client.close)
        workers = _count_workers(client)
        log.info("dask engine: %d worker(s) at %s", workers, client.scheduler.address)
        yield DaskEngine(client, params, workers)


# Every Dask server binds to loopback; neither the scheduler nor a worker attaches a dashboard.
# Both always start a small HTTP server (health, metrics); left alone, the in-process one
# (inproc:// has no host to copy) would listen on every interface, so it is pinned here.
LOOPBACK_HTTP = "127.0.0.1:0"


def local_cluster_options(n_workers: int, processes: bool) -> dict:
    """``LocalCluster`` keyword arguments: *n_workers* one-thread workers, nothing off loopback."""
    from distributed import Nanny, Worker

    base = Nanny if processes else Worker
    worker_class = type(f"NoDashboard{base.__name__}", (base,), {"__init__": _without_dashboard(base)})
    options = {"n_workers": n_workers, "threads_per_worker": 1, "processes": processes,
               "dashboard_address": None, "worker_class": worker_class,
               "worker_dashboard_address": LOOPBACK_HTTP,  # the address of its HTTP server, not a dashboard
               "scheduler_kwargs": {"dashboard": False, "dashboard_address": LOOPBACK_HTTP}}
    if processes:  # tcp on 127.0.0.1; threads talk in-process (inproc://: no socket)
        options.update(host="127.0.0.1", scheduler_port=0)
    return options


def _without_dashboard(base):
    def __init__(self, *args, **kwargs):
        kwargs["dashboard"] = False  # LocalCluster sets it whenever a worker HTTP address is given
        base.__init__(self, *args, **kwargs)
    return __init__


def engine_record(engine, stage: str) -> dict:
    """What a stage's manifest says of the engine: ``{}`` for the local engine (its manifests
    are as before engines existed), else ``{"engine": {engine, workers, partitions ...}}``."""
    if engine is None or not engine.distributed:
        return {}
    return {"engine": {**engine.describe(), "partitions": engine.partitions.get(stage)}}


def _scheduler_info(client) -> dict:
    try:
        return client.scheduler_info(n_workers=-1)
    except TypeError:  # older distributed
        return client.scheduler_info()


def _count_workers(client) -> int:
    return len(_scheduler_info(client).get("workers", {}))


def _connect(Client, params: EngineParams):
    address = params.scheduler
    try:
        return Client(address, timeout=params.connect_timeout, set_as_default=False)
    except (OSError, TimeoutError, ValueError) as exc:
        reason = " ".join(str(exc).split()) or type(exc).__name__
        raise EngineError(f"cannot reach the Dask scheduler at {address} within {params.connect_timeout:g} s "
                          f"({reason[:200]})") from None


__all__ = ["DaskEngine", "EngineError", "LocalEngine", "engine_record", "open_engine"]
