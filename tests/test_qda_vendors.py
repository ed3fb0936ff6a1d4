"""Real projects come in whole: every source form, the project's own codebook, cases, a bare .qde.

Every project here is synthetic (tests/qdavendors.py), shaped like what NVivo,
QualCoder, ATLAS.ti and MAXQDA write; the real NVivo sample in ../shared is read
where it is (AGPL: never copied) and its figures are printed.
"""

from __future__ import annotations

import pandas as pd
import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from qualalliance.cli import cli
from qualalliance.codebook import load_codebook
from qualalliance.errors import ConfigError
from qualalliance.qda import read_qdpx

from .conftest import need_shared
from .qdadata import SHARED_REFI
from .qdavendors import (C_BOARD, C_FUNDING, C_SAFE, TEXT_A, TEXT_B, U_BEN, Sel, Src, guid, minimal_docx,
                         project_xml, write_qdpx)

SAFE_A = "I felt safe speaking up"
FUND_A = "We worried about funding every single month"
SAFE_B = "but I felt safe there"
ARGUE_B = "The board argued about funding again"


def _sources() -> tuple[list[Src], dict[str, bytes]]:
    """One source in every form, and the files the archive holds."""
    media = ('<AudioSelection guid="{g1}" begin="0" end="900"><Coding guid="{g2}"><CodeRef targetGUID="{c}"/>'
             '</Coding><Coding guid="{g3}"><CodeRef targetGUID="{c}"/></Coding></AudioSelection>').format(
        g1=guid(501), g2=guid(502), g3=guid(503), c=C_SAFE)
    pdf = (f'<PDFSelection guid="{guid(601)}" page="1" firstX="0" firstY="0" secondX="9" secondY="9">'
           f'<Coding guid="{guid(602)}"><CodeRef targetGUID="{C_BOARD}"/></Coding></PDFSelection>'
           f'<Representation guid="{guid(603)}" name="minutes" plainTextPath="internal://minutes.txt">'
           f'<PlainTextSelection guid="{guid(604)}" name="funding" startPosition="20" endPosition="27">'
           f'<Coding guid="{guid(605)}"><CodeRef targetGUID="{C_FUNDING}"/></Coding></PlainTextSelection>'
           f'</Representation>')
    minutes = "Minutes. The board: funding is short.\n"
    sources = [
        # QualCoder: a bare file name, stored in sources/
        Src("board_2017.txt", TEXT_A, {"plainTextPath": "board_2017.txt"},
            [Sel(SAFE_A, [C_SAFE]), Sel(FUND_A, [C_FUNDING]), Sel(FUND_A, [C_BOARD], user=U_BEN),
             Sel("x", [C_SAFE], start=5, end=9999)]),
        # an absolute path from the exporting machine: found by its file name
        Src("retreat", TEXT_B, {"plainTextPath": "absolute:///C:/Users/ana/Documents/QDA/retreat.txt"},
            [Sel(ARGUE_B, [C_BOARD]), Sel(SAFE_B, [C_SAFE])]),
        # a Windows path to a file that is not in the archive: reported with its codings
        Src("lost notes", "Lost text here.", {"plainTextPath": "C:\\Users\\ana\\Desktop\\lost.txt"},
            [Sel("Lost text", [C_SAFE])]),
        # rich text only: the text comes from the .docx
        Src("debrief.docx", TEXT_B, {"richTextPath": "internal://debrief.docx"}, [Sel(SAFE_B, [C_SAFE])]),
        # the standard form
        Src("standard", TEXT_A, {"plainTextPath": f"internal://{guid(5)}.txt"}, [Sel(SAFE_A, [C_SAFE])]),
        Src("minutes.pdf", "", {"path": "internal://minutes.pdf"}, kind="PDFSource", body=pdf),
        Src("session.m4a", "", {"path": "relative:///session.m4a"}, kind="AudioSource", body=media),
    ]
    files = {"sources/board_2017.txt": TEXT_A.encode(), "sources/retreat.txt": TEXT_B.encode(),
             "sources/debrief.docx": minimal_docx(TEXT_B.rstrip("\n").split("\n")),
             f"sources/{guid(5)}.txt": TEXT_A.encode(), "sources/minutes.txt": minutes.encode(),
             "sources/.root": b""}
    return sources, files


@pytest.fixture
def vendor_project(tmp_path):
    sources, files = _sources()
    return write_qdpx(tmp_path / "board.qdpx", project_xml(sources), files)


def _rep(imp, kind):
    return imp.report[imp.report["kind"] == kind]


def test_schema_valid_fixture():
    """The synthetic project is valid QDA-XML (when the schema and lxml are at hand)."""
    etree = pytest.importorskip("lxml.etree")
    xsd = SHARED_REFI / "Project.xsd"
    if not xsd.exists():
        pytest.skip(f"{xsd} is absent (../shared)")
    schema = etree.XMLSchema(etree.parse(str(xsd)))
    doc = etree.fromstring(project_xml(_sources()[0]).encode("utf-8"))
    assert schema.validate(doc), schema.error_log


def test_every_source_form(vendor_project):
    imp = read_qdpx(vendor_project)
    docs = imp.documents.set_index("doc_id")
    assert sorted(docs.index) == ["board_2017", "debrief", "minutes", "retreat", "standard"]
    assert docs.loc["board_2017", "text"] == TEXT_A and docs.loc["retreat", "text"] == TEXT_B
    assert docs.loc["debrief", "text"] == TEXT_B.rstrip("\n")  # paragraphs joined by newlines
    c = imp.codings
    got = sorted(zip(c["doc_id"], c["code"], c["text"], c["coder"]))
    assert got == sorted([
        ("board_2017", "feeling_safe", SAFE_A, "Ana"), ("board_2017", "funding_worries", FUND_A, "Ana"),
        ("board_2017", "board_politics", FUND_A, "Ben"),
        ("retreat", "board_politics", ARGUE_B, "Ana"), ("retreat", "feeling_safe", SAFE_B, "Ana"),
        ("debrief", "feeling_safe", SAFE_B, "Ana"), ("standard", "feeling_safe", SAFE_A, "Ana"),
        ("minutes", "funding_worries", "funding", "unknown")])  # no creatingUser anywhere
    # 10 codings of text selections in the project: 8 imported, the rest each reported with its reason
    assert imp.text_codings == 10 and len(c) == 8
    assert _rep(imp, "selection_out_of_range")["count"].tolist() == [1]
    assert _rep(imp, "source_external")[["name", "count"]].values.tolist() == [["lost notes", 1]]
    assert _rep(imp, "source_skipped")[["name", "count"]].values.tolist() == [["session.m4a", 2]]
    assert _rep(imp, "pdf_area_codings")[["name", "count"]].values.tolist() == [["minutes.pdf", 1]]
    notes = " ".join(_rep(imp, "source_text")["detail"])
    assert "found by its file name" in notes and "extracted from the Word document" in notes
    assert "1 of 1 selection names match" in notes
    assert _rep(imp, "codings_imported")["detail"].iloc[0].startswith("8 of 10 codings")


def test_project_codebook_is_kept(vendor_project, tmp_path):
    imp = read_qdpx(vendor_project, map_by_name=False)
    book = imp.project_codebook
    assert [(c.id, c.label, c.parent, c.color) for c in book.codes] == [
        ("experiences", "Experiences", None, "#1F77B4"), ("feeling_safe", "Feeling safe", "experiences", "#2ca02c"),
        ("board_politics", "Board politics", "experiences", ""),
        ("funding_worries", "Funding worries", "board_politics", "#d62728")]
    assert book["feeling_safe"].definition == "Says they felt safe."
    assert set(imp.codings["code"]) <= set(book.ids)  # every coding's code is in the project codebook
    assert (_rep(imp, "unmapped_code")["detail"].str.contains("kept as project code")).all()


def test_map_codes_file(vendor_project, tmp_path):
    mapping = tmp_path / "mapping.csv"
    mapping.write_text("project_code,code\nFeeling safe,safety\nExperiences / Board politics,\n"
                       "Nothing like this,trust\n", encoding="utf-8")
    imp = read_qdpx(vendor_project, map_codes=mapping)
    assert set(imp.codings["code"]) == {"safety", "board_politics", "funding_worries"}
    assert (imp.codings["code"] == "safety").sum() == 4
    assert _rep(imp, "mapping_unused")["name"].tolist() == ["Nothing like this"]
    assert imp.project_codebook["safety"].has_rules  # a mapped code keeps the study codebook's rules
    bad = tmp_path / "bad.csv"
    bad.write_text("project_code,code\nFeeling safe,no_such_code\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="no_such_code"):
        read_qdpx(vendor_project, map_codes=bad)


def test_cases_become_participants(vendor_project, tmp_path):
    r = CliRunner().invoke(cli, ["import", "qdpx", str(vendor_project), "-o", str(tmp_path / "out")])
    assert r.exit_code == 0, r.output
    assert "8 of 10 text codings" in r.output
    part = pd.read_csv(tmp_path / "out" / "participants.csv")
    assert part.values.tolist() == [["P01", 34, "psilocybin"], ["P02", 51, "placebo"]]
    assert list(part.columns) == ["participant_id", "Age", "Group"]
    seg = pd.read_parquet(tmp_path / "out" / "segments.parquet")
    by_doc = seg.groupby("doc_id")["participant_id"].first().to_dict()
    assert by_doc["board_2017"] == "P01" and by_doc["retreat"] == "P02"
    load_codebook(tmp_path / "out" / "project_codebook.yaml")


def test_bare_qde(tmp_path):
    """ATLAS.ti / MAXQDA: the project file alone. Codebook, users, cases come in; the rest is reported."""
    sources, _ = _sources()
    qde = tmp_path / "project.qde"
    qde.write_text(project_xml(sources, origin="ATLAS.ti 8 (macOS)"), encoding="utf-8")
    r = CliRunner().invoke(cli, ["import", "qdpx", str(qde), "-o", str(tmp_path / "out")])
    assert r.exit_code == 0, r.output
    assert r.stderr.startswith("warning: ") and "bare project file" in r.stderr
    rep = pd.read_csv(tmp_path / "out" / "import_report.csv")
    missing = rep[rep["kind"] == "source_missing"]
    assert missing["name"].tolist() == ["board_2017.txt", "retreat", "lost notes", "debrief.docx", "standard",
                                        "minutes.pdf"]
    assert missing["count"].tolist() == [4, 2, 1, 1, 1, 1]
    assert len(pd.read_csv(tmp_path / "out" / "participants.csv")) == 2
    assert len(pd.read_csv(tmp_path / "out" / "users.csv")) == 2
    assert len(load_codebook(tmp_path / "out" / "project_codebook.yaml").codes) == 4
    assert len(pd.read_parquet(tmp_path / "out" / "codings.parquet")) == 0


def test_bare_qde_with_inline_text(tmp_path):
    src = Src("inline", TEXT_A, {}, [Sel(SAFE_A, [C_SAFE])], inline=True)
    qde = tmp_path / "p.qde"
    qde.write_text(project_xml([src], cases=False), encoding="utf-8")
    imp = read_qdpx(qde)
    assert imp.codings["text"].tolist() == [SAFE_A] and imp.warnings


def test_hostile_docx_is_refused(tmp_path):
    src = Src("evil.docx", TEXT_B, {"richTextPath": "internal://evil.docx"}, [Sel(SAFE_B, [C_SAFE])])
    path = write_qdpx(tmp_path / "evil.qdpx", project_xml([src]),
                      {"sources/evil.docx": minimal_docx(["x"], doctype=True)})
    r = CliRunner().invoke(cli, ["import", "qdpx", str(path), "-o", str(tmp_path / "out")])
    assert r.exit_code == 2 and r.output.startswith("error: ") and "DOCTYPE" in r.output, r.output
    assert len(r.output.strip().splitlines()) == 1 and not (tmp_path / "out").exists()


def test_broken_docx_is_reported(tmp_path):
    src = Src("broken.docx", TEXT_B, {"richTextPath": "internal://broken.docx"}, [Sel(SAFE_B, [C_SAFE])])
    ok = Src("ok", TEXT_A, {"plainTextPath": "ok.txt"}, [Sel(SAFE_A, [C_SAFE])])
    path = write_qdpx(tmp_path / "b.qdpx", project_xml([src, ok]),
                      {"sources/broken.docx": b"not a zip", "sources/ok.txt": TEXT_A.encode()})
    imp = read_qdpx(path)
    assert imp.codings["doc_id"].tolist() == ["ok"]
    assert _rep(imp, "source_unreadable")["count"].tolist() == [1]


@pytest.mark.shared
def test_real_nvivo_export_figures(capsys):
    """What the real NVivo export (../shared, AGPL, read in place) imports; the figures are printed."""
    sample = need_shared(SHARED_REFI / "samples" / "nvivo-mac-15.0.0_nvivo_project.qdpx")
    imp = read_qdpx(sample)
    codes = imp.report[imp.report["kind"].isin(["mapped_code", "unmapped_code"])]
    with capsys.disabled():
        print(f"\nNVivo sample: {len(imp.documents)} documents, {len(codes)} codes "
              f"({len(imp.project_codebook.codes)} in project_codebook), {len(imp.codings)} of "
              f"{imp.text_codings} text codings imported")
    assert len(imp.documents) == 2 and len(codes) == 262 and len(imp.project_codebook.codes) == 262
    assert imp.text_codings == 0 and len(imp.codings) == 0  # the sample holds no selections
    # one computing-curriculum code is a false friend of the packaged codebook's "integration"
    by_name = imp.report[imp.report["kind"] == "mapped_code"]
    assert by_name["detail"].tolist() == ["-> integration (by name)"]
    assert len(read_qdpx(sample, map_by_name=False).report.query("kind == 'mapped_code'")) == 0


def test_empty_plain_text_gives_way_to_the_docx(tmp_path):
    """NVivo for Mac writes a one-byte .txt beside the .docx: the Word document's text is used."""
    src = Src("mac", TEXT_B, {"plainTextPath": "internal://mac.txt", "richTextPath": "internal://mac.docx"},
              [Sel(SAFE_B, [C_SAFE])])
    path = write_qdpx(tmp_path / "mac.qdpx", project_xml([src]),
                      {"sources/mac.txt": b"\n", "sources/mac.docx": minimal_docx(TEXT_B.rstrip("\n").split("\n"))})
    imp = read_qdpx(path)
    assert imp.documents["text"].tolist() == [TEXT_B.rstrip("\n")] and imp.codings["text"].tolist() == [SAFE_B]
    assert "sources/mac.txt is empty" in " ".join(_rep(imp, "source_text")["detail"])


def test_hostile_bare_qde_is_refused(tmp_path):
    qde = tmp_path / "evil.qde"
    qde.write_text('<?xml version="1.0"?><!DOCTYPE p [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
                   '<Project xmlns="urn:QDA-XML:project:1.0" name="&x;"/>', encoding="utf-8")
    r = CliRunner().invoke(cli, ["import", "qdpx", str(qde), "-o", str(tmp_path / "out")])
    assert r.exit_code == 2 and r.output.startswith("error: ") and "DOCTYPE" in r.output, r.output
    assert len(r.output.strip().splitlines()) == 1 and not (tmp_path / "out").exists()


def test_colours_round_trip_and_validate(tmp_path):
    """A codebook colour goes out as Code/@color (schema-valid) and comes back, in both directions."""
    import io
    import zipfile

    from qualalliance.codebook import load_codebook as load
    from qualalliance.qda import build_qdc, build_qdpx, read_qdc

    book = load()
    book.codes[1].color = "#1f77b4"
    (tmp_path / "c.qdc").write_bytes(build_qdc(book))
    assert read_qdc(tmp_path / "c.qdc", base=book) == book
    docs = pd.DataFrame({"doc_id": ["D1"], "text": ["I felt safe."], "source_type": ["narrative"]})
    out = build_qdpx(docs, None, codebook=book)
    (tmp_path / "p.qdpx").write_bytes(out.data)
    back = read_qdpx(tmp_path / "p.qdpx", codebook=book).project_codebook
    assert back[book.codes[1].id].color == "#1f77b4"
    xsd = SHARED_REFI / "Project.xsd"
    etree = pytest.importorskip("lxml.etree")
    if xsd.exists():
        schema = etree.XMLSchema(etree.parse(str(xsd)))
        qde = zipfile.ZipFile(io.BytesIO(out.data)).read("project.qde")
        assert schema.validate(etree.fromstring(qde)), schema.error_log


_para = st.text(st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="\ufffe\uffff"), max_size=30)


@settings(max_examples=40, deadline=None)
@given(st.lists(st.lists(_para, min_size=1, max_size=3).map("\n".join), min_size=1, max_size=5))
def test_docx_text_is_the_paragraphs(paragraphs):
    """Any paragraphs (line breaks inside them as w:br) come back exactly, joined by newlines."""
    from qualalliance.qda.docx_text import docx_text

    assert docx_text(minimal_docx(paragraphs), "x.docx") == "\n".join(paragraphs)


@given(st.sampled_from(["internal://", "absolute:///C:/Users/a/", "relative://../", "", "C:\\Users\\a\\", "/Users/a/",
                        "file:///tmp/"]), st.from_regex(r"[A-Za-z0-9_ .-]{1,12}\.txt", fullmatch=True))
def test_file_name_of_any_path_form(prefix, name):
    from qualalliance.qda.sources import file_name, split_path

    scheme, rest = split_path(prefix + name)
    assert file_name(rest) == name and scheme in ("internal", "absolute", "relative", "", "file")
