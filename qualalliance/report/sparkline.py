"""Tiny hand-written SVG sparklines for the case histories (no matplotlib: 24+ pages stay fast).

One SVG per participant holds a row per series: label, a line over the time points
with a dot per value, and the first and last values.  Text uses the generic
``sans-serif`` family, so the file needs no font and opens offline.
"""

from __future__ import annotations

import html
import math
from dataclasses import dataclass

ROW_H = 34
LABEL_W = 230
PLOT_W = 220
VALUE_W = 110
MIN_SPAN = 0.25  # the y scale covers at least this share of the measure's possible range
PAD = 6


@dataclass
class Series:
    label: str
    points: list[tuple[str, float]]   # (time point or session, value), in order
    lo: float | None = None           # the measure's possible range, when known
    hi: float | None = None
    note: str = ""                    # e.g. "lower is better"


def _fmt(v: float) -> str:
    return f"{v:.0f}" if float(v).is_integer() else f"{v:.2f}"


def _scale(vals: list[float], lo: float | None, hi: float | None) -> tuple[float, float]:
    """The participant's own range, widened to MIN_SPAN of the measure's range (within it).

    Scaling to the values alone would make a one-point wobble look dramatic; scaling to
    the whole range would flatten real change.  Unknown range: the values +-1.
    """
    a, b = min(vals), max(vals)
    if lo is None or hi is None:
        return (a - 1, b + 1) if b - a < 1e-12 else (a, b)
    need = MIN_SPAN * (hi - lo)
    if b - a < need:
        mid = (a + b) / 2
        a, b = mid - need / 2, mid + need / 2
        if a < lo:
            a, b = lo, lo + need
        if b > hi:
            a, b = hi - need, hi
    return a, b


def sparkline_svg(series: list[Series], title: str) -> str:
    rows = [s for s in series if any(not math.isnan(v) for _, v in s.points)]
    height = PAD * 2 + ROW_H * max(1, len(rows))
    width = LABEL_W + PLOT_W + VALUE_W
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
           f'viewBox="0 0 {width} {height}" role="img" aria-label="{html.escape(title)}">',
           f"<title>{html.escape(title)}</title>",
           '<style>text{font-family:sans-serif;font-size:13px;fill:#222}.n{fill:#555;font-size:12px}</style>']
    for i, s in enumerate(rows):
        y0 = PAD + i * ROW_H
        pts = [(k, v) for k, v in s.points if not math.isnan(v)]
        lo, hi = _scale([v for _, v in pts], s.lo, s.hi)
        n = len(s.points)
        xs = {k: LABEL_W + 6 + (PLOT_W - 12) * (j / (n - 1) if n > 1 else 0.5) for j, (k, _) in enumerate(s.points)}

        def y(v: float) -> float:
            return y0 + ROW_H - 6 - (ROW_H - 12) * (v - lo) / (hi - lo)

        label = s.label + (f" ({s.note})" if s.note else "")
        out.append(f'<text x="0" y="{y0 + ROW_H / 2 + 4:.1f}">{html.escape(label)}</text>')
        out.append(f'<line x1="{LABEL_W}" x2="{LABEL_W + PLOT_W}" y1="{y0 + ROW_H - 3:.1f}" '
                   f'y2="{y0 + ROW_H - 3:.1f}" stroke="#ddd" stroke-width="1"/>')
        if len(pts) > 1:
            path = " ".join(f"{xs[k]:.1f},{y(v):.1f}" for k, v in pts)
            out.append(f'<polyline points="{path}" fill="none" stroke="#1f77b4" stroke-width="1.6"/>')
        for k, v in pts:
            out.append(f'<circle cx="{xs[k]:.1f}" cy="{y(v):.1f}" r="2.4" fill="#1f77b4">'
                       f"<title>{html.escape(f'{k}: {_fmt(v)}')}</title></circle>")
        first, last = pts[0], pts[-1]
        txt = _fmt(first[1]) if len(pts) == 1 else f"{_fmt(first[1])} → {_fmt(last[1])}"
        out.append(f'<text class="n" x="{LABEL_W + PLOT_W + 8}" y="{y0 + ROW_H / 2 + 4:.1f}">{html.escape(txt)}</text>')
    out.append("</svg>")
    return "\n".join(out) + "\n"


def sparkline_alt(series: list[Series]) -> str:
    parts = []
    for s in series:
        pts = [(k, v) for k, v in s.points if not math.isnan(v)]
        if not pts:
            continue
        parts.append(f"{s.label}: " + ", ".join(f"{k} {_fmt(v)}" for k, v in pts))
    return "Sparklines of scores over time. " + "; ".join(parts) + "." if parts else "No scores."
