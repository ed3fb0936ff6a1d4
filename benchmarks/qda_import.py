"""How much of a real REFI-QDA project `import qdpx` brings in: documents, codes, codings.

    python benchmarks/qda_import.py [PROJECT.qdpx|PROJECT.qde ...]

Without arguments it reads the real NVivo export in ``../shared/refi-qda/samples/``
(AGPL: read in place, never copied) and skips with a printed reason when it is absent.
For each project it prints the program that wrote it, the documents imported, the
codes in its code tree (and how many landed in ``project_codebook.yaml``), the codings
of text selections imported out of all the project holds (the issue's target: at least
95%), the participants from cases, and every report row saying why something was not
imported.  Nothing is written.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT.parent / "shared" / "refi-qda" / "samples" / "nvivo-mac-15.0.0_nvivo_project.qdpx"
NOT_IMPORTED = {"selection_out_of_range", "selection_empty", "source_skipped", "source_missing", "source_external",
                "source_ambiguous", "source_unreadable", "pdf_area_codings", "source_coding", "unknown_code_ref",
                "not_imported"}


def report(path: Path) -> None:
    from qualalliance.qda import read_qdpx

    t0 = time.perf_counter()
    imp = read_qdpx(path)
    took = time.perf_counter() - t0
    rep = imp.report
    codes = rep[rep["kind"].isin(["mapped_code", "unmapped_code"])]
    n_book = len(imp.project_codebook.codes) if imp.project_codebook is not None else 0
    share = f"{len(imp.codings) / imp.text_codings:.1%}" if imp.text_codings else "n/a (no text selections)"
    print(f"{path.name}  ({imp.origin or 'unknown program'}; {took:.2f} s)")
    print(f"  documents imported          {len(imp.documents)}")
    print(f"  codes in the project        {len(codes)} ({int((codes['kind'] == 'mapped_code').sum())} mapped to "
          f"the codebook), {n_book} in project_codebook.yaml")
    print(f"  text codings imported       {len(imp.codings)} of {imp.text_codings}: {share}")
    print(f"  coders                      {', '.join(sorted(imp.codings['coder'].unique())) or 'none'}")
    print(f"  participants from cases     {len(imp.participants)}")
    for row in rep[rep["kind"].isin(NOT_IMPORTED)].itertuples(index=False):
        print(f"  not imported: {row.kind} {row.name!r} ({row.count}): {row.detail}")
    for w in imp.warnings:
        print(f"  warning: {w}")


def main(argv: list[str]) -> int:
    paths = [Path(a) for a in argv] or [SAMPLE]
    if not argv and not SAMPLE.is_file():
        print(f"skipped: {SAMPLE} is absent (../shared is not here)")
        return 0
    for p in paths:
        report(p)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
