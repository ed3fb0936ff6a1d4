"""Theme coding against an independent reference coding of real counselling turns (theme-gold).

    python benchmarks/coding_gold.py [--boot 1000] [--folds 5] [--markdown docs/coding_gold.md]

Reads ``../shared/corpora-external/theme-gold/gold.csv`` (400 AnnoMI and MIBot turns coded
with this codebook by the rules in its README) and the AnnoMI/MIBot transcripts around
them, and scores every coder configuration on the same 400 turns:

* ``rules, codebook 1.0.0``: the previous codebook (read from git history), rules alone;
* ``rules, codebook 2.1.0``: this codebook, rules alone (``code --rules-only``);
* ``rules + model, grouped CV``: the protocol of record, and the recipe of the shipped
  model (``scripts/build_theme_model.py``, which learns from theme-train *and* all of
  theme-gold, so it cannot be scored on theme-gold itself).  Transcript-grouped k-fold
  cross-validation over theme-gold: each fold's turns are scored by a model fitted on
  corpora/theme-train plus the other folds (theme-gold turns weighted as the build
  script weights them), with every turn of the fold's transcripts removed from its
  training data.

For each: micro and per-code precision, recall, F1 and Cohen's kappa (affirmed codes;
unit = turn), with percentile bootstrap 95% intervals that resample transcripts; for the
CV row also the precision/recall trade-off over ``min_confidence``, and scores by corpus
and by sample (random vs keyword-enriched rows, as theme-gold's README advises).  Then the
second stage's speed on all AnnoMI + MIBot turns on this machine.

theme-gold is one careful AI coder's reading, not a consensus standard: report these
figures as agreement with it.  Skips with a reason when ../shared is absent.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))
SHARED = ROOT.parent / "shared" / "corpora-external"
GOLD = SHARED / "theme-gold" / "gold.csv"
OLD_CODEBOOK_COMMIT = "611e8c3"  # last commit with codebook 1.0.0
THRESHOLDS = (0.3, 0.4, 0.5, 0.55, 0.6, 0.65, 0.7, 0.8)


def old_codebook(tmp: Path) -> Path | None:
    try:
        text = subprocess.run(["git", "-C", str(ROOT), "show", f"{OLD_CODEBOOK_COMMIT}:qualalliance/data/codebook.yaml"],
                              capture_output=True, text=True, check=True).stdout
    except (OSError, subprocess.CalledProcessError):
        return None
    path = tmp / "codebook-1.0.0.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def affirmed_of(codings: pd.DataFrame, units: pd.DataFrame) -> pd.DataFrame:
    aff = codings[codings["polarity"] == "affirmed"] if "polarity" in codings else codings[~codings["negated"]]
    aff = aff[["doc_id", "turn", "code"]].drop_duplicates()
    return aff.merge(units[["doc_id", "turn"]], on=["doc_id", "turn"])


def from_probs(P: pd.DataFrame, X: pd.DataFrame, book, threshold: float) -> pd.DataFrame:
    """The turns x codes ``qualalliance code`` would code at *threshold*, as a long table."""
    from qualalliance.coding.second_stage import turn_decisions

    rows, cols = np.nonzero(turn_decisions(P, X, book, threshold))
    return pd.DataFrame({"doc_id": X["doc_id"].to_numpy()[rows], "turn": X["turn"].to_numpy()[rows].astype(int),
                         "code": P.columns.to_numpy()[cols]})


def grouped_cv(segments, reference, in_gold, book, folds: int, gold_weight: float = 1.0) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Out-of-fold P(code) for every gold turn and the gold turn table, from the shipped
    model's training *reference* (``in_gold`` marks theme-gold's units, in its order)."""
    from qualalliance.coding.scorer import ThemeScorer, _group_folds
    from qualalliance.coding.training import DEFAULT_PARAMS, training_table

    X, Y, Yn = training_table(segments, reference, book)  # rows in reference.units order
    is_gold = np.asarray(in_gold, dtype=bool)
    G = X[is_gold].reset_index(drop=True)
    P = pd.DataFrame(0.0, index=G.index, columns=Y.columns)
    weight = np.where(is_gold, gold_weight, 1.0)
    for k, (_, test) in enumerate(_group_folds(G["doc_id"].to_numpy(), folds)):
        held = set(G["doc_id"].iloc[test])
        keep = ~X["doc_id"].isin(held).to_numpy()
        t0 = time.perf_counter()
        model = ThemeScorer(**DEFAULT_PARAMS).fit(X[keep].reset_index(drop=True), Y[keep].reset_index(drop=True),
                                                  Y_negated=Yn[keep].reset_index(drop=True), sample_weight=weight[keep])
        P.iloc[test] = model.predict_proba(G.iloc[test].reset_index(drop=True)).to_numpy()
        print(f"  fold {k + 1}/{folds}: {len(test)} gold turns held out with {len(held)} transcripts; "
              f"trained on {int(keep.sum())} turns in {time.perf_counter() - t0:.0f} s", file=sys.stderr)
    return P, G


def fmt(x, digits=2) -> str:
    return "" if pd.isna(x) else f"{x:.{digits}f}"


def row_text(name: str, a: pd.DataFrame) -> str:
    m = a.set_index("code").loc["(micro)"]
    return (f"| {name} | {int(m.n_pred)} | {fmt(m.precision)} ({fmt(m.precision_low)}–{fmt(m.precision_high)}) | "
            f"{fmt(m.recall)} ({fmt(m.recall_low)}–{fmt(m.recall_high)}) | {fmt(m.f1)} ({fmt(m.f1_low)}–{fmt(m.f1_high)}) "
            f"| {fmt(m.kappa)} |")


def per_code_text(a: pd.DataFrame) -> list[str]:
    lines = ["| code | reference | coded | precision | recall | F1 (95% CI) | kappa |", "|---|---|---|---|---|---|---|"]
    for r in a.itertuples():
        if r.n_ref == 0 and r.n_pred == 0:
            continue
        lines.append(f"| {r.code} | {r.n_ref} | {r.n_pred} | {fmt(r.precision)} | {fmt(r.recall)} | "
                     f"{fmt(r.f1)} ({fmt(r.f1_low)}–{fmt(r.f1_high)}) | {fmt(r.kappa)} |")
    return lines


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description="Theme coding against theme-gold.")
    parser.add_argument("--boot", type=int, default=1000, help="bootstrap resamples of transcripts")
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--markdown", type=Path, help="also write the tables to this Markdown file")
    args = parser.parse_args(argv)
    if not GOLD.is_file():
        print(f"skipped: {GOLD} not found (theme-gold lives in ../shared)")
        return 0
    from build_theme_model import GOLD_WEIGHT, load_study_segments, load_training_reference

    from qualalliance.coding import code_segments
    from qualalliance.coding.agreement import code_agreement
    from qualalliance.coding.style import IN_STYLE_CONFIDENCE  # what min_confidence auto uses on this talk
    from qualalliance.coding.reference import read_reference
    from qualalliance.codebook import load_codebook

    book = load_codebook(None)
    codes = [c.id for c in book.applicable]
    segments = load_study_segments()
    gold = read_reference(GOLD)
    units = gold.units
    ref = gold.affirmed()
    meta = pd.read_csv(GOLD, dtype={"doc_id": str}, keep_default_na=False)[["doc_id", "turn", "corpus", "sample"]]
    docs = segments[segments["doc_id"].isin(set(units["doc_id"]))].reset_index(drop=True)

    def score(pred: pd.DataFrame, on: pd.DataFrame = units, reference: pd.DataFrame = ref) -> pd.DataFrame:
        return code_agreement(reference, pred, on, codes, n_boot=args.boot, seed=0)

    results: dict[str, pd.DataFrame] = {}
    with tempfile.TemporaryDirectory() as tmp:
        old = old_codebook(Path(tmp))
        if old is not None:
            r = code_segments(docs, old, theme_model=None)
            results["rules, codebook 1.0.0"] = score(affirmed_of(r.codings, units))
    r = code_segments(docs, book, theme_model=None)
    results[f"rules, codebook {book.version}"] = score(affirmed_of(r.codings, units))

    reference, in_gold, _ = load_training_reference()
    P, G = grouped_cv(segments, reference, in_gold, book, args.folds, GOLD_WEIGHT)
    cv_pred = from_probs(P, G, book, IN_STYLE_CONFIDENCE)
    results[f"rules + model, transcript-grouped {args.folds}-fold CV (min_confidence {IN_STYLE_CONFIDENCE})"] = \
        cv = score(cv_pred, G)

    out = ["## Theme coding against theme-gold (400 real counselling turns)", "",
           "Micro-averaged over all codes; unit = turn; 95% CIs resample transcripts "
           f"({args.boot} bootstrap resamples).", "",
           "| coder | codings | precision | recall | F1 | kappa |", "|---|---|---|---|---|---|"]
    out += [row_text(name, a) for name, a in results.items()]
    out += ["", f"### Precision and recall by min_confidence (grouped CV; not-judged codes decided by the rules at every threshold)", "",
            "| min_confidence | codings | precision | recall | F1 |", "|---|---|---|---|---|"]
    for t in THRESHOLDS:
        a = code_agreement(ref, from_probs(P, G, book, t), G, codes, n_boot=0).set_index("code").loc["(micro)"]
        out.append(f"| {t} | {int(a.n_pred)} | {fmt(a.precision)} | {fmt(a.recall)} | {fmt(a.f1)} |")
    out += ["", f"### Per code (grouped CV, min_confidence {IN_STYLE_CONFIDENCE})", ""] + per_code_text(cv)
    out += ["", f"### By corpus and sample (grouped CV, min_confidence {IN_STYLE_CONFIDENCE})", "",
            "| subset | turns | precision | recall | F1 |", "|---|---|---|---|---|"]
    Gm = G[["doc_id", "turn"]].merge(meta, on=["doc_id", "turn"])
    for col in ("corpus", "sample"):
        for value in sorted(Gm[col].unique()):
            sub = Gm[Gm[col] == value][["doc_id", "turn"]]
            keep = lambda df: df.merge(sub, on=["doc_id", "turn"])  # noqa: E731
            a = code_agreement(keep(ref), keep(cv_pred), sub, codes, n_boot=0).set_index("code").loc["(micro)"]
            out.append(f"| {col} = {value} | {len(sub)} | {fmt(a.precision)} | {fmt(a.recall)} | {fmt(a.f1)} |")

    all_turns = segments.reset_index(drop=True)
    t0 = time.perf_counter()
    code_segments(all_turns, book, theme_model=None)
    t_rules = time.perf_counter() - t0
    t0 = time.perf_counter()
    code_segments(all_turns, book)
    t_both = time.perf_counter() - t0
    second = max(t_both - t_rules, 1e-9)
    out += ["", "### Speed (this machine)", "",
            f"{len(all_turns):,} AnnoMI + MIBot turns: rules {t_rules:.1f} s; rules + second stage {t_both:.1f} s; "
            f"the second stage alone {len(all_turns) / second:,.0f} turns/s (embedding included)."]
    text = "\n".join(out)
    print(text)
    if args.markdown:
        args.markdown.write_text(text + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
