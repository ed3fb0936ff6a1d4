"""The notebooks run headless on the demo study, so they never rot, and stay stripped in git."""

from __future__ import annotations

import nbformat
import pytest

from .conftest import ROOT

NOTEBOOKS = sorted((ROOT / "notebooks").glob("*.ipynb"))


def test_the_three_notebooks_are_there():
    assert [p.name for p in NOTEBOOKS] == ["01_quickstart.ipynb", "02_topics.ipynb", "03_mixed_methods.ipynb"]


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_notebook_is_committed_without_outputs(path):
    nb = nbformat.read(path, as_version=4)
    for cell in nb.cells:
        if cell.cell_type == "code":
            assert cell.outputs == [] and cell.execution_count is None, f"{path.name}: strip outputs before committing"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_notebook_executes(path, executed_notebooks):
    # executed once per session in the background (tests/bgjob.py: NotebookClient, kernel
    # "python3" = the test venv's interpreter, cwd notebooks/ as in Jupyter)
    run = executed_notebooks[path.name]
    assert run["error"] == "", run["error"]
    nb = nbformat.read(run["executed"], as_version=4)
    errors = [o for c in nb.cells if c.cell_type == "code" for o in c.outputs if o.output_type == "error"]
    assert not errors
    shown = [o for c in nb.cells if c.cell_type == "code" for o in c.outputs]
    assert len(shown) >= 5, "the notebook shows results"
