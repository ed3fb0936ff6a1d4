"""QDPX import: round trips, vendor quirks, the real NVivo sample, QDC <-> YAML."""

from __future__ import annotations

import io
import zipfile
from types import SimpleNamespace

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from qualalliance import catalog
from qualalliance.codebook import load_codebook
from qualalliance.coding import code_segments
from qualalliance.ingest import ingest
from qualalliance.qda import build_qdc, build_qdpx, read_qdc, read_qdpx
from qualalliance.qda.positions import Convention
from qualalliance.qda.qdc import parse_description
from qualalliance.schema import CODING_COLUMNS, SEGMENT_COLUMNS

from .conftest import SAMPLE, need_shared
from .qdadata import NS, S_ONE, SHARED_REFI, TRANSCRIPT, vendor_qdpx, write_zip

KEY = ["doc_id", "start_char", "end_char", "code", "negated", "coder"]


def _sorted(codings: pd.DataFrame) -> pd.DataFrame:
    return codings[CODING_COLUMNS].sort_values(KEY, kind="mergesort").reset_index(drop=True)


def _assert_round_trip(res, documents, segments, codings, imp):
    pd.testing.assert_frame_equal(_sorted(codings).astype(imp.codings.dtypes.to_dict()), imp.codings,
                                  check_dtype=False)
    seg = segments.drop(columns=[c for c in ("start_s", "end_s") if c in segments])
    seg = seg.sort_values(["doc_id", "turn"], kind="mergesort").reset_index(drop=True)
    pd.testing.assert_frame_equal(seg, imp.segments[seg.columns], check_dtype=False)
    docs = documents.sort_values("doc_id", kind="mergesort").reset_index(drop=True)
    assert list(docs["doc_id"]) == list(imp.documents["doc_id"])
    assert list(docs["text"]) == list(imp.documents["text"])


@pytest.fixture(scope="module")
def demo_tables(demo_run):
    """The demo study's documents, segments and rule codings: the session's demo run (conftest)."""
    assert demo_run.exit_code == 0, demo_run.output
    res = SimpleNamespace(**{name: catalog.read(demo_run.out, name) for name in ("documents", "segments")})
    machine = catalog.read(demo_run.out, "codings")
    # a second, human coder: keeps every third machine coding and adds one of their own per document
    human = machine.iloc[::3].copy()
    human["method"], human["coder"], human["confidence"] = "human", "Zoë Müller", 1.0
    extra = []
    for d in res.documents.itertuples():
        i = d.text.find(" ")
        extra.append({"doc_id": d.doc_id, "turn": 0, "code": "bond", "start_char": 0, "end_char": i,
                      "text": d.text[:i], "negated": False, "method": "human", "coder": "Zoë Müller",
                      "confidence": 1.0})
    codings = pd.concat([machine[CODING_COLUMNS], human[CODING_COLUMNS], pd.DataFrame(extra)], ignore_index=True)
    return res, codings


@pytest.mark.slow
def test_demo_study_round_trip_and_schema(demo_tables, tmp_path):
    res, codings = demo_tables
    out = build_qdpx(res.documents, codings, res.segments, name="psilocybin-demo")
    path = tmp_path / "demo.qdpx"
    path.write_bytes(out.data)
    imp = read_qdpx(path)
    _assert_round_trip(out, res.documents, res.segments, codings, imp)
    # rule and second-stage (model) codings come back as they went out; the hand-added one as human
    assert {"rule", "human"} <= set(imp.codings["method"]) <= {"rule", "model", "human"}
    assert (imp.report["kind"] == "unmapped_code").sum() == 0
    # the same inputs give the same bytes
    assert build_qdpx(res.documents, codings, res.segments, name="psilocybin-demo").data == out.data
    if (SHARED_REFI / "Project.xsd").exists():
        etree = pytest.importorskip("lxml.etree")
        schema = etree.XMLSchema(etree.parse(str(SHARED_REFI / "Project.xsd")))
        qde = zipfile.ZipFile(io.BytesIO(out.data)).read("project.qde")
        assert schema.validate(etree.fromstring(qde)), schema.error_log


def test_sample_mixed_round_trip(tmp_path):
    res = ingest([SAMPLE])
    codings = code_segments(res.segments).codings[CODING_COLUMNS]
    out = build_qdpx(res.documents, codings, res.segments)
    (tmp_path / "s.qdpx").write_bytes(out.data)
    imp = read_qdpx(tmp_path / "s.qdpx")
    _assert_round_trip(out, res.documents, res.segments, codings, imp)
    assert len(imp.codings) == len(codings) > 0


texts = st.lists(st.sampled_from(["Therapist: ", "Participant: ", "safe", " ", "\n", "é", "Zoë", "\U0001F642",
                                  "e\u0301", "中文", "trust", "."]), min_size=1, max_size=30).map("".join)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(texts, st.data())
def test_random_non_ascii_round_trip(tmp_path, text, data):
    n = len(text)
    rows = []
    for k in range(data.draw(st.integers(0, 4))):
        a = data.draw(st.integers(0, max(n - 1, 0)))
        b = data.draw(st.integers(a + 1, n)) if n else 0
        if b <= a:
            continue
        rows.append({"doc_id": "D1", "turn": 0, "code": data.draw(st.sampled_from(["safety", "trust", "bond"])),
                     "start_char": a, "end_char": b, "text": text[a:b], "negated": data.draw(st.booleans()),
                     "method": "human", "coder": data.draw(st.sampled_from(["Ana", "Zoë"])), "confidence": 1.0})
    codings = pd.DataFrame(rows, columns=CODING_COLUMNS)
    docs = pd.DataFrame({"doc_id": ["D1"], "text": [text], "source_type": ["transcript"]})
    (tmp_path / "r.qdpx").write_bytes(build_qdpx(docs, codings).data)
    imp = read_qdpx(tmp_path / "r.qdpx")
    got = imp.codings.drop(columns=["turn"])
    want = _sorted(codings).drop(columns=["turn"])
    pd.testing.assert_frame_equal(want.astype(got.dtypes.to_dict()), got, check_dtype=False)
    assert imp.documents["text"].tolist() == [text]


def test_maxqda_style_project(tmp_path):
    """Lower-case sources/, .root entry, a selection without Coding, file variables in a nameless case."""
    imp = read_qdpx(vendor_qdpx(tmp_path / "m.qdpx"))
    c = imp.codings
    assert c[["code", "coder", "text"]].values.tolist() == [
        ["safety", "Ana", "I felt safe with both of you"],
        ["safety", "Ben", "I felt safe with both of you, Zoë too \U0001F642"],
        ["trust", "Ana", "I trusted you completely"],
        ["weather_talk", "Ana", "I trusted you completely"],  # not in the codebook: kept as the project's code
        ["trust", "Ben", "The café noise didn't matter"]]
    assert set(c["method"]) == {"human"} and c["turn"].tolist() == [1, 1, 3, 3, 3]
    text = imp.documents["text"].iloc[0]
    assert all(text[r.start_char:r.end_char] == r.text for r in c.itertuples())
    seg = imp.segments
    assert seg["doc_id"].unique().tolist() == ["P07_integration1"]
    assert seg[["participant_id", "session"]].drop_duplicates().values.tolist() == [["P07", "integration1"]]
    assert seg["role"].tolist() == ["therapist", "participant", "therapist", "participant"]
    rep = imp.report.set_index("kind")
    assert rep.loc["selection_without_coding", "count"] == 1
    unmapped = imp.report[imp.report["kind"] == "unmapped_code"]
    assert unmapped[["name", "count"]].values.tolist() == [["Weather talk", 1]]
    assert imp.users[["name", "n_codings"]].values.tolist() == [["Ana", 3], ["Ben", 2]]
    assert imp.text_codings == 5 and rep.loc["codings_imported", "count"] == 5


def test_unmapped_codes_are_kept_not_dropped(tmp_path):
    imp = read_qdpx(vendor_qdpx(tmp_path / "m.qdpx"))
    assert "weather_talk" in set(imp.codings["code"])
    assert imp.project_codebook is not None and imp.project_codebook["weather_talk"].label == "Weather talk"


@pytest.mark.parametrize("conv,origin,names", [
    (Convention("one", "codepoint"), "ATLAS.ti 23.2", True),    # ATLAS.ti: CRLF counts one
    (Convention("one", "codepoint"), "ATLAS.ti 23.2", False),   # ... known from origin alone
    (Convention("two", "codepoint"), "NVivo 14", True),         # the standard with CRLF text
    (Convention("two", "utf16"), "SomeQtTool 1.0", True),       # emoji counted as two
])
def test_crlf_and_utf16_quirks(tmp_path, conv, origin, names):
    path = vendor_qdpx(tmp_path / "a.qdpx", origin=origin, crlf=True, conv=conv, names=names, braces=True,
                       sources_dir="Sources")
    imp = read_qdpx(path)
    assert imp.convention == conv
    assert imp.codings["text"].tolist() == ["I felt safe with both of you",
                                            "I felt safe with both of you, Zoë too \U0001F642",
                                            "I trusted you completely", "I trusted you completely",
                                            "The café noise didn't matter"]
    assert "\r" not in imp.documents["text"].iloc[0]


def test_forced_convention_and_out_of_range(tmp_path):
    path = vendor_qdpx(tmp_path / "a.qdpx", origin="X", crlf=True, conv=Convention("one", "codepoint"))
    wrong = read_qdpx(path, positions=Convention("two", "codepoint"))
    assert wrong.codings["text"].iloc[0] != "I felt safe with both of you"
    extra = ('<TextSource guid="F0000001-0000-4000-8000-000000000001" name="inline">'
             '<PlainTextContent>tiny</PlainTextContent>'
             '<PlainTextSelection guid="F0000002-0000-4000-8000-000000000002" startPosition="2" endPosition="99">'
             '<Coding guid="F0000003-0000-4000-8000-000000000003"><CodeRef '
             'targetGUID="C0000001-0000-4000-8000-000000000001"/></Coding></PlainTextSelection></TextSource>'
             '<AudioSource guid="F0000004-0000-4000-8000-000000000004" name="a.m4a" path="relative:///a.m4a"/>'
             '<TextSource guid="F0000005-0000-4000-8000-000000000005" name="ext" plainTextPath="absolute:///etc/x"/>')
    imp = read_qdpx(vendor_qdpx(tmp_path / "b.qdpx", extra_xml=extra))
    kinds = set(imp.report["kind"])
    assert {"selection_out_of_range", "source_skipped", "source_external"} <= kinds
    assert "inline" in set(imp.documents["doc_id"]) and imp.documents.set_index("doc_id").loc["inline", "text"] == "tiny"


@pytest.mark.shared
def test_nvivo_sample(tmp_path):
    sample = need_shared(SHARED_REFI / "samples" / "nvivo-mac-15.0.0_nvivo_project.qdpx")
    imp = read_qdpx(sample)
    assert imp.origin == "NVivo for Mac 15.0.0"
    assert imp.users[["name", "id"]].values.tolist() == [["chrisp", "CP"], ["cp", "C"]]
    assert len(imp.documents) == 2 and imp.documents["text"].tolist() == ["\n", "\n"]  # the sample's texts are empty
    assert len(imp.segments) == 0 and len(imp.codings) == 0  # ... and it has no selections
    codes = imp.report[imp.report["kind"].isin(["mapped_code", "unmapped_code"])]
    assert len(codes) == 262
    assert imp.project_codebook is not None and len(imp.project_codebook.codes) == 262
    assert imp.project_codebook["programming"].parent == "competencies"
    assert list(imp.codings.columns) == CODING_COLUMNS and list(imp.segments.columns[:11]) == SEGMENT_COLUMNS


# ----------------------------------------------------------------------------- QDC <-> YAML

def test_qdc_round_trip_is_exact_with_base(tmp_path):
    book = load_codebook()
    (tmp_path / "c.qdc").write_bytes(build_qdc(book))
    back = read_qdc(tmp_path / "c.qdc", base=book)
    assert back == book and back.sha256 == book.sha256
    plain = read_qdc(tmp_path / "c.qdc")  # without base: everything but the matching rules
    assert (plain.name, plain.version) == (book.name, book.version)
    for a, b in zip(plain.codes, book.codes):
        assert (a.id, a.label, a.parent, a.definition, a.include, a.exclude, a.examples) == \
               (b.id, b.label, b.parent, b.definition, b.include, b.exclude, b.examples)
        assert not a.has_rules


def test_vendor_qdc_to_yaml(tmp_path):
    qdc = f"""<?xml version="1.0" encoding="utf-8"?>
<CodeBook xmlns="urn:QDA-XML:codebook:1.0" origin="MAXQDA 2022">
<Codes><Code guid="{S_ONE}" name="Felt Safety" isCodable="false" color="#ff0000">
<Description>Participant feels safe.</Description>
<Code guid="A0000000-0000-4000-8000-000000000001" name="Felt safety!" isCodable="true"/>
<Code guid="A0000000-0000-4000-8000-000000000002" name="中文 代码" isCodable="true"/>
</Code><Code guid="A0000000-0000-4000-8000-000000000003" name="2nd wave" isCodable="true"/></Codes>
</CodeBook>"""
    (tmp_path / "v.qdc").write_text(qdc, encoding="utf-8")
    book = read_qdc(tmp_path / "v.qdc")
    assert book.name == "v" and book.version == "1.0.0"
    assert [(c.id, c.label, c.parent) for c in book.codes] == [
        ("felt_safety", "Felt Safety", None), ("felt_safety_2", "Felt safety!", "felt_safety"),
        ("code", "中文 代码", "felt_safety"), ("c_2nd_wave", "2nd wave", None)]
    assert book.codes[0].definition == "Participant feels safe."
    assert "no description" in book.codes[1].definition


def test_parse_description_of_other_programs():
    d = parse_description("First paragraph.\n\nSecond one.")
    assert d["definition"] == "First paragraph. Second one." and d["id"] is None


def test_project_codebook_from_vendor(tmp_path):
    imp = read_qdpx(vendor_qdpx(tmp_path / "m.qdpx"))
    ids = [c.id for c in imp.project_codebook.codes]
    # mapped codes take the codebook's ids (and rules), the others a slug of their name
    assert ids == ["container", "safety", "trust", "weather_talk"]
    assert imp.project_codebook["safety"].has_rules


def test_minimal_project_without_namespace(tmp_path):
    qde = (f'<Project name="bare"><Sources><TextSource guid="{S_ONE}" name="doc" '
           f'plainTextPath="internal://{S_ONE}.txt"/></Sources></Project>')
    path = write_zip(tmp_path / "bare.qdpx", [("project.qde", qde.encode()),
                                             (f"sources/{S_ONE}.txt".upper().replace("SOURCES", "Sources"),
                                              TRANSCRIPT.encode("utf-8-sig"))])
    imp = read_qdpx(path)
    assert imp.documents["text"].tolist() == [TRANSCRIPT]  # BOM dropped, not counted
    assert len(imp.segments) == 4 and NS == "urn:QDA-XML:project:1.0"
