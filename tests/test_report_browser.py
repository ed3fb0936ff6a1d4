"""The report in a real headless browser (Debian's chromium): renders, no errors, no network.

Skipped when chromium is not installed (``apt-get install -y chromium``; ``.ci/run``
installs it).  Set ``QUALALLIANCE_SCREENSHOT_DIR`` to keep the screenshots.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import numpy as np
import pytest

from qualalliance.report import render_report

from .report_browser import Browser, chromium_path
from .report_fixture import PIDS, TOPIC_QUOTES, make_run

# .ci/run installs chromium and refuses to go on without it, so in CI this never skips
pytestmark = pytest.mark.skipif(chromium_path() is None,
                                reason="chromium is not installed (apt-get install -y chromium)")


def _assert_clean(rep):
    assert rep.console == [], rep.console
    assert rep.exceptions == [], rep.exceptions
    assert rep.log_errors == [], rep.log_errors
    assert rep.network == [], f"network requests: {rep.network}"
    assert rep.requests and rep.requests[0].startswith("file:")
    probe = rep.probe
    assert probe["broken_images"] == [] and probe["images_without_alt"] == 0
    assert probe["tables"] > 0 and probe["tables_without_caption"] == 0
    heads = probe["headings"]
    assert heads[0] == 1 and all(b - a <= 1 for a, b in zip(heads, heads[1:]))


def _assert_captions(probe):
    """The captions and notes a reader sees say what is measured (issue 14)."""
    captions, notes = probe["captions"], " ".join(probe["notes"])
    text = " ".join(captions)
    # the alliance headline is the participant's own language; the therapist composite is named for
    # what it measures; the questionnaire stands beside both
    assert any(c.endswith("Alliance measures side by side: text scores and the WAI total") for c in captions)
    assert "Alliance index" not in text and "Alliance index" not in notes
    assert "Participant alliance language" in notes and "Therapist MI-consistent responsiveness" in notes
    figure3 = next(c for c in captions if c.startswith("Figure 3."))
    assert "participant's own alliance language (the alliance headline)" in figure3
    figure2 = next(c for c in captions if c.startswith("Figure 2."))
    assert "one kind of column only" in figure2
    # denied and opposite-pole spans are named apart; the BH note is honest; quotes are highlighted
    assert "Denied spans" in notes and "Opposite-pole spans" in notes
    assert "No correlation shown reaches Benjamini–Hochberg adjusted p < .05" in notes  # none is marked *
    assert "coded span highlighted (bold in the Markdown and LaTeX versions)" in notes


def test_report_renders_in_chromium_offline(tmp_path):
    run = make_run(tmp_path / "fixture")
    res = render_report(run)
    shot = tmp_path / "index.png"
    with Browser(tmp_path / "chromium-profile") as browser:
        rep = browser.check(res.index, screenshot=shot, evaluate="document.body.innerText")
        _assert_clean(rep)
        for first, second in TOPIC_QUOTES[1:]:  # Table 9 shows two quotes per topic
            assert f"“{first}”" in rep.extra and f"“{second}”" in rep.extra
        assert rep.probe["title"] == "qualalliance report: fixture-study"
        assert "SYNTHETIC DATA" in rep.probe["text"]
        assert rep.probe["images"] == 5
        _assert_captions(rep.probe)
        for pid in PIDS:
            case = browser.check(res.out_dir / "case_histories" / f"{pid}.html")
            _assert_clean(case)
            assert case.probe["images"] == 1  # the sparkline
        # the check can fail: a page with a remote image and a script error is caught
        bad = tmp_path / "bad.html"
        bad.write_text('<!DOCTYPE html><html lang="en"><head><title>bad</title></head><body><h1>x</h1>'
                       '<script>console.error("boom")</script><img src="https://example.invalid/a.png" alt="a">'
                       "</body></html>", encoding="utf-8")
        worse = browser.check(bad)
        assert worse.console == ["boom"] and worse.network == ["https://example.invalid/a.png"]
    data = shot.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 50_000
    from PIL import Image

    with Image.open(shot) as im:
        assert im.size[0] == 1280 and im.size[1] > 2000
        # not a blank page: the synthetic banner's red border is near the top
        top = np.asarray(im.convert("RGB").crop((0, 0, 1280, 200))).astype(int)
        assert ((top[..., 0] > 100) & (top[..., 1] < 40) & (top[..., 2] < 60)).sum() > 500
    keep = os.environ.get("QUALALLIANCE_SCREENSHOT_DIR")
    if keep:
        Path(keep).mkdir(parents=True, exist_ok=True)
        shutil.copy(shot, Path(keep) / "report-index.png")
