"""The report's figures (matplotlib), each returned as PNG and SVG bytes with alt text.

Figures are drawn on ``matplotlib.figure.Figure`` objects with an Agg canvas, never
through pyplot, so no global backend is switched and no figure stays open.  One style
(``STYLE``) is used for every figure, and the saved files carry no date and a fixed
SVG hash salt, so the same run gives byte-identical figures.
"""

from __future__ import annotations

import io
import re

import numpy as np
import pandas as pd

from . import derived
from .design import Design
from .formatting import alliance_label, bounded, feature_label, outcome_label
from .inputs import RunData, natural_key
from .model import Missing, ReportFigure

STYLE = {
    "font.size": 8, "axes.titlesize": 9, "axes.labelsize": 8, "xtick.labelsize": 7, "ytick.labelsize": 7,
    "legend.fontsize": 7, "axes.spines.top": False, "axes.spines.right": False, "svg.hashsalt": "qualalliance",
    "svg.fonttype": "none", "figure.dpi": 100, "savefig.dpi": 150, "font.family": "DejaVu Sans",
    "axes.grid": False, "image.cmap": "YlGnBu",
}
GROUP_COLORS = ("#1f77b4", "#d95f02")  # group 1 (e.g. responders), group 0
NEUTRAL = "#8c8c8c"


def _figure(width: float, height: float):
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    fig = Figure(figsize=(width, height), layout="constrained")
    FigureCanvasAgg(fig)
    return fig


def _finish(fig, key: str, title: str, caption: str, alt: str, run: RunData) -> ReportFigure:
    if run.synthetic:
        fig.suptitle("SYNTHETIC DATA - not clinical findings", x=0.995, ha="right", fontsize=6.5,
                     color="#b00020")
    # lay out once, then save twice without re-running the (slow) constrained layout
    fig.draw_without_rendering()
    fig.set_layout_engine("none")
    png, svg = io.BytesIO(), io.BytesIO()
    # "tight": long row labels (a code name) are never cut at the figure's edge
    fig.savefig(png, format="png", metadata={"Software": None}, bbox_inches="tight", pad_inches=0.05)
    fig.savefig(svg, format="svg", metadata={"Date": None, "Creator": None}, bbox_inches="tight", pad_inches=0.05)
    fig.clear()
    return ReportFigure(key=key, title=title, caption=caption, alt=alt, png=png.getvalue(),
                        svg=stable_svg_ids(svg.getvalue()))


# matplotlib names a clip path "p" + 10 hex digits of a hash of its key: the clip
# rectangle's floats at full precision (which can differ in the last bit between two
# renders of the same figure, seen in CI) or, for a clip by a path, the path object's
# identity. Renumbered in order of first use, the same drawing gives the same file.
_CLIP_ID = re.compile(rb'(?<=url\(#)p[0-9a-f]{10}(?=\))|(?<=id=")p[0-9a-f]{10}(?=")')


def stable_svg_ids(svg: bytes) -> bytes:
    """*svg* with matplotlib's clip-path ids replaced by ``clip1``, ``clip2`` ... in order of first use."""
    names: dict[bytes, bytes] = {}
    return _CLIP_ID.sub(lambda m: names.setdefault(m.group(0), b"clip%d" % (len(names) + 1)), svg)


def _styled(fn):
    """Run a figure function inside the report style (rc_context is restored afterwards)."""
    def wrapper(run: RunData, design: Design) -> ReportFigure:
        import matplotlib

        with matplotlib.rc_context(STYLE):
            return fn(run, design)
    wrapper.__name__ = fn.__name__
    wrapper.__doc__ = fn.__doc__
    return wrapper


def _improvement(run: RunData, design: Design) -> pd.Series:
    at = run.get("analysis_table")
    if at is None or not design.primary or not design.endpoint:
        return pd.Series(dtype=float)
    col = design.improvement_var(design.endpoint)
    if col not in at.columns:
        return pd.Series(dtype=float)
    return pd.Series(pd.to_numeric(at[col], errors="coerce").to_numpy(), index=at["participant_id"].astype(str))


# --------------------------------------------------------------------------- theme heatmap
@_styled
def theme_heatmap(run: RunData, design: Design) -> ReportFigure:
    """Participant x code: affirmed spans per 1,000 words (transcripts and narratives)."""
    rates = derived.code_rates(run, ["participant_id"])
    rates = rates[rates.index != ""]
    rates = rates.loc[:, rates.sum(axis=0) > 0]
    if rates.empty:
        raise Missing("no coded spans in transcripts or narratives")
    imp = _improvement(run, design)
    order_note = "participants in id order"
    ids = sorted(rates.index, key=natural_key)
    if imp.notna().any():
        ids = sorted(ids, key=lambda p: (-(imp.get(p, np.nan)) if pd.notna(imp.get(p, np.nan)) else np.inf,
                                         natural_key(p)))
        order_note = (f"participants sorted by {run.measure_label(design.primary)} improvement at "
                      f"{design.endpoint}, most improved first")
    rates = rates.loc[ids]
    labels = [run.code_label(c) for c in rates.columns]
    n_p, n_c = rates.shape
    fig = _figure(max(6.0, 0.32 * n_c + 2.4), min(14.0, max(3.0, 0.2 * n_p + 2.0)))
    ax = fig.add_subplot()
    im = ax.imshow(rates.to_numpy(dtype=float), aspect="auto", interpolation="nearest")
    ax.set_xticks(range(n_c), labels, rotation=55, ha="right", rotation_mode="anchor")
    if n_p <= 80:
        ylabels = [f"{p} (+{imp[p]:.0f})" if p in imp.index and pd.notna(imp[p]) and imp[p] >= 0 else
                   (f"{p} ({imp[p]:.0f})" if p in imp.index and pd.notna(imp[p]) else p) for p in ids]
        ax.set_yticks(range(n_p), ylabels)
    ax.set_ylabel("Participant" + (" (improvement)" if imp.notna().any() else ""))
    ax.set_title("Theme prevalence: affirmed spans per 1,000 words")
    fig.colorbar(im, ax=ax, shrink=0.8, label="spans per 1,000 words")
    flat = rates.stack()
    top = flat.idxmax()
    per_code = rates.mean(axis=0).sort_values(ascending=False)
    alt = (f"Heatmap of {n_p} participants (rows, {order_note}) by {n_c} codes (columns); colour is the rate of "
           f"affirmed coded spans per 1,000 words. The most frequent codes on average are "
           f"{', '.join(run.code_label(c) for c in per_code.index[:3])}; the highest single rate is "
           f"{run.code_label(top[1])} for {top[0]} ({flat.max():.1f} per 1,000 words).")
    caption = (f"Theme prevalence by participant and code: affirmed coded spans (neither denied nor opposite-pole) "
               f"per 1,000 words of "
               f"each participant's transcripts and narrative; {order_note}. Case histories are left out because "
               "clinicians write them knowing the outcome.")
    return _finish(fig, "theme_heatmap", "Theme prevalence heatmap", caption, alt, run)


# --------------------------------------------------------------------------- code frequencies
def _annotated(ax, data: pd.DataFrame, xlabels, title, vmax: float):
    im = ax.imshow(data.to_numpy(dtype=float), aspect="auto", interpolation="nearest", vmin=0, vmax=vmax)
    ax.set_xticks(range(data.shape[1]), xlabels, rotation=40, ha="right", rotation_mode="anchor")
    ax.set_title(title)
    if data.size <= 300:
        for (i, j), v in np.ndenumerate(data.to_numpy(dtype=float)):
            if np.isfinite(v):
                ax.text(j, i, f"{v:.1f}", ha="center", va="center", fontsize=5.5,
                        color="white" if vmax and v > 0.6 * vmax else "black")
    return im


SOURCE_NAMES = {"narrative": "narratives", "case_history": "case histories"}


def _frequency_panels(run: RunData) -> list[tuple[str, pd.DataFrame, list[str]]]:
    """(title, rates code x column, column labels) for each panel that has content.

    Each panel's columns are one kind of thing: speaker roles in the transcripts,
    transcript sessions in study order, or the kinds of written document (narratives and
    case histories, which have no session and one author).
    """
    panels = []
    by_role = derived.code_rates(run, ["role"], source_types=("transcript",))
    roles = [r for r in ("participant", "therapist", "other") if r in by_role.index] + \
        sorted(r for r in by_role.index if r not in ("participant", "therapist", "other", ""))
    if roles:
        panels.append(("Transcripts, by speaker role", by_role.loc[roles].T, roles))
    by_session = derived.code_rates(run, ["session"], source_types=("transcript",))
    sessions = [x for x in run.session_order if x in by_session.index]
    sessions += sorted((x for x in by_session.index if x not in sessions and x != ""), key=natural_key)
    if len(sessions) > 1:
        panels.append(("Transcripts, by session", by_session.loc[sessions].T, sessions))
    written = [k for k in SOURCE_NAMES if k in set(derived.segments(run)["source_type"])]
    if written:
        by_source = derived.code_rates(run, ["source_type"], source_types=tuple(written))
        kinds = [k for k in written if k in by_source.index]
        if kinds:
            panels.append(("Written accounts, by kind", by_source.loc[kinds].T, [SOURCE_NAMES[k] for k in kinds]))
    return panels


@_styled
def code_frequencies(run: RunData, design: Design) -> ReportFigure:
    """Code x speaker role, code x session (transcripts) and code x kind of written account."""
    panels = _frequency_panels(run)
    codes = sorted({c for _, data, _ in panels for c in data.index if data.loc[c].sum() > 0},
                   key=derived.code_ids(run).index)
    panels = [(t, data.loc[codes], cols) for t, data, cols in panels if len(codes)]
    if not codes or not panels:
        raise Missing("no coded spans")
    labels = [run.code_label(c) for c in codes]
    widths = [max(len(cols), 1.5) for _, _, cols in panels]
    fig = _figure(min(13.0, 3.2 + 0.55 * sum(len(cols) for _, _, cols in panels)), max(3.0, 0.24 * len(codes) + 1.6))
    gs = fig.add_gridspec(1, len(panels), width_ratios=widths)
    axes, alt = [], []
    vmax = max(float(np.nanmax(data.to_numpy(dtype=float))) for _, data, _ in panels) or 1.0
    for i, (title, data, cols) in enumerate(panels):
        ax = fig.add_subplot(gs[i], sharey=axes[0] if axes else None)
        im = _annotated(ax, data, cols, title, vmax)
        if i == 0:
            ax.set_yticks(range(len(codes)), labels)
        else:
            ax.tick_params(labelleft=False)
        axes.append(ax)
        top = {col: run.code_label(data[c].idxmax()) for c, col in zip(data.columns, cols) if data[c].max() > 0}
        alt.append(f"{title} ({', '.join(cols)}): the most frequent code is "
                   + "; ".join(f"{k}: {v}" for k, v in top.items()))
    fig.colorbar(im, ax=axes, shrink=0.8, label="spans per 1,000 words")
    alt_text = (f"{len(panels)} heatmaps of {len(codes)} codes (rows), affirmed spans per 1,000 words. "
                + ". ".join(alt) + ".")
    caption = ("Code frequencies: affirmed coded spans (neither denied nor opposite-pole) per 1,000 words, "
               "in each panel by one kind of column only - the transcripts by speaker role, the transcripts by "
               "session (study order), and the written accounts by kind (narratives are the participants' own, "
               "case histories the clinicians'). Numbers in the cells are the rates; one colour scale.")
    return _finish(fig, "code_frequencies", "Code frequencies by speaker, session and kind of account", caption,
                   alt_text, run)


# --------------------------------------------------------------------------- alliance trajectory
# the headline (the participant's own alliance language) on top, the therapist's responsiveness below
TRAJECTORY_SCORES = ("participant_alliance_per_1k", "therapist_mi_responsiveness")


def _trajectory_panel(ax, wide: pd.DataFrame, groups: pd.Series, names: tuple[str, str], ylabel: str) -> list[str]:
    """One score across sessions: a thin line per participant, thick group means; returns alt-text parts."""
    x = np.arange(wide.shape[1])
    for pid in sorted(wide.index, key=natural_key):
        g = groups.get(pid, np.nan)
        color = NEUTRAL if pd.isna(g) else GROUP_COLORS[0 if g == 1 else 1]
        ax.plot(x, wide.loc[pid].to_numpy(dtype=float), color=color, alpha=0.35, lw=0.8)
    summary = []
    if groups.notna().any():
        for val, name, color in ((1, names[0], GROUP_COLORS[0]), (0, names[1], GROUP_COLORS[1])):
            ids = [p for p in wide.index if groups.get(p, np.nan) == val]
            if ids:
                m = wide.loc[ids].mean(axis=0).to_numpy(dtype=float)
                ax.plot(x, m, color=color, lw=2.4, marker="o", ms=4, label=f"{name} (n = {len(ids)}), mean")
                summary.append(f"{name} mean from {m[0]:.2f} to {m[-1]:.2f}")
    else:
        m = wide.mean(axis=0).to_numpy(dtype=float)
        ax.plot(x, m, color="black", lw=2.4, marker="o", ms=4, label=f"mean (n = {len(wide)})")
        summary.append(f"mean from {m[0]:.2f} to {m[-1]:.2f}")
    if wide.shape[1] > 1:
        ax.set_xlim(-0.2, wide.shape[1] - 0.8)
    ax.set_ylabel(ylabel)
    return summary


@_styled
def alliance_trajectory(run: RunData, design: Design) -> ReportFigure:
    al = run.get("alliance")
    if al is None:
        raise Missing("needs alliance/alliance.parquet (alliance stage absent)")
    scores = [c for c in TRAJECTORY_SCORES if c in al.columns]
    if not scores:
        raise Missing("the alliance table has neither participant alliance language nor therapist "
                      "responsiveness")
    al = al[al["role"].astype(str) == "session"]
    al = al.assign(session=al["session"].astype(str), participant_id=al["participant_id"].astype(str))
    order = [s for s in run.session_order if s in set(al["session"])]
    order += sorted(set(al["session"]) - set(order), key=natural_key)
    wides = {c: al.pivot_table(index="participant_id", columns="session", values=c, aggfunc="mean")
             .reindex(columns=order) for c in scores}
    wides = {c: w for c, w in wides.items() if not w.empty and w.notna().any().any()}
    if not wides or not order:
        raise Missing("no session-level alliance scores")
    groups = derived.outcome_groups(run, design.group_var)
    names = derived.group_names(run, design.group_var)
    fig = _figure(6.4, 0.6 + 2.5 * len(wides))
    axes = fig.subplots(len(wides), 1, squeeze=False, sharex=True)[:, 0]
    alt_parts = []
    for ax, (col, wide) in zip(axes, wides.items()):
        label = alliance_label(col)
        summary = _trajectory_panel(ax, wide, groups, names, label.replace(" (", "\n("))
        ax.set_title(label)
        alt_parts.append(f"{label}: " + "; ".join(summary))
    axes[-1].set_xticks(np.arange(len(order)), order, rotation=20, ha="right")
    axes[-1].set_xlabel("session (study order)")
    axes[0].legend(loc="best", frameon=False)
    group_note = (f"Thin lines: participants, coloured by {outcome_label(design.group_var, run)}."
                  if groups.notna().any() else "Thin lines: participants.")
    alt = (f"Line charts across {len(order)} sessions ({', '.join(order)}) for {len(wides)} alliance score(s), "
           f"one line per participant ({max(len(w) for w in wides.values())}). " + ". ".join(alt_parts) + ".")
    caption = (f"Alliance language of each transcript across sessions: the participant's own alliance language "
               f"(the alliance headline) and the therapist's MI-consistent responsiveness, each in its own panel and "
               f"unit. {group_note} Thick lines are group means. Language markers, not questionnaire scores.")
    return _finish(fig, "alliance_trajectory", "Alliance language across sessions", caption, alt, run)


# --------------------------------------------------------------------------- alliance vs outcome
def fit_band(x: np.ndarray, y: np.ndarray, grid: np.ndarray, level: float = 0.95):
    """OLS line y = a + b x and the pointwise CI of the fitted mean over *grid*."""
    from scipy import stats as sps

    n = len(x)
    b, a = np.polyfit(x, y, 1)
    resid = y - (a + b * x)
    s = np.sqrt(resid @ resid / (n - 2))
    sxx = ((x - x.mean()) ** 2).sum()
    t = sps.t.ppf(0.5 + level / 2, n - 2)
    half = t * s * np.sqrt(1.0 / n + (grid - x.mean()) ** 2 / sxx)
    fit = a + b * grid
    return fit, fit - half, fit + half


@_styled
def alliance_outcome(run: RunData, design: Design) -> ReportFigure:
    at = run.get("analysis_table")
    if at is None:
        raise Missing("needs link/analysis_table.csv (link stage absent)")
    xs = design.alliance_vars
    tps = [t for t in design.follow_ups if design.improvement_var(t) in at.columns][:6]
    if not xs or not tps:
        raise Missing("no alliance variable or no improvement scores in the analysis table")
    fig = _figure(min(13.0, 2.3 * len(tps) + 0.8), 2.3 * len(xs) + 0.6)
    axes = fig.subplots(len(xs), len(tps), squeeze=False, sharey=True)
    summary = []
    for i, xv in enumerate(xs):
        for j, tp in enumerate(tps):
            ax = axes[i][j]
            yv = design.improvement_var(tp)
            d = pd.DataFrame({"x": pd.to_numeric(at[xv], errors="coerce"),
                              "y": pd.to_numeric(at[yv], errors="coerce")}).dropna()
            ax.scatter(d["x"], d["y"], s=12, color=GROUP_COLORS[0], alpha=0.8, edgecolor="white", lw=0.4)
            title = tp
            if len(d) >= 4 and d["x"].nunique() > 1:
                grid = np.linspace(d["x"].min(), d["x"].max(), 60)
                fit, lo, hi = fit_band(d["x"].to_numpy(float), d["y"].to_numpy(float), grid)
                ax.fill_between(grid, lo, hi, color=GROUP_COLORS[0], alpha=0.15, lw=0)
                ax.plot(grid, fit, color=GROUP_COLORS[0], lw=1.2)
                r = float(np.corrcoef(d["x"], d["y"])[0, 1])
                title = f"{tp}: r = {bounded(r)}, n = {len(d)}"
                summary.append(f"{feature_label(xv, run)} with improvement at {tp}: r = {bounded(r)} (n = {len(d)})")
            ax.set_title(title)
            if j == 0:
                ax.set_ylabel(f"{run.measure_label(design.primary)} improvement")
            if j == len(tps) // 2:  # one x label per row (the row's alliance variable): no overlapping labels
                ax.set_xlabel(feature_label(xv, run), fontsize=7.5)
    alt = (f"Scatter plots, {len(xs)} row(s) by {len(tps)} follow-ups, of alliance ("
           + "; ".join(feature_label(x, run) for x in xs) + f") against {run.measure_label(design.primary)} "
           f"improvement from baseline, each with a least-squares line and 95% confidence band. "
           + "; ".join(summary) + ".")
    caption = (f"Alliance and outcome change: each point is a participant; y is {run.measure_label(design.primary)} "
               "improvement from baseline (positive = better) at each follow-up, x the alliance variable "
               "(rows). Lines: ordinary least squares fit with the 95% confidence band of the fitted mean; r: "
               "Pearson correlation of the points shown (the same as link/statistics.csv).")
    return _finish(fig, "alliance_outcome", "Alliance vs outcome change", caption, alt, run)


# --------------------------------------------------------------------------- topic shares
def _stack(ax, shares: pd.DataFrame, groups: list[str], topics: list, colors: dict, labels: dict, title: str):
    left = np.zeros(len(groups))
    for tp in topics:
        vals = shares.reindex(index=groups)[tp].fillna(0).to_numpy(dtype=float) if tp in shares.columns \
            else np.zeros(len(groups))
        ax.barh(range(len(groups)), vals, left=left, color=colors[tp], label=labels[tp], height=0.7,
                edgecolor="white", lw=0.3)
        left += vals
    ax.set_yticks(range(len(groups)), groups)
    ax.invert_yaxis()
    ax.set_xlim(0, 1)
    ax.set_xlabel("share of words")
    ax.set_title(title)


def _topic_words(run: RunData) -> pd.DataFrame | None:
    """Words per assigned unit: ``topic`` (-1 = outlier) with the turn's (or document's) session,
    source type, role and words, from topics.csv and the segments."""
    topics = run.get("topics")
    if topics is None or run.get("segments") is None:
        return None
    seg = derived.segments(run)[["doc_id", "turn", "session", "source_type", "role", "n_words"]]
    tp = topics.assign(doc_id=topics["doc_id"].astype(str), topic=pd.to_numeric(topics["topic"], errors="coerce"),
                       turn=pd.to_numeric(topics["turn"], errors="coerce"))
    by_turn = tp[tp["turn"].notna()].astype({"turn": "int64"}).merge(seg, on=["doc_id", "turn"], how="inner")
    docs = seg.groupby("doc_id", sort=False).agg(session=("session", "first"), source_type=("source_type", "first"),
                                                  n_words=("n_words", "sum")).reset_index().assign(role="all")
    by_doc = tp[tp["turn"].isna()].drop(columns="turn").merge(docs, on="doc_id", how="inner")
    return pd.concat([by_turn, by_doc], ignore_index=True)


def _shares(words: pd.DataFrame, by: str, keep: list[int]) -> pd.DataFrame:
    """group x bucket share of words: the kept topics, 'other' topics and 'outliers' (-1)."""
    bucket = words["topic"].map(lambda t: int(t) if t in keep else ("outliers" if t < 0 else "other"))
    w = words.assign(bucket=bucket).groupby([by, "bucket"])["n_words"].sum().unstack("bucket", fill_value=0)
    return w.div(w.sum(axis=1).replace(0, np.nan), axis=0).fillna(0.0)


@_styled
def topic_shares(run: RunData, design: Design) -> ReportFigure:
    words = _topic_words(run)
    if words is None or words.empty:
        raise Missing("needs topics/topics.csv and ingest/segments (topics stage absent)")
    info = run.get("topic_info")
    info = info if info is not None else pd.DataFrame({"topic": [], "size": [], "label": []})
    info = info.assign(topic=pd.to_numeric(info["topic"], errors="coerce"))
    top = info[info["topic"] >= 0].sort_values(["size", "topic"], ascending=[False, True], kind="mergesort")
    keep = [int(t) for t in top["topic"].head(8)]
    label_of = {int(t): str(lab) for t, lab in zip(info["topic"], info.get("label", info["topic"]))}
    # each panel's bars are one kind of group, and a panel needs two bars to compare
    panels = []
    tr = words[words["source_type"] == "transcript"]
    sessions = [x for x in run.session_order if x in set(tr["session"])]
    sessions += sorted(set(tr["session"]) - set(sessions) - {""}, key=natural_key)
    if len(sessions) > 1:
        panels.append((_shares(tr, "session", keep), sessions, "Transcripts, by session"))
    roles = sorted(set(tr["role"]) - {"", "all"}, key=lambda r: ({"participant": 0, "therapist": 1}.get(r, 2), r))
    if len(roles) > 1:
        panels.append((_shares(tr, "role", keep), roles, "Transcripts, by speaker role"))
    wr = words[words["source_type"].isin(list(SOURCE_NAMES))].assign(
        kind=lambda d: d["source_type"].map(SOURCE_NAMES))
    kinds = [SOURCE_NAMES[k] for k in SOURCE_NAMES if k in set(words["source_type"])]
    if len(kinds) > 1:
        panels.append((_shares(wr, "kind", keep), kinds, "Written accounts, by kind"))
    if not panels:
        raise Missing("topics cover a single group only (one session, role and kind of document): nothing to "
                      "compare")
    # the legend lists only what is drawn: a bucket with no words in any bar is left out
    drawn = set().union(*({b for b in s.columns if s.reindex(index=g)[b].fillna(0).sum() > 0}
                          for s, g, _ in panels))
    buckets = [b for b in keep + ["other", "outliers"] if b in drawn]
    palette = ["#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1", "#ff9da7"]
    colors = {t: palette[i % len(palette)] for i, t in enumerate(keep)}
    colors.update({"other": "#c7c7c7", "outliers": "#7f7f7f"})
    labels = {t: f"{t}: {label_of.get(t, '')[:32]}" for t in keep}
    labels.update({"other": "other topics", "outliers": "outliers (-1)"})
    heights = [max(1, len(p[1])) for p in panels]
    fig = _figure(7.2, 1.3 + 0.28 * sum(heights) + 0.5 * len(panels) + 0.6)
    gs = fig.add_gridspec(len(panels), 1, height_ratios=heights)
    for i, (s, groups, title) in enumerate(panels):
        ax = fig.add_subplot(gs[i])
        _stack(ax, s, groups, buckets, colors, labels, title)
    fig.legend(*ax.get_legend_handles_labels(), loc="outside lower center", ncol=3, frameon=False)
    main = []
    for s, groups, title in panels:
        for g in groups:
            row = s.loc[g].drop(["other", "outliers"], errors="ignore") if g in s.index else pd.Series(dtype=float)
            if len(row) and row.max() > 0:
                main.append(f"{g}: topic {row.idxmax()} ({row.max():.0%})")
    alt = (f"Stacked bar charts of topic shares (share of words), {'; '.join(t for _, _, t in panels)}, for the "
           f"{len(keep)} largest topics" + (", other topics" if "other" in buckets else "")
           + (" and outliers" if "outliers" in buckets else "") + ". Largest topic per bar: " + "; ".join(main) + ".")
    caption = ("Topic shares: the share of each group's words in turns assigned to each of the largest topics "
               "(BERTopic); smaller topics are pooled as 'other topics'"
               + ("" if "outliers" in buckets else "; no unit was an outlier") + ". Each panel compares one kind "
               "of group; a panel with a single group is left out. Labels are the topics' top terms.")
    title = "Topic shares by " + " and ".join(t.split(", by ")[1] for _, _, t in panels)
    return _finish(fig, "topic_shares", title, caption, alt, run)


FIGURE_BUILDERS = [theme_heatmap, code_frequencies, alliance_trajectory, alliance_outcome, topic_shares]


def build_figures(run: RunData, design: Design) -> tuple[list[ReportFigure], dict[str, str]]:
    figures, omitted = [], {}
    for builder in FIGURE_BUILDERS:
        try:
            figures.append(builder(run, design))
        except Missing as exc:
            omitted[builder.__name__] = str(exc)
    for i, f in enumerate(figures, 1):
        f.number = i
    return figures, omitted
