"""The stage registry: every stage of a run, declared once.

Each :class:`Stage` names the tables it needs (it cannot run without them), the
tables it uses when present, its outputs (from :mod:`qualalliance.catalog`), its
parameter model (from :mod:`qualalliance.stage_params`) and the function that runs
it.  :func:`qualalliance.run.run_study` is a loop over :data:`REGISTRY`;
``docs/architecture.md`` is generated from it (:func:`registry_markdown`).

The stand-alone ``qualalliance alliance`` and ``qualalliance topics`` commands call
the same :func:`alliance_outputs` / :func:`topics_outputs` as the run, so their
manifests are the same whichever wrote them.  Heavy libraries are imported inside
the runners, never at import time.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

from . import catalog
from .engine.engines import engine_record
from .errors import ConfigError, InputError
from .log import get_logger
from .stage_params import (AllianceParams, CodeParams, DeidParams, IngestParams, LinkParams, ReportParams, StageParams,
                           TopicsParams)

log = get_logger(__name__)


@dataclass
class RunContext:
    """What the stages of one run share: the study, the run folder and what they recorded."""

    study: Any                     # qualalliance.study.Study
    out: Path
    seed: int                      # --seed, else the study's seed
    seed_given: bool = False       # True when --seed was given (it then wins over stages.topics.seed)
    tables: dict = field(default_factory=dict)   # tables already in memory, by catalog name
    params: dict = field(default_factory=dict)   # stage -> parameters as its manifest records them
    counts: dict = field(default_factory=dict)
    inputs: list = field(default_factory=list)   # study files read (hashed in OUT/manifest.json)
    extra: dict = field(default_factory=dict)
    engine: Any = None             # a qualalliance.engine engine; None: the local engine

    def table(self, name: str):
        """A table made earlier in this run, else read from the run folder (a skipped stage's)."""
        if name not in self.tables:
            df = catalog.read(self.out, name)
            if df is None:
                raise InputError(f"table {name!r} is not in the run folder "
                                 f"(stage {catalog.stage_of(name)!r} has not written it)", self.out)
            self.tables[name] = df
        return self.tables[name]

    def run_inputs(self, *names: str) -> list[tuple[str, Path]]:
        """``(path relative to OUT, path)`` of run-folder tables a stage reads (for its manifest)."""
        out = []
        for name in names:
            p = catalog.find(self.out, name)
            if p is not None:
                out.append((p.relative_to(self.out).as_posix(), p))
        return out


@dataclass(frozen=True)
class Stage:
    name: str
    params: type[StageParams]
    needs: tuple[str, ...]          # tables that must exist (made earlier in the run, or left by a skipped stage)
    uses: tuple[str, ...]           # tables read when present
    run: Callable[[RunContext, Any], None]
    reads_study: str                # what it reads from the study (for the docs)
    summary: str
    # None: always runs; else runs only when this says the study asks for it (deid)
    when: Callable[[Any], bool] | None = None

    def runs_for(self, study) -> bool:
        return self.when is None or self.when(study)

    @property
    def outputs(self) -> dict[str, catalog.Output]:
        return catalog.outputs_of(self.name)

    @property
    def tables(self) -> tuple[str, ...]:
        return catalog.tables_of(self.name)


# ----------------------------------------------------------------------------- shared with the commands

def ingest_outputs(sources, params: IngestParams, out_dir, metadata=None, roles=(), engine=None):
    """Ingest *sources* and write segments, documents, rejects and the manifest (``ingest`` and
    ``run``).  *roles*: ``NAME=ROLE`` strings or a ``{name: role}`` mapping.  *engine*: where
    the files are read (:mod:`qualalliance.engine`; None: here)."""
    from .ingest import NAME_PATTERN, ingest, write_ingest
    from .readers.limits import ReadLimits
    from .readers.roles import parse_role_overrides

    roles = parse_role_overrides(roles)  # {label: role}, as the manifest records it
    name_pattern = params.name_pattern or NAME_PATTERN
    result = ingest(list(sources), metadata=metadata, strict=params.strict, roles=roles or None,
                    name_pattern=name_pattern, speaker_col=params.speaker_col, text_col=params.text_col,
                    doc_col=params.doc_col, limits=ReadLimits.from_params(params), engine=engine)
    manifest_params = {"sources": [list(s) if isinstance(s, tuple) else str(s) for s in sources],
                       "metadata": None if metadata is None else str(metadata), "roles": roles,
                       **params.manifest_params(), "name_pattern": name_pattern, **engine_record(engine, "ingest")}
    write_ingest(result, out_dir, manifest_params)
    return result, manifest_params


def alliance_outputs(segments, params: AllianceParams, out_dir, inputs=(), engine=None):
    """Score alliance language, find rupture and repair events, and write the alliance tables and
    manifest (``alliance`` and ``run``).  *engine*: where the documents are scored."""
    from .alliance import score_alliance
    from .alliance.rupture_events import rupture_events

    lexicon, function_words = _opt_str(params.lexicon), _opt_str(params.function_words)
    if engine is not None and engine.distributed:
        from .engine.tasks import alliance_on_engine

        result = alliance_on_engine(engine, segments, lexicon, function_words, params.rupture_window)
    else:
        result = score_alliance(segments, lexicon=lexicon, function_words=function_words)
        result.ruptures = rupture_events(segments, lexicon=lexicon, function_words=function_words,
                                         window=params.rupture_window)
    files = [p for p in (params.lexicon, params.function_words) if p]
    result.write(out_dir, inputs=[*inputs, *map(str, files)],
                 params={**params.manifest_params(), **engine_record(engine, "alliance")})
    return result



def topics_result(segments, params: TopicsParams):
    """``discover_topics`` with a stage's parameters (in memory; :func:`topics_outputs` writes)."""
    from .topics import discover_topics, read_seed_terms_file

    seeds = None
    if params.seed_terms is not None:
        seeds = read_seed_terms_file(str(params.seed_terms))
    elif params.codebook is not None:
        seeds = str(params.codebook)  # a codebook path: its phrases seed the topics
    return discover_topics(segments, unit=params.unit, role=params.role, n_topics=params.n_topics,
                           seed=params.seed or 0, embedding=params.embedding,
                           guided=params.guided or seeds is not None, seed_terms=seeds,
                           window_words=params.window_words, min_topic_size=params.min_topic_size,
                           max_topics=params.max_topics)


def study_topics(study, segments=None):
    """The topics ``run`` finds for *study* (its ``stages.topics`` settings and seed), in memory.

    *segments*: the study's segments (default: ingested as ``run`` does, :func:`study_segments`).
    For notebooks: the same topics as the study's report.
    """
    p = study.stage("topics")
    p = p.model_copy(update={"seed": topics_seed(p.seed, study.seed, False)})
    return topics_result(study_segments(study) if segments is None else segments, p)


def topics_outputs(segments, params: TopicsParams, out_dir, inputs=(), study=None):
    """Discover topics and write the topic tables, figures and manifest (``topics`` and ``run``).
    *study* (optional) orders the figures' sessions and time points."""
    from .manifest import build_manifest
    from .topics import write_topics

    result = topics_result(segments, params)
    files = [str(p) for p in (params.codebook, params.seed_terms) if p]
    manifest = build_manifest("topics", inputs=[*inputs, *files], params=params.manifest_params(),
                              outputs={"assignments": len(result.assignments),
                                       "topics": result.params["n_topics_found"]},
                              extra={"choices": result.params})
    write_topics(result, out_dir, figures=params.figures, manifest=manifest,
                 session_order=study.sessions if study is not None else None,
                 timepoint_order=study.timepoints if study is not None else None)
    return result


def _opt_str(p) -> str | None:
    return None if p is None else str(p)


# ----------------------------------------------------------------------------- the runners

def study_sources(study) -> list[tuple[str, str]]:
    """``(folder, source_type)`` for each text folder of *study*, as ``run`` ingests them."""
    sources = [(str(path), st) for st, path in study.paths.text_dirs().items()]
    if not sources:
        raise ConfigError("the study names no transcripts, narratives or case_histories folder", study.file)
    return sources


def study_segments(study):
    """The segments ``run`` would ingest from *study* (its folders, metadata, roles and
    ``stages.ingest``), in memory: for the stand-alone commands given a study folder."""
    from .ingest import NAME_PATTERN, ingest

    p = study.stage("ingest")
    return ingest(study_sources(study), metadata=study.paths.metadata, strict=p.strict,
                  roles=dict(study.roles) or None, name_pattern=p.name_pattern or NAME_PATTERN,
                  speaker_col=p.speaker_col, text_col=p.text_col).segments


def _ingest(ctx: RunContext, p: IngestParams) -> None:
    study = ctx.study
    sources = study_sources(study)
    res, params = ingest_outputs(sources, p, catalog.stage_dir(ctx.out, "ingest"), metadata=study.paths.metadata,
                                 roles=dict(study.roles), engine=ctx.engine)
    ctx.tables.update(segments=res.segments, documents=res.documents)
    ctx.inputs += res.inputs
    ctx.params["ingest"] = params
    ctx.counts["ingest"] = {"documents": len(res.documents), "segments": len(res.segments),
                            "rejects": len(res.rejects), "warnings": len(res.warnings)}


def deid_requested(study) -> bool:
    """True when study.yaml has a ``deid:`` (or ``stages.deid:``) section."""
    return "deid" in study.stages


def _deid(ctx: RunContext, p: DeidParams) -> None:
    from .deid import outputs

    map_file = ctx.study.root / (p.map_file or outputs.DEFAULT_MAP_NAME)
    res = outputs.deidentify(ctx.table("segments"), ctx.table("documents"), catalog.read(ctx.out, "rejects"), p,
                             map_file, ctx.out, paths=ctx.inputs, engine=ctx.engine)
    outputs.write_run(res, ctx.out, outputs.manifest(res, p, map_file, inputs=ctx.run_inputs("segments"),
                                                     engine=ctx.engine))
    ctx.tables.update(segments=res.segments, documents=res.documents)
    ctx.inputs[:] = outputs.renamed_inputs(res, ctx.inputs)  # the run manifest lists transcripts by file name
    ctx.params["deid"] = {**p.manifest_params(), "map_file": str(map_file)}
    ctx.counts["deid"] = {"replacements": len(res.log), "excluded": len(res.excluded)}


def _code(ctx: RunContext, p: CodeParams) -> None:
    from .coding import code_segments
    from .coding.coder import write_coding

    study = ctx.study
    res = code_segments(ctx.table("segments"), codebook=study.codebook, engine=ctx.engine,
                        **p.model_dump(exclude={"codings", "codings_mode"}))
    inputs = [str(study.codebook)] if study.codebook else []
    counts = {}
    if p.codings is not None:  # reviewed codings instead of / beside the machine's
        from .reviewed import use_reviewed

        res, counts = use_reviewed(res, p.codings, p.codings_mode, ctx.table("segments"), ctx.table("documents"),
                                   catalog.stage_dir(ctx.out, "code"))
        inputs.append(str(p.codings))
    write_coding(res, catalog.stage_dir(ctx.out, "code"), inputs=inputs)
    ctx.tables["codings"] = res.codings
    ctx.params["code"] = {**p.manifest_params(), "codebook": str(study.codebook or "packaged default"),
                          # the threshold the second stage coded at ("auto" resolves to one), and why
                          "min_confidence_used": res.params.get("min_confidence"),
                          **({"style_check": res.params["style_check"]} if "style_check" in res.params else {})}
    ctx.extra["codebook_hash"] = res.codebook_sha256
    ctx.inputs += inputs
    ctx.counts["code"] = {"codings": len(res.codings), **counts}


def _alliance(ctx: RunContext, p: AllianceParams) -> None:
    res = alliance_outputs(ctx.table("segments"), p, catalog.stage_dir(ctx.out, "alliance"),
                           inputs=ctx.run_inputs("segments"), engine=ctx.engine)
    ctx.tables["alliance"] = res.scores
    ctx.inputs += [str(f) for f in (p.lexicon, p.function_words) if f]
    ctx.params["alliance"] = p.manifest_params()
    ctx.counts["alliance"] = {"rows": len(res.scores), "evidence": len(res.evidence),
                              "ruptures": int((res.ruptures.events["kind"] == "rupture").sum())}


def topics_seed(stage_seed: int | None, run_seed: int, seed_given: bool) -> int:
    """The seed rule: ``--seed`` wins; without it an explicit ``stages.topics.seed`` wins over
    the study's ``seed``; without either, the study's ``seed``."""
    if stage_seed is None or seed_given:
        if stage_seed is not None and stage_seed != run_seed:
            log.info("--seed %d overrides stages.topics.seed %d", run_seed, stage_seed)
        return run_seed
    return stage_seed


def _topics(ctx: RunContext, p: TopicsParams) -> None:
    p = p.model_copy(update={"seed": topics_seed(p.seed, ctx.seed, ctx.seed_given)})
    res = topics_outputs(ctx.table("segments"), p, catalog.stage_dir(ctx.out, "topics"),
                         inputs=ctx.run_inputs("segments"), study=ctx.study)
    ctx.inputs += [str(f) for f in (p.codebook, p.seed_terms) if f]
    ctx.params["topics"] = p.manifest_params()
    ctx.counts["topics"] = {"units": len(res.assignments), "topics": int(len(res.topic_info))}


LINK_TABLES = ("segments", "codings", "code_matrix", "alliance", "topics", "topic_info")


def _link(ctx: RunContext, p: LinkParams) -> None:
    from .link import link, write_link

    study = ctx.study
    if study.paths.outcomes is None:
        raise ConfigError("the study names no outcomes file; link needs one", study.file)
    # read back from OUT, as `qualalliance link --features OUT` would: the same tables, the same dtypes
    tables = {name: df for name in LINK_TABLES if (df := catalog.read(ctx.out, name)) is not None}
    res = link(tables, study.paths.outcomes, study=study, params=p)
    write_link(res, catalog.stage_dir(ctx.out, "link"))
    participants = p.participants or study.paths.participants
    ctx.inputs += [str(f) for f in (study.paths.outcomes, participants) if f]
    ctx.params["link"] = p.manifest_params()


def _report(ctx: RunContext, p: ReportParams) -> None:
    from .report import render_report

    if deid_requested(ctx.study) and catalog.find(ctx.out, "deid_manifest") is None:
        raise ConfigError("study.yaml asks for de-identification but this run folder's segments were not "
                          "de-identified; refusing to write a report (run the deid stage)", ctx.study.file)
    render_report(ctx.out, study=ctx.study)
    ctx.params["report"] = p.manifest_params()


REGISTRY: tuple[Stage, ...] = (
    Stage("ingest", IngestParams, needs=(), uses=(), run=_ingest,
          reads_study="paths.transcripts, narratives, case_histories, metadata; roles",
          summary="read transcripts, narratives and case histories into one segments table"),
    Stage("deid", DeidParams, needs=("segments", "documents"), uses=("rejects",), run=_deid,
          reads_study="deid (or stages.deid)", when=deid_requested,
          summary="only with a deid: section: replace names, places, dates, numbers and other identifiers "
                  "with study-wide pseudonyms in segments, documents and rejects (docs/deid.md)"),
    Stage("code", CodeParams, needs=("segments",), uses=("documents",), run=_code, reads_study="codebook, codings",
          summary="code every segment against the codebook (rules, negation, hedging); reviewed codings "
                  "instead or beside"),
    Stage("alliance", AllianceParams, needs=("segments",), uses=(), run=_alliance, reads_study="-",
          summary="alliance-language scores per transcript and role, with evidence spans; rupture and "
                  "repair events read from both speakers' turns in order"),
    Stage("topics", TopicsParams, needs=("segments",), uses=(), run=_topics, reads_study="seed",
          summary="inductive topics (BERTopic, offline), shares per role and time point"),
    Stage("link", LinkParams, needs=("segments",), uses=("codings", "code_matrix", "alliance", "topics", "topic_info"),
          run=_link, reads_study="paths.outcomes, participants; baseline, measures, responder, remission, covariates",
          summary="text features + outcomes -> analysis table, statistics, joint displays"),
    Stage("report", ReportParams, needs=(),
          uses=("segments", "documents", "rejects", "codings", "alliance", "ruptures", "rupture_counts", "topics", "topic_info", "topics_by_role",
                "topics_by_timepoint", "variables", "analysis_table", "statistics", "regressions",
                "group_comparisons", "joint_display", "joint_display_quotes", "outcomes_derived"),
          run=_report, reads_study="name, synthetic, measures, sessions, timepoints",
          summary="paper tables, figures, case histories, index.html"),
)
STAGES: tuple[str, ...] = tuple(s.name for s in REGISTRY)
BY_NAME = {s.name: s for s in REGISTRY}


def get(name: str) -> Stage:
    try:
        return BY_NAME[name]
    except KeyError:
        raise ConfigError(f"unknown stage {name!r} (stages: {', '.join(STAGES)})") from None


def check_plan(run_dir: str | os.PathLike, skip) -> None:
    """Before anything runs: every table a running stage needs is made by an earlier running
    stage or left in the run folder by a skipped one; else one ConfigError naming them."""
    made: set[str] = set()
    for stage in REGISTRY:
        if stage.name in skip:
            continue
        for name in stage.needs:
            if name in made:
                continue
            maker = catalog.stage_of(name)
            if catalog.find(run_dir, name) is None:
                raise ConfigError(
                    f"stage {stage.name!r} needs the {name!r} table, which stage {maker!r} makes, but "
                    f"{maker!r} is skipped and {catalog.path(run_dir, name)} does not exist "
                    f"(run {maker!r}, or keep a previous run's {maker}/ folder in the output folder)")
        made.update(stage.tables)


def unrequested(study) -> tuple[str, ...]:
    """Stages that run only when the study asks (deid) and that *study* does not ask for."""
    return tuple(s.name for s in REGISTRY if not s.runs_for(study))


def kept_folders(skip) -> set[str]:
    """Folders of skipped stages whose tables a running stage needs: the run reuses them."""
    running = [s for s in REGISTRY if s.name not in skip]
    needed = {name for s in running for name in s.needs}
    kept = {catalog.stage_of(n) for n in needed} & set(skip)
    if "ingest" in kept and "deid" in skip:  # reused ingest tables keep their de-identification record
        kept.add("deid")
    return kept


def registry_markdown() -> str:
    """The stage table of docs/architecture.md, generated from the registry and the catalog."""
    lines = ["| stage | needs | uses when present | writes (in `OUT/<stage>/`) | parameters (`stages.<stage>`) |",
             "|---|---|---|---|---|"]
    for s in REGISTRY:
        files = ", ".join(f"`{f}`" + (" (optional)" if o.optional else "") for o in s.outputs.values()
                          for f in o.files)
        params = ", ".join(f"`{k}`" for k in s.params.model_fields)
        lines.append(f"| {s.name} | {', '.join(s.needs) or '–'} | {', '.join(s.uses) or '–'} | {files} | {params} |")
    return "\n".join(lines) + "\n"


__all__ = ["BY_NAME", "REGISTRY", "RunContext", "STAGES", "Stage", "alliance_outputs", "check_plan", "deid_requested",
           "get", "ingest_outputs", "kept_folders", "registry_markdown", "study_segments", "study_sources",
           "study_topics", "topics_outputs", "topics_result", "topics_seed", "unrequested"]
