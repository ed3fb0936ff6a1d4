"""What an identifier is replaced with, as the user chose (``mode``, ``dates``).

* ``mode: pseudonym`` (default): a typed pseudonym numbered across the study, ``[PERSON_3]``;
* ``mode: surrogate``: a realistic fake of the same kind (:mod:`.surrogates`);
* ``dates: redact`` (default): a date becomes ``[DATE_1]`` in either mode;
* ``dates: shift``: a date is moved by its participant's secret offset (:mod:`.dates`);
  what cannot be read as a date falls back to ``[DATE_n]``.

Every choice is kept in the pseudonym map, so the same original gets the same
replacement in every document and every later run with that map.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from .dates import date_value, draw_offset, shift_date
from .engine import age_unit_forms
from .number_words import UNITS, value_under_a_hundred
from .pseudonyms import PseudonymMap
from .surrogates import SURROGATE_TYPES, draw, holds_study_name, person_word, shape

MODES = ("pseudonym", "surrogate")
DATE_MODES = ("redact", "shift")
_PARTICLES = frozenset({"de", "da", "del", "della", "di", "du", "van", "von", "der", "den", "la", "le", "bin", "al",
                        "ben", "ibn", "y"})
_AGE_AGGREGATE = frozenset({"AGE"})  # every age over 89 is Safe Harbor's one category "90 or older"
# (thirteenth round) a surrogate web or e-mail address's host is a place's name (surrogates._url): not one of the study's
# own places ("dayton.example.com" in a study whose client lives in Dayton put the real town back in the output)
_HOST_FROM_PLACES = frozenset({"URL", "EMAIL"})
_WORD = re.compile(r"[^\W\d_]+")


# an age's unit at the end of its span (:func:`.engine._with_unit`, whose spellings these are): "94 years old",
# "94-year-old", "94yo", "ninety-four, um, years old"; glued only to a number in figures
_UNIT = age_unit_forms(r"\s")
_AGE_UNIT_AT_END = re.compile(
    rf"(?:{_UNIT['filler']})?(?:{_UNIT['joint']})"
    rf"(?:{_UNIT['whole']}|{_UNIT['abbreviated']}|{_UNIT['bare']}|{_UNIT['glued']})$",
    re.IGNORECASE)


def split_age(original: str) -> tuple[str, str]:
    """An age span's number and the unit written after it (``94 years old`` -> ``94``, `` years old``; ``94yo`` ->
    ``94``, ``yo``); a span without a unit is all number (``ninety-four`` -> ``ninety-four``, ``'')."""
    m = _AGE_UNIT_AT_END.search(original)
    if m is None or m.start() == 0:
        return original, ""
    return original[:m.start()], original[m.start():]


_DIGIT_WORDS = {"zero": 0, "oh": 0} | {w: i + 1 for i, w in enumerate(UNITS)}
_HUNDRED = re.compile(r"(?:(?:a|one) )?(?:hundred|100)(?:th)?(?: (?:and )?(.+))?")


def age_value(number: str) -> str | None:
    """The age an age span's number says, in figures (``94``, ``ninety-four``, ``ninety four``, ``ninety-fourth``,
    ``nine four``, ``a hundred and two``, ``100 and 2``, ``one-oh-two`` -> ``94`` or ``102``; ``and a half`` ->
    ``94.5``), or None when it cannot be read as one number over 89 (a filler or a repeat inside, another
    language).  A pseudonym is keyed by it, so ``94`` and ``ninety-four`` are one ``[AGE_n]``."""
    said = " ".join(number.lower().replace("-", " ").split())
    half = said.endswith(" and a half")
    said = said.removesuffix(" and a half")
    hundred = _HUNDRED.fullmatch(said)
    if hundred:
        rest = _under_a_hundred(hundred[1]) if hundred[1] else 0
        value = None if rest is None else 100 + rest
    elif 2 <= len(said.split()) <= 3 and all(w in _DIGIT_WORDS for w in said.split()):  # "nine four", "one oh two"
        value = int("".join(str(_DIGIT_WORDS[w]) for w in said.split()))
    else:
        figures = re.fullmatch(r"(\d+)(?:st|nd|rd|th)?", said)  # "101", "101st"
        value = int(figures[1]) if figures else _under_a_hundred(said)
    if value is None or value < 90:
        return None
    return f"{value}.5" if half else str(value)


def _under_a_hundred(said: str) -> int | None:
    """``7``, ``7th``, or 1 to 99 in words (:func:`.number_words.value_under_a_hundred`)."""
    digits = re.fullmatch(r"(\d{1,2})(?:st|nd|rd|th)?", said)
    return int(digits[1]) if digits else value_under_a_hundred(said)


@dataclass
class Replacer:
    """``replacer.for_participant(pid)(span, original)`` is the replacement text of one identifier.

    *known*: the study's names (casefolded: learnt, and in surrogate mode every original found) a surrogate
    must never be, beyond the map's own originals; *person_words*: the words of the study's people's names
    (learnt or found), which no surrogate may contain.  A surrogate an earlier run kept in the map is
    checked against both once per run and drawn again when it fails (``PseudonymMap.surrogate``'s *keep*).
    """

    pseudonyms: PseudonymMap
    mode: str = "pseudonym"
    dates: str = "redact"
    known: frozenset[str] = field(default_factory=frozenset)
    person_words: frozenset[str] = field(default_factory=frozenset)  # no surrogate holds one of these words
    draw_offset: Callable[[], int] = draw_offset  # the offset source; tests pass a fixed one

    def __post_init__(self):
        if self.mode not in MODES or self.dates not in DATE_MODES:
            raise ValueError(f"mode must be one of {MODES} and dates one of {DATE_MODES}")

    def for_participant(self, participant: str):
        """The labelling function for the texts of *participant* (its dates share one offset)."""
        def label(span, original: str) -> str:
            return self.replace(span.entity_type, original, participant)
        return label

    def replace(self, entity_type: str, original: str, participant: str) -> str:
        if entity_type == "DATE":
            # a date that opens with its day holds the "the" before it (engine._with_article): shifting keeps it
            # ("the 14th" -> "the 17th"), and the pseudonym is keyed without it ("the 14th", "14th": one [DATE_n]),
            # by the day it names where it names one ("March 3rd", "3 March": one [DATE_n])
            article = original[:4] if original[:4].lower() == "the " else ""
            date = original[len(article):]
            if self.dates == "shift":
                shifted = shift_date(date, self.pseudonyms.date_offset(participant, self.draw_offset))
                if shifted is not None:
                    return article + shifted
            return self.pseudonyms.label(entity_type, date, date_value)
        if entity_type in _AGE_AGGREGATE:
            number, unit = split_age(original)
            if self.mode == "pseudonym":  # keyed by the number: "94", "94 years old", "ninety-four": one [AGE_n]
                return self.pseudonyms.label(entity_type, number, age_value)
            return draw(entity_type, number, frozenset(), frozenset()) + unit  # "94-year-old" -> "90-year-old"
        if self.mode == "pseudonym" or entity_type not in SURROGATE_TYPES:
            return self.pseudonyms.label(entity_type, original)
        if entity_type == "PERSON":
            return self._person(original)
        avoid = self.known | self.pseudonyms.originals(entity_type)
        words = self.person_words
        if entity_type in _HOST_FROM_PLACES:  # (thirteenth round) a surrogate host holds no place of the study either
            words = words | self.known | frozenset(w for p in self.pseudonyms.originals("LOCATION") for w in _WORD.findall(p))
        chosen = self.pseudonyms.surrogate(entity_type, original, lambda used: draw(
            entity_type, original, used, avoid, avoid_words=words),
            keep=lambda kept: _clear(entity_type, kept, original, avoid, words))
        return shape(original, chosen) if entity_type == "LOCATION" else chosen  # tacoma, TACOMA: in their case

    def _person(self, original: str) -> str:
        """Word by word, so a full name and its parts agree: the first word a first name, then surnames."""
        avoid = self.known | self.pseudonyms.originals("PERSON")
        out, tokens = [], original.split()
        for i, token in enumerate(tokens):
            # the punctuation around a word stays, the word is replaced: an @-mention (@thiago), a nickname in quotes
            # ("Red")
            lead, word, trail = _AROUND_WORD.fullmatch(token).groups()
            if not word or word in _PARTICLES and any(_is_name_word(t) for t in tokens[i + 1:]):
                out.append(token)  # a particle before a name stays (de, van, bin); a name said in lower case, not (ben)
                continue
            make = person_word(word, surname=i > 0)
            chosen = self.pseudonyms.surrogate("PERSON", word, lambda used, w=word, m=make: draw(
                "PERSON", w, used, avoid, make=m, avoid_words=self.person_words),
                keep=lambda kept, w=word: _clear("PERSON", kept, w, avoid, self.person_words))
            out.append(f"{lead}{shape(word, chosen)}{trail}")  # Priya, PRIYA, priya: one surrogate in three cases
        return " ".join(out)


def _is_name_word(token: str) -> bool:
    """Whether *token* (a word of a name, with its punctuation) is a word a particle may stand before."""
    word = _AROUND_WORD.fullmatch(token).group(2)
    return bool(word) and word not in _PARTICLES


def _clear(entity_type: str, surrogate: str, original: str, avoid: frozenset[str], avoid_words: frozenset[str]) -> bool:
    """Whether a surrogate kept from an earlier run for *original* is still none of the study's names, holds no
    word of its people's and brings in none of its names (what :func:`.surrogates.draw` asks of a new one)."""
    return (surrogate.casefold() not in avoid
            and not holds_study_name(entity_type, surrogate, original, avoid, avoid_words))


# the punctuation before and after a word of a name ("Red" -> ", Red, "; @thiago -> @, thiago); an initial's full stop
# stays with it (K.), as before
_AROUND_WORD = re.compile(r"([^\w]*)(.*?)([^\w.]*)", re.DOTALL)


__all__ = ["DATE_MODES", "MODES", "Replacer", "age_value", "split_age"]
