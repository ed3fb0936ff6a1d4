"""Speed of the rule coder against bare spaCy tokenisation (issue 4 target: ratio >= 0.5).

Builds a corpus of at least ``--words`` words (default 1,000,000) by repeating real
texts - the AnnoMI dev split from ../shared and the demo study when they are present,
otherwise synthetic sentences made from the packaged codebook's examples - and times,
on one process:

(a) ``spacy.blank("en")`` made, then ``.pipe(texts)``: bare tokenisation of the same texts;
(b) ``qualalliance.coding.code_segments(segments, theme_model=None)``: the rule layer of the
    ``code`` stage (pipeline
    set-up, lemmas, phrase + pattern matching, negation/hedging, building the codings
    and code_matrix tables).

Each is run ``--repeats`` times, interleaved, after a warm-up; the best wall-clock and
the best CPU (process) time of each are reported - on a shared machine the best run is
the least disturbed one, and CPU time is less disturbed than wall time.  Words are
whitespace-separated tokens of the input texts, the same count for both.

    python benchmarks/coding_speed.py [--words 1000000] [--repeats 3] [--n-process 2]
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT / ".." / "shared"
ANNOMI = SHARED / "corpora-external" / "annomi" / "AnnoMI-simple.dev.csv"
DEMO = ROOT / "corpora" / "psilocybin-demo"


def _source_segments() -> tuple[pd.DataFrame, list[str]]:
    """Real segments to repeat, and a note on where they came from."""
    from qualalliance.ingest import load_segments

    parts, notes = [], []
    if ANNOMI.is_file():
        parts.append(load_segments(str(ANNOMI)))
        notes.append(f"AnnoMI dev ({len(parts[-1])} utterances)")
    else:
        notes.append(f"AnnoMI skipped: {ANNOMI} not found")
    if (DEMO / "metadata.csv").is_file():
        try:
            parts.append(load_segments(str(DEMO)))
            notes.append(f"demo study ({len(parts[-1])} segments, synthetic)")
        except Exception as exc:  # the demo is optional input here
            notes.append(f"demo study skipped: {exc}")
    else:
        notes.append("demo study skipped: corpora/psilocybin-demo has no metadata.csv yet")
    if not parts:
        parts.append(_synthetic_segments())
        notes.append(f"synthetic sentences from the codebook examples ({len(parts[-1])} segments)")
    cols = ["doc_id", "turn", "role", "text", "start_char"]
    return pd.concat([p[cols] for p in parts], ignore_index=True), notes


def _synthetic_segments(n: int = 20000, seed: int = 0) -> pd.DataFrame:
    from qualalliance.codebook import load_codebook

    rng = random.Random(seed)
    examples = [e for c in load_codebook().codes for e in c.examples]
    filler = ["So yeah, that was most of the week.", "Mm-hmm.", "Can you say more about that?",
              "I went back to work on Monday and it was fine, mostly.", "Okay.",
              "We talked about the drive home and what I'd eat after."]
    rows = []
    for i in range(n):
        k = rng.randint(1, 3)
        text = " ".join(rng.choice(examples if rng.random() < 0.4 else filler) for _ in range(k))
        rows.append({"doc_id": f"synthetic-{i // 100:04d}", "turn": i % 100,
                     "role": rng.choice(["participant", "therapist"]), "text": text, "start_char": 0})
    return pd.DataFrame(rows)


def build_corpus(min_words: int) -> tuple[pd.DataFrame, int, list[str]]:
    base, notes = _source_segments()
    base_words = int(base["text"].str.split().str.len().sum())
    copies = -(-min_words // max(base_words, 1))  # ceiling division
    frames = []
    for k in range(copies):
        f = base.copy()
        f["doc_id"] = f["doc_id"] + f"#copy{k}"
        frames.append(f)
    segs = pd.concat(frames, ignore_index=True)
    return segs, base_words * copies, notes + [f"repeated {copies}x"]


def _clock():
    return time.perf_counter(), time.process_time()


def _since(t0):
    wall, cpu = _clock()
    return wall - t0[0], cpu - t0[1]


def time_bare(texts: list[str], batch_size: int) -> tuple[float, float]:
    """(wall, cpu) seconds to make spacy.blank("en") and run its pipe over the texts.

    Built inside the timing, like the code stage builds its pipeline inside its own;
    imports were warmed up beforehand for both.
    """
    import spacy

    t0 = _clock()
    nlp = spacy.blank("en")
    for _ in nlp.pipe(texts, batch_size=batch_size):
        pass
    return _since(t0)


def time_code(segs: pd.DataFrame, batch_size: int, n_process: int = 1):
    """(wall, cpu, result) of the whole code stage, pipeline set-up included."""
    from qualalliance.coding import code_segments

    t0 = _clock()
    result = code_segments(segs, batch_size=batch_size, n_process=n_process, theme_model=None)
    wall, cpu = _since(t0)
    return wall, cpu, result


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--words", type=int, default=1_000_000, help="minimum corpus size in words")
    ap.add_argument("--repeats", type=int, default=3, help="timed runs of each; the best is reported")
    ap.add_argument("--batch-size", type=int, default=1000)
    ap.add_argument("--n-process", type=int, default=1, help="also time the code stage on N processes")
    args = ap.parse_args(argv)

    segs, words, notes = build_corpus(args.words)
    texts = segs["text"].tolist()
    print(f"corpus: {words:,} words in {len(segs):,} segments; " + "; ".join(notes))
    from qualalliance.coding import code_segments

    import spacy

    # warm-up for both: imports, registries, the lookup table (loaded once per process)
    list(spacy.blank("en").pipe(texts[:2000]))
    code_segments(segs.head(2000), batch_size=args.batch_size, theme_model=None)
    bare, code, result = [], [], None
    for _ in range(args.repeats):  # interleaved, so both see the same machine load
        bare.append(time_bare(texts, args.batch_size))
        wall, cpu, result = time_code(segs, args.batch_size)
        code.append((wall, cpu))
    bare_wall, code_wall = min(b[0] for b in bare), min(c[0] for c in code)
    bare_cpu, code_cpu = min(b[1] for b in bare), min(c[1] for c in code)
    print(f"(a) bare spacy.blank('en') tokenisation: {words / bare_wall:10,.0f} words/s wall "
          f"({bare_wall:.2f} s), {words / bare_cpu:10,.0f} words/s CPU ({bare_cpu:.2f} s)")
    print(f"(b) qualalliance code stage, 1 process:  {words / code_wall:10,.0f} words/s wall "
          f"({code_wall:.2f} s), {words / code_cpu:10,.0f} words/s CPU ({code_cpu:.2f} s)")
    ratio_wall, ratio_cpu = bare_wall / code_wall, bare_cpu / code_cpu
    verdict = "met" if min(ratio_wall, ratio_cpu) >= 0.5 else "NOT met"
    print(f"ratio (b)/(a): {ratio_wall:.2f} wall, {ratio_cpu:.2f} CPU  (target >= 0.5: {verdict}; "
          f"best of {args.repeats} interleaved runs each)")
    print(f"codings: {result.summary()}")
    if args.n_process > 1:
        wall, cpu, _ = time_code(segs, args.batch_size, n_process=args.n_process)
        print(f"(c) qualalliance code stage, {args.n_process} processes: {words / wall:10,.0f} words/s wall "
              f"({wall:.2f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
