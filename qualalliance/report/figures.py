"""The report's figures (matplotlib), each returned as PNG and SVG bytes with alt text.

Figures are drawn on ``matplotlib.figure.Figure`` objects with an Agg canvas, never
through pyplot, so no global backend is switched and no figure stays open.  One style
(``STYLE``) is used for every figure, and the saved files carry no date and a fixed
SVG hash salt, so the same run gives byte-identical figures.
"""

from __future__ import annotations

import io

import numpy as np
import pandas as pd

from . import derived
from .design import Design
from .formatting import bounded, feature_label, outcome_label
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
    fig.savefig(png, format="png", metadata={"Software": None})
    fig.savefig(svg, format="svg", metadata={"Date": None, "Creator": None})
    fig.clear()
    return ReportFigure(key=key, title=title, caption=caption, alt=alt, png=png.getvalue(), svg=svg.getvalue())


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
    caption = (f"Theme prevalence by participant and code: affirmed (not negated) coded spans per 1,000 words of "
               f"each participant's transcripts and narrative; {order_note}. Case histories are left out because "
               "clinicians write them knowing the outcome.")
    return _finish(fig, "theme_heatmap", "Theme prevalence heatmap", caption, alt, run)


# --------------------------------------------------------------------------- code frequencies
def _annotated(ax, data: pd.DataFrame, xlabels, title):
    im = ax.imshow(data.to_numpy(dtype=float), aspect="auto", interpolation="nearest")
    ax.set_xticks(range(data.shape[1]), xlabels, rotation=40, ha="right", rotation_mode="anchor")
    ax.set_title(title)
    if data.size <= 300:
        vmax = np.nanmax(data.to_numpy(dtype=float)) if data.size else 0
        for (i, j), v in np.ndenumerate(data.to_numpy(dtype=float)):
            if np.isfinite(v):
                ax.text(j, i, f"{v:.1f}", ha="center", va="center", fontsize=5.5,
                        color="white" if vmax and v > 0.6 * vmax else "black")
    return im


@_styled
def code_frequencies(run: RunData, design: Design) -> ReportFigure:
    """Code x role and code x time point: affirmed spans per 1,000 words of that role / time point."""
    by_role = derived.code_rates(run, ["role"], source_types=None)
    by_tp = derived.code_rates(run, ["timepoint"], source_types=None)
    codes = [c for c in by_role.columns if by_role[c].sum() > 0]
    if not codes:
        raise Missing("no coded spans")
    roles = [r for r in ("participant", "therapist", "other") if r in by_role.index] + \
        sorted(r for r in by_role.index if r not in ("participant", "therapist", "other", ""))
    tps = [t for t in run.timepoint_order if t in by_tp.index]
    a = by_role.loc[roles, codes].T
    b = by_tp.loc[tps, codes].T
    labels = [run.code_label(c) for c in codes]
    fig = _figure(min(13.0, 3.2 + 0.55 * (len(roles) + len(tps))), max(3.0, 0.24 * len(codes) + 1.6))
    gs = fig.add_gridspec(1, 2, width_ratios=[max(len(roles), 1.5), max(len(tps), 1.5)])
    ax1 = fig.add_subplot(gs[0])
    _annotated(ax1, a, roles, "By speaker role")
    ax1.set_yticks(range(len(codes)), labels)
    ax2 = fig.add_subplot(gs[1], sharey=ax1)
    im = _annotated(ax2, b, tps, "By time point")
    ax2.tick_params(labelleft=False)
    fig.colorbar(im, ax=[ax1, ax2], shrink=0.8, label="spans per 1,000 words")
    top_role = {r: run.code_label(a[r].idxmax()) for r in roles if a[r].max() > 0}
    top_tp = {t: run.code_label(b[t].idxmax()) for t in tps if b[t].max() > 0}
    alt = (f"Two heatmaps of {len(codes)} codes (rows). Left: rate per 1,000 words by speaker role "
           f"({', '.join(roles)}); the most frequent code is "
           + "; ".join(f"{k}: {v}" for k, v in top_role.items())
           + f". Right: rate by time point ({', '.join(tps)}); the most frequent code is "
           + "; ".join(f"{k}: {v}" for k, v in top_tp.items()) + ".")
    caption = ("Code frequencies by speaker role and by time point: affirmed coded spans per 1,000 words spoken or "
               "written by that role, or at that time point (all source types; the case histories are the "
               "'other' role and their own time point). Numbers in the cells are the rates.")
    return _finish(fig, "code_frequencies", "Code frequencies by role and time point", caption, alt, run)


# --------------------------------------------------------------------------- alliance trajectory
@_styled
def alliance_trajectory(run: RunData, design: Design) -> ReportFigure:
    al = run.get("alliance")
    if al is None:
        raise Missing("needs alliance/alliance.parquet (alliance stage absent)")
    if "alliance_index" not in al.columns:
        raise Missing("the alliance table has no alliance_index column")
    al = al[al["role"].astype(str) == "session"]
    order = [s for s in run.session_order if s in set(al["session"].astype(str))]
    wide = al.assign(session=al["session"].astype(str), participant_id=al["participant_id"].astype(str)) \
        .pivot_table(index="participant_id", columns="session", values="alliance_index", aggfunc="mean") \
        .reindex(columns=order)
    if wide.empty or len(order) < 1:
        raise Missing("no session-level alliance scores")
    groups = derived.outcome_groups(run, design.group_var)
    g1, g0 = derived.group_names(run, design.group_var)
    fig = _figure(6.4, 3.6)
    ax = fig.add_subplot()
    x = np.arange(len(order))
    for pid in sorted(wide.index, key=natural_key):
        g = groups.get(pid, np.nan)
        color = NEUTRAL if pd.isna(g) else GROUP_COLORS[0 if g == 1 else 1]
        ax.plot(x, wide.loc[pid].to_numpy(dtype=float), color=color, alpha=0.35, lw=0.8)
    summary = []
    if groups.notna().any():
        for val, name, color in ((1, g1, GROUP_COLORS[0]), (0, g0, GROUP_COLORS[1])):
            ids = [p for p in wide.index if groups.get(p, np.nan) == val]
            if ids:
                m = wide.loc[ids].mean(axis=0).to_numpy(dtype=float)
                ax.plot(x, m, color=color, lw=2.4, marker="o", ms=4, label=f"{name} (n = {len(ids)}), mean")
                summary.append(f"{name} (n = {len(ids)}) mean from {m[0]:.2f} to {m[-1]:.2f}")
        group_note = f"Thin lines: participants, coloured by {outcome_label(design.group_var, run)}."
    else:
        m = wide.mean(axis=0).to_numpy(dtype=float)
        ax.plot(x, m, color="black", lw=2.4, marker="o", ms=4, label=f"mean (n = {len(wide)})")
        summary.append(f"mean from {m[0]:.2f} to {m[-1]:.2f}")
        group_note = "Thin lines: participants."
    ax.set_xticks(x, order, rotation=20, ha="right")
    if len(order) > 1:
        ax.set_xlim(-0.2, len(order) - 0.8)
    ax.set_ylabel("Alliance index (session)")
    ax.set_title("Alliance-language trajectory across sessions")
    ax.legend(loc="best", frameon=False)
    alt = (f"Line chart of the session-level alliance index for {len(wide)} participants across {len(order)} "
           f"sessions ({', '.join(order)}); " + "; ".join(summary) + ".")
    caption = (f"Alliance-language index of each transcript (dyadic session score) across sessions. {group_note} "
               "Thick lines are group means. The index is a language marker, not a questionnaire score.")
    return _finish(fig, "alliance_trajectory", "Alliance trajectory across sessions", caption, alt, run)


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
            ax.set_xlabel(feature_label(xv, run), fontsize=7)
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


@_styled
def topic_shares(run: RunData, design: Design) -> ReportFigure:
    by_tp, by_role = run.get("topics_by_timepoint"), run.get("topics_by_role")
    info = run.get("topic_info")
    if by_tp is None and by_role is None:
        raise Missing("needs topics/topics_by_timepoint.csv (topics stage absent)")
    k = 8
    info = info if info is not None else pd.DataFrame({"topic": [], "size": [], "label": []})
    info = info.assign(topic=pd.to_numeric(info["topic"], errors="coerce"))
    top = info[info["topic"] >= 0].sort_values(["size", "topic"], ascending=[False, True], kind="mergesort")
    keep = [int(t) for t in top["topic"].head(k)]
    label_of = {int(t): str(lab) for t, lab in zip(info["topic"], info.get("label", info["topic"]))}

    def collapse(df: pd.DataFrame, by: str) -> pd.DataFrame:
        df = df.assign(topic=pd.to_numeric(df["topic"], errors="coerce"), **{by: df[by].astype(str)})
        df["bucket"] = df["topic"].map(lambda t: int(t) if t in keep else ("outliers" if t < 0 else "other"))
        return df.groupby([by, "bucket"])["share"].sum().unstack("bucket", fill_value=0.0)

    buckets = keep + ["other", "outliers"]
    palette = ["#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1", "#ff9da7"]
    colors = {t: palette[i % len(palette)] for i, t in enumerate(keep)}
    colors.update({"other": "#c7c7c7", "outliers": "#7f7f7f"})
    labels = {t: f"{t}: {label_of.get(t, '')[:32]}" for t in keep}
    labels.update({"other": "other topics", "outliers": "outliers (-1)"})
    panels = []
    if by_tp is not None and len(by_tp):
        s = collapse(by_tp, "timepoint")
        panels.append((s, [t for t in run.timepoint_order if t in s.index], "By time point"))
    if by_role is not None and len(by_role):
        s = collapse(by_role, "role")
        panels.append((s, sorted(s.index, key=lambda r: ({"participant": 0, "therapist": 1}.get(r, 2), r)),
                       "By speaker role"))
    heights = [max(1, len(p[1])) for p in panels]
    fig = _figure(7.2, 1.3 + 0.28 * sum(heights) + 0.9)
    gs = fig.add_gridspec(len(panels), 1, height_ratios=heights)
    for i, (s, groups, title) in enumerate(panels):
        ax = fig.add_subplot(gs[i])
        _stack(ax, s, groups, buckets, colors, labels, title)
    fig.legend(*ax.get_legend_handles_labels(), loc="outside lower center", ncol=3, frameon=False)
    main = []
    for s, groups, title in panels:
        for g in groups:
            row = s.loc[g].drop(["other", "outliers"], errors="ignore")
            if len(row) and row.max() > 0:
                main.append(f"{g}: topic {row.idxmax()} ({row.max():.0%})")
    alt = (f"Stacked bar charts of topic shares (share of words) by time point and by speaker role for the "
           f"{len(keep)} largest topics, other topics and outliers. Largest topic per bar: " + "; ".join(main) + ".")
    caption = ("Topic shares: the share of each group's words in turns assigned to each of the largest topics "
               "(BERTopic); smaller topics are pooled as 'other topics'. Labels are the topics' top terms.")
    return _finish(fig, "topic_shares", "Topic shares by time point and role", caption, alt, run)


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
