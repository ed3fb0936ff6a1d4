"""Latent variables and questionnaire scores: where the planted effects come from.

All formulas are documented in the folder README (generated from the same
constants below).  Pure Python, deterministic for a given seed.

Construction in brief (z = standardised latent, n = 24):

  A    alliance at the end of preparation                  = s_A
  M    peak mystical experience                            = 0.49 A + sqrt(1-0.49^2) s_M
  I    peak psychological insight                          = b_I . (A, M) + e_I
  c4   improvement at week 4 (higher = better)            = b_4 . (A, M, I) + e_4
  c12  improvement at month 12                             = b_12 . (A, M, I) + e_12
  W    alliance one week after dosing                      = b_W . (A, c4, c12) + e_W

The weights b are solved from target correlations (TARGETS) so that, before
rounding, relapse and ruptures, the population correlations equal the targets.
The random shocks s and e are orthogonalised against each other and centred
(Gram-Schmidt), so the realised sample correlations of the latents are exactly the
targets too; rounding, relapse and ruptures then move them a little, and the
README reports what is realised in the files.
"""

from __future__ import annotations

import math
import random

N = 24

# target correlations (latent scale); improvement is positive = better
R_AM = 0.49  # alliance - mystical (Levin 2024 r = .49)
R_AI, R_MI = 0.52, 0.50  # alliance - insight (.52); mystical - insight (assumed)
TARGET_C4 = (0.65, 0.50, 0.75)  # (A, M, I) vs week-4 improvement (Levin .65, .45, .75)
# (A, M, I) vs month-12 improvement.  Levin: .54 for A, M ~ 0.  The latent target for A is set
# higher because relapse (below) and rounding attenuate the observed correlation.
TARGET_C12 = (0.70, 0.05, 0.62)
C12_SHARED = 0.45  # share of week-4 residual carried to month 12 (keeps c4-c12 coherent)
TARGET_W = (0.70, 0.90, 0.62)  # (A, c4, c12) vs alliance at week 1 (Levin .85/.61 with depression)
W_SHIFT = 0.43  # mean increase in alliance from preparation to week 1, in SD units (Levin d = .43)

# improvement fraction f_t = MU[t] + SIGMA * c_t, clipped; GRID-HAMD_t = round(baseline * (1 - f_t))
FOLLOW_UP = ("week1", "week4", "month3", "month6", "month12")
MU = {"week1": 0.66, "week4": 0.64, "month3": 0.62, "month6": 0.62, "month12": 0.62}
SIGMA = 0.24
F_CLIP = (-0.10, 0.97)
BASELINE_MEAN, BASELINE_SD, BASELINE_CLIP = 22.7, 3.9, (17, 31)  # Davis 2021 GRID-HAMD ~ 22.7 (4)

N_RELAPSE = 4
RELAPSE_LOSS = {"month3": 0.10, "month6": 0.25, "month12": 0.30}
N_RUPTURE_REPAIRED, N_RUPTURE_UNREPAIRED = 3, 3
UNREPAIRED_W, REPAIRED_W = -0.9, 0.2
UNREPAIRED_F = 0.10

# text propensity: how much alliance language a participant produces, per session
TEXT_FROM_ALLIANCE = 0.85  # a_text = 0.85 * alliance_z + 0.53 * style noise


def _solve(matrix: list[list[float]], rhs: list[float]) -> list[float]:
    """Gaussian elimination (small, well-conditioned systems)."""
    n = len(rhs)
    m = [row[:] + [rhs[i]] for i, row in enumerate(matrix)]
    for col in range(n):
        piv = max(range(col, n), key=lambda r: abs(m[r][col]))
        m[col], m[piv] = m[piv], m[col]
        for r in range(n):
            if r != col:
                f = m[r][col] / m[col][col]
                m[r] = [a - f * b for a, b in zip(m[r], m[col])]
    return [m[i][n] / m[i][i] for i in range(n)]


def weights(corr: list[list[float]], target: tuple) -> tuple[list[float], float]:
    """Regression weights giving *target* correlations with predictors of correlation *corr*;
    returns (weights, residual SD)."""
    b = _solve(corr, list(target))
    r2 = sum(bi * ti for bi, ti in zip(b, target))
    if r2 >= 1:
        raise ValueError(f"target correlations {target} are not attainable (R^2 = {r2:.3f})")
    return b, math.sqrt(1 - r2)


def orthonormal_shocks(rng: random.Random, k: int, n: int = N) -> list[list[float]]:
    """k centred, mutually uncorrelated vectors with (population) SD 1."""
    out: list[list[float]] = []
    for _ in range(k):
        v = [rng.gauss(0.0, 1.0) for _ in range(n)]
        mean = sum(v) / n
        v = [x - mean for x in v]
        for u in out:
            d = sum(a * b for a, b in zip(v, u)) / n
            v = [a - d * b for a, b in zip(v, u)]
        sd = math.sqrt(sum(x * x for x in v) / n)
        out.append([x / sd for x in v])
    return out


def _lin(coefs, vectors, resid_sd, shock):
    return [sum(c * vec[i] for c, vec in zip(coefs, vectors)) + resid_sd * shock[i] for i in range(len(shock))]


def _corr(x, y):
    n = len(x)
    mx, my = sum(x) / n, sum(y) / n
    sxy = sum((a - mx) * (b - my) for a, b in zip(x, y))
    sx = math.sqrt(sum((a - mx) ** 2 for a in x))
    sy = math.sqrt(sum((b - my) ** 2 for b in y))
    return sxy / (sx * sy)


def clip(x, lo, hi):
    return lo if x < lo else hi if x > hi else x


def draw_latents(seed: int) -> dict:
    """All per-participant latent variables, as lists of length N (participant order)."""
    rng = random.Random(f"{seed}-latents")
    s_A, s_M, s_I, s_4, s_12, s_W = orthonormal_shocks(rng, 6)
    A = s_A
    M = [R_AM * a + math.sqrt(1 - R_AM ** 2) * s for a, s in zip(A, s_M)]
    b_I, e_I = weights([[1, R_AM], [R_AM, 1]], (R_AI, R_MI))
    I = _lin(b_I, [A, M], e_I, s_I)
    rxx = [[1, R_AM, R_AI], [R_AM, 1, R_MI], [R_AI, R_MI, 1]]
    b_4, e_4 = weights(rxx, TARGET_C4)
    c4 = _lin(b_4, [A, M, I], e_4, s_4)
    b_12, e_12 = weights(rxx, TARGET_C12)
    # month-12 residual shares part of the week-4 residual; s_4 is orthogonal to A, M, I,
    # so this leaves the month-12 correlations with A, M, I unchanged
    resid12 = [C12_SHARED * a + math.sqrt(1 - C12_SHARED ** 2) * b for a, b in zip(s_4, s_12)]
    c12 = _lin(b_12, [A, M, I], e_12, resid12)
    r_4_12 = _corr(c4, c12)
    b_W, e_W = weights([[1, TARGET_C4[0], TARGET_C12[0]], [TARGET_C4[0], 1, r_4_12],
                        [TARGET_C12[0], r_4_12, 1]], TARGET_W)
    W = _lin(b_W, [A, c4, c12], e_W, s_W)

    # intermediate time points interpolate between week 4 and month 12 with a little noise
    c1 = [0.9 * a + 0.436 * rng.gauss(0, 1) for a in c4]
    c3 = [0.65 * a + 0.45 * b + 0.25 * rng.gauss(0, 1) for a, b in zip(c4, c12)]
    c6 = [0.3 * a + 0.75 * b + 0.25 * rng.gauss(0, 1) for a, b in zip(c4, c12)]

    text_style = [rng.gauss(0, 1) for _ in range(N)]  # talkativeness about the relationship
    baseline_z = [rng.gauss(0, 1) for _ in range(N)]
    wai_sub = [[rng.gauss(0, 1) for _ in range(3)] for _ in range(N)]  # bond/goals/tasks profile
    wai_sub_w1 = [[rng.gauss(0, 1) for _ in range(3)] for _ in range(N)]
    return {
        "A": A, "M": M, "I": I, "c1": c1, "c4": c4, "c3": c3, "c6": c6, "c12": c12, "W": W,
        "text_style": text_style, "baseline_z": baseline_z, "wai_sub": wai_sub, "wai_sub_w1": wai_sub_w1,
        "weights": {"I": (b_I, e_I), "c4": (b_4, e_4), "c12": (b_12, e_12), "W": (b_W, e_W)},
        "rng": rng,
    }


def assign_events(lat: dict, seed: int) -> dict:
    """Ruptures (repaired / unrepaired) and relapses, chosen by documented rules."""
    rng = random.Random(f"{seed}-events")
    A = lat["A"]
    order = sorted(range(N), key=lambda i: (A[i], i))
    low = order[:8]
    unrepaired = sorted(rng.sample(low, N_RUPTURE_UNREPAIRED))
    rest = [i for i in range(N) if i not in unrepaired]
    repaired = sorted(rng.sample(rest, N_RUPTURE_REPAIRED))
    rupture_session = {}
    for i in repaired:
        rupture_session[i] = rng.choice(["preparation", "integration1"])
    for i in unrepaired:
        rupture_session[i] = "integration1"
    return {"repaired": repaired, "unrepaired": unrepaired, "rupture_session": rupture_session}


def _wai(item_mean: float, profile: list[float]) -> tuple[int, int, int]:
    """WAI-SR subscale sums (4 items each, 1-5) around an item mean."""
    subs = []
    for dev in profile:
        m = clip(item_mean + 0.18 * dev, 1.0, 5.0)
        subs.append(int(round(4 * m)))
    return tuple(subs)


def scores(lat: dict, events: dict) -> dict:
    """Observed scores per participant index: GRID-HAMD, WAI-SR, MEQ-30, PIQ, flags."""
    A, W = lat["A"], list(lat["W"])
    for i in events["unrepaired"]:
        W[i] += UNREPAIRED_W
    for i in events["repaired"]:
        W[i] += REPAIRED_W
    c = {"week1": lat["c1"], "week4": lat["c4"], "month3": lat["c3"], "month6": lat["c6"], "month12": lat["c12"]}
    f = {t: [clip(MU[t] + SIGMA * c[t][i], *F_CLIP) for i in range(N)] for t in FOLLOW_UP}
    for i in events["unrepaired"]:
        for t in FOLLOW_UP:
            f[t][i] = clip(f[t][i] - UNREPAIRED_F, *F_CLIP)
    baseline = [int(round(clip(BASELINE_MEAN + BASELINE_SD * z, *BASELINE_CLIP))) for z in lat["baseline_z"]]
    hamd = {"baseline": baseline}
    for t in FOLLOW_UP:
        hamd[t] = [int(round(clip(baseline[i] * (1 - f[t][i]), 0, 52))) for i in range(N)]
    # relapse: among week-4 responders, the N_RELAPSE whose alliance one week after dosing was
    # weakest (the planted story: a good relationship helps gains last)
    responders4 = [i for i in range(N) if hamd["week4"][i] <= 0.5 * baseline[i]]
    relapse = sorted(sorted(responders4, key=lambda i: (W[i], i))[:N_RELAPSE])
    for i in relapse:
        for t, loss in RELAPSE_LOSS.items():
            f[t][i] = clip(f[t][i] - loss, *F_CLIP)
            hamd[t][i] = int(round(clip(baseline[i] * (1 - f[t][i]), 0, 52)))
    wai_prep = [_wai(clip(3.85 + 0.55 * A[i], 1, 5), lat["wai_sub"][i]) for i in range(N)]
    wai_w1 = [_wai(clip(3.85 + 0.55 * (W[i] + W_SHIFT), 1, 5), lat["wai_sub_w1"][i]) for i in range(N)]
    meq = [round(clip(3.1 + 0.8 * m, 0, 5), 2) for m in lat["M"]]
    piq = [round(clip(2.9 + 0.85 * x, 0, 5), 2) for x in lat["I"]]
    return {"hamd": hamd, "f": f, "wai_prep": wai_prep, "wai_w1": wai_w1, "meq": meq, "piq": piq,
            "W": W, "relapse": relapse}


def session_alliance(lat: dict, events: dict, sc: dict, i: int) -> dict:
    """Latent alliance level (z) that drives alliance language in each document of participant i.

    Preparation and dosing use the preparation alliance, integration the week-1 alliance;
    an unrepaired rupture drops the level for the rest of the session and after it.
    """
    style = lat["text_style"][i]
    noise = math.sqrt(1 - TEXT_FROM_ALLIANCE ** 2)
    pre = TEXT_FROM_ALLIANCE * lat["A"][i] + noise * style
    post = TEXT_FROM_ALLIANCE * (sc["W"][i]) + noise * style
    return {"preparation": pre, "dosing1": pre, "integration1": 0.5 * (pre + post), "dosing2": 0.5 * (pre + post),
            "integration2": post, "narrative": post}
