"""What a worker builds once and reuses for every partition it runs: spaCy pipelines,
the theme model, lexicons.

On a Dask worker the cache lives on the worker object (``distributed.get_worker()``),
so it lasts as long as the worker and is never shared between workers; outside one
(the local engine, a plain call) nothing is cached and *build* runs every time, except in a process
that :func:`cache_in_this_process` made a worker (deid's forked pool, :mod:`qualalliance.deid.pool`).
"""

from __future__ import annotations

from typing import Any, Callable, Hashable

_ATTR = "_qualalliance_cache"
_process_store: dict | None = None  # set in a forked pool's worker (cache_in_this_process)


def cache_in_this_process() -> None:
    """Make this process a worker whose cache lasts as long as it does (a forked pool's worker).
    (speed, fourth pass) without it each of deid's tasks built its Deidentifier again, and looking
    for a Dask worker first imported ``distributed`` in each forked process (0.35 s of CPU a process)."""
    global _process_store
    if _process_store is None:
        _process_store = {}


def _worker_store() -> dict | None:
    if _process_store is not None:
        return _process_store
    try:
        from distributed import get_worker
    except ImportError:
        return None
    try:
        worker = get_worker()
    except ValueError:  # not running in a worker
        return None
    store = getattr(worker, _ATTR, None)
    if store is None:
        store = {}
        setattr(worker, _ATTR, store)
    return store


def worker_cached(key: Hashable, build: Callable[[], Any]) -> Any:
    """``build()`` once per worker for *key*; later calls on that worker return the same object."""
    store = _worker_store()
    if store is None:
        return build()
    if key not in store:
        store[key] = build()
    return store[key]


__all__ = ["worker_cached"]
