"""Render a :class:`ReportTable` as accessible HTML, Markdown, APA-style LaTeX, or a spreadsheet."""

from __future__ import annotations

import html
import io
import re
import zipfile

import pandas as pd

from ..mdsafe import no_html
from .model import Quote, ReportTable

_NUMERIC = re.compile(r"^[\s<>=≤≥\-–—+.,0-9()\[\]%/*†n]*$")
FIXED_ZIP_TIME = (2000, 1, 1, 0, 0, 0)
FIXED_XLSX_STAMP = "2000-01-01T00:00:00Z"


def _items(cell) -> list:
    return cell if isinstance(cell, list) else [cell]


def cell_text(cell) -> str:
    """Plain text of a cell (lists one item per line)."""
    return "\n".join(q.plain() if isinstance(q, Quote) else ("" if pd.isna(q) else str(q)) for q in _items(cell))


# --------------------------------------------------------------------------- HTML
def _html_item(item) -> str:
    if isinstance(item, Quote):
        before, span, after = item.parts()
        return (f'<q>{html.escape(before)}<mark>{html.escape(span)}</mark>{html.escape(after)}</q> '
                f'<span class="cite">({html.escape(item.cite())})</span>')
    return html.escape(str(item))


def _html_cell(cell) -> tuple[str, str]:
    """(inner html, css class)."""
    if isinstance(cell, list):
        inner = "".join(f"<li>{_html_item(i)}</li>" for i in cell)
        return f'<ul class="cell-list">{inner}</ul>', "text"
    text = "" if cell is None or (not isinstance(cell, str) and pd.isna(cell)) else str(cell)
    if text == "—":
        return text, "na"
    return html.escape(text), ("num" if text and _NUMERIC.match(text) else "")


def table_html(t: ReportTable, after: str = "") -> str:
    cols = list(t.display.columns)
    head = "".join(f'<th scope="col">{html.escape(str(c))}</th>' for c in cols)
    body = []
    for row in t.display.itertuples(index=False):
        cells = []
        for j, cell in enumerate(row):
            inner, cls = _html_cell(cell)
            attr = f' class="{cls}"' if cls else ""
            if j == 0 and t.row_header:
                cells.append(f'<th scope="row"{attr}>{inner}</th>')
            else:
                cells.append(f"<td{attr}>{inner}</td>")
        body.append("<tr>" + "".join(cells) + "</tr>")
    note = f'<p class="note"><em>Note.</em> {html.escape(t.note)}</p>' if t.note else ""
    return (f'<div class="table-wrap" id="table-{t.key}"><table>\n'
            f'<caption><span class="tnum">Table {t.number}</span> <span class="ttitle">{html.escape(t.title)}</span>'
            f'</caption>\n<thead><tr>{head}</tr></thead>\n<tbody>\n' + "\n".join(body) +
            f"\n</tbody></table>\n{note}{after}</div>")


# --------------------------------------------------------------------------- Markdown
def _md_escape(s: str) -> str:
    # HTML escaped too: Markdown renderers pass raw HTML through, so a transcript's <script> would run
    return no_html(s).replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ")


def _md_item(item) -> str:
    if isinstance(item, Quote):
        before, span, after = item.parts()
        inner = _md_escape(before) + (f"**{_md_escape(span)}**" if span.strip() else "") + _md_escape(after)
        return f"“{inner}” ({_md_escape(item.cite())})"
    return _md_escape("" if item is None or (not isinstance(item, str) and pd.isna(item)) else str(item))


def table_markdown(t: ReportTable, heading: str = "") -> str:
    cols = [str(c) for c in t.display.columns]
    lines = [f"{heading}**Table {t.number}.** *{_md_escape(t.title)}*", "",
             "| " + " | ".join(_md_escape(c) for c in cols) + " |",
             "|" + "|".join("---" for _ in cols) + "|"]
    for row in t.display.itertuples(index=False):
        lines.append("| " + " | ".join("<br>".join(_md_item(i) for i in _items(c)) for c in row) + " |")
    if t.note:
        lines += ["", f"*Note.* {no_html(t.note)}"]
    return "\n".join(lines) + "\n"


# --------------------------------------------------------------------------- LaTeX
_TEX_SPECIAL = {"&": r"\&", "%": r"\%", "$": r"\$", "#": r"\#", "_": r"\_", "{": r"\{", "}": r"\}",
                "~": r"\textasciitilde{}", "^": r"\textasciicircum{}", "\\": r"\textbackslash{}",
                "†": r"\textdagger{}", "≤": r"$\leq$", "≥": r"$\geq$", "ρ": r"$\rho$", "β": r"$\beta$",
                "−": "$-$", "×": r"$\times$", "…": r"\ldots{}", "<": r"\textless{}", ">": r"\textgreater{}"}
_TEX_RE = re.compile("|".join(re.escape(k) for k in _TEX_SPECIAL))
_MINUS = re.compile(r"(?<![A-Za-z0-9])-(?=[\d.])")


def tex_escape(s: str) -> str:
    s = _TEX_RE.sub(lambda m: _TEX_SPECIAL[m.group()], str(s))
    return _MINUS.sub("$-$", s)


def _tex_item(item) -> str:
    if isinstance(item, Quote):
        before, span, after = item.parts()
        return (f"``{tex_escape(before)}\\textbf{{{tex_escape(span)}}}{tex_escape(after)}'' "
                f"{{\\scriptsize({tex_escape(item.cite())})}}")
    return tex_escape("" if item is None or (not isinstance(item, str) and pd.isna(item)) else str(item))


def _tex_cell(cell) -> str:
    items = _items(cell)
    return r" \newline ".join(_tex_item(i) for i in items) if len(items) > 1 else _tex_item(items[0])


def table_latex(t: ReportTable) -> str:
    """An APA-style table: caption above, booktabs rules, a Note below.

    Short tables are a floating ``table``; tables with long text or many rows are a
    ``longtable`` that breaks across pages.  Needs ``booktabs`` (and ``longtable``, ``array``).
    """
    cols = [str(c) for c in t.display.columns]
    has_lists = any(isinstance(v, list) for v in t.display.to_numpy().ravel())
    long = has_lists or len(t.display) > 30 or bool(t.text_columns)
    numeric = {c: t.display[c].astype(str).map(lambda s: bool(_NUMERIC.match(s))).all() for c in cols}
    # column widths of a long table (fractions of \linewidth): the row label, short text
    # columns, numbers, and what is left shared by the long text columns
    n_text = max(1, sum(1 for c in cols if c in t.text_columns))
    n_short = sum(1 for c in cols[1:] if c not in t.text_columns and not numeric[c])
    n_num = sum(1 for c in cols[1:] if c not in t.text_columns and numeric[c])
    width = max(0.12, (0.95 - 0.14 - 0.11 * n_short - 0.06 * n_num) / n_text)
    spec = []
    for j, c in enumerate(cols):
        if c in t.text_columns:
            spec.append(f"p{{{width:.2f}\\linewidth}}")
        elif j == 0:
            spec.append("l" if not long else "p{0.14\\linewidth}")
        elif numeric[c]:
            spec.append("r")
        else:
            spec.append("p{0.11\\linewidth}" if long else "l")
    size = "\\footnotesize" if long or len(cols) > 5 else "\\small"
    header = " & ".join(tex_escape(c) for c in cols) + r" \\"
    rows = [" & ".join(_tex_cell(c) for c in row) + r" \\" for row in t.display.itertuples(index=False)]
    label = f"tab:{t.key.replace('_', '-')}"
    note = f"\\textit{{Note.}} {tex_escape(t.note)}" if t.note else ""
    head = [f"% Table {t.number}: {t.title}",
            "% Generated by qualalliance. Needs \\usepackage{booktabs}" + (", longtable, array" if long else "") + "."]
    if long:
        body = [f"\\begin{{longtable}}{{{''.join(spec)}}}",
                f"\\caption{{{tex_escape(t.title)}}}\\label{{{label}}}\\\\",
                r"\toprule", header, r"\midrule", r"\endfirsthead",
                r"\toprule", header, r"\midrule", r"\endhead",
                r"\bottomrule", r"\endfoot", *rows, r"\end{longtable}"]
        if note:
            body += ["{\\footnotesize " + note + r"\par}"]
        return "\n".join(head + ["{" + size, *body, "}"]) + "\n"
    body = [r"\begin{table}[htbp]", r"\centering", f"\\caption{{{tex_escape(t.title)}}}", f"\\label{{{label}}}",
            size, f"\\begin{{tabular}}{{{''.join(spec)}}}", r"\toprule", header, r"\midrule", *rows,
            r"\bottomrule", r"\end{tabular}"]
    if note:
        body += [r"\par\smallskip", r"\begin{minipage}{\linewidth}\footnotesize " + note + r"\end{minipage}"]
    body.append(r"\end{table}")
    return "\n".join(head + body) + "\n"


# --------------------------------------------------------------------------- spreadsheet
_SHEET_BAD = re.compile(r"[\[\]:*?/\\]")


def _sheet_name(key: str, used: set[str]) -> str:
    base = _SHEET_BAD.sub("_", key)[:31] or "table"
    name, i = base, 2
    while name.lower() in used:
        suffix = f"_{i}"
        name, i = base[:31 - len(suffix)] + suffix, i + 1
    used.add(name.lower())
    return name


def _xlsx_value(v):
    if isinstance(v, list) or isinstance(v, Quote):
        return cell_text(v)
    if v is None:
        return None
    try:
        if pd.isna(v):
            return None
    except (TypeError, ValueError):
        return str(v)
    if hasattr(v, "item"):  # numpy scalar -> python
        v = v.item()
    return v if isinstance(v, (int, float, str, bool)) else str(v)


def tables_xlsx(tables: list[ReportTable], title: str) -> bytes:
    """One sheet per table (the numbers behind it), plus a Contents sheet with titles and notes.

    The file is byte-for-byte reproducible: the document timestamps and the zip entry
    times are fixed.
    """
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    wb = Workbook()
    contents = wb.active
    contents.title = "Contents"
    contents.append([title])
    contents["A1"].font = Font(bold=True)
    contents.append(["Table", "Sheet", "Title", "Note", "Source"])
    for c in contents[2]:
        c.font = Font(bold=True)
    used = {"contents"}
    for t in tables:
        name = _sheet_name(t.key, used)
        contents.append([t.number, name, t.title, t.note, ", ".join(t.sources)])
        ws = wb.create_sheet(name)
        df = t.raw if t.raw is not None else t.display
        ws.append([str(c) for c in df.columns])
        for c in ws[1]:
            c.font = Font(bold=True)
        for row in df.itertuples(index=False):
            ws.append([_xlsx_value(v) for v in row])
        ws.freeze_panes = "A2"
        for j, col in enumerate(df.columns, 1):
            sample = [len(str(col))] + [len(str(_xlsx_value(v) or "")) for v in df[col].head(200)]
            ws.column_dimensions[ws.cell(1, j).column_letter].width = min(60, max(8, max(sample) + 2))
    for col, w in zip("ABCDE", (8, 22, 50, 90, 40)):
        contents.column_dimensions[col].width = w
    for row in contents.iter_rows(min_row=3):
        for c in row:
            c.alignment = Alignment(wrap_text=True, vertical="top")
    buf = io.BytesIO()
    wb.save(buf)
    return _fix_zip(buf.getvalue())


def _fix_zip(data: bytes) -> bytes:
    """Rewrite an xlsx with fixed timestamps so identical tables give identical bytes."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            payload = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                payload = re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*(<)",
                                 rb"\g<1>" + FIXED_XLSX_STAMP.encode() + rb"\g<2>", payload)
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = info.external_attr
            dst.writestr(zi, payload)
    return out.getvalue()
