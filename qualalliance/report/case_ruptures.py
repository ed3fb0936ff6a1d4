"""The ruptures of one participant's sessions, each with its quotes, for the case histories.

Read from the alliance stage's ``ruptures`` table (alliance/rupture_events.py): every
rupture with the participant's words (the marker highlighted), the therapist's response
(the repair, or the redirect / protocol reply / advice that left it unrepaired,
highlighted) and its status.  Quotes are :class:`Quote` objects cut from the segment text,
so they trace back to ``documents.text`` like every other quote of the report.
"""

from __future__ import annotations

from dataclasses import dataclass
from types import SimpleNamespace

import pandas as pd

from .model import Quote

RESPONSE_LABELS = {
    "apologise": "apologises", "acknowledge": "acknowledges the objection", "invite": "invites the participant's view",
    "return_to_topic": "returns to the participant's topic", "redirect": "redirects to the agenda",
    "protocol": "replies with the protocol", "advice": "gives advice after the participant asked to be heard",
    "none": "neither repairs nor dismisses it", "no_reply": "does not reply (end of the transcript)",
}
MARKER_LABELS = {
    "complaint_about_therapist": "complaint about the therapist", "complaint_about_therapy": "complaint about the work",
    "rejects_intervention": "rejects the intervention", "controls_therapist": "tries to control the exchange",
    "avoids_topic": "avoids the topic", "disengages": "moves to leave", "dismisses": "dismisses",
}


@dataclass
class RuptureEpisode:
    doc_id: str
    session: str
    turn: int
    marker_type: str          # confrontation | withdrawal (3RS)
    marker: str
    repaired: bool
    response: str
    objection: Quote
    reply: Quote | None       # the therapist's repair or non-repair move, when the table has its span

    @property
    def status(self) -> str:
        return "repaired" if self.repaired else "unrepaired"

    @property
    def summary(self) -> str:
        return (f"{self.session}, turn {self.turn}: {self.marker_type} rupture "
                f"({MARKER_LABELS.get(self.marker, self.marker)}); the therapist "
                f"{RESPONSE_LABELS.get(self.response, self.response)} - {self.status}.")


def _quote(seg_row, start: int, end: int, code: str) -> Quote:
    from .cases import sentence_quote

    return sentence_quote(SimpleNamespace(seg_text=seg_row.text, seg_start=int(seg_row.start_char),
                                          start_char=start, end_char=end, doc_id=seg_row.doc_id,
                                          turn=int(seg_row.turn), participant_id=seg_row.participant_id, code=code))


def rupture_episodes(events: pd.DataFrame | None, seg: pd.DataFrame | None, order: dict[str, int]) -> list[RuptureEpisode]:
    """One participant's ruptures (their rows of the ``ruptures`` table), in session order."""
    if events is None or seg is None or events.empty:
        return []
    turns = {(str(r.doc_id), int(r.turn)): r for r in seg.itertuples(index=False)}
    rows = events[events["kind"].astype(str) == "rupture"].copy()
    rows["_o"] = rows["session"].astype(str).map(lambda s: order.get(s, 10**6))
    out = []
    for r in rows.sort_values(["_o", "doc_id", "turn"], kind="mergesort").itertuples(index=False):
        at = turns.get((str(r.doc_id), int(r.turn)))
        if at is None:
            continue
        objection = _quote(at, int(r.start_char), int(r.end_char), "rupture")
        reply = None
        if not pd.isna(r.response_start_char) and not pd.isna(r.response_turn):
            rt = turns.get((str(r.doc_id), int(r.response_turn)))
            if rt is not None:
                reply = _quote(rt, int(r.response_start_char), int(r.response_end_char),
                               "repair" if bool(r.repaired) else str(r.response))
        out.append(RuptureEpisode(str(r.doc_id), str(r.session), int(r.turn), str(r.marker_type), str(r.marker),
                                  bool(r.repaired), str(r.response), objection, reply))
    return out


def with_rupture_counts(alliance: pd.DataFrame | None, counts: pd.DataFrame | None) -> pd.DataFrame | None:
    """Session rows of the alliance table with ``ruptures``, ``repaired``, ``unrepaired`` per transcript
    (the rupture events' counts, not the old per-turn marker rate)."""
    if alliance is None or counts is None:
        return alliance
    cols = ["ruptures", "repaired", "unrepaired"]
    c = counts[["doc_id", *cols]].assign(doc_id=counts["doc_id"].astype(str))
    out = alliance.drop(columns=[k for k in cols if k in alliance.columns])
    return out.assign(doc_id=out["doc_id"].astype(str)).merge(c, on="doc_id", how="left")
