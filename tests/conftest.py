"""Shared test fixtures: paths, the ../shared data folder, and a no-network guard."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = (ROOT / ".." / "shared").resolve()
ANNOMI = SHARED / "corpora-external" / "annomi" / "AnnoMI-simple.dev.csv"
MIBOT = SHARED / "corpora-external" / "mibot"
SAMPLE = ROOT / "corpora" / "sample-mixed"
DEMO = ROOT / "corpora" / "psilocybin-demo"


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
