"""``topic_figures.html``: one styled, self-contained page a reader can use offline.

Sections: the topics with their labels, sizes, top terms and two representative quotes;
top terms per topic (bar charts drawn here, with wrapped titles and room between rows
so no title overlaps a chart); topic shares by session and by time point (heatmaps);
BERTopic's topic hierarchy and topic similarity.  plotly.js is inlined once (no CDN),
figure ids are fixed and every number is rounded, so the same run gives the same file.
BERTopic's intertopic distance map and document map are left out: they run UMAP again,
which is slow for small corpora and adds nothing the similarity heatmap does not show.
"""

from __future__ import annotations

import html
import math
import textwrap

import pandas as pd

from ..log import get_logger

log = get_logger(__name__)

PAGE_QUOTES = 2          # representative quotes per topic on the page (as in the report's table)
BAR_TERMS = 8            # terms per bar chart
BAR_COLUMNS = 3
BAR_ROW_PX = 250         # height of one row of bar charts
BAR_TITLE_GAP_PX = 100   # room above each chart for a two-line title
TITLE_WIDTH = 34         # characters per title line
HEAT_ROW_PX = 26
COLOUR = "#4e79a7"

CSS = """
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;color:#222;
margin:0;background:#fafafa;line-height:1.45}
main{max-width:1150px;margin:0 auto;padding:1.5rem 2rem 3rem;background:#fff}
h1{font-size:1.6rem;margin:0 0 .3rem}h2{font-size:1.2rem;margin:2rem 0 .4rem;border-bottom:1px solid #ddd;
padding-bottom:.2rem}
p.note{color:#555;font-size:.9rem;margin:.2rem 0 .8rem}
nav a{margin-right:1rem;font-size:.9rem;color:#2a5d9f}
table.topics{border-collapse:collapse;width:100%;font-size:.88rem}
table.topics th,table.topics td{border-top:1px solid #e3e3e3;padding:.45rem .5rem;vertical-align:top;text-align:left}
table.topics th{background:#f3f5f8;font-weight:600}
td.num{text-align:right;white-space:nowrap}
td.label{font-weight:600;min-width:9rem}
td.terms{color:#555;max-width:14rem}
blockquote{margin:0 0 .45rem;padding:.1rem .6rem;border-left:3px solid #9fb7d6;background:#f7f9fc}
blockquote cite{display:block;color:#777;font-size:.8rem;font-style:normal}
.figure{margin:.3rem 0 1rem}
"""


def _wrap(text: str, width: int = TITLE_WIDTH, lines: int = 2) -> str:
    parts = textwrap.wrap(text, width) or [""]
    if len(parts) > lines:
        parts = parts[:lines]
        parts[-1] = parts[-1][: width - 1].rstrip() + "…"
    return "<br>".join(html.escape(p) for p in parts)


def _topic_name(row) -> str:
    return f"{int(row.topic)}: {row.label}"


def _topics_table(info: pd.DataFrame) -> str:
    rows = []
    for r in info.itertuples(index=False):
        sources = [s.strip() for s in str(getattr(r, "quote_sources", "") or "").split(";")]
        quotes = []
        for i in range(PAGE_QUOTES):
            text = getattr(r, f"quote_{i + 1}", "")
            if isinstance(text, str) and text.strip():
                src = sources[i] if i < len(sources) else ""
                quotes.append(f"<blockquote>“{html.escape(text)}”<cite>{html.escape(src)}</cite></blockquote>")
        rows.append(f"<tr><td class=\"num\">{int(r.topic)}</td><td class=\"label\">{html.escape(str(r.label))}</td>"
                    f"<td class=\"num\">{int(r.size)}</td><td class=\"num\">{int(r.n_docs)}</td>"
                    f"<td class=\"terms\">{html.escape(str(r.top_terms))}</td><td>{''.join(quotes) or '–'}</td></tr>")
    head = ("<tr><th>Topic</th><th>Label</th><th>Units</th><th>Documents</th><th>Top terms</th>"
            f"<th>{PAGE_QUOTES} representative quotes (document:turn)</th></tr>")
    return f"<table class=\"topics\"><thead>{head}</thead><tbody>{''.join(rows)}</tbody></table>"


def _term_bars(info: pd.DataFrame, weights: pd.DataFrame):
    import plotly.graph_objects as go
    from plotly.subplots import make_subplots

    topics = info["topic"].tolist()
    n_rows = math.ceil(len(topics) / BAR_COLUMNS)
    height = n_rows * BAR_ROW_PX + 40
    fig = make_subplots(rows=n_rows, cols=BAR_COLUMNS, horizontal_spacing=0.2,
                        vertical_spacing=min(0.3, BAR_TITLE_GAP_PX / height) if n_rows > 1 else 0.0,
                        subplot_titles=[_wrap(_topic_name(r)) for r in info.itertuples(index=False)])
    for i, topic in enumerate(topics):
        w = weights[weights["topic"] == topic].sort_values("rank").head(BAR_TERMS)
        fig.add_trace(go.Bar(x=w["weight"].round(4)[::-1].tolist(), y=w["term"][::-1].tolist(), orientation="h",
                             marker_color=COLOUR, hovertemplate="%{y}: %{x}<extra></extra>", showlegend=False),
                      row=i // BAR_COLUMNS + 1, col=i % BAR_COLUMNS + 1)
    fig.update_annotations(font_size=12, yanchor="bottom")
    fig.update_xaxes(showticklabels=False, showgrid=False)
    fig.update_yaxes(tickfont_size=11, automargin=True)
    fig.update_layout(height=height, margin=dict(l=10, r=10, t=60, b=10), template="simple_white",
                      bargap=0.25)
    return fig


def _share_heatmap(shares: pd.DataFrame, by: str, info: pd.DataFrame, order):
    import plotly.graph_objects as go

    groups = [g for g in dict.fromkeys(shares[by].astype(str)) if g != ""]
    if not groups:
        return None
    known = [g for g in (order or []) if g in groups]
    groups = known + sorted(g for g in groups if g not in known)
    names = {int(r.topic): _topic_name(r) for r in info.itertuples(index=False)}
    table = shares.assign(**{by: shares[by].astype(str)}).pivot_table(
        index="topic", columns=by, values="share", aggfunc="sum", fill_value=0.0)
    rows = [t for t in sorted(table.index) if t >= 0] + ([-1] if -1 in table.index and table.loc[-1].sum() > 0 else [])
    table = table.reindex(index=rows, columns=groups, fill_value=0.0)
    labels = [names.get(int(t), "outliers (-1)" if t == -1 else str(t)) for t in rows]
    labels = [lab if len(lab) <= 48 else lab[:47] + "…" for lab in labels]
    z = table.to_numpy().round(4)
    fig = go.Figure(go.Heatmap(z=z.tolist(), x=groups, y=labels, colorscale="Blues", zmin=0, zmax=max(0.01, z.max()),
                               text=[[f"{v:.0%}" if v >= 0.005 else "" for v in row] for row in z],
                               texttemplate="%{text}", textfont_size=10, colorbar=dict(title="share", tickformat=".0%"),
                               hovertemplate="%{y}<br>" + by + " %{x}: %{z:.1%}<extra></extra>"))
    fig.update_yaxes(autorange="reversed", automargin=True, tickfont_size=11)
    fig.update_xaxes(automargin=True)
    fig.update_layout(height=120 + HEAT_ROW_PX * len(rows), margin=dict(l=10, r=10, t=40, b=10),
                      template="simple_white")
    return fig


def _bertopic_figure(model, method: str):
    fig = getattr(model, method)(custom_labels=True)
    fig.update_layout(title_text="")  # the section heading names the figure
    if method == "visualize_heatmap":
        # full labels on the rows; topic numbers under the columns (rotated labels ran into the colour bar)
        cols = list(fig.data[0].x)
        fig.update_xaxes(tickmode="array", tickvals=cols, ticktext=[str(c).split(":")[0] for c in cols],
                         tickangle=0, title_text="topic")
    return fig


def _sections(result, session_order, timepoint_order) -> list[tuple[str, str, str, object]]:
    """``(id, heading, explanation, figure or html)`` for each section that has content."""
    info = result.topic_info[result.topic_info["topic"] >= 0]
    out = [("topics", "Topics and what they sound like",
            f"Each topic with its label (three of its top terms), size, top terms and the {PAGE_QUOTES} units most "
            "typical of it (closest to the topic's centre).", _topics_table(info))]
    if len(result.term_weights):
        out.append(("terms", "Top terms per topic",
                    "Class-based TF-IDF weight of each topic's top terms (words every conversation has are left out).",
                    lambda: _term_bars(info, result.term_weights)))
    by_session = getattr(result, "by_session", None)
    for key, shares, by, order, what in (("sessions", by_session, "session", session_order, "session"),
                                         ("timepoints", result.by_timepoint, "timepoint", timepoint_order,
                                          "time point")):
        if shares is None or not len(shares) or not shares[by].astype(str).ne("").any():
            continue
        out.append((key, f"Topics by {what}",
                    f"Share of each {what}'s words in turns assigned to each topic (columns sum to 100%, outliers "
                    "included).", lambda s=shares, b=by, o=order: _share_heatmap(s, b, info, o)))
    if len(info) >= 2:
        out.append(("hierarchy", "Topic hierarchy", "How the topics merge (BERTopic, c-TF-IDF distances).",
                    lambda: _bertopic_figure(result.model, "visualize_hierarchy")))
        out.append(("similarity", "Topic similarity", "Cosine similarity of the topics' embeddings (BERTopic).",
                    lambda: _bertopic_figure(result.model, "visualize_heatmap")))
    return out


def _summary(result) -> str:
    p = result.params
    n_topics = int((result.topic_info["topic"] >= 0).sum())
    n_out = int(result.units["topic"].eq(-1).sum()) if len(result.units) else 0
    if p.get("n_topics") == "auto":
        count = f"count chosen by silhouette, at most {p.get('max_topics')}"
        if p.get("auto_capped"):
            count += " (still rising at the cap: pass --max-topics or --n-topics for more)"
    else:
        count = f"count fixed at {p.get('n_topics')}"
    who = f"{p.get('role')} turns" if p.get("role") else "all roles"
    return (f"{n_topics} topics over {p.get('n_units', len(result.units))} {p.get('unit')} units of {who} "
            f"({n_out} outliers or too short to cluster); {count}; embedding: {p.get('embedding')}; "
            f"clustering: {p.get('method')}; seed: {p.get('seed')}.")


def topic_figures_html(result, title: str = "Topics", session_order=None, timepoint_order=None) -> str | None:
    """The page, or None when there are no topics.  *session_order* / *timepoint_order*: the
    study's order of sessions and time points (others follow, sorted)."""
    if int((result.topic_info["topic"] >= 0).sum()) < 1:
        return None
    parts, nav, first = [], [], True
    for key, heading, explanation, content in _sections(result, session_order, timepoint_order):
        if callable(content):
            try:
                fig = content()
            except Exception as exc:  # noqa: BLE001 - one failing figure must not lose the others
                log.warning(f"topic figure {key!r} skipped: {type(exc).__name__}: {exc}")
                continue
            if fig is None:
                continue
            plot = fig.to_html(full_html=False, include_plotlyjs=first, div_id=f"topics-{key}",
                               config={"displaylogo": False})
            body = f"<div class=\"figure\">{plot}</div>"
            first = False
        else:
            body = content
        nav.append(f"<a href=\"#{key}\">{html.escape(heading)}</a>")
        parts.append(f"<section id=\"{key}\"><h2>{html.escape(heading)}</h2>\n<p class=\"note\">"
                     f"{html.escape(explanation)}</p>\n{body}\n</section>")
    return ("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
            f"<title>{html.escape(title)}</title><style>{CSS}</style></head>\n<body><main>\n"
            f"<h1>{html.escape(title)}</h1>\n<p class=\"note\">{html.escape(_summary(result))}</p>\n"
            f"<nav>{''.join(nav)}</nav>\n" + "\n".join(parts) + "\n</main></body></html>\n")
