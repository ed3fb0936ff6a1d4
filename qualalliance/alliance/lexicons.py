"""The phrase lexicons and function-word lists behind the alliance sub-scores.

Both ship as YAML under ``qualalliance/data/`` (``alliance_lexicon.yaml`` and
``function_words.yaml``); a user may pass edited copies.  Files are validated
strictly on load: an unknown or missing key is a ConfigError naming the key and
the file.  The lexicon (version 2) also holds the ``negation`` rule read by
negation.py: cues, window, terminators, pseudo-negations and the categories it
applies to.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path

from ..errors import ConfigError
from ..stage_params import unknown_key
from ..yamlio import line_of, read_yaml
from .negation import Negation

# categories the scorer reads; a user lexicon must define all of them
LEXICON_CATEGORIES = (
    "bond", "goals", "tasks", "empathy", "safety", "relationship",
    "pronoun_we", "pronoun_i", "pronoun_you",
    "reflection_stems", "reflection_statement_stems", "information",
    "disagreement", "confrontation", "withdrawal", "backchannel",
    "repair_acknowledge", "repair_apologise", "repair_invite_feedback",
)
FUNCTION_WORD_CATEGORIES = (
    "personal_pronouns", "impersonal_pronouns", "articles", "conjunctions",
    "prepositions", "auxiliary_verbs", "common_adverbs", "negations", "quantifiers",
)
_CATEGORY_KEYS = {"description", "source", "phrases"}
LEXICON_VERSION = 2
# categories whose matches consult the negation rule: the per-1k lexicon rates
# that carry a polarity, and the therapist's acknowledging repairs
NEGATABLE_CATEGORIES = ("bond", "goals", "tasks", "empathy", "safety", "relationship", "repair_acknowledge")
_NEGATION_KEYS = {"description", "source", "window", "applies_to", "cues", "cue_suffixes", "terminators",
                  "pseudo"}
MAX_NEGATION_WINDOW = 10


def _phrase_regex(phrases: list[str]) -> re.Pattern:
    """One alternation over whole-word phrases, longest first.

    Words inside a phrase may be separated by any whitespace (after an
    optional comma or hyphen, so "yeah but" also matches "yeah, but" and the
    stutter "you- you"); a ``*`` word stands for at most one word of any kind.
    The phrase must not be glued to a letter, digit or apostrophe on either side.
    """
    alts = []
    for p in sorted(set(phrases), key=lambda s: (-len(s), s)):
        parts = p.split()
        pat = ""
        for i, w in enumerate(parts):
            if w == "*":  # at most one word of any kind ("you * need to")
                pat += r"(?:[\w']+[-,]?\s+)?"
            else:
                pat += re.escape(w) + (r"[-,]?\s+" if i < len(parts) - 1 else "")
        alts.append(pat)
    return re.compile(r"(?<![\w'])(?:" + "|".join(alts) + r")(?![\w'])")


@dataclass(frozen=True)
class Category:
    name: str
    description: str
    source: str
    phrases: tuple[str, ...]
    pattern: re.Pattern = field(repr=False, compare=False)

    def spans(self, norm: str) -> list[tuple[int, int]]:
        """Non-overlapping (start, end) matches in a normalised text."""
        return [m.span() for m in self.pattern.finditer(norm)]

    def words(self) -> frozenset[str]:
        return frozenset(self.phrases)


@dataclass(frozen=True)
class Lexicon:
    path: str
    categories: dict[str, Category]
    negation: Negation

    def __getitem__(self, name: str) -> Category:
        return self.categories[name]


def _load_yaml(path, top_keys=("version", "categories"), version=1) -> dict:
    data = read_yaml(path)  # the package's one strict YAML reader (qualalliance.yamlio)
    if not isinstance(data, dict):
        raise ConfigError(f"expected a mapping with keys {', '.join(map(repr, top_keys))}", path)
    unknown = [k for k in data if k not in top_keys]
    if unknown:
        raise ConfigError(unknown_key("", unknown[0], top_keys), path, line_of(data, unknown[0]))
    if data.get("version") != version:
        hint = ""
        if version == LEXICON_VERSION and data.get("version") == 1:
            hint = ("; version 2 adds the 'negation' section and the 'relationship' category - "
                    "copy them from the packaged alliance_lexicon.yaml")
        raise ConfigError(f"unsupported version {data.get('version')!r} (expected {version}){hint}", path)
    missing = [k for k in top_keys if k not in data]
    if missing:
        raise ConfigError(f"missing key(s) {', '.join(missing)}", path)
    if not isinstance(data.get("categories"), dict):
        raise ConfigError("'categories' must be a mapping of category name -> entry", path)
    return data


def _clean_phrases(values, where: str, path) -> tuple[str, ...]:
    if not isinstance(values, list) or not values:
        raise ConfigError(f"{where} must be a non-empty list of phrases", path)
    out = []
    for v in values:
        if not isinstance(v, str) or not v.strip():
            raise ConfigError(f"{where} holds a non-text or empty entry {v!r} (quote words such as "
                              '"no", "yes", "on", "off": YAML reads them as true/false)', path)
        words = v.replace("\u2019", "'").lower().split()
        if words[0] == "*" or words[-1] == "*":
            raise ConfigError(f"{where}: {v!r} may not start or end with the wildcard '*'", path)
        out.append(" ".join(words))
    return tuple(out)


def load_lexicon(path: str | Path | None = None) -> Lexicon:
    """Load and validate an alliance lexicon (default: the packaged one)."""
    if path is None:
        return _default_lexicon()
    return _read_lexicon(Path(path))


def _read_negation(entry, path) -> Negation:
    where = "negation"
    if not isinstance(entry, dict):
        raise ConfigError(f"{where} must be a mapping", path)
    unknown = sorted(set(entry) - _NEGATION_KEYS)
    if unknown:
        raise ConfigError(unknown_key(where, unknown[0], sorted(_NEGATION_KEYS)), path, line_of(entry, unknown[0]))
    missing = sorted(_NEGATION_KEYS - set(entry))
    if missing:
        raise ConfigError(f"{where}: missing key(s) {', '.join(missing)}", path)
    window = entry["window"]
    if isinstance(window, bool) or not isinstance(window, int) or not 1 <= window <= MAX_NEGATION_WINDOW:
        raise ConfigError(f"{where}.window must be a whole number of words from 1 to {MAX_NEGATION_WINDOW}, "
                          f"got {window!r}", path)
    applies = entry["applies_to"]
    if not isinstance(applies, list) or not all(isinstance(a, str) for a in applies):
        raise ConfigError(f"{where}.applies_to must be a list of category names", path)
    bad = [a for a in applies if a not in NEGATABLE_CATEGORIES]
    if bad:
        raise ConfigError(f"{where}.applies_to: {bad[0]!r} cannot be negated "
                          f"(negatable: {', '.join(NEGATABLE_CATEGORIES)})", path)
    cues = _clean_phrases(entry["cues"], f"{where}.cues", path)
    suffixes = _clean_phrases(entry["cue_suffixes"], f"{where}.cue_suffixes", path)
    terminators = _clean_phrases(entry["terminators"], f"{where}.terminators", path)
    for name, values in (("cues", cues), ("cue_suffixes", suffixes), ("terminators", terminators)):
        multi = [w for w in values if " " in w]
        if multi:
            raise ConfigError(f"{where}.{name}: entries must be single words, got {multi[0]!r}", path)
    pseudo = _clean_phrases(entry["pseudo"], f"{where}.pseudo", path)
    return Negation(str(entry["description"]).strip(), str(entry["source"]).strip(), window,
                    tuple(dict.fromkeys(applies)), frozenset(cues), suffixes, frozenset(terminators),
                    pseudo, _phrase_regex(list(pseudo)))


def _read_lexicon(path) -> Lexicon:
    data = _load_yaml(path, ("version", "negation", "categories"), LEXICON_VERSION)
    cats = {}
    for name, entry in data["categories"].items():
        if name not in LEXICON_CATEGORIES:
            raise ConfigError(f"unknown category {name!r} (known: {', '.join(LEXICON_CATEGORIES)})", path)
        if not isinstance(entry, dict):
            raise ConfigError(f"category {name!r} must be a mapping", path)
        unknown = sorted(set(entry) - _CATEGORY_KEYS)
        if unknown:
            raise ConfigError(unknown_key(f"categories.{name}", unknown[0], sorted(_CATEGORY_KEYS)), path,
                              line_of(entry, unknown[0]))
        missing = _CATEGORY_KEYS - set(entry)
        if missing:
            raise ConfigError(f"category {name!r}: missing key(s) {', '.join(sorted(missing))}", path)
        phrases = _clean_phrases(entry["phrases"], f"category {name!r} phrases", path)
        cats[name] = Category(name, str(entry["description"]).strip(), str(entry["source"]).strip(),
                              phrases, _phrase_regex(list(phrases)))
    missing = [c for c in LEXICON_CATEGORIES if c not in cats]
    if missing:
        raise ConfigError(f"missing category/categories {', '.join(missing)}", path)
    return Lexicon(str(path), cats, _read_negation(data["negation"], path))


def load_function_words(path: str | Path | None = None) -> dict[str, frozenset[str]]:
    """Load and validate function-word categories (default: the packaged list)."""
    if path is None:
        return _default_function_words()
    return _read_function_words(Path(path))


def _read_function_words(path) -> dict[str, frozenset[str]]:
    data = _load_yaml(path)
    out = {}
    for name, words in data["categories"].items():
        if name not in FUNCTION_WORD_CATEGORIES:
            raise ConfigError(f"unknown function-word category {name!r} "
                              f"(known: {', '.join(FUNCTION_WORD_CATEGORIES)})", path)
        cleaned = _clean_phrases(words, f"function-word category {name!r}", path)
        multi = [w for w in cleaned if " " in w]
        if multi:
            raise ConfigError(f"function-word category {name!r}: entries must be single words, "
                              f"got {multi[0]!r}", path)
        out[name] = frozenset(cleaned)
    missing = [c for c in FUNCTION_WORD_CATEGORIES if c not in out]
    if missing:
        raise ConfigError(f"missing function-word category/categories {', '.join(missing)}", path)
    return {c: out[c] for c in FUNCTION_WORD_CATEGORIES}


def _data_path(name: str):
    return resources.files("qualalliance") / "data" / name


@lru_cache(maxsize=1)
def _default_lexicon() -> Lexicon:
    with resources.as_file(_data_path("alliance_lexicon.yaml")) as p:
        return _read_lexicon(p)


@lru_cache(maxsize=1)
def _default_function_words() -> dict[str, frozenset[str]]:
    with resources.as_file(_data_path("function_words.yaml")) as p:
        return _read_function_words(p)
