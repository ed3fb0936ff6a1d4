"""Narratives (participant, first person) and case histories (clinician, third person)."""

from __future__ import annotations

from . import phrases_written as W
from .engine import Context, Deck, Missing, style_sentence, tidy


def _draw(ctx: Context, deck: Deck, name: str, pool: list[str], k: int) -> list[str]:
    out = []
    tries = 0
    while len(out) < k and tries < 4 * len(pool) + 8:
        tries += 1
        template = deck.draw(name, pool)
        try:
            text = tidy(ctx._expand(template, {}))
        except Missing:
            continue
        if text not in out:
            out.append(text)
    return out


def narrative(persona: dict, ctx: Context, deck: Deck, rng, *, M: float, I: float, state: str,
              alliance: float) -> list[str]:
    """Paragraphs of the participant's written account (M, I, alliance are latent z-scores)."""
    style = {"hedge": persona["hedge"] * 0.6, "filler": 0.0}

    def para(*parts):
        sentences = []
        for name, pool, k in parts:
            sentences += _draw(ctx, deck, name, pool, k)
        return " ".join(style_sentence(s, style, rng, spoken=False) for s in sentences)

    long = persona["verbosity"]
    paras = [para(("n-set", W.NARR_SET, 3 + long)),
             para(("n-fear", W.NARR_FEAR, 2 + long), ("n-surrender", W.NARR_SURRENDER, 2)),
             para(("n-imagery", W.NARR_IMAGERY, 2 + long))]
    n_myst = max(0, round(1.5 + 1.6 * M))
    if n_myst:
        paras.append(para(("n-mystical", W.NARR_MYSTICAL, n_myst)))
    if M < -0.3:  # joins the imagery paragraph
        paras[-1] += " " + para(("n-nonmystical", W.NARR_NONMYSTICAL, 2))
    n_ins = max(0, round(1.5 + 1.5 * I))
    if n_ins:
        paras.append(para(("n-insight", W.NARR_INSIGHT, n_ins), ("n-people", W.NARR_PEOPLE, 2)))
    else:
        paras.append(para(("n-noinsight", W.NARR_NOINSIGHT, 2), ("n-people", W.NARR_PEOPLE, 2)))
    after = {"better": W.NARR_AFTER_BETTER, "mixed": W.NARR_AFTER_MIXED, "same": W.NARR_AFTER_SAME}[state]
    paras.append(para((f"n-after-{state}", after, 3 + (long > 0))))
    if alliance > -0.2:
        paras.append(para(("n-thanks", W.NARR_THANKS, 3 if alliance > 0.8 else 2)))
    else:
        paras.append(para(("n-distant", W.NARR_DISTANT, 2)))
    return paras


def case_history(persona: dict, ctx: Context, deck: Deck, rng, *, M: float, I: float, alliance: float,
                 hamd: dict, responder: bool, remitted: bool, relapse: bool, rupture: str | None,
                 rupture_session: str | None) -> list[str]:
    """Sections (heading line + paragraph) of the clinician's before/after account."""

    base = hamd["baseline"]
    extra = {f"hamd_{k}": str(v) for k, v in hamd.items()}
    extra["severity"] = "severe" if base >= 24 else "moderate"
    extra["rupture_session"] = {"preparation": "final preparation", "integration1": "first integration"}.get(
        rupture_session or "", "")
    c = ctx.child(**extra)
    sections = [
        _sec(c, deck, "Background", [("ch-bg", W.CH_BACKGROUND)]),
        _sec(c, deck, "Presenting problem", [("ch-pres", W.CH_PRESENTING)]),
    ]
    course = [("ch-all", W.CH_ALLIANCE_STRONG if alliance > 0.5 else W.CH_ALLIANCE_MID if alliance > -0.5
               else W.CH_ALLIANCE_WEAK)]
    if rupture == "repaired":
        course.append(("ch-rup-r", W.CH_RUPTURE_REPAIRED))
    elif rupture == "unrepaired":
        course.append(("ch-rup-u", W.CH_RUPTURE_UNREPAIRED))
    course.append(("ch-dose", W.CH_DOSING_HIGH_M if M > 0 else W.CH_DOSING_LOW_M))
    if rng.random() < 0.5:
        course.append(("ch-fear", W.CH_DOSING_FEAR))
    course.append(("ch-ins", W.CH_INSIGHT_HIGH if I > 0 else W.CH_INSIGHT_LOW))
    sections.append(_sec(c, deck, "Course of treatment", course))
    outcome = [("ch-out", W.CH_OUTCOME),
               ("ch-status", W.CH_STATUS_RESPONDER if responder else W.CH_STATUS_NONRESPONDER)]
    if remitted:
        outcome.append(("ch-rem", W.CH_STATUS_REMISSION))
    if relapse:
        outcome.append(("ch-relapse", W.CH_RELAPSE))
    sections.append(_sec(c, deck, "Outcome at follow-up", outcome))
    impression = W.CH_IMPRESSION_GOOD if responder and not relapse else (
        W.CH_IMPRESSION_POOR if hamd["month12"] >= 0.8 * base else W.CH_IMPRESSION_MIXED)
    sections.append(_sec(c, deck, "Clinical impression", [("ch-imp", impression)]))
    return sections


def _sec(ctx: Context, deck: Deck, heading: str, parts) -> str:
    sentences = []
    for name, pool in parts:
        for template in pool:  # case-history sentences keep their order
            try:
                sentences.append(tidy(ctx._expand(template, {})))
            except Missing:
                continue
    return heading + "\n" + " ".join(sentences)
