"""qualalliance: mixed-methods analysis of psychotherapy transcripts.

The public API mirrors the CLI, one call per stage, each taking and returning
pandas DataFrames (see docs/tables.md and docs/api.md)::

    import qualalliance as qa
    study = qa.load_study("corpora/psilocybin-demo")
    segments = qa.ingest_sources(["corpora/psilocybin-demo"]).segments
    codings = qa.code_segments(segments).codings
    alliance = qa.score_alliance(segments).scores
    topics = qa.discover_topics(segments, seed=study.seed)
    linked = qa.link_outcomes("out/psilocybin-demo", study.paths.outcomes, study=study)
    qa.run_study("corpora/psilocybin-demo", "out/psilocybin-demo")   # everything + report

The stage functions whose module has the same name are published under a longer
name (``ingest_sources``, ``link_outcomes``, ``compute_reliability``), because
``qa.ingest``, ``qa.link`` and ``qa.reliability`` are the submodules.  Submodules
are imported on first use, so ``import qualalliance`` stays fast and
BERTopic/torch load only when topics are asked for.
"""

from __future__ import annotations

import importlib

__version__ = "0.1.0"

# public name -> (module, attribute)
_API = {
    "ingest_sources": ("qualalliance.ingest", "ingest"),
    "write_ingest": ("qualalliance.ingest", "write_ingest"),
    "load_segments": ("qualalliance.ingest", "load_segments"),
    "load_study": ("qualalliance.study", "load_study"),
    "load_codebook": ("qualalliance.codebook", "load_codebook"),
    "code_segments": ("qualalliance.coding", "code_segments"),
    "write_coding": ("qualalliance.coding.coder", "write_coding"),
    "make_coding_pipeline": ("qualalliance.coding.coder", "make_coding_pipeline"),
    "compute_reliability": ("qualalliance.reliability", "reliability"),
    "write_reliability": ("qualalliance.reliability", "write_reliability"),
    "score_alliance": ("qualalliance.alliance", "score_alliance"),
    "discover_topics": ("qualalliance.topics", "discover_topics"),
    "study_segments": ("qualalliance.stages", "study_segments"),
    "study_topics": ("qualalliance.stages", "study_topics"),
    "write_topics": ("qualalliance.topics", "write_topics"),
    "link_outcomes": ("qualalliance.link", "link"),
    "write_link": ("qualalliance.link", "write_link"),
    "read_outcomes": ("qualalliance.link", "read_outcomes"),
    "render_report": ("qualalliance.report", "render_report"),
    "run_study": ("qualalliance.run", "run_study"),
    "export_qdpx": ("qualalliance.qda.export", "export_qdpx"),
    "read_qdpx": ("qualalliance.qda.importer", "read_qdpx"),
    "import_qdpx": ("qualalliance.qda.importer", "import_qdpx"),
    "from_label_column": ("qualalliance.learn", "from_label_column"),
    "train_coder": ("qualalliance.learn", "train_coder"),
    "predict_codings": ("qualalliance.learn", "predict_codings"),
    "evaluate_coder": ("qualalliance.learn", "evaluate"),
    "suggest_segments": ("qualalliance.learn", "suggest_segments"),
    "save_coder": ("qualalliance.learn", "save_model"),
    "load_coder": ("qualalliance.learn", "load_model"),
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
