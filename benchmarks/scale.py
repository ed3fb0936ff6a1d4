"""Scale-out: words/s of ingest + code + alliance (and deid) on 1 and 2 Dask workers, speed-up,
peak memory per worker at two corpus sizes, and an extrapolation to 10^9 words.

    /work/main/.venv/bin/python benchmarks/scale.py [--sizes 1000000 10000000] [--workers 1 2] [--no-deid]
        [--deid-ner auto|on|off]

The corpus is SYNTHETIC: the demo study's generator (corpora/psilocybin-demo/generate.py)
run with seeds 1, 2, 3 ... until the transcripts hold the wanted number of words, each
copy's files renamed P<copy><participant>_<session> so document ids stay unique, written
into a temporary folder (deleted afterwards).  Its mix of formats is the demo's (.txt,
.docx, .vtt, .csv).  Nothing it shows is a clinical finding.

For each size and worker count a fresh LocalCluster (worker processes on 127.0.0.1, no
dashboard) runs ingest, code (the rules layer: theme_model none; the second stage is
off) and alliance (with ruptures) through the dask engine, in memory (no tables written),
then deid (pseudonyms, a fresh map, the named-entity recogniser as --deid-ner says, default auto as
in the deid stage; unless --no-deid) on the same segments, timed on its
own (its words/s is not part of the three stages' figure, so that stays comparable): wall
seconds, the seconds inside the engine's map (the workers' share, both passes) and the
driver's rest (replacing, numbering, ids), CPU seconds of the workers and of the driver
(words per CPU second is what other jobs on a shared machine do not inflate), and the
same corpus's deid on the local engine (this process) for comparison.
Printed: seconds per stage, words/s, words/s per worker, the speed-up of 2 workers over
1, each worker's peak resident memory (VmHWM, read on the worker, before deid) and the driver's,
the 1-min load average when each run started (the machine may be shared), and an
extrapolation to 10^9 words with its assumptions.  Targets (issue #19): 2 workers >= 1.7x
one worker; peak memory per worker within 1.3x from the smaller to the larger size.
"""

from __future__ import annotations

import argparse
import importlib.util
import logging
import os
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))

GENERATOR = ROOT / "corpora" / "psilocybin-demo" / "generate.py"


def _generator():
    sys.dont_write_bytecode = True  # the generator's folder stays free of __pycache__
    spec = importlib.util.spec_from_file_location("psilodemo_generate", GENERATOR)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def generate(folder: Path, words: int) -> tuple[int, int]:
    """Write SYNTHETIC transcripts of at least *words* words into *folder*: (words, files)."""
    gen = _generator()
    folder.mkdir(parents=True, exist_ok=True)
    total = files = 0
    copy = 0
    while total < words:
        copy += 1
        built, _ = gen.build(copy)
        sub = folder / f"copy{copy:03d}"
        sub.mkdir()
        for rel, data in sorted(built.items()):
            if not rel.startswith("transcripts/"):
                continue
            name = Path(rel).name  # P07_dosing1.txt -> P00307_dosing1.txt (copy 3)
            (sub / f"P{copy:03d}{name[1:]}").write_bytes(data)
            files += 1
        total += _count_words(sub)
    return total, files


def _count_words(folder: Path) -> int:
    """Words of the ingested turns (what the stages read), not of the raw files."""
    from qualalliance.ingest import ingest

    logging.getLogger("qualalliance").setLevel(logging.ERROR)
    seg = ingest([(str(folder), "transcript")], name_pattern=None).segments
    return int(seg["text"].str.count(r"\S+").sum())


def _peak_mb() -> float:
    """This process's own peak resident memory: VmHWM.  Not ru_maxrss: Linux carries it over
    fork and exec, so a worker started by a driver holding 1.3 GB reports 1.3 GB at least."""
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # elsewhere (macOS: bytes, not KiB)


def measure(folder: Path, words: int, workers: int, deid: str | None = "auto") -> dict:
    """Time ingest, code and alliance (then deid) on a fresh cluster of *workers* worker processes."""
    from qualalliance.coding import code_segments
    from qualalliance.engine import EngineParams, open_engine
    from qualalliance.engine.tasks import alliance_on_engine
    from qualalliance.ingest import ingest

    load = os.getloadavg()[0]
    params = EngineParams(engine="dask", workers=workers, processes=True)
    with open_engine(params) as engine:
        engine.client.run(lambda: logging.getLogger("qualalliance").setLevel(logging.ERROR))
        t0 = time.perf_counter()
        ingested = ingest([(str(folder), "transcript")], name_pattern=None, engine=engine)
        segments = ingested.segments
        t1 = time.perf_counter()
        coded = code_segments(segments, theme_model="none", engine=engine)
        t2 = time.perf_counter()
        scored = alliance_on_engine(engine, segments, None, None, 2)
        t3 = time.perf_counter()
        peaks = engine.client.run(_peak_mb)
        driver_peak = _peak_mb()
        deid_result = _deid(engine, ingested, words, deid) if deid else None
        partitions = dict(engine.partitions)
    seconds = {"ingest": t1 - t0, "code": t2 - t1, "alliance": t3 - t2}
    total = sum(seconds.values())
    return {"words": words, "workers": workers, "load": load, "seconds": seconds, "total": total,
            "wps": words / total, "worker_peak_mb": max(peaks.values()), "partitions": partitions,
            "segments": len(segments), "codings": len(coded.codings), "alliance_rows": len(scored.scores),
            "driver_peak_mb": driver_peak, "deid": deid_result}


def _deid(engine, ingested, words: int, ner: str) -> dict:
    """deid of the ingested tables on *engine*: seconds, words/s, the workers' and the driver's peak after it."""
    from qualalliance.deid.engine import Deidentifier
    from qualalliance.deid.pseudonyms import PseudonymMap
    from qualalliance.deid.tables import deidentify_tables

    load = os.getloadavg()[0]
    mapped = [0.0]  # seconds inside engine.map (both passes: the workers' share); the rest is the driver's
    if engine is not None:
        plain_map = engine.map

        def timed_map(*args):
            t = time.perf_counter()
            try:
                return plain_map(*args)
            finally:
                mapped[0] += time.perf_counter() - t

        engine.map = timed_map
    deid = Deidentifier(ner=ner)  # built before the clock starts: word lists and recogniser load once per process
    workers_cpu = engine.client.run(time.process_time) if engine is not None else {}
    cpu, t0 = _cpu_seconds(), time.perf_counter()
    result = deidentify_tables(ingested.segments, ingested.documents, ingested.rejects, deid, PseudonymMap(),
                               engine=engine)
    seconds, cpu = time.perf_counter() - t0, _cpu_seconds() - cpu
    if engine is not None:
        engine.map = plain_map
        after = engine.client.run(time.process_time)
        workers_cpu = sum(after[w] - workers_cpu[w] for w in after)
    # CPU seconds (the workers' and this process's): what other jobs on a shared machine do not inflate
    return {"seconds": seconds, "wps": words / seconds, "load": load, "replacements": len(result.log),
            "ner_model": deid.ner_model,
            "mapped_s": mapped[0], "driver_s": seconds - mapped[0], "driver_cpu_s": cpu,
            "workers_cpu_s": workers_cpu or 0.0,
            "worker_peak_mb": max(engine.client.run(_peak_mb).values()) if engine is not None else None,
            "driver_peak_mb": _peak_mb()}


def _cpu_seconds() -> float:
    """CPU seconds of this process and of its ended children (the local engine's deid finds on
    processes it forks when there is a second core: qualalliance/deid/pool.py)."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def measure_local_deid(folder: Path, words: int, ner: str) -> dict:
    """deid on the local engine (this process, no cluster), for comparison."""
    from qualalliance.ingest import ingest

    ingested = ingest([(str(folder), "transcript")], name_pattern=None)
    return _deid(None, ingested, words, ner)


def report(results: list[dict], local_deid: dict | None = None) -> None:
    print("\n== measured (SYNTHETIC demo-generator corpus; rules layer, second stage off) ==")
    print(f"{'words':>11} {'workers':>7} {'load':>5} {'ingest s':>9} {'code s':>7} {'alliance s':>10} "
          f"{'words/s':>9} {'per worker':>10} {'worker peak MB':>14}  partitions")
    for r in results:
        s = r["seconds"]
        print(f"{r['words']:>11,} {r['workers']:>7} {r['load']:>5.1f} {s['ingest']:>9.1f} {s['code']:>7.1f} "
              f"{s['alliance']:>10.1f} {r['wps']:>9,.0f} {r['wps'] / r['workers']:>10,.0f} "
              f"{r['worker_peak_mb']:>14.0f}  {r['partitions']}")
    by = {(r["words"], r["workers"]): r for r in results}
    sizes = sorted({r["words"] for r in results})
    counts = sorted({r["workers"] for r in results})
    for words in sizes:
        if 1 in counts and 2 in counts:
            print(f"speed-up 2 vs 1 worker at {words:,} words: {by[(words, 2)]['wps'] / by[(words, 1)]['wps']:.2f}x "
                  "(target >= 1.7x)")
    deid = [r for r in results if r["deid"]]
    if deid:
        print(f"\n== deid on the same corpus (pseudonyms; workers find, the driver replaces; recogniser: "
              f"{deid[0]['deid']['ner_model'] or 'none'}) ==")
        print(f"{'words':>11} {'workers':>7} {'load':>5} {'deid s':>8} {'in map s':>8} {'driver s':>8} "
              f"{'words/s':>9} {'per worker':>10} {'CPU s workers':>13} {'CPU s driver':>12} {'words/CPU s':>11} "
              f"{'replacements':>12} {'worker peak MB':>14}")
        rows = [(r["words"], str(r["workers"]), r["workers"], r["deid"]) for r in deid]
        rows += [(words, "local", 1, d) for words, d in sorted((local_deid or {}).items())]
        for words, label, n, d in rows:
            cpu = d["workers_cpu_s"] + d["driver_cpu_s"]
            print(f"{words:>11,} {label:>7} {d['load']:>5.1f} {d['seconds']:>8.1f} {d['mapped_s']:>8.1f} "
                  f"{d['driver_s']:>8.1f} {d['wps']:>9,.0f} {d['wps'] / n:>10,.0f} {d['workers_cpu_s']:>13.1f} "
                  f"{d['driver_cpu_s']:>12.1f} {words / cpu:>11,.0f} {d['replacements']:>12,} "
                  f"{d['worker_peak_mb'] or 0:>14.0f}")
        for words in sizes:
            if by.get((words, 1), {}).get("deid") and by.get((words, 2), {}).get("deid"):
                print(f"deid speed-up 2 vs 1 worker at {words:,} words: "
                      f"{by[(words, 2)]['deid']['wps'] / by[(words, 1)]['deid']['wps']:.2f}x")
    if len(sizes) > 1:
        small, large = sizes[0], sizes[-1]
        for w in counts:
            ratio = by[(large, w)]["worker_peak_mb"] / by[(small, w)]["worker_peak_mb"]
            print(f"peak memory per worker, {w} worker(s): {by[(small, w)]['worker_peak_mb']:.0f} MB at {small:,} "
                  f"words -> {by[(large, w)]['worker_peak_mb']:.0f} MB at {large:,} words = {ratio:.2f}x "
                  "(target <= 1.3x)")
    # the slowest per-worker rate at the largest size: the conservative one (load varies here)
    per_worker = min(r["wps"] / r["workers"] for r in results if r["words"] == sizes[-1])
    driver = {w: max(r["driver_peak_mb"] for r in results if r["words"] == w) for w in sizes}
    print("driver (this process) peak memory, the tables in memory: "
          + ", ".join(f"{driver[w]:.0f} MB after {w:,} words" for w in sizes))
    slope = (driver[sizes[-1]] - driver[sizes[0]]) / (sizes[-1] - sizes[0]) if len(sizes) > 1 else 0.0
    print("\n== extrapolation to 10^9 words (assumptions below) ==")
    for n in (2, 16, 64, 256):
        hours = 1e9 / (per_worker * n * 0.9) / 3600
        print(f"  {n:>4} workers: ~{hours:,.1f} h")
    print(f"  per-worker rate {per_worker:,.0f} words/s (the lowest measured at the largest size); 90% parallel efficiency "
          "assumed on a cluster (the driver's serial work - cutting partitions, concatenating rows - grows "
          "with the corpus and is not spread); workers' memory stays at the measured peak because a "
          "partition holds ~250,000 words whatever the corpus size; the driver holds every output table, "
          f"growing ~{slope * 1e6:,.0f} MB per million words between the two sizes here: ~{slope * 1e9 / 1024:,.0f} "
          "GB at 10^9 words, so at that scale the driver needs a large-memory node, or the corpus is run in "
          "slices of ~10^8 words (the tables are per document, so slices concatenate)")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[1_000_000, 10_000_000])
    ap.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--no-deid", action="store_true", help="leave the deid stage out")
    ap.add_argument("--deid-ner", choices=["auto", "on", "off"], default="auto",
                    help="deid's named-entity recogniser (default auto: as the deid stage)")
    args = ap.parse_args(argv)
    logging.getLogger("distributed").setLevel(logging.ERROR)
    logging.getLogger("qualalliance").setLevel(logging.ERROR)
    print(f"machine: {os.cpu_count()} cores; load average at start {os.getloadavg()}")
    results, local_deid = [], {}
    base = Path(tempfile.mkdtemp(prefix="qualalliance-scale-"))
    try:
        for size in sorted(args.sizes):
            folder = base / f"corpus-{size}"
            t0 = time.perf_counter()
            words, files = generate(folder, size)
            print(f"generated {words:,} words in {files} SYNTHETIC transcript files ({time.perf_counter() - t0:.0f} s)",
                  flush=True)
            for w in sorted(args.workers):
                r = measure(folder, words, w, deid=None if args.no_deid else args.deid_ner)
                print(f"  {w} worker(s): {r['total']:.1f} s, {r['wps']:,.0f} words/s, worker peak "
                      f"{r['worker_peak_mb']:.0f} MB, load {r['load']:.1f}"
                      + (f"; deid {r['deid']['seconds']:.1f} s, {r['deid']['wps']:,.0f} words/s" if r["deid"] else ""),
                      flush=True)
                results.append(r)
            if not args.no_deid:  # the local engine's deid of the same corpus, for comparison
                d = measure_local_deid(folder, words, args.deid_ner)
                print(f"  local engine deid: {d['seconds']:.1f} s, {d['wps']:,.0f} words/s, load {d['load']:.1f}",
                      flush=True)
                local_deid[words] = d
            shutil.rmtree(folder)
    finally:
        shutil.rmtree(base, ignore_errors=True)
    report(results, local_deid)
    return 0


if __name__ == "__main__":
    sys.exit(main())
