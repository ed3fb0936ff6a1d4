"""Alliance language: Bordin's bond/goals/tasks, responsiveness, style matching, rupture and repair.

    from qualalliance.alliance import score_alliance
    result = score_alliance(segments)
    result.scores    # one row per document x role (therapist, participant, session)
    result.evidence  # the spans behind each sub-score

See docs/alliance.md for every formula, its source and its limits.
"""

from .score import EVIDENCE_COLUMNS, SCORE_COLUMNS, SUBSCORES, AllianceResult, score_alliance

__all__ = ["AllianceResult", "EVIDENCE_COLUMNS", "SCORE_COLUMNS", "SUBSCORES", "score_alliance"]
