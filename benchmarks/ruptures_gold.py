"""Rupture and repair events against hand-coded real counselling turns.

    python benchmarks/ruptures_gold.py            # theme-gold: the test set (measure once)
    python benchmarks/ruptures_gold.py --dev      # corpora/theme-train: the development set
    python benchmarks/ruptures_gold.py --show     # also print every hit and miss with its text

Runs :func:`qualalliance.alliance.rupture_events.rupture_events` on every AnnoMI (dev) and
MIBot transcript and compares its events with the turns a coder coded ``rupture`` or
``repair`` (affirmed).  The reference codes only a sample of turns, so:

* **precision**: of the events whose turn run (consecutive turns of one speaker) holds a
  coded turn of the same role, the share whose run holds a turn coded ``rupture``
  (``repair`` for repair events);
* **recall**: of the participant turns coded ``rupture`` (therapist turns coded
  ``repair``), the share that lie in the run of an event.

Rupture recall counts participant ruptures only: the coders also code a therapist's overt
criticism as ``rupture`` (counted apart, "therapist-coded ruptures"), which the events do
not look for.  theme-gold and theme-train are one AI coder's reading per turn, not a
consensus standard.  Needs ``../shared/corpora-external``; exits 0 with a reason without it.
"""

from __future__ import annotations

import argparse
import glob
import sys
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "corpora-external"
sys.path.insert(0, str(ROOT))  # this checkout's qualalliance, not an installed one
GOLD = SHARED / "theme-gold" / "gold.csv"
TRAIN = ROOT / "corpora" / "theme-train" / "coded"


def load_segments() -> pd.DataFrame:
    from qualalliance.ingest import ingest

    parts = [ingest([src]).segments for src in (SHARED / "annomi" / "AnnoMI-simple.dev.csv",
                                                 SHARED / "mibot" / "transcripts")]
    return pd.concat(parts, ignore_index=True)


def load_reference(dev: bool) -> pd.DataFrame:
    """doc_id, turn, role, rupture, repair (bool) for every coded turn (majority over coders for --dev)."""
    files = sorted(glob.glob(str(TRAIN / "*.csv"))) if dev else [str(GOLD)]
    ref = pd.concat([pd.read_csv(f, dtype=str, keep_default_na=False) for f in files], ignore_index=True)
    ref["turn"] = ref["turn"].astype(int)
    codes = ref["codes"].str.split(";")
    ref = ref.assign(rupture=codes.map(lambda c: "rupture" in c), repair=codes.map(lambda c: "repair" in c))
    # a turn several coders coded: coded when most of them did
    return ref.groupby(["doc_id", "turn", "role"], as_index=False)[["rupture", "repair"]].mean().assign(
        rupture=lambda d: d["rupture"] > 0.5, repair=lambda d: d["repair"] > 0.5)


def run_ids(segments: pd.DataFrame) -> pd.DataFrame:
    """doc_id, turn -> run id (consecutive turns of one speaker role)."""
    seg = segments.sort_values(["doc_id", "turn"])[["doc_id", "turn", "role"]].copy()
    new = (seg["role"] != seg.groupby("doc_id")["role"].shift()) | (seg["doc_id"] != seg["doc_id"].shift())
    seg["run"] = new.cumsum()
    return seg


def score(events: pd.DataFrame, ref: pd.DataFrame, runs: pd.DataFrame, kind: str, role: str, code: str,
          show: bool, text: dict) -> dict:
    ev = events[events["kind"] == kind]
    # a rupture that goes on over several objections covers every run from its turn to its last_turn
    ev = ev.merge(runs[["doc_id", "turn", "run", "role"]].rename(columns={"turn": "_t", "role": "_role"}), on="doc_id")
    ev = ev[(ev["_t"] >= ev["turn"]) & (ev["_t"] <= ev["last_turn"]) & (ev["_role"] == role)]
    ev = ev.drop_duplicates(["doc_id", "rupture_id", "kind", "run"])
    r = ref[ref["role"] == role].merge(runs[["doc_id", "turn", "run"]], on=["doc_id", "turn"])
    ev = ev.assign(_coded=ev["run"].isin(set(r["run"])), _positive=ev["run"].isin(set(r.loc[r[code], "run"])))
    # one verdict per event: judged when one of its runs was coded, true when one was coded `code`
    per_event = ev.groupby(["doc_id", "rupture_id"], sort=False).agg(
        turn=("turn", "first"), marker=("marker", "first"), repair_strategy=("repair_strategy", "first"),
        evidence=("evidence", "first"), _coded=("_coded", "any"), _positive=("_positive", "any")).reset_index()
    judged = per_event[per_event["_coded"]]
    tp_events = judged["_positive"]
    event_runs = set(ev["run"])
    pos = r[r[code]]
    found = pos["run"].isin(event_runs)
    if show:
        for row, ok in zip(judged.itertuples(), tp_events):
            print(f"  {'HIT ' if ok else 'FP  '} {kind} {row.doc_id}:{row.turn} [{row.marker or ''}/"
                  f"{row.repair_strategy}] {row.evidence!r} :: {text[(row.doc_id, row.turn)][:160]!r}")
        for row, ok in zip(pos.itertuples(), found):
            if not ok:
                print(f"  MISS {code} {row.doc_id}:{row.turn} :: {text[(row.doc_id, row.turn)][:200]!r}")
    prec = tp_events.mean() if len(judged) else float("nan")
    rec = found.mean() if len(pos) else float("nan")
    return {"events": len(ev), "judged": len(judged), "true": int(tp_events.sum()), "precision": prec,
            "reference": len(pos), "found": int(found.sum()), "recall": rec}


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dev", action="store_true", help="score on corpora/theme-train (development set)")
    parser.add_argument("--show", action="store_true", help="print every judged event and every miss")
    parser.add_argument("--window", type=int, default=None, help="therapist runs a rupture waits for a repair")
    args = parser.parse_args(argv)
    if not (SHARED / "annomi").is_dir() or not (SHARED / "mibot").is_dir() or (not args.dev and not GOLD.is_file()):
        print(f"skipped: {SHARED} (annomi, mibot, theme-gold) is not on this machine")
        return 0
    from qualalliance.alliance.rupture_events import DEFAULT_WINDOW, rupture_events

    segments = load_segments()
    ref = load_reference(args.dev)
    runs = run_ids(segments)
    text = dict(zip(zip(segments["doc_id"], segments["turn"]), segments["text"]))
    window = args.window or DEFAULT_WINDOW
    res = rupture_events(segments, window=window)
    name = "theme-train (development)" if args.dev else "theme-gold (test)"
    ev = res.events
    print(f"{name}: {segments['doc_id'].nunique()} transcripts, {len(segments)} turns, "
          f"{len(ref)} coded turns; window {window}")
    print(f"events: {int((ev['kind'] == 'rupture').sum())} ruptures "
          f"({int(ev.loc[ev['kind'] == 'rupture', 'repaired'].sum())} repaired) in "
          f"{int((res.counts['ruptures'] > 0).sum())} of {len(res.counts)} transcripts; "
          f"{int((ev['kind'] == 'repair').sum())} repairs")
    for kind, role, code in (("rupture", "participant", "rupture"), ("repair", "therapist", "repair")):
        s = score(ev, ref, runs, kind, role, code, args.show, text)
        print(f"{kind:8s} precision {s['precision']:.2f} ({s['true']}/{s['judged']} judged events)   "
              f"recall {s['recall']:.2f} ({s['found']}/{s['reference']} coded {role} turns)")
    n_ther = int((ref["rupture"] & (ref["role"] == "therapist")).sum())
    print(f"therapist-coded ruptures (not looked for): {n_ther}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
