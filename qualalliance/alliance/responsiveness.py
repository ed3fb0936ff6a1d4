"""Therapist responsiveness: each therapist turn as reflection, question or information.

Each therapist turn gets ONE primary label, as in MITI/AnnoMI behaviour coding
(docs/alliance.md gives the same rules with examples).  Sentences first:

1. a reflective stem ("it sounds like", "so you ...", "you're saying") makes a
   statement a reflection;
2. a sentence ending in "?" (or a "tell me ..." request) is a question: open when
   it starts with what/how/why/tell me/... (but "how many", "how often", "what
   time" ... are closed), closed when it starts with an auxiliary verb ("do
   you", "is it") or "any", or has fewer than ``MIN_DECLARATIVE_WORDS`` words;
   any other "?" sentence is declarative ("And it doesn't feel good?") - a
   reflection spoken with rising intonation (information if it holds an
   information phrase);
3. a statement holding an information/advice phrase ("you need to", "I'd
   recommend", "risk") is information;
4. a statement holding a second-person feeling/wish stem ("you feel", "you
   want", "hard for you"), or whose subject is the participant ("You're
   willing to ..."), is a reflection;
5. another statement of ``MIN_INFO_SENTENCE_WORDS`` words or more is information.

Then the turn: when no sentence is a reflection but the statements share
content lemmas with the participant's preceding turn (at least ``MIN_OVERLAP``
lemmas making ``MIN_OVERLAP_SHARE`` of the statements' content lemmas, or one
making ``MIN_ECHO_SHARE`` - a short echo such as "Rejection, yeah."), the turn
is a reflection.  Otherwise it takes the act of its LAST sentence that has one
(a reflection then a question is a question: therapists end a turn with the
act they want answered), except that more reflection than information
sentences make it a reflection and vice versa.  A turn with no act is
information when its statements run to ``MIN_INFO_WORDS`` words, else
``other`` (greetings, backchannels, short acknowledgements).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from . import tokens
from .lexicons import Lexicon

LABELS = ("reflection", "open_question", "closed_question", "information", "other")

MIN_OVERLAP = 2  # shared content lemmas with the preceding participant turn
MIN_OVERLAP_SHARE = 0.3  # ... as a share of the statements' content lemmas
MIN_ECHO_SHARE = 0.5  # one shared lemma suffices when it is this share (short echoes)
MIN_INFO_WORDS = 12  # an unmarked statement turn this long is information giving
MIN_INFO_SENTENCE_WORDS = 8  # an unmarked statement sentence this long gives information
MIN_DECLARATIVE_WORDS = 5  # shorter "Ringing him?" style checks are closed questions

# discourse markers skipped before reading a question's first word
_LEAD_INS = frozenset("so and but well okay ok now then um uh oh right alright yeah mm hmm".split())
# fillers skipped before reading a statement's subject ("You know, it's ...")
_FILLER_LEADS = (("you", "know"), ("i", "mean"), ("you", "see"))
_OPEN_STARTS = frozenset("what what's how how's why where where's when who who's which tell describe "
                         "explain help".split())
_CLOSED_AFTER_HOW = frozenset("many much often long old far soon".split())
_CLOSED_AFTER_WHAT = frozenset("time day year age".split())
# a yes/no question starts with an auxiliary verb (or "any ...")
_CLOSED_STARTS = frozenset("""do does did don't doesn't didn't is isn't are aren't was wasn't were weren't
    am can can't could couldn't would wouldn't will won't have haven't has hasn't had hadn't should
    shouldn't shall may might must any anything anyone anybody""".split())
_SECOND_PERSON_STARTS = frozenset("you you're your you've you'd yourself".split())
_REQUEST_STARTS = ("tell me", "help me understand", "describe", "explain", "walk me through")


@dataclass
class TurnAct:
    label: str
    # (subscore name, start, end): offsets in the turn text
    evidence: list[tuple[str, int, int]]
    uptake: float | None  # share of the turn's content lemmas found in the previous participant turn


def _lead_stripped_words(chunk: str) -> list[str]:
    ws = [w for w, _, _ in tokens.words(chunk)]
    while ws and ws[0] in _LEAD_INS:
        ws = ws[1:]
    return ws


def question_kind(sentence: str) -> str | None:
    """'open', 'closed', 'declarative' or None (not a question) for one normalised sentence."""
    ws = _lead_stripped_words(sentence)
    rest = " ".join(ws)
    is_request = any(rest.startswith(r) for r in _REQUEST_STARTS)
    if not sentence.rstrip().endswith("?") and not is_request:
        return None
    if is_request:
        return "open"
    if not ws:
        return "closed"
    # a question tacked on after a comma or dash ("80 is high, what makes you say that?")
    last_clause = _lead_stripped_words(re.split(r"[,;:\u2014]|--", sentence)[-1])
    starters = _OPEN_STARTS | _CLOSED_STARTS
    if len(last_clause) >= 2 and last_clause[0] in starters and ws[0] not in starters:
        ws = last_clause
    first, second = ws[0], (ws[1] if len(ws) > 1 else "")
    if first == "how" and second in _CLOSED_AFTER_HOW:
        return "closed"
    if first in ("what", "which") and second in _CLOSED_AFTER_WHAT:
        return "closed"
    if first in _OPEN_STARTS:
        return "open"
    if first in _CLOSED_STARTS or len(ws) < MIN_DECLARATIVE_WORDS:
        return "closed"
    return "declarative"


def _sentence_act(norm: str, s: int, e: int, lex: Lexicon):
    """(label or None, [(start, end)] evidence, is_statement) for one sentence."""
    chunk = norm[s:e]

    def found(cat):
        return [(s + a, s + b) for a, b in lex[cat].spans(chunk)]

    info = found("information")
    strong = found("reflection_stems")
    kind = question_kind(chunk)
    if strong and kind is None:
        return "reflection", strong, False
    if kind == "declarative":
        return ("information", info, False) if info else ("reflection", [(s, e)], False)
    if kind is not None:
        return f"{kind}_question", [(s, e)], False
    if info:
        return "information", info, True
    weak = found("reflection_statement_stems")
    if weak:
        return "reflection", weak, True
    lead = _lead_stripped_words(chunk)
    while len(lead) >= 2 and tuple(lead[:2]) in _FILLER_LEADS:
        lead = [w for w in lead[2:]]
        while lead and lead[0] in _LEAD_INS:
            lead = lead[1:]
    first = lead[:1]
    if first and first[0] in _SECOND_PERSON_STARTS:
        # a statement about the participant ("You're willing to take steps")
        return "reflection", [(s, e)], True
    if len(lead) >= MIN_INFO_SENTENCE_WORDS:
        return "information", [(s, e)], True
    return None, [(s, e)], True


def classify_turn(norm: str, words: list, prev_content: set[str] | None,
                  lex: Lexicon, function_words: frozenset[str]) -> TurnAct:
    """Label one therapist turn (its normalised text and words).

    *prev_content* holds the content lemmas of the participant's preceding turn
    (None when the therapist speaks first).
    """
    acts = []  # (label, spans, is_statement) per sentence, in order
    statement_words = []
    for s, e in tokens.sentences(norm):
        label, spans, is_statement = _sentence_act(norm, s, e, lex)
        acts.append((label, spans))
        if is_statement:
            statement_words.extend(w for w in words if s <= w[1] < e)

    uptake = None
    echo = False
    if prev_content is not None:
        own = tokens.content_lemmas(words, function_words)
        if own:
            uptake = len(own & prev_content) / len(own)
        stmt = tokens.content_lemmas(statement_words, function_words)
        shared = len(stmt & prev_content)
        if stmt:
            share = shared / len(stmt)
            echo = ((shared >= MIN_OVERLAP and share >= MIN_OVERLAP_SHARE)
                    or (shared >= 1 and share >= MIN_ECHO_SHARE))

    labelled = [(lab, spans) for lab, spans in acts if lab is not None]
    reflections = [spans for lab, spans in labelled if lab == "reflection"]
    if echo and not reflections:
        # the statements build on what the participant just said: the evidence
        # is the statement sentences themselves
        spans = [sp for lab, sps in acts if lab in (None, "information") for sp in sps]
        return _act("reflection", spans, uptake)
    if not labelled:
        if len(statement_words) >= MIN_INFO_WORDS:
            return _act("information", [sp for _, sps in acts for sp in sps], uptake)
        return TurnAct("other", [], uptake)
    label, spans = labelled[-1]
    n_info = sum(lab == "information" for lab, _ in labelled)
    if label == "information" and len(reflections) > n_info:
        label, spans = "reflection", reflections[0]
    elif label == "reflection" and n_info > len(reflections):
        label, spans = next((lab, sp) for lab, sp in labelled if lab == "information")
    return _act(label, spans, uptake)


def _act(label, spans, uptake) -> TurnAct:
    return TurnAct(label, [(label, a, b) for a, b in spans], uptake)
