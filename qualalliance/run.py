"""``qualalliance run``: the whole chain from a study to its report.

A loop over the stage registry (:mod:`qualalliance.stages`): ingest -> code ->
alliance -> topics -> link -> report, each stage writing its tables to
``OUT/<stage>/`` (layout: :mod:`qualalliance.catalog`) as soon as it finishes, so a
stage that fails stops the run with a one-line message and leaves the earlier
stages' outputs intact.  Stage parameters were validated when the study loaded.
Before anything runs, every table a running stage needs must be made by an earlier
running stage or left in OUT by a skipped one; a stage that fails or is interrupted has
its folder removed, so no half-written stage output stays.  The run writes ``OUT/manifest.json``:
input file hashes, the codebook hash, the parameters of every stage, the seed,
package versions and stage timings.  The manifest has no wall-clock timestamp in its
hashed part, so two runs of the same inputs differ only in ``timings``.

The manifest is written when the run starts and again after every stage, with each
stage's status (``stage_status``: pending, running, done, failed, interrupted,
skipped), ``stages_completed``, ``failed_stage`` or ``interrupted``; Ctrl-C and
SIGTERM are recorded before the run exits (:mod:`.interrupts`).  While it runs, the
folder is locked (:mod:`.outlock`): a second run on it is refused with one line.
"""

from __future__ import annotations

import shutil
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from . import catalog
from .errors import ConfigError, QualallianceError, output_error
from .interrupts import terminate_as_interrupt
from .log import get_logger
from .manifest import build_manifest
from .outlock import output_lock
from .stages import REGISTRY, STAGES, RunContext, check_plan, deid_requested, kept_folders, unrequested
from .tables import output_folder, sha256_file, write_json

log = get_logger(__name__)


class StageError(QualallianceError):
    """A stage failed; earlier stages' outputs stay on disk."""


@dataclass
class RunResult:
    out: Path
    manifest: dict
    timings: dict

    def summary(self) -> str:
        parts = [f"{k} {v:.1f}s" for k, v in self.timings.items()]
        return f"run finished -> {self.out} ({', '.join(parts)})"


def run_study(study_path, out_dir=None, *, seed: int | None = None, skip=(), clean: bool = True,
              on_stage: Callable[[str], None] | None = None, codings=None,
              codings_mode: str | None = None, engine=None) -> RunResult:
    """Run every stage on a study folder (or its ``study.yaml``) and write ``OUT/manifest.json``.

    *skip* names stages to leave out; a skipped stage whose tables a running stage needs
    must have left them in OUT (checked before anything runs).  *clean* removes a
    previous run's stage folders first (except those reused that way), so no stale
    table survives.  *seed* overrides the study's seed, ``stages.topics.seed`` included.
    *codings* / *codings_mode* override ``stages.code.codings`` / ``codings_mode`` (reviewed codings).
    *engine* (an :class:`~qualalliance.engine.EngineParams`) overrides the study's ``engine:``:
    where ingest, deid, code and alliance run (docs/scale.md).
    """
    from .engine import open_engine
    from .study import load_study

    study = load_study(study_path)
    if codings is not None or codings_mode is not None:
        study = study.with_stage("code", codings=codings and Path(codings).resolve(), codings_mode=codings_mode)
    skip = tuple(skip)
    unknown = [s for s in skip if s not in STAGES]
    if unknown:
        raise ConfigError(f"unknown stage(s) to skip: {', '.join(unknown)} (stages: {', '.join(STAGES)})")
    out = Path(out_dir if out_dir else Path("out") / study.root.name)
    if "deid" in skip and "ingest" not in skip and deid_requested(study):
        raise ConfigError("study.yaml asks for de-identification: the deid stage cannot be skipped "
                          "while ingest runs")
    skip = (*skip, *(s for s in unrequested(study) if s not in skip))  # deid without a deid: section
    check_plan(out, skip)
    out = output_folder(out)
    with output_lock(out), terminate_as_interrupt(), \
            open_engine(engine or study.engine) as running:  # one run per folder; SIGTERM recorded like Ctrl-C
        return _run_locked(study, out, seed, skip, clean, on_stage, running)


def _run_locked(study, out: Path, seed, skip: tuple, clean: bool, on_stage, engine) -> RunResult:
    if clean:
        _clean(out, keep=kept_folders(skip))
    out.mkdir(parents=True, exist_ok=True)
    ctx = RunContext(study=study, out=out, seed=study.seed if seed is None else int(seed), seed_given=seed is not None,
                     engine=engine)
    ctx.inputs.append(str(study.file))
    timings: dict[str, float] = {}
    status = {s.name: "skipped" if s.name in skip else "pending" for s in REGISTRY}
    manifest = _write_manifest(ctx, timings, status)  # from the start: a killed run still leaves a record
    for stage in REGISTRY:
        if stage.name in skip:
            continue
        if on_stage:
            on_stage(stage.name)
        status[stage.name] = "running"
        t0 = time.perf_counter()
        try:
            stage.run(ctx, study.stage(stage.name))
        except (QualallianceError, OSError) as exc:  # OSError: a write the stage did not wrap (disk full)
            status[stage.name] = "failed"
            _discard_partial(out, stage.name)
            _write_manifest_anyway(ctx, timings, status)
            err = exc if isinstance(exc, QualallianceError) else output_error(exc, None)
            raise StageError(f"stage '{stage.name}' failed: {err.one_line()} "
                             f"(outputs of earlier stages are in {out})") from exc
        except BaseException as exc:  # Ctrl-C, SIGTERM (interrupts.py), or a bug
            status[stage.name] = "interrupted" if isinstance(exc, KeyboardInterrupt) else "failed"
            _discard_partial(out, stage.name)
            _write_manifest_anyway(ctx, timings, status)
            raise
        status[stage.name] = "done"
        timings[stage.name] = round(time.perf_counter() - t0, 3)
        log.info("%s done in %.1fs", stage.name, timings[stage.name])
        manifest = _write_manifest(ctx, timings, status)  # the report reads it: parameters, counts, timings
    return RunResult(out, manifest, timings)


def _clean(out: Path, keep: set[str]) -> None:
    for name in catalog.STAGE_FOLDERS:
        target = catalog.stage_dir(out, name)
        if name in keep:
            continue
        if target.is_dir():
            shutil.rmtree(target)
        elif target.is_file():
            target.unlink()
    manifest = catalog.manifest_path(out)
    if manifest.is_file():
        manifest.unlink()


def _discard_partial(out: Path, stage: str) -> None:
    """Remove what a failed or interrupted stage wrote: no later stage may read half its tables."""
    target = catalog.stage_dir(out, stage)
    if target.is_dir():
        shutil.rmtree(target, ignore_errors=True)


def _write_manifest_anyway(ctx: RunContext, timings: dict, status: dict) -> None:
    """Record a failure or interruption; a manifest that cannot be written must not hide it."""
    try:
        _write_manifest(ctx, timings, status)
    except (QualallianceError, OSError) as exc:
        log.warning("could not record the run's status in %s: %s", catalog.manifest_path(ctx.out), exc)


def _write_manifest(ctx: RunContext, timings: dict, status: dict) -> dict:
    """``status``: stage -> pending | running | done | failed | interrupted | skipped."""
    study = ctx.study
    extra = {
        "study": {"name": study.name, "file": str(study.file), "synthetic": bool(study.synthetic),
                  "sha256": sha256_file(study.file)},
        "seed": ctx.seed,
        "codebook_sha256": ctx.extra.get("codebook_hash"),
        "counts": ctx.counts,
        "timings_s": timings,
        "stages_completed": list(timings),
        "stage_status": dict(status),
        "status": _run_status(status),
        # where the per-document work ran; partitions: stage -> how many (docs/scale.md)
        "engine": {**ctx.engine.describe(), "partitions": dict(ctx.engine.partitions)},
    }
    failed = [name for name, st in status.items() if st == "failed"]
    if failed:
        extra["failed_stage"] = failed[0]
    interrupted = [name for name, st in status.items() if st == "interrupted"]
    if interrupted:
        extra["interrupted"] = interrupted[0]
    outputs = {str(f.relative_to(ctx.out)): sha256_file(f) for f in sorted(ctx.out.rglob("*"))
               if f.is_file() and f != catalog.manifest_path(ctx.out)
               and f.parts[len(ctx.out.parts)] in catalog.STAGE_FOLDERS}
    manifest = build_manifest("run", inputs=ctx.inputs, params=ctx.params, outputs=outputs, extra=extra)
    write_json(catalog.manifest_path(ctx.out), manifest)
    return manifest


def _run_status(status: dict) -> str:
    """running (also what a SIGKILLed run leaves) | failed | interrupted | done."""
    for state in ("failed", "interrupted"):
        if state in status.values():
            return state
    return "running" if {"pending", "running"} & set(status.values()) else "done"
