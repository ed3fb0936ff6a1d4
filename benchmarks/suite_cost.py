"""What the test suite costs, in figures that do not depend on how loaded the machine is.

Runs pytest (the whole suite, or the files given) with a probe on ``PYTHONPATH``
(benchmarks/suite_cost_probe: ``sitecustomize`` counts the pipeline's expensive calls in every
Python process of the session, the pytest plugin times each test) and prints:

- the CPU seconds of the whole session (pytest and every process it waited for: background
  jobs, notebook kernels, CLI subprocesses) and its wall seconds with the load average,
- how many times the whole demo pipeline ran (an ingest of the full demo study starts each
  one: ``run``, a notebook, a test ingesting the demo), and each stage's calls on the whole
  demo study,
- CPU seconds per test file (the pytest process's own, fixtures included) and per
  background process.

CPU seconds are the figure to compare between two runs on a shared machine: wall seconds
grow with the other users' load, CPU seconds barely do.

    python benchmarks/suite_cost.py                      # the whole suite, one pytest session
    python benchmarks/suite_cost.py tests/test_run.py    # some files, one session
    python benchmarks/suite_cost.py --per-file tests/test_run.py tests/test_topics.py
    python benchmarks/suite_cost.py --log cost.jsonl     # keep the raw log (one JSON line per call)
    python benchmarks/suite_cost.py --summarise cost.jsonl   # print the figures of a kept log

``--root`` measures another checkout (e.g. an older commit, to compare with): its package and
tests are used, with this probe.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
PROBE = HERE / "suite_cost_probe"
# the whole demo study: an ingest of corpora/psilocybin-demo, or a table of its 4,709 segments
# in 168 documents named like P01_dosing1 (a cut-down copy has far fewer; AnnoMI has other names)
DEMO_DOCS = 160
DEMO_DOC_ID = re.compile(r"P\d\d_")
STAGE_FNS = {  # probe function -> stage name in the table
    "qualalliance.run.run_study": "run_study",
    "qualalliance.ingest.ingest": "ingest",
    "qualalliance.coding.coder.code_segments": "code",
    "qualalliance.alliance.score.score_alliance": "alliance",
    "qualalliance.topics.discover.discover_topics": "topics",
    "qualalliance.topics.discover._fit_bertopic": "BERTopic fit",
    "qualalliance.link.link.link": "link",
    "qualalliance.report.render.render_report": "report",
    "qualalliance.coding.coder.make_coding_pipeline": "coding pipeline build (spaCy)",
    "qualalliance.coding.model.load_theme_model": "theme model load",
    "qualalliance.learn.embedding.embed_texts": "sentence embedding",
}


def run_pytest(root: Path, args: list[str], log: Path) -> dict:
    """One pytest session with the probe; its wall seconds, CPU seconds (pytest and every
    descendant it waited for) and exit code."""
    env = dict(os.environ, SUITE_COST_LOG=str(log),
               PYTHONPATH=os.pathsep.join(p for p in (str(PROBE), str(root), os.environ.get("PYTHONPATH")) if p))
    cmd = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-p", "suite_cost_plugin", *args]
    load0 = os.getloadavg()[0]
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=root, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    output = proc.stdout.read()
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - t0
    proc.returncode = os.waitstatus_to_exitcode(status)
    tail = [line for line in output.splitlines() if line.strip()][-1:] or [""]
    return {"args": args, "wall": wall, "cpu": usage.ru_utime + usage.ru_stime, "exit": proc.returncode,
            "load": (load0, os.getloadavg()[0]), "summary": tail[0]}


def read_log(log: Path) -> list[dict]:
    return [json.loads(line) for line in log.read_text(encoding="utf-8").splitlines() if line.strip()]


def demo_size(rec: dict) -> bool:
    if rec.get("demo_source"):  # ingest or run of the demo folder that ingested all of it
        return (rec.get("rows_out") or 0) > 4000
    return (rec.get("docs") or 0) >= DEMO_DOCS and bool(DEMO_DOC_ID.match(rec.get("first_doc") or ""))


def process_kind(argv: str) -> str:
    if "pytest" in argv:
        return "pytest (tests, fixtures)"
    if "tests.bgjob" in argv or "tests/bgjob.py" in argv:
        return "background jobs (tests/bgjob.py)"
    if "ipykernel" in argv:
        return "notebook kernels"
    return "other subprocesses (CLI, generators)"


def summarise(records: list[dict]) -> str:
    lines = []
    calls = [r for r in records if r["fn"] in STAGE_FNS]
    kinds_by_pid = {r["pid"]: process_kind(r["argv"]) for r in records if r["fn"] == "<process>"}
    ingests = [r for r in calls if STAGE_FNS[r["fn"]] == "ingest" and demo_size(r)]
    runs = [r for r in calls if STAGE_FNS[r["fn"]] == "run_study" and demo_size(r)]
    lines.append(f"ingests of the whole demo study (every demo pipeline starts with one): {len(ingests)}, "
                 f"of which in a whole `run`: {len(runs)}")
    by_where = Counter(_where(r, kinds_by_pid) for r in ingests)
    for where, n in sorted(by_where.items()):
        lines.append(f"  {n:3d}  {where}")
    lines.append("")
    lines.append(f"{'call':30s} {'all':>5s} {'CPU s':>7s} {'on whole demo':>14s} {'CPU s':>7s}")
    for fn, name in STAGE_FNS.items():
        these = [r for r in calls if r["fn"] == fn]
        demo = [r for r in these if demo_size(r)]
        lines.append(f"{name:30s} {len(these):5d} {sum(r['cpu'] for r in these):7.1f} {len(demo):14d} "
                     f"{sum(r['cpu'] for r in demo):7.1f}")
    lines.append("(CPU s of a call includes the calls it makes: run_study holds its stages)")
    lines.append("")
    procs = [r for r in records if r["fn"] == "<process>"]
    kinds = defaultdict(lambda: [0, 0.0])
    for r in procs:
        k = kinds[process_kind(r["argv"])]
        k[0] += 1
        k[1] += r["cpu"]
    lines.append("CPU seconds by process kind (own CPU; the processes that exited normally):")
    for kind, (n, cpu) in sorted(kinds.items(), key=lambda kv: -kv[1][1]):
        lines.append(f"  {cpu:8.1f}  {kind} ({n} process{'es' if n != 1 else ''})")
    tests = [r for r in records if r["fn"] == "<test>"]
    files = defaultdict(lambda: [0, 0.0, 0.0])
    for r in tests:
        f = files[r["nodeid"].split("::")[0]]
        f[0] += 1
        f[1] += r["cpu"]
        f[2] += r["wall"]
    outcomes = Counter(r["outcome"] for r in records if r["fn"] == "<outcome>")
    lines.append("")
    lines.append(f"tests: {len(tests)} ({', '.join(f'{n} {o}' for o, n in sorted(outcomes.items()))})")
    lines.append("pytest-process CPU and wall seconds per test file (fixtures included; the background "
                 "jobs' CPU is above):")
    for name, (n, cpu, wall) in sorted(files.items(), key=lambda kv: -kv[1][1]):
        lines.append(f"  {cpu:7.1f} CPU {wall:7.1f} wall  {n:4d} tests  {name}")
    return "\n".join(lines)


def _where(rec: dict, kinds_by_pid: dict) -> str:
    if rec.get("test"):
        return rec["test"].split("::")[0] + " (in the test process)"
    return f"{kinds_by_pid.get(rec['pid'], 'a process killed before it exited')} (pid {rec['pid']})"


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("files", nargs="*", help="test files (default: the whole suite)")
    ap.add_argument("--per-file", action="store_true", help="one pytest session per file")
    ap.add_argument("--root", type=Path, default=ROOT, help="the checkout to measure (default: this one)")
    ap.add_argument("--log", type=Path, help="keep the raw JSON-lines log here")
    ap.add_argument("--summarise", type=Path, metavar="LOG", help="only print the figures of a kept log")
    args = ap.parse_args(argv)
    if args.summarise:
        print(summarise(read_log(args.summarise)))
        return 0
    root = args.root.resolve()
    sessions = [[f] for f in args.files] if args.per_file else [list(args.files)]
    print(f"test-suite cost of {root} ({os.cpu_count()} CPU(s), Python {sys.version.split()[0]})")
    with tempfile.TemporaryDirectory(prefix="suite-cost-") as tmp:
        log = args.log.resolve() if args.log else Path(tmp) / "cost.jsonl"
        code = 0
        for files in sessions:
            r = run_pytest(root, files, log)
            code = code or r["exit"]
            print(f"{' '.join(files) or 'whole suite'}: {r['cpu']:.1f} CPU s, {r['wall']:.1f} wall s "
                  f"(load average {r['load'][0]:.1f} -> {r['load'][1]:.1f}), exit {r['exit']}: {r['summary']}")
        print()
        print(summarise(read_log(log)))
    return code


if __name__ == "__main__":
    sys.exit(main())
