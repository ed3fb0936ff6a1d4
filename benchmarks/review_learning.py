"""Cost of learning during a review (issue 16) on a real run, and a check that it re-scores
the way the code stage scores.

    /work/main/.venv/bin/python benchmarks/review_learning.py RUN_FOLDER [--decisions N]

RUN_FOLDER is a `qualalliance run` output (e.g. of corpora/psilocybin-demo) coded with the
shipped second stage; its ingest/ and code/ tables are copied to a temporary folder.  A
simulated reviewer agrees with the machine on the first N items in review order (accepts
the codings at or above min_confidence, rejects the rest) - a timing workload, not a
measure of accuracy.  Prints:

- preparing the first update (loading the model, rules over every turn, the embeddings
  of the items' turns: what the page starts in the background at the first decision),
  then the first update (the fit, re-scoring the undecided items) and a second one after
  N more decisions, in s;
- how long a decision write and a context fetch take while an update runs in the
  background thread (median and max of 20, ms): the page must stay responsive;
- re-scoring fidelity: for items of codes the update neither refitted nor recalibrated,
  the largest |new confidence - run confidence| of affirmed codings (0 when the session
  scores exactly as the code stage did).
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

KEY = ("doc_id", "turn", "code", "start_char", "end_char")


def decide(store, items, min_confidence: float, coder: str) -> None:
    for it in items:
        ok = it["confidence"] is None or it["confidence"] >= min_confidence
        store.record({**{k: it[k] for k in KEY}, "decision": "accept" if ok else "reject", "coder": coder, "memo": ""})


def timed(learner, client, token: str, items, during: bool) -> tuple[list[float], list[float]]:
    """Decision writes and context fetches (ms), while *learner* updates in the background
    (*during*) or not."""
    writes, reads = [], []
    if during:
        learner.request()
    for it in items[:20]:
        t0 = time.perf_counter()
        client.post("/api/decisions", headers={"X-Review-Token": token},
                    json={**{k: it[k] for k in KEY}, "decision": "accept"})
        writes.append((time.perf_counter() - t0) * 1000)
        t0 = time.perf_counter()
        client.get(f"/api/context?doc_id={it['doc_id']}&turn={it['turn']}&token={token}")
        reads.append((time.perf_counter() - t0) * 1000)
    return writes, reads


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("run", type=Path)
    ap.add_argument("--decisions", type=int, default=100)
    args = ap.parse_args()
    from starlette.testclient import TestClient

    from qualalliance.review.app import create_app
    from qualalliance.review.learn import SessionLearner, base_model_source
    from qualalliance.review.serve import review_session

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        shutil.copytree(args.run / "ingest", folder / "ingest")
        shutil.copytree(args.run / "code", folder / "code")
        review, store = review_session(folder, "bench")
        learner = SessionLearner(review, store, "bench", base_model_source(review), every=0)
        n = args.decisions
        decide(store, review.items[:n], review.min_confidence, "bench")
        t0 = time.perf_counter()
        learner.warm_up()  # what the page starts in the background at the first decision
        warm = time.perf_counter() - t0
        t0 = time.perf_counter()
        learner.request()
        learner.wait()
        first = time.perf_counter() - t0
        status = learner.status()
        items = learner.items()
        untouched = set(status["refitted"]) | set(status["recalibrated"])
        gaps = [abs(it["confidence"] - it["run_confidence"]) for it in items[n:]
                if it["code"] not in untouched and it["polarity"] == "affirmed"
                and it["confidence"] is not None and it["run_confidence"] is not None]
        open_items = [it for it in items if it["run_confidence"] is not None][n:]
        decide(store, open_items[:n], review.min_confidence, "bench")
        client = TestClient(create_app(review, store, "tok", "bench", learner))
        quiet_writes, quiet_reads = timed(learner, client, "tok", open_items[n:], during=False)
        t0 = time.perf_counter()
        writes, reads = timed(learner, client, "tok", open_items[n + 20:], during=True)
        learner.wait()
        second = time.perf_counter() - t0
        after = learner.status()
    print(f"items: {len(review.items)}, segments: {len(review.segments)}, decisions per update: {n}")
    print(f"preparing (after the first decision, in the background): {warm:.1f} s")
    print(f"first update: {first:.1f} s ({status['turns']} reviewed turns; recalibrated: "
          f"{', '.join(status['recalibrated']) or 'none'}; refitted: {', '.join(status['refitted']) or 'none'})")
    print(f"second update ({after['decisions']} decisions): {second:.1f} s; recalibrated: "
          f"{', '.join(after['recalibrated']) or 'none'}")
    print(f"during an update: decision write median {statistics.median(writes):.0f} ms, max {max(writes):.0f} ms; "
          f"context fetch median {statistics.median(reads):.0f} ms, max {max(reads):.0f} ms (20 each)")
    print(f"no update running: decision write median {statistics.median(quiet_writes):.0f} ms, max "
          f"{max(quiet_writes):.0f} ms; context fetch median {statistics.median(quiet_reads):.0f} ms, max "
          f"{max(quiet_reads):.0f} ms (20 each)")
    print(f"re-scoring fidelity: {len(gaps)} affirmed items of codes left as they were, "
          f"max |new - run confidence| = {max(gaps) if gaps else float('nan'):.2e}")


if __name__ == "__main__":
    main()
