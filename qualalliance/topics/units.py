"""The units topics are found for: turns, windows of consecutive turns, or documents.

``turn``      every turn is a unit.  Short turns ("mm-hmm", "okay") have no content
              words left after stop words and fillers are removed; they are not
              clustered and get topic -1.
``window``    consecutive turns of a document are merged until the window holds at
              least ``window_words`` words.  A window closes at the first change of
              speaker after that, so one speaker's run of turns stays together, or
              once it holds ``2 * window_words`` words.  A last window shorter than
              ``window_words / 2`` joins the window before it.  Windows never cross
              documents.  Each turn of a window gets the window's topic.
``document``  one unit per ``doc_id`` (all its turns, in order).

The role filter (``role=...``) is applied first, so ``window`` units for
``role="participant"`` hold only participant speech.
"""

from __future__ import annotations

import pandas as pd

from ..errors import InputError
from ..schema import require_columns
from .text import count_words

UNITS = ("turn", "window", "document")
DEFAULT_WINDOW_WORDS = 60


def prepare_turns(segments: pd.DataFrame, role: str | None = None) -> pd.DataFrame:
    """The turns to model: role-filtered, non-empty, sorted by ``doc_id, turn``.

    Returns ``doc_id, turn, speaker, role, session, timepoint, text, n_words`` (speaker,
    role, session and timepoint are ``""`` when the segments table lacks them).
    """
    if not isinstance(segments, pd.DataFrame):
        raise InputError(f"segments must be a pandas DataFrame, not {type(segments).__name__}")
    require_columns(segments, ["doc_id", "turn", "text"], "segments")
    if role is not None and "role" not in segments.columns:
        raise InputError(f"cannot filter on role {role!r}: the segments table has no 'role' column")
    turns = pd.DataFrame({
        "doc_id": segments["doc_id"].fillna("").astype(str),
        "turn": pd.to_numeric(segments["turn"], errors="coerce"),
        "speaker": _text_column(segments, "speaker"),
        "role": _text_column(segments, "role"),
        "session": _text_column(segments, "session"),
        "timepoint": _text_column(segments, "timepoint"),
        "text": segments["text"].fillna("").astype(str),
    })
    if turns["turn"].isna().any():
        raise InputError("segments column 'turn' must hold whole numbers")
    turns["turn"] = turns["turn"].astype("int64")
    if role is not None:
        known = sorted(set(turns["role"]))
        turns = turns[turns["role"] == role]
        if turns.empty:
            raise InputError(f"no turns with role {role!r}; roles present: {', '.join(known) or 'none'}")
    turns = turns[turns["text"].str.strip() != ""]
    if turns.empty:
        raise InputError("the segments table has no text to model")
    turns = turns.sort_values(["doc_id", "turn"], kind="mergesort").reset_index(drop=True)
    turns["n_words"] = turns["text"].map(count_words).astype("int64")
    return turns


def _text_column(df: pd.DataFrame, name: str) -> pd.Series:
    if name not in df.columns:
        return pd.Series([""] * len(df), index=df.index, dtype=object)
    return df[name].fillna("").astype(str)


def build_units(turns: pd.DataFrame, unit: str = "window",
                window_words: int = DEFAULT_WINDOW_WORDS) -> tuple[pd.DataFrame, pd.Series]:
    """Group *turns* (from :func:`prepare_turns`) into units.

    Returns ``(units, unit_of_turn)``: ``units`` has ``unit_id, doc_id, turn`` (first
    turn; ``<NA>`` for documents), ``n_turns, n_words, text``; ``unit_of_turn`` gives
    each row of *turns* its ``unit_id``.
    """
    if unit not in UNITS:
        raise InputError(f"unknown unit {unit!r}; choose one of {', '.join(UNITS)}")
    if unit == "turn":
        group = list(range(len(turns)))
    elif unit == "document":
        group = pd.factorize(turns["doc_id"], sort=False)[0].tolist()  # turns are sorted by doc_id
    else:
        if int(window_words) < 1:
            raise InputError(f"window_words must be at least 1, got {window_words}")
        group = _window_groups(turns, int(window_words))
    unit_of_turn = pd.Series(group, index=turns.index, name="unit_id", dtype="int64")
    grouped = turns.assign(unit_id=unit_of_turn).groupby("unit_id", sort=True)
    units = pd.DataFrame({
        "doc_id": grouped["doc_id"].first(),
        "turn": grouped["turn"].first().astype("Int64"),
        "n_turns": grouped.size().astype("int64"),
        "n_words": grouped["n_words"].sum().astype("int64"),
        "text": grouped["text"].agg("\n".join),
    }).reset_index()
    if unit == "document":
        units["turn"] = pd.array([pd.NA] * len(units), dtype="Int64")
    return units, unit_of_turn


def _window_groups(turns: pd.DataFrame, window_words: int) -> list[int]:
    groups: list[int] = []      # window id of each turn
    window_size: list[int] = []  # words per window id
    window_doc: list[str] = []   # document of each window id
    prev_doc = prev_speaker = None
    for doc, speaker, n in zip(turns["doc_id"], turns["speaker"], turns["n_words"]):
        new_doc = doc != prev_doc
        words = window_size[-1] if window_size else 0
        close = words >= window_words and (speaker != prev_speaker or words >= 2 * window_words)
        if new_doc or close:
            window_size.append(0)
            window_doc.append(doc)
        groups.append(len(window_size) - 1)
        window_size[-1] += int(n)
        prev_doc, prev_speaker = doc, speaker
    # a document's last window under half size joins the window before it
    target = list(range(len(window_size)))
    for w in range(1, len(window_size)):
        last_of_doc = w == len(window_size) - 1 or window_doc[w + 1] != window_doc[w]
        if last_of_doc and window_doc[w - 1] == window_doc[w] and window_size[w] * 2 < window_words:
            target[w] = w - 1
    # window ids may have gaps after merging: number them 0..n-1 in order
    return pd.factorize(pd.Series([target[g] for g in groups]), sort=False)[0].tolist()
