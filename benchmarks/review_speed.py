"""Speed of the review page on a real run: page ready, and keypress to next item shown.

    /work/main/.venv/bin/python benchmarks/review_speed.py RUN_FOLDER [--copies N]

RUN_FOLDER is a `qualalliance run` output (e.g. of corpora/psilocybin-demo).  Its
ingest/ and code/ tables are copied to a temporary folder (the run is not written);
``--copies N`` repeats the codings N times (document order kept) to time a larger set.
Starts ``qualalliance review`` there, drives Debian's /usr/bin/chromium with Playwright
and prints: items, page ready (median of 5 loads, ms), keypress -> next item rendered
(median and 95th percentile of 100 presses of ``j``, ms).  Targets (issue 16): ready
under 1 s with 15k codings, next item under 100 ms.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
from pathlib import Path

import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from tests.reviewdata import start_server  # noqa: E402


def prepare(run: Path, dest: Path, copies: int) -> None:
    shutil.copytree(run / "ingest", dest / "ingest")
    (dest / "code").mkdir()
    for name in ("coding_manifest.json", "coding_candidates.csv"):
        if (run / "code" / name).exists():
            shutil.copy(run / "code" / name, dest / "code" / name)
    codings = pd.read_parquet(run / "code" / "codings.parquet")
    pd.concat([codings] * copies, ignore_index=True).to_parquet(dest / "code" / "codings.parquet")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("run", type=Path)
    ap.add_argument("--copies", type=int, default=1)
    args = ap.parse_args()
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as tmp:
        prepare(args.run, Path(tmp), args.copies)
        proc, url = start_server(Path(tmp), coder="bench")
        try:
            with sync_playwright() as pw:
                browser = pw.chromium.launch(executable_path="/usr/bin/chromium", args=["--no-sandbox"])
                page = browser.new_page()
                loads = []
                for _ in range(5):
                    page.goto(url)
                    page.wait_for_selector("body[data-ready='1']", timeout=30_000)
                    loads.append(page.evaluate("performance.now()"))
                n = page.evaluate("fetch('/api/items?token=' + document.body.dataset.token)"
                                  ".then(r => r.json()).then(d => d.length)")
                times = page.evaluate("""async () => {
                    const out = [];
                    for (let i = 0; i < 100; i++) {
                        const before = document.querySelector('#item-head').innerText;
                        const t0 = performance.now();
                        document.dispatchEvent(new KeyboardEvent('keydown', {key: 'j'}));
                        while (document.querySelector('#item-head').innerText === before) {
                            await new Promise(r => setTimeout(r, 0));
                        }
                        await new Promise(r => requestAnimationFrame(r));
                        out.push(performance.now() - t0);
                    }
                    return out;
                }""")
                browser.close()
        finally:
            proc.terminate()
            proc.wait(10)
    times.sort()
    print(f"items: {n}")
    print(f"page ready: median {statistics.median(loads):.0f} ms (5 loads)")
    print(f"keypress -> next item: median {statistics.median(times):.1f} ms, "
          f"p95 {times[94]:.1f} ms (100 presses)")


if __name__ == "__main__":
    main()
