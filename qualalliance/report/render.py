"""``render_report``: a run folder -> ``report/`` with every table, figure and case history.

Everything is computed in memory first, written to a temporary sibling folder, and
swapped into place, so a failed render never leaves a half-written report and no
stale file of an earlier report survives.
"""

from __future__ import annotations

import base64
import html
import os
import shutil
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from .. import __version__, catalog
from ..errors import ConfigError
from ..mdsafe import no_html
from . import page as P
from .cases import build_cases, quote_rows
from .design import Design, resolve_design
from .figures import build_figures
from .formatting import num
from .inputs import RunData, load_run
from .model import ReportFigure, ReportTable
from .paper_tables import build_tables, second_stage_threshold
from .table_formats import table_latex, table_markdown, tables_xlsx

MARKER = catalog.file_name("report_marker")  # marks a folder as a qualalliance report (safe to replace)
INDEX_HTML, INDEX_MD, WORKBOOK = (catalog.file_name(n) for n in ("report_index", "report_markdown", "report_workbook"))
STAGE_NAMES = [*(s for s in catalog.STAGE_FOLDERS if s != "report"), catalog.RELIABILITY_FOLDER]


@dataclass
class ReportResult:
    out_dir: Path
    index: Path
    tables: list[str]
    figures: list[str]
    case_histories: list[str]
    stages_present: list[str]
    stages_absent: list[str]
    omitted: dict[str, str]
    timings: dict[str, float] = field(default_factory=dict)
    files: list[Path] = field(default_factory=list)

    def summary(self) -> str:
        absent = f"; stages absent: {', '.join(self.stages_absent)}" if self.stages_absent else ""
        return (f"report: {len(self.tables)} tables, {len(self.figures)} figures, {len(self.case_histories)} "
                f"case histories -> {self.index}{absent} ({sum(self.timings.values()):.1f}s)")


# --------------------------------------------------------------------------- index page
def codings_used(codings: pd.DataFrame, code_params: dict) -> str:
    """Which codings the report's themes rest on: by method (and reviewer), and their source."""
    parts = []
    for method, g in codings.groupby("method", sort=True):
        coders = sorted(g["coder"].astype(str).unique())
        parts.append(f"{len(g)} {method}" + (f" ({', '.join(coders)})" if method == "human" else ""))
    text = ", ".join(parts) or "none"
    threshold = second_stage_threshold(code_params)
    if threshold is not None:
        text += f"; second-stage threshold {threshold}: codings it scored lower are left out"
    if code_params.get("codings"):
        how = "instead of" if code_params.get("codings_mode", "instead") == "instead" else "beside"
        text += (f"; reviewed codings from {code_params['codings']} used {how} the machine's "
                 f"(the machine's are in code/{catalog.file_name('machine_codings', 'csv')})")
    return text


def _run_section(run: RunData, design: Design, omitted: dict[str, str], out: Path) -> tuple[str, str]:
    rows = []
    for st in STAGE_NAMES:
        status = "present" if st in run.stages_present else "absent"
        if st == "deid":  # listed only when the run de-identified the text (it runs only when asked for)
            if catalog.find(run.run_dir, "deid_manifest") is None:
                continue
            status = "present"
        where = {"ingest": "ingest/", "deid": "deid/", "code": "code/", "alliance": "alliance/", "topics": "topics/",
                 "link": "link/", "reliability": "reliability/"}[st]
        note = ""
        if st == "deid":
            note = "the text was de-identified before any stage read it (docs/deid.md)"
        elif st == "reliability" and status == "absent":
            note = "no human codings were compared; the reliability table is left out"
        elif status == "absent":
            note = "the tables and figures that need it are left out (listed below)"
        rows.append({"Stage": st, "Status": status, "Folder": where, "Note": note})
    stages = pd.DataFrame(rows)
    m = run.manifest
    # the run folder as the user gave it (a path relative to the report, "..", tells a reader nothing)
    facts = [("Study", run.study_name), ("Run folder", run.run_dir.as_posix())]
    rejects = run.get("rejects")
    if rejects is not None:
        facts.append(("Rejected turns at ingest", f"{len(rejects)} (listed with reasons in ingest/rejects.csv)"))
    codings = run.get("codings")
    if codings is not None:
        facts.append(("Codings used", codings_used(codings, (m.get("parameters") or {}).get("code") or {})))
    seed = m.get("seed", getattr(run.study, "seed", None))
    if seed is not None:
        facts.append(("Seed", str(seed)))
    if m.get("codebook_sha256"):
        facts.append(("Codebook SHA-256", str(m["codebook_sha256"])[:16] + "…"))
    vers = m.get("versions")
    label = "Versions"
    if not vers:  # rendered inside `qualalliance run`, before it writes the manifest
        from ..manifest import package_versions

        vers, label = package_versions(), "Versions (when rendered)"
    facts.append((label, ", ".join(f"{k} {v}" for k, v in sorted(vers.items()) if k != "platform")))
    if design.primary:
        facts.append(("Primary outcome", f"{run.measure_label(design.primary)} improvement"
                      + (f", endpoint {design.endpoint}" if design.endpoint else "")
                      + (f"; groups: {design.group_var}" if design.group_var else "")))
    html_facts = "<ul>" + "".join(f"<li><strong>{html.escape(k)}:</strong> {html.escape(v)}</li>"
                                  for k, v in facts) + "</ul>"
    md_facts = "\n".join(f"- **{k}:** {no_html(v)}" for k, v in facts)
    left = ("<p>Left out of this report:</p><ul>" + "".join(
        f"<li>{html.escape(k.replace('_', ' '))}: {html.escape(v)}</li>" for k, v in omitted.items()) + "</ul>"
            if omitted else "<p>Nothing was left out: every stage's tables and figures are below.</p>")
    md_left = ("Left out of this report:\n\n" + "\n".join(f"- {k.replace('_', ' ')}: {no_html(v)}"
                                                        for k, v in omitted.items())
               if omitted else "Nothing was left out.")
    manifest_link = ('<p>Full provenance (input hashes, parameters, versions, timings): '
                     f'<a href="{html.escape(run.relpath(catalog.manifest_path(run.run_dir), out))}">'
                     f'{catalog.RUN_MANIFEST}</a>.</p>'
                     if catalog.manifest_path(run.run_dir).is_file() else
                     "<p>Provenance (input hashes, parameters, versions, timings) is in the run folder's "
                     "<code>manifest.json</code>, which did not exist yet when this report was rendered "
                     "(<code>qualalliance run</code> writes it last; <code>qualalliance report</code> re-renders "
                     "with a link).</p>")
    h = ("<h2 id=\"run\">Run</h2>" + html_facts + P.simple_table_html(stages, "Stages found in the run folder")
         + left + manifest_link)
    md = "## Run\n\n" + md_facts + "\n\n" + P.simple_table_md(stages, "Stages found in the run folder") + "\n" + md_left
    return h, md


def _participants_table(run: RunData, design: Design, cases) -> pd.DataFrame:
    at = run.get("analysis_table")
    at = at.set_index(at["participant_id"].astype(str)) if at is not None else None
    seg = run.cache.get("segments")
    rows = []
    for c in cases:
        pid = c.participant_id
        row = {"Participant": (pid, f"case_histories/{pid}.html")}
        if seg is not None:
            s = seg[seg["participant_id"] == pid]
            row["Documents"] = str(s["doc_id"].nunique())
            row["Words"] = num(s["n_words"].sum(), 0)
        if at is not None and design.primary and design.endpoint:
            r = at.loc[pid] if pid in at.index else None
            var = run.outcome_variable
            for label, col in (("Baseline", var(design.primary, "value", design.baseline)),
                               (design.endpoint.capitalize(), var(design.primary, "value", design.endpoint)),
                               ("Improvement", design.improvement_var(design.endpoint)),
                               ("Responder", var(design.primary, "responder", design.endpoint)),
                               ("Remission", var(design.primary, "remission", design.endpoint))):
                if col in at.columns:
                    v = r[col] if r is not None else None
                    if label in ("Responder", "Remission"):
                        row[label] = "—" if v is None or pd.isna(v) else ("yes" if float(v) == 1 else "no")
                    else:
                        row[label] = num(v, 0)
        rows.append(row)
    return pd.DataFrame(rows)


def _index(run: RunData, design: Design, tables: list[ReportTable], figures: list[ReportFigure], cases,
           omitted: dict[str, str], out: Path) -> tuple[str, str]:
    title = f"qualalliance report: {run.study_name}"
    run_h, run_md = _run_section(run, design, omitted, out)
    nav = ['<li><a href="#run">Run</a></li>', '<li><a href="#about">Reading these results</a></li>']
    nav += [f'<li><a href="#table-{t.key}">Table {t.number}. {html.escape(t.title)}</a></li>' for t in tables]
    nav += [f'<li><a href="#figure-{f.key}">Figure {f.number}. {html.escape(f.title)}</a></li>' for f in figures]
    nav += ['<li><a href="#cases">Case histories</a></li>']
    about = ("<h2 id=\"about\">Reading these results</h2><p>Every number below was computed by qualalliance from "
             "this run's tables, which are all in the run folder so anyone can recompute them. Associations "
             "between text features and outcomes are associations, not effects; with small samples their "
             "confidence intervals are wide, and many features were tested (adjusted p-values are given). "
             "Quotes are chosen by rules (docs/report.md), not by a reader, and each is traceable to its "
             "document and character offsets.</p>")
    desc = getattr(run.study, "description", "") if run.study is not None else ""
    body = ["<header>", "<!--SYNTHETIC-->", f"<h1>{html.escape(title)}</h1>"]
    if desc:
        body.append(f'<p class="muted">{html.escape(desc)}</p>')
    body += ["</header>", '<nav aria-label="Contents"><h2>Contents</h2><ul>' + "".join(nav) + "</ul></nav>",
             '<main id="main">', run_h, about, '<h2 id="tables">Tables</h2>',
             f'<p class="downloads">All tables: <a href="{WORKBOOK}">{WORKBOOK}</a> (one sheet per table) · '
             f'<a href="{INDEX_MD}">Markdown report</a> · LaTeX in <code>tables/</code>.</p>']
    body += [P.table_block_html(t) for t in tables]
    body += ['<h2 id="figures">Figures</h2>'] + [P.figure_html(f) for f in figures]
    body += ['<h2 id="cases">Case histories</h2>',
             f"<p>One page per participant ({len(cases)}), built from the data: scores over time, alliance "
             "across sessions, themes by session, exemplar quotes from preparation, dosing and integration, "
             "and the written accounts summarised by their coded content.</p>"]
    if cases:
        body.append(P.simple_table_html(_participants_table(run, design, cases),
                                        "Participants and their case histories"))
    body += ["</main>", f"<footer>Generated by qualalliance {__version__} from "
             f"{html.escape(run.run_dir.as_posix())}. This page uses no scripts and loads nothing from the "
             "network.</footer>"]
    page_html = P.page(title, "\n".join(body), run.synthetic)

    md = [f"# {no_html(title)}", ""]
    if run.synthetic:
        md += [P.SYNTHETIC_MD]
    if desc:
        md += [no_html(desc), ""]
    md += [run_md, "", "## Tables", ""]
    md += [table_markdown(t) for t in tables]
    md += ["## Figures", ""] + [P.figure_md(f) for f in figures]
    md += ["## Case histories", ""]
    if cases:
        pt = _participants_table(run, design, cases)
        pt["Participant"] = [(p[0], f"case_histories/{p[0]}.md") for p in pt["Participant"]]
        md.append(P.simple_table_md(pt, "Participants and their case histories"))
    return page_html, "\n".join(md).rstrip() + "\n"


# --------------------------------------------------------------------------- writing
def _prepare_out(out: Path) -> None:
    if out.exists() and not out.is_dir():
        raise ConfigError("report output path exists and is not a folder", out)
    if out.is_dir() and any(out.iterdir()) and not (out / MARKER).is_file():
        raise ConfigError(f"report folder exists, is not empty and holds no {MARKER} (not a qualalliance "
                          "report); refusing to replace it - choose another --out", out)


def _write_all(out: Path, files: dict[str, bytes | str]) -> list[Path]:
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{out.name}.", suffix=".tmp", dir=out.parent))
    try:
        mask = os.umask(0o22)
        os.umask(mask)
        os.chmod(tmp, 0o777 & ~mask)  # mkdtemp makes 0700; a report folder is an ordinary folder
        for rel, data in files.items():
            p = tmp / rel
            p.parent.mkdir(parents=True, exist_ok=True)
            if isinstance(data, str):
                p.write_text(data, encoding="utf-8", newline="\n")
            else:
                p.write_bytes(data)
        old = None
        if out.exists():
            old = out.parent / f".{out.name}.old-{os.getpid()}"
            os.replace(out, old)
        os.replace(tmp, out)
        if old is not None:
            shutil.rmtree(old, ignore_errors=True)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return [out / rel for rel in files]


def render_report(run_dir, out_dir=None, study=None) -> ReportResult:
    """Render ``RUN/report/`` (or *out_dir*) from a run folder's stage tables.

    *study* is a loaded Study or a path to a study folder/yaml; by default it is the
    one named in ``RUN/manifest.json``.  Stages missing from the run are tolerated:
    the tables and figures that need them are left out and the report says so.
    """
    timings: dict[str, float] = {}
    t0 = time.perf_counter()
    run = load_run(run_dir, study)
    out = Path(out_dir) if out_dir is not None else catalog.stage_dir(run_dir, "report")
    _prepare_out(out)
    design = resolve_design(run)
    timings["load"] = time.perf_counter() - t0

    t = time.perf_counter()
    tables, omitted_t = build_tables(run, design)
    timings["tables"] = time.perf_counter() - t
    t = time.perf_counter()
    figures, omitted_f = build_figures(run, design)
    timings["figures"] = time.perf_counter() - t
    t = time.perf_counter()
    cases = build_cases(run, design) if (run.get("segments") is not None or run.get("outcomes_derived") is not None) \
        else []
    timings["case_histories"] = time.perf_counter() - t
    omitted = {**{f"table: {k}": v for k, v in omitted_t.items()}, **{f"figure: {k}": v for k, v in omitted_f.items()}}

    t = time.perf_counter()
    files: dict[str, bytes | str] = {}
    for tb in tables:
        files[f"tables/{tb.key}.md"] = table_markdown(tb)
        files[f"tables/{tb.key}.tex"] = table_latex(tb)
        files[f"tables/{tb.key}.csv"] = (tb.raw if tb.raw is not None else tb.display).to_csv(
            index=False, lineterminator="\n")
    if tables:
        files[WORKBOOK] = tables_xlsx(tables, f"qualalliance report: {run.study_name}"
                                                   + (" (SYNTHETIC DATA)" if run.synthetic else ""))
    for f in figures:
        files[f"figures/{f.key}.png"] = f.png
        files[f"figures/{f.key}.svg"] = f.svg
    for c in cases:
        uri = None
        if c.sparkline:
            files[f"case_histories/{c.participant_id}_scores.svg"] = c.sparkline
            uri = "data:image/svg+xml;base64," + base64.b64encode(c.sparkline.encode("utf-8")).decode("ascii")
        files[f"case_histories/{c.participant_id}.html"] = P.case_html(c, run.study_name, run.synthetic, uri)
        files[f"case_histories/{c.participant_id}.md"] = P.case_markdown(
            c, run.study_name, run.synthetic, f"{c.participant_id}_scores.svg" if c.sparkline else None)
    if cases:
        files["case_histories/quotes.csv"] = quote_rows(cases).to_csv(index=False, lineterminator="\n")
    index_html, index_md = _index(run, design, tables, figures, cases, omitted, out)
    files[INDEX_HTML] = index_html
    files[INDEX_MD] = index_md
    files[MARKER] = _marker(run, design, tables, figures, cases, omitted)
    timings["render"] = time.perf_counter() - t

    t = time.perf_counter()
    written = _write_all(out, files)
    timings["write"] = time.perf_counter() - t
    return ReportResult(out_dir=out, index=out / INDEX_HTML, tables=[tb.key for tb in tables],
                        figures=[f.key for f in figures], case_histories=[c.participant_id for c in cases],
                        stages_present=list(run.stages_present), stages_absent=list(run.stages_absent),
                        omitted=omitted, timings={k: round(v, 3) for k, v in timings.items()}, files=written)


def _marker(run: RunData, design: Design, tables, figures, cases, omitted) -> str:
    import json

    data = {
        "generator": f"qualalliance {__version__}", "study": run.study_name, "synthetic": run.synthetic,
        "stages_present": run.stages_present, "stages_absent": run.stages_absent,
        "design": {"primary": design.primary, "endpoint": design.endpoint, "follow_ups": design.follow_ups,
                   "group_var": design.group_var, "key_features": design.key_features,
                   "alliance_vars": design.alliance_vars},
        "tables": [{"number": t.number, "key": t.key, "title": t.title, "sources": t.sources} for t in tables],
        "figures": [{"number": f.number, "key": f.key, "title": f.title, "alt": f.alt} for f in figures],
        "case_histories": [c.participant_id for c in cases], "omitted": omitted,
    }
    return json.dumps(data, indent=2, sort_keys=True) + "\n"


__all__ = ["ReportResult", "render_report"]
