"""Build the stop list for topic labels, shipped in the package.

    python scripts/build_topic_label_stopwords.py [-o qualalliance/data/topic_label_stopwords.txt]

A topic's label and top terms should say what the talk is *about*.  Some words are
frequent in every counselling conversation whatever it is about (*feel, talk, time,
help, change, hard*); c-TF-IDF still ranks them high in a topic whose units use them a
little more often, and labels like "feel / feeling / hard" follow.  The list has two
parts:

1. **From real counselling talk**: lemmas (the topic analyzer's own, so the list
   matches what the labels are made of) found in at least ``MIN_SESSION_SHARE`` of
   the sessions of *both* AnnoMI dev (106 sessions over 38 different topics) and
   MIBot (106 sessions, all about smoking).  Requiring both keeps out the words of
   one subject: *smoke* is in 99% of MIBot sessions but 29% of AnnoMI's, *drink* in
   39% of AnnoMI's but 18% of MIBot's, so both stay usable as topic words.
2. **General conversational English**, hand-picked: words of talk about talk and
   feeling, hedges and intensifiers that carry no subject (*feeling, pretty,
   probably, definitely*); the fillers and discourse markers (*yeah, like, just,
   really, know, think*) are already removed for every purpose (``TRANSCRIPT_FILLERS``
   in qualalliance/topics/text.py).

Neither part comes from the synthetic demo study.  Needs ``../shared/corpora-external``;
prints the document shares it used.  The same corpora give the same file.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "corpora-external"
OUT = ROOT / "qualalliance" / "data" / "topic_label_stopwords.txt"
MIN_SESSION_SHARE = 0.40

# part 2: general conversational English with no subject (not drawn from any corpus here)
CONVERSATIONAL = """
    feeling feelings felt pretty probably definitely totally honestly literally absolutely
    certainly obviously exactly especially usually sometimes stuff somebody someone
    anybody everybody lots little bit whatever sort kind way ways
""".split()


def session_texts() -> tuple[list[str], list[str]]:
    import pandas as pd

    annomi_csv = SHARED / "annomi" / "AnnoMI-simple.dev.csv"
    mibot_dir = SHARED / "mibot" / "transcripts"
    for p in (annomi_csv, mibot_dir):
        if not p.exists():
            sys.exit(f"error: {p} not found: ../shared/corpora-external is needed to build the list")
    annomi = pd.read_csv(annomi_csv)
    a = annomi.groupby("transcript_id")["utterance_text"].agg(lambda s: " ".join(map(str, s))).tolist()
    m = [" ".join(u["text"] for u in json.loads(p.read_text(encoding="utf-8"))["utterances"])
         for p in sorted(mibot_dir.glob("*.json"))]
    return a, m


def session_shares(texts: list[str], analyzer) -> dict[str, float]:
    counts = Counter()
    for text in texts:
        counts.update(set(analyzer.lemmas(text)))
    return {w: n / len(texts) for w, n in counts.items()}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-o", "--out", type=Path, default=OUT)
    args = ap.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    from qualalliance.topics.text import STOP_WORDS, LemmaAnalyzer

    analyzer = LemmaAnalyzer(stop_words=STOP_WORDS)
    annomi, mibot = session_texts()
    sa, sm = session_shares(annomi, analyzer), session_shares(mibot, analyzer)
    counselling = sorted(w for w in set(sa) & set(sm)
                         if min(sa[w], sm[w]) >= MIN_SESSION_SHARE and w.isalpha())
    print(f"AnnoMI dev: {len(annomi)} sessions, MIBot: {len(mibot)} sessions")
    print(f"lemmas in >= {MIN_SESSION_SHARE:.0%} of the sessions of both ({len(counselling)}):")
    for w in counselling:
        print(f"  {w:14s} AnnoMI {sa[w]:.2f}  MIBot {sm[w]:.2f}")
    conversational = sorted(set(CONVERSATIONAL) - set(counselling) - STOP_WORDS)
    lines = [
        "# Stop list for topic labels and top terms (not for clustering): words with no subject.",
        "# Built by scripts/build_topic_label_stopwords.py; see docs/topics.md. One word per line.",
        f"# Part 1, from real counselling talk: lemmas in >= {MIN_SESSION_SHARE:.0%} of the sessions of both",
        f"# AnnoMI dev ({len(annomi)} sessions, 38 topics) and MIBot ({len(mibot)} smoking sessions).",
        *counselling,
        "# Part 2, general conversational English (hand-picked): talk about feeling, hedges, intensifiers.",
        *conversational,
    ]
    args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(counselling) + len(conversational)} words to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
