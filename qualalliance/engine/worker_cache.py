"""What a worker builds once and reuses for every partition it runs: spaCy pipelines,
the theme model, lexicons.

On a Dask worker the cache lives on the worker object (``distributed.get_worker()``),
so it lasts as long as the worker and is never shared between workers; outside one
(the local engine, a plain call) nothing is cached and *build* runs every time.
"""

from __future__ import annotations

from typing import Any, Callable, Hashable

_ATTR = "_qualalliance_cache"


def _worker_store() -> dict | None:
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
