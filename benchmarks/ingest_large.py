"""Ingest speed and memory on a large generated utterance table, and on hostile files.

    /work/main/.venv/bin/python benchmarks/ingest_large.py [N_ROWS]

Writes a synthetic CSV (N_ROWS rows, default 1,000,000: speaker, text, one pass-through
column; the text is generated filler, labelled synthetic, not transcript language) to
a temporary folder, then times ``ingest`` + ``write_ingest`` on it and prints the
wall-clock seconds, rows per second, the CPU seconds this process used (user + system,
from getrusage: the figure to compare with the 30 s target on a shared, loaded machine)
and the peak resident memory (ru_maxrss), after the 1/5/15-minute load averages of the
machine when the run started.  Before that it builds the issue #20 bombs (a .docx
whose document.xml inflates to 1 GiB, an .xlsx with a cell at XFD1048576, a
100,000-deep JSON) and prints how long each takes to be refused and the peak memory
so far (first, since ru_maxrss only grows; target: under 60 s and 1.5 GB each).
"""

from __future__ import annotations

import logging
import os
import resource
import sys
import tempfile
import time
import zipfile
from pathlib import Path

if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from qualalliance.errors import QualallianceError  # noqa: E402
from qualalliance.ingest import ingest, write_ingest  # noqa: E402


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def big_csv(path: Path, n: int) -> None:
    words = "alpha beta gamma delta epsilon zeta eta theta iota kappa".split()
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("doc_id,speaker,text,note\n")
        for i in range(n):
            who = "Therapist" if i % 2 == 0 else "Participant"
            text = " ".join(words[(i + k) % 10] for k in range(12))
            fh.write(f"d{i // 500},{who},{text},n{i % 7}\n")


def docx_bomb(path: Path, inflated: int) -> None:
    import docx

    docx.Document().save(str(path))
    with zipfile.ZipFile(path) as z:
        parts = {i.filename: z.read(i) for i in z.infolist()}
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            if name == "word/document.xml":  # whitespace after <w:body>, streamed in 1 MiB blocks
                cut = data.index(b"<w:body>") + len(b"<w:body>")
                with z.open(name, "w", force_zip64=True) as fh:
                    fh.write(data[:cut])
                    block = b" " * (1 << 20)
                    for _ in range(inflated >> 20):
                        fh.write(block)
                    fh.write(data[cut:])
            else:
                z.writestr(name, data)


def xlsx_far_cell(path: Path) -> None:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["speaker", "text"])
    ws.append(["Therapist", "hello"])
    ws["XFD1048576"] = "x"
    wb.save(path)


def refuse(label: str, path: Path) -> None:
    t0 = time.perf_counter()
    try:
        ingest([path])
        outcome = "read (not refused)"
    except QualallianceError as exc:
        outcome = exc.one_line()[-90:]
    print(f"{label}: {time.perf_counter() - t0:.1f} s, {path.stat().st_size / 1024:.0f} KB file, "
          f"peak {peak_mb():.0f} MB -> {outcome}")


def main() -> None:
    logging.getLogger("qualalliance").setLevel(logging.ERROR)  # one "no metadata" warning per document
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
    load = ", ".join(f"{v:.2f}" for v in os.getloadavg())
    print(f"machine: {os.cpu_count()} CPUs, load average {load} (1, 5, 15 min) at the start")
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        # the bombs first: peak memory (ru_maxrss) only grows, so after the large table it says nothing
        docx_bomb(tmp / "bomb.docx", 1 << 30)
        refuse(".docx, document.xml inflating to 1 GiB", tmp / "bomb.docx")
        xlsx_far_cell(tmp / "far.xlsx")
        refuse(".xlsx with a cell at XFD1048576", tmp / "far.xlsx")
        deep = tmp / "deep.json"
        deep.write_text("[" * 100_000 + "]" * 100_000)
        refuse("JSON nested 100,000 deep", deep)
        f = tmp / "big.csv"
        big_csv(f, n)
        t0, c0 = time.perf_counter(), cpu_seconds()
        result = ingest([f])
        t_read, c_read = time.perf_counter() - t0, cpu_seconds() - c0
        write_ingest(result, tmp / "out")
        t_all, c_all = time.perf_counter() - t0, cpu_seconds() - c0
        print(f"{n:,}-row CSV ({f.stat().st_size / 1e6:.0f} MB, synthetic): ingest {t_read:.1f} s "
              f"(CPU {c_read:.1f} s), + write {t_all:.1f} s (CPU {c_all:.1f} s); "
              f"{n / t_all:,.0f} rows/s wall, {n / c_all:,.0f} rows/s CPU; {len(result.segments):,} segments, "
              f"peak {peak_mb():.0f} MB; target: under 30 s")


if __name__ == "__main__":
    main()
