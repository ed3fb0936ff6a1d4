"""File formats the ingest stage reads: .txt, .vtt, .docx, .csv.

Every writer returns bytes, so the caller controls where and how files are written
and the regeneration test can compare bytes.  The .docx is assembled by hand
(minimal WordprocessingML: content types, package rels, document, core
properties) and stored uncompressed with fixed timestamps and member order, so it
is byte-identical on any machine and independent of the python-docx and zlib
versions installed; python-docx reads it like any Word file.
"""

from __future__ import annotations

import csv
import io
import zipfile
from xml.sax.saxutils import escape


def hms(seconds: float) -> str:
    s = int(seconds)
    return f"{s // 3600:02d}:{s % 3600 // 60:02d}:{s % 60:02d}"


def hms_ms(seconds: float) -> str:
    ms = int(round(seconds * 1000))
    return f"{ms // 3600000:02d}:{ms % 3600000 // 60000:02d}:{ms % 60000 // 1000:02d}.{ms % 1000:03d}"


def _split_sentences(text: str) -> list[str]:
    out, cur = [], []
    for word in text.split(" "):
        cur.append(word)
        if word.endswith((".", "?", "!")) and len(cur) > 3:
            out.append(" ".join(cur))
            cur = []
    if cur:
        out.append(" ".join(cur))
    return out


def txt_transcript(turns, labels: tuple[str, str], *, timestamps: bool, blank_lines: bool, rng) -> bytes:
    """``LABEL: text`` lines; long turns sometimes wrap onto continuation lines."""
    lines = []
    for role, text, t in turns:
        label = labels[0] if role == "therapist" else labels[1]
        prefix = f"[{hms(t)}] " if timestamps else ""
        sentences = _split_sentences(text)
        if len(sentences) >= 4 and rng.random() < 0.3:
            cut = rng.randrange(2, len(sentences))
            lines.append(f"{prefix}{label}: {' '.join(sentences[:cut])}")
            lines.append(" ".join(sentences[cut:]))
        else:
            lines.append(f"{prefix}{label}: {text}")
        if blank_lines:
            lines.append("")
    while lines and not lines[-1]:
        lines.pop()
    return ("\n".join(lines) + "\n").encode("utf-8")


def vtt_transcript(turns, voices: tuple[str, str]) -> bytes:
    """WebVTT with ``<v Speaker>`` voice tags; a turn becomes one or more cues."""
    out = ["WEBVTT", ""]
    clock = 0.0
    n = 0
    for role, text, t in turns:
        voice = voices[0] if role == "therapist" else voices[1]
        start = max(t, clock)
        words = text.split(" ")
        chunks = [words[i:i + 12] for i in range(0, len(words), 12)]
        for chunk in chunks:
            dur = max(1.0, len(chunk) / 2.4)
            n += 1
            out.append(str(n))
            out.append(f"{hms_ms(start)} --> {hms_ms(start + dur)}")
            out.append(f"<v {voice}>{escape(' '.join(chunk))}</v>")
            out.append("")
            start += dur
        clock = start + 0.2
    return ("\n".join(out)).encode("utf-8")


def csv_transcript(turns, speakers: tuple[str, str]) -> bytes:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["speaker", "text", "start_s"])
    for role, text, t in turns:
        w.writerow([speakers[0] if role == "therapist" else speakers[1], text, f"{t:.1f}"])
    return buf.getvalue().encode("utf-8")


_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
    '<Override PartName="/docProps/core.xml" '
    'ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
    '</Types>')
_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" '
    'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
    'Target="word/document.xml"/>'
    '<Relationship Id="rId2" '
    'Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" '
    'Target="docProps/core.xml"/>'
    '</Relationships>')
_CORE = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
    '<dc:title>{title}</dc:title><dc:creator>synthetic</dc:creator>'
    '<cp:lastModifiedBy>synthetic</cp:lastModifiedBy>'
    '<cp:lastPrinted>2024-01-01T00:00:00Z</cp:lastPrinted>'
    '<dcterms:created xsi:type="dcterms:W3CDTF">2024-01-01T00:00:00Z</dcterms:created>'
    '<dcterms:modified xsi:type="dcterms:W3CDTF">2024-01-01T00:00:00Z</dcterms:modified>'
    '</cp:coreProperties>')
_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def docx_transcript(turns, labels: tuple[str, str], title: str) -> bytes:
    """One paragraph per turn, ``Facilitator: text``."""
    paras = []
    for role, text, _t in turns:
        label = labels[0] if role == "therapist" else labels[1]
        paras.append(f'<w:p><w:r><w:t xml:space="preserve">{escape(label)}: {escape(text)}</w:t></w:r></w:p>')
    document = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="{_W}">'
                f'<w:body>{"".join(paras)}<w:sectPr/></w:body></w:document>')
    members = [("[Content_Types].xml", _CONTENT_TYPES), ("_rels/.rels", _RELS),
               ("docProps/core.xml", _CORE.replace("{title}", escape(title))),
               ("word/document.xml", document)]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression=zipfile.ZIP_STORED) as zf:
        for name, content in members:
            info = zipfile.ZipInfo(name, date_time=(2024, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_STORED
            info.external_attr = 0o644 << 16
            info.create_system = 3
            zf.writestr(info, content.encode("utf-8"))
    return buf.getvalue()


def single_voice(paragraphs: list[str]) -> bytes:
    """Narratives and case histories: paragraphs separated by blank lines."""
    return ("\n\n".join(p.strip() for p in paragraphs if p.strip()) + "\n").encode("utf-8")
