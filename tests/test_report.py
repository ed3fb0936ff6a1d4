"""The report stage on a fabricated run folder (tests/report_fixture.py; synthetic data)."""

from __future__ import annotations

import html.parser
import json
import re
from pathlib import Path

import pandas as pd
import pytest
from click.testing import CliRunner
from scipy import stats as sps

from qualalliance.cli import cli
from qualalliance.errors import ConfigError, InputError
from qualalliance.report import render_report
from qualalliance.report.design import resolve_design
from qualalliance.report.formatting import bounded
from qualalliance.report.inputs import load_run
from qualalliance.report.paper_tables import build_tables

from .report_fixture import PIDS, make_run, make_study

TABLES = ["corpus", "codebook", "outcomes", "alliance", "alliance_validity", "correlations", "regressions",
          "group_comparisons",
          "joint_display", "topics"]
FIGURES = ["theme_heatmap", "code_frequencies", "alliance_trajectory", "alliance_outcome", "topic_shares"]


@pytest.fixture(scope="module")
def rendered(tmp_path_factory):
    run = make_run(tmp_path_factory.mktemp("report"))
    return run, render_report(run)


class _Tags(html.parser.HTMLParser):
    """Collects the tags (with attributes and nesting) an accessibility check needs."""

    def __init__(self):
        super().__init__()
        self.tags, self.stack, self.captions = [], [], 0
        self.table_count = 0

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.tags.append((tag, attrs, tuple(self.stack)))
        if tag not in ("img", "meta", "br", "link"):
            self.stack.append(tag)

    def handle_endtag(self, tag):
        if tag in self.stack:
            while self.stack and self.stack.pop() != tag:
                pass


def _parse(path: Path) -> _Tags:
    p = _Tags()
    p.feed(path.read_text(encoding="utf-8"))
    return p


def _check_page(path: Path) -> _Tags:
    """Offline and accessible: no scripts or remote resources, captions, scoped headers, alt text."""
    text = path.read_text(encoding="utf-8")
    p = _parse(path)
    tags = [t for t, _, _ in p.tags]
    assert "script" not in tags and "link" not in tags and "iframe" not in tags
    assert not re.search(r"url\(\s*['\"]?(https?:)?//", text), "CSS must not load remote resources"
    for tag, attrs, parents in p.tags:
        for key in ("src", "href"):
            v = attrs.get(key) or ""
            assert not v.startswith(("http:", "https:", "//")), f"{path.name}: remote {key} {v[:60]}"
            if key == "href" and v and not v.startswith(("#", "data:")):
                assert (path.parent / v.split("#")[0]).exists(), f"{path.name}: broken link {v}"
        if tag == "img":
            assert len((attrs.get("alt") or "").strip()) > 20, f"{path.name}: img without meaningful alt"
        if tag == "th":
            assert attrs.get("scope") in ("col", "row"), f"{path.name}: th without scope"
    n_tables = tags.count("table")
    assert n_tables == tags.count("caption") and n_tables > 0
    heads = [int(t[1]) for t in tags if re.fullmatch(r"h[1-6]", t)]
    assert heads[0] == 1 and heads.count(1) == 1
    assert all(b - a <= 1 for a, b in zip(heads, heads[1:])), f"{path.name}: heading levels skip: {heads}"
    return p


def test_every_output_is_written(rendered):
    run, res = rendered
    out = run / "report"
    assert res.out_dir == out and res.index == out / "index.html"
    assert res.tables == TABLES
    assert res.figures == FIGURES
    assert res.case_histories == ["P1", "P2", "P3", "P4", "P5", "P10"]  # natural order
    assert res.stages_absent == [] and set(res.stages_present) == {"ingest", "code", "alliance", "topics", "link"}
    assert list(res.omitted) == ["table: reliability"]
    for key in TABLES:
        for ext in ("md", "tex", "csv"):
            assert (out / "tables" / f"{key}.{ext}").stat().st_size > 100
    for key in FIGURES:
        assert (out / "figures" / f"{key}.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
        assert b"<svg" in (out / "figures" / f"{key}.svg").read_bytes()[:2000]
    for pid in PIDS:
        assert (out / "case_histories" / f"{pid}.html").is_file()
        assert (out / "case_histories" / f"{pid}.md").is_file()
    marker = json.loads((out / "report.json").read_text())
    assert marker["synthetic"] is True and marker["design"]["endpoint"] == "week4"


def test_index_is_offline_accessible_and_marked_synthetic(rendered):
    run, _ = rendered
    index = run / "report" / "index.html"
    p = _check_page(index)
    text = index.read_text(encoding="utf-8")
    assert "SYNTHETIC DATA — NOT CLINICAL FINDINGS" in text
    assert text.count("<figure") == len(FIGURES) and text.count('src="data:image/png;base64,') == len(FIGURES)
    # every case history is linked from the index
    hrefs = {a.get("href") for t, a, _ in p.tags if t == "a"}
    assert {f"case_histories/{pid}.html" for pid in PIDS} <= hrefs
    md = (run / "report" / "index.md").read_text(encoding="utf-8")
    assert md.startswith("# qualalliance report: fixture-study") and "SYNTHETIC DATA" in md
    assert all(f"**Table {i}.**" in md for i in range(1, len(TABLES) + 1))


def test_case_history_pages_are_accessible(rendered):
    run, _ = rendered
    for pid in PIDS:
        _check_page(run / "report" / "case_histories" / f"{pid}.html")


def test_codebook_frequencies_are_counted_by_hand(rendered):
    run, _ = rendered
    cb = pd.read_csv(run / "report" / "tables" / "codebook.csv").set_index("ID")
    # participant i (0..5) says "I feel safe here." i+1 times in each of 3 transcripts; each case
    # history says "safe" once; P1's "I did not feel safe at all." (x3) is negated
    assert cb.loc["safety", "Spans"] == 3 * sum(range(1, 7)) + 6 == 69
    assert cb.loc["safety", "Denied spans"] == 3 and cb.loc["safety", "Opposite-pole spans"] == 0
    # "I trust you and I trust this process." (integration) + "I trust myself" (narrative)
    assert (cb.loc["trust", "Spans"], cb.loc["trust", "Segments"]) == (18, 12)
    assert cb.loc["trust", "Participants"] == 6 and cb.loc["trust", "% of participants"] == 100
    assert cb.loc["bond", "Spans"] == 0


def test_correlation_cells_equal_scipy(rendered):
    run, _ = rendered
    at = pd.read_csv(run / "link" / "analysis_table.csv")
    r = sps.pearsonr(at["alliance.session.therapist_mi_responsiveness"], at["hamd.improvement@week4"])[0]
    rn = load_run(run)
    tables, _ = build_tables(rn, resolve_design(rn))
    corr = next(t for t in tables if t.key == "correlations")
    features = list(corr.display["Feature"])
    # the participant's own alliance language is the headline: first, and named for what it measures
    assert features[:2] == ["Participant alliance language (per 1,000 words)",
                            "Therapist MI-consistent responsiveness (index)"]
    row = corr.display.set_index("Feature").loc["Therapist MI-consistent responsiveness (index)"]
    assert row["week4 (n = 6)"].startswith(bounded(r) + "†")  # n < 10 flagged
    assert "(n = 6)" in corr.display.columns[1]


def test_outcomes_table_values(rendered):
    run, _ = rendered
    raw = pd.read_csv(run / "report" / "tables" / "outcomes.csv")
    wk4 = raw[(raw["Measure"] == "HAM-D") & (raw["Time point"] == "week4")].iloc[0]
    assert wk4["n"] == 6 and wk4["M"] == pytest.approx(sum([14, 8, 10, 6, 4, 7]) / 6)
    # responders: >= 50% improvement from [24, 20, 26, 22, 18, 28] to [14, 8, 10, 6, 4, 7]
    assert wk4["Responders"] == 5 and wk4["Remitted"] == 3  # <= 7: 6, 4, 7


def test_topics_table_shows_two_quotes_per_topic(rendered):
    from .report_fixture import TOPIC_QUOTES

    run, _ = rendered
    md = (run / "report" / "tables" / "topics.md").read_text(encoding="utf-8")
    index = (run / "report" / "index.html").read_text(encoding="utf-8")
    long_quote = TOPIC_QUOTES[0][0]
    assert len(long_quote) > 220 and long_quote not in md  # cut at a word boundary
    assert "“" + long_quote[:200].rsplit(" ", 2)[0] in md and "breathe out slowly" not in md
    for first, second in TOPIC_QUOTES[1:]:
        assert f"“{first}”" in md and f"“{second}”" in md and f"“{first}”" in index
    assert "“It is safe to be here.” (P2_prep:4)" in md and "(P4_dosing1:3)" in md  # each with its source
    assert "A third quote the table leaves out." not in md
    assert "Representative quotes" in md


def test_every_quote_traces_to_its_document(rendered):
    run, _ = rendered
    docs = pd.read_parquet(run / "ingest" / "documents.parquet").set_index("doc_id")["text"]
    quotes = pd.read_csv(run / "report" / "case_histories" / "quotes.csv", keep_default_na=False)
    assert len(quotes) > 30
    for q in quotes.itertuples():
        assert docs[q.doc_id][q.start_char:q.end_char] == q.quote
        assert docs[q.doc_id][q.span_start:q.span_end] == q.span
        assert q.start_char <= q.span_start < q.span_end <= q.end_char
    page = (run / "report" / "case_histories" / "P2.html").read_text(encoding="utf-8")
    for q in quotes[quotes["participant_id"] == "P2"].itertuples():
        assert f"{q.doc_id}, turn {q.turn}, chars {q.span_start}–{q.span_end}" in page


def test_case_history_content(rendered):
    run, _ = rendered
    md = (run / "report" / "case_histories" / "P1.md").read_text(encoding="utf-8")
    assert "HAM-D: 24 at baseline, 14 at week4 (improvement 10 points, 42%); responder: no; remission: no." in md
    assert "| Felt safety | 1 | 1 | 1 | 0 | 3 |" in md       # the negated "not feel safe" is not counted
    assert "### Preparation" in md and "### Dosing" in md and "### Integration" in md
    assert "- **Background**: Anxiety and fear" in md       # case history summarised by section
    assert "“I feel **safe** here.” (P1, P1_preparation, turn 1, chars 36–40)" in md


def test_same_run_gives_identical_files(rendered, tmp_path):
    run, res = rendered
    again = render_report(run, out_dir=run / "report-again")
    first = {p.relative_to(res.out_dir) for p in res.out_dir.rglob("*") if p.is_file()}
    second = {p.relative_to(again.out_dir) for p in again.out_dir.rglob("*") if p.is_file()}
    assert first == second
    for rel in first:
        assert (res.out_dir / rel).read_bytes() == (again.out_dir / rel).read_bytes(), rel


def test_absent_stages_are_tolerated_and_named(tmp_path):
    run = make_run(tmp_path, stages=("ingest", "code"))
    res = render_report(run)
    assert res.stages_absent == ["alliance", "topics", "link"]
    assert res.tables == ["corpus", "codebook"] and res.figures == ["theme_heatmap", "code_frequencies"]
    assert "figure: alliance_outcome" in res.omitted and "table: correlations" in res.omitted
    assert len(res.case_histories) == 6
    index = (res.out_dir / "index.html").read_text(encoding="utf-8")
    assert index.count(">absent<") == 4  # alliance, topics, link, reliability
    _check_page(res.out_dir / "index.html")
    assert "No link stage output" in (res.out_dir / "case_histories" / "P1.md").read_text(encoding="utf-8")


def test_link_only_run(tmp_path):
    run = make_run(tmp_path, stages=("link",))
    res = render_report(run)
    assert "corpus" not in res.tables and "correlations" in res.tables and "joint_display" in res.tables
    assert res.figures == ["alliance_outcome"]
    md = (res.out_dir / "case_histories" / "P3.md").read_text(encoding="utf-8")
    assert "HAM-D: 26 at baseline, 10 at week4" in md


def test_rerender_replaces_old_report_but_never_a_foreign_folder(tmp_path):
    run = make_run(tmp_path, stages=("ingest", "code"))
    render_report(run)
    (run / "report" / "stale.txt").write_text("old")
    render_report(run)
    assert not (run / "report" / "stale.txt").exists()
    foreign = tmp_path / "mine"
    foreign.mkdir()
    (foreign / "thesis.docx").write_text("precious")
    with pytest.raises(ConfigError, match="not a qualalliance report"):
        render_report(run, out_dir=foreign)
    assert (foreign / "thesis.docx").read_text() == "precious"
    with pytest.raises(InputError, match="no stage outputs"):
        render_report(tmp_path / "mine")


def test_not_synthetic_has_no_banner(tmp_path):
    run = make_run(tmp_path, stages=("ingest", "code"), synthetic=False)
    res = render_report(run)
    page = (res.out_dir / "index.html").read_text(encoding="utf-8")
    assert "NOT CLINICAL FINDINGS" not in page and "class=\"synthetic\"" not in page


def test_report_parameters_from_the_study(tmp_path):
    run = make_run(tmp_path)
    study = make_study(tmp_path / "s2", report_params='{features: ["code.*"], quotes_per_phase: 1}')
    res = render_report(run, study=study)
    corr = pd.read_csv(res.out_dir / "tables" / "correlations.csv")
    assert set(corr["feature"]) == {f"code.{c}.per_1000_words" for c in ("safety", "trust", "insight", "anxiety")}
    quotes = pd.read_csv(res.out_dir / "case_histories" / "quotes.csv")
    assert quotes[quotes["section"] == "dosing"].groupby("participant_id").size().max() == 1
    bad = make_study(tmp_path / "s3", report_params="{colour: red}")
    with pytest.raises(ConfigError, match=r"stages\.report\.colour: unknown key \(allowed: alliance_feature"):
        render_report(run, study=bad)


def test_cli_report(tmp_path):
    run = make_run(tmp_path, stages=("ingest", "code"))
    out = tmp_path / "out"
    r = CliRunner().invoke(cli, ["report", str(run), "-o", str(out)])
    assert r.exit_code == 0, r.output
    assert "2 tables, 2 figures, 6 case histories" in r.output and "left out" in r.output
    assert (out / "index.html").is_file()
    r = CliRunner().invoke(cli, ["report", str(tmp_path / "study")])
    assert r.exit_code == 2 and r.output.startswith("error: ") and "no stage outputs" in r.output


def test_reliability_tables_are_rendered(tmp_path):
    run = make_run(tmp_path, stages=("ingest", "code"))
    (run / "reliability").mkdir()
    pd.DataFrame({"code": ["safety", "trust"], "n_units": [120, 120], "percent_agreement": [0.95, 0.9],
                  "cohen_kappa": [0.812, -0.05], "p": [0.0001, 0.5]}).to_csv(run / "reliability" / "reliability.csv",
                                                                               index=False)
    res = render_report(run)
    assert res.tables == ["corpus", "codebook", "reliability"] and "reliability" in res.stages_present
    md = (res.out_dir / "tables" / "reliability.md").read_text(encoding="utf-8")
    assert md.startswith("**Table 3.** *Inter-coder reliability*")
    assert "| safety | 120 | .95 | .81 | < .001 |" in md and "| trust | 120 | .90 | -.05 | .500 |" in md


def test_without_manifest_or_study_the_design_is_inferred(tmp_path):
    run = make_run(tmp_path)
    (run / "manifest.json").unlink()
    res = render_report(run)
    marker = json.loads((res.out_dir / "report.json").read_text())
    assert marker["synthetic"] is False  # unknown without the study: say so with --study
    assert marker["design"]["primary"] == "hamd" and marker["design"]["endpoint"] == "week4"
    assert "correlations" in res.tables and "alliance_outcome" in res.figures
    page = (res.out_dir / "index.html").read_text(encoding="utf-8")
    assert "did not exist yet when this report was rendered" in page and "Versions (when rendered)" in page


def test_alliance_measure_is_found_by_its_declared_construct_not_its_description(tmp_path):
    run = make_run(tmp_path)
    study = tmp_path / "study" / "study.yaml"
    text = study.read_text(encoding="utf-8")
    assert "wai@preparation" in resolve_design(load_run(run)).alliance_vars  # construct: alliance
    study.write_text(text.replace("    construct: alliance\n", ""), encoding="utf-8")
    assert "wai@preparation" not in resolve_design(load_run(run)).alliance_vars  # "Alliance" in its description
    study.write_text(text.replace("description: Working Alliance Inventory total", "description: a scale"),
                     encoding="utf-8")
    assert "wai@preparation" in resolve_design(load_run(run)).alliance_vars


def test_alliance_validity_table_equals_scipy(rendered):
    """The text alliance scores beside the questionnaire: Pearson r as scipy computes it."""
    run, _ = rendered
    at = pd.read_csv(run / "link" / "analysis_table.csv")
    raw = pd.read_csv(run / "report" / "tables" / "alliance_validity.csv").set_index(["text_score", "with"])
    head, ther = "alliance.session.participant_alliance_per_1k", "alliance.session.therapist_mi_responsiveness"
    for text, other in ((head, "wai@preparation"), (ther, "wai@preparation"), (head, ther)):
        ref = sps.pearsonr(at[text], at[other])
        row = raw.loc[(text, other)]
        assert row["r"] == pytest.approx(ref[0], abs=1e-12) and row["n"] == 6
        lo, hi = ref.confidence_interval()
        assert (row["ci_low"], row["ci_high"]) == (pytest.approx(lo, abs=1e-9), pytest.approx(hi, abs=1e-9))
    md = (run / "report" / "tables" / "alliance_validity.md").read_text(encoding="utf-8")
    # the headline is the first row, the questionnaire a column, n said once in the note
    rows = [line for line in md.splitlines() if line.startswith("| Participant") or line.startswith("| Therapist")]
    assert rows[0].startswith("| Participant alliance language (per 1,000 words) |")
    assert "r with WAI total, preparation" in md and "n = 6 participants" in md


def test_run_written_before_the_rename_renders_under_the_new_names(tmp_path):
    """A run folder whose alliance and link tables still say alliance_index (qualalliance 0.1)."""
    run = make_run(tmp_path)
    old, new = "alliance.session.alliance_index", "alliance.session.therapist_mi_responsiveness"
    al_path = run / "alliance" / "alliance.parquet"
    al = pd.read_parquet(al_path)
    al.drop(columns=["therapist_mi_responsiveness"]).to_parquet(al_path, index=False)
    for name, col in (("statistics", "feature"), ("regressions", "feature"), ("group_comparisons", "feature"),
                      ("variables", "variable")):
        p = run / "link" / f"{name}.csv"
        df = pd.read_csv(p)
        df[col] = df[col].replace(new, old)
        if name == "variables":
            df["name"] = df["name"].replace("therapist_mi_responsiveness", "alliance_index")
        df.to_csv(p, index=False)
    p = run / "link" / "analysis_table.csv"
    pd.read_csv(p).rename(columns={new: old}).to_csv(p, index=False)
    rn = load_run(run)
    assert "therapist_mi_responsiveness" in rn.get("alliance").columns
    assert "alliance_index" not in rn.get("alliance").columns
    tables, _ = build_tables(rn, resolve_design(rn))
    corr = next(t for t in tables if t.key == "correlations")
    assert "Therapist MI-consistent responsiveness (index)" in list(corr.display["Feature"])
    assert any(t.key == "alliance_validity" for t in tables)


def test_group_table_gives_a_feature_one_number_format(tmp_path):
    from qualalliance.report.formatting import num, row_digits

    assert num(5080.375) == "5,080.38" and num(5198.0) == "5,198" and num(12.5) == "12.50"
    assert row_digits([5198.0, 4720.0, 5080.38, 4955.45]) == 0 and row_digits([1.2, 0.4]) == 2
    run = make_run(tmp_path)
    p = run / "link" / "group_comparisons.csv"
    gc = pd.read_csv(p)
    words = gc["feature"] == "text.n_words"
    gc.loc[words, ["median1", "median0", "mean1", "mean0"]] = [5198.0, 4720.0, 5080.38, 4955.45]
    gc.to_csv(p, index=False)
    rn = load_run(run)
    tables, _ = build_tables(rn, resolve_design(rn))
    row = next(t for t in tables if t.key == "group_comparisons").display.set_index("Feature").loc["Words (n)"]
    assert [row[c] for c in row.index if c.startswith(("Mdn", "M,"))] == ["5,198", "4,720", "5,080", "4,955"]


def test_case_history_keeps_denied_and_opposite_pole_apart(tmp_path):
    run = make_run(tmp_path)
    p = run / "code" / "codings.parquet"
    cod = pd.read_parquet(p)
    cod["polarity"] = cod["negated"].map({True: "denied", False: "affirmed"})
    # the narrative's "It was hard." coded as the opposite pole of safety ("hard"), not a denial
    seg = pd.read_parquet(run / "ingest" / "segments.parquet")
    s = seg[(seg["doc_id"] == "P1_narrative") & (seg["turn"] == 0)].iloc[0]
    at = s["text"].index("hard")
    extra = cod.iloc[[0]].assign(doc_id="P1_narrative", turn=0, code="safety", start_char=s["start_char"] + at,
                                 end_char=s["start_char"] + at + 4, text="hard", negated=True, polarity="opposite")
    cod = pd.concat([cod, extra], ignore_index=True)
    cod.to_parquet(p, index=False)
    res = render_report(run)
    page = (res.out_dir / "case_histories" / "P1.html").read_text(encoding="utf-8")
    assert "Opposite pole named (not counted): Felt safety ×1." in page
    assert "Denied (not counted)" not in page.split("P1_narrative")[1].split("<h3>")[0]
    cb = pd.read_csv(res.out_dir / "tables" / "codebook.csv").set_index("ID")
    assert (cb.loc["safety", "Denied spans"], cb.loc["safety", "Opposite-pole spans"]) == (3, 1)


def test_figures_have_one_kind_of_axis_per_panel_and_legends_only_for_what_is_drawn(tmp_path):
    from qualalliance.report.figures import code_frequencies, topic_shares

    run = make_run(tmp_path)
    rn = load_run(run)
    design = resolve_design(rn)
    fig2 = code_frequencies(rn, design)
    # sessions, roles and kinds of document each get their own panel; no time point column at all
    assert "Transcripts, by speaker role (participant, therapist)" in fig2.alt
    assert "Transcripts, by session (preparation, dosing1, integration1)" in fig2.alt
    assert "Written accounts, by kind (narratives, case histories)" in fig2.alt
    assert "week1" not in fig2.alt and "week4" not in fig2.alt
    fig5 = topic_shares(rn, design)
    assert "and outliers" in fig5.alt and b"outliers (-1)" in fig5.svg  # the fixture has outlier turns
    # no outlier at all: no outlier entry in the legend, and the caption says so
    p = run / "topics" / "topics.parquet"
    pd.read_parquet(p).assign(topic=lambda d: d["topic"].clip(lower=0)).to_parquet(p, index=False)
    rn = load_run(run)
    fig5 = topic_shares(rn, resolve_design(rn))
    assert "outliers" not in fig5.alt and b"outliers (-1)" not in fig5.svg
    assert "no unit was an outlier" in fig5.caption
    assert "Transcripts, by speaker role" in fig5.alt
    # topics of the participant's turns only (as in the demo): a one-bar role panel is left out
    seg = pd.read_parquet(run / "ingest" / "segments.parquet")
    mine = seg.loc[seg["role"] == "participant", ["doc_id", "turn"]]
    pd.read_parquet(p).merge(mine, on=["doc_id", "turn"]).to_parquet(p, index=False)
    rn = load_run(run)
    fig5 = topic_shares(rn, resolve_design(rn))
    assert "by speaker role" not in fig5.alt and "Transcripts, by session" in fig5.alt
