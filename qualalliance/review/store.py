"""The coder's decisions, written at once and atomically.

``review/decisions.csv`` is the log of decisions, one row each, in the order made
(``undo`` removes the coder's last row).  ``review/human_codings.csv`` is derived from
it after every decision, in the codings schema (``qualalliance.schema.CODING_COLUMNS``,
``method`` = ``human``, plus the code stage's ``polarity``): for each (doc_id, turn, code,
start_char, end_char) the latest decision counts; ``accept``, ``add`` and ``edit`` make a
human coding, ``reject`` none.  An accepted coding keeps the machine coding's polarity (a
denied "I wasn't scared" stays negated), and so does an edit that keeps the code and only
moves the span; a code the reviewer adds, or changes a coding to, is affirmed.
Both files are replaced by a rename (:mod:`qualalliance.tables`), so a server killed at
any moment leaves each of them complete: the previous version or the new one.
"""

from __future__ import annotations

import threading
from datetime import datetime, timezone
from pathlib import Path

import pandas as pd

from .. import catalog
from ..errors import InputError
from ..schema import CODING_COLUMNS
from ..tables import read_table, write_csv

DECISION_COLUMNS = ["doc_id", "turn", "code", "start_char", "end_char", "decision", "coder", "memo", "time"]
DECISIONS = ("accept", "reject", "add", "edit")
HUMAN_CODING_COLUMNS = CODING_COLUMNS + ["polarity"]
POLARITIES = ("affirmed", "denied", "opposite")
KEY = ["doc_id", "turn", "code", "start_char", "end_char"]


class DecisionStore:
    """Decisions of one review folder; safe to call from several request threads."""

    def __init__(self, review_dir: Path, segment_text, polarity_of=None):
        """*segment_text*: (doc_id, turn, start_char, end_char) -> the evidence text;
        *polarity_of*: (doc_id, turn, code, start_char, end_char) -> the machine coding's
        polarity (None when the machine has no such coding)."""
        self.review_dir = Path(review_dir)
        self._segment_text = segment_text
        self._polarity_of = polarity_of
        self.decisions_path = self.review_dir / "decisions.csv"
        # the same table (and file name) the code stage writes for reviewed codings
        self.human_path = self.review_dir / f"{catalog.output('human_codings').stem}.csv"
        self._lock = threading.Lock()
        self._remove_stale_temporaries()
        self._rows: list[dict] = self._read()
        if self._rows:  # the log is the truth: a crash between the two renames is repaired here
            write_csv(human_codings(self._rows, segment_text, polarity_of), self.human_path)

    def _remove_stale_temporaries(self) -> None:
        """Temporary files of a write the process was killed in (their targets are intact)."""
        if self.review_dir.is_dir():
            for target in (self.decisions_path, self.human_path):
                for tmp in self.review_dir.glob(f".{target.name}.*.tmp"):
                    tmp.unlink(missing_ok=True)

    def _read(self) -> list[dict]:
        if not self.decisions_path.is_file():
            return []
        df = read_table(self.decisions_path)
        missing = [c for c in DECISION_COLUMNS if c not in df.columns]
        if missing:
            raise InputError(f"decisions table lacks columns {', '.join(missing)}", self.decisions_path)
        df = df[DECISION_COLUMNS].copy()
        for col in ("doc_id", "code", "decision", "coder", "memo", "time"):
            df[col] = df[col].astype(object).where(df[col].notna(), "").astype(str)
        for col in ("turn", "start_char", "end_char"):
            df[col] = df[col].astype(int)
        return df.to_dict("records")

    def rows(self) -> list[dict]:
        with self._lock:
            return [dict(r) for r in self._rows]

    def record(self, row: dict, replaces: dict | None = None) -> dict:
        """Append one decision (``time`` added here) and rewrite both files.

        *replaces* (an ``edit`` only): the machine coding the edit corrects, given as a
        decision row; it is written as a ``reject`` just before the ``edit``, in the same
        write and with the same time, and :meth:`undo` removes the two together."""
        time = datetime.now(timezone.utc).isoformat(timespec="seconds")
        out = {**{c: row[c] for c in DECISION_COLUMNS if c != "time"}, "time": time}
        new = [out]
        if replaces is not None:
            new = [{**{c: replaces[c] for c in DECISION_COLUMNS if c != "time"}, "decision": "reject",
                    "time": time}, out]
        with self._lock:
            self._save(self._rows + new)
        return out

    def undo(self, coder: str) -> dict | None:
        """Remove *coder*'s last decision (an edit with the reject written with it); None when
        they have none."""
        with self._lock:
            mine = [i for i, r in enumerate(self._rows) if r["coder"] == coder]
            if not mine:
                return None
            drop = {mine[-1]}
            last = self._rows[mine[-1]]
            if replaced_by_edit(self._rows, mine[-1]) is not None:
                drop.add(mine[-1] - 1)
            self._save([r for i, r in enumerate(self._rows) if i not in drop])
            return last

    def _save(self, rows: list[dict]) -> None:
        # the log first: it is the source of truth, and human_codings is rebuilt from it on
        # reopening should the process die between the two renames
        write_csv(pd.DataFrame(rows, columns=DECISION_COLUMNS), self.decisions_path)
        write_csv(human_codings(rows, self._segment_text, self._polarity_of), self.human_path)
        self._rows = rows


def replaced_by_edit(rows: list[dict], i: int) -> dict | None:
    """The ``reject`` written together with the ``edit`` rows[i] (the row just before it, same
    coder, turn and time: :meth:`DecisionStore.record` writes the two at once), or None."""
    r = rows[i]
    if r["decision"] != "edit" or i == 0:
        return None
    prev = rows[i - 1]
    same = all(prev[k] == r[k] for k in ("coder", "doc_id", "turn", "time"))
    return prev if same and prev["decision"] == "reject" else None


def _polarity(rows: list[dict], i: int, polarity_of) -> str:
    """Polarity of the coding that decision rows[i] makes (see the module docstring)."""
    r = rows[i]
    source = r if r["decision"] == "accept" else None
    if r["decision"] == "edit":
        prev = replaced_by_edit(rows, i)
        source = prev if prev is not None and prev["code"] == r["code"] else None
    if source is None or polarity_of is None:
        return "affirmed"
    found = polarity_of(*(source[k] for k in KEY))
    return found if found in POLARITIES else "affirmed"


def human_codings(rows: list[dict], segment_text, polarity_of=None) -> pd.DataFrame:
    """The codings the decisions make, in the codings schema plus ``polarity`` (latest decision
    per coding wins).

    *segment_text*: a callable (doc_id, turn, start_char, end_char) -> the evidence text;
    *polarity_of*: (doc_id, turn, code, start_char, end_char) -> the machine coding's polarity."""
    latest: dict[tuple, int] = {}
    for i, r in enumerate(rows):
        key = (r["coder"],) + tuple(r[k] for k in KEY)
        latest.pop(key, None)  # re-deciding moves the coding to its latest position
        latest[key] = i
    out = []
    for i in latest.values():
        r = rows[i]
        if r["decision"] == "reject":
            continue
        polarity = _polarity(rows, i, polarity_of)
        out.append({"doc_id": r["doc_id"], "turn": r["turn"], "code": r["code"], "start_char": r["start_char"],
                    "end_char": r["end_char"],
                    "text": segment_text(r["doc_id"], r["turn"], r["start_char"], r["end_char"]),
                    "negated": polarity != "affirmed", "method": "human", "coder": r["coder"],
                    "confidence": 1.0, "polarity": polarity})
    return pd.DataFrame(out, columns=HUMAN_CODING_COLUMNS)
