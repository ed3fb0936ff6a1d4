"""The slow end-to-end jobs of the test suite, run as ``python -m tests.bgjob JOB ...`` in a
background process (see tests/background.py), each writing its result as JSON.

    python -m tests.bgjob run STUDY OUT RESULT.json [EMBEDDINGS.pkl]   # `qualalliance run`, offline
    python -m tests.bgjob notebooks OUT_DIR RESULT.json [EMBEDDINGS.pkl] NB.ipynb ...
    python -m tests.bgjob chain SPEC.json                  # the jobs listed in SPEC.json, in order

EMBEDDINGS.pkl (may be ""): the run saves the sentence embeddings it computed there; the
notebook kernels start with them (see :func:`warm_kernel_file`).
"""

from __future__ import annotations

import json
import sys
import traceback
from pathlib import Path

import pytest


def run(study: str, out: str, result: str, keep_embeddings: str = "") -> None:
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
    if keep_embeddings:
        _save_embeddings(keep_embeddings)
    _write(result, {"exit_code": r.exit_code, "output": r.output, "attempts": [repr(a) for a in attempts],
                    "traceback": crash})


def _embedding_cache() -> dict | None:
    """The sentence embeddings this process computed, by embedding name and text: the
    per-process cache of :mod:`qualalliance.learn.embedding` (None if it has none)."""
    from qualalliance.learn import embedding

    cache = getattr(embedding, "_cache", None)
    if not isinstance(cache, dict):
        print("tests/bgjob.py: qualalliance.learn.embedding has no _cache dict; notebook kernels embed cold",
              file=sys.stderr)
        return None
    return cache


def _save_embeddings(path: str) -> None:
    import pickle

    cache = _embedding_cache()
    if cache:
        tmp = Path(path + ".tmp")
        tmp.write_bytes(pickle.dumps(cache, protocol=pickle.HIGHEST_PROTOCOL))
        tmp.replace(path)


def warm_kernel_file(embeddings: str, folder: Path) -> Path:
    """A start-up file for a notebook kernel that loads *embeddings* (saved by :func:`run`) into
    the kernel's embedding cache, then removes its own name: the notebook's cells run as
    written and code the same turns with the same vectors, without computing them again
    (embedding the demo's turns was most of each coding notebook's time)."""
    target = folder / "warm_embeddings.py"
    target.write_text(
        "def _qualalliance_tests_warm():  # tests/bgjob.py: the demo run's sentence embeddings\n"
        "    import pickle\n"
        "    from qualalliance.learn import embedding\n"
        f"    with open({embeddings!r}, 'rb') as fh:\n"
        "        for name, vectors in pickle.load(fh).items():\n"
        "            embedding._cache.setdefault(name, {}).update(vectors)\n"
        "_qualalliance_tests_warm()\n"
        "del _qualalliance_tests_warm\n", encoding="utf-8")
    return target


def notebooks(out_dir: str, result: str, embeddings: str, *paths: str) -> None:
    """Execute each notebook headless (cwd: its folder, as in Jupyter) and save it executed;
    with *embeddings* (a file :func:`run` saved, if it exists) each kernel starts with them."""
    import nbformat
    from nbclient import NotebookClient

    warm = []
    if embeddings and Path(embeddings).is_file():
        warm = [f"--IPKernelApp.exec_files={warm_kernel_file(embeddings, Path(out_dir))}"]
    done = {}
    for path in map(Path, paths):
        nb = nbformat.read(path, as_version=4)
        error = ""
        try:
            # kernel "python3" runs sys.executable (jupyter_client swaps in the running
            # interpreter for a bare "python"), i.e. the test venv
            NotebookClient(nb, timeout=600, kernel_name="python3", extra_arguments=warm,
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
