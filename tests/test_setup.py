"""scripts/setup.sh reinstalls only when something it installs from changed, and the README's
quickstart says what the browser test needs (issue 14 item 8)."""

from __future__ import annotations

import os
import shutil
import subprocess

import pytest

from .conftest import ROOT

pytestmark = pytest.mark.skipif(shutil.which("bash") is None or shutil.which("cksum") is None,
                                reason="needs bash and cksum")

FAKE_PYTHON = """#!/bin/sh
echo "$@" >> "{log}"
case "$*" in *"import qualalliance"*) [ -f "{broken}" ] && exit 1 ;; esac
exit 0
"""


@pytest.fixture
def checkout(tmp_path):
    """A copy of setup.sh and pyproject.toml with a venv whose python only logs its arguments."""
    (tmp_path / "scripts").mkdir()
    shutil.copy(ROOT / "scripts" / "setup.sh", tmp_path / "scripts" / "setup.sh")
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    python = tmp_path / "venv" / "bin" / "python"
    python.parent.mkdir(parents=True)
    python.write_text(FAKE_PYTHON.format(log=tmp_path / "calls.log", broken=tmp_path / "broken"))
    python.chmod(0o755)
    return tmp_path


def setup(checkout, **env) -> list[str]:
    """Run setup.sh; the pip installs it made."""
    log = checkout / "calls.log"
    log.unlink(missing_ok=True)
    r = subprocess.run(["bash", str(checkout / "scripts" / "setup.sh")], capture_output=True, text=True,
                       env={**os.environ, "QUALALLIANCE_VENV": "venv", **env}, timeout=60)
    assert r.returncode == 0, r.stderr
    calls = log.read_text().splitlines() if log.exists() else []
    return [c for c in calls if c.startswith("-m pip install")]


def test_setup_skips_the_reinstall_when_nothing_changed(checkout):
    assert len(setup(checkout)) == 3  # pip, torch, the package
    assert setup(checkout) == []
    assert len(setup(checkout, QUALALLIANCE_REINSTALL="1")) == 3
    with (checkout / "pyproject.toml").open("a") as f:
        f.write("\n# a changed dependency list\n")
    assert len(setup(checkout)) == 3
    assert setup(checkout) == []
    (checkout / "broken").touch()  # the package no longer imports: reinstall
    assert len(setup(checkout)) == 3


def test_readme_quickstart_says_the_browser_test_needs_chromium():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    quickstart = readme.split("## Quickstart", 1)[1].split("\n## ", 1)[0]
    assert "chromium" in quickstart and "apt" in quickstart and "skipped" in quickstart
