"""Apply the second stage: rule candidates scored in context, plus turns no rule found.

Given the rule layer's codings of a set of segments and a :class:`~.model.ThemeModel`,
:func:`rescore` returns the final codings and the candidates it dropped:

* every **affirmed rule coding** gets ``confidence`` = the model's calibrated
  P(code affirmed in this turn); it is kept when ``confidence >= min_confidence``
  (``method="rule"``: the rule found the words, the model confirmed them), else it goes
  to the dropped candidates with that confidence.  Where the model does not judge the
  code for that speaker role (too few reference examples) ``confidence`` is empty (NaN)
  and the rule coding is kept: the rules decide there;
* every (turn, code) the model scores ``>= min_confidence`` without an affirmed rule
  coding gets a **model coding** (``method="model"``): its evidence is the sentence of
  the turn the model scores highest for that code;
* **denied and opposite-pole** codings (which the model does not score) are kept, with
  ``confidence`` = the rules' smoothed precision for them on the training turns;
* role restrictions of the codebook apply to all of them.
"""

from __future__ import annotations

import re

import numpy as np
import pandas as pd

from ..codebook import Codebook
from .scorer import turn_table

_SENTENCE = re.compile(r"[^.!?…]+(?:[.!?…]+|$)")


def sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) character offsets of the sentences of *text*, surrounding spaces trimmed."""
    spans = []
    for m in _SENTENCE.finditer(text):
        a, b = m.start(), m.end()
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if b > a:
            spans.append((a, b))
    return spans or ([(0, len(text))] if text else [])


def _best_sentences(model, table: pd.DataFrame, wanted: list[tuple[int, str]]) -> dict[tuple[int, str], tuple]:
    """(row, code) -> (start, end) of the sentence of that row the model scores highest."""
    rows, owners = [], []
    for i, code in wanted:
        text = table.at[i, "text"]
        for a, b in sentences(text):
            rows.append(i)
            owners.append((i, code, a, b))
    if not rows:
        return {}
    sent = table.loc[rows].reset_index(drop=True).copy()
    # the sentence's own words and rule hits, its turn's embedding: ranking the sentences
    # of a turn needs no new embeddings (the costly part)
    sent["embed_text"] = sent["text"]
    sent["text"] = [table.at[i, "text"][a:b] for i, _, a, b in owners]
    scores = model.scorer.decision_scores(sent)
    best: dict[tuple[int, str], tuple[float, int, int]] = {}
    for k, (i, code, a, b) in enumerate(owners):
        s = float(scores[code].iat[k]) if code in scores else 0.0
        if (i, code) not in best or s > best[(i, code)][0]:
            best[(i, code)] = (s, a, b)
    return {key: (a, b) for key, (_, a, b) in best.items()}


def turn_decisions(probs: pd.DataFrame, table: pd.DataFrame, book: Codebook, min_confidence: float) -> np.ndarray:
    """(turns x codes) True where the turn is coded with the code: the model's probability
    reaches *min_confidence* or, where the model does not judge (NaN), an affirmed rule hit
    decides; never for a speaker role the codebook does not apply the code to.

    *probs* from :meth:`~.scorer.ThemeScorer.predict_proba` on *table* (from :func:`turn_table`).
    """
    allowed = {c.id: set(c.roles) for c in book.applicable}
    roles = table["role"].to_numpy()
    out = np.zeros(probs.shape, dtype=bool)
    for j, code in enumerate(probs.columns):
        p = probs[code].to_numpy()
        hit = table[f"hit:{code}:affirmed"].to_numpy() > 0
        out[:, j] = ((p >= min_confidence) | (np.isnan(p) & hit)) & np.isin(roles, list(allowed.get(code, ())))
    return out


def coding_confidence(codings: pd.DataFrame, probs: pd.DataFrame, scorer) -> np.ndarray:
    """The second stage's confidence in each of *codings* (with ``_seg``, the row of *probs*,
    ``code`` and ``polarity``): P(code affirmed in the turn) for an affirmed coding of a code
    the model scores (NaN where it does not judge), the rules' smoothed precision
    (``negated_precision_``) for a denied or opposite-pole one, 1.0 for a code it does not know.

    *probs* from :meth:`~.scorer.ThemeScorer.predict_proba`, one column per ``scorer.codes_``."""
    conf = np.ones(len(codings))
    affirmed = (codings["polarity"] == "affirmed").to_numpy()
    col = {c: j for j, c in enumerate(probs.columns)}
    P = probs.to_numpy()
    seg = codings["_seg"].to_numpy()
    code_j = codings["code"].map(col)
    known = code_j.notna().to_numpy()
    idx = np.flatnonzero(affirmed & known)
    conf[idx] = P[seg[idx], code_j.to_numpy()[idx].astype(int)]
    neg_prec = getattr(scorer, "negated_precision_", {})
    for i in np.flatnonzero(~affirmed):
        conf[i] = neg_prec.get(codings["code"].iat[i], 0.5)
    return conf


def rescore(codings: pd.DataFrame, segs: pd.DataFrame, model, book: Codebook,
            min_confidence: float) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """(kept codings, dropped candidates, probabilities) - see the module docstring.

    *codings* carry the internal ``_seg`` column (row of *segs*); so do the results.
    *probabilities* is one row per segment, one column per scored code.
    """
    codes = list(model.scorer.codes_)
    table = turn_table(segs, codings, codes)
    probs = model.scorer.predict_proba(table)

    conf = coding_confidence(codings, probs, model.scorer)
    affirmed = (codings["polarity"] == "affirmed").to_numpy()
    col = {c: j for j, c in enumerate(codes)}
    P = probs.to_numpy()
    known = codings["code"].map(col).notna().to_numpy()
    scored = codings.assign(confidence=conf)
    keep = ~affirmed | ~known | np.isnan(conf) | (conf >= min_confidence)
    kept, dropped = scored[keep], scored[~keep]

    have = set(zip(kept.loc[kept["polarity"] == "affirmed", "_seg"], kept.loc[kept["polarity"] == "affirmed", "code"]))
    coded = turn_decisions(probs, table, book, min_confidence)
    wanted = [(int(i), code) for j, code in enumerate(codes) for i in np.flatnonzero(coded[:, j])
              if (i, code) not in have]
    added = _model_codings(model, table, segs, wanted, P, col)
    out = pd.concat([kept, added], ignore_index=True) if len(added) else kept
    out = out.sort_values(["_seg", "start_char", "end_char", "code"], kind="mergesort").reset_index(drop=True)
    return out, dropped.reset_index(drop=True), probs


def _model_codings(model, table, segs, wanted, P, col) -> pd.DataFrame:
    if not wanted:
        return pd.DataFrame()
    spans = _best_sentences(model, table, wanted)
    rows = []
    coder = model.metadata.get("name", "theme-scorer")
    for i, code in wanted:
        a, b = spans.get((i, code), (0, len(table.at[i, "text"])))
        start = int(segs["start_char"].iat[i])
        rows.append({"_seg": i, "doc_id": segs["doc_id"].iat[i], "turn": int(segs["turn"].iat[i]), "code": code,
                     "start_char": start + a, "end_char": start + b, "text": table.at[i, "text"][a:b],
                     "negated": False, "method": "model", "coder": coder,
                     "confidence": float(P[i, col[code]]), "polarity": "affirmed", "hedged": False,
                     "negation_cue": "", "hedge_cue": "", "rule": "(model)"})
    return pd.DataFrame(rows)
