"""Ingest speed and memory on a large generated utterance table, and on hostile files.

    /work/main/.venv/bin/python benchmarks/ingest_large.py [N_ROWS]

Writes a synthetic CSV (N_ROWS rows, default 1,000,000: speaker, text, one pass-through
column; the text is generated filler, labelled synthetic, not transcript language) to
a temporary folder, then times ``ingest`` + ``write_ingest`` on it and prints the
seconds and the peak resident memory (ru_maxrss).  Then builds the issue #20 bombs (a
.docx whose document.xml inflates to 1 GiB, an .xlsx with a cell at XFD1048576, a
100,000-deep JSON) and prints how long each takes to be refused and the peak memory.
"""

from __future__ import annotations

import logging
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
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        f = tmp / "big.csv"
        big_csv(f, n)
        t0 = time.perf_counter()
        result = ingest([f])
        t_read = time.perf_counter() - t0
        write_ingest(result, tmp / "out")
        t_all = time.perf_counter() - t0
        print(f"{n:,}-row CSV ({f.stat().st_size / 1e6:.0f} MB, synthetic): ingest {t_read:.1f} s, "
              f"+ write {t_all:.1f} s, {len(result.segments):,} segments, peak {peak_mb():.0f} MB")
        del result
        docx_bomb(tmp / "bomb.docx", 1 << 30)
        refuse(".docx, document.xml inflating to 1 GiB", tmp / "bomb.docx")
        xlsx_far_cell(tmp / "far.xlsx")
        refuse(".xlsx with a cell at XFD1048576", tmp / "far.xlsx")
        deep = tmp / "deep.json"
        deep.write_text("[" * 100_000 + "]" * 100_000)
        refuse("JSON nested 100,000 deep", deep)


if __name__ == "__main__":
    main()
