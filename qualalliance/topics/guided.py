"""Seed topics for guided topic modelling: from the codebook or from explicit term lists.

BERTopic's guided mode (``seed_topic_list``) embeds each seed list, nudges the units
closest to a seed list towards it (3:1 average) before clustering, and up-weights
seed words in the c-TF-IDF topic terms.  Seeds are given here as:

* ``None`` -> the phrases of every code in the packaged codebook (one seed list per
  code that has phrases), via ``qualalliance.codebook.load_codebook``;
* a path (str/Path) to a codebook YAML -> its codes' phrases;
* a mapping ``{name: [terms]}`` or a list of term lists.

Terms are lower-cased; each is kept as written and also as its lemma form (so the
seed "drinking" matches the c-TF-IDF vocabulary word "drink").
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from ..errors import ConfigError
from .text import LemmaAnalyzer


def codebook_seed_terms(codebook=None) -> dict[str, list[str]]:
    """``{code id: phrases}`` for every code with phrases in *codebook* (default: packaged)."""
    try:
        from ..codebook import load_codebook
    except ImportError as exc:  # pragma: no cover - the codebook module ships with the package
        raise ConfigError(f"guided topics need seed terms: the codebook module is unavailable ({exc}); "
                          "pass seed terms explicitly") from None
    book = load_codebook(codebook)
    seeds = {code.id: list(code.phrases) for code in book.codes if getattr(code, "phrases", None)}
    if not seeds:
        raise ConfigError("the codebook has no code with phrases to seed topics with",
                          getattr(book, "path", None))
    return seeds


def normalise_seed_terms(seed_terms) -> dict[str, list[str]]:
    """Seed lists as ``{name: [terms ...]}`` with lemma forms added, empty lists dropped."""
    if seed_terms is None or isinstance(seed_terms, (str, Path)):
        named = codebook_seed_terms(seed_terms)
    elif isinstance(seed_terms, Mapping):
        named = {str(k): v for k, v in seed_terms.items()}
    else:
        try:
            named = {f"seed_{i}": v for i, v in enumerate(seed_terms)}
        except TypeError:
            raise ConfigError("seed terms must be a list of term lists or a {name: [terms]} mapping") from None
    analyzer = LemmaAnalyzer(stop_words=frozenset())
    out: dict[str, list[str]] = {}
    for name, terms in named.items():
        if isinstance(terms, str):
            terms = [terms]
        cleaned: list[str] = []
        for term in terms:
            if not isinstance(term, str):
                raise ConfigError(f"seed topic {name!r}: terms must be strings, got {term!r}")
            term = " ".join(term.lower().split())
            for form in (term, " ".join(analyzer.lemmas(term))):
                if form and form not in cleaned:
                    cleaned.append(form)
        if cleaned:
            out[name] = cleaned
    if not out:
        raise ConfigError("no seed terms given for guided topics")
    return out


def read_seed_terms_file(path) -> dict[str, list[str]]:
    """A seed-terms text file: one seed topic per line, ``name: term, term`` or ``term, term``.

    Blank lines and lines starting with ``#`` are ignored.
    """
    path = Path(path)
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"cannot read seed terms: {exc}", path) from None
    seeds: dict[str, list[str]] = {}
    for lineno, line in enumerate(lines, 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        name, sep, rest = line.partition(":")
        if not sep:
            name, rest = f"seed_{len(seeds)}", line
        terms = [t.strip() for t in rest.split(",") if t.strip()]
        name = name.strip()
        if not terms or not name:
            raise ConfigError("expected 'name: term, term' or 'term, term'", path, lineno)
        if name in seeds:
            raise ConfigError(f"seed topic {name!r} given twice", path, lineno)
        seeds[name] = terms
    if not seeds:
        raise ConfigError("no seed topics in file", path)
    return seeds
