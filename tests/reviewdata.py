"""A tiny hand-made review folder (segments + codings + candidates), and a review server
started through the real CLI, for the review tests.  Synthetic text, written here."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
SCRIPT_TURN = "I said <script>window.__xss = 1</script> & <b>bold</b> things."

# (doc_id, turn, role, text)
TURNS = [
    ("D1", 0, "therapist", "How have you been sleeping since our last session?"),
    ("D1", 1, "client", "Honestly I feel scared at night and my chest gets tight."),
    ("D1", 2, "therapist", "That sounds frightening. What helps you feel safe?"),
    ("D1", 3, "client", "Talking with you helps. I trust this process now."),
    ("D1", 4, "client", SCRIPT_TURN),
    ("D2", 0, "therapist", "What would you like to focus on today?"),
    ("D2", 1, "client", "My goal is to reconnect with my sister."),
    ("D2", 2, "therapist", "You want to feel closer to her again."),
    ("D2", 3, "client", "Yes, and I am not anxious about it anymore."),
]

# (doc_id, turn, code, phrase in that turn, confidence or None, source)
CODINGS = [
    ("D1", 1, "anxiety", "scared", 0.95, "codings"),
    ("D1", 1, "anxiety", "chest gets tight", 0.62, "codings"),   # |0.62-0.6| = 0.02: 2nd
    ("D1", 2, "safety", "feel safe", 0.70, "codings"),
    ("D1", 3, "bond", "I trust this process", 0.61, "codings"),  # 0.01: most uncertain
    ("D1", 3, "bond", "Talking with you", None, "codings"),      # no confidence: last
    ("D1", 4, "bond", "<script>", 0.76, "codings"),
    ("D2", 1, "goals", "My goal is", 0.88, "codings"),
    ("D2", 1, "bond", "reconnect", 0.45, "candidates"),
    ("D2", 2, "bond", "feel closer", 0.52, "candidates"),
    ("D2", 3, "anxiety", "anxious", 0.66, "codings"),
    ("D2", 0, "goals", "focus on today", 0.30, "candidates"),
    ("D2", 2, "goals", "want to feel", 0.81, "codings"),
]


def write_review_folder(folder: Path) -> Path:
    """segments.csv, codings.csv and coding_candidates.csv in *folder* (a 'code output' layout)."""
    folder.mkdir(parents=True, exist_ok=True)
    seg_rows, offsets, pos = [], {}, {}
    for doc_id, turn, role, text in TURNS:
        start = pos.get(doc_id, 0)
        seg_rows.append({"doc_id": doc_id, "participant_id": doc_id, "session": "s1", "timepoint": "t1",
                         "source_type": "transcript", "turn": turn, "speaker": role.upper(), "role": role,
                         "text": text, "start_char": start, "end_char": start + len(text)})
        offsets[(doc_id, turn)] = (start, text)
        pos[doc_id] = start + len(text) + 1
    pd.DataFrame(seg_rows).to_csv(folder / "segments.csv", index=False)
    rows = {"codings": [], "candidates": []}
    for doc_id, turn, code, phrase, conf, source in CODINGS:
        start, text = offsets[(doc_id, turn)]
        a = start + text.index(phrase)
        rows[source].append({"doc_id": doc_id, "turn": turn, "code": code, "start_char": a,
                             "end_char": a + len(phrase), "text": phrase, "negated": False, "method": "rule",
                             "coder": "rules", "confidence": conf})
    pd.DataFrame(rows["codings"]).to_csv(folder / "codings.csv", index=False)
    pd.DataFrame(rows["candidates"]).to_csv(folder / "coding_candidates.csv", index=False)
    return folder


def start_server(folder: Path, coder: str = "tester", options=()) -> tuple[subprocess.Popen, str]:
    """`qualalliance review FOLDER --port 0 --no-browser [OPTIONS]` in a subprocess: (process, URL)."""
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    proc = subprocess.Popen([sys.executable, "-m", "qualalliance", "review", str(folder), "--port", "0",
                             "--no-browser", "--coder", coder, *options], cwd=ROOT, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    line = proc.stdout.readline().strip()
    if not line.startswith("review: http://127.0.0.1:"):
        proc.kill()
        raise RuntimeError(f"no URL line: {line!r} {proc.stderr.read()}")
    return proc, line.split(" ", 1)[1]


def span(doc_id: str, turn: int, phrase: str) -> tuple[int, int]:
    """Document offsets of *phrase* in turn (doc_id, turn) of :data:`TURNS`."""
    start = 0
    for d, t, _role, text in TURNS:
        if d != doc_id:
            continue
        if t == turn:
            a = start + text.index(phrase)
            return a, a + len(phrase)
        start += len(text) + 1
    raise KeyError((doc_id, turn))


# ----------------------------------------------------------------------------- learning during a review
# A tiny second stage (no embeddings) trained on hand-written turns, and a review folder
# whose items are all "anxiety" codings of "scared", so that the reviewer's decisions
# are the only thing that tells them apart.  Synthetic text, written here.
ANXIOUS = ["I felt scared and my heart was racing before the {}.", "I get nervous and scared about the {}.",
           "Honestly I was afraid of the {} all week."]
CALM = ["We planted tomatoes near the {} on Sunday.", "My brother fixed the {} in the kitchen.",
        "The bus to the {} was late again."]
PLACES = ["flight", "exam", "market", "station", "meeting", "river", "clinic", "garden"]
REVIEW_DOCS = ["R1", "R2", "R3", "R4", "R5"]
REVIEW_TURNS = 4  # participant turns per review document, each coded anxiety on "scared"


def _dialogue(doc_id: str, texts: list[str]) -> list[dict]:
    rows, start = [], 0
    for i, text in enumerate(texts):
        for role, t in (("therapist", "What happened then?"), ("participant", text)):
            turn = len(rows)
            rows.append({"doc_id": doc_id, "participant_id": doc_id, "session": "s1", "timepoint": "t1",
                         "source_type": "transcript", "turn": turn, "speaker": role.upper(),
                         "role": role, "text": t, "start_char": start, "end_char": start + len(t)})
            start += len(t) + 1
    return rows


def write_tiny_theme_model(path: Path) -> Path:
    """A second stage fitted on 4 hand-written dialogues (anxiety on fear words), no embeddings."""
    from qualalliance.coding.model import save_theme_model
    from qualalliance.coding.reference import from_frame
    from qualalliance.coding.training import fit_theme_model

    segs, labels = [], []
    for d in range(4):
        texts = [(ANXIOUS if k % 2 == 0 else CALM)[(d + k) % 3].format(PLACES[(d * 3 + k) % 8]) for k in range(6)]
        rows = _dialogue(f"B{d}", texts)
        segs += rows
        labels += [{"doc_id": r["doc_id"], "turn": r["turn"],
                    "codes": "anxiety" if r["role"] == "participant" and (r["turn"] // 2) % 2 == 0 else ""}
                   for r in rows]
    model = fit_theme_model(pd.DataFrame(segs), from_frame(pd.DataFrame(labels)), name="tiny-theme-scorer",
                            params={"embedding": None, "char_ngrams": False, "min_positives": 4, "inner_folds": 2,
                                    "min_role_positives": 1})
    return save_theme_model(model, path)


def write_learning_folder(folder: Path, model: Path) -> Path:
    """segments.csv, codings.csv and a code manifest naming *model* (:func:`write_tiny_theme_model`)."""
    folder.mkdir(parents=True, exist_ok=True)
    segs, codings = [], []
    for d, doc_id in enumerate(REVIEW_DOCS):
        texts = [f"I was scared when the {PLACES[(d + k) % 8]} came up, {k} times." for k in range(REVIEW_TURNS)]
        rows = _dialogue(doc_id, texts)
        segs += rows
        for r in rows:
            if r["role"] == "participant":
                a = r["start_char"] + r["text"].index("scared")
                codings.append({"doc_id": doc_id, "turn": r["turn"], "code": "anxiety", "start_char": a,
                                "end_char": a + 6, "text": "scared", "negated": False, "method": "rule",
                                "coder": "rules", "confidence": 0.9, "polarity": "affirmed"})
    pd.DataFrame(segs).to_csv(folder / "segments.csv", index=False)
    pd.DataFrame(codings).to_csv(folder / "codings.csv", index=False)
    manifest = {"parameters": {"min_confidence": 0.6, "theme_model": str(model)}}
    (folder / "coding_manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    return folder
