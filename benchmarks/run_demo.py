"""Time the main job: `qualalliance run` on the shipped (synthetic) demo study, stage by stage.

Target (issue 8): the whole run, from a fresh Python process to the finished report,
under 60 seconds on a 2-core machine.  Each repetition runs in a new process, as a
user's command does, so import costs (spaCy, BERTopic) count.

    python benchmarks/run_demo.py [--repeat N] [-o OUT]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from qualalliance.catalog import manifest_path  # light imports: no spaCy or BERTopic
from qualalliance.stages import STAGES

ROOT = Path(__file__).resolve().parents[1]
DEMO = ROOT / "corpora" / "psilocybin-demo"
TARGET_S = 60.0


def one_run(out: Path) -> tuple[float, dict]:
    t0 = time.perf_counter()
    subprocess.run([sys.executable, "-m", "qualalliance", "run", str(DEMO), "-o", str(out)],
                   check=True, stdout=subprocess.DEVNULL, cwd=ROOT)
    wall = time.perf_counter() - t0
    manifest = json.loads(manifest_path(out).read_text(encoding="utf-8"))
    return wall, manifest["timings_s"]


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=1, help="runs to time (default 1)")
    ap.add_argument("-o", "--out", type=Path, help="keep the last run's outputs here")
    args = ap.parse_args(argv)
    print(f"qualalliance run on {DEMO.relative_to(ROOT)} (SYNTHETIC demo study); "
          f"{os.cpu_count()} CPU(s), Python {sys.version.split()[0]}")
    walls, timings = [], []
    with tempfile.TemporaryDirectory(prefix="qa-run-") as tmp:
        for i in range(args.repeat):
            out = args.out if (args.out and i == args.repeat - 1) else Path(tmp) / f"run{i}"
            wall, t = one_run(out)
            walls.append(wall)
            timings.append(t)
    print(f"{'stage':<10} " + " ".join(f"{'run ' + str(i + 1):>8}" for i in range(len(walls))))
    for stage in STAGES:
        print(f"{stage:<10} " + " ".join(f"{t.get(stage, float('nan')):>7.1f}s" for t in timings))
    startup = [w - sum(t.values()) for w, t in zip(walls, timings)]
    print(f"{'start-up':<10} " + " ".join(f"{s:>7.1f}s" for s in startup) + "   (interpreter, imports, study load)")
    print(f"{'total':<10} " + " ".join(f"{w:>7.1f}s" for w in walls))
    best = min(walls)
    verdict = "meets" if best < TARGET_S else "MISSES"
    print(f"best wall time {best:.1f}s: {verdict} the {TARGET_S:.0f} s target")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
