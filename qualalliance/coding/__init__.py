"""Rule-based theme coding with spaCy.

Importing this package registers three spaCy factories:

``qualalliance_lookup``    lowercase lookup lemmas (+ sentence starts), no per-token Python
``qualalliance_themes``    codebook phrases and token patterns -> ``doc.spans["themes"]``
``qualalliance_negation``  NegEx-style negation and hedging flags on those spans

and exposes :func:`code_segments`, the library call behind ``qualalliance code``.
"""

from __future__ import annotations

from . import lookup, negation, themes  # noqa: F401 - registers the spaCy factories
from .coder import CODINGS_COLUMNS, CodingResult, code_segments, make_coding_pipeline
from .themes import theme_info

__all__ = ["CODINGS_COLUMNS", "CodingResult", "code_segments", "make_coding_pipeline", "theme_info"]
