"""Engines: where a stage's per-document work runs (docs/scale.md).

``local`` (default) runs in this process; ``dask`` maps each stage over partitions of
whole documents on a Dask cluster and concatenates the results in the local order, so
the tables are identical.  Dask is an optional extra (``pip install 'qualalliance[dask]'``),
imported only when the dask engine is opened.
"""

from .engines import DaskEngine, EngineError, LocalEngine, engine_record, open_engine
from .params import DEFAULT_PARTITION_WORDS, EngineParams, engine_from_options, validate_engine
from .partition import document_partitions, file_partitions
from .worker_cache import worker_cached

__all__ = ["DEFAULT_PARTITION_WORDS", "DaskEngine", "EngineError", "EngineParams", "LocalEngine",
           "document_partitions", "engine_from_options", "engine_record", "file_partitions", "open_engine", "validate_engine",
           "worker_cached"]
