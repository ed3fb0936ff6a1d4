"""Shared test fixtures: paths, the ../shared data folder, a no-network guard, and the
session's shared end-to-end work (the demo run, a second run, the executed notebooks)."""

from __future__ import annotations

import os
import socket
from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import settings

ROOT = Path(__file__).resolve().parents[1]
SHARED = (ROOT / ".." / "shared").resolve()
ANNOMI = SHARED / "corpora-external" / "annomi" / "AnnoMI-simple.dev.csv"
MIBOT = SHARED / "corpora-external" / "mibot"
SAMPLE = ROOT / "corpora" / "sample-mixed"
DEMO = ROOT / "corpora" / "psilocybin-demo"


def pytest_configure(config: pytest.Config) -> None:
    # Property tests check what a parser returns, not how fast: hypothesis's default 200 ms deadline per example
    # failed one of them on a loaded two-core machine (speed targets live in benchmarks/, not in unit tests).
    settings.register_profile("qualalliance", deadline=None)
    settings.load_profile("qualalliance")


def need_shared(path: Path) -> Path:
    if not path.exists():
        pytest.skip(f"{path} is absent (../shared not checked out beside the repo)")
    return path


def block_network(mp: pytest.MonkeyPatch) -> list:
    """Make every socket connection fail loudly; returns the list of attempts."""
    attempts = []

    def guard(self, *args, **kwargs):
        attempts.append(args)
        raise RuntimeError(f"network access attempted: {args}")

    mp.setattr(socket.socket, "connect", guard)
    mp.setattr(socket.socket, "connect_ex", guard)
    mp.setattr(socket, "create_connection", lambda *a, **k: guard(None, *a))
    return attempts


@pytest.fixture
def no_network(monkeypatch):
    """Fail the test if anything tries to open a network connection."""
    return block_network(monkeypatch)


# One thread per process for torch, BLAS and OpenMP (unless the environment says otherwise):
# the session runs up to three busy processes at once (pytest and the background jobs below),
# and on a shared 2-core machine two threads each spin on cores the others hold; measured:
# one thread embeds the same turns with less than half the CPU seconds and wall time.
# Set before any test module imports numpy or torch; the background processes and notebook
# kernels inherit it.
THREAD_LIMITS = ("OMP_NUM_THREADS", "MKL_NUM_THREADS", "OPENBLAS_NUM_THREADS")


def pytest_configure(config):
    for var in THREAD_LIMITS:
        os.environ.setdefault(var, "1")


# ----------------------------------------------------------------------------- the slow end-to-end work
# One demo run shared by every test that reads a full run, a second one only for the
# byte-identity test, and the executed notebooks: started in the background as soon as
# the selected tests are known, with the test files that wait for them moved last
# (tests/background.py).

def pytest_collection_modifyitems(session, config, items):
    from .background import Background, run_last, wanted_jobs

    jobs = wanted_jobs(items)
    if jobs and not config.option.collectonly:
        config.qualalliance_background = Background()
        config.qualalliance_background.start(jobs)
    run_last(items)


def pytest_unconfigure(config):
    background = getattr(config, "qualalliance_background", None)
    if background is not None:
        background.stop()


def _background(request):
    from .background import Background

    config = request.config
    if getattr(config, "qualalliance_background", None) is None:
        config.qualalliance_background = Background()
    return config.qualalliance_background


@dataclass(frozen=True)
class RunOutput:
    """A `qualalliance run` of the demo study: its folder and what the command printed."""

    out: Path
    exit_code: int
    output: str
    attempts: list  # network connections tried (the run is offline: must be empty)
    traceback: str = ""


def _demo_run(request, job: str) -> RunOutput:
    result, folder = _background(request).result(job)
    return RunOutput(folder / "run", result["exit_code"], result["output"], result["attempts"], result["traceback"])


@pytest.fixture(scope="session")
def demo_run(request) -> RunOutput:
    """`qualalliance run corpora/psilocybin-demo`, once per session (read only: do not write into it)."""
    return _demo_run(request, "demo-run")


@pytest.fixture(scope="session")
def demo_run_again(request) -> RunOutput:
    """A second, independent run of the demo study, for the byte-identity test only."""
    return _demo_run(request, "demo-run-again")


@pytest.fixture(scope="session")
def executed_notebooks(request) -> dict[str, dict]:
    """notebook file name -> {"executed": path of the executed copy, "error": "" or the failure}."""
    return _background(request).result("notebooks")[0]
