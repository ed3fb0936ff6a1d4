"""Cross-corpus check of the theme coder's second stage: does it transfer to another style of talk?

    python benchmarks/coding_transfer.py [--variants shipped,...] [--codes] [--cv] [--codebook FILE | --hope-rules]

A proxy for "another therapy style" that uses **only corpora/theme-train** (never
theme-gold): train the second stage on theme-train's AnnoMI turns (spoken MI role-plays)
and score its MIBot turns (typed chat between smokers and a counselling bot), and the
reverse.  Each direction is scored per code and micro-averaged (affirmed codes, unit =
turn) at the coder's default ``min_confidence``, exactly as ``qualalliance code`` decides
(codes and roles the model does not judge are left to the rules).  ``--cv`` adds
transcript-grouped 5-fold cross-validation over all of theme-train (within style).

Each *variant* is a set of :class:`~qualalliance.coding.scorer.ThemeScorer` parameters
on top of the shipped ones (``training.DEFAULT_PARAMS``), or a change to the turns the
model reads (``topic-masked``) or to how its probabilities become codings (``label-shift``,
``hit-floor``); ``VARIANTS`` lists them with what they test (docs/coding.md, "Cross-corpus
check", gives the results of those run).  ``--threshold`` scores at another
``min_confidence`` than the coder's default.
Needs ``../shared/corpora-external`` (the turns' texts) and the packaged embedding;
skips with a reason without them.
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))
sys.path.insert(0, str(ROOT))  # this checkout's qualalliance, not whichever one the venv installed
SHARED = ROOT.parent / "shared" / "corpora-external"

from coding_gold import fmt, from_probs  # noqa: E402  (benchmarks/ is on sys.path when this file runs as a script)

# Behaviour-change topic words (what the client is changing: smoking in MIBot, drinking, eating,
# exercise, drugs ... in AnnoMI).  ``topic-masked`` replaces them by one token in the words the
# model reads (the embedding still reads the turn as said), to test whether goals and tasks learnt
# on one topic fail on another because the model keyed on the topic.
_TOPIC_WORDS = re.compile(
    r"\b(?:smok\w*|cigarettes?|cigs?|vap\w*|e-cig\w*|nicotine|tobacco|drink\w*|drank|drunk|alcohol\w*|beers?|"
    r"wine|booze|liquor|vodka|whiske?y|weight|diet\w*|eat\w*|ate|food|snack\w*|exercis\w*|gym|workouts?|running|"
    r"drugs?|cannabis|marijuana|weed|pot|cocaine|coke|heroin|meth|opioids?|pills?|gambl\w*|medications?|meds|"
    r"insulin|sugar|sodas?|juice|fruit|vegetables?|calories|pounds|kilos?|packs?|puffs?|patch(?:es)?|gum|"
    r"lozenges?|inhalers?|quit\w*|cutting down|cut down)\b", re.IGNORECASE)


def mask_topic_words(X: pd.DataFrame) -> pd.DataFrame:
    """*X* with behaviour-change topic words replaced in the word features' texts; the embedding
    reads the original turn (``embed_text``)."""
    X = X.copy()
    X["embed_text"] = X["text"]
    for col in ("text", "prev_text", "next_text"):
        X[col] = X[col].fillna("").str.replace(_TOPIC_WORDS, "behaviourword", regex=True)
    return X


def em_prior_shift(P: pd.DataFrame, train_prior: dict[str, float], iterations: int = 100) -> pd.DataFrame:
    """Saerens, Latinne & Decaestecker (2002): re-estimate each code's prevalence on the new turns
    by EM and adjust the calibrated probabilities to it (label shift; NaN cells stay NaN)."""
    Q = P.copy()
    for code in P.columns:
        p = P[code].to_numpy(dtype=float)
        judged = ~np.isnan(p)
        if not judged.any():
            continue
        base = float(np.clip(train_prior[code], 1e-4, 1 - 1e-4))
        prior, q = base, p[judged]
        for _ in range(iterations):
            a = prior / base * p[judged]
            q = a / (a + (1 - prior) / (1 - base) * (1 - p[judged]))
            new = float(q.mean())
            if abs(new - prior) < 1e-6:
                break
            prior = new
        Q.loc[judged, code] = q
    return Q

_HIT_FLOOR = 0.3  # the hit-floor variant's least model probability for a rule hit

# name -> ThemeScorer parameters over training.DEFAULT_PARAMS (or a named change of the turns read or
# of the decision: see Variant below), and what the variant tests
VARIANTS: dict[str, tuple[dict, str]] = {
    "shipped": ({}, "the shipped settings"),
    "no-role-words": ({"role_weight": 0.0}, "no per-role copies of the words"),
    "no-prev-words": ({"context_weight": 0.0}, "no previous-turn words"),
    "no-role-priors": ({"role_priors": False}, "no speaker/previous-speaker role indicators"),
    "C1": ({"C": 1.0}, "stronger L2 regularisation (C 1 instead of 4)"),
    "C0.5": ({"C": 0.5}, "stronger L2 regularisation (C 0.5)"),
    "emb2": ({"embedding_weight": 2.0}, "MiniLM embedding weighted 2x against the words"),
    "emb-only": ({"word_weight": 0.0, "role_weight": 0.0, "context_weight": 0.0},
                 "MiniLM embedding, roles and rule hits only: no word features"),
    "chars": ({"char_ngrams": True}, "character 2-5 grams added"),
    "min_df5": ({"min_df": 5}, "words seen in at least 5 turns (drop corpus-specific rare words)"),
    "topic-masked": ({}, "behaviour-change topic words masked in the word features (mask_topic_words)"),
    "label-shift": ({}, "probabilities adjusted to each code's EM-estimated prevalence on the new turns (em_prior_shift)"),
    "hit-floor": ({}, f"also code an affirmed rule hit the model gives at least {_HIT_FLOOR}"),
}
# variants that change what the model reads or how its probabilities become codings
TRANSFORMS = {"topic-masked": mask_topic_words}
HIT_FLOOR = {"hit-floor": _HIT_FLOOR}
PRIOR_SHIFT = {"label-shift"}


# A candidate change to hope's rules, tried with --hope-rules (not adopted; docs/coding.md):
# Snyder's agency/possibility wording the codebook lacked, and the politeness formulas its
# exclude names ("I look forward to hearing how it goes", "I hope this helps") and a skill sense.
HOPE_RULES = {
    "phrases": ["not too late", "never too late", "anything is possible", "anything's possible"],
    "exclude_patterns": ["look forward to hearing", "look forward to seeing", "look forward to talking",
                         "look forward to speaking", "look forward to checking", "look forward to our",
                         "look forward to the next", "look forward to next", "look forward to working with you",
                         "hope it's been helpful", "hope this has been helpful", "hope that's been helpful",
                         "hope this helps", "hope that helps", "get better at"],
}


def codebook_with_hope_rules(folder: Path) -> Path:
    """The packaged codebook with ``HOPE_RULES`` added to hope's lists, written to *folder*."""
    import yaml

    from qualalliance.codebook import default_codebook_path

    data = yaml.safe_load(default_codebook_path().read_text(encoding="utf-8"))
    hope = next(c for c in data["codes"] if c["id"] == "hope")
    for key, extra in HOPE_RULES.items():
        hope[key] = list(hope.get(key) or []) + extra
    path = folder / "codebook-hope-rules.yaml"
    path.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True), encoding="utf-8")
    return path


def corpus_of(doc_ids: pd.Series) -> np.ndarray:
    return doc_ids.astype(str).str.split("-").str[0].to_numpy()


def decide(scorer, X: pd.DataFrame, book, threshold: float, variant: str = "shipped",
           train_prior: dict[str, float] | None = None) -> pd.DataFrame:
    """The (doc_id, turn, code) rows ``qualalliance code`` would code at *threshold* (with
    *variant*'s change of the decision, if it has one)."""
    P = scorer.predict_proba(X)
    if variant in PRIOR_SHIFT:
        P = em_prior_shift(P, train_prior)
    coded = from_probs(P, X, book, threshold)
    if variant in HIT_FLOOR:
        # cells at or above the floor made NaN, where the rules decide: an affirmed hit is coded there
        floor = from_probs(P.mask(P >= HIT_FLOOR[variant]), X, book, 2.0)
        coded = pd.concat([coded, floor]).drop_duplicates(ignore_index=True)
    return coded


def fit(params: dict, X, Y, Yn):
    from qualalliance.coding.scorer import ThemeScorer
    from qualalliance.coding.training import DEFAULT_PARAMS

    return ThemeScorer(**{**DEFAULT_PARAMS, **params}).fit(X.reset_index(drop=True), Y.reset_index(drop=True),
                                                           Y_negated=Yn.reset_index(drop=True))


def evaluate(name: str, X, Y, Yn, reference, book, codes, threshold: float, cv: bool) -> dict[str, pd.DataFrame]:
    """Per code and micro agreement of variant *name* for each direction (and the within-style CV)."""
    from qualalliance.coding.agreement import code_agreement
    from qualalliance.coding.scorer import _group_folds

    params = VARIANTS[name][0]
    if name in TRANSFORMS:
        X = TRANSFORMS[name](X)
    corpus = corpus_of(X["doc_id"])
    ref = reference.affirmed()
    out = {}
    for train, test in (("annomi", "mibot"), ("mibot", "annomi")):
        tr, te = corpus == train, corpus == test
        scorer = fit(params, X[tr], Y[tr], Yn[tr])
        units = X.loc[te, ["doc_id", "turn"]]
        pred = decide(scorer, X[te].reset_index(drop=True), book, threshold, name, Y[tr].mean().to_dict())
        out[f"{train} -> {test}"] = code_agreement(ref.merge(units), pred, units, codes, n_boot=0)
    if cv:
        preds = []
        for tr, te in _group_folds(X["doc_id"].to_numpy(), 5):
            scorer = fit(params, X.iloc[tr], Y.iloc[tr], Yn.iloc[tr])
            preds.append(decide(scorer, X.iloc[te].reset_index(drop=True), book, threshold, name,
                                Y.iloc[tr].mean().to_dict()))
        units = X[["doc_id", "turn"]]
        out["grouped 5-fold CV"] = code_agreement(ref, pd.concat(preds, ignore_index=True), units, codes, n_boot=0)
    return out


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description="Cross-corpus check of the theme coder's second stage.")
    parser.add_argument("--variants", default="shipped", help=f"comma-separated, from: {', '.join(VARIANTS)}")
    parser.add_argument("--codes", action="store_true", help="also print per-code tables")
    parser.add_argument("--cv", action="store_true", help="also transcript-grouped 5-fold CV over theme-train")
    parser.add_argument("--codebook", type=Path, help="a codebook file to compare (default: the packaged one)")
    parser.add_argument("--hope-rules", action="store_true", help="the packaged codebook with HOPE_RULES added")
    parser.add_argument("--threshold", type=float, help="min_confidence to score at (default: the in-style 0.6)")
    args = parser.parse_args(argv)
    names = [v.strip() for v in args.variants.split(",") if v.strip()]
    unknown = [n for n in names if n not in VARIANTS]
    if unknown:
        parser.error(f"unknown variant(s): {', '.join(unknown)}")
    if not (SHARED / "annomi").is_dir() or not (SHARED / "mibot").is_dir():
        print(f"skipped: {SHARED} not found (the theme-train turns' texts live in ../shared)")
        return 0
    from build_theme_model import load_study_segments, load_theme_train

    from qualalliance.codebook import load_codebook
    from qualalliance.coding.style import IN_STYLE_CONFIDENCE
    from qualalliance.coding.training import training_table

    tmp = tempfile.TemporaryDirectory()
    book = load_codebook(codebook_with_hope_rules(Path(tmp.name)) if args.hope_rules else args.codebook)
    codes = [c.id for c in book.applicable]
    reference, _ = load_theme_train()
    X, Y, Yn = training_table(load_study_segments(), reference, book)
    corpus = corpus_of(X["doc_id"])
    # the in-style threshold: what code's min_confidence auto uses where the talk is like the
    # training talk (benchmarks/coding_style.py shows which rows auto would code at 0.5)
    threshold = IN_STYLE_CONFIDENCE if args.threshold is None else args.threshold
    print(f"theme-train: {int((corpus == 'annomi').sum())} AnnoMI turns, {int((corpus == 'mibot').sum())} MIBot turns; "
          f"min_confidence {threshold}", file=sys.stderr)

    micro = ["| variant | evaluation | reference | coded | precision | recall | F1 |", "|---|---|---|---|---|---|---|"]
    per_code: list[str] = []
    for name in names:
        what = VARIANTS[name][1]
        t0 = time.perf_counter()
        results = evaluate(name, X, Y, Yn, reference, book, codes, threshold, args.cv)
        print(f"  {name} ({what}): {time.perf_counter() - t0:.0f} s", file=sys.stderr)
        for direction, a in results.items():
            m = a.set_index("code").loc["(micro)"]
            micro.append(f"| {name} | {direction} | {int(m.n_ref)} | {int(m.n_pred)} | {fmt(m.precision)} | "
                         f"{fmt(m.recall)} | {fmt(m.f1)} |")
            print("  " + micro[-1], file=sys.stderr)  # progress: the runs take minutes each
        if args.codes:
            cols = list(results)
            per_code += ["", f"#### Per code: {name} (F1, and reference / coded turns)", "",
                         "| code | " + " | ".join(cols) + " |", "|---|" + "---|" * len(cols)]
            tables = {d: a.set_index("code") for d, a in results.items()}
            for code in codes + ["(micro)"]:
                cells = []
                for d in cols:
                    r = tables[d].loc[code]
                    cells.append(f"{fmt(r.f1)} ({int(r.n_ref)} / {int(r.n_pred)})")
                if any(int(tables[d].loc[code].n_ref) or int(tables[d].loc[code].n_pred) for d in cols):
                    per_code.append(f"| {code} | " + " | ".join(cells) + " |")
        sys.stdout.flush()
    print("\n".join([f"### Cross-corpus check (theme-train only; micro, affirmed codes, unit = turn; min_confidence {threshold})",
                      ""] + micro
                    + per_code))
    return 0


if __name__ == "__main__":
    sys.exit(main())
