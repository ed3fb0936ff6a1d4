"""``qualalliance topics``: inductive topics with BERTopic (offline, reproducible)."""

from __future__ import annotations

import click

from .common import echo


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
                   "topics_by_timepoint.csv, topic_figures.html.")
@click.option("--unit", type=click.Choice(["turn", "window", "document"]), default="window", show_default=True,
              help="What a topic is assigned to: single turns, windows of consecutive turns, or whole documents.")
@click.option("--role", default=None, help="Only model turns of this role (therapist, participant, other).")
@click.option("--n-topics", default="auto", show_default=True, callback=_n_topics,
              help="Number of topics, or 'auto' (silhouette over 2..60 for small corpora, HDBSCAN for large).")
@click.option("--seed", default=0, show_default=True, type=int, help="Random seed (same seed, same topics).")
@click.option("--embedding", default=None,
              help="An installed sentence-transformers model (name in the local Hugging Face cache, or a "
                   "folder). Default: offline TF-IDF + SVD. Never downloads.")
@click.option("--guided/--no-guided", default=False, show_default=True,
              help="Seed topics with the codebook's phrases (see --codebook, --seed-terms).")
@click.option("--codebook", type=click.Path(dir_okay=False), default=None,
              help="Codebook YAML whose phrases seed the topics (implies --guided; default with "
                   "--guided: the packaged codebook).")
@click.option("--seed-terms", type=click.Path(dir_okay=False), default=None,
              help="Text file of seed topics, one per line: 'name: term, term' (implies --guided).")
@click.option("--window-words", default=60, show_default=True, type=click.IntRange(min=1),
              help="Minimum words per window for --unit window.")
@click.option("--min-topic-size", default=None, type=click.IntRange(min=1),
              help="Smaller clusters become outliers (topic -1). Default: 1 for documents, 2 otherwise.")
@click.option("--figures/--no-figures", default=True, show_default=True,
              help="Write topic_figures.html (interactive BERTopic figures, plotly inlined, opens offline).")
def topics(segments, out_dir, unit, role, n_topics, seed, embedding, guided, codebook, seed_terms,
           window_words, min_topic_size, figures):
    """Discover topics in SEGMENTS with BERTopic, offline and reproducibly.

    SEGMENTS is a segments table (.parquet/.csv), a folder holding segments.parquet
    (an ingest or run output), or raw transcripts (ingested on the fly). Writes topic
    assignments per turn (or per document), a topic table with top terms and
    representative quotes, topic shares per role and per time point, and figures.
    """
    from pathlib import Path

    from .. import catalog
    from ..ingest import load_segments
    from ..stage_params import TopicsParams, from_options
    from ..stages import topics_outputs

    params = from_options(TopicsParams, unit=unit, role=role, n_topics=n_topics, seed=seed, embedding=embedding, guided=guided,
                          codebook=codebook, seed_terms=seed_terms, window_words=window_words,
                          min_topic_size=min_topic_size, figures=figures)
    segs = load_segments(segments)
    inputs = [segments] if Path(segments).is_file() else []
    if Path(segments).is_dir():
        inputs += [str(p) for p in [catalog.find_in(segments, "segments")] if p is not None]
    result = topics_outputs(segs, params, out_dir, inputs=inputs)
    echo(f"topics: {result.summary()} -> {out_dir}")
