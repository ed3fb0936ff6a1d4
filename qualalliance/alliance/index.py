"""therapist_mi_responsiveness: a fixed, documented combination of therapist sub-scores.

    therapist_mi_responsiveness = mean over the components k defined for the session of
                     clip(direction_k * (x_k - mean_k) / sd_k, -3, 3)

where x_k is the sub-score named by (role row, column), direction_k is +1 when
theory says more of it means a stronger alliance and -1 when less does, and
mean_k / sd_k are FIXED reference values (below).  Nothing is fitted at run
time, so a session's index does not depend on which other sessions are scored
with it; and every x_k is a rate, so the index does not depend on session
length.  0 is the reference corpus's average session; +1 is a session one SD
above it on the average component.  Clipping z at +-3 keeps one extreme rate
(a 5-turn session can have a rate of 1.0) from deciding the index alone.

How the constants were chosen (benchmarks/alliance_annomi.py re-derives and
checks them): ``CANDIDATES`` lists one sub-score per construct with the
direction theory predicts, fixed before looking at the data.  On the AnnoMI
development split (106 transcripts; expert high/low MI-quality labels), a
candidate became a component when its AUROC for high vs low quality, in its
theoretical direction, was at least ``MIN_COMPONENT_AUROC``; mean_k and sd_k
(sample SD) are its mean and SD over those 106 sessions, rounded to four
significant digits.  Components are weighted equally (a unit-weighted z-score
composite: Dawes 1979) - no regression weights.  The same rule, rerun inside
leave-one-transcript-out cross-validation, is what the benchmark reports as
the out-of-sample AUROC.

The name says what it measures: how MI-consistently the *therapist* responds
(reflecting rather than advising, repairing discord, empathy and autonomy talk,
letting the participant talk) - what expert MI-quality ratings reward.  It was
called ``alliance_index`` in qualalliance 0.1; that column is still written as an alias
of the same values for one release (score.py, ``RENAMED_COLUMNS``).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

MIN_COMPONENT_AUROC = 0.65
Z_CLIP = 3.0


@dataclass(frozen=True)
class Candidate:
    role: str  # the scores row the value is read from
    column: str
    direction: int  # +1: more is better alliance; -1: less is
    construct: str


# one sub-score per construct, direction from the literature (docs/alliance.md)
CANDIDATES = (
    Candidate("therapist", "bond_per_1k", +1, "bond (Bordin)"),
    Candidate("session", "goals_per_1k", +1, "goals (Bordin)"),
    Candidate("therapist", "tasks_per_1k", +1, "tasks (Bordin)"),
    Candidate("therapist", "empathy_per_1k", +1, "empathy"),
    Candidate("therapist", "safety_per_1k", +1, "safety and autonomy support"),
    Candidate("session", "reflection_rate", +1, "responsiveness: reflections"),
    Candidate("session", "closed_question_rate", -1, "responsiveness: closed questions"),
    Candidate("session", "information_rate", -1, "responsiveness: information and advice"),
    Candidate("session", "content_uptake", +1, "responsiveness: uptake of the participant's words"),
    Candidate("session", "lsm", +1, "language style matching"),
    Candidate("session", "therapist_word_share", -1, "talk balance"),
    Candidate("session", "we_per_1k", +1, "shared 'we' language"),
    Candidate("session", "rupture_rate", -1, "rupture"),
    Candidate("session", "repair_rate", +1, "repair"),
)


@dataclass(frozen=True)
class Component:
    role: str
    column: str
    direction: int
    mean: float
    sd: float


# selected and normalised on the AnnoMI dev split (see the module docstring);
# dev AUROC in the theoretical direction in the comment.  Re-derived when
# lexicon matching became negation-aware (lexicon version 2): session
# goals_per_1k fell from 0.651 to 0.629 and left the index; the tasks and
# safety constants moved slightly.
COMPONENTS = (
    Component("session", "reflection_rate", +1, 0.2211, 0.1511),  # 0.902
    Component("session", "information_rate", -1, 0.2102, 0.1495),  # 0.882
    Component("session", "repair_rate", +1, 0.2908, 0.2248),  # 0.818
    Component("therapist", "empathy_per_1k", +1, 3.983, 6.254),  # 0.782
    Component("therapist", "tasks_per_1k", +1, 6.191, 7.53),  # 0.688
    Component("therapist", "safety_per_1k", +1, 1.838, 2.909),  # 0.657
    Component("session", "therapist_word_share", -1, 0.5495, 0.1485),  # 0.656
)


def component_z(value: float, comp: Component) -> float:
    """Signed, clipped z-score of one component (NaN stays NaN)."""
    if value is None or math.isnan(value):
        return math.nan
    z = comp.direction * (value - comp.mean) / comp.sd
    return max(-Z_CLIP, min(Z_CLIP, z))


def therapist_mi_responsiveness(values: dict[str, dict[str, float]], components=COMPONENTS) -> float:
    """The index from one document's sub-scores, ``values[role][column]``.

    Components that are undefined for the session (e.g. repair_rate when no
    rupture occurred) are left out of the mean; NaN when none is defined.
    """
    zs = [component_z(values[c.role][c.column], c) for c in components]
    zs = [z for z in zs if not math.isnan(z)]
    return sum(zs) / len(zs) if zs else math.nan


# the function's name in qualalliance 0.1 (kept for one release, like the column)
alliance_index = therapist_mi_responsiveness
