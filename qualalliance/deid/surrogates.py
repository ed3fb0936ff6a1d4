"""Realistic surrogates (``mode: surrogate``): a plausible fake of the same kind and format.

Each original gets one surrogate for the whole study (kept in the pseudonym map, so
later runs reuse it unless it has become one of their names), distinct from the other
surrogates of its type and from every original the study knows -- learnt, in the map, or
found anywhere in the study (:func:`.tables.deidentify_tables` finds it whole first in
surrogate mode) -- so a surrogate never names a real participant:

* ``PERSON``: word by word, so ``Priya Nakamura`` and a later ``Priya`` agree; a
  name's first word gets a first name usable for any gender, later words a surname
  (``deid/data/surrogate_first_names.txt``, ``surrogate_surnames.txt``); the case
  follows the original's (``PRIYA`` -> ``ROWAN``);
* ``LOCATION``: a town name shared by many US towns (``surrogate_places.txt``),
  keeping a facility's kind (``Tacoma General Hospital`` -> ``Fairview Hospital``);
* ``ADDRESS``: digits redrawn, street names from ``surrogate_streets.txt``, the
  street kind and unit words kept (``42 Maple Street, Apt 3B`` -> ``87 Cedar Street, Apt 5B``);
* ``PHONE``: the same layout with a fictional 555-01xx number;
* ``EMAIL`` and ``URL``: under the reserved ``example.com/.org/.net`` domains;
* ``SSN``: the same layout in the never-issued 9xx area range;
* ``ID``: each digit and letter redrawn, separators kept;
* ``AGE`` (over 89): Safe Harbor's aggregate ``90`` (``ninety`` in words).

Dates are not surrogated here: ``dates: shift`` (:mod:`.dates`) or a typed pseudonym.
The draws are seeded by the type and the surrogate's number, so the same study
gives the same surrogates without the map too.
"""

from __future__ import annotations

import random
import re
from functools import lru_cache
from importlib import resources

from .dates import ordinal_suffix
from .number_words import TEENS, TENS, UNITS
from .recognizers import FACILITY

_MAX_TRIES = 60
_WORDS_FROM_LISTS = frozenset({"PERSON", "LOCATION", "ADDRESS", "EMAIL", "URL"})  # surrogates with words from lists
_AGGREGATE = frozenset({"AGE"})  # Safe Harbor's "90 or older": an original "90" may stay "90"
_WORD = re.compile(r"[^\W\d_]+")
_FACILITY_END = re.compile(rf"\s(?:{FACILITY})$", re.IGNORECASE)  # also "the Heffter clinic"
_OF_PLACE = re.compile(r"^(?:University|College) of\s")
_STREET_WORDS = frozenset("""street st avenue ave road rd boulevard blvd lane ln drive dr court ct way place pl terrace
circle highway hwy parkway pkwy trail square apt apartment unit suite po p.o. box zip code postcode north south east
west n s e w saint p o flat room rm at in on close crescent gardens mews grove row walk rise ne nw se sw
calle carrer avenida avda rua rue via viale piazza corso largo paseo praça chemin strada ulica plaza plac camino
travessa allée de des du del della delle dei di da do dos das la le les los las el
alley loop pike cove ridge glen hollow esplanade quay wharf causeway promenade vale bend trace crossing
space lot trailer bldg building and jr sr rr r.r. rural route hc hcr northeast northwest southeast southwest
st. ave. rd. blvd.""".split())  # kept as written: kinds, units, directions ("45 Cherry Alley" -> "83 Center Alley")
# a number said in words, redrawn word by word within its class, so a spoken address stays spoken
_NUMBER_NAMES = frozenset(UNITS + TEENS + TENS + ("zero", "oh", "nought", "hundred"))
_POSTAL_TOKEN = re.compile(r"\b(?!\d+[A-Z]\b)(?=[A-Z\d]*\d)(?=\d*[A-Z])[A-Z\d]{3,4}\b")  # S60, 2BT, H2X, 3J6: redrawn like an id
_TLDS = ("com", "org", "net")
_NUMBER_WORDS = re.compile(r"^[a-z -]+$", re.IGNORECASE)
_DIGIT_NAMES = ("zero",) + UNITS
_DIGIT_WORDS = "zero|oh|nought|" + "|".join(_DIGIT_NAMES[1:])  # "oh", "nought": a zero as read out
_DIGIT_WORD = re.compile(rf"\b(?:{_DIGIT_WORDS})\b", re.IGNORECASE)
# the digits' names in Spanish and French (a number read out by a bilingual speaker; seventh round)
_ES_FR_DIGITS = {"cero": 0, "uno": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7, "ocho": 8,
                 "nueve": 9, "zéro": 0, "un": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7,
                 "huit": 8, "neuf": 9}
_DIGIT_WORD_ES_FR = re.compile(r"\b(?:" + "|".join(_ES_FR_DIGITS) + r")\b", re.IGNORECASE)
# not "six" nor "un": English words too
_ES_FR_ONLY = re.compile(r"\b(?:" + "|".join(w for w in _ES_FR_DIGITS if w not in ("six", "un")) + r")\b", re.IGNORECASE)
_SPOKEN_NUMBER = re.compile(rf"\b(?:zero|oh|{'|'.join(UNITS + TEENS + TENS)}|hundred)"
                            rf"(?:[ -](?:zero|oh|{'|'.join(UNITS + ('ten',) + TENS)}|hundred))*\b", re.IGNORECASE)
_SPOKEN_TLD = re.compile(r"(?:\.| dot )(com|org|net)\b", re.IGNORECASE)


@lru_cache(maxsize=None)
def pool(name: str) -> tuple[str, ...]:
    """A packaged surrogate list (``deid/data/surrogate_<name>.txt``): one entry a line, # comments."""
    text = resources.files("qualalliance.deid").joinpath("data", f"surrogate_{name}.txt").read_text(encoding="utf-8")
    lines = (ln.split("#", 1)[0].strip() for ln in text.splitlines())
    return tuple(ln for ln in lines if ln)


def _rng(entity_type: str, number: int, attempt: int) -> random.Random:
    return random.Random(f"qualalliance-deid:{entity_type}:{number}:{attempt}")


def spoken(make):
    """*make* for a number that may be spoken (``five five five zero one four three``): the fake is
    made on the digits and spoken again, so a spoken number gets a spoken fake."""
    def wrapper(original: str, rng: random.Random, attempt: int) -> str:
        if any(c.isdigit() for c in original):
            return make(original, rng, attempt)
        if _ES_FR_ONLY.search(original):  # read out in Spanish or French: the fake is said in English digits
            said = _DIGIT_WORD_ES_FR.sub(lambda m: str(_ES_FR_DIGITS[m.group().lower()]), original)
            return re.sub(r"\d", lambda m: _DIGIT_NAMES[int(m.group())], make(_said_as_digits(said), rng, attempt))
        if not _DIGIT_WORD.search(original):
            return make(original, rng, attempt)
        return re.sub(r"\d", lambda m: _DIGIT_NAMES[int(m.group())], make(_said_as_digits(original), rng, attempt))
    return wrapper


# digits said twice or three times over ("double six") and pairs said as numbers ("fifty-three", "eleven"), as a
# social security or phone number is read out: each becomes its digits, so no word of the original survives
_REPEATED = re.compile(rf"\b(double|triple) ({_DIGIT_WORDS})\b", re.IGNORECASE)
_PAIR_WORD = re.compile(rf"\b(?:({'|'.join(TENS)})(?:-({'|'.join(UNITS)}))?|({'|'.join(TEENS)}))\b", re.IGNORECASE)


def _said_as_digits(original: str) -> str:
    """A spoken number's digits in its layout: ``eight double six, fifty-three`` -> ``8 6 6, 5 3``."""
    text = _REPEATED.sub(lambda m: " ".join([m.group(2)] * (2 if m.group(1).lower() == "double" else 3)), original)
    text = _PAIR_WORD.sub(lambda m: " ".join(str(TENS.index(m.group(1).lower()) * 10 + 20
                                                 + (UNITS.index(m.group(2).lower()) + 1 if m.group(2) else 0))
                                             if m.group(1) else str(10 + TEENS.index(m.group(3).lower()))), text)
    return _DIGIT_WORD.sub(lambda m: "0" if m.group().lower() in ("oh", "nought") else str(_DIGIT_NAMES.index(m.group().lower())),
                           text)


def draw(entity_type: str, original: str, used: frozenset[str], avoid: frozenset[str], make=None,
         avoid_words: frozenset[str] = frozenset()) -> str:
    """A surrogate for *original* (one span, or one word of a PERSON: *make* is then
    :func:`person_word`) not in *used* (surrogates already given, casefolded) nor *avoid* (the
    study's originals, casefolded), and holding no word of *avoid_words* (the study's people's
    names: ``wren.wells82@example.com`` is no email surrogate in a study with a Wren)."""
    make = make or _MAKERS[entity_type]
    number = len(used) + 1
    # once the tries run out: the first candidate that is only another original's surrogate, else the first that
    # only holds a word of the study's names without being one ("nine" in a spoken SSN's surrogate where a found
    # person's name had the word "Nine": every 9xx-area draw holds it; an address whose drawn streets are all
    # words of the study's places), as before review 18; never one that is a study's name (then: ValueError)
    shared = lenient = None
    for attempt in range(_MAX_TRIES):
        candidate = make(original, _rng(entity_type, number, attempt), attempt)
        folded = candidate.casefold()
        if folded in avoid or (candidate == original and entity_type not in _AGGREGATE):
            continue
        if holds_study_name(entity_type, candidate, original, avoid, avoid_words):
            lenient = lenient or candidate
        elif folded not in used:
            return candidate
        else:
            shared = shared or candidate
    if shared is None and lenient is None:
        # (review 18) the last candidate was returned here, though one of the study's names (a place list nearly
        # used up by the study's own places): better the document excluded (its caller's failure) than a real name
        raise ValueError(f"no {entity_type} surrogate left that is none of the study's names")
    return shared or lenient  # two originals share a surrogate (docs/deid.md): still none of the study's names


def holds_study_name(entity_type: str, surrogate: str, original: str, avoid: frozenset[str],
                     avoid_words: frozenset[str]) -> bool:
    """Whether *surrogate* holds a word of the study's people's names (*avoid_words*) or brings in one of
    its names (:func:`brings_in`): what :func:`draw` takes only when nothing better is left, and what a
    surrogate kept from an earlier run must not do (``replace._clear``)."""
    return (bool(avoid_words.intersection(_WORD.findall(surrogate.casefold())))
            or brings_in(entity_type, surrogate, original, avoid))


def brings_in(entity_type: str, surrogate: str, original: str, avoid: frozenset[str]) -> bool:
    """Whether *surrogate* brings in a word of three or more letters that is one of the study's names (*avoid*,
    casefolded), beyond the words it keeps of *original*.  (review 18) a facility's surrogate keeps its kind and
    draws a town (``Tacoma General Hospital`` -> ``Fairview Hospital``): only the whole was checked, so a town the
    study names elsewhere came back in it.  Not ids, numbers or codes: their letters are drawn one by one."""
    if entity_type not in _WORDS_FROM_LISTS:
        return False
    kept = set(_WORD.findall(original.casefold()))
    return any(len(w) > 2 and w in avoid and w not in kept for w in _WORD.findall(surrogate.casefold()))


def shape(original: str, surrogate: str) -> str:
    """*surrogate* written in *original*'s case (all capitals, all lower case, or as is)."""
    letters = [c for c in original if c.isalpha()]
    if len(letters) > 1 and all(c.isupper() for c in letters):
        return surrogate.upper()
    if letters and all(c.islower() for c in letters):
        return surrogate.lower()
    return surrogate


def _person_word(original: str, rng: random.Random, attempt: int, *, surname: bool = False) -> str:
    names = pool("surnames") if surname else pool("first_names")
    if attempt >= _MAX_TRIES // 2:  # one list used up: a double-barrelled name
        return shape(original, f"{rng.choice(pool('first_names'))}-{rng.choice(pool('surnames'))}")
    return shape(original, rng.choice(names))


def person_word(original: str, surname: bool):
    """The maker for one word of a person's name (its first word: a first name; later: a surname)."""
    return lambda o, rng, attempt: _person_word(o, rng, attempt, surname=surname)


def _location(original: str, rng: random.Random, attempt: int) -> str:
    town = rng.choice(pool("places"))
    kind = _FACILITY_END.search(original)
    if kind:
        return f"{town}{kind.group()}"
    of = _OF_PLACE.match(original)
    if of:
        return f"{of.group()}{town}"
    return shape(original, town)


def _address(original: str, rng: random.Random, attempt: int) -> str:
    def word(m: re.Match) -> str:
        w = m.group()
        if (w.casefold().rstrip(".") in _STREET_WORDS or len(w) == 1 or w.lower() in _NUMBER_NAMES
                or m.string[m.end():m.end() + 1].isdigit()):  # a number in words; a postcode's letters (LS2)
            return w
        return shape(w, rng.choice(pool("streets")))
    def spoken_word(m: re.Match) -> str:
        w = m.group()
        cls = next((c for c in (UNITS, TEENS, TENS) if w.lower() in c), None)
        return shape(w, rng.choice(cls)) if cls else w
    if any(c.isdigit() for c in original):
        text = _SPOKEN_NUMBER.sub(lambda m: str(rng.randrange(2, 1000)), original)  # a house number in words
    else:  # all spoken ("eight forty north magnolia"): a spoken fake
        text = _SPOKEN_NUMBER.sub(lambda m: re.sub(r"[a-z]+", spoken_word, m.group(), flags=re.IGNORECASE), original)
    text = _POSTAL_TOKEN.sub(lambda m: _id(m.group(), rng, attempt), text)
    # a word right after a digit is a suffix (12th, 221B) and an all-capitals word of two or three letters a
    # state or province (WI, QC, NSW: Safe Harbor keeps states): both kept
    out = _digits(re.sub(r"(?<![\d\w])(?![A-Z]{2,3}\b)[^\W\d_][^\W\d_'’]*\.?", word, text), rng)
    return _ORDINAL.sub(lambda m: m.group(1) + ordinal_suffix(int(m.group(1))), out)  # 12th -> 83rd, not 83th


_ORDINAL = re.compile(r"\b(\d+)(?:st|nd|rd|th)\b")


def _digits(text: str, rng: random.Random, first: str = "123456789") -> str:
    """Each digit redrawn; a number's first digit stays non-zero when it was."""
    out, prev_digit = [], False
    for c in text:
        if c.isdigit():
            out.append(rng.choice(first) if not prev_digit and c != "0" else str(rng.randrange(10)))
        else:
            out.append(c)
        prev_digit = c.isdigit()
    return "".join(out)


def _id(original: str, rng: random.Random, attempt: int) -> str:
    out = []
    for c in original:
        if c.isdigit():
            out.append(str(rng.randrange(10)))
        elif c.isalpha() and c.isascii():
            letter = chr(ord("A") + rng.randrange(26))
            out.append(letter if c.isupper() else letter.lower())
        else:
            out.append(c)
    return "".join(out)


def _fill(original: str, digits: str) -> str:
    """*digits* put in the places of *original*'s digits (the layout kept)."""
    it = iter(digits)
    return "".join(next(it) if c.isdigit() else c for c in original)


def _phone(original: str, rng: random.Random, attempt: int) -> str:
    n = sum(c.isdigit() for c in original)
    code = re.match(r"\s*(?:\+|00)(\d{1,3})(?=\D)", original)
    if code and code.group(1) != "1" or not code and original.lstrip("( ").startswith("0") and n >= 9:
        # outside North America: the country code (+33, 0044) or the trunk zero ((02) 5550 9530) kept as written,
        # every other digit redrawn
        keep = sum(c.isdigit() for c in code.group()) if code else 1
        return _fill(original, "".join(c for c in original if c.isdigit())[:keep]
                     + "".join(str(rng.randrange(10)) for _ in range(n - keep)))
    line = f"55501{rng.randrange(100):02d}"  # 555-0100..0199: reserved for fiction
    if n >= 10:
        area = f"{rng.randrange(2, 10)}{rng.randrange(10)}{rng.randrange(10)}"
        lead = "".join(c for c in original if c.isdigit())[:n - 10]  # a country code stays
        return _fill(original, lead + area + line)
    if n == 7:
        return _fill(original, line)
    return _fill(original, "".join(str(rng.randrange(10)) for _ in range(n)))


def _ssn(original: str, rng: random.Random, attempt: int) -> str:
    n = sum(c.isdigit() for c in original)
    return _fill(original, "9" + "".join(str(rng.randrange(10)) for _ in range(n - 1)))  # 9xx: never issued


def _email(original: str, rng: random.Random, attempt: int) -> str:
    first, last = rng.choice(pool("first_names")).lower(), rng.choice(pool("surnames")).lower()
    tld = next((t for t in _TLDS if original.lower().endswith(t)), "com")
    if "@" not in original:  # spelled out in talk: "jsmith at gmail dot com"
        return f"{first}{last} at example dot {tld}"
    return f"{first}.{last}{rng.randrange(10, 100)}@example.{tld}"


def _url(original: str, rng: random.Random, attempt: int) -> str:
    scheme = re.match(r"(?i)https?://", original)
    host = re.sub(r"[^a-z]", "", rng.choice(pool("places")).lower())
    tld_m = _SPOKEN_TLD.search(original)
    tld = tld_m.group(1).lower() if tld_m else "org"
    if " dot " in original:  # spoken: "healing paths dot org"
        www = "www dot " if original.lower().startswith("www dot ") else ""
        return f"{www}{host} dot example dot {tld}"
    www = "www." if re.match(r"(?i)(?:https?://)?www\.", original) else ""
    rest = re.sub(r"(?i)^(?:https?://)?(?:www\.)?[^/]*", "", original)
    return f"{scheme.group() if scheme else ''}{www}{host}.example.{tld}{'/page' if rest else ''}"


def _age(original: str, rng: random.Random, attempt: int) -> str:
    ordinal = re.search(r"(?:st|nd|rd|th)$", original, re.IGNORECASE) is not None  # "his 93rd birthday" -> "90th"
    if _NUMBER_WORDS.match(original) and not original[:1].isdigit():
        return shape(original, "ninetieth" if ordinal else "ninety")
    return "90th" if ordinal else "90"


_MAKERS = {"PERSON": person_word("", surname=False), "LOCATION": _location, "ADDRESS": _address,
           "PHONE": spoken(_phone), "EMAIL": _email, "URL": _url, "SSN": spoken(_ssn), "ID": spoken(_id), "AGE": _age}
SURROGATE_TYPES = frozenset(_MAKERS)

__all__ = ["SURROGATE_TYPES", "brings_in", "draw", "holds_study_name", "person_word", "pool", "shape"]
