"""Score alliance language per transcript and role: the library call behind ``qualalliance alliance``.

``score_alliance(segments)`` reads each transcript's turns in order and returns
an :class:`AllianceResult`:

* ``scores`` - one row per document and role (``therapist``, ``participant``,
  ``session``) with ``doc_id, participant_id, session, timepoint, role,
  n_words, n_turns``, one column per sub-score (:data:`SUBSCORES`) and
  ``therapist_mi_responsiveness`` (session rows only: how MI-consistently the
  therapist responds, index.py) and its alias ``alliance_index`` (the same values,
  under the name used until this release; kept for one release);
* ``evidence`` - the spans behind the sub-scores: ``doc_id, turn, role,
  subscore, start_char, end_char, text, negated, negation_cue``, offsets in
  the document text.  A ``negated`` lexicon match ("I don't feel *safe*") does
  not count towards its sub-score (negation.py); it counts in
  ``negated_alliance_per_1k`` and, for the ``relationship`` category in a
  participant turn, against ``participant_alliance_per_1k``.

Every sub-score is a rate (per 1,000 words, per turn or per rupture), never a
raw count, so sessions of different length are comparable.  Formulas and
sources: docs/alliance.md.  Only ``source_type == "transcript"`` documents are
scored - a narrative or case history has no dyad.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass

import pandas as pd

from ..errors import InputError
from ..log import get_logger
from ..progress import progress
from ..schema import ALLIANCE_KEYS, ALLIANCE_RENAMED, SEGMENT_COLUMNS, coerce_segments, require_columns
from . import index as index_mod
from . import tokens
from .lexicons import LEXICON_VERSION, Lexicon, load_function_words, load_lexicon
from .negation import TurnNegation, merge_overlapping, split_negated
from .responsiveness import classify_turn
from .rupture import RUPTURE_KINDS, repair_spans, rupture_markers
from .style_matching import category_counts, lsm

log = get_logger(__name__)

ROLES_OUT = ("therapist", "participant", "session")
# per-1,000-word rates of lexicon categories, for every role
LEXICON_RATES = {
    "bond_per_1k": "bond",
    "goals_per_1k": "goals",
    "tasks_per_1k": "tasks",
    "empathy_per_1k": "empathy",
    "safety_per_1k": "safety",
    "relationship_per_1k": "relationship",
    "we_per_1k": "pronoun_we",
    "i_per_1k": "pronoun_i",
    "you_per_1k": "pronoun_you",
}
ACT_RATES = {  # share of therapist turns with each primary label
    "reflection_rate": "reflection",
    "open_question_rate": "open_question",
    "closed_question_rate": "closed_question",
    "information_rate": "information",
}
RUPTURE_RATES = {f"{k}_rate": k for k in RUPTURE_KINDS}
SUBSCORES = (
    list(LEXICON_RATES)
    + ["negated_alliance_per_1k"]
    + list(ACT_RATES)
    + ["reflection_question_ratio", "content_uptake", "therapist_word_share", "lsm"]
    + list(RUPTURE_RATES)
    + ["rupture_rate", "repair_rate", "participant_alliance_per_1k"]
)
INDEX_COLUMN = "therapist_mi_responsiveness"
# the deprecated names of renamed columns, written with the same values for one release
ALIAS_COLUMNS = dict(ALLIANCE_RENAMED)
SCORE_COLUMNS = ALLIANCE_KEYS + ["n_turns"] + SUBSCORES + [INDEX_COLUMN] + list(ALIAS_COLUMNS)
EVIDENCE_COLUMNS = ["doc_id", "turn", "role", "subscore", "start_char", "end_char", "text", "negated",
                    "negation_cue"]


@dataclass
class AllianceResult:
    scores: pd.DataFrame
    evidence: pd.DataFrame
    ruptures: object | None = None  # a rupture_events.RuptureResult, written beside the scores when set

    def write(self, out_dir, inputs=(), params: dict | None = None, pending=None) -> list:
        """Write ``alliance.csv/.parquet``, ``alliance_evidence.csv``, the rupture tables (when
        ``ruptures`` is set) and ``alliance_manifest.json``, all or none (*pending*: join a larger
        set, :func:`qualalliance.tables.all_or_nothing`)."""
        from .. import catalog
        from ..manifest import build_manifest
        from ..tables import all_or_nothing, output_folder, write_json
        from .index import COMPONENTS

        out = output_folder(out_dir)
        n_docs = int(self.scores["doc_id"].nunique())
        counts = {"documents": n_docs, "rows": len(self.scores), "evidence": len(self.evidence)}
        if self.ruptures is not None:
            counts["rupture_events"] = len(self.ruptures.events)
        manifest = build_manifest(
            "alliance", inputs=inputs, params=params or {},
            outputs=counts,
            extra={"lexicon_version": LEXICON_VERSION, "therapist_mi_responsiveness_components": [
                {"role": c.role, "column": c.column, "direction": c.direction, "mean": c.mean, "sd": c.sd}
                for c in COMPONENTS]})
        with all_or_nothing(pending) as p:
            written = catalog.write(self.scores, out, "alliance", p) + catalog.write(self.evidence, out,
                                                                                   "alliance_evidence", p)
            if self.ruptures is not None:
                written += catalog.write(self.ruptures.events, out, "ruptures", p)
                written += catalog.write(self.ruptures.counts, out, "rupture_counts", p)
            written.append(write_json(out / catalog.file_name("alliance_manifest"), manifest, p))
        return written


def _rate(num: float, den: float, per: float = 1.0) -> float:
    return per * num / den if den else math.nan


class _DocumentScorer:
    """Walks one transcript's turns in order, accumulating counts and evidence."""

    def __init__(self, doc: pd.DataFrame, lex: Lexicon, fw: dict[str, frozenset[str]]):
        self.doc = doc
        self.lex = lex
        self.fw = fw
        self.all_fw = frozenset().union(*fw.values())
        self.words = Counter()  # role -> words
        self.turns = Counter()  # role -> turns
        self.lexicon = {r: Counter() for r in ("therapist", "participant")}  # affirmed matches
        self.negated = Counter()  # role -> negated alliance matches (overlaps merged)
        self.relationship_negated = Counter()  # role -> negated relationship matches
        self.fw_counts = {r: Counter() for r in ("therapist", "participant")}
        self.acts = Counter()
        self.uptakes: list[float] = []
        self.ruptures = Counter()  # kind -> participant turns with it
        self.rupture_turns = 0
        self.answered_ruptures = 0  # rupture turns followed by a therapist turn
        self.repaired = 0
        self.evidence: list[tuple] = []

    def _add_evidence(self, row, subscore: str, spans, cue: tuple[int, int] | None = None) -> None:
        for a, b in spans:
            if b > a:
                self.evidence.append((row.doc_id, int(row.turn), row.role, subscore,
                                      int(row.start_char) + a, int(row.start_char) + b, row.text[a:b],
                                      cue is not None, "" if cue is None else row.text[cue[0]:cue[1]]))

    def _count_lexicon(self, row, role: str, norm: str, words) -> TurnNegation | None:
        """Per-category matches of one turn, negated ones set apart (negation.py)."""
        negation = self.lex.negation
        turn = None
        negated_spans = []
        for col, cat in LEXICON_RATES.items():
            spans = self.lex[cat].spans(norm)
            if not spans:
                continue
            if cat in negation.applies_to:
                turn = turn or TurnNegation(norm, negation, words)
                marked = split_negated(spans, turn)
            else:
                marked = [(a, b, None) for a, b in spans]
            for a, b, cue in marked:
                self._add_evidence(row, col, [(a, b)], cue)
                if cue is None:
                    self.lexicon[role][col] += 1
                else:
                    negated_spans.append((a, b))
                    if cat == "relationship":
                        self.relationship_negated[role] += 1
        # "I don't feel safe" is one negated expression, though both safety
        # ("safe") and relationship ("feel safe") match it
        self.negated[role] += len(merge_overlapping(negated_spans))
        return turn

    def run(self) -> None:
        prev_content = None
        pending_ruptures = 0  # rupture turns waiting for the therapist's reply
        for row in self.doc.itertuples(index=False):
            role = row.role
            if role not in ("therapist", "participant"):
                continue
            norm = tokens.normalise(row.text)
            words = tokens.words(norm)
            plain = [w for w, _, _ in words]
            self.words[role] += len(plain)
            self.turns[role] += 1
            turn_negation = self._count_lexicon(row, role, norm, words)
            self.fw_counts[role].update(category_counts(plain, self.fw))
            if role == "participant":
                prev_content = tokens.content_lemmas(words, self.all_fw)
                markers = rupture_markers(row.text, norm, plain, self.lex)
                for kind, spans in markers.items():
                    if spans:
                        self.ruptures[kind] += 1
                        self._add_evidence(row, f"{kind}_rate", spans)
                if any(markers.values()):
                    self.rupture_turns += 1
                    pending_ruptures += 1
                continue
            act = classify_turn(norm, words, prev_content, self.lex, self.all_fw)
            self.acts[act.label] += 1
            if act.uptake is not None:
                self.uptakes.append(act.uptake)
            col = next((c for c, lab in ACT_RATES.items() if lab == act.label), None)
            if col is not None:
                self._add_evidence(row, col, [(a, b) for _, a, b in act.evidence])
            if pending_ruptures:
                # only ruptures the therapist answered count: one at the very end
                # of a recording had no chance of repair
                self.answered_ruptures += pending_ruptures
                spans = repair_spans(norm, act.label, [(a, b) for _, a, b in act.evidence], self.lex,
                                     turn_negation)
                if spans:
                    self.repaired += pending_ruptures
                    self._add_evidence(row, "repair_rate", spans)
                pending_ruptures = 0

    def role_values(self) -> dict[str, dict[str, float]]:
        t, p = self.words["therapist"], self.words["participant"]
        nt, np_ = self.turns["therapist"], self.turns["participant"]
        out = {r: {c: math.nan for c in SUBSCORES} for r in ROLES_OUT}
        for role, n in (("therapist", t), ("participant", p), ("session", t + p)):
            for col in LEXICON_RATES:
                count = (self.lexicon["therapist"][col] + self.lexicon["participant"][col]
                         if role == "session" else self.lexicon[role][col])
                out[role][col] = _rate(count, n, 1000.0)
            negated = (self.negated["therapist"] + self.negated["participant"]
                       if role == "session" else self.negated[role])
            out[role]["negated_alliance_per_1k"] = _rate(negated, n, 1000.0)
        therapist = {col: _rate(self.acts[lab], nt) for col, lab in ACT_RATES.items()}
        n_questions = self.acts["open_question"] + self.acts["closed_question"]
        therapist["reflection_question_ratio"] = _rate(self.acts["reflection"], n_questions)
        therapist["content_uptake"] = (sum(self.uptakes) / len(self.uptakes)) if self.uptakes else math.nan
        therapist["repair_rate"] = _rate(self.repaired, self.answered_ruptures)
        participant = {col: _rate(self.ruptures[kind], np_) for col, kind in RUPTURE_RATES.items()}
        participant["rupture_rate"] = _rate(self.rupture_turns, np_)
        # the participant's net relationship language: affirmed minus negated
        # relationship phrases per 1,000 participant words (docs/alliance.md)
        participant["participant_alliance_per_1k"] = _rate(
            self.lexicon["participant"]["relationship_per_1k"] - self.relationship_negated["participant"],
            p, 1000.0)
        dyad = {
            "therapist_word_share": _rate(t, t + p),
            "lsm": lsm(self.fw_counts["therapist"], t, self.fw_counts["participant"], p),
        }
        out["therapist"].update(therapist)
        out["participant"].update(participant)
        out["session"].update({**therapist, **participant, **dyad})
        return out


def _warn_unscorable(docs: list[str]) -> None:
    """One warning for transcripts whose rows for a role are empty (NaN) for want of its turns."""
    shown = "; ".join(docs[:5]) + (f"; and {len(docs) - 5} more" if len(docs) > 5 else "")
    log.warning(f"alliance: {len(docs)} transcript(s) lack a therapist or participant turn, so their scores "
                f"for that role (and the session's therapist_mi_responsiveness) are empty: {shown}. Map speakers "
                "to roles with `qualalliance ingest --role NAME=ROLE` (or `roles:` in study.yaml)")


def transcript_segments(segments: pd.DataFrame) -> pd.DataFrame:
    """The transcripts' segments, coerced; how many other documents were left out is said in
    the log. Raises InputError when there is no transcript."""
    require_columns(segments, SEGMENT_COLUMNS, "segments")
    seg = coerce_segments(segments)
    is_transcript = seg["source_type"] == "transcript"
    skipped = seg.loc[~is_transcript, "doc_id"].nunique()
    if skipped:
        log.info(f"alliance: skipped {skipped} non-transcript document(s) (narratives and case "
                 "histories have no therapist-participant dyad)")
    seg = seg[is_transcript]
    if seg.empty:
        raise InputError("no transcript documents to score (alliance needs source_type 'transcript'; "
                         f"got {skipped} other document(s))")
    return seg


def score_alliance(segments: pd.DataFrame, lexicon: str | Lexicon | None = None,
                   function_words: str | dict | None = None) -> AllianceResult:
    """Alliance-language sub-scores and index per transcript and role.

    *segments* is an ingest ``segments`` table; *lexicon* / *function_words*
    are paths to edited copies of the packaged YAML files (default: packaged).
    Raises InputError when *segments* holds no transcript documents.
    """
    seg = transcript_segments(segments)
    lex = lexicon if isinstance(lexicon, Lexicon) else load_lexicon(lexicon)
    fw = function_words if isinstance(function_words, dict) else load_function_words(function_words)
    seg = seg.sort_values(["doc_id", "turn", "start_char"], kind="stable")
    rows, evidence, unscorable = [], [], []
    groups = seg.groupby("doc_id", sort=True)
    for doc_id, doc in progress(groups, desc="alliance", total=groups.ngroups, unit="doc"):
        scorer = _DocumentScorer(doc, lex, fw)
        scorer.run()
        values = scorer.role_values()
        first = doc.iloc[0]
        index_value = index_mod.therapist_mi_responsiveness(values)
        for role in ROLES_OUT:
            if role == "session":
                n_words = scorer.words["therapist"] + scorer.words["participant"]
                n_turns = scorer.turns["therapist"] + scorer.turns["participant"]
            else:
                n_words, n_turns = scorer.words[role], scorer.turns[role]
            rows.append({"doc_id": doc_id, "participant_id": first.participant_id, "session": first.session,
                         "timepoint": first.timepoint, "role": role, "n_words": n_words, "n_turns": n_turns,
                         **values[role], INDEX_COLUMN: index_value if role == "session" else math.nan})
        evidence.extend(scorer.evidence)
        missing = [r for r in ("therapist", "participant") if not scorer.turns[r]]
        if missing:
            unscorable.append(f"{doc_id} (no {' or '.join(missing)} turn; roles: "
                              f"{', '.join(sorted(doc['role'].astype(str).unique()))})")
    if unscorable:
        _warn_unscorable(unscorable)
    scores = pd.DataFrame(rows, columns=SCORE_COLUMNS)
    for old, new in ALIAS_COLUMNS.items():
        scores[old] = scores[new]
    scores["role"] = pd.Categorical(scores["role"], categories=list(ROLES_OUT))
    scores = scores.sort_values(["doc_id", "role"], kind="stable").reset_index(drop=True)
    scores["role"] = scores["role"].astype(str)
    for col in SUBSCORES + [INDEX_COLUMN, *ALIAS_COLUMNS]:
        scores[col] = scores[col].astype("float64")
    for col in ("n_words", "n_turns"):
        scores[col] = scores[col].astype("int64")
    ev = pd.DataFrame(evidence, columns=EVIDENCE_COLUMNS)
    ev = ev.sort_values(["doc_id", "start_char", "end_char", "subscore"], kind="stable").reset_index(drop=True)
    ev = ev.astype({"turn": "int64", "start_char": "int64", "end_char": "int64", "negated": "bool"})
    return AllianceResult(scores, ev)
