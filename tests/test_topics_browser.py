"""topic_figures.html in a real headless browser (Debian's chromium): it renders offline,
without errors, and no subplot title or tick label overlaps another title or another plot.

Skipped when chromium is not installed (``apt-get install -y chromium``; ``.ci/run``
installs it).
"""

from __future__ import annotations

import numpy as np
import pytest

from qualalliance.topics import discover_topics, topic_figures_html

from .report_browser import Browser, chromium_path
from .test_topics import synthetic_corpus

pytestmark = pytest.mark.skipif(chromium_path() is None,
                                reason="chromium is not installed (apt-get install -y chromium)")

# boxes of each bar chart's plot area (plotly's drag rectangles), titles and y tick labels
OVERLAPS = """(() => {
  const fig = document.getElementById('topics-terms');
  const boxes = sel => Array.from(fig.querySelectorAll(sel)).map(e => {
    const r = e.getBoundingClientRect(); return {x0: r.left, x1: r.right, y0: r.top, y1: r.bottom, sel: sel,
      text: (e.textContent || '').slice(0, 40)}; }).filter(b => b.x1 > b.x0 && b.y1 > b.y0);
  const plots = boxes('rect.nsewdrag'), titles = boxes('g.annotation'), ticks = boxes('g.yaxislayer-above text');
  const hit = (a, b) => a.x0 < b.x1 - 1 && b.x0 < a.x1 - 1 && a.y0 < b.y1 - 1 && b.y0 < a.y1 - 1;
  const clashes = [];
  titles.forEach((t, i) => {
    titles.slice(i + 1).forEach(u => { if (hit(t, u)) clashes.push([t.text, u.text]); });
    plots.forEach(p => { if (hit(t, p)) clashes.push([t.text, 'plot']); });
  });
  // a tick label may touch its own plot's left edge, never another plot
  ticks.forEach(k => plots.forEach(p => { if (hit(k, p) && k.x1 > p.x0 + 2) clashes.push([k.text, 'plot']); }));
  return {plots: plots.length, titles: titles.length, ticks: ticks.length, clashes: clashes,
          sections: Array.from(document.querySelectorAll('section')).map(s => s.id),
          quotes: document.querySelectorAll('blockquote').length};
})()"""


@pytest.fixture(scope="module")
def six_topics():
    df, _ = synthetic_corpus(n_docs=40, seed=2)
    df = df.assign(session=np.where(df["turn"] < 6, "first", "second"))
    # six topics: two rows of bar charts
    return discover_topics(df, unit="turn", role="participant", n_topics=6, seed=0, svd_dims=20)


def test_figures_page_renders_offline_without_overlaps(six_topics, tmp_path):
    res = six_topics
    page = tmp_path / "topic_figures.html"
    page.write_text(topic_figures_html(res), encoding="utf-8")
    with Browser(tmp_path / "chromium-profile") as browser:
        rep = browser.check(page, evaluate=OVERLAPS)
    assert rep.console == [] and rep.exceptions == [] and rep.log_errors == [], (rep.console, rep.exceptions)
    assert rep.network == [], f"network requests: {rep.network}"  # plotly.js is inlined
    got = rep.extra
    assert got["sections"] == ["topics", "terms", "sessions", "timepoints", "hierarchy", "similarity"]
    assert got["quotes"] == 2 * 6  # two representative quotes per topic
    assert got["plots"] == 6 and got["titles"] == 6 and got["ticks"] >= 6 * 5
    assert got["clashes"] == [], got["clashes"]


def test_the_overlap_check_can_fail(six_topics, tmp_path):
    # BERTopic's own bar chart with long titles in four narrow columns: the check must see the clash
    # (runs last: it relabels the shared model)
    res = six_topics
    res.model.set_topic_labels({t: f"{t}: a very long topic label that cannot fit in its narrow column at all"
                                for t in set(res.model.topics_) if t >= 0})
    fig = res.model.visualize_barchart(custom_labels=True, top_n_topics=6, n_words=8, width=220)
    page = tmp_path / "bertopic.html"
    page.write_text(fig.to_html(include_plotlyjs=True, div_id="topics-terms"), encoding="utf-8")
    with Browser(tmp_path / "chromium-profile") as browser:
        rep = browser.check(page, evaluate=OVERLAPS)
    assert rep.extra["titles"] == 6 and rep.extra["clashes"] != []
