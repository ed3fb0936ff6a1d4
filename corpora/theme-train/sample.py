"""Draw the theme-train turns from AnnoMI (dev split) and MIBot, apart from theme-gold.

Run from the repository root with ``../shared`` beside it::

    python corpora/theme-train/sample.py --round 1
    python corpora/theme-train/sample.py --round 2
    python corpora/theme-train/sample.py --round 3
    python corpora/theme-train/sample.py --round 4
    python corpora/theme-train/sample.py --round 5

Round R writes ``corpora/theme-train/sample_rR.csv`` (the drawn turns with their
neighbours) and ``corpora/theme-train/batches/rR_batch_NN.csv`` (what each coder was
given).  A later round never draws a turn an earlier round drew.  Turn numbering
is qualalliance's own (the same readers, so keys match ``qualalliance ingest``) and the
same as theme-gold's.  Turns that theme-gold coded are never drawn, so theme-gold stays a
fair test; training folds drop whole transcripts when they are tested (see
benchmarks/coding_gold.py).

Design (seed 20261207 + round - 1):
* eligible turns: at least 6 whitespace-separated words (as theme-gold);
* per corpus and role, half drawn at random and half from turns that contain an
  *enrichment* word: relationship, session-structure, change and feeling words chosen
  from the codebook's definitions and the MI literature, so that the rarer codes
  (bond, rupture, repair, reassurance, trust) get enough positives to learn from;
* a shared overlap of 30 turns is given to every coder of a round, for inter-coder
  agreement.
"""
from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

import pandas as pd

SEED = 20261207
MIN_WORDS = 6
HERE = Path(__file__).resolve().parent
SHARED = HERE.parents[1].parent / "shared" / "corpora-external"
N_OVERLAP = 30
# round -> (number of coders, corpus -> role -> (random, enriched))
ROUNDS = {
    1: (6, {"annomi": {"therapist": (250, 170), "participant": (250, 170)},
            "mibot": {"therapist": (70, 70), "participant": (110, 110)}}),
    2: (7, {"annomi": {"therapist": (300, 150), "participant": (300, 150)},
            "mibot": {"therapist": (100, 100), "participant": (250, 100)}}),
    3: (6, {"annomi": {"therapist": (200, 150), "participant": (200, 150)},
            "mibot": {"therapist": (100, 100), "participant": (150, 100)}}),
    # round 4: what is left; few client turns with an enrichment word remain
    4: (6, {"annomi": {"therapist": (250, 100), "participant": (350, 50)},
            "mibot": {"therapist": (100, 100), "participant": (200, 0)}}),
    # round 5: every client turn still eligible (ALL), and counsellor turns half aimed at
    # hope, the one code with >= 10 theme-gold instances still below F1 0.40 after round 4
    5: (3, {"annomi": {"therapist": (150, "ALL"), "participant": ("ALL", 0)},
            "mibot": {"therapist": (100, 150), "participant": ("ALL", 0)}}),
}
ENRICH = [
    "understand", "understood", "appreciate", "thank", "sorry", "apologi[sz]e", "permission",
    "okay if", "ok if", "mind if", "normal", "common", "understandable", "natural", "plan",
    "goal", "want to", "wanna", "quit", "change", "cut down", "next step", "agenda", "session",
    "support", "proud", "great", "admire", "impressive", "trust", "honest", "open up", "safe",
    "worried", "worry", "scared", "afraid", "anxious", "nervous", "stress", "hope", "feel",
    "felt", "body", "pain", "hurt", "lonely", "alone", "judg", "lectur", "my choice", "my decision",
    "nag", "listen", "you mean", "clarify", "hearing", "together", "realis", "realiz", "notice",
    "aware", "forgive", "blame", "myself", "accept", "let go", "calm", "peace", "help",
]
# Round 3 aims at the codes the second stage still misses most on real talk after rounds
# 1-2 (goals, bond, hope, insight, compassion, connectedness, rupture, repair), with words
# from the codebook's definitions and the MI / rupture-repair literature (Miller & Rollnick's
# change talk and affirmations; Safran & Muran's confrontation and withdrawal markers).
ENRICH_R3 = [
    "want to", "wanna", "trying to", "going to", "gonna", "need to", "would like", "i'd like",
    "hoping", "hope", "looking forward", "confident", "possible", "better", "healthier",
    "cut back", "cutting", "stop", "quit", "reduce", "get back", "goal", "priorit",
    "strength", "courage", "effort", "commend", "appreciate", "thank you for", "glad", "proud",
    "you've", "you have been", "impress", "realis", "realiz", "never thought", "makes sense",
    "figured", "dawned", "learn", "kind to myself", "forgive", "easy on myself", "gentle",
    "hard on myself", "blame myself", "family", "friends", "together", "connect", "support",
    "lectur", "judg", "don't tell me", "nag", "pushy", "not helpful", "waste", "annoy",
    "sorry", "misunderstood", "let me", "i hear", "fair enough", "you're right", "correct me",
]
# Round 5 aims at hope, from the codebook's hope definition and include (hope, optimism,
# looking forward, a fresh start, believing change is possible, motivation for the future;
# hopelessness, "no way out").
ENRICH_R5 = [
    "hope", "hoping", "hopeful", "optimis", "looking forward", "look forward", "can't wait", "excited",
    "believe", "confident", "possible", "positive", "future", "fresh start", "new start", "get there",
    "give up", "giving up", "hopeless", "no point", "pointless", "never going to", "no way out",
    "motivat", "better", "someday", "one day",
]
ENRICH_BY_ROUND = {1: ENRICH, 2: ENRICH, 3: ENRICH_R3, 4: ENRICH_R3, 5: ENRICH_R5}


def enrich_re(words: list[str]) -> re.Pattern:
    return re.compile(r"\b(?:%s)" % "|".join(w.replace(" ", r"\s+") for w in words), re.I)


def all_turns() -> pd.DataFrame:
    sys.path.insert(0, str(HERE.parents[1]))
    from qualalliance.ingest import ingest as ingest_sources

    frames = []
    for corpus, src in (("annomi", SHARED / "annomi" / "AnnoMI-simple.dev.csv"),
                        ("mibot", SHARED / "mibot" / "transcripts")):
        segs = ingest_sources([src]).segments
        segs = segs[["doc_id", "turn", "role", "text"]].copy()
        segs.insert(0, "corpus", corpus)
        frames.append(segs)
    return pd.concat(frames, ignore_index=True)


def with_context(df: pd.DataFrame) -> pd.DataFrame:
    df = df.sort_values(["doc_id", "turn"], kind="stable").reset_index(drop=True)
    label = df["role"].str[0].str.upper() + ": " + df["text"]
    g = df.groupby("doc_id", sort=False)
    df["prev2"] = label.groupby(df["doc_id"]).shift(2).fillna("")
    df["prev1"] = label.groupby(df["doc_id"]).shift(1).fillna("")
    df["next1"] = label.groupby(df["doc_id"]).shift(-1).fillna("")
    del g
    return df


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--round", type=int, default=1, choices=sorted(ROUNDS))
    rnd = parser.parse_args().round
    n_batches, draws = ROUNDS[rnd]
    seed = SEED + rnd - 1
    gold_path = SHARED / "theme-gold" / "gold.csv"
    if not gold_path.exists():
        sys.exit(f"error: {gold_path} not found (../shared is needed to draw the sample)")
    gold = pd.read_csv(gold_path, dtype={"doc_id": str})
    turns = with_context(all_turns())
    key = turns["doc_id"] + "#" + turns["turn"].astype(str)
    taken = set(gold["doc_id"] + "#" + gold["turn"].astype(str))
    for earlier in range(1, rnd):
        prev = pd.read_csv(HERE / f"sample_r{earlier}.csv", dtype={"doc_id": str})
        taken |= set(prev["doc_id"] + "#" + prev["turn"].astype(str))
    in_gold = key.isin(taken)
    turns["n_words"] = turns["text"].str.split().str.len()
    elig = turns[(turns["n_words"] >= MIN_WORDS) & ~in_gold].copy()
    elig["enriched"] = elig["text"].str.contains(enrich_re(ENRICH_BY_ROUND[rnd]))
    parts = []
    for corpus, roles in draws.items():
        for role, (n_rand, n_enr) in roles.items():
            pool = elig[(elig.corpus == corpus) & (elig.role == role)]
            rand = pool.sample(n=len(pool) if n_rand == "ALL" else n_rand, random_state=seed).assign(sample="random")
            rest = pool[pool.enriched & ~pool.index.isin(rand.index)]
            enr = rest.sample(n=len(rest) if n_enr == "ALL" else n_enr, random_state=seed).assign(sample="enriched")
            parts += [rand, enr]
    s = pd.concat(parts)
    if s.duplicated(["doc_id", "turn"]).any():
        raise SystemExit("internal: duplicate draw")
    s = s.sample(frac=1.0, random_state=seed).reset_index(drop=True)
    overlap = s.iloc[:N_OVERLAP].assign(overlap=True)
    unique = s.iloc[N_OVERLAP:].assign(overlap=False)
    cols = ["corpus", "doc_id", "turn", "role", "sample", "overlap", "prev2", "prev1", "text", "next1"]
    pd.concat([overlap, unique]).sort_values(["corpus", "doc_id", "turn"])[cols].to_csv(HERE / f"sample_r{rnd}.csv", index=False)
    bdir = HERE / "batches"
    bdir.mkdir(exist_ok=True)
    for b in range(n_batches):
        part = pd.concat([unique.iloc[b::n_batches], overlap])
        part = part.sample(frac=1.0, random_state=seed + b).reset_index(drop=True)
        prefix = f"b{b + 1:02d}" if rnd == 1 else f"r{rnd}b{b + 1:02d}"
        part.insert(0, "item", [f"{prefix}-{i + 1:03d}" for i in range(len(part))])
        name = f"batch_{b + 1:02d}.csv" if rnd == 1 else f"r{rnd}_batch_{b + 1:02d}.csv"
        part[["item"] + cols].to_csv(bdir / name, index=False)
    print(s.groupby(["corpus", "role", "sample"]).size().to_string())
    print(f"{len(s)} turns; {n_batches} batches of about {len(unique) // n_batches + N_OVERLAP}")


if __name__ == "__main__":
    main()
