"""pytest plugin for benchmarks/suite_cost.py (``-p suite_cost_plugin``): the pytest process's own
CPU and wall seconds per test file, set-up and teardown of fixtures included, written as JSON
lines to ``SUITE_COST_LOG`` (CPU of a background process is in its own ``<process>`` line)."""

from __future__ import annotations

import json
import os
import time

import pytest


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_protocol(item, nextitem):
    cpu0, wall0 = time.process_time(), time.perf_counter()
    yield
    with open(os.environ["SUITE_COST_LOG"], "a", encoding="utf-8") as fh:
        fh.write(json.dumps({"fn": "<test>", "nodeid": item.nodeid, "pid": os.getpid(),
                             "cpu": round(time.process_time() - cpu0, 3),
                             "wall": round(time.perf_counter() - wall0, 3)}) + "\n")


def pytest_runtest_logreport(report):
    if report.when == "call" or (report.when == "setup" and report.outcome != "passed"):
        with open(os.environ["SUITE_COST_LOG"], "a", encoding="utf-8") as fh:
            fh.write(json.dumps({"fn": "<outcome>", "nodeid": report.nodeid, "outcome": report.outcome}) + "\n")
