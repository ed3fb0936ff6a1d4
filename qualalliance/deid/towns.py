"""Towns and cities named after a place's cue, found with a list of the world's towns.

People type the town they live in as they say it: in lower case (``moved to paisley``, ``the traffic
in des moines``), and often it is also an English word (``the pharmacy in swords``, ``grew up in
Swords``).  The capitalisation evidence the other name rules use cannot tell such a town from a word,
and a town English has never seen (``portlaoise``) gives it nothing to go on.  The shipped list
``data/towns.txt`` (GeoNames, CC BY 4.0; built by ``scripts/build_towns.py``: 55,007 names of places
of 1,000 people or more in the US, Canada, the UK, Ireland, Australia and New Zealand, of 15,000 or
more elsewhere) says which word runs are towns; the text around them says whether one is meant:

* only right after a place's cue (``in``, ``from``, ``at``, ``near``, ``moved to``, ``went back to``, ``drove past`` ...; not
  ``coming back to``: talk comes back to a topic, ``I keep coming back to grief``), not after a parting
  or a message's ``from`` (``a text from Chelsea``), nor before a possessive (``at Austin's``);
* written in lower case or capitalised, word by word (not in capitals, nor mixed);
* a one-word town written in lower case only when English writes the word mostly capitalised
  (``paisley``, ``portlaoise``; not ``forest``) or hardly ever
  (:data:`LOWER_ONE_WORD_RARE`): not ``in time``, ``at home``, ``in recovery``, ``in hope`` (all towns);
* a one-word town written capitalised when it is a name or a word English writes rarely
  (:data:`CAPITALISED_ONE_WORD_RARE`: ``in Swords``, ``in Bath``; not ``in Recovery``), or, where someone
  lives, grew up or moved, one not among English's commonest words (``I live in Reading``; not ``in Time``);
* a town of two or more words when one of its words is a name or a word rarer than
  :data:`MULTI_WORD_RARE` (``castle hill``, ``grande prairie``; not ``white house``) or it is capitalised.

The allow-list's states, countries and regions are not in the list; the user's allow-list is
honoured.  A town whose name has its ``the`` takes it (``the bronx``), and a state's, province's or
region's name after a town is part of the place (``boulder colorado``; codes: :func:`.names.joined_parts`).
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from .lexicon import UNSEEN, is_proper
from .names import LOCATION, RARE_LOWER, _PERSON_FROM
from .recognizers import CA_AU_STATES, NZ_REGIONS, US_STATES

MAX_WORDS = 4
LOWER_ONE_WORD_RARE = -15.0       # a lower-case one-word town: a word English writes at most this often (log-probability)
CAPITALISED_ONE_WORD_RARE = -11.5  # a capitalised one: Swords (-12.0), Bath (-11.7); not Recovery (-11.1) ...
HOME_ONE_WORD_COMMON = -8.0        # ... but after "live in", "moved to" any not this common (Reading; not Time, Can)
MULTI_WORD_RARE = -11.0            # a lower-case town of more words: one word at least this rare (castle -11.9)

# a place's cue: where someone is, comes from or goes (not "coming back to": talk comes back to a topic; "went back to" is a journey)
_AT = ("in", "from", "at", "near", "nearest", "around", "outside", "via", r"out\s+of")
_GOING = ("moved", "move", "moving", "drive", "drove", "driving", "flew", "fly", "flying", r"travell?ed", r"travell?ing",
          "travel", "trip", "went", "go", "going", "goes", "transferred", "relocated", "relocating", "emigrated", "heading",
          "headed", "commute", "commuting", "bus", "train", "flight")
_PASSING = ("drove", "drive", "driving", "walked", "went", "passed")
_CUE_FIRST = "".join(sorted({w[0] for w in _AT + _GOING + _PASSING} | {w[0].upper() for w in _AT + _GOING + _PASSING}))
# (speed) the lookahead of the cues' first letters halves the scan (AnnoMI: 0.10 -> 0.05 CPU s)
_CUE = re.compile(rf"\b(?=[{_CUE_FIRST}])(?:{'|'.join(_AT)}|(?:{'|'.join(_GOING)})(?:\s+(?:out|up|down|over|home|back))?\s+to|"
                  rf"(?:{'|'.join(_PASSING)})\s+past)\s+(?:(?P<the>the)\s+)?", re.IGNORECASE)
# where someone lives or grew up: a capitalised town there is the place even when it is also a common word ("I live in
# Reading now", "we moved to Hope")
_HOME_CUE = re.compile(r"\b(?:live|lives|lived|living|based|grew\s+up|raised|born|moved|moving|move|relocated)\s+(?:back\s+)?"
                       r"(?:in|to|from)\s+(?:the\s+)?$", re.IGNORECASE)
_WORDS = re.compile(r"[^\W\d_]+(?:['’.-][^\W\d_]+)*(?: [^\W\d_]+(?:['’.-][^\W\d_]+)*){0,%d}" % (MAX_WORDS - 1))
# a state's, province's or region's name after the town, in the town's case or capitalised ("boulder colorado", "Hamilton,
# Waikato"): one place with the town, as the writer typed it (codes after a town: names.joined_parts)
_STATE_NAMES = sorted((w.replace("_", " ") for w in US_STATES + CA_AU_STATES + NZ_REGIONS), key=lambda w: (-len(w), w))
_STATE_NAME_AFTER = re.compile(r",? (?:" + "|".join(re.escape(w) for w in _STATE_NAMES) + r")(?![\w'’-])", re.IGNORECASE)
_NUMBER_AFTER = re.compile(r"\s+(?:\d|(?!I\b)[A-Z]\b)")  # (not "in Paisley I think")
_PARTICLES = frozenset({"upon", "on", "de", "del", "la", "le", "les", "du", "des", "da", "do", "dos", "das", "of",
                        "the", "and", "en", "sur", "am", "an", "im", "in", "y", "el", "al", "van", "der", "den"})

# (twenty-third round) the short and long forms of a town's first word, as people type it ("st cloud", "mt gambier")
_SHORT_FIRST = {"saint": ("st",), "st": ("saint",), "sainte": ("ste",), "ste": ("sainte",), "mount": ("mt",),
                "mt": ("mount",), "fort": ("ft",), "ft": ("fort",)}


@lru_cache(maxsize=1)
def town_names() -> frozenset[str]:
    """The shipped list's names, casefolded, with the short or long form of a saint's, mount's or fort's town."""
    text = resources.files("qualalliance.deid").joinpath("data").joinpath("towns.txt").read_text(encoding="utf-8")
    names = {line.strip().casefold() for line in text.splitlines() if line.strip() and line[0] != "#"}
    # (twenty-third round) a saint's, a mount's or a fort's town as people type it, short or long ("st cloud", "mt
    # gambier", "ft worth", "saint helens"): each form of the list's either
    for name in list(names):
        first, _, rest = name.partition(" ")
        if rest and first in _SHORT_FIRST:
            names.update(f"{alt} {rest}" for alt in _SHORT_FIRST[first])
    return frozenset(names)


@lru_cache(maxsize=1)
def _first_words() -> frozenset[str]:
    return frozenset(name.split(" ", 1)[0] for name in town_names())


def town_spans(text: str, probs: dict[str, float], allow: frozenset[str]) -> list[tuple[int, int, str]]:
    """``(start, end, "LOCATION")`` for each listed town right after a place's cue in *text*."""
    out: list[tuple[int, int, str]] = []
    names, firsts = town_names(), _first_words()
    for cue in _CUE.finditer(text):
        start = cue.end()
        run = _WORDS.match(text, start)
        # after "the" only a town whose name has it, "the" in its span (the bronx, the hague; not "at the crossroads")
        article = "the " if cue.group("the") else ""
        if run is None or not article and run.group().split(" ", 1)[0].casefold() not in firsts:
            continue
        words = run.group().split(" ")
        if any(" ".join(words[:n]).casefold() in allow for n in range(2, len(words) + 1)):
            continue  # "in West Virginia": a state the allow-list keeps, not the town West
        for n in range(len(words), 0, -1):  # the longest listed town first (des moines, not des)
            candidate = " ".join(words[:n])
            key = article + candidate.casefold()
            end = start + len(candidate)
            if key in names and key not in allow and _meant(text, start, end, words[:n], probs, bool(article),
                                                           home=_HOME_CUE.search(text, max(0, start - 40), start) is not None):
                state = _STATE_NAME_AFTER.match(text, end)
                name = state.group().lstrip(", ") if state else ""
                if name and (name.islower() and candidate.islower() or name[0].isupper() and not name.isupper()):
                    end = state.end()  # in the town's lower case or capitalised (not "boulder COLORADO")
                out.append((cue.start("the") if article else start, end, LOCATION))
                break
    return out


def _meant(text: str, start: int, end: int, words: list[str], probs: dict[str, float], article: bool,
           home: bool) -> bool:
    """Whether the listed town *words* at *start*..*end* (right after a cue; *article*: after its ``the``; *home*:
    where someone lives) are the place."""
    after = text[end:end + 2]
    if after[:1] in ("'", "’") and after[1:2] in ("s", "") or after[:1] in ("-", "@"):
        return False  # "at Austin's": a person's home; "in new-found"
    if _PERSON_FROM.search(text, max(0, start - 40), start):
        return False  # "a text from Chelsea"
    if len(words) == 1 and _NUMBER_AFTER.match(text, end):
        return False  # "in bay 3", "in Ward B": a part of a building
    if all(w.islower() for w in words):
        if len(words) == 1:
            w = words[0]
            low, cap = probs.get(w, UNSEEN), probs.get(w.capitalize(), UNSEEN)
            # paisley, portlaoise; not forest (is_proper's margin); after "the" only one English hardly ever writes
            # (not "the wharf", -15.7: the list's The Wharf)
            return cap > low and not article or low <= (RARE_LOWER if article else LOWER_ONE_WORD_RARE)
        return any(w not in _PARTICLES and (is_proper(w.capitalize(), probs) or probs.get(w, UNSEEN) <= MULTI_WORD_RARE)
                   for w in words)
    if not all(w[0].isupper() and not w.isupper() or w in _PARTICLES for w in words) or not words[0][0].isupper():
        return False  # capitals (IN BATH), mixed (in Castle hill) or a short word in capitals (in SF)
    if len(words) == 1:
        w = words[0]
        low = probs.get(w.lower(), UNSEEN)
        return is_proper(w, probs) or low <= CAPITALISED_ONE_WORD_RARE or home and low <= HOME_ONE_WORD_COMMON
    return True


__all__ = ["CAPITALISED_ONE_WORD_RARE", "HOME_ONE_WORD_COMMON", "LOWER_ONE_WORD_RARE", "MULTI_WORD_RARE", "town_names",
           "town_spans"]
