"""``qualalliance run``: the whole chain from a study to its report.

ingest -> code -> alliance -> topics -> link -> report, each stage writing its
tables to ``OUT/<stage>/`` as soon as it finishes, so a stage that fails stops the
run with a one-line message and leaves the earlier stages' outputs intact.  The
run writes ``OUT/manifest.json``: input file hashes, the codebook hash, the
parameters of every stage, the seed, package versions and stage timings.  The
manifest has no wall-clock timestamp in its hashed part, so two runs of the same
inputs differ only in ``timings``.
"""

from __future__ import annotations

import shutil
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from .errors import ConfigError, QualallianceError
from .log import get_logger
from .manifest import build_manifest
from .tables import output_folder, sha256_file, write_json

log = get_logger(__name__)

STAGES = ("ingest", "code", "alliance", "topics", "link", "report")


class StageError(QualallianceError):
    """A stage failed; earlier stages' outputs stay on disk."""


@dataclass
class RunContext:
    study: object
    out: Path
    seed: int
    tables: dict = field(default_factory=dict)
    params: dict = field(default_factory=dict)
    counts: dict = field(default_factory=dict)
    inputs: list = field(default_factory=list)
    extra: dict = field(default_factory=dict)


@dataclass
class RunResult:
    out: Path
    manifest: dict
    timings: dict

    def summary(self) -> str:
        parts = [f"{k} {v:.1f}s" for k, v in self.timings.items()]
        return f"run finished -> {self.out} ({', '.join(parts)})"


# ----------------------------------------------------------------------------- stages

def _ingest(ctx: RunContext) -> None:
    from .ingest import ingest, write_ingest

    study = ctx.study
    sources = [(str(p), st) for st, p in study.paths.text_dirs().items()]
    if not sources:
        raise ConfigError("the study names no transcripts, narratives or case_histories folder", study.file)
    stage_params = study.stage("ingest")
    params = {"sources": sources, "metadata": str(study.paths.metadata) if study.paths.metadata else None,
              "roles": dict(study.roles), **stage_params}
    res = ingest(sources, metadata=study.paths.metadata, roles=dict(study.roles) or None, **stage_params)
    write_ingest(res, ctx.out / "ingest", params)
    ctx.tables.update(segments=res.segments, documents=res.documents)
    ctx.inputs += res.inputs
    ctx.params["ingest"] = params
    ctx.counts["ingest"] = {"documents": len(res.documents), "segments": len(res.segments),
                            "rejects": len(res.rejects), "warnings": len(res.warnings)}


def _code(ctx: RunContext) -> None:
    from .coding import code_segments
    from .coding.coder import write_coding

    study = ctx.study
    params = study.stage("code")
    res = code_segments(ctx.tables["segments"], codebook=study.codebook, **params)
    inputs = [str(study.codebook)] if study.codebook else []
    write_coding(res, ctx.out / "code", inputs=inputs)
    ctx.tables["codings"] = res.codings
    ctx.params["code"] = {**params, "codebook": str(study.codebook or "packaged default")}
    ctx.extra["codebook_hash"] = res.codebook_sha256
    ctx.inputs += inputs
    ctx.counts["code"] = {"codings": len(res.codings)}


def _alliance(ctx: RunContext) -> None:
    from .alliance import score_alliance

    params = ctx.study.stage("alliance")
    res = score_alliance(ctx.tables["segments"], **params)
    res.write(ctx.out / "alliance", params=params)
    ctx.tables["alliance"] = res.scores
    ctx.params["alliance"] = params
    ctx.counts["alliance"] = {"rows": len(res.scores), "evidence": len(res.evidence)}


def _topics(ctx: RunContext) -> None:
    from .topics import discover_topics, write_topics

    params = {"seed": ctx.seed, **ctx.study.stage("topics")}
    res = discover_topics(ctx.tables["segments"], **params)
    write_topics(res, ctx.out / "topics")
    ctx.params["topics"] = params
    ctx.counts["topics"] = {"units": len(res.assignments), "topics": int(len(res.topic_info))}


def _link(ctx: RunContext) -> None:
    from .link import link, write_link

    study = ctx.study
    if study.paths.outcomes is None:
        raise ConfigError("the study names no outcomes file; link needs one", study.file)
    params = ctx.study.stage("link")
    res = link(ctx.out, study.paths.outcomes, study=study, **params)
    write_link(res, ctx.out / "link")
    ctx.inputs += [str(p) for p in (study.paths.outcomes, study.paths.participants) if p]
    ctx.params["link"] = params


def _report(ctx: RunContext) -> None:
    from .report import render_report

    render_report(ctx.out, study=ctx.study)
    ctx.params["report"] = ctx.study.stage("report")


STAGE_FUNCS: dict[str, Callable[[RunContext], None]] = {
    "ingest": _ingest, "code": _code, "alliance": _alliance, "topics": _topics, "link": _link, "report": _report,
}


# ----------------------------------------------------------------------------- the run

def run_study(study_path, out_dir=None, *, seed: int | None = None, skip=(), clean: bool = True,
              on_stage: Callable[[str], None] | None = None) -> RunResult:
    """Run every stage on a study folder (or its ``study.yaml``) and write ``OUT/manifest.json``.

    *skip* names stages to leave out (later stages that need them fail clearly).
    *clean* removes a previous run's stage folders first, so no stale table survives.
    """
    from .study import load_study

    study = load_study(study_path)
    unknown = [s for s in skip if s not in STAGES]
    if unknown:
        raise ConfigError(f"unknown stage(s) to skip: {', '.join(unknown)} (stages: {', '.join(STAGES)})")
    out = output_folder(out_dir if out_dir else Path("out") / study.root.name)
    if clean:
        for name in STAGES + ("manifest.json",):
            target = out / name
            if target.is_dir():
                shutil.rmtree(target)
            elif target.is_file():
                target.unlink()
    out.mkdir(parents=True, exist_ok=True)
    ctx = RunContext(study=study, out=out, seed=study.seed if seed is None else int(seed))
    ctx.inputs.append(str(study.file))
    timings: dict[str, float] = {}
    for name in STAGES:
        if name in skip:
            continue
        if on_stage:
            on_stage(name)
        if name == "report":  # the report shows the run's parameters, counts and timings
            _write_manifest(ctx, timings)
        t0 = time.perf_counter()
        try:
            STAGE_FUNCS[name](ctx)
        except QualallianceError as exc:
            _write_manifest(ctx, timings, failed=name)
            raise StageError(f"stage '{name}' failed: {exc.one_line()} (outputs of earlier stages are in {out})") from exc
        timings[name] = round(time.perf_counter() - t0, 3)
        log.info("%s done in %.1fs", name, timings[name])
    manifest = _write_manifest(ctx, timings)
    return RunResult(out, manifest, timings)


def _write_manifest(ctx: RunContext, timings: dict, failed: str | None = None) -> dict:
    study = ctx.study
    extra = {
        "study": {"name": study.name, "file": str(study.file), "synthetic": bool(study.synthetic),
                  "sha256": sha256_file(study.file)},
        "seed": ctx.seed,
        "codebook_sha256": ctx.extra.get("codebook_hash"),
        "counts": ctx.counts,
        "timings_s": timings,
        "stages_completed": list(timings),
    }
    if failed:
        extra["failed_stage"] = failed
    outputs = {str(f.relative_to(ctx.out)): sha256_file(f) for f in sorted(ctx.out.rglob("*"))
               if f.is_file() and f.name != "manifest.json" and f.parts[len(ctx.out.parts)] in STAGES}
    manifest = build_manifest("run", inputs=ctx.inputs, params=ctx.params, outputs=outputs, extra=extra)
    write_json(ctx.out / "manifest.json", manifest)
    return manifest
