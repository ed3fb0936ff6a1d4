"""The spaCy pipeline every text stage starts from.

Default: a blank English pipeline with a rule-based sentencizer and lookup
lemmas (from spacy-lookups-data), which works offline on any machine.  A
trained pipeline (e.g. ``en_core_web_sm``) is used only when the user names one
and it is installed; nothing is ever downloaded.
"""

from __future__ import annotations

import spacy
from spacy.language import Language

from .errors import ModelError

DEFAULT_MODEL = "blank:en"


def make_pipeline(model: str | None = None) -> Language:
    """Return a spaCy ``Language`` with sentence boundaries and lemmas.

    *model* is ``None`` / ``"blank:en"`` for the offline default, or the name or
    path of an installed spaCy pipeline.
    """
    name = model or DEFAULT_MODEL
    if name.startswith("blank:"):
        nlp = spacy.blank(name.split(":", 1)[1])
        nlp.add_pipe("sentencizer")
        try:
            nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
            nlp.initialize()
        except Exception as exc:  # lookups missing: spacy-lookups-data not installed
            raise ModelError(
                "lookup lemmas need the 'spacy-lookups-data' package; install it with "
                f"`pip install spacy-lookups-data` ({type(exc).__name__}: {exc})"
            ) from exc
        return nlp
    try:
        nlp = spacy.load(name)
    except OSError as exc:
        raise ModelError(
            f"spaCy pipeline {name!r} is not installed; qualalliance never downloads models. "
            "Install it as a package or use the default 'blank:en'"
        ) from exc
    if not (nlp.has_pipe("sentencizer") or nlp.has_pipe("parser") or nlp.has_pipe("senter")):
        nlp.add_pipe("sentencizer", first=True)
    return nlp
