"""qualalliance: mixed-methods analysis of psychotherapy transcripts.

The public API mirrors the CLI, one function per stage, each taking and returning
pandas DataFrames (see docs/tables.md)::

    import qualalliance as qa
    result = qa.ingest(["corpora/psilocybin-demo"])
    result.segments.head()
"""

from __future__ import annotations

__version__ = "0.1.0"

__all__ = ["__version__", "ingest"]


def __getattr__(name):  # lazy: importing the package stays fast
    if name == "ingest":
        from .ingest import ingest

        return ingest
    raise AttributeError(f"module 'qualalliance' has no attribute {name!r}")
