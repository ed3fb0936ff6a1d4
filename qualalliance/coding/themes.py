"""``qualalliance_themes``: find codebook codes in text, as spans in ``doc.spans["themes"]``.

How rules are matched, fastest first:

1. ``phrases``, ``negated_phrases`` and phrase exclusions are lemmatised with the
   pipeline's own lemmas and matched by one ``PhraseMatcher`` (Cython: one pass per doc
   whatever the number of phrases).
2. Token patterns made only of literal values of one attribute (``LEMMA``/``NORM`` or
   ``LOWER``, a string or ``{IN: [...]}``) with optional tokens (``OP`` ``?`` or
   ``{m,n}`` with n <= 3) are *compiled* into all their word sequences (up to 5,000) and
   matched by a PhraseMatcher too.  Same matches, no per-token Python.
3. Any other token pattern goes to spaCy's ``Matcher``, which walks tokens in Python and
   costs about as much as tokenising.  With lookup lemmas each such pattern gets an
   *anchor* - the rarest-looking literal word it cannot match without - and its Matcher
   runs only where the anchor occurs, on ``pattern_window`` (16) tokens either side, so
   a pattern spanning more than that is not found.  A pattern with no literal word, and
   every pattern under a trained pipeline (context-dependent lemmas), runs on whole texts.

Matching attribute: with the default pipeline (``qualalliance_lookup`` upstream) the
lowercase lookup lemma of every word is its lexeme ``NORM``, so matching uses NORM and
needs no per-token work; ``LEMMA`` in token patterns is rewritten to NORM.  With a
trained pipeline (its own lemmatizer) matching uses ``LEMMA``.

Per code, an exclusion overlapping a match drops it, and of overlapping matches the
longest (then the earliest, then the rule listed first) is kept.  Matches of different
codes may overlap.  Facts about each span (which rule matched, whether it came from a
negated phrase) are kept in ``doc.user_data`` under ``("qa.theme", start, end, code)``
and exposed as span extensions (``span._.theme_rule`` ...); the negation component adds
to them.
"""

from __future__ import annotations

import itertools
import re

from spacy.attrs import NORM, ORTH
from spacy.language import Language
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc, Span

from ..codebook import Codebook, load_codebook
from ..errors import ConfigError
from ..log import get_logger

log = get_logger(__name__)

INFO_KEY = "qa.theme"
# positions in the per-span info list stored in doc.user_data
RULE, LEXICAL, NEGATED, HEDGED, NEG_CUE, HEDGE_CUE = range(6)

_ANNOTATION_ATTRS = {  # token-pattern attribute -> what an upstream component must assign
    "POS": "token.pos", "TAG": "token.tag", "MORPH": "token.morph", "DEP": "token.dep",
    "ENT_TYPE": "token.ent_type", "ENT_IOB": "token.ent_iob", "ENT_ID": "token.ent_id",
    "ENT_KB_ID": "token.ent_kb_id",
}
_ANCHOR = "__anchor__"
_MAX_VARIANTS = 5000  # a compiled pattern may expand to at most this many word sequences
# lemmas too frequent to be good anchors (the Matcher would run on most texts)
_COMMON = frozenset({"feel", "get", "go", "be", "have", "do", "make", "think", "know", "say", "want", "like",
                     "really", "just", "yeah", "okay", "thing", "time", "people", "i", "you", "it"})


def info_key(span: Span) -> tuple:
    return (INFO_KEY, span.start, span.end, span.label_)


def theme_info(span: Span) -> list:
    """[rule, lexical_negation, negated, hedged, negation_cue, hedge_cue] of a theme span."""
    return span.doc.user_data.get(info_key(span), ["", False, False, False, "", ""])


def _register_extensions() -> None:
    # Span._ values are keyed by character offsets only, so two codes on the same words
    # would share them; these getters read the per-(span, code) record instead.
    for name, pos in (("theme_rule", RULE), ("negated", NEGATED), ("hedged", HEDGED),
                      ("negation_cue", NEG_CUE), ("hedge_cue", HEDGE_CUE)):
        if not Span.has_extension(name):
            Span.set_extension(name, getter=lambda span, pos=pos: theme_info(span)[pos])


class ThemeMatcher:
    """Codebook matcher; build with ``nlp.add_pipe("qualalliance_themes")``, then initialize."""

    def __init__(self, nlp: Language, name: str = "qualalliance_themes", spans_key: str = "themes",
                 codebook: str | None = None, pattern_window: int = 16):
        self.name = name
        self.vocab = nlp.vocab
        self.spans_key = spans_key
        self.codebook_path = codebook
        self.pattern_window = pattern_window
        self.codebook: Codebook | None = None
        self.attr: str | None = None  # NORM (lookup lemmas) or LEMMA (trained lemmatizer)
        self._phrases: PhraseMatcher | None = None  # on self.attr: phrases, compiled patterns, anchors
        self._lower: PhraseMatcher | None = None  # on LOWER (trained pipelines only)
        self._verify: dict[int, set[tuple[str, ...]]] = {}  # match id -> allowed lowercase words
        self._norms_of = None  # lowercase word -> the NORMs a token with that text can have
        self._everywhere: Matcher | None = None  # token patterns run on whole texts
        self._anchored: dict[int, Matcher] = {}  # anchor id -> Matcher of the pattern it anchors
        self._rules: dict[int, tuple[str, str, str, int]] = {}  # match id -> (code, kind, rule, order)
        _register_extensions()

    # -- set-up -----------------------------------------------------------
    def initialize(self, get_examples=None, *, nlp: Language | None = None,
                   codebook: Codebook | str | None = None) -> None:
        """Load the codebook and compile its rules (needs *nlp* to lemmatise phrases)."""
        if nlp is None:
            raise ConfigError(f"{self.name}: initialize() needs the pipeline (nlp=...) to lemmatise phrases")
        book = load_codebook(codebook if codebook is not None else self.codebook_path)
        assigns = _upstream_assigns(nlp, self.name)
        lookup = _lookup_component(nlp)
        if lookup is not None:
            self.attr = "NORM"
        elif "token.lemma" in assigns:
            self.attr = "LEMMA"
        else:
            raise ConfigError(f"{self.name} needs lemmas: add 'qualalliance_lookup' or a lemmatizer "
                              f"before it (pipeline: {', '.join(nlp.pipe_names)})")
        _check_pattern_attrs(book, assigns)
        self.codebook = book
        self._rules, self._anchored = {}, {}
        self._phrases = PhraseMatcher(self.vocab, attr=self.attr)
        self._lower = None
        self._everywhere = None
        self._verify = {}
        self._norms_of = _norms_of(nlp, lookup) if lookup is not None else None
        for code in book.applicable:
            phrase_rules = (("phrase", code.phrases), ("negated_phrase", code.negated_phrases),
                            ("exclude", [p for p in code.exclude_patterns if isinstance(p, str)]))
            for kind, phrases in phrase_rules:
                for phrase in phrases:  # a key per phrase, so the rule that matched is known
                    key = self._add_rule(code.id, kind, f"{kind}:{phrase}")
                    self._phrases.add(key, [self._phrase_doc(nlp, phrase)])
            token_patterns = [("pattern", i, p) for i, p in enumerate(code.patterns)]
            token_patterns += [("exclude", i, p) for i, p in enumerate(code.exclude_patterns)
                               if not isinstance(p, str)]
            for kind, i, pattern in token_patterns:
                label = f"exclude_pattern:{i}" if kind == "exclude" else f"pattern:{i}"
                key = self._add_rule(code.id, kind, label)
                self._add_pattern(nlp, key, _rewrite(pattern, lookup), anchored=lookup is not None)

    def _add_rule(self, code_id: str, kind: str, label: str) -> str:
        key = f"{code_id}|{label}"
        self._rules[self.vocab.strings.add(key)] = (code_id, kind, label, len(self._rules))
        return key

    def _add_pattern(self, nlp: Language, key: str, pattern: list[dict], anchored: bool) -> None:
        compiled = _compile(pattern, self.attr)
        if compiled is not None:
            attr, sequences = compiled
            if attr == "LOWER" and self._norms_of is not None:
                # One PhraseMatcher pass for everything: match the lemma sequences these
                # words can have, then keep only matches whose words are the listed ones.
                norm_seqs = {n for seq in sequences
                             for n in itertools.product(*(self._norms_of(w) for w in seq))}
                self._verify[self.vocab.strings[key]] = set(sequences)
                self._phrases.add(key, [self._word_doc(nlp, seq, "NORM") for seq in sorted(norm_seqs)])
            else:
                self._phrase_matcher(attr).add(key, [self._word_doc(nlp, seq, attr) for seq in sequences])
            return
        attr, anchors = _best_anchor(pattern, self.attr) if anchored else ("", set())
        if attr == "LOWER" and self._norms_of is not None:  # anchor through the lemmas: a superset
            attr, anchors = "NORM", {n for a in anchors for n in self._norms_of(a)}
        if not anchors:
            if anchored:
                log.warning(f"{key}: token pattern has no literal word to anchor on, so spaCy's Matcher "
                            "runs it on every text (slow); add a LEMMA or LOWER value")
            if self._everywhere is None:
                self._everywhere = Matcher(self.vocab)
            self._everywhere.add(key, [pattern])
            return
        anchor_key = f"{_ANCHOR}{key}"
        self._anchored[self.vocab.strings.add(anchor_key)] = matcher = Matcher(self.vocab)
        matcher.add(key, [pattern])
        self._phrase_matcher(attr).add(anchor_key, [self._word_doc(nlp, (a,), attr) for a in sorted(anchors)])

    def _phrase_matcher(self, attr: str) -> PhraseMatcher:
        if attr == self.attr:
            return self._phrases
        if self._lower is None:
            self._lower = PhraseMatcher(self.vocab, attr="LOWER")
        return self._lower

    def _phrase_doc(self, nlp: Language, phrase: str) -> Doc:
        """The phrase as a Doc carrying the same match attribute the texts will have."""
        doc = nlp.make_doc(phrase)
        if self.attr == "LEMMA":  # run the upstream components (the trained lemmatizer)
            for pipe_name, proc in nlp.pipeline:
                if pipe_name == self.name:
                    break
                doc = proc(doc)
        return doc

    def _word_doc(self, nlp: Language, words, attr: str) -> Doc:
        """A Doc whose tokens carry *words* as their value of *attr*."""
        doc = Doc(self.vocab, words=list(words))
        if attr == "NORM":
            for token, word in zip(doc, words):
                token.norm_ = word
        elif attr == "LEMMA":
            for token, word in zip(doc, words):
                token.lemma_ = word
        return doc  # LOWER: the words' own lowercase forms

    # -- matching ---------------------------------------------------------
    def __call__(self, doc: Doc) -> Doc:
        if self._phrases is None:
            raise ConfigError(f"{self.name} is not initialized: call nlp.initialize() or "
                              f"nlp.get_pipe({self.name!r}).initialize(nlp=nlp) first")
        matches = self._phrases(doc)
        if self._verify and matches:
            verify = self._verify
            matches = [m for m in matches if m[0] not in verify
                       or tuple(doc[i].lower_ for i in range(m[1], m[2])) in verify[m[0]]]
        if self._lower is not None:
            matches = matches + self._lower(doc)
        if self._anchored:
            anchored = self._anchored
            where: dict[int, list[int]] = {}
            for match_id, start, _ in matches:
                if match_id in anchored:
                    where.setdefault(match_id, []).append(start)
            for anchor_id, positions in where.items():
                matches = matches + self._match_near(doc, positions, anchored[anchor_id])
        if self._everywhere is not None:
            matches = matches + self._everywhere(doc)
        if matches:
            self._set_spans(doc, matches)
        else:
            doc.spans[self.spans_key] = []
        return doc

    def pipe(self, docs, batch_size: int = 1000):
        for doc in docs:
            yield self(doc)

    def _match_near(self, doc: Doc, positions: list[int], matcher: Matcher) -> list[tuple[int, int, int]]:
        """Run a Matcher on ``pattern_window`` tokens either side of each anchor position."""
        w, n = self.pattern_window, len(doc)
        found = []
        positions.sort()
        lo, hi = max(0, positions[0] - w), min(n, positions[0] + w + 1)
        for p in positions[1:] + [None]:
            if p is not None and p - w <= hi:  # overlapping windows are merged
                hi = min(n, p + w + 1)
                continue
            found.extend((match_id, lo + s, lo + e) for match_id, s, e in matcher(doc[lo:hi]))
            if p is not None:
                lo, hi = max(0, p - w), min(n, p + w + 1)
        return found

    def _set_spans(self, doc: Doc, matches) -> None:
        rules = self._rules
        if len(matches) == 1:  # the common case, without the bookkeeping below
            match_id, start, end = matches[0]
            rule = rules.get(match_id)
            if rule is None or rule[1] == "exclude":
                doc.spans[self.spans_key] = []
                return
            code, kind, label, _ = rule
            lexical = kind == "negated_phrase"
            doc.user_data[(INFO_KEY, start, end, code)] = [label, lexical, lexical, False, "", ""]
            doc.spans[self.spans_key] = [Span(doc, start, end, label=code)]
            return
        hits: dict[str, list[tuple[int, int, int, str, bool]]] = {}
        vetoes: dict[str, list[tuple[int, int]]] = {}
        for match_id, start, end in matches:
            rule = rules.get(match_id)
            if rule is None:  # an anchor
                continue
            code, kind, label, order = rule
            if kind == "exclude":
                vetoes.setdefault(code, []).append((start, end))
                continue
            hits.setdefault(code, []).append((start, end, order, label, kind == "negated_phrase"))
        chosen = []
        for code, found in hits.items():
            veto = vetoes.get(code, ())
            # longest first, then earliest, then the rule listed first: a deterministic greedy choice
            found.sort(key=lambda h: (h[0] - h[1], h[0], h[2]))
            taken: list[tuple[int, int]] = []
            for start, end, _, label, lexical in found:
                if any(s < end and start < e for s, e in veto):
                    continue
                if any(s < end and start < e for s, e in taken):
                    continue
                taken.append((start, end))
                chosen.append((start, end, code, label, lexical))
        chosen.sort()
        user_data = doc.user_data
        for start, end, code, label, lexical in chosen:
            user_data[(INFO_KEY, start, end, code)] = [label, lexical, lexical, False, "", ""]
        doc.spans[self.spans_key] = [Span(doc, start, end, label=code) for start, end, code, _, _ in chosen]


# ---------------------------------------------------------------------------
# pattern helpers
# ---------------------------------------------------------------------------

def _lookup_component(nlp: Language):
    from .lookup import LookupLemmatizer

    for _, proc in nlp.pipeline:
        if isinstance(proc, LookupLemmatizer):
            return proc
    return None


def _upstream_assigns(nlp: Language, name: str) -> set[str]:
    assigns: set[str] = set()
    for pipe_name in nlp.pipe_names:
        if pipe_name == name:
            break
        assigns.update(nlp.get_pipe_meta(pipe_name).assigns)
    return assigns


def _check_pattern_attrs(book: Codebook, assigns: set[str]) -> None:
    """Fail fast when a pattern needs annotation (POS, DEP ...) no upstream component sets."""
    for code in book.applicable:
        for i, pattern in enumerate(list(code.patterns) + [p for p in code.exclude_patterns
                                                             if not isinstance(p, str)]):
            for token in pattern:
                for attr in token:
                    need = _ANNOTATION_ATTRS.get(attr.upper())
                    if need and need not in assigns:
                        raise ConfigError(
                            f"code {code.id!r}: token pattern {i} uses {attr}, which no component of "
                            f"this pipeline assigns ({need}); use a trained pipeline (--model) or "
                            "match on LEMMA/LOWER instead", book.path, code.line)


def _rewrite(pattern: list[dict], lookup) -> list[dict]:
    """With lookup lemmas, LEMMA in a token pattern means our NORM (lowercase lemma)."""
    if lookup is None:
        return pattern
    out = []
    for token in pattern:
        token = dict(token)
        if "LEMMA" in token:
            value = token.pop("LEMMA")
            if isinstance(value, str):
                value = lookup.lemma(value)
            elif isinstance(value, dict):
                value = {op: ([lookup.lemma(v) for v in vals] if op in ("IN", "NOT_IN") and isinstance(vals, list)
                              else vals) for op, vals in value.items()}
            token["NORM"] = value
        out.append(token)
    return out


def _norms_of(nlp: Language, lookup):
    """word -> the NORMs a token with this lowercase text can carry in this pipeline.

    Normally the lookup lemma; tokens made by the tokenizer's special cases ("'m" in
    "I'm", "n't") carry the norm the special case gives them instead.
    """
    special: dict[str, set[str]] = {}
    for pieces in nlp.tokenizer.rules.values():
        for piece in pieces:  # keyed by attribute id (or name, in older spaCy versions)
            norm = piece.get(NORM, piece.get("NORM"))
            orth = piece.get(ORTH, piece.get("ORTH"))
            if norm is not None and orth is not None:
                special.setdefault(str(orth).lower(), set()).add(str(norm))

    def norms(word: str) -> list[str]:
        word = word.lower()
        return sorted({lookup.lemma(word)} | special.get(word, set()))

    return norms


def _literal_values(spec) -> list[str]:
    if isinstance(spec, str):
        return [spec]
    if isinstance(spec, dict) and set(spec) == {"IN"} and isinstance(spec["IN"], list) and spec["IN"]:
        if all(isinstance(v, str) for v in spec["IN"]):
            return list(dict.fromkeys(spec["IN"]))
    return []


def _repeats(op) -> tuple[int, int] | None:
    """(min, max) repetitions of a token for the ops a compiled pattern may use."""
    if op is None or op == "1":
        return 1, 1
    if op == "?":
        return 0, 1
    m = re.fullmatch(r"\{(\d*),?(\d*)\}", str(op))
    if m and m.group(2) and "," in str(op):
        lo, hi = int(m.group(1) or 0), int(m.group(2))
        return (lo, hi) if hi <= 3 and lo <= hi else None
    if m and not m.group(2) and "," not in str(op) and m.group(1):
        n = int(m.group(1))
        return (n, n) if n <= 3 else None
    return None


def _compile(pattern: list[dict], match_attr: str) -> tuple[str, list[tuple[str, ...]]] | None:
    """All word sequences of a literal single-attribute pattern, or None if it is not one."""
    attrs, slots = set(), []
    for token in pattern:
        keys = set(token) - {"OP"}
        if len(keys) != 1:
            return None
        attr = keys.pop()
        if attr not in (match_attr, "LOWER"):
            return None
        values = _literal_values(token[attr])
        reps = _repeats(token.get("OP"))
        if not values or reps is None:
            return None
        attrs.add(attr)
        values = [v.lower() for v in values] if attr == "LOWER" else values
        slots.append((values, reps))
    if len(attrs) != 1:
        return None
    options = []
    for values, (lo, hi) in slots:
        alternatives = [seq for n in range(lo, hi + 1) for seq in itertools.product(values, repeat=n)]
        options.append(alternatives)
    total = 1
    for opt in options:
        total *= len(opt)
        if total > _MAX_VARIANTS:
            return None
    sequences = sorted({tuple(w for part in combo for w in part) for combo in itertools.product(*options)} - {()})
    return (attrs.pop(), sequences) if sequences else None


def _mandatory(token: dict) -> bool:
    op = token.get("OP")
    if op is None or op in ("1", "+"):
        return True
    m = re.match(r"^\{(\d+)", str(op))
    return bool(m and int(m.group(1)) >= 1)


def _best_anchor(pattern: list[dict], match_attr: str) -> tuple[str, set[str]]:
    """(attr, values) of the rarest-looking mandatory literal token, or ("", set()).

    A pattern cannot match a text that lacks all values of one of its mandatory literal
    tokens, so its Matcher only needs to run where such a value occurs.  Values of the
    match attribute (our lemmas) are looked up as lemmas; LOWER/ORTH/TEXT values
    lowercased.  Stop words and very common verbs make poor anchors, so the token with
    the fewest of them wins.
    """
    best: tuple[str, set[str]] = ("", set())
    best_cost = None
    for token in pattern:
        if not _mandatory(token):
            continue
        candidates = []
        values = _literal_values(token.get(match_attr))
        if values:
            candidates.append((match_attr, set(values)))
        for attr in ("LOWER", "ORTH", "TEXT"):
            values = _literal_values(token.get(attr))
            if values:
                candidates.append(("LOWER", {v.lower() for v in values}))
        for attr, values in candidates:
            cost = sum(100 if v in _COMMON or v in _stop_words() else 1 for v in values)
            if best_cost is None or cost < best_cost:
                best, best_cost = (attr, values), cost
    return best


_STOP: list = []


def _stop_words() -> frozenset:
    if not _STOP:
        from spacy.lang.en.stop_words import STOP_WORDS

        _STOP.append(frozenset(STOP_WORDS))
    return _STOP[0]


@Language.factory(
    "qualalliance_themes",
    assigns=["doc.spans"],
    default_config={"spans_key": "themes", "codebook": None, "pattern_window": 16},
)
def make_themes(nlp: Language, name: str, spans_key: str, codebook: str | None,
                pattern_window: int) -> ThemeMatcher:
    """Codebook matcher writing spans to ``doc.spans[spans_key]`` (see module docstring)."""
    return ThemeMatcher(nlp, name, spans_key=spans_key, codebook=codebook, pattern_window=pattern_window)
