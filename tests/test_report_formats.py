"""Report building blocks: APA formatting, LaTeX/Markdown/XLSX writers, fit band, quotes."""

from __future__ import annotations

import io
import re

import numpy as np
import pandas as pd
from hypothesis import given
from hypothesis import strategies as st

from qualalliance.report.cases import pick_quotes, sentence_quote
from qualalliance.report.design import phase_of, DEFAULT_PHASES
from qualalliance.report.figures import fit_band
from qualalliance.report.formatting import bounded, ci, coef, feature_label, mean_sd, num, pval
from qualalliance.report.inputs import load_run, natural_sorted
from qualalliance.report.model import Quote, ReportTable
from qualalliance.report.table_formats import table_html, table_latex, table_markdown, tables_xlsx, tex_escape

from .report_fixture import make_run


def test_apa_numbers():
    assert bounded(0.4512) == ".45" and bounded(-0.12) == "-.12" and bounded(-0.001) == ".00"
    assert bounded(1.0) == "1.00" and bounded(float("nan")) == "—" and bounded(None) == "—"
    assert pval(0.0004) == "< .001" and pval(0.0321) == ".032" and pval(1.0) == "1.000"
    assert num(1234.0) == "1,234" and num(3.14159) == "3.14" and num(7, 0) == "7" and num(pd.NA) == "—"
    assert ci(-0.1, 0.5, bounded_stat=True) == "[-.10, .50]" and ci(1.5, 22.25) == "[1.50, 22.25]"
    assert mean_sd([1, 2, 3]) == "2.00 (1.00)" and mean_sd([]) == "—"
    assert coef(-0.000826) == "-0.00083" and coef(1.234) == "1.23" and coef(0) == "0.00" and coef(0.05) == "0.050"


def test_names(tmp_path):
    run = load_run(make_run(tmp_path))  # labels and parts come from link/variables.csv
    assert run.outcome_parts("hamd.improvement@week4") == ("hamd", "improvement", "week4")
    assert run.outcome_parts("wai@preparation") == ("wai", "", "preparation")
    assert run.outcome_parts("text.n_words") is None
    assert run.outcome_variable("hamd", "responder", "week4") == "hamd.responder@week4"
    assert feature_label("hamd.improvement@week4", run) == "HAM-D improvement, week4"
    assert feature_label("code.safety.per_1000_words", run) == "Felt safety (per 1,000 words)"  # codebook label
    assert feature_label("code.safety.participant.per_1000_words") == "safety, participant turns (per 1,000 words)"
    assert feature_label("alliance.session.therapist_mi_responsiveness") == \
        "Therapist MI-consistent responsiveness (index)"
    assert feature_label("alliance.session.alliance_index") == "Therapist MI-consistent responsiveness (index)"
    assert feature_label("alliance.session.participant_alliance_per_1k") == \
        "Participant alliance language (per 1,000 words)"
    assert feature_label("alliance.therapist.bond_per_1k") == "Bond language (per 1,000 words, therapist row)"
    assert feature_label("text.n_words") == "Words (n)"
    assert natural_sorted(["P10", "P2", "P1", "", None]) == ["P1", "P2", "P10"]
    assert phase_of("dosing2", "dosing2", DEFAULT_PHASES) == "dosing"
    assert phase_of("integration1", "week1", DEFAULT_PHASES) == "integration"
    assert phase_of("followup", "month3", DEFAULT_PHASES) is None


@given(st.text(alphabet="ab_&%$#{}~^\\<>-.0123 ≤†", max_size=30))
def test_tex_escape_leaves_no_bare_specials(s):
    out = tex_escape(s)
    stripped = out
    for cmd in (r"\textbackslash{}", r"\textasciitilde{}", r"\textasciicircum{}", r"\textdagger{}",
                r"\textless{}", r"\textgreater{}", r"$\leq$", "$-$"):
        stripped = stripped.replace(cmd, "")
    for ch in "&%#_{}$":
        stripped = stripped.replace("\\" + ch, "")
    assert not any(ch in stripped for ch in "&%#_{}~^\\<>$")


def _table(cells=None) -> ReportTable:
    q = Quote(text="I feel safe here.", doc_id="P1_prep", turn=3, start=100, end=117, span_start=107,
              span_end=111, participant_id="P1", code="safety")
    display = pd.DataFrame({"Feature": ["Safety | rate", "Trust_x"], "r": [".45 [.10, .70]", "-.12"],
                            "Quotes": cells or [[q], "—"]})
    return ReportTable("demo_table", "A demo & table", display, note="50% of n < 10 flagged †.",
                       raw=pd.DataFrame({"feature": ["safety", "trust"], "r": [0.45, -0.12]}), number=3,
                       text_columns=("Quotes",))


def test_latex_apa_table():
    tex = table_latex(_table())
    assert "\\begin{longtable}" in tex  # list cells and text columns: a page-breaking table
    for part in ("\\caption{A demo \\& table}", "\\label{tab:demo-table}", "\\toprule", "\\midrule",
                 "\\bottomrule", "\\textit{Note.} 50\\% of n \\textless{} 10 flagged \\textdagger{}.",
                 "``I feel \\textbf{safe} here.''", "Safety | rate", "Trust\\_x", "$-$.12"):
        assert part in tex, part
    short = table_latex(ReportTable("t", "Short", pd.DataFrame({"a": ["x"], "b": ["1.00"]}), note="n", number=1))
    assert "\\begin{table}[htbp]" in short and "\\begin{tabular}{lr}" in short


def test_markdown_and_html_tables():
    md = table_markdown(_table())
    assert md.startswith("**Table 3.** *A demo & table*")
    assert "| Safety \\| rate |" in md and "“I feel **safe** here.” (P1, P1_prep, turn 3, chars 107–111)" in md
    h = table_html(_table())
    assert "<caption>" in h and '<th scope="col">Feature</th>' in h and '<th scope="row">Safety | rate</th>' in h
    assert "<mark>safe</mark>" in h and 'class="num"' in h


def test_xlsx_one_sheet_per_table_and_reproducible():
    from openpyxl import load_workbook

    a = tables_xlsx([_table()], "demo")
    b = tables_xlsx([_table()], "demo")
    assert a == b
    wb = load_workbook(io.BytesIO(a))
    assert wb.sheetnames == ["Contents", "demo_table"]
    ws = wb["demo_table"]
    assert [c.value for c in ws[1]] == ["feature", "r"] and ws["B3"].value == -0.12
    assert wb["Contents"]["C3"].value == "A demo & table"


def test_fit_band_equals_statsmodels():
    import statsmodels.api as sm

    rng = np.random.default_rng(3)
    x = rng.normal(size=15)
    y = 2 + 0.7 * x + rng.normal(size=15)
    grid = np.linspace(-2, 2, 9)
    fit, lo, hi = fit_band(x, y, grid)
    pred = sm.OLS(y, sm.add_constant(x)).fit().get_prediction(sm.add_constant(grid)).summary_frame(alpha=0.05)
    np.testing.assert_allclose(fit, pred["mean"], atol=1e-9)
    np.testing.assert_allclose(lo, pred["mean_ci_lower"], atol=1e-9)
    np.testing.assert_allclose(hi, pred["mean_ci_upper"], atol=1e-9)


def _coding(text, start, end, code, seg_start=1000, turn=0, doc="D"):
    return {"seg_text": text, "seg_start": seg_start, "start_char": seg_start + start, "end_char": seg_start + end,
            "doc_id": doc, "turn": turn, "participant_id": "P1", "code": code}


def test_sentence_quote_offsets():
    text = "Hello there. I feel safe with you here. Later we talked."
    row = pd.DataFrame([_coding(text, 20, 24, "safety")]).iloc[0]
    q = sentence_quote(row)
    assert q.text == "I feel safe with you here." and (q.start, q.end) == (1013, 1039)
    assert q.span == "safe" and q.parts() == ("I feel ", "safe", " with you here.")
    long = " ".join(["word"] * 40) + " safe " + " ".join(["more"] * 40) + "."
    q = sentence_quote(pd.DataFrame([_coding(long, 200, 204, "safety")]).iloc[0], max_words=10)
    assert "safe" in q.text and len(q.text.split()) <= 11 and long[q.start - 1000:q.end - 1000] == q.text


def test_pick_quotes_distinct_codes_and_sentences():
    text = "I was scared and then I realised it. I trust you."
    rows = pd.DataFrame([_coding(text, 6, 12, "anxiety"), _coding(text, 24, 32, "insight"),
                         _coding(text, 39, 44, "trust"), _coding(text, 6, 12, "anxiety")])
    qs = pick_quotes(rows, 3, {"D": 0}, {"anxiety": 0, "insight": 1, "trust": 2})
    # anxiety is the most frequent code; insight's sentence is anxiety's, so it is skipped
    assert [q.code for q in qs] == ["anxiety", "trust"]
    assert [q.text for q in qs] == ["I was scared and then I realised it.", "I trust you."]


def test_sparkline_scale_and_alt():
    from qualalliance.report.sparkline import Series, _scale, sparkline_alt, sparkline_svg

    assert _scale([8, 12], 0, 52) == (3.5, 16.5)          # widened to a quarter of 0-52
    assert _scale([1, 2], 0, 52) == (0, 13)               # ... and kept inside the range
    assert _scale([20, 30, 40], 0, 52) == (20, 40)        # wide enough already
    assert _scale([3.0], None, None) == (2.0, 4.0)
    s = [Series("HAM-D", [("baseline", 24.0), ("week4", 14.0)], 0, 52, "lower is better"),
         Series("Empty", [("baseline", float("nan"))])]
    svg = sparkline_svg(s, "Scores of P1")
    assert svg.count("<polyline") == 1 and "24 → 14" in svg and 'aria-label="Scores of P1"' in svg
    assert sparkline_alt(s) == "Sparklines of scores over time. HAM-D: baseline 24, week4 14."


def test_markdown_outputs_carry_no_raw_html():
    """Markdown renderers pass HTML through: quoted transcript text must not become a tag (#20)."""
    from qualalliance.link.joint_display import _md_quote
    from qualalliance.mdsafe import no_html
    from qualalliance.report.page import simple_table_md

    evil = "<script>alert(1)</script> I feel <b>safe</b>"
    q = Quote(text=evil, doc_id="<img src=x onerror=alert(1)>", turn=1, start=0, end=len(evil), span_start=0,
              span_end=8, participant_id="P1", code="safety")
    md = table_markdown(_table([[q], evil]))
    assert "<script" not in md and "<img" not in md and "<b>" not in md
    assert "&lt;script>alert(1)&lt;/script>" in md
    listing = simple_table_md(pd.DataFrame({"Participant": [("<i>P1</i>", "case_histories/<i>P1</i>.md")]}), "c")
    assert "<i>" not in listing and "[&lt;i>P1&lt;/i>](case_histories/%3Ci%3EP1%3C/i%3E.md)" in listing
    jd = _md_quote({"quote": evil, "q_start": 0, "q_end": 8, "participant_id": "<u>P1</u>", "role": "participant",
                    "timepoint": "t1", "session": "1", "turn": 2})
    assert "<" not in jd and "**&lt;script>**" in jd
    assert no_html("p < .001, a<b, <!-- x --> <?php <https://x>") == "p < .001, a&lt;b, &lt;!-- x --> &lt;?php &lt;https://x>"


def test_case_history_markdown_carries_no_raw_html():
    """Summary lines and notes quote the user's tables (session names, covariate values) (#20)."""
    from qualalliance.report.cases import CaseHistory
    from qualalliance.report.page import case_markdown

    case = CaseHistory(participant_id="<i>P1</i>", summary=["Covariates: site <script>alert(1)</script>."],
                       scores=None, sparkline=None, sparkline_alt="<img src=x>", alliance=None, themes=None,
                       notes=["<b>note</b>"])
    md = case_markdown(case, "<u>study</u>", False, "p1.svg")
    assert "<script" not in md and "<i>" not in md and "<b>" not in md and "<u>" not in md and "<img" not in md
    assert "- Covariates: site &lt;script>alert(1)&lt;/script>." in md and "&lt;u>study&lt;/u> · built" in md


def test_svg_clip_path_ids_are_renumbered_in_order_of_use(monkeypatch):
    """matplotlib hashes each clip path's key into its id, and the key can change between two
    renders of one figure (a last-bit float difference, an object identity); a key that
    changes on every render stands in for that."""
    import itertools

    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from matplotlib.backends.backend_svg import RendererSVG

    from qualalliance.report.figures import stable_svg_ids

    make_id, renders = RendererSVG._make_id, itertools.count()
    monkeypatch.setattr(RendererSVG, "_make_id", lambda self, kind, content: make_id(
        self, kind, (content, next(renders)) if kind == "p" else content))
    fig, axes = plt.subplots(1, 2)
    for ax in axes:
        ax.imshow([[0.0, 1.0], [1.0, 0.0]])

    def svg() -> bytes:
        buf = io.BytesIO()
        with matplotlib.rc_context({"svg.hashsalt": "fixed"}):  # as the report's style sets it
            fig.savefig(buf, format="svg", metadata={"Date": None})
        return buf.getvalue()

    a, b = svg(), svg()
    plt.close(fig)
    assert a != b
    assert stable_svg_ids(a) == stable_svg_ids(b)
    out = stable_svg_ids(a)
    assert b'clip-path="url(#clip1)"' in out and b'id="clip1"' in out and b'id="clip2"' in out
    assert re.search(rb'id="p[0-9a-f]{10}"', out) is None
