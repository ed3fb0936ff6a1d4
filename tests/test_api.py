"""The notebook API: `import qualalliance as qa` exposes every stage, documented in docs/api.md."""

from __future__ import annotations

import importlib
import subprocess
import sys

import qualalliance as qa

from .conftest import ROOT

SUBMODULES = ["ingest", "coding", "alliance", "topics", "link", "reliability", "report", "run", "qda", "learn"]


def test_every_public_name_is_a_callable_even_after_the_submodules_load():
    for name in SUBMODULES:  # importing a submodule must not shadow a public function
        importlib.import_module(f"qualalliance.{name}")
    names = [n for n in qa.__all__ if n != "__version__"]
    assert {"ingest_sources", "code_segments", "score_alliance", "discover_topics", "link_outcomes",
            "render_report", "run_study", "compute_reliability", "export_qdpx", "train_coder"} <= set(names)
    assert [n for n in names if not callable(getattr(qa, n))] == []


def test_every_public_name_is_documented():
    doc = (ROOT / "docs" / "api.md").read_text(encoding="utf-8")
    missing = [n for n in qa.__all__ if n != "__version__" and f"qa.{n}" not in doc]
    assert missing == []


def test_unknown_name_is_an_attribute_error():
    try:
        qa.no_such_stage  # noqa: B018
    except AttributeError as exc:
        assert "no_such_stage" in str(exc)
    else:
        raise AssertionError("expected AttributeError")


def test_import_is_light():
    code = "import sys, qualalliance; print(sorted(m for m in ('torch', 'bertopic', 'spacy', 'sklearn') if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
