"""Synthetic REFI-QDA projects in the shapes other programs write (written here; nothing copied).

SYNTHETIC: the transcripts, names, codes and variables below are invented for the
tests.  :func:`project_xml` builds one ``project.qde`` whose sources can be stored in
each way vendors use (see qualalliance/qda/sources.py); :func:`write_qdpx` zips it
with whichever source files the test wants in the archive, :func:`minimal_docx` makes
a small Word document (for rich-text-only sources).
"""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

NS = "urn:QDA-XML:project:1.0"

U_ANA = "A1111111-1111-4111-8111-111111111111"
U_BEN = "B2222222-2222-4222-8222-222222222222"
C_ROOT = "C1000000-0000-4000-8000-000000000001"      # "Experiences" (not codable), colour, description
C_SAFE = "C1000000-0000-4000-8000-000000000002"      # "Feeling safe" under it
C_BOARD = "C1000000-0000-4000-8000-000000000003"     # "Board politics" under it, nested twice
C_FUNDING = "C1000000-0000-4000-8000-000000000004"   # "Funding worries" under "Board politics"
V_AGE = "E1000000-0000-4000-8000-000000000001"
V_GROUP = "E1000000-0000-4000-8000-000000000002"
CASE_P1 = "F1000000-0000-4000-8000-000000000001"
CASE_P2 = "F1000000-0000-4000-8000-000000000002"

TEXT_A = ("Interviewer: How was the board meeting in 2017?\n"
          "Respondent: Honestly I felt safe speaking up, which surprised me.\n"
          "Interviewer: And the money?\n"
          "Respondent: We worried about funding every single month.\n")
TEXT_B = ("Interviewer: Tell me about the retreat.\n"
          "Respondent: The board argued about funding again, but I felt safe there.\n")


def guid(n: int) -> str:
    return f"D{n:07d}-0000-4000-8000-{n:012d}"


@dataclass
class Sel:
    phrase: str                 # the selected text (positions are found in the source's text)
    codes: list[str]
    user: str = U_ANA
    start: int | None = None    # force positions (out of range etc.)
    end: int | None = None


@dataclass
class Src:
    name: str
    text: str
    attrs: dict                 # plainTextPath / richTextPath / ...
    sels: list[Sel] = field(default_factory=list)
    kind: str = "TextSource"
    inline: bool = False        # PlainTextContent instead of a file
    body: str = ""              # extra XML inside the source element (media selections ...)


def _sel_xml(n: int, text: str, s: Sel) -> str:
    a = text.index(s.phrase) if s.start is None else s.start
    b = a + len(s.phrase) if s.end is None else s.end
    codings = "".join(f'<Coding guid="{guid(9000 + n * 10 + k)}" creatingUser="{s.user}">'
                      f'<CodeRef targetGUID="{c}"/></Coding>' for k, c in enumerate(s.codes))
    return (f'<PlainTextSelection guid="{guid(8000 + n)}" name={quoteattr(s.phrase[:40])} startPosition="{a}" '
            f'endPosition="{b}" creatingUser="{s.user}">{codings}</PlainTextSelection>')


def project_xml(sources: list[Src], *, origin="QualCoder 3.5", cases=True) -> str:
    """A project.qde: two users, a nested code tree with colours and descriptions, two cases
    with variables (age, group), and *sources*."""
    out, n = [], 0
    for i, src in enumerate(sources):
        attrs = "".join(f" {k}={quoteattr(v)}" for k, v in src.attrs.items())
        sels = []
        for s in src.sels:
            n += 1
            sels.append(_sel_xml(n, src.text, s))
        content = f"<PlainTextContent>{escape(src.text)}</PlainTextContent>" if src.inline else ""
        out.append(f'<{src.kind} guid="{guid(i + 1)}" name={quoteattr(src.name)}{attrs}>{content}'
                   f'{"".join(sels)}{src.body}</{src.kind}>')
    case_xml = ""
    if cases:
        def case(g, name, age, group, refs):
            return (f'<Case guid="{g}" name="{name}">'
                    f'<VariableValue><VariableRef targetGUID="{V_AGE}"/><IntegerValue>{age}</IntegerValue>'
                    f'</VariableValue><VariableValue><VariableRef targetGUID="{V_GROUP}"/>'
                    f'<TextValue>{group}</TextValue></VariableValue>'
                    + "".join(f'<SourceRef targetGUID="{guid(r)}"/>' for r in refs) + "</Case>")
        case_xml = ("<Cases>" + case(CASE_P1, "P01", 34, "psilocybin", [1]) + case(CASE_P2, "P02", 51, "placebo", [2])
                    + "</Cases>")
    return f"""<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="{NS}" name="board study (synthetic)" origin="{origin}">
<Users><User guid="{U_ANA}" name="Ana" id="AN"/><User guid="{U_BEN}" name="Ben" id="BE"/></Users>
<CodeBook><Codes>
<Code guid="{C_ROOT}" name="Experiences" isCodable="false" color="#1F77B4"><Description>Everything the respondent lived through.</Description>
<Code guid="{C_SAFE}" name="Feeling safe" isCodable="true" color="#2ca02c"><Description>Says they felt safe.</Description></Code>
<Code guid="{C_BOARD}" name="Board politics" isCodable="true">
<Code guid="{C_FUNDING}" name="Funding worries" isCodable="true" color="#d62728"/>
</Code>
</Code>
</Codes></CodeBook>
<Variables><Variable guid="{V_AGE}" name="Age" typeOfVariable="Integer"/>
<Variable guid="{V_GROUP}" name="Group" typeOfVariable="Text"/></Variables>
{case_xml}
<Sources>{''.join(out)}</Sources>
</Project>
"""


def write_qdpx(path: Path, qde: str, files: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("project.qde", qde.encode("utf-8"))
        for name, data in files.items():
            zf.writestr(name, data)
    return path


def minimal_docx(paragraphs: list[str], *, doctype: bool = False) -> bytes:
    """A small valid .docx whose body holds *paragraphs* (a line break inside one is a ``w:br``)."""
    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

    def para(p):
        runs = "<w:r><w:br/></w:r>".join(f'<w:r><w:t xml:space="preserve">{escape(x)}</w:t></w:r>'
                                         for x in p.split("\n"))
        return f"<w:p>{runs}</w:p>"

    doc = (('<!DOCTYPE x [<!ENTITY e "boom">]>' if doctype else "")
           + f'<w:document xmlns:w="{w}"><w:body>{"".join(map(para, paragraphs))}<w:sectPr/></w:body></w:document>')
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml",
                    '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
                    'content-types"><Default Extension="xml" ContentType="application/xml"/></Types>')
        zf.writestr("word/document.xml", '<?xml version="1.0" encoding="UTF-8"?>' + doc)
    return buf.getvalue()
