"""The suite's own machinery (tests/background.py, tests/bgjob.py): which test files wait for
a background job and run last, and the notebook kernels' start-up file."""

from __future__ import annotations

import pickle
from types import SimpleNamespace

import numpy as np

from .background import run_last
from .bgjob import warm_kernel_file


def _item(nodeid: str, *fixtures: str):
    return SimpleNamespace(nodeid=nodeid, fixturenames=("tmp_path", *fixtures))


def test_files_waiting_for_a_job_run_last_whole_and_in_order():
    items = [_item("tests/test_a.py::one"), _item("tests/test_nb.py::quick"),
             _item("tests/test_nb.py::runs", "executed_notebooks"), _item("tests/test_run.py::uses", "demo_run"),
             _item("tests/test_b.py::two"), _item("tests/test_run.py::again", "demo_run_again"),
             _item("tests/test_run.py::plain"), _item("tests/test_link_demo.py::x", "demo_run")]
    run_last(items)
    assert [i.nodeid for i in items] == [
        "tests/test_a.py::one", "tests/test_b.py::two",                      # no job: first, as collected
        "tests/test_link_demo.py::x",                                        # the demo run
        "tests/test_run.py::uses", "tests/test_run.py::again", "tests/test_run.py::plain",  # + the second run
        "tests/test_nb.py::quick", "tests/test_nb.py::runs"]                 # the notebooks finish last


def test_kernel_start_up_file_fills_the_embedding_cache_and_leaves_no_name(tmp_path, monkeypatch):
    from qualalliance.learn import embedding

    monkeypatch.setattr(embedding, "_cache", {"m": {"kept": np.ones(2)}})
    saved = tmp_path / "embeddings.pkl"
    saved.write_bytes(pickle.dumps({"m": {"a turn": np.arange(3.0)}, "other": {"b": np.zeros(1)}}))
    namespace: dict = {}
    exec(warm_kernel_file(str(saved), tmp_path).read_text(encoding="utf-8"), namespace)
    assert sorted(embedding._cache) == ["m", "other"]
    assert sorted(embedding._cache["m"]) == ["a turn", "kept"]
    assert embedding._cache["m"]["a turn"].tolist() == [0.0, 1.0, 2.0]
    assert [k for k in namespace if k != "__builtins__"] == []  # the notebook's namespace stays its own
