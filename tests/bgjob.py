"""The slow end-to-end jobs of the test suite, run as ``python -m tests.bgjob JOB ...`` in a
background process (see tests/background.py), each writing its result as JSON.

    python -m tests.bgjob run STUDY OUT RESULT.json        # `qualalliance run`, offline
    python -m tests.bgjob notebooks OUT_DIR RESULT.json NB.ipynb ...
    python -m tests.bgjob chain SPEC.json                  # the jobs listed in SPEC.json, in order
"""

from __future__ import annotations

import json
import sys
import traceback
from pathlib import Path

import pytest


def run(study: str, out: str, result: str) -> None:
    """``qualalliance run STUDY -o NAME`` from OUT's parent folder, with every socket connection
    blocked (and recorded).  The output folder is given as a relative name, as a user re-running
    one command would give it: the report shows the run folder as given, so two runs compare
    byte for byte only when they were given the same folder name."""
    import os

    from click.testing import CliRunner

    from qualalliance.cli import cli

    from .conftest import block_network

    with pytest.MonkeyPatch.context() as mp:
        attempts = block_network(mp)
        os.chdir(Path(out).parent)  # this background process runs nothing else meanwhile
        r = CliRunner().invoke(cli, ["run", str(Path(study).resolve()), "-o", Path(out).name])
    crash = "".join(traceback.format_exception(r.exc_info[1])) if r.exc_info and r.exit_code not in (0, 2) else ""
    _write(result, {"exit_code": r.exit_code, "output": r.output, "attempts": [repr(a) for a in attempts],
                    "traceback": crash})


def notebooks(out_dir: str, result: str, *paths: str) -> None:
    """Execute each notebook headless (cwd: its folder, as in Jupyter) and save it executed."""
    import nbformat
    from nbclient import NotebookClient

    done = {}
    for path in map(Path, paths):
        nb = nbformat.read(path, as_version=4)
        error = ""
        try:
            # kernel "python3" runs sys.executable (jupyter_client swaps in the running
            # interpreter for a bare "python"), i.e. the test venv
            NotebookClient(nb, timeout=600, kernel_name="python3",
                           resources={"metadata": {"path": str(path.parent)}}).execute()
        except Exception as exc:  # noqa: BLE001 - reported to the test, which fails on it
            error = f"{type(exc).__name__}: {exc}"
        target = Path(out_dir) / path.name
        nbformat.write(nb, target)
        done[path.name] = {"executed": str(target), "error": error}
    _write(result, done)


def chain(spec: str) -> None:
    for argv in json.loads(Path(spec).read_text(encoding="utf-8")):
        JOBS[argv[0]](*argv[1:])


def _write(result: str, data: dict) -> None:
    tmp = Path(result + ".tmp")
    tmp.write_text(json.dumps(data), encoding="utf-8")
    tmp.replace(result)


JOBS = {"run": run, "notebooks": notebooks, "chain": chain}

if __name__ == "__main__":
    JOBS[sys.argv[1]](*sys.argv[2:])
