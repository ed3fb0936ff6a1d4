"""QDPX/QDC export: hand-checked XML, schema validity, reproducible bytes."""

from __future__ import annotations

import io
import zipfile
import xml.etree.ElementTree as ET

import pandas as pd
import pytest

from qualalliance.codebook import load_codebook
from qualalliance.errors import InputError
from qualalliance.qda.export import ZIP_DATE, build_qdc, build_qdpx, code_guid, describe_code
from qualalliance.schema import CODING_COLUMNS

from .conftest import need_shared
from .qdadata import SHARED_REFI

NS = {"q": "urn:QDA-XML:project:1.0", "c": "urn:QDA-XML:codebook:1.0"}

TEXT = "Guide: You are safe here.\nZoë: I felt safe \U0001F642 and I trusted you.\n"


def tiny_tables():
    documents = pd.DataFrame({"doc_id": ["P01_dosing"], "path": ["x"], "source_type": ["transcript"],
                              "n_turns": [2], "sha256": [""], "text": [TEXT]})
    segments = pd.DataFrame({
        "doc_id": ["P01_dosing"] * 2, "participant_id": ["P01"] * 2, "session": ["dosing"] * 2,
        "timepoint": ["t1"] * 2, "source_type": ["transcript"] * 2, "turn": [0, 1], "speaker": ["Guide", "Zoë"],
        "role": ["therapist", "participant"], "text": ["You are safe here.", "I felt safe \U0001F642 and I trusted you."],
        "start_char": [7, 32], "end_char": [25, 65], "arm": ["psilocybin"] * 2})
    a = TEXT.index("safe \U0001F642")  # 38
    b = TEXT.index("trusted")
    codings = pd.DataFrame([
        {"doc_id": "P01_dosing", "turn": 1, "code": "safety", "start_char": a, "end_char": a + 6,
         "text": "safe \U0001F642", "negated": False, "method": "human", "coder": "Ana", "confidence": 1.0},
        {"doc_id": "P01_dosing", "turn": 1, "code": "trust", "start_char": b, "end_char": b + 7,
         "text": "trusted", "negated": False, "method": "rule", "coder": "qualalliance-rules/x@1",
         "confidence": 1.0},
        {"doc_id": "P01_dosing", "turn": 0, "code": "safety", "start_char": 15, "end_char": 24,
         "text": "safe here", "negated": True, "method": "model", "coder": "model-a", "confidence": 0.625},
    ], columns=CODING_COLUMNS)
    return documents, segments, codings


def _project(data: bytes):
    zf = zipfile.ZipFile(io.BytesIO(data))
    return zf, ET.fromstring(zf.read("project.qde"))


def test_hand_checked_project():
    documents, segments, codings = tiny_tables()
    res = build_qdpx(documents, codings, segments, name="tiny")
    zf, root = _project(res.data)
    assert root.tag == "{urn:QDA-XML:project:1.0}Project" and root.get("name") == "tiny"
    # members: project.qde first, then the text under Sources/, fixed dates
    names = zf.namelist()
    src = root.find("q:Sources/q:TextSource", NS)
    guid = src.get("guid")
    assert names == ["project.qde", f"Sources/{guid}.txt"]
    assert all(i.date_time == ZIP_DATE for i in zf.infolist())
    assert src.get("plainTextPath") == f"internal://{guid}.txt" and src.get("name") == "P01_dosing"
    assert zf.read(f"Sources/{guid}.txt") == TEXT.encode("utf-8")
    # users: one per coder; machine coders are marked
    users = {u.get("name"): u.get("id") for u in root.findall("q:Users/q:User", NS)}
    assert users == {"Ana": None, "qualalliance-rules/x@1": "qualalliance:rule", "model-a": "qualalliance:model"}
    # selections: code-point positions, one Coding each, CodeRefs to the codebook's GUIDs
    sels = src.findall("q:PlainTextSelection", NS)
    got = [(s.get("startPosition"), s.get("endPosition"), s.get("name"),
            s.find("q:Coding/q:CodeRef", NS).get("targetGUID")) for s in sels]
    book = load_codebook()
    assert got == [("15", "24", "safe here", code_guid(book.name, "safety", negated=True)),
                   ("38", "44", "safe \U0001F642", code_guid(book.name, "safety")),
                   ("51", "58", "trusted", code_guid(book.name, "trust"))]
    # code points: the emoji counts one, so "trusted" starts at 51 (52 in UTF-16 units, 55 in UTF-8 bytes)
    assert TEXT[38:44] == "safe \U0001F642" and TEXT[51:58] == "trusted"
    assert len(TEXT[:51].encode("utf-16-le")) // 2 == 52 and len(TEXT[:51].encode("utf-8")) == 55
    assert sels[0].find("q:Description", NS).text == "qualalliance model coding; confidence 0.625"
    assert sels[1].find("q:Description", NS) is None  # human codings carry no note
    # the negated code is a child "(negated)" code of safety
    safety = root.find(f".//q:Code[@guid='{code_guid(book.name, 'safety')}']", NS)
    assert [c.get("name") for c in safety.findall("q:Code", NS)] == [book["safety"].label + " (negated)"]
    # document variables and one case per participant
    var_names = {v.get("guid"): v.get("name") for v in root.findall("q:Variables/q:Variable", NS)}
    values = {var_names[vv.find("q:VariableRef", NS).get("targetGUID")]: vv.find("q:TextValue", NS).text
              for vv in src.findall("q:VariableValue", NS)}
    assert values == {"participant_id": "P01", "session": "dosing", "timepoint": "t1", "source_type": "transcript",
                      "arm": "psilocybin", "speaker_roles": "Guide=therapist; Zoë=participant"}
    case = root.find("q:Cases/q:Case", NS)
    assert case.get("name") == "P01" and case.find("q:SourceRef", NS).get("targetGUID") == guid


def test_export_is_byte_identical_and_order_free():
    documents, segments, codings = tiny_tables()
    one = build_qdpx(documents, codings, segments, name="tiny").data
    two = build_qdpx(documents, codings.iloc[::-1], segments.iloc[::-1], name="tiny").data
    assert one == two


def test_code_description_carries_the_codebook():
    book = load_codebook()
    d = describe_code(book["safety"])
    assert d.startswith(book["safety"].definition) and d.endswith("qualalliance id: safety")
    assert f"Use when: {book['safety'].include}" in d


def test_mismatched_text_is_an_error():
    documents, segments, codings = tiny_tables()
    codings.loc[0, "text"] = "something else"
    with pytest.raises(InputError, match="different versions of the text"):
        build_qdpx(documents, codings, segments)
    codings = tiny_tables()[2]
    codings.loc[0, "end_char"] = 999
    with pytest.raises(InputError, match="outside the document text"):
        build_qdpx(documents, codings, segments)
    codings = tiny_tables()[2]
    codings.loc[0, "doc_id"] = "nope"
    with pytest.raises(InputError, match="missing from the documents table"):
        build_qdpx(documents, codings, segments)


def test_codes_missing_from_the_codebook_are_exported():
    documents, segments, codings = tiny_tables()
    codings.loc[1, "code"] = "my_new_code"
    res = build_qdpx(documents, codings, segments)
    _, root = _project(res.data)
    assert res.extra_codes == ["my_new_code"]
    assert root.find(".//q:Code[@name='my_new_code']", NS) is not None


def _schema(name):
    lxml = pytest.importorskip("lxml.etree")
    return lxml, lxml.XMLSchema(lxml.parse(str(need_shared(SHARED_REFI / name))))


@pytest.mark.shared
def test_project_validates_against_project_xsd():
    lxml, schema = _schema("Project.xsd")
    documents, segments, codings = tiny_tables()
    _, _ = _project(build_qdpx(documents, codings, segments).data)
    zf = zipfile.ZipFile(io.BytesIO(build_qdpx(documents, codings, segments).data))
    doc = lxml.fromstring(zf.read("project.qde"))
    assert schema.validate(doc), schema.error_log
    # and with no codings at all (no Users element)
    empty = zipfile.ZipFile(io.BytesIO(build_qdpx(documents, None, segments).data))
    assert schema.validate(lxml.fromstring(empty.read("project.qde"))), schema.error_log


@pytest.mark.shared
def test_qdc_validates_against_codebook_xsd():
    lxml, schema = _schema("Codebook.xsd")
    doc = lxml.fromstring(build_qdc(load_codebook()))
    assert schema.validate(doc), schema.error_log
    codes = doc.findall(".//{urn:QDA-XML:codebook:1.0}Code")
    assert len(codes) == len(load_codebook().codes)
