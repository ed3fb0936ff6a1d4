"""Writing a topics run: tables, one self-contained HTML page of figures, a manifest.

The page (``topic_figures.html``) is built by :mod:`.figures_page`: it opens offline,
with plotly.js inlined once, and the same run gives the same file.
"""

from __future__ import annotations

from pathlib import Path

from .. import catalog
from ..tables import all_or_nothing, write_json, write_text
from .figures_page import topic_figures_html


def write_topics(result, out_dir, figures: bool = True, manifest: dict | None = None,
                 session_order=None, timepoint_order=None, pending=None) -> list[Path]:
    """Write ``topics.csv/.parquet``, ``topic_info.csv``, ``topics_by_role.csv``,
    ``topics_by_session.csv``, ``topics_by_timepoint.csv``, ``topic_figures.html`` and
    ``topics_manifest.json``, all or none (*pending*: join a larger set,
    :func:`qualalliance.tables.all_or_nothing`).  *session_order* / *timepoint_order* order
    the figures' columns (a study's ``sessions`` / ``timepoints``).

    Everything (the figures page included) is computed before the first file is written.  Without
    figures (or a manifest) a previous output's page (or manifest) in *out_dir* is removed with the
    commit: it would describe other topics.
    """
    out = Path(out_dir)
    page = topic_figures_html(result, session_order=session_order, timepoint_order=timepoint_order) \
        if figures else None
    written = []
    with all_or_nothing(pending) as p:
        for name, df in (("topics", result.assignments), ("topic_info", result.topic_info),
                         ("topics_by_role", result.by_role), ("topics_by_session", result.by_session),
                         ("topics_by_timepoint", result.by_timepoint)):
            written += catalog.write(df, out, name, p)
        figures_file, manifest_file = (out / catalog.file_name(n) for n in ("topic_figures", "topics_manifest"))
        if page is None:
            p.remove(figures_file)
        else:
            written.append(write_text(figures_file, page, p))
        if manifest is None:
            p.remove(manifest_file)
        else:
            written.append(write_json(manifest_file, manifest, p))
    return written


__all__ = ["topic_figures_html", "write_topics"]
