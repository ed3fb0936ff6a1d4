"""Writing a topics run: tables, one self-contained HTML page of BERTopic figures, a manifest.

``topic_figures.html`` holds BERTopic's interactive figures (top terms per topic,
topic hierarchy, topic similarity heatmap) with plotly.js inlined once, so it opens
offline with no CDN.  Figure ids are fixed, so the same run gives the same file.
BERTopic's intertopic distance map and document map are left out: they run UMAP
again, which is slow for small corpora and adds nothing the heatmap does not show.
"""

from __future__ import annotations

import html
from pathlib import Path

from .. import catalog
from ..log import get_logger
from ..tables import write_json, write_text

log = get_logger(__name__)

FIGURES = (
    ("barchart", "Top terms per topic", "visualize_barchart"),
    ("hierarchy", "Topic hierarchy", "visualize_hierarchy"),
    ("heatmap", "Topic similarity", "visualize_heatmap"),
)


def _figure(model, method: str, n_topics: int):
    kwargs = {"custom_labels": True}
    if method == "visualize_barchart":
        kwargs.update(top_n_topics=min(n_topics, 12), n_words=8)
    return getattr(model, method)(**kwargs)


def topic_figures_html(result, title: str = "Topics") -> str | None:
    """An offline HTML page with BERTopic's figures, or None when there are too few topics."""
    n_topics = int((result.topic_info["topic"] >= 0).sum())
    if n_topics < 1:
        return None
    parts, first = [], True
    for name, heading, method in FIGURES:
        if method != "visualize_barchart" and n_topics < 2:
            continue  # hierarchy and similarity need two topics
        try:
            fig = _figure(result.model, method, n_topics)
        except Exception as exc:  # noqa: BLE001 - one failing figure must not lose the others
            log.warning(f"topic figure {name!r} skipped: {type(exc).__name__}: {exc}")
            continue
        body = fig.to_html(full_html=False, include_plotlyjs=True if first else False,
                           div_id=f"topics-{name}")
        first = False
        parts.append(f"<section><h2>{html.escape(heading)}</h2>\n{body}\n</section>")
    if not parts:
        return None
    params = result.params
    note = (f"{params.get('n_topics_found', n_topics)} topics, unit: {params.get('unit')}, "
            f"embedding: {params.get('embedding')}, clustering: {params.get('method')}, seed: {params.get('seed')}")
    return ("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
            f"<title>{html.escape(title)}</title></head>\n<body>\n<h1>{html.escape(title)}</h1>\n"
            f"<p>{html.escape(note)}</p>\n" + "\n".join(parts) + "\n</body></html>\n")


def write_topics(result, out_dir, figures: bool = True, manifest: dict | None = None) -> list[Path]:
    """Write ``topics.csv/.parquet``, ``topic_info.csv``, ``topics_by_role.csv``,
    ``topics_by_timepoint.csv``, ``topic_figures.html`` and ``topics_manifest.json``.

    Everything (the figures page included) is computed before the first file is written.
    """
    out = Path(out_dir)
    page = topic_figures_html(result) if figures else None
    written = []
    for name, df in (("topics", result.assignments), ("topic_info", result.topic_info),
                     ("topics_by_role", result.by_role), ("topics_by_timepoint", result.by_timepoint)):
        written += catalog.write(df, out, name)
    if page is not None:
        written.append(write_text(out / catalog.file_name("topic_figures"), page))
    if manifest is not None:
        written.append(write_json(out / catalog.file_name("topics_manifest"), manifest))
    return written
