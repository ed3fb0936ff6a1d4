"""Small synthetic stage tables for the link tests (synthetic, not clinical data).

12 participants x 2 transcripts (preparation, integration) + a narrative, with codings
made by keyword matching, alliance rows per document x role, topics per turn, and a
GRID-HAMD-like outcome whose improvement rises with the alliance index.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

KEYWORDS = {"safety": "safe", "trust": "trust", "insight": "realised"}
THERAPIST = ["How are you feeling today?", "It sounds like you feel safe here.",
             "We can work on this together.", "What did you notice?"]
PARTICIPANT = ["I feel safe with you. I trust this process.", "I realised something about my father.",
               "Not much to say today.", "I trust you, and I realised I was holding on to fear for years."]


def make_tables(n: int = 12, seed: int = 0) -> dict[str, pd.DataFrame]:
    rng = np.random.default_rng(seed)
    seg_rows, cod_rows, all_rows, top_rows = [], [], [], []
    for i in range(1, n + 1):
        pid = f"P{i:02d}"
        docs = [(f"{pid}-prep", "1", "preparation", "transcript"),
                (f"{pid}-int", "2", "integration", "transcript"),
                (f"{pid}-narr", "3", "integration", "narrative")]
        if i == 1:
            docs.append((f"{pid}-case", "4", "followup", "case_history"))
        for doc_id, session, tp, stype in docs:
            pos, turn = 0, 0
            n_turns = 4 + int(rng.integers(0, 4)) if stype == "transcript" else 1
            for t in range(n_turns):
                if stype == "transcript":
                    role = "therapist" if t % 2 == 0 else "participant"
                    pool = THERAPIST if role == "therapist" else PARTICIPANT
                    text = pool[int(rng.integers(0, len(pool)))]
                else:
                    role = "participant" if stype == "narrative" else "other"
                    text = PARTICIPANT[(i + t) % len(PARTICIPANT)] + " It was hard."
                seg_rows.append({"doc_id": doc_id, "participant_id": pid, "session": session, "timepoint": tp,
                                 "source_type": stype, "turn": turn, "speaker": role.upper(), "role": role,
                                 "text": text, "start_char": pos, "end_char": pos + len(text)})
                for code, kw in KEYWORDS.items():
                    start = text.find(kw)
                    while start >= 0:
                        cod_rows.append({"doc_id": doc_id, "turn": turn, "code": code,
                                         "start_char": pos + start, "end_char": pos + start + len(kw),
                                         "text": kw, "negated": text.startswith("Not") and code == "safety",
                                         "method": "rule", "coder": "test", "confidence": 0.9})
                        start = text.find(kw, start + 1)
                top_rows.append({"doc_id": doc_id, "turn": turn, "topic": int(rng.integers(-1, 3)),
                                 "probability": 0.5})
                pos += len(text) + 2
                turn += 1
            if stype == "transcript":
                for role in ("therapist", "participant", "session"):
                    all_rows.append({"doc_id": doc_id, "participant_id": pid, "session": session, "timepoint": tp,
                                     "role": role, "n_words": 50, "bond": float(rng.normal(i / n, 0.1)),
                                     "therapist_mi_responsiveness": float(i / n + rng.normal(0, 0.05))})
    alliance = pd.DataFrame(all_rows)
    alliance["alliance_index"] = alliance["therapist_mi_responsiveness"]  # the old name, as the stage writes it
    return {"segments": pd.DataFrame(seg_rows), "codings": pd.DataFrame(cod_rows),
            "alliance": alliance, "topics": pd.DataFrame(top_rows)}


def make_outcomes(tables: dict[str, pd.DataFrame], seed: int = 1) -> pd.DataFrame:
    """Long GRID-HAMD at baseline/week4/month12 (lower is better), plus age and sex."""
    rng = np.random.default_rng(seed)
    al = tables["alliance"]
    idx = al[al["role"] == "session"].groupby("participant_id")["therapist_mi_responsiveness"].mean()
    rows = []
    for pid, a in idx.items():
        base = 20 + float(rng.integers(0, 6))
        rows.append((pid, "baseline", "grid_hamd", base))
        rows.append((pid, "week4", "grid_hamd", round(base - 12 * a + rng.normal(0, 2), 1)))
        rows.append((pid, "month12", "grid_hamd", round(base - 14 * a + rng.normal(0, 2), 1)))
        rows.append((pid, "", "age", float(30 + int(rng.integers(0, 30)))))
        rows.append((pid, "", "sex", "F" if int(pid[1:]) % 2 else "M"))
    return pd.DataFrame(rows, columns=["participant_id", "timepoint", "measure", "value"])


SPEC = {"baseline": "baseline", "timepoints": ["baseline", "week4", "month12"],
        "measures": {"grid_hamd": {"direction": "lower", "responder_pct": 50, "remission": 7}},
        "covariates": ["age"]}
