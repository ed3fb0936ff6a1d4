"""``qualalliance topics``: inductive topics with BERTopic (offline, reproducible).

The option defaults are those of ``TopicsParams`` (qualalliance/stage_params.py), the
same defaults ``qualalliance run`` uses; with a study (SEGMENTS a study folder, or
``--study``) its ``stages.topics`` settings and seed come first, and with a run folder
the settings the run recorded in its manifest.json, so the command gives what the run
gives.  Options typed on the command line always win.
"""

from __future__ import annotations

import click
from click.core import ParameterSource

from ..stage_params import TopicsParams
from .common import echo

DEFAULTS = {name: f.default for name, f in TopicsParams.model_fields.items()}
PARAM_OPTIONS = ("unit", "role", "n_topics", "seed", "embedding", "guided", "codebook", "seed_terms",
                 "window_words", "min_topic_size", "max_topics", "figures")


def _n_topics(ctx, param, value):
    if value is None or str(value).strip().lower() == "auto":
        return "auto"
    try:
        n = int(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is neither 'auto' nor a whole number") from None
    if n < 1:
        raise click.BadParameter("must be at least 1")
    return n


@click.command()
@click.argument("segments", type=click.Path(path_type=str))
@click.option("-o", "--out", "out_dir", required=True, type=click.Path(file_okay=False),
              help="Output folder for topics.csv/.parquet, topic_info.csv, topics_by_role.csv, "
                   "topics_by_session.csv, topics_by_timepoint.csv, topic_figures.html.")
@click.option("--unit", type=click.Choice(["turn", "window", "document"]), default=DEFAULTS["unit"], show_default=True,
              help="What a topic is assigned to: single turns, windows of consecutive turns, or whole documents.")
@click.option("--role", default=DEFAULTS["role"],
              help="Only model turns of this role (therapist, participant, other). Default: every role "
                   "(with --study: the study's stages.topics.role).")
@click.option("--n-topics", default=DEFAULTS["n_topics"], show_default=True, callback=_n_topics,
              help="Number of topics, or 'auto' (chosen by silhouette, at most --max-topics).")
@click.option("--max-topics", default=DEFAULTS["max_topics"], show_default=True, type=click.IntRange(min=2),
              help="The most topics 'auto' may choose.")
@click.option("--seed", default=0, show_default=True, type=int,
              help="Random seed (same seed, same topics). With --study: the study's seed.")
@click.option("--embedding", default=None,
              help="An installed sentence-transformers model (name in the local Hugging Face cache, or a "
                   "folder). Default: offline TF-IDF + SVD. Never downloads.")
@click.option("--guided/--no-guided", default=DEFAULTS["guided"], show_default=True,
              help="Seed topics with the codebook's phrases (see --codebook, --seed-terms).")
@click.option("--codebook", type=click.Path(dir_okay=False), default=None,
              help="Codebook YAML whose phrases seed the topics (implies --guided; default with "
                   "--guided: the packaged codebook).")
@click.option("--seed-terms", type=click.Path(dir_okay=False), default=None,
              help="Text file of seed topics, one per line: 'name: term, term' (implies --guided).")
@click.option("--window-words", default=DEFAULTS["window_words"], show_default=True, type=click.IntRange(min=1),
              help="Minimum words per window for --unit window.")
@click.option("--min-topic-size", default=None, type=click.IntRange(min=1),
              help="Smaller clusters become outliers (topic -1). Default: 1 for documents, 2 otherwise.")
@click.option("--figures/--no-figures", default=DEFAULTS["figures"], show_default=True,
              help="Write topic_figures.html (topics with quotes, terms, shares by session and time point, "
                   "hierarchy, similarity; plotly inlined, opens offline).")
@click.option("--study", "study_path", type=click.Path(exists=True), default=None,
              help="A study folder or study.yaml: its stages.topics settings and seed are the defaults "
                   "(as in `qualalliance run`). Implied when SEGMENTS is a study folder; a run folder "
                   "as SEGMENTS gives the settings the run recorded.")
@click.pass_context
def topics(ctx, segments, out_dir, study_path, **options):
    """Discover topics in SEGMENTS with BERTopic, offline and reproducibly.

    SEGMENTS is a segments table (.parquet/.csv), a folder holding segments.parquet
    (an ingest output, or a run folder: with the topic settings the run recorded), a
    study folder (ingested as `run` does, with the study's topic settings) or raw
    transcripts (ingested on the fly). Writes topic assignments
    per turn (or per document), a topic table with top terms and representative quotes,
    topic shares per role, session and time point, and a figures page.
    """
    from pathlib import Path

    from .. import catalog
    from ..ingest import load_segments
    from ..outlock import output_lock
    from ..stage_params import from_options
    from ..stages import study_segments, topics_outputs

    if study_path is None and Path(segments, "study.yaml").is_file():
        study_path = segments
    study = _load_study(study_path)
    given = {k: v for k, v in options.items() if ctx.get_parameter_source(k) == ParameterSource.COMMANDLINE}
    base = study.stage("topics").model_dump() if study is not None else _recorded_settings(segments)
    if study is not None and base.get("seed") is None:
        base["seed"] = study.seed
    params = from_options(TopicsParams, **{**{k: options[k] for k in PARAM_OPTIONS}, **base, **given})
    with output_lock(out_dir):  # one command per folder (the tables themselves land all or none)
        if study is not None and Path(segments).resolve() in (study.root.resolve(), study.file.resolve()):
            segs, inputs = study_segments(study), [str(study.file)]
        else:
            segs = load_segments(segments)
            inputs = [segments] if Path(segments).is_file() else []
            if Path(segments).is_dir():
                inputs += [str(p) for p in [catalog.find_in(segments, "segments")] if p is not None]
        result = topics_outputs(segs, params, out_dir, inputs=inputs, study=study)
    echo(f"topics: {result.summary()} -> {out_dir}")


def _recorded_settings(folder) -> dict:
    """The topic settings a ``qualalliance run`` folder recorded in its manifest.json, else {}."""
    import json
    from pathlib import Path

    from .. import catalog

    if not Path(folder).is_dir() or not catalog.manifest_path(folder).is_file():
        return {}
    manifest = json.loads(catalog.manifest_path(folder).read_text(encoding="utf-8"))
    recorded = (manifest.get("parameters") or {}).get("topics") if isinstance(manifest, dict) else None
    return dict(recorded) if isinstance(recorded, dict) else {}


def _load_study(path):
    if path is None:
        return None
    from ..study import load_study

    return load_study(path)
