"""Tiny REFI-QDA files for the qda tests, written here (none is copied from a vendor).

``vendor_qdpx`` writes a QDPX shaped like the exports of other programs, with
their quirks switchable: ``sources/`` in lower case, GUIDs in braces and upper case,
selections without a Coding (MAXQDA), CRLF text with positions that count CRLF as
one (ATLAS.ti), positions in UTF-16 units, nameless one-source cases holding
document variables (MAXQDA, Quirkos).
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from qualalliance.qda.positions import Convention, PositionMap

NS = "urn:QDA-XML:project:1.0"
SHARED_REFI = Path(__file__).resolve().parents[1] / ".." / "shared" / "refi-qda"

# Fixed GUIDs (hand-written, any valid pattern will do).
U_ANA = "A1111111-1111-4111-8111-111111111111"
U_BEN = "B2222222-2222-4222-8222-222222222222"
C_SAFETY = "C0000001-0000-4000-8000-000000000001"
C_TRUST = "C0000002-0000-4000-8000-000000000002"
C_OTHER = "C0000003-0000-4000-8000-000000000003"
C_PARENT = "C0000004-0000-4000-8000-000000000004"
S_ONE = "D0000001-0000-4000-8000-000000000001"
V_PART = "E0000001-0000-4000-8000-000000000001"
V_SESSION = "E0000002-0000-4000-8000-000000000002"

TRANSCRIPT = ("Therapist: How did the room feel to you?\n"
              "Participant: I felt safe with both of you, Zoë too \U0001F642.\n"
              "Therapist: And trust?\n"
              "Participant: I trusted you completely. The café noise didn't matter.\n")


def write_zip(path: Path, members: list[tuple[str, bytes]]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members:
            zf.writestr(name, data)
    return path


def selection_xml(start: int, end: int, codes: list[str], user: str | None, name: str | None = None,
                  braces: bool = False) -> str:
    g = (lambda x: "{" + x + "}") if braces else (lambda x: x)
    codings = "".join(f'<Coding guid="{g(_guid(start, end, c))}"' + (f' creatingUser="{g(user)}"' if user else "")
                      + f'><CodeRef targetGUID="{g(c)}"/></Coding>' for c in codes)
    nm = f' name="{name}"' if name is not None else ""
    return (f'<PlainTextSelection guid="{g(_guid(start, end, "sel"))}"{nm} startPosition="{start}" '
            f'endPosition="{end}">{codings}</PlainTextSelection>')


def _guid(*parts) -> str:
    import uuid

    return str(uuid.uuid5(uuid.NAMESPACE_OID, repr(parts))).upper()


def spans(text: str, phrase: str, conv: Convention = Convention(), raw: str | None = None) -> tuple[int, int]:
    """Positions of *phrase* in *text* (LF) as a program counting with *conv* writes them for *raw*."""
    a = text.index(phrase)
    pm = PositionMap(raw if raw is not None else text, conv)
    return pm.to_positions(a, a + len(phrase))


def vendor_qdpx(path: Path, *, origin="MAXQDA 2022", sources_dir="sources", crlf=False,
                conv: Convention = Convention(), names=True, braces=False, bare_selection=True,
                file_variables=True, extra_xml="", text=TRANSCRIPT) -> Path:
    """A small project: one transcript coded by two users with two mapped codes and one unmapped."""
    raw = text.replace("\n", "\r\n") if crlf else text

    def sel(phrase, codes, user):
        s, e = spans(text, phrase, conv, raw)
        return selection_xml(s, e, codes, user, phrase if names else None, braces)

    sels = [sel("I felt safe with both of you", [C_SAFETY], U_ANA),
            sel("I felt safe with both of you, Zoë too \U0001F642", [C_SAFETY], U_BEN),
            sel("I trusted you completely", [C_TRUST, C_OTHER], U_ANA),
            sel("The café noise didn't matter", [C_TRUST], U_BEN)]
    if bare_selection:  # MAXQDA: a memo on a selection, no Coding
        s, e = spans(text, "And trust?", conv, raw)
        sels.append(f'<PlainTextSelection guid="{_guid("memo")}" startPosition="{s}" endPosition="{e}">'
                    "<Description>a memo</Description></PlainTextSelection>")
    var_values = ("" if file_variables else
                  f'<VariableValue><VariableRef targetGUID="{V_PART}"/><TextValue>P07</TextValue></VariableValue>')
    cases = ""
    if file_variables:  # MAXQDA/Quirkos: document variables in a nameless case with one SourceRef
        cases = (f'<Cases><Case guid="{_guid("case")}">'
                 f'<VariableValue><VariableRef targetGUID="{V_PART}"/><TextValue>P07</TextValue></VariableValue>'
                 f'<VariableValue><VariableRef targetGUID="{V_SESSION}"/><TextValue>integration1</TextValue>'
                 f'</VariableValue><SourceRef targetGUID="{S_ONE}"/></Case></Cases>')
    qde = f"""<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="{NS}" name="vendor project" origin="{origin}">
<Users><User guid="{U_ANA}" name="Ana" id="AN"/><User guid="{U_BEN}" name="Ben"/></Users>
<CodeBook><Codes>
<Code guid="{C_PARENT}" name="Safety and the therapeutic container" isCodable="false">
<Code guid="{C_SAFETY}" name="felt safety" isCodable="true"><Description>Feeling safe.</Description></Code>
<Code guid="{C_TRUST}" name="TRUST" isCodable="true"/>
</Code>
<Code guid="{C_OTHER}" name="Weather talk" isCodable="true"/>
</Codes></CodeBook>
<Variables><Variable guid="{V_PART}" name="Participant" typeOfVariable="Text"/>
<Variable guid="{V_SESSION}" name="Session" typeOfVariable="Text"/></Variables>
{cases}
<Sources><TextSource guid="{S_ONE}" name="P07_integration1.docx" plainTextPath="internal://{S_ONE}.txt">
{''.join(sels)}{var_values}</TextSource>{extra_xml}</Sources>
</Project>
"""
    members = [(f"{sources_dir}/{S_ONE}.txt", raw.encode("utf-8")), (f"{sources_dir}/.root", b""),
               ("project.qde", qde.encode("utf-8"))]
    return write_zip(path, members)
