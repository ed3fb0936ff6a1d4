"""HTML and Markdown pages: the report index and the case histories.

Pages are self-contained: inline CSS, figures embedded as base64 data URIs, system
fonts only, no script and no external resource, so they open offline and in any
browser.  Accessibility: one h1, headings in order, tables with captions and header
cells with ``scope``, every image with alt text, a skip link, sufficient contrast.
"""

from __future__ import annotations

import base64
import html
from urllib.parse import quote

import pandas as pd

from ..mdsafe import no_html
from .cases import CaseHistory, WrittenDoc
from .model import Quote, ReportFigure, ReportTable
from .table_formats import _html_cell, _md_item, table_html, table_markdown

CSS = """
:root{--ink:#1b1b1b;--muted:#555;--line:#d0d0d0;--accent:#1f4e8c;--warn:#8a0019;--warnbg:#fff1f2;--mark:#fff3b0}
*{box-sizing:border-box}
body{margin:0;font-family:system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",Arial,sans-serif;
color:var(--ink);background:#fff;line-height:1.45;font-size:15px}
.skip{position:absolute;left:-999px}.skip:focus{left:8px;top:8px;background:#fff;padding:4px;z-index:2}
header,main,nav,footer{max-width:1180px;margin:0 auto;padding:0 20px}
h1{font-size:1.7em;margin:.6em 0 .2em}h2{font-size:1.3em;margin:1.6em 0 .5em;border-bottom:2px solid var(--line);
padding-bottom:.2em}h3{font-size:1.08em;margin:1.2em 0 .4em}
a{color:var(--accent)}.muted{color:var(--muted)}
.synthetic{border:3px solid var(--warn);background:var(--warnbg);color:var(--warn);padding:10px 14px;margin:14px 0;
border-radius:4px;font-size:1.02em}
.synthetic strong{font-size:1.1em;letter-spacing:.02em}
nav ul{columns:2;padding-left:1.2em;margin:.3em 0}
.table-wrap{overflow-x:auto;margin:1.2em 0 2.2em}
table{border-collapse:collapse;font-size:.86em;min-width:40%}
caption{text-align:left;padding:0 0 .5em;font-size:1.05em}
caption .tnum{font-weight:700;display:block}caption .ttitle{font-style:italic}
th,td{padding:4px 8px;vertical-align:top;text-align:left}
thead th{border-top:2px solid var(--ink);border-bottom:1px solid var(--ink);font-weight:600}
tbody tr:last-child th,tbody tr:last-child td{border-bottom:2px solid var(--ink)}
tbody th{font-weight:normal}
td.num,th.num{text-align:right;white-space:nowrap;font-variant-numeric:tabular-nums}
td.na,th.na{text-align:center;color:var(--muted)}
.note{font-size:.82em;color:var(--muted);max-width:70em;margin:.4em 0}
.downloads{font-size:.82em;margin:.2em 0}
ul.cell-list{margin:0;padding-left:1em;min-width:22em}ul.cell-list li{margin:0 0 .3em}
mark{background:var(--mark);color:inherit;padding:0 1px}
q{quotes:"\\201C" "\\201D"}.cite{color:var(--muted);font-size:.9em;white-space:nowrap}
figure{margin:1.4em 0 2em}figure img{max-width:100%;height:auto;border:1px solid #eee}
figcaption{font-size:.86em;max-width:70em}
.quotes li{margin-bottom:.45em}
footer{font-size:.8em;color:var(--muted);margin-top:3em;padding-bottom:2em}
@media print{.skip,nav{display:none}body{font-size:11px}}
"""

SYNTHETIC_HTML = ('<p class="synthetic" role="note"><strong>SYNTHETIC DATA — NOT CLINICAL FINDINGS.</strong> '
                  "This study is marked <code>synthetic: true</code> in its study file: every person, session, text "
                  "and score in it was invented by a program, and its effects were planted on purpose. Nothing in "
                  "this report is evidence about any treatment or any person.</p>")
SYNTHETIC_MD = ("> **SYNTHETIC DATA — NOT CLINICAL FINDINGS.** This study is marked `synthetic: true` in its study "
                "file: every person, session, text and score in it was invented by a program, and its effects were "
                "planted on purpose. Nothing in this report is evidence about any treatment or any person.\n")
e = html.escape


def page(title: str, body: str, synthetic: bool, lang: str = "en") -> str:
    return (f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f"<title>{e(title)}</title>\n<style>{CSS}</style>\n</head>\n<body>\n"
            '<a class="skip" href="#main">Skip to content</a>\n'
            + body.replace("<!--SYNTHETIC-->", SYNTHETIC_HTML if synthetic else "") + "\n</body>\n</html>\n")


def simple_table_html(df: pd.DataFrame, caption: str, row_header: bool = True, cls: str = "") -> str:
    """A small accessible table (case histories, participant list)."""
    head = "".join(f'<th scope="col">{e(str(c))}</th>' for c in df.columns)
    rows = []
    for row in df.itertuples(index=False):
        cells = []
        for j, cell in enumerate(row):
            if isinstance(cell, tuple):  # (text, href)
                inner, klass = f'<a href="{e(cell[1])}">{e(cell[0])}</a>', ""
            else:
                inner, klass = _html_cell(cell)
            attr = f' class="{klass}"' if klass else ""
            tag = "th" if j == 0 and row_header else "td"
            scope = ' scope="row"' if tag == "th" else ""
            cells.append(f"<{tag}{scope}{attr}>{inner}</{tag}>")
        rows.append("<tr>" + "".join(cells) + "</tr>")
    return (f'<div class="table-wrap{" " + cls if cls else ""}"><table><caption>{e(caption)}</caption>'
            f"<thead><tr>{head}</tr></thead><tbody>" + "".join(rows) + "</tbody></table></div>")


def simple_table_md(df: pd.DataFrame, caption: str) -> str:
    cols = [_md_item(str(c)) for c in df.columns]
    lines = [f"*{_md_item(caption)}*", "", "| " + " | ".join(cols) + " |", "|" + "|".join("---" for _ in cols) + "|"]
    for row in df.itertuples(index=False):
        cells = [f"[{_md_item(c[0])}]({quote(c[1])})" if isinstance(c, tuple) else _md_item(c) for c in row]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines) + "\n"


def _data_uri(mime: str, data: bytes) -> str:
    return f"data:{mime};base64,{base64.b64encode(data).decode('ascii')}"


def figure_html(f: ReportFigure) -> str:
    return (f'<figure id="figure-{f.key}"><img src="{_data_uri("image/png", f.png)}" alt="{e(f.alt)}">'
            f"<figcaption><strong>Figure {f.number}.</strong> <em>{e(f.title)}.</em> {e(f.caption)} "
            f'<span class="downloads">Files: <a href="figures/{f.key}.png">PNG</a> · '
            f'<a href="figures/{f.key}.svg">SVG</a></span></figcaption></figure>')


def figure_md(f: ReportFigure) -> str:
    return (f"**Figure {f.number}.** *{f.title}.*\n\n![{f.alt}](figures/{f.key}.png)\n\n{f.caption} "
            f"([SVG](figures/{f.key}.svg))\n")


def table_block_html(t: ReportTable) -> str:
    links = (f'<p class="downloads">Table {t.number} as <a href="tables/{t.key}.md">Markdown</a> · '
             f'<a href="tables/{t.key}.tex">LaTeX</a> · <a href="tables/{t.key}.csv">CSV</a>'
             + (f" · source: {', '.join(e(s) for s in t.sources)}" if t.sources else "") + "</p>")
    return table_html(t, after=links)


# --------------------------------------------------------------------------- case history pages
def _not_counted(d: WrittenDoc, esc) -> str:
    """The spans that are not evidence of their code, denied and opposite-pole kept apart."""
    out = ""
    for label, items in (("Denied (not counted)", d.denied), ("Opposite pole named (not counted)", d.opposite)):
        if items:
            out += f" {label}: " + ", ".join(f"{esc(l)} ×{n}" for l, n in items) + "."
    return out


def _written_html(d: WrittenDoc) -> str:
    kind = "Narrative" if d.source_type == "narrative" else d.source_type.replace("_", " ").capitalize()
    parts = [f"<h3>{e(kind)}: {e(d.doc_id)}</h3>",
             f"<p>{d.words:,} words in {d.paragraphs} paragraph{'s' if d.paragraphs != 1 else ''}. "
             + ("Coded themes: " + ", ".join(f"{e(l)} ×{n}" for l, n in d.codes) + "." if d.codes
                else "No affirmed codes.")
             + _not_counted(d, e) + "</p>"]
    if d.sections:
        items = "".join(f"<li><strong>{e(h)}</strong>: {e(', '.join(codes)) if codes else 'no codes'}</li>"
                        for h, codes in d.sections)
        parts.append(f"<p>Coded content by section:</p><ul>{items}</ul>")
    if d.quotes:
        parts.append("<p>Exemplar passages:</p>" + _quote_li_html_list(d.quotes))
    return "\n".join(parts)


def _quote_li_html_list(quotes: list[Quote]) -> str:
    inner, _ = _html_cell(list(quotes))
    return inner.replace('class="cell-list"', 'class="quotes"', 1)


RUPTURES_INTRO = ("Ruptures and repairs read from both speakers' turns in order (alliance/ruptures.csv; "
                  "docs/ruptures.md): the participant's marker and the therapist's response are highlighted.")


def _ruptures_html(c: CaseHistory) -> str:
    if not c.has_rupture_table:
        return "<p>No rupture table in this run (alliance stage absent or older).</p>"
    if not c.ruptures:
        return "<p>No rupture found in this participant's sessions.</p>"
    items = []
    for ep in c.ruptures:
        quotes = [q for q in (ep.objection, ep.reply) if q is not None]
        items.append(f"<li><p>{e(ep.summary)}</p>{_quote_li_html_list(quotes)}</li>")
    return f'<p class="note">{e(RUPTURES_INTRO)}</p><ul class="ruptures">' + "".join(items) + "</ul>"


def _ruptures_md(c: CaseHistory) -> list[str]:
    if not c.has_rupture_table:
        return ["No rupture table in this run (alliance stage absent or older).", ""]
    if not c.ruptures:
        return ["No rupture found in this participant's sessions.", ""]
    out = [f"*{RUPTURES_INTRO}*", ""]
    for ep in c.ruptures:
        out.append(f"- {no_html(ep.summary)}")  # session names come from the data
        out += [f"  - {_md_item(q)}" for q in (ep.objection, ep.reply) if q is not None]
    return out + [""]


def case_html(c: CaseHistory, study_name: str, synthetic: bool, sparkline_uri: str | None) -> str:
    pid = e(c.participant_id)
    out = ["<header>", "<!--SYNTHETIC-->", f"<h1>Case history: {pid}</h1>",
           f'<p class="muted">{e(study_name)} · built from the run\'s tables by qualalliance · '
           '<a href="../index.html">back to the report</a></p>', "</header>", '<main id="main">']
    out.append("<h2>Overview</h2>")
    out.append("<ul>" + "".join(f"<li>{e(s)}</li>" for s in c.summary) + "</ul>" if c.summary else
               "<p>No overview data.</p>")
    out.append("<p class=\"note\">Every quote below is cited as document, turn and the character offsets of the "
               "coded span (highlighted) in the document's normalised text (<code>ingest/documents.parquet</code>). "
               "All quotes are also listed in <code>quotes.csv</code> in this folder.</p>")
    for n in c.notes:
        out.append(f'<p class="note">{e(n)}</p>')
    out.append("<h2>Scores over time</h2>")
    if c.scores is not None:
        out.append(simple_table_html(c.scores, f"Scores of {c.participant_id} by time point"))
    if sparkline_uri:
        out.append(f'<figure><img src="{sparkline_uri}" alt="{e(c.sparkline_alt)}">'
                   f"<figcaption>Scores over time (first → last value); participant alliance language and "
                   f"therapist MI-consistent responsiveness are language scores of each session's "
                   f"transcript.</figcaption></figure>")
    if c.scores is None and not sparkline_uri:
        out.append("<p>No scores in this run.</p>")
    out.append("<h2>Alliance across sessions</h2>")
    out.append(simple_table_html(c.alliance, f"Alliance-language scores of {c.participant_id}'s sessions")
               if c.alliance is not None else "<p>No alliance scores in this run.</p>")
    out.append("<h2>Ruptures and repairs</h2>")
    out.append(_ruptures_html(c))
    out.append("<h2>Themes by session</h2>")
    if c.themes is not None:
        out.append(simple_table_html(c.themes, f"Affirmed coded spans in {c.participant_id}'s own words, "
                                               "by session (and narrative)"))
    else:
        out.append("<p>No coded spans in the participant's own words.</p>")
    out.append("<h2>Exemplar quotes</h2>")
    if not c.quotes:
        out.append("<p>No quotes (no codings in this run).</p>")
    for phase, qs in c.quotes.items():
        out.append(f"<h3>{e(phase.capitalize())}</h3>")
        out.append(_quote_li_html_list(qs) if qs else "<p>No coded participant turns in this phase.</p>")
    out.append("<h2>Written accounts</h2>")
    out.append("\n".join(_written_html(d) for d in c.written) if c.written else
               "<p>No narrative or case-history documents.</p>")
    out.append("</main>")
    return page(f"Case history {c.participant_id} — {study_name}", "\n".join(out), synthetic)


def case_markdown(c: CaseHistory, study_name: str, synthetic: bool, sparkline_file: str | None) -> str:
    out = [f"# Case history: {_md_item(c.participant_id)}", ""]
    if synthetic:
        out += [SYNTHETIC_MD]
    out += [f"{no_html(study_name)} · built from the run's tables by qualalliance · [back to the report](../index.md)",
            "", "## Overview", ""]
    # summary lines carry values from the user's tables (session names, covariates): no raw HTML either
    out += [f"- {no_html(s)}" for s in c.summary] or ["No overview data."]
    out += ["", "Every quote is cited as document, turn and the character offsets of the coded span (in bold).", ""]
    out += [f"*{no_html(n)}*\n" for n in c.notes]
    out += ["## Scores over time", ""]
    if c.scores is not None:
        out.append(simple_table_md(c.scores, f"Scores of {c.participant_id} by time point"))
    if sparkline_file:
        out += [f"![{no_html(c.sparkline_alt)}]({sparkline_file})", ""]
    out += ["## Alliance across sessions", ""]
    out.append(simple_table_md(c.alliance, f"Alliance-language scores of {c.participant_id}'s sessions")
               if c.alliance is not None else "No alliance scores in this run.\n")
    out += ["## Ruptures and repairs", ""] + _ruptures_md(c)
    out += ["## Themes by session", ""]
    out.append(simple_table_md(c.themes, f"Affirmed coded spans in {c.participant_id}'s own words")
               if c.themes is not None else "No coded spans in the participant's own words.\n")
    out += ["## Exemplar quotes", ""]
    for phase, qs in c.quotes.items():
        out += [f"### {phase.capitalize()}", ""]
        out += [f"- {_md_item(q)}" for q in qs] or ["No coded participant turns in this phase."]
        out.append("")
    out += ["## Written accounts", ""]
    for d in c.written:
        kind = "Narrative" if d.source_type == "narrative" else d.source_type.replace("_", " ").capitalize()
        out += [f"### {kind}: {_md_item(d.doc_id)}", "",
                f"{d.words:,} words in {d.paragraphs} paragraphs. "
                + ("Coded themes: " + ", ".join(f"{_md_item(l)} ×{n}" for l, n in d.codes) + "." if d.codes else
                   "No affirmed codes.")
                + _not_counted(d, _md_item), ""]
        if d.sections:
            out += [f"- **{_md_item(h)}**: {', '.join(map(_md_item, codes)) if codes else 'no codes'}"
                    for h, codes in d.sections] + [""]
        out += [f"- {_md_item(q)}" for q in d.quotes] + [""]
    if not c.written:
        out.append("No narrative or case-history documents.")
    return "\n".join(out).rstrip() + "\n"


__all__ = ["case_html", "case_markdown", "figure_html", "figure_md", "page", "simple_table_html",
           "simple_table_md", "table_block_html", "table_markdown", "SYNTHETIC_MD"]
