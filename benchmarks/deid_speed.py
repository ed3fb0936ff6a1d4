"""De-identification speed on real talk: AnnoMI's dev split through the deid stage's own table function.

Reads AnnoMI (real counselling transcripts, already de-identified; ``--annomi``), ingests it as
``qualalliance ingest`` does, and times ``deidentify_tables`` (learning, the recogniser's priming, finding
and replacing, pseudonym mode) with the named-entity recogniser on, in one process (``one``) and on the
forked pool of up to two processes (``pool``, qualalliance/deid/pool.py).  Prints wall words per second,
the 1-minute load average (the machine's other work slows it) and the replacement count (the same in
both modes).  Issue #17's target is 20,000 words/s on 2 cores.  Alternate runs of two checkouts from one
shell to compare them; the figures in docs/deid.md ("Two speed passes") were taken so.

``--set NAME`` times a SYNTHETIC set of benchmarks/deid.py instead (80 documents, seed 7, as that script
generates them: dense, one planted identifier every 20-25 words), so the dense-transcript figures of
docs/deid.md ("The fourth speed pass") can be taken again.

    python benchmarks/deid_speed.py [--annomi PATH | --set NAME] [--modes one,pool] [--repeat N]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
import warnings
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from qualalliance.deid import pool, recognizers  # noqa: E402
from qualalliance.deid.engine import Deidentifier  # noqa: E402
from qualalliance.deid.lexicon import lexeme_probs  # noqa: E402
from qualalliance.deid.pseudonyms import PseudonymMap  # noqa: E402
from qualalliance.deid.tables import deidentify_tables  # noqa: E402
from qualalliance.ingest import ingest  # noqa: E402

ANNOMI = Path("/work/shared/corpora-external/annomi/AnnoMI-simple.dev.csv")


def annomi_tables(path: Path, folder: Path):
    """AnnoMI's turns as ingest reads a transcript table (the label-leaking video columns left out)."""
    csv = folder / "annomi.csv"
    pd.read_csv(path, usecols=["transcript_id", "interlocutor", "utterance_text"]).to_csv(csv, index=False)
    result = ingest([csv])
    return result.segments, result.documents


def synthetic_tables(which: str):
    """A synthetic set's segments and documents as benchmarks/deid.py generates them (80 documents, seed 7)."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    import deid as sets  # benchmarks/deid.py

    if which not in sets.SETS:
        raise SystemExit(f"--set: no set {which!r} (one of {', '.join(sets.SETS)})")
    segments, documents, _, _ = sets.generate(80, 7, which=which)
    return segments, documents


def timed(segments, documents, processes: int) -> tuple[float, int]:
    """Seconds of one ``deidentify_tables`` run on *processes* forked processes (0: this one) and its replacements."""
    chosen = pool.pool_processes
    pool.pool_processes = lambda words: processes
    # a cold start each run: the short texts' spans are kept between studies in a process (an older checkout,
    # compared with this one, may have no clear_cache or no cache at all)
    clear = getattr(recognizers, "clear_cache", None) or getattr(getattr(recognizers, "_cached_spans", None),
                                                                 "cache_clear", None)
    if clear is not None:
        clear()
    try:
        t0 = time.perf_counter()
        out = deidentify_tables(segments, documents, None, Deidentifier(ner="auto"), PseudonymMap())
        return time.perf_counter() - t0, len(out.log)
    finally:
        pool.pool_processes = chosen


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--annomi", type=Path, default=ANNOMI)
    ap.add_argument("--modes", default="one,pool", help="one (this process) and/or pool (up to 2 forked processes)")
    ap.add_argument("--repeat", type=int, default=1)
    ap.add_argument("--set", dest="which", help="a synthetic set of benchmarks/deid.py (e.g. heldout22) instead of AnnoMI")
    a = ap.parse_args(argv)
    warnings.filterwarnings("ignore")
    if a.which:
        segments, documents = synthetic_tables(a.which)
        label = f"{a.which} (SYNTHETIC)"
    elif not a.annomi.is_file():
        print(f"real text: {a.annomi} absent, skipped")
        return
    else:
        with tempfile.TemporaryDirectory() as tmp:
            segments, documents = annomi_tables(a.annomi, Path(tmp))
        label = "AnnoMI dev (real text)"
    words = int(documents["text"].fillna("").astype(str).str.count(" ").sum() + len(documents))
    lexeme_probs()  # the word table and the recogniser are read once per process, as the stage does; not counted
    Deidentifier(ner="auto").ner_model
    for _ in range(a.repeat):
        for mode in a.modes.split(","):
            processes = {"one": 0, "pool": min(2, len(os.sched_getaffinity(0)))}[mode]
            seconds, replacements = timed(segments, documents, processes)
            print(f"{label}, deid {mode:4}: {words:,} words in {seconds:.2f}s = {words / seconds:,.0f} "
                  f"words/s wall (target >= 20,000 on 2 cores); 1-minute load {os.getloadavg()[0]:.1f}; "
                  f"{replacements} replacements", flush=True)


if __name__ == "__main__":
    main()
