"""The review page in headless Debian Chromium (Playwright driving the system browser):
ten items reviewed with the keyboard, one code added by selecting text, a reload finds
all eleven decisions; a turn holding ``<script>`` shows as text.  Set
``QUALALLIANCE_SCREENSHOT_DIR`` to keep the screenshots (docs/images/review.png and
review-learning.png come from it).  A second page learns from twelve decisions: the model
indicator says so, and the rest of the items show their new confidence."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

import pytest

from qualalliance.tables import read_table

from .reviewdata import (SCRIPT_TURN, span, start_server, write_learning_folder, write_review_folder,
                         write_tiny_theme_model)

CHROMIUM = Path("/usr/bin/chromium")

pytestmark = pytest.mark.slow


@contextlib.contextmanager
def browse(folder: Path, options=()):
    """(page, url, requests) on a review server of *folder* started through the CLI."""
    if not CHROMIUM.exists():
        pytest.skip("Debian's chromium is not installed at /usr/bin/chromium")
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed (dev extra)")
    proc, url = start_server(folder, options=options)
    try:
        with sync_api.sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=["--no-sandbox"])
            page = browser.new_page(viewport={"width": 1200, "height": 760})
            requests = []
            page.on("request", lambda r: requests.append(r.url))
            yield page, url, requests
            browser.close()
    finally:
        proc.terminate()
        proc.wait(10)


@pytest.fixture
def page_and_server(tmp_path):
    folder = write_review_folder(tmp_path / "run")
    with browse(folder) as (page, url, requests):
        yield page, url, folder, requests


def screenshot(page, tmp_path, name: str) -> Path:
    shots = Path(os.environ.get("QUALALLIANCE_SCREENSHOT_DIR", tmp_path))
    shots.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(shots / name))
    assert (shots / name).stat().st_size > 10_000
    return shots / name


def ready(page, url):
    page.goto(url)
    page.wait_for_selector("body[data-ready='1']", timeout=10_000)


def test_keyboard_review_add_by_selection_and_reload(page_and_server, tmp_path):
    page, url, folder, requests = page_and_server
    ready(page, url)
    assert page.inner_text("#item-head").startswith("bond")  # most uncertain first: 0.61
    assert "I trust this process" == page.inner_text("#turns .current mark")
    assert all(f"\n{k}\n" in "\n" + page.inner_text("#code-def") for k in ("Definition", "Include", "Exclude"))
    for i in range(10):
        head = page.inner_text("#item-head")
        page.keyboard.press("a" if i % 3 else "r")
        page.wait_for_function("h => document.querySelector('#item-head').innerText !== h", arg=head)
    # the 11th item: "scared" in D1 turn 1 (0.95); select text after its mark and add a code
    assert page.inner_text("#item-head").startswith("anxiety (confidence 0.95")
    page.evaluate("""() => {
        const node = document.querySelector('#current-text').lastChild;   // text after the mark
        const at = node.textContent.indexOf('chest gets tight');
        const r = document.createRange(); r.setStart(node, at); r.setEnd(node, at + 'chest gets tight'.length);
        const s = window.getSelection(); s.removeAllRanges(); s.addRange(r);
    }""")
    page.keyboard.press("c")
    page.keyboard.type("embodiment")
    page.keyboard.press("Enter")
    page.wait_for_selector("#turns .current mark.added")
    assert page.inner_text("#turns .current mark.added") == "chest gets tight"

    dec = read_table(folder / "review" / "decisions.csv")
    assert len(dec) == 11
    assert list(dec["decision"]).count("reject") == 4 and list(dec["decision"]).count("add") == 1
    added = dec[dec["decision"] == "add"].iloc[0]
    assert (added["code"], added["start_char"], added["end_char"]) == ("embodiment", *span("D1", 1, "chest gets tight"))
    human = read_table(folder / "review" / "human_codings.csv")
    assert len(human) == 7 and "chest gets tight" in set(human["text"])

    page.reload()
    page.wait_for_selector("body[data-ready='1']", timeout=10_000)
    assert page.inner_text("#progress").startswith("10 / 12 reviewed")
    assert "1 added" in page.inner_text("#progress")
    assert page.inner_text("#item-head").startswith("anxiety (confidence 0.95")  # resumes at the first undecided item
    assert page.evaluate("fetch('/api/decisions?token=' + document.body.dataset.token)"
                         ".then(r => r.json()).then(d => d.length)") == 11
    assert page.inner_text("#model").startswith("Model: the run's · updates after every 20 decisions")
    screenshot(page, tmp_path, "review.png")
    page.keyboard.press("u")  # undo the added code
    page.wait_for_function("() => document.querySelector('#progress').innerText.includes('0 added')")
    assert len(read_table(folder / "review" / "decisions.csv")) == 10

    # the page loaded nothing but its own origin
    origin = url.split("/?")[0]
    assert requests and all(r.startswith(origin) for r in requests)


def test_markup_in_a_turn_shows_as_text(page_and_server):
    page, url, folder, _ = page_and_server
    ready(page, url)
    page.select_option("#filter-code", "bond")
    page.wait_for_function("() => document.querySelector('#item-head').innerText.includes('of 5')")
    for _ in range(5):
        if SCRIPT_TURN in page.inner_text("#turns .current"):
            break
        page.keyboard.press("j")
        page.wait_for_timeout(100)
    assert SCRIPT_TURN in page.inner_text("#turns .current")
    assert page.inner_text("#turns .current mark") == "<script>"
    assert page.evaluate("window.__xss") is None
    assert page.locator("#turns script, #turns b").count() == 0
    assert page.inner_text("#filter-code option[value='bond']") == "bond (0/5)"  # progress per code
    page.keyboard.press("a")
    page.wait_for_function("() => document.querySelector(\"#filter-code option[value='bond']\")"
                           ".textContent === 'bond (1/5)'")
    page.select_option("#filter-code", "")
    page.select_option("#filter-doc", "D2")
    page.wait_for_function("() => document.querySelector('#item-head').innerText.includes('of 6')")
    page.select_option("#filter-doc", "")
    page.select_option("#filter-conf", "0.8-1.01")   # 0.95, 0.88, 0.81
    page.wait_for_function("() => document.querySelector('#item-head').innerText.includes('of 3')")
    page.select_option("#filter-conf", "none")
    page.wait_for_function("() => document.querySelector('#item-head').innerText.includes('of 1')")
    page.select_option("#filter-conf", "")
    page.select_option("#filter-participant", "D1")  # the fixture's participant ids are its doc ids
    page.wait_for_function("() => document.querySelector('#item-head').innerText.includes('of 6')")


def test_memo_before_and_after_a_decision(page_and_server):
    page, url, folder, _ = page_and_server
    ready(page, url)
    page.keyboard.press("m")
    page.keyboard.type("clear case")
    page.keyboard.press("Escape")   # leaves the memo box; the memo goes with the next decision
    page.keyboard.press("a")
    page.wait_for_function("() => document.querySelector('#item-head').innerText.includes('2 of 12')")
    page.keyboard.press("k")
    page.wait_for_function("() => document.querySelector('#status').innerText.startsWith('accept')")
    assert page.input_value("#memo") == "clear case"
    page.keyboard.press("m")        # a memo written after the decision re-records it
    page.keyboard.press("End")
    page.keyboard.type(", see turn 2")
    page.keyboard.press("Escape")
    for _ in range(50):  # the re-recording is asynchronous: wait for the second row
        dec = read_table(folder / "review" / "decisions.csv")
        if len(dec) == 2:
            break
        page.wait_for_timeout(100)
    assert list(dec["memo"]) == ["clear case", "clear case, see turn 2"]
    assert list(dec["decision"]) == ["accept", "accept"] and dec["code"].nunique() == 1
    assert len(read_table(folder / "review" / "human_codings.csv")) == 1


def test_change_the_code_with_e(page_and_server):
    page, url, folder, _ = page_and_server
    ready(page, url)   # the first item: bond, "I trust this process"
    page.keyboard.press("e")
    page.keyboard.press("Control+A")
    page.keyboard.type("trust")
    page.keyboard.press("Enter")
    page.wait_for_function("() => document.querySelector('#added').innerText.includes('changed to trust')")
    assert page.inner_text("#status").startswith("rejected by tester")
    dec = read_table(folder / "review" / "decisions.csv")
    assert list(zip(dec["code"], dec["decision"], dec["start_char"])) == [
        ("bond", "reject", span("D1", 3, "I trust this process")[0]),
        ("trust", "edit", span("D1", 3, "I trust this process")[0])]


def test_the_model_learns_from_the_decisions_on_the_page(tmp_path):
    folder = write_learning_folder(tmp_path / "run", write_tiny_theme_model(tmp_path / "tiny.qamodel"))
    with browse(folder, ["--learn-every", "12"]) as (page, url, _):
        ready(page, url)
        page.wait_for_function("() => document.querySelector('#model').innerText.includes('after every 12 decisions')")
        assert page.inner_text("#item-head").startswith("anxiety (confidence 0.90;")
        for i in range(12):  # 4 accepted, 8 rejected: "scared" is anxiety only a third of the time
            head = page.inner_text("#item-head")
            page.keyboard.press("a" if i < 4 else "r")
            page.wait_for_function("h => document.querySelector('#item-head').innerText !== h", arg=head)
        page.wait_for_function("() => document.querySelector('#model').innerText.startsWith('Model updated')",
                               timeout=120_000)
        assert "from 12 decisions (12 turns): anxiety recalibrated" in page.inner_text("#model")
        page.wait_for_function("() => document.querySelector('#item-head').innerText.includes('run 0.90')")
        head = page.inner_text("#item-head")
        assert float(head.split("confidence ")[1][:4]) < 0.6  # the 13th item, re-scored
        assert head.endswith("13 of 20")
        colour = page.eval_on_selector("#model", "e => getComputedStyle(e).color + ' on ' + getComputedStyle(e).backgroundColor")
        assert colour == "rgb(27, 42, 58) on rgb(230, 238, 247)"  # dark on light, legible in the dark header
        screenshot(page, tmp_path, "review-learning.png")


def test_adjust_the_span_by_selection_with_e(page_and_server):
    page, url, folder, _ = page_and_server
    ready(page, url)   # the first item: bond, "I trust this process"
    page.evaluate("""() => {
        const node = document.querySelector('#turns .current mark').firstChild;
        const at = node.textContent.indexOf('this process');
        const r = document.createRange(); r.setStart(node, at); r.setEnd(node, at + 'this process'.length);
        const s = window.getSelection(); s.removeAllRanges(); s.addRange(r);
    }""")
    page.keyboard.press("e")
    assert page.input_value("#add-code") == "bond"   # the code stays unless retyped
    page.keyboard.press("Enter")
    page.wait_for_function("() => document.querySelector('#added').innerText.includes('changed to bond')")
    dec = read_table(folder / "review" / "decisions.csv")
    assert list(zip(dec["code"], dec["decision"], dec["start_char"], dec["end_char"])) == [
        ("bond", "reject", *span("D1", 3, "I trust this process")), ("bond", "edit", *span("D1", 3, "this process"))]
    human = read_table(folder / "review" / "human_codings.csv")
    assert list(zip(human["code"], human["text"])) == [("bond", "this process")]
