"""How a command runs its stages: the ``--engine``/``--workers``/``--scheduler`` options and
the ``engine:`` section of study.yaml, validated like a stage's parameters (``extra="forbid"``).

``local`` (the default) is today's in-process engine.  ``dask`` maps each stage's
per-document work over partitions of whole documents on a Dask cluster: a
``LocalCluster`` of ``workers`` processes bound to 127.0.0.1 (no dashboard), or the
existing cluster whose scheduler listens at ``scheduler``.  See docs/scale.md.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal, Optional

from pydantic import Field, ValidationError, model_validator

from ..errors import ConfigError
from ..stage_params import Bool, PositiveInt, StageParams, Str, _message, unknown_key

# the words of one partition: bounds a worker's memory whatever the corpus size (docs/scale.md)
DEFAULT_PARTITION_WORDS = 250_000
DEFAULT_CONNECT_TIMEOUT_S = 5.0


class EngineParams(StageParams):
    """``engine:`` in study.yaml; the commands build it from ``--engine``, ``--workers``, ``--scheduler``."""

    engine: Literal["local", "dask"] = "local"
    workers: Optional[PositiveInt] = None        # LocalCluster workers (None: 2); not with scheduler
    scheduler: Optional[Str] = None              # an existing cluster's scheduler, e.g. tcp://10.0.0.5:8786
    processes: Bool = True                       # LocalCluster workers as processes (False: threads here)
    partition_words: PositiveInt = DEFAULT_PARTITION_WORDS
    connect_timeout: Annotated[float, Field(gt=0, le=300)] = DEFAULT_CONNECT_TIMEOUT_S

    @model_validator(mode="after")
    def _consistent(self):
        if self.engine == "local" and (self.workers is not None or self.scheduler is not None):
            given = "workers" if self.workers is not None else "scheduler"
            raise ValueError(f"{given} needs engine dask (engine is local)")
        if self.workers is not None and self.scheduler is not None:
            raise ValueError("give workers (a local cluster) or scheduler (an existing cluster), not both")
        return self

    @property
    def distributed(self) -> bool:
        return self.engine == "dask"


def engine_from_options(engine: str | None, workers: int | None, scheduler: str | None,
                        default: EngineParams | None = None) -> EngineParams:
    """The engine a command uses: its options over *default* (the study's ``engine:``).

    ``--workers`` or ``--scheduler`` alone imply ``--engine dask``; a bad combination is
    ``ConfigError('--workers: ...')``."""
    if engine == "local" and (workers is not None or scheduler is not None):
        raise ConfigError(f"--{'workers' if workers is not None else 'scheduler'} needs --engine dask, not local")
    if workers is not None and scheduler is not None:
        raise ConfigError("--workers starts a local cluster and --scheduler names an existing one: give one")
    base = (default or EngineParams()).model_dump()
    given = {k: v for k, v in (("engine", engine), ("workers", workers), ("scheduler", scheduler)) if v is not None}
    if given and "engine" not in given and (workers is not None or scheduler is not None):
        given["engine"] = "dask"
    if "scheduler" in given:
        base["workers"] = None
    if "workers" in given:
        base["scheduler"] = None
    if given.get("engine") == "local":
        base["workers"] = base["scheduler"] = None
    try:
        return EngineParams.model_validate({**base, **given})
    except ValidationError as exc:
        loc, text = _message(exc.errors(), EngineParams)
        option = str(loc[0]).replace("_", "-") if loc else next(iter(given), "engine")
        raise ConfigError(f"--{option}: {text}") from None


def validate_engine(raw: Any, *, file=None, line_of=None) -> EngineParams:
    """``engine:`` of study.yaml (a mapping, or None for the local engine)."""
    if raw is not None and not isinstance(raw, dict):
        raise ConfigError(f"engine must be a mapping (engine, workers, scheduler ...), not {type(raw).__name__}",
                          file, line_of(()) if line_of else None)
    try:
        return EngineParams.model_validate(raw or {})
    except ValidationError as exc:
        loc, text = _message(exc.errors(), EngineParams)
        first = exc.errors()[0]
        if first["type"] == "extra_forbidden" and len(loc) == 1:
            text = unknown_key("", loc[0], EngineParams.model_fields).split(": ", 1)[1]
        where = ".".join(["engine", *map(str, loc)])
        raise ConfigError(f"{where}: {text}", file, line_of(loc) if line_of else None) from None


__all__ = ["DEFAULT_PARTITION_WORDS", "EngineParams", "engine_from_options", "validate_engine"]
