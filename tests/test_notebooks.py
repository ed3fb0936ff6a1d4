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


def _is_plot_cell(cell) -> bool:
    return cell.cell_type == "code" and ("plt." in cell.source or ".plot(" in cell.source)


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_plot_cells_draw_inline(path):
    # a forced non-interactive backend (matplotlib.use("Agg")) hides every figure in Jupyter
    nb = nbformat.read(path, as_version=4)
    assert not [c for c in nb.cells if "matplotlib.use" in c.source]


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_each_plot_cell_shows_an_image_and_no_warning(path, executed_notebooks):
    run = executed_notebooks[path.name]
    assert run["error"] == "", run["error"]
    nb = nbformat.read(run["executed"], as_version=4)
    plots = [c for c in nb.cells if _is_plot_cell(c)]
    if path.name != "01_quickstart.ipynb":
        assert plots, "the notebook draws a figure"
    for cell in plots:
        images = [o for o in cell.outputs if o.output_type in ("display_data", "execute_result")
                  and "image/png" in o.get("data", {})]
        assert len(images) == 1, f"{path.name}: no inline figure from\n{cell.source}"
    # tqdm's "IProgress not found" (no ipywidgets) and any other warning printed by a cell
    stderr = [o.text for c in nb.cells if c.cell_type == "code" for o in c.outputs
              if o.output_type == "stream" and o.name == "stderr"]
    assert not [t for t in stderr if "Warning" in t or "IProgress" in t], stderr


def test_notebook_topics_are_the_reports(executed_notebooks, demo_run):
    # notebook 02 follows the study's topic settings: its topic table is the run's (same labels, sizes)
    import pandas as pd

    nb = nbformat.read(executed_notebooks["02_topics.ipynb"]["executed"], as_version=4)
    outputs = [o for c in nb.cells if c.cell_type == "code" for o in c.outputs]
    summary = next(o.text for o in outputs if o.output_type == "stream" and " topics over " in o.text)
    info = pd.read_csv(demo_run.out / "topics" / "topic_info.csv")
    n_topics, n_units = int((info["topic"] >= 0).sum()), int(info["size"].sum())
    assert summary.startswith(f"{n_topics} topics over {n_units} window units"), summary
    html = next(o.data["text/html"] for o in outputs
                if o.output_type == "execute_result" and "quote_1" in o.get("data", {}).get("text/html", ""))
    for label in info.loc[info["topic"] >= 0, "label"]:
        assert label in html, label
