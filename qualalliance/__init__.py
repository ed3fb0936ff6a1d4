"""qualalliance: mixed-methods analysis of psychotherapy transcripts.

The public API mirrors the CLI, one call per stage, each taking and returning
pandas DataFrames (see docs/tables.md and docs/api.md)::

    import qualalliance as qa
    study = qa.load_study("corpora/psilocybin-demo")
    segments = qa.ingest(["corpora/psilocybin-demo"]).segments
    codings = qa.code_segments(segments).codings
    alliance = qa.score_alliance(segments).scores
    topics = qa.discover_topics(segments, seed=study.seed)
    linked = qa.link("out/psilocybin-demo", study.paths.outcomes, study=study)
    qa.run_study("corpora/psilocybin-demo", "out/psilocybin-demo")   # everything + report

Submodules are imported on first use, so ``import qualalliance`` stays fast and
BERTopic/torch load only when topics are asked for.
"""

from __future__ import annotations

import importlib

__version__ = "0.1.0"

# public name -> (module, attribute)
_API = {
    "ingest": ("qualalliance.ingest", "ingest"),
    "write_ingest": ("qualalliance.ingest", "write_ingest"),
    "load_segments": ("qualalliance.ingest", "load_segments"),
    "load_study": ("qualalliance.study", "load_study"),
    "load_codebook": ("qualalliance.codebook", "load_codebook"),
    "code_segments": ("qualalliance.coding", "code_segments"),
    "score_alliance": ("qualalliance.alliance", "score_alliance"),
    "discover_topics": ("qualalliance.topics", "discover_topics"),
    "write_topics": ("qualalliance.topics", "write_topics"),
    "link": ("qualalliance.link", "link"),
    "read_outcomes": ("qualalliance.link", "read_outcomes"),
    "render_report": ("qualalliance.report", "render_report"),
    "run_study": ("qualalliance.run", "run_study"),
    "read_table": ("qualalliance.tables", "read_table"),
}

__all__ = ["__version__", *sorted(_API)]


def __getattr__(name):
    try:
        module, attr = _API[name]
    except KeyError:
        raise AttributeError(f"module 'qualalliance' has no attribute {name!r}") from None
    value = getattr(importlib.import_module(module), attr)
    globals()[name] = value
    return value


def __dir__():
    return sorted(set(globals()) | set(_API))
