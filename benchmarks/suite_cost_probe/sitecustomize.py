"""Probe for benchmarks/suite_cost.py: counts the expensive calls of every Python process of a
test session (pytest itself, its background jobs, notebook kernels, CLI subprocesses).

Active only when ``SUITE_COST_LOG`` names a file: benchmarks/suite_cost.py puts this folder
first on ``PYTHONPATH``, so every Python process of the session imports it at start-up (as
``sitecustomize``).  It wraps the pipeline's stage functions when their modules load and
appends one JSON line per call (function, rows in, whether the input is the whole demo
study, CPU and wall seconds), and one line per process at exit (its own CPU seconds).  It
changes no result: the wrapped function is called with the same arguments and its return
value passed on.
"""

from __future__ import annotations

import os

LOG = os.environ.get("SUITE_COST_LOG")

# module -> functions to count (where each is defined, so every importer gets the wrapper)
TARGETS = {
    "qualalliance.run": ("run_study",),
    "qualalliance.ingest": ("ingest",),
    "qualalliance.coding.coder": ("code_segments", "make_coding_pipeline"),
    "qualalliance.alliance.score": ("score_alliance",),
    "qualalliance.topics.discover": ("discover_topics", "_fit_bertopic"),
    "qualalliance.link.link": ("link",),
    "qualalliance.report.render": ("render_report",),
    "qualalliance.coding.model": ("load_theme_model",),
    "qualalliance.learn.embedding": ("embed_texts",),
}
DEMO_NAME = "psilocybin-demo"


def _install() -> None:
    import atexit
    import functools
    import importlib.abc
    import json
    import sys
    import time

    def write(record: dict) -> None:
        record.update(pid=os.getpid(), test=os.environ.get("PYTEST_CURRENT_TEST", "").rsplit(" (", 1)[0])
        with open(LOG, "a", encoding="utf-8") as fh:  # one short line per write: appends do not interleave
            fh.write(json.dumps(record) + "\n")

    def describe(args, kwargs) -> dict:
        first = args[0] if args else next(iter(kwargs.values()), None)
        rows = len(first) if isinstance(first, list) or hasattr(first, "columns") else None
        text = repr(first)[:2000] if not hasattr(first, "columns") else ""
        docs = first["doc_id"] if hasattr(first, "columns") and "doc_id" in first.columns else None
        return {"rows": rows, "demo_source": DEMO_NAME in text,
                "docs": None if docs is None else int(docs.nunique()),
                "first_doc": None if docs is None or not len(docs) else str(docs.iloc[0])}

    def rows_out(result):
        """Segments ingested: by ingest (its result's segments) or by run_study (its manifest)."""
        segments = getattr(result, "segments", None)
        if hasattr(segments, "columns"):
            return len(segments)
        manifest = getattr(result, "manifest", None)
        if isinstance(manifest, dict):
            return (manifest.get("counts", {}).get("ingest") or {}).get("segments")
        return None

    def wrap(module_name: str, fn):
        @functools.wraps(fn)
        def counted(*args, **kwargs):
            cpu0, wall0 = time.process_time(), time.perf_counter()
            result = None
            try:
                result = fn(*args, **kwargs)
                return result
            finally:
                write({"fn": f"{module_name}.{fn.__name__}", **describe(args, kwargs), "rows_out": rows_out(result),
                       "cpu": round(time.process_time() - cpu0, 3), "wall": round(time.perf_counter() - wall0, 3)})
        return counted

    class Finder(importlib.abc.MetaPathFinder):
        def find_spec(self, name, path, target=None):
            if name not in TARGETS:
                return None
            for finder in sys.meta_path:
                if finder is self or not hasattr(finder, "find_spec"):
                    continue
                spec = finder.find_spec(name, path, target)
                if spec is not None:
                    break
            else:
                return None
            if spec.loader is None or not hasattr(spec.loader, "exec_module"):
                return spec
            exec_module = spec.loader.exec_module

            def exec_and_wrap(module):
                exec_module(module)
                for fn_name in TARGETS[name]:
                    if callable(getattr(module, fn_name, None)):
                        setattr(module, fn_name, wrap(name, getattr(module, fn_name)))

            spec.loader.exec_module = exec_and_wrap
            return spec

    sys.meta_path.insert(0, Finder())

    def at_exit():
        t = os.times()
        write({"fn": "<process>", "argv": " ".join(sys.argv)[:300], "cpu": round(t.user + t.system, 3)})

    atexit.register(at_exit)


if LOG:
    _install()
