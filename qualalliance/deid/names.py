"""Names of people and places smaller than a state: cues, capitalisation and the study's own names.

Three kinds of evidence, strongest first:

* a cue: a title (``Dr. Okafor``), a relation (``my sister Hope``), an introduction
  (``my name is``, ``named``, ``called``) before a capitalised word -- a name even
  when the word is also a common word;
* capitalisation: a run of capitalised words not at the start of a sentence, with at
  least one word mostly written capitalised in English (:func:`.lexicon.is_proper`),
  typed LOCATION after ``in``, ``from``, ``at`` ... and PERSON otherwise;
* the study's names (:class:`KnownNames`): speaker labels, metadata names, the deny
  list, and every name the first two found anywhere in the study, matched everywhere
  (also at the start of a sentence, where capitalisation says nothing).

The allow-list (packaged :func:`.lexicon.packaged_allow_list` plus the study's) wins
over capitalisation and study-wide sightings; it never overrides the deny-list.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .lexicon import UNSEEN, is_proper

# Latin letters with their accented forms (José, Kovács, Łukasz, Ødegaard): an ASCII-only class
# would cut "José" after "Jos" and leave "é" (and half a surname) in the output
_LATIN = [chr(c) for c in range(0xC0, 0x250) if chr(c).isalpha() and c not in (0xD7, 0xF7)]
_UP = "A-Z" + "".join(c for c in _LATIN if c.isupper())
_LO = "a-z" + "".join(c for c in _LATIN if c.islower())
# a capitalised word; a possessive or contraction (Sarah's, It's) is left outside the token
_TOKEN = re.compile(rf"(?<![{_UP}{_LO}])(?:Mc|Mac|O'|O’|D'|De|Di|La|Le|Van|Von)?[{_UP}][{_LO}]+"
                    rf"(?:-(?:on|upon|in|by|le|la|sur)-[{_UP}][{_LO}]+|-[{_UP}][{_LO}]+)?(?![{_UP}{_LO}])")  # Stoke-on-Trent, Mary-Kate;
# a whole word only: not "Whats" in WhatsApp, "Power" in PowerPoint
_TITLE = re.compile(r"\b(?:Dr|Mr|Mrs|Ms|Mx|Miss|Prof|Professor|Doctor|Nurse|Father|Sister|Pastor|Rabbi|"
                    r"Reverend|Rev|Coach|Officer|Judge|Aunt|Auntie|Uncle|Grandma|Grandpa|Nana|Papa)\.?\s+$")
_RELATION = re.compile(r"\b(?:my|his|her|their|our|your)\s+(?:(?:ex|late|older|younger|little|big|best|step)[- ]?)?"
                       r"(?:mom|mum|mother|dad|father|husband|wife|son|daughter|brother|sister|friend|partner|"
                       r"boyfriend|girlfriend|fiancée?|therapist|doctor|psychiatrist|counsel+or|boss|aunt|uncle|"
                       r"grandma|grandmother|grandpa|grandfather|cousin|niece|nephew|kid|child|baby|neighbou?r|"
                       r"roommate|colleague|coworker|sponsor|ex|stepdad|stepmom|godmother|godfather|dog|cat)"
                       r",?\s+$", re.IGNORECASE)
# a verb of contact before, or a verb of a person after, a capitalised word inside a sentence: a name
# even when the word is also a common word ("I texted Joy", "well Faith thinks ...")
_CONTACT_BEFORE = re.compile(r"\b(?:told|tell|telling|saw|see|seeing|texted|texting|text|asked|ask|met|meet|visited|"
                             r"visit|married|dated|dating|phoned|emailed|messaged|hugged|thanked|miss|missed|"
                             r"trust|trusted)\s+$")
_PERSON_AFTER = re.compile(r"\s+(?:said|says|thinks|thought|told|texted|came|comes|asked|wants|wanted|reckons|"
                           r"knows|keeps|kept|called|rang|drove|promised|agreed|laughed|cried|hugged)\b")
_INTRO = re.compile(r"\b(?:name is|name's|named|called|call me|known as|goes by)\s+$", re.IGNORECASE)
_PLACE_BEFORE = re.compile(r"\b(?:in|from|at|near|around|outside|into|towards?|across|visiting|via|"
                           r"(?:went|go|going|goes|moved|move|moving|drive|drove|driving|flew|fly|flying|travell?ed|"
                           r"back|trip|road|came|come|coming|get|got|way|walk|walked|bus|train|flight)(?:\s+(?:out|up|down|over|back|home))?"
                           r"\s+to)\s+"
                           r"(?:the\s+)?(?:city of\s+|town of\s+)?$", re.IGNORECASE)
# a facility kind written in lower case after a name: "the Heffter clinic", "Okafor Elementary school"
_FACILITY_AFTER = re.compile(r"\s(?:clinic|hospital|hospice|center|centre|institute|school|academy|college|"
                             r"university|church|temple|mosque|synagogue|retreat|shelter|rehab|prison|library|"
                             r"(?:elementary|high|middle|primary|grammar)(?: school)?|medical cent(?:er|re))\b")
# a multi-word place made of common words ("in Little Rock", "at Mercy General") may end in a plural only
# when it is a place noun ("Palm Springs", "Twin Falls"); "at Green Prescriptions" is a programme
_PLURAL_PLACE = frozenset("""Springs Falls Lakes Hills Heights Rocks Rapids Islands Fields Woods Mountains Gardens
    Mills Shores Plains Meadows Keys Downs Acres Oaks Pines Cliffs Bluffs Flats Corners Estates Palms Wells Sands
    Narrows Forks Pointe Harbors Ridges Groves Valleys Lakes Bayous Glades Crossings Commons Towers Villas""".split())
_ARTICLE_BEFORE = re.compile(r"\b(?:a|an|any|every|some|another)\s+$", re.IGNORECASE)  # "a Catholic school": a kind
SENTENCE_START_MARGIN = 1.0  # a sentence's first word: a name only when written capitalised e (2.7) times as often
_SENTENCE_END = re.compile(r"(?:^|[.!?…:;\n\"“”(\[]|--|—)\s*$")
_CONNECT = re.compile(r"^(?:\s|\s(?:de|da|del|van|von|der|la|le|bin|al|ben)\s)$")
_STOP_CAPS = frozenset({"I", "I'm", "I've", "I'll", "I'd", "OK", "Okay", "Oh", "Um", "Uh", "Mm", "Hmm", "Yeah",
                        "Yes", "No", "So", "And", "But", "Well", "The", "A", "An", "It", "We", "You", "He", "She",
                        "They", "That", "This", "What", "When", "Where", "How", "Why", "Who", "If", "Or", "Then",
                        "Like", "Just", "Right", "Sure", "Thanks", "Thank", "Hi", "Hello", "Hey", "Mhm", "Uh-huh",
                        "Therapist", "Client", "Participant", "Patient", "Interviewer", "Facilitator", "Guide",
                        "Counselor", "Counsellor", "Speaker", "Dr", "Mr", "Mrs", "Ms", "Miss", "Mom", "Mum", "Mommy",
                        "Dad", "Daddy", "Grandma", "Grandpa", "Granny", "Nana", "Papa", "Auntie", "Sir", "Madam",
                        "Doc", "Honey", "Buddy", "Bro", "Sis", "Ma", "Pa", "Yep", "Yup", "Nope", "Nah", "Hm", "Mh", "Ah",
                        "Aw", "Ooh", "Wow", "Huh", "Eh", "Er", "Erm", "Mmm", "Mm-hmm", "Uh-oh", "Gosh", "Geez"})
_LOWER_WORD = re.compile(r"(?<![\w'’@./-])[a-z]+(?![\w'’@-]|\.\w)")  # not inside an address, a URL, a contraction
LOWER_NAME_MARGIN = 1.5
NAME_LIKE_MARGIN = -2.45
# "doctor castellano" in a lower-case transcript (not "miss", "coach": verbs too, "coach rugby")
_LOWER_TITLE = re.compile(r"\b(?:doctor|dr\.?|mr\.?|mrs\.?|ms\.?|professor|prof\.?|nurse|pastor|rabbi|reverend)\s+$")
_COMPASS_BEFORE = re.compile(r"\b(?:north|south|east|west|northern|southern|eastern|western|upper|lower|"
                             r"downtown|uptown|central|greater)[ -]$", re.IGNORECASE)  # south boston, West Philly
MIN_LOWER_LEN = 4
# words a lower-case title may precede that are no name although English rarely writes them so
_LOWER_STOP = frozenset({"visit", "visits", "appointment", "appointments", "office", "note", "notes", "said",
                         "says", "told", "thinks", "thought", "wants", "called", "visits", "recommended"})
_ABBR_PREFIX = frozenset({"St", "Mt", "Ft"})  # St. Paul, Mt. Vernon, Ft. Worth: one run
MIN_GUESS_LEN = 3  # shorter capitalised words (Ds, Mt, Al) are names only by a cue or the study's lists
PERSON, LOCATION = "PERSON", "LOCATION"


@dataclass
class KnownNames:
    """The study's names, typed: matched as whole capitalised words anywhere in the study."""

    types: dict[str, str] = field(default_factory=dict)   # name as written -> PERSON | LOCATION
    max_words: int = 1

    def add(self, name: str, entity_type: str = PERSON, *, words: bool = True, word_ok=None) -> None:
        """Add *name*; with *words*, also each of its words (``Sarah Miller`` -> ``Sarah``, ``Miller``)
        that *word_ok* accepts (default: all)."""
        name = " ".join(name.split())
        if not name or not name[0].isupper():
            return
        self.types.setdefault(name, entity_type)
        self.max_words = max(self.max_words, len(name.split()))
        if words and entity_type == PERSON:
            for w in name.split():
                if _TOKEN.fullmatch(w) and w not in _STOP_CAPS and (word_ok is None or word_ok(w)):
                    self.types.setdefault(w, entity_type)

    def by_casefold(self) -> dict[str, str]:
        """The one-word names, casefolded -> type (for ids and paths, written in any case)."""
        return {n.casefold(): t for n, t in self.types.items() if " " not in n}

    def find(self, text: str, tokens: list[re.Match]) -> list[tuple[int, int, str]]:
        """Longest known names among the capitalised *tokens* of *text*."""
        spans, i = [], 0
        while i < len(tokens):
            hit = None
            for n in range(min(self.max_words, len(tokens) - i), 0, -1):
                group = tokens[i:i + n]
                if any(text[a.end():b.start()] != " " for a, b in zip(group, group[1:])):
                    continue
                name = text[group[0].start():group[-1].end()]
                if name in self.types:
                    hit = (group[0].start(), group[-1].end(), self.types[name], n)
                    break
            if hit:
                spans.append(hit[:3])
                i += hit[3]
            else:
                i += 1
        return spans


def capitalised_tokens(text: str) -> list[re.Match]:
    return list(_TOKEN.finditer(text))


def cue_and_capital_names(text: str, tokens: list[re.Match], probs: dict[str, float],
                          allow: frozenset[str]) -> list[tuple[int, int, str, bool]]:
    """Names found by a cue or by capitalisation: ``(start, end, type, cued)``."""
    out = []
    for run in _runs(text, tokens):
        start, end = run[0].start(), run[-1].end()
        before = text[max(0, start - 40):start]
        cued = bool(_TITLE.search(before) or _RELATION.search(before) or _INTRO.search(before))
        if not cued and not _SENTENCE_END.search(before) and all(len(m.group()) >= MIN_GUESS_LEN for m in run):
            # inside a sentence a capitalised word is capitalised for a reason; with a verb of contact
            # before it ("texted Joy") or of a person after it ("Faith thinks") the reason is a name
            cued = bool((_CONTACT_BEFORE.search(before) or _PERSON_AFTER.match(text, end))
                        and all(_name_like(m.group(), probs) and m.group().casefold() not in allow
                                and m.group() not in _STOP_CAPS for m in run))
        words = [m.group() for m in run]
        if not cued:
            if _SENTENCE_END.search(before) and not _strongly_proper(words[0], probs):
                # the first word is capitalised by position: no evidence unless English writes it so
                run, words = run[1:], words[1:]
                if not run:
                    continue
                start = run[0].start()
                before = text[max(0, start - 40):start]
            if all(w in _STOP_CAPS for w in words):
                continue
            place = (len(words) > 1 and _PLACE_BEFORE.search(before) and not _SENTENCE_END.search(before)
                     and not any(w.casefold() in allow for w in words)  # "at Sunday Mass" is no place
                     and not _common_plural(words[-1], probs))
            if not place and not any(len(w) >= MIN_GUESS_LEN and is_proper(w, probs) and w.casefold() not in allow
                                     and w not in _STOP_CAPS for w in words):
                continue  # (a multi-word place, "in Little Rock", needs no word of it to be a name)
        name = text[start:end]
        if name.casefold() in allow or all(w.casefold() in allow for w in words):
            continue
        kind = LOCATION if (_PLACE_BEFORE.search(before) and not cued) else PERSON
        facility = None if cued or _ARTICLE_BEFORE.search(before) else _FACILITY_AFTER.match(text, end)
        if facility:  # a named facility: the kind word is part of its name
            end, kind = facility.end(), LOCATION
        out.append((start, end, kind, cued))
    return out


def lower_case_names(text: str, probs: dict[str, float], allow: frozenset[str]) -> list[tuple[int, int, str]]:
    """Names written in lower case (automatic transcripts: ``i told maria``, ``up in tacoma``): a
    lower-case word of four letters or more that English writes capitalised at least e**1.5 (4.5)
    times as often; LOCATION after ``in``, ``from``, ``moved to`` ..., else PERSON."""
    out = []
    for m in _LOWER_WORD.finditer(text):
        w = m.group()
        if len(w) < MIN_LOWER_LEN or w in allow:
            continue
        cap = probs.get(w.capitalize())
        before = text[max(0, m.start() - 40):m.start()]
        if cap is not None and cap - probs.get(w, UNSEEN) > LOWER_NAME_MARGIN:
            start, kind = m.start(), LOCATION if _PLACE_BEFORE.search(before) else PERSON
            end, compass = m.end(), _COMPASS_BEFORE.search(before)
            if compass:  # "south boston": the quarter is part of the place
                start, kind = m.start() - (len(before) - compass.start()), LOCATION
            facility = _FACILITY_AFTER.match(text, end)
            if facility:  # "lincoln elementary"
                end, kind = facility.end(), LOCATION
            out.append((start, end, kind))
        elif _LOWER_TITLE.search(before) and is_proper(w.capitalize(), probs) and w not in _LOWER_STOP:
            out.append((m.start(), m.end(), PERSON))  # a title cues a rare word (castellano, osei)
    return out


def _name_like(word: str, probs: dict[str, float]) -> bool:
    """English writes *word* capitalised at least once in e**2.45 (about 12) times: a word that is also
    a name (``Joy`` 1 in 7, ``Faith`` 1 in 11), not a common noun (``Group`` 1 in 30, ``Work`` 1 in 80)."""
    return probs.get(word, UNSEEN) - probs.get(word.lower(), UNSEEN) > NAME_LIKE_MARGIN


def _common_plural(word: str, probs: dict[str, float]) -> bool:
    """*word* is the plural of a common noun and no place noun (``Prescriptions``, not ``Springs``)."""
    return (word.endswith("s") and word not in _PLURAL_PLACE and not is_proper(word, probs)
            and probs.get(word[:-1].lower(), UNSEEN) > UNSEEN)


def _strongly_proper(word: str, probs: dict[str, float]) -> bool:
    cap, low = probs.get(word), probs.get(word.lower(), UNSEEN)
    return cap is not None and cap - low > SENTENCE_START_MARGIN  # an unknown word is no evidence


def _runs(text: str, tokens: list[re.Match]) -> list[list[re.Match]]:
    """Capitalised words joined by single spaces (or name particles) into runs of at most four;
    sentence words such as ``I`` or ``Okay`` break a run."""
    runs: list[list[re.Match]] = []
    current: list[re.Match] | None = None
    for m in tokens:
        if m.group() in _STOP_CAPS:
            current = None
            continue
        gap = text[current[-1].end():m.start()] if current else ""
        if current and len(current) < 4 and (_CONNECT.match(gap) or gap == ". " and current[-1].group() in _ABBR_PREFIX):
            current.append(m)
        else:
            current = [m]
            runs.append(current)
    return runs


__all__ = ["KnownNames", "LOCATION", "PERSON", "capitalised_tokens", "cue_and_capital_names", "lower_case_names"]
