"""deid's finding on processes forked here (qualalliance/deid/pool.py, docs/deid.md "Speed"): the
tables are those of finding in this process, and the pool is used only where forking pays and works."""

from __future__ import annotations

import multiprocessing
import os
import subprocess
import sys
import threading

import pandas as pd
import pytest
from pandas.testing import assert_frame_equal

from qualalliance.deid import pool
from qualalliance.deid.engine import Deidentifier
from qualalliance.deid.pseudonyms import PseudonymMap
from qualalliance.deid.tables import deidentify_tables
from qualalliance.engine import EngineError

RESULT_TABLES = ("segments", "documents", "rejects", "log", "excluded")


def _study(n_docs: int = 10):
    """Hand-made SYNTHETIC sessions: a name learnt in the first document ("my sister Hope") is found in
    the last ones, which another process finds; one document's offsets do not fit (it is excluded)."""
    seg_rows, doc_rows = [], []
    turns = [("Therapist", "Welcome back. How was the week?"),
             ("Client", "My sister Hope drove up from Duluth on March 4th with Will Hartley."),
             ("Client", "Hope is well. Call 218-555-0147 or mail ingrid.k@mailbox.org, okay?")]
    for d in range(n_docs):
        doc_id, text = f"P{d:02d}_s1", ""
        body_turns = turns[1:] if d == 0 else [turns[0], turns[2]]
        for n, (speaker, body) in enumerate(body_turns):
            text += f"{speaker}: "
            seg_rows.append({"doc_id": doc_id, "participant_id": f"P{d:02d}", "turn": n, "speaker": speaker,
                             "role": "participant", "text": body, "start_char": len(text),
                             "end_char": len(text) + len(body) + (10_000 if d == 3 else 0)})
            text += body + "\n"
        doc_rows.append({"doc_id": doc_id, "path": f"study/{doc_id}.txt", "n_turns": len(body_turns), "sha256": "",
                         "text": text})
    return pd.DataFrame(seg_rows), pd.DataFrame(doc_rows)


def _deidentify(ner: str):
    segs, docs = _study()
    deid = Deidentifier(ner=ner)
    return deidentify_tables(segs, docs, None, deid, PseudonymMap(), mode="surrogate", dates="shift",
                             offsets=iter(range(31, 99)).__next__), deid


_CHILD = "QUALALLIANCE_POOL_TEST_CHILD"


def _forking_here(request) -> bool:
    """Whether this test may fork here.  Forking a process that runs other threads is unsafe, and the full
    suite's session fixtures start some: there the test runs again in a fresh interpreter (one thread),
    and passes or fails with it, so the pool is tested in every run, not skipped."""
    if threading.active_count() == 1:
        return True
    if os.environ.get(_CHILD):
        pytest.fail("a fresh pytest process runs other threads: the pool cannot be tested by forking")
    r = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", request.node.nodeid],
                       cwd=request.config.rootpath, env={**os.environ, _CHILD: "1"}, capture_output=True,
                       text=True, timeout=900)
    assert r.returncode == 0, f"in a fresh process:\n{r.stdout[-3000:]}\n{r.stderr[-2000:]}"
    return False


def _force_pool(monkeypatch) -> list:
    """The pool from here on for any study size; the maps it runs, listed."""
    maps = []
    monkeypatch.setattr(pool, "pool_processes", lambda words: 2)
    plain_map = pool.ForkPool.map
    monkeypatch.setattr(pool.ForkPool, "map", lambda self, stage, fn, parts, *args, **kw:
                        maps.append((stage, fn.__name__, len(parts))) or plain_map(self, stage, fn, parts, *args, **kw))
    return maps


@pytest.mark.parametrize("ner", ["off", "auto"])
def test_the_tables_are_those_of_finding_in_this_process(monkeypatch, request, ner):
    if not _forking_here(request):
        return
    here, here_deid = _deidentify(ner)
    maps = _force_pool(monkeypatch)
    forked, forked_deid = _deidentify(ner)
    assert maps == [("deid", "deid_learn_task", 8), ("deid", "deid_find_task", 8)]  # 4 partitions a process
    for name in RESULT_TABLES:
        assert_frame_equal(getattr(forked, name), getattr(here, name), obj=name)
    assert list(forked_deid.known.types.items()) == list(here_deid.known.types.items())
    assert forked_deid.ner_model == here_deid.ner_model
    # what the tables hold, so that equal means right: Hope learnt in P00 is found in P09, P03 excluded
    text = "".join(forked.documents["text"])
    assert "Hope" not in text and "Duluth" not in text and "218-555-0147" not in text
    assert forked.excluded["doc_id"].tolist() == ["P03_s1"]
    assert len(forked.documents) == 9


def _exit_now(_part):
    import os

    os._exit(9)


def test_a_process_that_dies_fails_the_stage_with_one_line(request):
    if not _forking_here(request):
        return
    forked = pool.ForkPool(1)
    try:
        with pytest.raises(EngineError, match="^deid: a process finding identifiers on this machine's other core died"):
            forked.map("deid", _exit_now, [0])
    finally:
        forked.close()


@pytest.mark.parametrize("words, cores, load, daemon, threads, expected", [
    (1_000_000, 2, 1.0, False, 1, 2),
    (1_000_000, 8, 1.0, False, 1, pool.MAX_PROCESSES),
    (pool.MIN_WORDS - 1, 2, 1.0, False, 1, 0),   # too small to pay for the fork
    (1_000_000, 1, 0.0, False, 1, 0),            # one core: nothing to gain
    (1_000_000, 2, 1.6, False, 1, 0),            # no idle core: a second process only adds its cost
    (1_000_000, 2, 1.0, True, 1, 0),             # a daemon (a pool's or cluster's worker) may have no children
    (1_000_000, 2, 1.0, False, 2, 0),            # another thread: forking could copy a lock it holds
])
def test_the_pool_is_used_only_where_forking_pays_and_works(monkeypatch, words, cores, load, daemon, threads, expected):
    monkeypatch.setattr(pool.os, "sched_getaffinity", lambda pid: set(range(cores)))
    monkeypatch.setattr(pool.os, "getloadavg", lambda: (load, load, load))
    monkeypatch.setattr(multiprocessing.current_process(), "_config", {"daemon": daemon}, raising=False)
    monkeypatch.setattr(pool.threading, "active_count", lambda: threads)
    monkeypatch.setattr(pool.sys, "platform", "linux")
    assert pool.pool_processes(words) == expected


def _pid(_part):
    import os
    import time

    time.sleep(0.2)  # equal tasks: the processes share them evenly, and none is left idle for a whole task
    return os.getpid()


def _fail(part):
    raise ValueError(f"bad partition {part}")


def test_a_later_map_with_the_same_affinity_runs_each_partition_where_the_first_ran_it(request):
    """(fourth speed pass) deid's find pass runs a partition on the process that learnt it (its span cache)."""
    if not _forking_here(request):
        return
    forked = pool.ForkPool(2)
    try:
        first = forked.map("deid", _pid, list(range(8)), affinity="docs")
        assert len(set(first)) <= 2 and os.getpid() not in first
        assert forked.map("deid", _pid, list(range(8)), affinity="docs") == first
        assert len(forked.map("deid", _pid, list(range(3)), affinity="docs")) == 3  # other partitions: any process
        with pytest.raises(ValueError, match="bad partition 3"):  # a task's error is raised here, as an executor's
            forked.map("deid", _fail, [3])
    finally:
        forked.close()


# ----------------------------------------------------------------------------- review 18: the pool's failure paths

def _fail_or_slow(part):
    import time

    if part == "fail":
        raise ValueError("bad partition")
    time.sleep(0.5)  # still running when the other partition's error reaches the driver
    return f"old {part}"


def _same(part):
    return part


def test_a_pool_whose_map_failed_gives_no_stale_answer_to_a_later_map(request):
    """A map raised while the other process still ran its task; a later map on the same pool took that old
    answer as its own partition's (found spans of other documents).  Now the pool refuses further maps."""
    if not _forking_here(request):
        return
    forked = pool.ForkPool(2)
    try:
        with pytest.raises(ValueError, match="bad partition"):
            forked.map("deid", _fail_or_slow, ["fail", "slow"])
        with pytest.raises(EngineError, match="an earlier map failed"):
            forked.map("deid", _same, ["a", "b"])
    finally:
        forked.close()
    assert all(p.exitcode is not None for p in forked._procs)  # none left running nor a zombie


def _missing(_part):
    raise FileNotFoundError(2, "No such file")


def test_a_task_s_own_os_error_is_raised_as_itself_not_as_a_dead_process(request):
    """A task that raised OSError (a file not found) was reported as a process that died (out of memory?)."""
    if not _forking_here(request):
        return
    forked = pool.ForkPool(2)
    try:
        with pytest.raises(FileNotFoundError):
            forked.map("deid", _missing, [1])
    finally:
        forked.close()


class _NeedsTwo(Exception):
    def __init__(self, a, b):  # pickles, but cannot be rebuilt from its args alone: unpickling it fails
        super().__init__(a)
        self.b = b


def _odd(_part):
    raise _NeedsTwo("x", "y")


def test_an_exception_that_cannot_be_rebuilt_here_fails_the_map_with_its_type(request):
    """A task's exception that pickles but cannot be unpickled here raised a TypeError about its __init__."""
    if not _forking_here(request):
        return
    forked = pool.ForkPool(2)
    try:
        with pytest.raises(RuntimeError, match="_NeedsTwo"):
            forked.map("deid", _odd, [1])
    finally:
        forked.close()


def _big(part):
    return "x" * (8 << 20) + str(part)  # 8 MB: many times a pipe's buffer


def test_large_answers_and_a_forked_process_that_fails_to_start(request, monkeypatch):
    """Answers far larger than a pipe's buffer come back whole (no deadlock); a pool whose second process
    cannot be started leaves no process running and the garbage collector unfrozen."""
    if not _forking_here(request):
        return
    forked = pool.ForkPool(2)
    try:
        assert [len(r) for r in forked.map("deid", _big, list(range(4)))] == [(8 << 20) + 1] * 4
    finally:
        forked.close()
    import gc

    before = set(multiprocessing.active_children())
    started = []
    plain_start = multiprocessing.context.ForkProcess.start

    def start(self):
        if started:
            raise OSError(11, "Resource temporarily unavailable")  # fork's EAGAIN
        started.append(self)
        plain_start(self)

    monkeypatch.setattr(multiprocessing.context.ForkProcess, "start", start)
    with pytest.raises(OSError):
        pool.ForkPool(2)
    assert gc.get_freeze_count() == 0
    assert set(multiprocessing.active_children()) == before and started[0].exitcode is not None
