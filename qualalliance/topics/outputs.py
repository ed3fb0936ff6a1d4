"""Writing a topics run: tables, one self-contained HTML page of figures, a manifest.

The page (``topic_figures.html``) is built by :mod:`.figures_page`: it opens offline,
with plotly.js inlined once, and the same run gives the same file.
"""

from __future__ import annotations

from pathlib import Path

from .. import catalog
from ..tables import write_json, write_text
from .figures_page import topic_figures_html


def write_topics(result, out_dir, figures: bool = True, manifest: dict | None = None,
                 session_order=None, timepoint_order=None) -> list[Path]:
    """Write ``topics.csv/.parquet``, ``topic_info.csv``, ``topics_by_role.csv``,
    ``topics_by_session.csv``, ``topics_by_timepoint.csv``, ``topic_figures.html`` and
    ``topics_manifest.json``.  *session_order* / *timepoint_order* order the figures'
    columns (a study's ``sessions`` / ``timepoints``).

    Everything (the figures page included) is computed before the first file is written.
    """
    out = Path(out_dir)
    page = topic_figures_html(result, session_order=session_order, timepoint_order=timepoint_order) \
        if figures else None
    written = []
    for name, df in (("topics", result.assignments), ("topic_info", result.topic_info),
                     ("topics_by_role", result.by_role), ("topics_by_session", result.by_session),
                     ("topics_by_timepoint", result.by_timepoint)):
        written += catalog.write(df, out, name)
    if page is not None:
        written.append(write_text(out / catalog.file_name("topic_figures"), page))
    if manifest is not None:
        written.append(write_json(out / catalog.file_name("topics_manifest"), manifest))
    return written


__all__ = ["topic_figures_html", "write_topics"]
