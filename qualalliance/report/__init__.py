"""Report: every table and figure a paper needs, and per-participant case histories.

    from qualalliance.report import render_report
    result = render_report("out/psilocybin-demo")      # -> out/psilocybin-demo/report/
    print(result.summary())

``render_report(run_dir, out_dir=None, study=None)`` reads a run folder (the stage
subfolders written by ``qualalliance run``), tolerates absent stages, and writes a
self-contained ``index.html`` (inline CSS, embedded figures, no network), ``index.md``,
``tables/*.md|.tex|.csv``, ``tables.xlsx``, ``figures/*.png|.svg`` and
``case_histories/<participant_id>.html|.md``.  See docs/report.md.
"""

from .render import ReportResult, render_report

__all__ = ["ReportResult", "render_report"]
