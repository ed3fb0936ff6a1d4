"""Find identifiers in text: structured rules, names, the study's known names, allow/deny lists."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .lexicon import is_proper, lexeme_probs, packaged_allow_list
from .names import (LOCATION, PERSON, KnownNames, capitalised_tokens, comma_joined, cue_and_capital_names, cued_lower_case_names,
                    inside_allowed, joined_parts, lower_case_names, place_by_head)
from .ner import Recognizer
from .ner import available as ner_available
from .ner import may_add as ner_may_add
from .ner import model_label as ner_label
from .ner import worth_running as ner_worth_running
from .recognizers import ORDINAL_WORDS, structured_spans, typed_spans
from .towns import town_spans

NER_MODES = ("auto", "on", "off")

ENTITY_TYPES = ("PERSON", "LOCATION", "ADDRESS", "DATE", "AGE", "PHONE", "EMAIL", "URL", "SSN", "ID")
# on equal extent the earlier type wins (a structured match beats a capitalised guess)
_PRIORITY = {t: i for i, t in enumerate(("EMAIL", "URL", "SSN", "PHONE", "ID", "ADDRESS", "DATE", "AGE",
                                         "LOCATION", "PERSON"))}
_ROLE_LABEL = re.compile(r"^(?:therapist|client|participant|patient|interviewer|interviewee|facilitator|guide|"
                         r"counsell?or|clinician|doctor|nurse|speaker|spk|narrator|unknown|other|moderator|"
                         r"researcher|respondent)(?:\s*|_)\d*$|(?-i:^[A-Z]{1,2}\d*$)", re.IGNORECASE)


_ID_WORD = re.compile(r"[^\W\d_]+")  # a run of letters in an id or path
_TITLE_PREFIX = re.compile(r"^(?:Dr|Mr|Mrs|Ms|Mx|Miss|Prof|Doctor)\.?\s+")


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    entity_type: str


@dataclass
class Deidentifier:
    """Finds identifiers; :meth:`learn` the study's texts first so names are found everywhere.

    *allow*: words and names never removed; *deny*: names always removed (``TYPE:text``
    gives another type, e.g. ``LOCATION:Elm Creek``); *capitals*: False turns the
    capitalisation heuristic off (cues, known names and rules remain); *ner*: the named-entity
    recogniser (:mod:`.ner`) as further name evidence, ``on`` (an error when its model is not
    installed), ``auto`` (used when installed: the ``deid`` stage's default) or ``off`` (this
    class's default, so that rule-level uses and tests stay fast).
    """

    allow: tuple[str, ...] = ()
    deny: tuple[str, ...] = ()
    capitals: bool = True
    ner: str = "off"
    known: KnownNames = field(default_factory=KnownNames)

    def __post_init__(self):
        if self.ner not in NER_MODES:
            raise ValueError(f"ner must be one of {', '.join(NER_MODES)}, not {self.ner!r}")
        self._allow = packaged_allow_list() | {a.casefold() for a in self.allow}
        self._probs = lexeme_probs()
        use_ner = self.ner == "on" or (self.ner == "auto" and ner_available())
        self._ner = Recognizer(self._probs, self._allow) if use_ner and self.capitals else None
        # (speed) the rule spans and the recogniser's test of the turns prime read, for find (_needs_ner_primed)
        self._primed: dict[str, tuple[list[Span], bool]] = {}
        self._primed_for = None
        # (speed, sixth pass) the spans find gave each short text, while the study's names are as they were then
        self._found: dict[str, list[Span]] = {}
        self._found_for = None
        self._deny: dict[str, str] = {}
        for entry in self.deny:
            kind, sep, text = entry.partition(":")
            kind, text = (kind.strip().upper(), text) if sep and kind.strip().upper() in ENTITY_TYPES else (PERSON, entry)
            self._deny[" ".join(text.split()).casefold()] = kind
        self._deny_re = (re.compile(r"\b(?:" + "|".join(re.escape(d) for d in sorted(self._deny, key=len, reverse=True))
                                    + r")\b", re.IGNORECASE) if self._deny else None)

    @property
    def ner_model(self) -> str | None:
        """The recogniser in use (for the manifest), None without one."""
        return ner_label() if self._ner is not None else None

    def add_name(self, name: str, entity_type: str = PERSON) -> None:
        """A name known from outside the text (speaker label, metadata)."""
        if name.casefold() not in self._allow:
            self.known.add(name, entity_type)

    def add_speaker(self, label: str) -> bool:
        """Add a speaker label that is a name (not ``Therapist``, ``Speaker 2``, ``T``); True if added."""
        label = _TITLE_PREFIX.sub("", " ".join(str(label).split()))  # "Dr. Okafor": Okafor, as in the text
        if not label or _ROLE_LABEL.match(label) or not label[0].isupper():
            return False
        self.add_name(label)
        return True

    def learn(self, text: str, pieces=None) -> None:
        """Remember the names found in *text* so they are found in every text of the study: those
        not inside a structured identifier (``Willowbrook Court`` in an address teaches nothing);
        of a PERSON's words, only those English mostly writes capitalised; of a lower-case name, only one a
        cue found whose words English hardly writes in lower case (:func:`.names.cued_lower_case_names`).
        *pieces*: ``(start, end)`` of the pieces :meth:`find` will be asked about (a document's turns and
        the text between them, :func:`.tables.learn_pieces`), which cover *text* in order; the structured
        identifiers a name must not be inside are then those :meth:`find` sees in them (None: *text*'s own)."""
        tokens = capitalised_tokens(text)
        names = [Span(s, e, t) for s, e, t, _ in self._names(text, tokens)]
        # (speed) what is learned is a person or place resolve keeps, and resolve keeps only spans it is given: a
        # text without a name span (a third of AnnoMI's documents) learns from resolve only when a person or place
        # recogniser matches, so the other recognisers (most of the cost of learning a whole document) run only then
        if names or typed_spans(text, (PERSON, LOCATION)):
            structured = [Span(s, e, t) for s, e, t in _structured_in_pieces(text, pieces)]
        else:
            structured = []
        for span in resolve(structured + names):
            if span.entity_type in (PERSON, LOCATION):
                kind = place_by_head(text, span.start, span.end, span.entity_type)  # "Westchester County": no person
                self.known.add(text[span.start:span.end], kind, words=kind == PERSON,
                               word_ok=lambda w: is_proper(w, self._probs) and w.casefold() not in self._allow)
        if self.capitals:  # a lower-case name a cue found ("i told yesenia") is looked for in lower case everywhere
            for word in cued_lower_case_names(text, self._probs, self._allow):
                self.known.add(word, PERSON, words=False)

    def prime(self, texts) -> None:
        """Prepare :meth:`find` for many *texts* at once (the recogniser runs over them in batches);
        a no-op without the recogniser.  :meth:`find` gives the same spans with or without it.
        Learn the study's names first: whether a text needs the recogniser depends on them."""
        if self._ner is not None:
            self._primed, self._primed_for = {}, self._known_state()
            self._ner.prime(texts, self._needs_ner_primed)

    def _needs_ner_primed(self, text: str) -> bool:
        """:meth:`_needs_ner` of *text* for :meth:`prime`, the rule spans it reads and its answer kept for :meth:`find`.
        (speed, fifth pass) find read the same turns again: the rules' spans (the name rules are not cached) and the
        recogniser's test, for every turn the test reached (heldout29: 1,017 of 5,200 turns, 0.3 of 6.5 profiled s)."""
        tokens = capitalised_tokens(text)
        if not ner_worth_running(text, tokens, self._probs):
            return False
        spans = self._rule_spans(text, tokens)
        needs = ner_may_add(text, spans, resolve(spans + self._denied(text)), self._probs, self._allow, self._ner.tokenize)
        if len(self._primed) < _PRIMED_MAX:
            self._primed[text] = (spans, needs)
        return needs

    def _known_state(self):
        """What the rule spans depend on that changes: the study's names (they are only ever added)."""
        return id(self.known), id(self.known.types), len(self.known.types), self.known.max_words

    def find(self, text: str) -> list[Span]:
        """Non-overlapping identifiers in *text*, in order."""
        # (speed, sixth pass) deid asks about the same short texts again and again: the speaker labels and the text
        # between turns once a turn ("Therapist", "\nClient: "), turns such as "Yeah."; heldout29: 10,480 of the 15,680
        # texts find read were one of six.  What find gives depends on the text and the study's names (only ever
        # added: _known_state), the rest being fixed when the Deidentifier is made, so a short text's answer is kept
        # while the names are as they were
        if len(text) > _FOUND_LENGTH:
            return self._find(text)
        state = (self._known_state(), self.capitals)
        if self._found_for != state:
            self._found, self._found_for = {}, state
        found = self._found.get(text)
        if found is None:
            found = self._find(text)
            if len(self._found) >= _FOUND_MAX:
                self._found.clear()
            self._found[text] = found
        return list(found)

    def _find(self, text: str) -> list[Span]:
        tokens = capitalised_tokens(text)
        primed = self._primed.pop(text, None) if self._primed else None
        if primed is not None and self._primed_for != self._known_state():  # names learnt since prime: not valid
            primed = None
            self._primed.clear()
        spans = self._rule_spans(text, tokens) if primed is None else primed[0]
        if any(s.entity_type == "DATE" for s in spans):
            spans = _not_into_dates(text, spans, spans)
        denied = self._denied(text)
        found = resolve(spans + denied)
        if self._needs_ner(text, tokens, spans, found) if primed is None else primed[1]:
            entities = _typed_by_rules([Span(s, e, t) for s, e, t in self._ner.spans(text, tokens)], spans)
            entities = _not_into_dates(text, entities, spans)
            found = resolve(spans + entities + denied)
        if any(text[f.end:f.end + 2] == ", " and f.entity_type in (PERSON, LOCATION) for f in found):
            # (twelfth round) "Stewart, Nicole", "Tuam, Co. Galway": one name (names.comma_joined)
            found = [Span(s, e, t) for s, e, t in comma_joined(text, [(f.start, f.end, f.entity_type) for f in found])]
        if any(f.entity_type in (PERSON, LOCATION) for f in found):  # (thirteenth round) "KD Greene", "Newcastle upon Tyne"
            found = [Span(s, e, t) for s, e, t in joined_parts(text, [(f.start, f.end, f.entity_type) for f in found],
                                                               self._probs, self._allow)]
        if any(f.entity_type == "DATE" for f in found):
            found = _with_article(text, found)
        if any(f.entity_type == "AGE" for f in found):
            found = _with_unit(text, found)
        if "ort" in text or "ORT" in text:
            found = _not_a_herb(text, found)
        return found

    def _rule_spans(self, text: str, tokens) -> list[Span]:
        """Every rule's spans in *text*, unresolved (the deny-list's aside)."""
        spans = [Span(s, e, t) for s, e, t in structured_spans(text)]
        spans += [Span(s, e, t) for s, e, t, _ in self._names(text, tokens)]
        if self.capitals:
            spans += [Span(s, e, t) for s, e, t in lower_case_names(text, self._probs, self._allow)]
        spans += [Span(s, e, t) for s, e, t in town_spans(text, self._probs, self._allow)]
        spans += [Span(s, e, t) for s, e, t in self.known.find(text, tokens, self._probs)
                  if text[s:e].casefold() not in self._allow and not inside_allowed(text, s, e, self._allow)]
        if any(s.entity_type == "EMAIL" for s in spans):
            spans = _names_into_email(spans)
        return spans

    def _needs_ner(self, text: str, tokens, spans: list[Span], found: list[Span]) -> bool:
        """Whether the recogniser could change what the rules find in *text* (:func:`.ner.worth_running`,
        then :func:`.ner.may_add` against the rules' *spans* and their resolution *found*): where it cannot, it is
        not run.  (:meth:`_needs_ner_primed` asks the same before the rules' spans exist.)"""
        if self._ner is None or not ner_worth_running(text, tokens, self._probs):
            return False
        return ner_may_add(text, spans, found, self._probs, self._allow, self._ner.tokenize)

    def find_in_id(self, value: str) -> list[Span]:
        """Identifiers in a document or participant id or a path (``Ingrid_s1``, ``ingrid-2023-03-04``):
        the structured rules, the deny-list and the study's known names in any case as whole words
        (``_`` separates words).  Not the capitalisation heuristic: ``P01_Prep`` is no name."""
        text = value.replace("_", " ")
        spans = [Span(s, e, t) for s, e, t in structured_spans(text)]
        words = self.known.by_casefold()
        spans += [Span(m.start(), m.end(), words[m.group().casefold()]) for m in _ID_WORD.finditer(text)
                  if m.group().casefold() in words and m.group().casefold() not in self._allow]
        return resolve(spans + self._denied(text), join_names=False)  # Ingrid/Ingrid_s1 are two names

    def _denied(self, text: str) -> list[Span]:
        """The deny-list's entries in *text*, typed as listed."""
        if self._deny_re is None:
            return []
        return [Span(m.start(), m.end(), self._deny[" ".join(m.group().split()).casefold()])
                for m in self._deny_re.finditer(text)]

    def _names(self, text, tokens):
        if not self.capitals:
            return [n for n in cue_and_capital_names(text, tokens, self._probs, self._allow) if n[3]]
        return cue_and_capital_names(text, tokens, self._probs, self._allow)


# the most turns prime keeps the rule spans of for find (each is read once there, then dropped)
_PRIMED_MAX = 1 << 16
# the longest text and the most texts find keeps its answer for (Deidentifier.find)
_FOUND_LENGTH = 200
_FOUND_MAX = 1 << 16


def _structured_in_pieces(text: str, pieces) -> list[tuple[int, int, str]]:
    """:func:`.recognizers.structured_spans` of *text*, or of each of its *pieces* (placed in *text*).
    (speed, third pass) a whole document's spans cost learning more than finding in all its pieces did (heldout22:
    7.7 of 13.4 profiled s): in a long text every gate passes somewhere, so every gated recogniser reads it all,
    and a long text is never cached; a piece's spans are cached for the find pass that reads the same piece.
    The pieces' spans are the ones :meth:`Deidentifier.find` resolves a name against there, so a name is learnt
    where the find pass would keep it (a span across two pieces is one the find pass never sees)."""
    if pieces is None:
        return structured_spans(text)
    out = []
    for start, end in pieces:
        out += [(s + start, e + start, t) for s, e, t in structured_spans(text[start:end])]
    return out


# a date that opens with its day, and the "the" right before it ("the 14th", "The ninth of May", "until the 3rd")
_DATE_DAY_FIRST = re.compile(rf"(?:[0-3]?\d(?:st|nd|rd|th)|{ORDINAL_WORDS})\b", re.IGNORECASE)
_ARTICLE_BEFORE = re.compile(r"(?<![\w'’-])(?:the|The|THE) $")


def _with_article(text: str, found: list[Span]) -> list[Span]:
    """*found* with a date's ``the`` in its span where the date opens with its day (``the 14th``, ``the ninth of
    May``): the article identifies nobody, but people who mark dates by hand take it in (seven of the ten engineers
    who wrote the blind benchmark sets did), and a span that stops short of it reads as a date half found.  Only a
    ``the`` no other span holds."""
    out: list[Span] = []
    for f in found:
        if (f.entity_type == "DATE" and f.start >= 4 and _DATE_DAY_FIRST.match(text, f.start)
                and _ARTICLE_BEFORE.search(text, f.start - 4, f.start) and not (out and out[-1].end > f.start - 4)):
            f = Span(f.start - 4, f.end, f.entity_type)
        out.append(f)
    return out


def age_unit_forms(space: str) -> dict[str, str]:
    """An age's unit in every spelling the rules take, as regex branches with *space* for the white space inside
    them: one list for finding the unit after an age (:func:`_with_unit`) and for taking it off a span again
    (:func:`.replace.split_age`).  ``filler`` a filler between number and unit, ``joint`` what joins them (a hyphen,
    a space, or nothing after figures: "94yo"), ``rest`` the "old"/"of age" after ``years``, ``whole`` "years old"
    and its kin, ``abbreviated`` "yo", "y/o", "y.o.", ``bare`` "years"/"yrs", ``glued`` a record's "97y"."""
    s = space
    rest = rf"{s}*-{s}*old|{s}+(?:old|young|of{s}+age)"
    return {"filler": rf",?{s}+(?:um+|uh+|er+|erm+|ah+),?(?={s})", "joint": rf"{s}*-{s}*|{s}+|(?<=\d)",
            "rest": rest, "whole": rf"(?:years?|yrs?\.?)(?:{rest})", "abbreviated": rf"y/o|y\.{s}?o\.?|yo",
            "bare": r"years?|yrs?", "glued": r"(?<=\d)y"}


# an age's unit right after its number: "94 years old", "94 years of age", "94-year-old", "94 yrs old", "94yo",
# "94 y/o", "94 y.o.", "94 yrs" (ASR or a note's bare unit), "ninety-four years young"; a filler may stand between
# ("ninety-four, um, years old").  A bare "years" only where it is no duration: not "94 years ago", "100 years of
# marriage", "90 years later", "94 years in that house".  Nothing after the unit ("a 94-year-old [woman]" keeps
# "woman").
_UNIT = age_unit_forms(r"[ \t]")
_AGE_UNIT = re.compile(
    rf"(?:{_UNIT['filler']})?(?:{_UNIT['joint']})"
    rf"(?:(?:{_UNIT['whole']})(?![\w])"
    rf"|(?:{_UNIT['abbreviated']})(?![\w/])"
    rf"|(?:{_UNIT['bare']})(?![\w/-])(?![ \t]*(?:-|ago|later|earlier|before|after|back|since|prior|hence|previously|"
    r"from|of|on|in|into|to|with|for|between|apart|running|straight|"
    r"together|sober|clean|married|older|younger|more|less|longer|too|away|or|"
    r"and[ \t]+(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven)|\d)\b)"
    rf"|{_UNIT['glued']}(?![\w/]))",
    re.IGNORECASE)
# a span that holds its unit already ("96yrs", "98 yrs") takes the "old" or "of age" after it
_AGE_ENDS_IN_UNIT = re.compile(rf"(?:\d|\b)(?:{_UNIT['bare']})$", re.IGNORECASE)
_AGE_UNIT_REST = re.compile(rf"(?:{_UNIT['rest']})(?![\w])", re.IGNORECASE)


def _with_unit(text: str, found: list[Span]) -> list[Span]:
    """*found* with each age's unit right after it in its span (``94 years old``, ``a 94-year-old``, ``94yo``,
    ``ninety-four years old``): the unit identifies nobody, but people who mark ages by hand take it in (six of the
    ten engineers who wrote the latest blind benchmark sets did), and the age with its unit is one identifier.
    Only a unit no other span holds; replacement keeps the unit as written (:func:`.replace.split_age`)."""
    out: list[Span] = []
    for i, f in enumerate(found):
        if f.entity_type == "AGE":
            piece = text[f.start:f.end]
            m = (_AGE_UNIT_REST if _AGE_ENDS_IN_UNIT.search(piece) else _AGE_UNIT).match(text, f.end)
            if m and m.end() > f.end and not (i + 1 < len(found) and found[i + 1].start < m.end()):
                f = Span(f.start, m.end(), f.entity_type)
        out.append(f)
    return out


# a time word that a capitalised run takes before a month ("Since October 20th" after a transcript's timestamp)
_DATE_LEAD = frozenset(("since", "from", "until", "till", "by", "on", "before", "after", "in", "last", "next", "this",
                        "every", "early", "late", "mid", "around", "about", "end", "start"))


def _not_into_dates(text: str, names: list[Span], spans: list[Span]) -> list[Span]:
    """(twenty-seventh round) *names*, each person or place that cuts into a rule's date among *spans* from before it
    ("Since October" of "Since October 20th") cut back to the words before the date, and dropped where those are
    only a time word ("Since"): as the earlier span it would win over the date and leave its day."""
    dates = [f for f in spans if f.entity_type == "DATE"]
    if not dates:
        return names
    out = []
    for n in names:
        if n.entity_type in (PERSON, LOCATION):
            cut = next((f for f in dates if n.start < f.start < n.end < f.end), None)
            if cut is not None:
                head = text[n.start:cut.start].rstrip(" ,")
                if not head or head.casefold() in _DATE_LEAD:
                    continue
                n = Span(n.start, n.start + len(head), n.entity_type)
        out.append(n)
    return out


# St John's wort, a herbal antidepressant clients and trial participants mention: the saint's name in it is neither a
# person nor a place ("taking st john's wort" was LOCATION "st john", "St John's Wort" PERSON "St John")
_HERB_AFTER = re.compile(r"['’]?s[^\S\n]+wort\b", re.IGNORECASE)


def _not_a_herb(text: str, found: list[Span]) -> list[Span]:
    return [f for f in found if f.entity_type not in (PERSON, LOCATION) or _HERB_AFTER.match(text, f.end) is None]


def _names_into_email(spans: list[Span]) -> list[Span]:
    """(twenty-seventh round) Without a name's span that opens before an email address and ends inside it: the
    address's own rule is the stronger evidence, and the name's span, the longer from its earlier start, would
    otherwise keep the address out and leave its name and "at" in the text ("I check shauna dot nguyen64 at eircom dot
    net": not "check shauna" and the domain alone)."""
    emails = [s for s in spans if s.entity_type == "EMAIL"]
    return [s for s in spans if s.entity_type not in (PERSON, LOCATION)
            or not any(s.start < e.start < s.end <= e.end for e in emails)]


def _typed_by_rules(entities: list[Span], found: list[Span]) -> list[Span]:
    """The recogniser's spans, each typed as the name the rules found inside it, if any: the rules'
    evidence for person or place (a cue, a place word, the study's lists) beats the recogniser's
    guess, which takes unfamiliar first names for places (``so i told Aoife``)."""
    names = [f for f in found if f.entity_type in (PERSON, LOCATION)]
    out = []
    for ent in entities:
        inside = next((f for f in names if f.start < ent.end and f.end > ent.start), None)
        out.append(Span(ent.start, ent.end, inside.entity_type) if inside else ent)
    return out


def resolve(spans: list[Span], join_names: bool = True) -> list[Span]:
    """Keep the longest of overlapping spans (ties: the more specific type); with *join_names*, two
    names one character apart are one (in text that character is a space: ``Juniper Gallagher``)."""
    ordered = sorted(spans, key=lambda s: (s.start, -(s.end - s.start), _PRIORITY.get(s.entity_type, 99)))
    kept: list[Span] = []
    for s in ordered:
        if kept and s.start < kept[-1].end:
            continue
        if join_names and kept and s.entity_type == PERSON == kept[-1].entity_type and s.start == kept[-1].end + 1:
            kept[-1] = Span(kept[-1].start, s.end, PERSON)  # "Juniper" + "Gallagher": one person
            continue
        kept.append(s)
    return kept


def replace_spans(text: str, spans: list[Span], label) -> tuple[str, list[tuple[int, int, Span, str]]]:
    """*text* with each span replaced by ``label(span, original)``; also ``(new_start, new_end, span,
    replacement)`` for the log."""
    parts, done, pos, shift = [], [], 0, 0
    for s in spans:
        repl = label(s, text[s.start:s.end])
        parts.append(text[pos:s.start])
        new_start = s.start + shift
        parts.append(repl)
        done.append((new_start, new_start + len(repl), s, repl))
        shift += len(repl) - (s.end - s.start)
        pos = s.end
    parts.append(text[pos:])
    return "".join(parts), done


__all__ = ["Deidentifier", "ENTITY_TYPES", "LOCATION", "PERSON", "Span", "replace_spans", "resolve"]
