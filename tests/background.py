"""The suite's slow end-to-end work, started once per session in background processes.

The demo run (shared by every test that reads a full run), the second demo run (only
for the byte-identity test) and the notebooks take most of the suite's time and need
no test's state.  ``conftest.pytest_collection_modifyitems`` starts the ones the
selected tests use as soon as collection ends, in two chains (each chain one process
running its jobs in order), so they run beside the quick tests on a 2-core machine,
and moves the test files that wait for a job after all the others (:func:`run_last`);
the session fixtures in ``conftest`` wait for their job's result.  Jobs still running
when the session ends are stopped.  The jobs are in tests/bgjob.py.

The chains: the demo run, then the notebooks, whose kernels start with the demo run's
sentence embeddings (the theme coder's second stage embeds every turn; the notebooks
code the same demo turns, and embedding them in each kernel cost most of the
notebooks' time); the second demo run alone in its own process, so it embeds, codes
and writes everything itself, as a user's second run would.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEMO = ROOT / "corpora" / "psilocybin-demo"
NOTEBOOKS = sorted((ROOT / "notebooks").glob("*.ipynb"))

# fixture -> job; the jobs of a chain run one after another in one process
FIXTURE_JOBS = {"demo_run": "demo-run", "demo_run_again": "demo-run-again", "executed_notebooks": "notebooks"}
CHAINS = (("demo-run", "notebooks"), ("demo-run-again",))
# the order the jobs finish in (the notebooks wait for the demo run): test files that wait
# for a later one run later
FINISH_ORDER = ("demo-run", "demo-run-again", "notebooks")
EMBEDDINGS = "embeddings.pkl"  # the demo run's sentence embeddings, handed to the notebook kernels


@dataclass
class Background:
    base: Path = field(default_factory=lambda: Path(tempfile.mkdtemp(prefix="qualalliance-tests-")))
    procs: dict[str, subprocess.Popen] = field(default_factory=dict)  # job -> the process running it

    def folder(self, job: str) -> Path:
        return self.base / job

    def _spec(self, job: str, chain: list[str]) -> list[str]:
        folder = self.folder(job)
        folder.mkdir(parents=True, exist_ok=True)
        result = str(folder / "result.json")
        embeddings = str(self.folder("demo-run") / EMBEDDINGS)
        if job == "notebooks":  # warm kernels only after the demo run of the same chain
            warm = embeddings if "demo-run" in chain[:chain.index(job)] else ""
            return ["notebooks", str(folder), result, warm, *map(str, NOTEBOOKS)]
        keep = embeddings if job == "demo-run" and "notebooks" in chain else ""
        return ["run", str(DEMO), str(folder / "run"), result, keep]

    def start(self, jobs) -> None:
        """Start one process per chain holding any of *jobs*."""
        for chain in CHAINS:
            todo = [j for j in chain if j in jobs and j not in self.procs]
            if todo:
                self._launch(todo)

    def _launch(self, jobs: list[str]) -> None:
        spec = self.base / f"{'+'.join(jobs)}.json"
        spec.write_text(json.dumps([self._spec(j, jobs) for j in jobs]), encoding="utf-8")
        with open(spec.with_suffix(".log"), "wb") as log:
            proc = subprocess.Popen([sys.executable, "-m", "tests.bgjob", "chain", str(spec)], cwd=ROOT,
                                    stdout=log, stderr=subprocess.STDOUT)
        self.procs.update({j: proc for j in jobs})

    def result(self, job: str, timeout: float = 1200) -> tuple[dict, Path]:
        """Wait for *job* (starting it if no chain did) and return its result and its folder."""
        if job not in self.procs:
            self._launch([job])
        result, proc = self.folder(job) / "result.json", self.procs[job]
        deadline = time.monotonic() + timeout
        while not result.is_file():
            if proc.poll() is not None and not result.is_file():
                logs = "".join(p.read_text(errors="replace") for p in self.base.glob("*.log"))
                raise RuntimeError(f"background job {job!r} ended without a result:\n{logs[-4000:]}")
            if time.monotonic() > deadline:
                raise TimeoutError(f"background job {job!r} took more than {timeout:.0f}s")
            time.sleep(0.2)
        return json.loads(result.read_text(encoding="utf-8")), self.folder(job)

    def stop(self) -> None:
        for proc in set(self.procs.values()):
            if proc.poll() is None:
                proc.kill()
                proc.wait()
        shutil.rmtree(self.base, ignore_errors=True)


def _jobs_of(item) -> set[str]:
    return {FIXTURE_JOBS[f] for f in getattr(item, "fixturenames", ()) if f in FIXTURE_JOBS}


def wanted_jobs(items) -> set[str]:
    """The jobs the selected test items' fixtures need."""
    return set().union(*map(_jobs_of, items)) if items else set()


def run_last(items: list) -> None:
    """Reorder *items* in place: the test files that wait for a background job after all the
    others, those waiting for a job that finishes later after those waiting for an earlier one.

    Whole files move (their tests stay together and in order, so module fixtures are made
    once): the quick tests no longer wait behind a test blocked on the demo run, and the
    jobs have the quick tests' time to finish.
    """
    rank: dict[str, int] = {}
    for item in items:
        file = item.nodeid.split("::")[0]
        later = [FINISH_ORDER.index(j) + 1 for j in _jobs_of(item)]
        rank[file] = max([rank.get(file, 0), *later])
    order = {id(item): i for i, item in enumerate(items)}
    items.sort(key=lambda item: (rank[item.nodeid.split("::")[0]], order[id(item)]))
