"""Teach the theme coder during a review session.

After every ``every`` decisions of the session's coder (``review --learn-every``, 20 by
default), or when the reviewer asks (key ``t``), the second stage is adapted to the
decisions so far by the learner of ``qualalliance code --adapt``
(:func:`~qualalliance.coding.training.adapt_theme_model`, with the run's model as the
prior), in a background thread so that the page stays responsive.  The items not yet
decided are then scored again by the adapted model
(:func:`~qualalliance.coding.second_stage.coding_confidence`, as the code stage scores
them) and the page orders them most uncertain first again.  The adapted model is saved
to ``review/theme_model.qamodel`` (``code --theme-model`` and ``code --adapt
--theme-model`` read it).

What the model learns from (:func:`session_reference`): the turns the coder decided
something in are the reference turns; a turn's codes are the coder's own codings there
(an accepted denied coding stays denied) plus the machine codings of that turn the
coder has not decided (yet): the turn as the machine coded it, corrected by the coder.
So a rejected coding is a negative example, and a machine coding in the same turn that
the coder has not come to is not made one.  The fit is deterministic: the same
decisions give the same model and the same confidences.
"""

from __future__ import annotations

import hashlib
import os
import threading
from datetime import datetime, timezone
from pathlib import Path

import numpy as np
import pandas as pd

from .. import catalog
from ..coding.reference import Reference
from ..errors import InputError, ModelError
from ..log import get_logger
from . import DEFAULT_LEARN_EVERY
from .items import ReviewSet, reorder
from .store import KEY, DecisionStore, human_codings

log = get_logger(__name__)

MODEL_FILE = catalog.file_name("theme_model")  # the name code --adapt gives it; in review/, beside the decisions


def base_model_source(review: ReviewSet, chosen=None) -> str:
    """The second stage to adapt: *chosen* (``review --theme-model``), else the one the code
    stage used (its manifest; ``code --adapt`` leaves it as ``theme_model.qamodel`` in the
    code folder), else the shipped one (``"default"``; used only if it fits the codebook)."""
    if chosen:
        return str(chosen)
    recorded = review.theme_model
    if recorded and recorded not in ("none", "default") and Path(recorded).is_file():
        return recorded
    for folder in (catalog.stage_dir(review.folder, "code"), review.folder):
        if recorded not in ("", "none", "default") and (folder / MODEL_FILE).is_file():
            return str(folder / MODEL_FILE)  # an adapted model, recorded by name only
    return "default"


def session_reference(rows: list[dict], items: list[dict], coder: str, polarity_of, codes: list[str]) -> Reference:
    """The coder's decisions as reference codings (see the module docstring); only *codes*
    (the codebook's applicable ones) are kept."""
    mine = [r for r in rows if r["coder"] == coder]
    units = sorted({(str(r["doc_id"]), int(r["turn"])) for r in mine})
    unit_set = set(units)
    decided = {tuple(r[k] for k in KEY) for r in mine}
    human = human_codings(mine, lambda *_: "", polarity_of)
    labels = [(d, int(t), c, bool(n)) for d, t, c, n in zip(human["doc_id"], human["turn"], human["code"],
                                                            human["negated"])]
    labels += [(it["doc_id"], it["turn"], it["code"], bool(it["negated"])) for it in items
               if it["source"] == "codings" and (it["doc_id"], it["turn"]) in unit_set
               and tuple(it[k] for k in KEY) not in decided]
    wanted = set(codes)
    table = pd.DataFrame([x for x in labels if x[2] in wanted], columns=["doc_id", "turn", "code", "negated"])
    table = table.drop_duplicates().sort_values(["doc_id", "turn", "code", "negated"], kind="mergesort")
    table["turn"] = table["turn"].astype("int64")
    table["negated"] = table["negated"].astype(bool)
    return Reference(table.reset_index(drop=True),
                     pd.DataFrame(units, columns=["doc_id", "turn"]).astype({"turn": "int64"}))


def _decisions_hash(rows: list[dict]) -> str:
    h = hashlib.sha256()
    for r in rows:
        h.update("\u0001".join(str(r[k]) for k in KEY + ["decision"]).encode("utf-8") + b"\n")
    return h.hexdigest()


class SessionLearner:
    """Retrains the second stage from one coder's decisions, in a background thread.

    :meth:`after_decision` is called after every write; :meth:`request` asks for an
    update now.  :meth:`items` are the review items with the latest confidences, the
    coder's decided items first (in review order), then the rest most uncertain first.
    """

    def __init__(self, review: ReviewSet, store: DecisionStore, coder: str, base: str = "default",
                 every: int = DEFAULT_LEARN_EVERY):
        self.review, self.store, self.coder, self.base_source, self.every = review, store, coder, base, every
        self.model_path = store.review_dir / MODEL_FILE
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None
        self._again = False
        self._warmed = False       # the first update was prepared (or run)
        self._base = None          # the loaded prior (in the thread, at the first update)
        self._table = None         # rule hits and context of every turn (computed once)
        self._confidence: dict[int, float | None] = {}
        self._counted = self._mine()
        self._status = {"state": "waiting", "version": 0, "decisions": 0, "turns": 0, "updated": "",
                        "refitted": [], "recalibrated": [], "message": "", "base": str(base)}

    # -- what the page reads -------------------------------------------------------------
    def status(self) -> dict:
        with self._lock:
            out = dict(self._status)
        out["every"] = self.every
        out["next_in"] = max(0, self._counted + self.every - self._mine()) if self.every else None
        return out

    def items(self) -> list[dict]:
        with self._lock:
            conf, version = self._confidence, self._status["version"]
        if version == 0:
            return self.review.items
        decided = {tuple(r[k] for k in KEY) for r in self.store.rows() if r["coder"] == self.coder}
        updated = [dict(it, confidence=conf.get(it["id"], it["confidence"])) for it in self.review.items]
        return reorder(updated, decided, self.review.min_confidence)

    # -- when to learn -----------------------------------------------------------------
    def _mine(self) -> int:
        return sum(r["coder"] == self.coder for r in self.store.rows())

    def after_decision(self) -> None:
        """Start an update when ``every`` decisions were made since the last one; after the
        first decision, prepare one (load the model, embed the turns) in the background."""
        if not self.every:
            return
        if self._mine() - self._counted >= self.every:
            self.request()
        else:
            self._start(warm=True)

    def resume(self) -> bool:
        """On reopening: update at once (in the background) when this coder has decisions and
        an earlier session saved a model, so the page gets back the order it had."""
        if self.model_path.is_file() and self._mine():
            return self.request()
        return False

    def request(self) -> bool:
        """Update now (in the background); a request during an update runs once more after it."""
        return self._start(warm=False)

    def _start(self, warm: bool) -> bool:
        with self._lock:
            if self._status["state"] == "off" or (warm and self._warmed):
                return False
            if self._thread is not None and self._thread.is_alive():
                self._again = self._again or not warm
                return True
            self._warmed = True
            if not warm:
                self._status["state"] = "training"
            self._thread = threading.Thread(target=self._run, args=(warm,), name="review-learner", daemon=True)
            self._thread.start()
            return True

    def wait(self, timeout: float | None = None) -> None:
        """Block until the running update (and any requested after it) is done (tests)."""
        thread = self._thread
        if thread is not None:
            thread.join(timeout)

    def _run(self, warm: bool) -> None:
        try:  # the reviewer's requests come first: lower this thread's (Linux) scheduling priority
            os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), 10)
        except (AttributeError, OSError):
            pass
        if warm:
            self.warm_up()
            with self._lock:
                if not self._again:
                    return
        self._loop()

    def warm_up(self) -> None:
        """The costly part of the first update done early: the prior, the rule hits of every
        turn and the embeddings of the items' turns (cached), while the reviewer reviews."""
        try:
            if self._prepare():
                item_confidences(self._base, self._table, self.review, self.review.items)
        except Exception as exc:  # noqa: BLE001 - the update itself will say what is wrong
            log.warning(f"review: preparing the model update failed: {type(exc).__name__}: {exc}")

    def _loop(self) -> None:
        while True:
            rows = self.store.rows()
            with self._lock:
                self._counted = sum(r["coder"] == self.coder for r in rows)
                self._status["state"] = "training"
            try:
                self._update(rows)
            except InputError as exc:  # too few decisions to learn from yet: wait for more
                with self._lock:
                    self._status.update(message=exc.message)
            except Exception as exc:  # noqa: BLE001 - a failed update must not stop the review
                log.warning(f"review: the model update failed: {type(exc).__name__}: {exc}")
                with self._lock:
                    self._status.update(state="failed" if self._status["state"] != "off" else "off",
                                        message=f"{type(exc).__name__}: {' '.join(str(exc).split())[:200]}")
            with self._lock:
                if not self._again or self._status["state"] == "off":
                    self._again = False
                    if self._status["state"] == "training":
                        self._status["state"] = "ready" if self._status["version"] else "waiting"
                    return
                self._again = False

    # -- learning ----------------------------------------------------------------------
    def _prepare(self) -> bool:
        """Load the prior and the turn table once; False (learning off) without a usable prior."""
        if self._base is not None:
            return True
        from ..coding.coder import code_segments, resolve_theme_model
        from ..coding.scorer import turn_table

        book = self.review.codebook
        try:
            base = resolve_theme_model(self.base_source, book)
        except ModelError as exc:  # unreadable, or made for another codebook: it will not get better
            with self._lock:
                self._status.update(state="off", message=exc.one_line())
            return False
        if base is None:
            with self._lock:
                self._status.update(state="off", message=(
                    f"no second stage to adapt: the shipped one was built for another codebook than "
                    f"{book.name!r} {book.version} (review --theme-model FILE)"))
            return False
        rules = code_segments(self.review.segments, book, theme_model=None).codings
        self._table = turn_table(self.review.segments, rules, [c.id for c in book.applicable])
        self._base = base
        return True

    def _update(self, rows: list[dict]) -> None:
        if not self._prepare():
            return
        mine = [r for r in rows if r["coder"] == self.coder]
        if not mine:
            return
        model, confidence = self.fit(rows)
        from ..coding.model import save_theme_model

        save_theme_model(model, self.model_path)
        scorer = model.scorer
        with self._lock:
            self._confidence = confidence
            self._status.update(version=self._status["version"] + 1, decisions=len(mine),
                                turns=int(model.metadata["n_turns"]), message="",
                                updated=datetime.now(timezone.utc).isoformat(timespec="seconds"),
                                refitted=sorted(scorer.models_), recalibrated=sorted(scorer.recalibrated_))

    def fit(self, rows: list[dict]):
        """(adapted model, {item id: confidence} of the items the coder has not decided)."""
        from ..coding.training import adapt_theme_model

        self._prepare()
        book = self.review.codebook
        reference = session_reference(rows, self.review.items, self.coder, self.review.polarity_of,
                                      [c.id for c in book.applicable])
        mine = [r for r in rows if r["coder"] == self.coder]
        model = adapt_theme_model(self._base, self.review.segments, reference, book, name="theme-scorer-review")
        model.metadata.update({"review_coder": self.coder, "review_decisions": len(mine),
                               "review_decisions_sha256": _decisions_hash(mine)})
        decided = {tuple(r[k] for k in KEY) for r in mine}
        open_items = [it for it in self.review.items if tuple(it[k] for k in KEY) not in decided]
        return model, item_confidences(model, self._table, self.review, open_items)


def item_confidences(model, table: pd.DataFrame, review: ReviewSet, items: list[dict]) -> dict[int, float | None]:
    """{item id: the second stage's confidence} for *items*, scored as the code stage scores
    codings; *table* is :func:`~qualalliance.coding.scorer.turn_table` of ``review.segments``."""
    from ..coding.second_stage import coding_confidence

    if not items:
        return {}
    pos = [review.position(it["doc_id"], it["turn"]) for it in items]
    rows = sorted(set(pos))
    where = {p: i for i, p in enumerate(rows)}
    probs = model.scorer.predict_proba(table.iloc[rows].reset_index(drop=True))
    codings = pd.DataFrame({"_seg": [where[p] for p in pos], "code": [it["code"] for it in items],
                            "polarity": [it["polarity"] for it in items]})
    conf = coding_confidence(codings, probs, model.scorer)
    return {it["id"]: (None if np.isnan(c) else float(c)) for it, c in zip(items, conf)}
