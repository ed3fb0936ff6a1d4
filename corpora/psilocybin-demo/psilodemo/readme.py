"""Statistics of the generated corpus and the text of README.md and study.yaml.

The README's numbers are computed here from the files as written (outcomes after
rounding, transcripts as rendered), so the README always describes the committed
corpus.
"""

from __future__ import annotations

import math
import re
from collections import Counter

from . import dialogue, model
from .personas import PERSONAS

# A deliberately naive alliance lexicon (participant words per 1000), used only to show
# that the planted signal is recoverable by a simple per-word rate.  Negated hits
# (a negation word within the three preceding words) are not counted.
LEXICON = ("understood", "understand", "thank", "thanks", "trust", "safe", "together", "we", "let's",
           "appreciate", "comfortable", "care", "cared", "heard", "listening", "team", "agree", "grateful",
           "supported", "respected")
NEGATIONS = ("not", "don't", "didn't", "never", "no", "isn't", "wasn't", "can't", "won't", "nothing")
WORD = re.compile(r"[a-z']+")


def pearson(x, y) -> float:
    n = len(x)
    mx, my = sum(x) / n, sum(y) / n
    sxy = sum((a - mx) * (b - my) for a, b in zip(x, y))
    sx = math.sqrt(sum((a - mx) ** 2 for a in x))
    sy = math.sqrt(sum((b - my) ** 2 for b in y))
    return sxy / (sx * sy)


def lexicon_hits(text: str) -> tuple[int, int]:
    words = WORD.findall(text.lower().replace("\u2019", "'"))
    hits = 0
    for k, w in enumerate(words):
        if w in LEXICON and not any(prev in NEGATIONS for prev in words[max(0, k - 3):k]):
            hits += 1
    return hits, len(words)


def outcome_table(rows) -> dict:
    out: dict = {}
    for pid, tp, measure, value in rows:
        out.setdefault(pid, {})[(tp, measure)] = float(value)
    return out


def statistics(lat, events, sc, docs_turns, single_voice, planted, outcome_rows, seed) -> dict:
    pids = [p["pid"] for p in PERSONAS]
    o = outcome_table(outcome_rows)

    def col(tp, measure):
        return [o[p][(tp, measure)] for p in pids]

    base = col("baseline", "grid_hamd")
    delta = {t: [a - b for a, b in zip(col(t, "grid_hamd"), base)] for t in model.FOLLOW_UP}
    level = {t: col(t, "grid_hamd") for t in model.FOLLOW_UP}
    wai_p, wai_w = col("preparation", "wai_total"), col("week1", "wai_total")
    meq, piq = col("post_dosing", "meq30"), col("post_dosing", "piq")

    # text: planted alliance phrases and a naive lexicon, participant turns of all transcripts
    words_p, hits, planted_pos, planted_neg = Counter(), Counter(), Counter(), Counter()
    all_turns, words_by_type, n_turns = [], Counter(), Counter()
    for doc_id, turns in docs_turns.items():
        pid = doc_id.split("_")[0]
        for role, text, _t in turns:
            all_turns.append(text)
            n = len(text.split())
            words_by_type["transcript"] += n
            n_turns["transcript"] += 1
            if role == "participant":
                h, w = lexicon_hits(text)
                hits[pid] += h
                words_p[pid] += w
    for pid in pids:
        planted_pos[pid] = sum(v for k, v in planted[pid].items() if k in ("bond", "goals", "tasks", "safety"))
        planted_neg[pid] = planted[pid]["negative"]
    for doc_id, paras in single_voice.items():
        st = "narrative" if doc_id.endswith("_narrative") else "case_history"
        for para in paras:
            all_turns.append(para)
            words_by_type[st] += len(para.split())
            n_turns[st] += 1
    counts = Counter(all_turns)
    repeated = sum(1 for t in all_turns if counts[t] > 1)
    rate_planted = [1000 * (planted_pos[p] - planted_neg[p]) / words_p[p] for p in pids]
    rate_lex = [1000 * hits[p] / words_p[p] for p in pids]

    effects = [
        # (label, x name, y name, x, y, target or None)
        ("WAI-SR total (preparation) vs GRID-HAMD change, month 12", "wai_total@preparation",
         "delta_grid_hamd@month12", wai_p, delta["month12"], -0.54),
        ("WAI-SR total (preparation) vs GRID-HAMD change, week 4", "wai_total@preparation",
         "delta_grid_hamd@week4", wai_p, delta["week4"], -0.65),
        ("WAI-SR total (preparation) vs GRID-HAMD change, month 6", "wai_total@preparation",
         "delta_grid_hamd@month6", wai_p, delta["month6"], -0.47),
        ("WAI-SR total (week 1) vs GRID-HAMD change, week 4", "wai_total@week1", "delta_grid_hamd@week4",
         wai_w, delta["week4"], -0.85),
        ("WAI-SR total (week 1) vs GRID-HAMD change, month 12", "wai_total@week1", "delta_grid_hamd@month12",
         wai_w, delta["month12"], -0.61),
        ("PIQ vs GRID-HAMD change, week 4", "piq@post_dosing", "delta_grid_hamd@week4", piq, delta["week4"], -0.75),
        ("PIQ vs GRID-HAMD change, month 12", "piq@post_dosing", "delta_grid_hamd@month12", piq,
         delta["month12"], None),
        ("MEQ-30 vs GRID-HAMD change, week 4", "meq30@post_dosing", "delta_grid_hamd@week4", meq, delta["week4"],
         -0.45),
        ("MEQ-30 vs GRID-HAMD change, month 12", "meq30@post_dosing", "delta_grid_hamd@month12", meq,
         delta["month12"], 0.0),
        ("WAI-SR total (preparation) vs MEQ-30", "wai_total@preparation", "meq30@post_dosing", wai_p, meq, 0.49),
        ("WAI-SR total (preparation) vs PIQ", "wai_total@preparation", "piq@post_dosing", wai_p, piq, 0.52),
        ("WAI-SR total (preparation) vs GRID-HAMD level, month 12", "wai_total@preparation", "grid_hamd@month12",
         wai_p, level["month12"], None),
        ("PIQ vs GRID-HAMD level, week 4", "piq@post_dosing", "grid_hamd@week4", piq, level["week4"], None),
    ]
    text_effects = [
        ("planted alliance phrases per 1000 participant words vs WAI-SR total (preparation)", rate_planted, wai_p),
        ("planted alliance phrases per 1000 participant words vs GRID-HAMD change, month 12", rate_planted,
         delta["month12"]),
        ("naive alliance lexicon per 1000 participant words vs WAI-SR total (preparation)", rate_lex, wai_p),
        ("naive alliance lexicon per 1000 participant words vs WAI-SR total (week 1)", rate_lex, wai_w),
        ("naive alliance lexicon per 1000 participant words vs GRID-HAMD change, month 12", rate_lex,
         delta["month12"]),
    ]
    idx = {p: k for k, p in enumerate(pids)}
    unrep = [pids[i] for i in events["unrepaired"]]
    rep = [pids[i] for i in events["repaired"]]
    relapse = [pids[i] for i in sc["relapse"]]
    others = [p for p in pids if p not in unrep]

    def mean(v):
        return sum(v) / len(v)

    resp = {t: sum(1 for k in range(len(pids)) if level[t][k] <= 0.5 * base[k]) for t in model.FOLLOW_UP}
    remit = {t: sum(1 for k in range(len(pids)) if level[t][k] <= 7) for t in model.FOLLOW_UP}
    diff = [b - a for a, b in zip(wai_p, wai_w)]
    sd = lambda v: math.sqrt(sum((x - mean(v)) ** 2 for x in v) / (len(v) - 1))  # noqa: E731
    return {
        "seed": seed,
        "effects": [(lab, xn, yn, pearson(x, y), tgt) for lab, xn, yn, x, y, tgt in effects],
        "text_effects": [(lab, pearson(x, y)) for lab, x, y in text_effects],
        "words": dict(words_by_type), "words_total": sum(words_by_type.values()),
        "turns": dict(n_turns), "turns_total": len(all_turns), "repeated": repeated,
        "repeated_frac": repeated / len(all_turns),
        "unrepaired": unrep, "repaired": rep, "relapse": relapse,
        "rupture_session": {pids[i]: s for i, s in events["rupture_session"].items()},
        "delta12_unrepaired": mean([delta["month12"][idx[p]] for p in unrep]),
        "delta12_others": mean([delta["month12"][idx[p]] for p in others]),
        "relapse_traj": {p: [int(o[p][(t, "grid_hamd")]) for t in ["baseline", *model.FOLLOW_UP]] for p in relapse},
        "responders": resp, "remitted": remit,
        "hamd_mean": {t: mean(v) for t, v in [("baseline", base)] + list(level.items())},
        "wai_mean": (mean(wai_p), mean(wai_w)), "wai_dz": mean(diff) / sd(diff),
        "wai_d": mean(diff) / sd(wai_p),
        "rate_planted_mean": mean(rate_planted), "rate_lex_mean": mean(rate_lex),
        "weights": lat["weights"],
    }


def _r(x: float) -> str:
    return f"{x:+.2f}".replace("+", "+" if x >= 0 else "")


def summary(st: dict) -> str:
    lines = [f"words {st['words_total']:,} ({', '.join(f'{k} {v:,}' for k, v in st['words'].items())}); "
             f"turns {st['turns_total']:,}, repeated verbatim {st['repeated']:,} ({100 * st['repeated_frac']:.1f}%)"]
    for lab, _xn, _yn, r, tgt in st["effects"]:
        lines.append(f"  r = {_r(r)}  (target {'-' if tgt is None else _r(tgt)})  {lab}")
    for lab, r in st["text_effects"]:
        lines.append(f"  r = {_r(r)}  {lab}")
    return "\n".join(lines)


STUDY_YAML = """\
# SYNTHETIC demo study: invented people, invented sessions, planted effects.
# Nothing here is data from a real trial.  Format: docs/study.md.
synthetic: true
name: psilocybin-demo
description: >-
  SYNTHETIC psilocybin-assisted therapy study for major depression, modelled on the
  shape of the Johns Hopkins trial (Davis et al. 2021; Levin et al. 2024) - 24
  invented participants, preparation, two dosing sessions and two integration
  sessions each, narratives and case histories, with planted effects documented in
  README.md.  Not clinical data.
seed: {seed}
paths:
  transcripts: transcripts
  narratives: narratives
  case_histories: case_histories
  metadata: metadata.csv
  outcomes: outcomes.csv
  participants: participants.csv
codebook: null            # null = the packaged default codebook
sessions: [preparation, dosing1, integration1, dosing2, integration2]
timepoints: [{timepoints}]
baseline: baseline
follow_up: [week1, week4, month3, month6, month12]
measures:
  - name: grid_hamd
    label: GRID-HAMD-17
    description: clinician-rated depression (GRID Hamilton Depression Rating Scale, 17 items)
    range: [0, 52]
    improvement: lower
    role: outcome
    timepoints: [baseline, week1, week4, month3, month6, month12]
  - name: wai_total
    label: WAI-SR total
    description: Working Alliance Inventory, short revised (12 items, 1-5), sum of bond, goals and tasks
    range: [12, 60]
    improvement: higher
    role: process
    construct: alliance
    timepoints: [preparation, week1]
    baseline: preparation
  - name: wai_bond
    label: WAI-SR bond
    range: [4, 20]
    improvement: higher
    role: process
    timepoints: [preparation, week1]
    baseline: preparation
  - name: wai_goals
    label: WAI-SR goals
    range: [4, 20]
    improvement: higher
    role: process
    timepoints: [preparation, week1]
    baseline: preparation
  - name: wai_tasks
    label: WAI-SR tasks
    range: [4, 20]
    improvement: higher
    role: process
    timepoints: [preparation, week1]
    baseline: preparation
  - name: meq30
    label: MEQ-30
    description: Mystical Experience Questionnaire, mean item score (0-5), peak of the two sessions
    range: [0, 5]
    improvement: higher
    role: process
    timepoints: [post_dosing]
  - name: piq
    label: PIQ
    description: Psychological Insight Questionnaire, mean item score (0-5), peak of the two sessions
    range: [0, 5]
    improvement: higher
    role: process
    timepoints: [post_dosing]
responder:                # at least 50% reduction from baseline
  measure: grid_hamd
  min_improvement_pct: 50
remission:                # GRID-HAMD <= 7
  measure: grid_hamd
  threshold: 7
covariates: [age, sex, facilitator]
stages:
  code: {{}}
  alliance: {{}}
  # What participants talk about, in ~60-word windows; everything else is the default
  # `qualalliance topics` uses too (the count chosen by silhouette, at most 20).
  # `qualalliance topics corpora/psilocybin-demo -o OUT` reads these settings.
  topics: {{role: participant}}
  link: {{}}
"""


def study_yaml(seed: int, timepoints) -> str:
    return STUDY_YAML.format(seed=seed, timepoints=", ".join(timepoints))


def _weights_line(name, vars_, w) -> str:
    b, e = w
    terms = " ".join(f"{'+' if x >= 0 else '-'} {abs(x):.3f}·{v}" for x, v in zip(b, vars_)).lstrip("+ ")
    return f"        {name:<4}= {terms} + {e:.3f}·e_{name}"


def render(st: dict, seed: int, formats: Counter) -> str:
    w = st["weights"]
    eff_rows = "\n".join(
        f"| {lab} | `{xn}` | `{yn}` | {'—' if tgt is None else _r(tgt)} | **{_r(r)}** |"
        for lab, xn, yn, r, tgt in st["effects"])
    text_rows = "\n".join(f"| {lab} | **{_r(r)}** |" for lab, r in st["text_effects"])
    relapse_rows = "\n".join(f"| {p} | {' / '.join(str(v) for v in traj)} |" for p, traj in st["relapse_traj"].items())
    fu = ["baseline", *model.FOLLOW_UP]
    hamd_means = ", ".join(f"{st['hamd_mean'][t]:.1f}" for t in fu)
    resp = ", ".join(f"{st['responders'][t]}" for t in model.FOLLOW_UP)
    rem = ", ".join(f"{st['remitted'][t]}" for t in model.FOLLOW_UP)

    def prob(c):
        a, b, lo, hi = c
        return f"min({hi:.2f}, max({lo:.2f}, {a:.3f} {'+' if b >= 0 else '−'} {abs(b):.3f}·a))"
    n_txt = formats.get("txt", 0)
    return README.format(
        seed=seed, words_total=f"{st['words_total']:,}", words_transcript=f"{st['words'].get('transcript', 0):,}",
        words_narrative=f"{st['words'].get('narrative', 0):,}", words_case=f"{st['words'].get('case_history', 0):,}",
        turns_total=f"{st['turns_total']:,}", repeated=f"{st['repeated']:,}",
        repeated_pct=f"{100 * st['repeated_frac']:.1f}", n_txt=n_txt, n_vtt=formats.get("vtt", 0),
        n_docx=formats.get("docx", 0), n_csv=formats.get("csv", 0),
        eff_rows=eff_rows, text_rows=text_rows, relapse_rows=relapse_rows,
        w_I=_weights_line("I", ["A", "M"], w["I"]), w_c4=_weights_line("c4", ["A", "M", "I"], w["c4"]),
        w_c12=_weights_line("c12", ["A", "M", "I"], w["c12"]), w_W=_weights_line("W", ["A", "c4", "c12"], w["W"]),
        c12_rest=math.sqrt(1 - model.C12_SHARED ** 2), R_AM=model.R_AM, me=math.sqrt(1 - model.R_AM ** 2), n_relapse=model.N_RELAPSE, C12_SHARED=model.C12_SHARED, W_SHIFT=model.W_SHIFT,
        mu=", ".join(f"{t} {v:.2f}" for t, v in model.MU.items()), sigma=model.SIGMA,
        unrep=", ".join(st["unrepaired"]), rep=", ".join(f"{p} ({st['rupture_session'][p]})" for p in st["repaired"]),
        relapse=", ".join(st["relapse"]), d12_unrep=f"{st['delta12_unrepaired']:.1f}",
        d12_others=f"{st['delta12_others']:.1f}", hamd_means=hamd_means, resp=resp, rem=rem,
        wai_prep=f"{st['wai_mean'][0]:.1f}", wai_w1=f"{st['wai_mean'][1]:.1f}", wai_dz=f"{st['wai_dz']:.2f}",
        wai_d=f"{st['wai_d']:.2f}", rate_planted=f"{st['rate_planted_mean']:.1f}",
        rate_lex=f"{st['rate_lex_mean']:.1f}", lexicon=", ".join(LEXICON), negations=", ".join(NEGATIONS),
        UNREPAIRED_W=model.UNREPAIRED_W, REPAIRED_W=model.REPAIRED_W, UNREPAIRED_F=model.UNREPAIRED_F,
        relapse_loss=", ".join(f"{t} {v:.2f}" for t, v in model.RELAPSE_LOSS.items()),
        p_pos=prob(dialogue.P_POSITIVE), p_neg=prob(dialogue.P_NEGATIVE), p_collab=prob(dialogue.P_COLLAB),
        reflect_slope=dialogue.REFLECT_SLOPE, t12=model.TARGET_C12, tw=model.TARGET_W, t4=model.TARGET_C4,
        unrep_w=abs(model.UNREPAIRED_W),
    )


README = """\
# psilocybin-demo — a SYNTHETIC study (not clinical data)

> **Everything in this folder is invented.** The people, sessions, narratives, case histories
> and scores were written by a seeded program (`generate.py`). The effects below were
> **planted on purpose** so that the toolkit's stages have a corpus whose truth is known.
> Nothing here is a clinical finding, and no number here says anything about psilocybin,
> psychotherapy or any real person. Do not cite it as evidence.

The shape follows the Johns Hopkins psilocybin trial for major depression (Davis et al. 2021,
*JAMA Psychiatry*; Levin et al. 2024, *PLOS ONE*): 24 participants, preparation, two dosing
sessions (the trial gave 20 then 30 mg/70 kg), integration, GRID-HAMD follow-up to 12 months,
the working alliance (WAI-SR) after preparation and one week after dosing, and mystical
experience (MEQ-30) and psychological insight (PIQ) after dosing. The target effect sizes are
the published ones from the abstract of Levin et al. 2024 (doi:10.1371/journal.pone.0300501);
the GRID-HAMD baseline follows Davis et al. 2021 (doi:10.1001/jamapsychiatry.2020.3285).

## What is here

| path | what |
|---|---|
| `study.yaml` | the study file (`synthetic: true`; format in `docs/study.md`) |
| `transcripts/` | 120 session transcripts, 5 per participant: `Pnn_preparation`, `Pnn_dosing1`, `Pnn_integration1`, `Pnn_dosing2`, `Pnn_integration2` — {n_txt} `.txt` (labels `FACILITATOR:`/`PARTICIPANT:`, `T:`/`P:`, `Guide:`/`Client:`, `Dr. Okafor:`/`PARTICIPANT:`, some with `[hh:mm:ss]` times), {n_vtt} `.vtt` (voice tags), {n_docx} `.docx`, {n_csv} `.csv` (`speaker,text,start_s`) |
| `narratives/` | 24 first-person accounts written after the second dosing session (`Pnn_narrative.txt`) |
| `case_histories/` | 24 clinician case histories, before and after treatment (`Pnn_case_history.txt`) |
| `metadata.csv` | `doc_id, participant_id, session, timepoint, source_type, facilitator, study_day` |
| `outcomes.csv` | long format `participant_id, timepoint, measure, value` |
| `participants.csv` | covariates `participant_id, age, sex, facilitator` |
| `generate.py`, `psilodemo/` | the generator (standard library only) |

Size: **{words_total} words** ({words_transcript} in transcripts, {words_narrative} in narratives,
{words_case} in case histories); {turns_total} turns and paragraphs, of which {repeated}
({repeated_pct}%) occur verbatim more than once in the corpus.

Time points, in order: `baseline` (screening), `preparation` (end of the final preparation
session), `dosing1`, `integration1` (a few days after), `dosing2` (two weeks later),
`post_dosing`, `week1` (one week after the second session; the second integration session),
`week4`, `month3`, `month6`, `month12`. Outcomes (`measure` column):

| measure | time points | scale |
|---|---|---|
| `grid_hamd` | baseline, week1, week4, month3, month6, month12 | 0–52, lower is better |
| `wai_bond`, `wai_goals`, `wai_tasks` | preparation, week1 | 4–20 each (4 items, 1–5) |
| `wai_total` | preparation, week1 | 12–60, the sum of the three |
| `meq30` | post_dosing | mean item score 0–5 |
| `piq` | post_dosing | mean item score 0–5 |

Responder: GRID-HAMD reduced by at least 50% from baseline. Remission: GRID-HAMD ≤ 7.

## How it was generated

`python corpora/psilocybin-demo/generate.py` (seed {seed}) rewrites this folder byte for byte;
`--out DIR` writes a copy elsewhere. `tests/test_demo_study.py` regenerates into a temporary
folder and compares every file.

1. **Latent variables** per participant (z-scores, n = 24). The random shocks are centred and
   orthogonalised (Gram–Schmidt) before use, so the latent correlations in the sample are
   exactly the targets; the weights are solved from the target correlations:

        A   = s_A                                      # alliance, end of preparation
        M   = {R_AM:.2f}·A + {me:.3f}·s_M                        # mystical experience (peak)
        # insight (peak); improvement at week 4 and month 12; alliance at week 1
{w_I}
{w_c4}
{w_c12}
        e_c12 = {C12_SHARED:.2f}·e_c4 + {c12_rest:.3f}·s_12             # improvement is coherent over time
{w_W}
        c1  = 0.9·c4 + noise;  c3 = 0.65·c4 + 0.45·c12 + noise;  c6 = 0.3·c4 + 0.75·c12 + noise

   Latent targets: r(A, M) = {R_AM:.2f}, r(A, I) = 0.52, r(M, I) = 0.50; (A, M, I) with c4 =
   {t4}; with c12 = {t12}; (A, c4, c12) with W = {tw}. The targets for c12 and W are set above
   the published values because relapse, ruptures, rounding and the baseline's spread
   attenuate the observed correlations; the realised values are in the table below. The
   negative weight of M on c12 is what makes mystical experience related to improvement at
   week 4 but not at month 12 despite its correlation with alliance and insight.
2. **Scores.** Improvement fraction f_t = μ_t + {sigma}·c_t (μ: {mu}), clipped to
   [−0.10, 0.97]; GRID-HAMD_t = round(baseline × (1 − f_t)), baseline ~ N(22.7, 3.9) clipped
   to 17–31. WAI-SR item mean = 3.85 + 0.55·A (preparation) or 3.85 + 0.55·(W + {W_SHIFT})
   (week 1, an average increase as in the trial); each subscale adds its own deviation
   (SD 0.18 per item) and is the rounded sum of 4 items. MEQ-30 = 3.1 + 0.8·M, PIQ = 2.9 + 0.85·I
   (clipped to 0–5, 2 decimals).
3. **Ruptures.** Three participants with a low preparation alliance (drawn from the 8 lowest A)
   have an **unrepaired** rupture in the first integration session: {unrep}. Their week-1
   alliance drops by {unrep_w} SD and their improvement fraction by {UNREPAIRED_F} at every
   follow-up. Three others have a **repaired** rupture: {rep}; their week-1 alliance rises by
   {REPAIRED_W} SD. In the transcript, the facilitator makes a misattuned move ("let's move on
   to the music list"), the participant objects ("you're not listening to me"), and the
   facilitator either repairs ("I'm sorry, I missed that. Tell me more.") or does not ("the
   protocol is what it is"); after an unrepaired rupture the rest of the session carries less
   alliance language.
4. **Relapse.** Among week-4 responders, the {n_relapse} with the weakest week-1 alliance W
   relapse ({relapse}): their improvement fraction falls by {relapse_loss}. (Other early
   improvers drift back through the latent c12 alone.)
   GRID-HAMD (baseline / week1 / week4 / month3 / month6 / month12):

| participant | GRID-HAMD trajectory |
|---|---|
{relapse_rows}

5. **Text.** Each session has a latent alliance level a = 0.85·z + 0.53·u, where z is the
   preparation alliance A (preparation, dosing 1) or the week-1 alliance W (integration 2,
   narrative; their average for integration 1 and dosing 2) and u is a per-person style term.
   A participant turn carries a positive alliance phrase (bond "I feel understood", "thank
   you"; goals "that's exactly what I want to work on"; tasks "let's try it together"; safety
   and trust "I feel safe here", "I trust you", "nothing felt unsafe") with probability
   {p_pos}, and a guarded one ("I don't know if this is helping", "I don't really feel safe
   yet") with probability {p_neg}; facilitator turns carry collaborative language ("let's",
   "together") with probability {p_collab}, and facilitators reflect the participant's words
   more often in better dyads (reflection probability + {reflect_slope}·a). During the drug
   effects the phrases are present-tense ("I feel safe with you here", "don't touch me,
   please"). Many ordinary sentences also contain "we", "safe" or "thank you", and fear talk
   is full of negated safety ("I don't feel safe right now"), so the markers are noisy. The number of mystical passages in dosing sessions and narratives
   rises with M and the number of insight passages with I; integration talk and narratives
   follow the week-1 improvement (better / mixed / same). Sentences come from phrase pools
   with slots filled from 24 hand-written personas (history, people, places, images, way of
   talking: terse or verbose, hedging, hesitations, a preferred metaphor) and 5 facilitators
   with different manners; facilitators reflect the participant's last words back.

## Planted effects and their realised sizes

Correlations are Pearson r over the 24 participants, computed from `outcomes.csv` as written
(after rounding, clipping, ruptures and relapse). ΔGRID-HAMD = follow-up − baseline, so a
negative r means more improvement with more of the other variable. Targets are the published
values of Levin et al. 2024 (which correlated with the depression score at follow-up); — means
no target.

| effect | x | y | target r | realised r |
|---|---|---|---|---|
{eff_rows}

Text markers, per participant over the participant turns of all five transcripts. The planted
rate is positive minus guarded phrases per 1000 words (mean {rate_planted}). The naive lexicon
rate (mean {rate_lex} per 1000 words) counts the words `{lexicon}` unless one of `{negations}`
occurs in the three words before; it stands in for any reasonable alliance lexicon.

| effect | realised r |
|---|---|
{text_rows}

Unrepaired ruptures: mean ΔGRID-HAMD at month 12 = {d12_unrep} points, versus {d12_others} for
everyone else.

Mean GRID-HAMD (baseline, week1, week4, month3, month6, month12): {hamd_means}.
Responders at week1, week4, month3, month6, month12: {resp} of 24; in remission: {rem} of 24.
Mean WAI-SR total: {wai_prep} after preparation, {wai_w1} at week 1 (paired d_z = {wai_dz},
d relative to the preparation SD = {wai_d}).

## Limits

- The language is template-composed. It varies a great deal (persona slots, many phrase
  pools, style transforms) but a reader will notice recurring sentences across participants;
  it is meant to exercise the pipeline, not to stand in for real sessions.
- With n = 24 a realised correlation is one draw; the generator removes sampling noise from
  the latent variables, but rounding, ruptures and relapse move the observed values.
- Verbatim repeats are rarer than in real transcripts: the generator varies a turn that
  would repeat one already in the corpus, and there are no bare "Mm-hm." turns.
- Sessions are shorter than real ones (a preparation session here is 1,000–2,000 words,
  a real one hours of talk), and the dosing sessions compress hours of silence into gaps
  between timestamps.
- Personas, names, places and jobs are invented; any resemblance to real people is accidental.
"""
