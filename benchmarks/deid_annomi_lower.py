"""What the lower-case name rules cost on real talk: AnnoMI lower-cased, as an automatic transcript is.

AnnoMI's dev split (real counselling talk, already de-identified but keeping the role-played
people's first names and some places) with every turn lower-cased, so that only the
evidence that works without capitals (docs/deid.md, "How names are found", 4) and the
structured rules can fire.  Prints the replacements per 10,000 words and every replacement
with its count: most should be the names and places AnnoMI keeps; the rest are what the
lower-case rules cost on real text.

    python benchmarks/deid_annomi_lower.py [--annomi PATH]
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from qualalliance.deid.engine import Deidentifier  # noqa: E402

ANNOMI = Path("/work/shared/corpora-external/annomi/AnnoMI-simple.dev.csv")


def lower_case_replacements(path: Path) -> tuple[int, Counter]:
    """Words read and ``TYPE:text`` -> count of every replacement in lower-cased AnnoMI."""
    texts = [t.lower() for t in pd.read_csv(path)["utterance_text"].fillna("").astype(str)]
    deid = Deidentifier()
    for t in texts:
        deid.learn(t)
    found: Counter = Counter()
    for t in texts:
        for s in deid.find(t):
            found[f"{s.entity_type}:{t[s.start:s.end]}"] += 1
    return sum(len(t.split()) for t in texts), found


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--annomi", type=Path, default=ANNOMI)
    a = ap.parse_args(argv)
    if not a.annomi.is_file():
        print(f"real text: {a.annomi} absent, skipped")
        return
    words, found = lower_case_replacements(a.annomi)
    hits = sum(found.values())
    print(f"lower-cased AnnoMI dev (real text): {hits} replacements in {words} words = "
          f"{10000 * hits / max(1, words):.1f} per 10,000 words")
    for item, n in sorted(found.items()):
        print(f"  {n:3d} {item}")


if __name__ == "__main__":
    main()
