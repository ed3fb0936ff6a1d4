"""Hostile and huge inputs at ingest: bounded memory, no hangs, one-line errors (issue #20).

Every hostile file is generated here, small: limits are lowered where a test would
otherwise need gigabytes, and the bombs rely on a high compression ratio, which the
default limits refuse before a byte is inflated.
"""

from __future__ import annotations

import errno
import json
import os
import zipfile

import pandas as pd
import pytest
from click.testing import CliRunner

from qualalliance.cli import cli
from qualalliance.errors import InputError
from qualalliance.ingest import ingest
from qualalliance.readers.limits import MAX_TABLE_CELLS, MAX_UNPACKED_MB, MAX_ZIP_RATIO, ReadLimits, document_zip_limits
from qualalliance.stage_params import IngestParams

TRANSCRIPT = "Therapist: How are you today?\nParticipant: Tired, but here.\nTherapist: Tell me more.\n"


def run(args):
    return CliRunner().invoke(cli, args, catch_exceptions=False)


def one_line_error(r, *needles):
    assert r.exit_code == 2, r.output
    lines = [ln for ln in r.output.splitlines() if ln.strip()]
    assert len(lines) == 1 and lines[0].startswith("error: "), r.output
    for n in needles:
        assert n in lines[0], lines[0]
    return lines[0]


def test_limit_defaults_agree_with_stage_params():
    p = IngestParams()
    assert (p.max_unpacked_mb, p.max_zip_ratio, p.max_table_cells) == (MAX_UNPACKED_MB, MAX_ZIP_RATIO,
                                                                       MAX_TABLE_CELLS)
    assert ReadLimits.from_params(p) == ReadLimits()


# -- archive bombs -----------------------------------------------------------------------

def _docx(path, paragraphs, padding: bytes = b""):
    """A real .docx (python-docx), optionally with *padding* inside document.xml."""
    import docx

    d = docx.Document()
    for p in paragraphs:
        d.add_paragraph(p)
    d.save(str(path))
    if padding:
        _pad_member(path, "word/document.xml", b"<w:body>", padding)
    return path


def _pad_member(path, member: str, anchor: bytes, padding: bytes) -> None:
    """Insert *padding* after *anchor* in one member of the archive at *path*."""
    with zipfile.ZipFile(path) as z:
        parts = {i.filename: z.read(i) for i in z.infolist()}
    parts[member] = parts[member].replace(anchor, anchor + padding, 1)
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            z.writestr(name, data)


def test_docx_bomb_refused_before_inflating(tmp_path):
    # 8 MiB of whitespace deflates ~1000:1: the ratio check refuses it from the header alone
    f = _docx(tmp_path / "P01_a.docx", ["Therapist: hi", "Participant: hello"], b" " * (8 << 20))
    assert f.stat().st_size < 100_000
    with pytest.raises(InputError, match=r"word/document.xml.*compresses \d+:1") as e:
        ingest([f])
    assert e.value.path == str(f)


def test_docx_over_size_limit_refused(tmp_path):
    # incompressible padding (a comment of random hex) over a lowered size limit
    pad = b"<!--" + os.urandom(700_000).hex().encode() + b"-->"
    f = _docx(tmp_path / "P01_a.docx", ["Therapist: hi", "Participant: hello"], pad)
    small = ReadLimits(zip=document_zip_limits(max_unpacked_mb=1))
    with pytest.raises(InputError, match=r"unpacks to \d+ bytes \(limit 1048576\)"):
        ingest([f], limits=small)
    assert len(ingest([f]).segments) == 2  # within the default limit it reads


def test_docx_within_limits_still_reads(tmp_path):
    f = _docx(tmp_path / "P01_a.docx", ["Therapist: hi there", "Participant: hello", "Therapist: go on",
                                        "Participant: fine"], b"")
    seg = ingest([f]).segments
    assert seg["text"].tolist() == ["hi there", "hello", "go on", "fine"]


def _xlsx(path, rows=(("speaker", "text"), ("Therapist", "hello")), cells=None):
    """A one-sheet workbook of *rows*, plus *cells* (address -> value)."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    for row in rows:
        ws.append(list(row))
    for address, value in (cells or {}).items():
        ws[address] = value
    wb.save(path)
    return path


def test_xlsx_bomb_refused(tmp_path):
    f = _xlsx(tmp_path / "P01_a.xlsx")
    _pad_member(f, "xl/worksheets/sheet1.xml", b"<sheetData>", b"   " * (4 << 20))  # 12 MiB, ~1000:1
    assert f.stat().st_size < 100_000
    with pytest.raises(InputError, match="compresses"):
        ingest([f])


def test_xlsx_cell_at_last_column_and_row_is_bounded(tmp_path):
    f = _xlsx(tmp_path / "P01_a.xlsx", cells={"XFD1048576": "boom"})  # declares a 17-billion-cell sheet in a few KB
    assert f.stat().st_size < 20_000
    with pytest.raises(InputError, match="beyond the header") as e:
        ingest([f])
    assert e.value.line == 1048576


def test_xlsx_cells_counted_against_limit(tmp_path):
    f = _xlsx(tmp_path / "P01_a.xlsx", [("speaker", "text")] + [
        ("Therapist" if i % 2 else "Participant", f"turn {i}") for i in range(50)])
    assert len(ingest([f]).segments) == 50
    with pytest.raises(InputError, match="more than 60 cells"):
        ingest([f], limits=ReadLimits(max_table_cells=60))


def test_xlsx_line_numbers_are_sheet_rows(tmp_path):
    f = _xlsx(tmp_path / "P01_a.xlsx", [("speaker", "text", "n"), ("Therapist", "hello", 1),
                                        ("Participant", "", 2.0), ("Participant", "bye", 2.5)])
    res = ingest([f])
    assert res.segments["text"].tolist() == ["hello", "bye"]
    assert res.segments["n"].tolist() == ["1", "2.5"]
    assert res.rejects["line"].tolist() == [3]


# -- hangs ---------------------------------------------------------------------------------

@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this platform")
def test_fifo_in_input_folder_is_skipped_and_reported(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "P01_a.txt").write_text(TRANSCRIPT, encoding="utf-8")
    os.mkfifo(folder / "x.txt")  # reading it would block forever
    res = ingest([folder])
    assert len(res.segments) == 3
    row = res.rejects[res.rejects["path"] == str(folder / "x.txt")]
    assert len(row) == 1 and "FIFO" in row["reason"].iloc[0] and "not a regular file" in row["reason"].iloc[0]
    assert any("x.txt" in w for w in res.warnings)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this platform")
def test_fifo_and_file_without_reader_in_one_folder_each_get_their_reason(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "P01_a.txt").write_text(TRANSCRIPT, encoding="utf-8")
    os.mkfifo(folder / "x.txt")
    (folder / "consent.pdf").write_bytes(b"%PDF-1.4\n")
    res = ingest([folder])
    reasons = dict(zip(res.rejects["path"], res.rejects["reason"]))
    assert set(reasons) == {str(folder / "x.txt"), str(folder / "consent.pdf")}
    assert reasons[str(folder / "x.txt")].startswith("skipped: a FIFO (named pipe), not a regular file")
    assert reasons[str(folder / "consent.pdf")].startswith("skipped: no reader for .pdf")
    assert len(res.segments) == 3 and len(res.warnings) == 2


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this platform")
def test_fifo_as_metadata_is_one_line_error(tmp_path):
    (tmp_path / "P01_a.txt").write_text(TRANSCRIPT, encoding="utf-8")
    os.mkfifo(tmp_path / "meta.csv")
    with pytest.raises(InputError, match="metadata table is a FIFO"):
        ingest([tmp_path / "P01_a.txt"], metadata=tmp_path / "meta.csv")


# -- JSON ----------------------------------------------------------------------------------

def test_deeply_nested_json_is_one_line_error(tmp_path):
    f = tmp_path / "P01_a.json"
    f.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    r = run(["ingest", str(f), "-o", str(tmp_path / "out")])
    one_line_error(r, str(f), "nested too deeply")


# -- docx entity references ----------------------------------------------------------------

def test_docx_entity_reference_refused_not_dropped(tmp_path):
    f = _docx(tmp_path / "P01_a.docx", ["Therapist: before AFTER", "Participant: hello"], b"")
    with zipfile.ZipFile(f) as z:
        parts = {i.filename: z.read(i) for i in z.infolist()}
    xml = parts["word/document.xml"]
    decl_end = xml.index(b"?>") + 2
    xml = xml[:decl_end] + b'<!DOCTYPE w:document [<!ENTITY e "middle">]>' + xml[decl_end:]
    parts["word/document.xml"] = xml.replace(b"before AFTER", b"before &e; AFTER")
    with zipfile.ZipFile(f, "w") as z:
        for name, data in parts.items():
            z.writestr(name, data)
    with pytest.raises(InputError, match="DOCTYPE declaration; Word documents have none") as e:
        ingest([f])
    assert str(f) in e.value.path


def test_docx_predefined_and_character_references_keep_the_text_after_them(tmp_path):
    """The five XML entities and numeric character references are text, not a reason to drop any."""
    f = _docx(tmp_path / "P01_a.docx", ["Therapist: before XX after", "Participant: hello YY there"])
    with zipfile.ZipFile(f) as z:
        parts = {i.filename: z.read(i) for i in z.infolist()}
    parts["word/document.xml"] = (parts["word/document.xml"].replace(b"XX", b"&amp; &lt;b&gt; caf&#233; &#x263A;")
                                  .replace(b"YY", b"&quot;q&apos;"))
    with zipfile.ZipFile(f, "w") as z:
        for name, data in parts.items():
            z.writestr(name, data)
    res = ingest([f])
    assert res.segments["text"].tolist() == ["before & <b> caf\u00e9 \u263a after", "hello \"q' there"]
    assert len(res.rejects) == 0


# -- CSV -------------------------------------------------------------------------------------

def test_csv_field_over_131072_characters_reads(tmp_path):
    f = tmp_path / "P01_a.csv"
    long = "word " * 40_000  # 200,000 characters: over the csv module's default field limit
    pd.DataFrame({"speaker": ["Therapist", "Participant"], "text": ["hi", long]}).to_csv(f, index=False)
    seg = ingest([f]).segments
    assert seg["text"].str.len().tolist() == [2, len(long.strip())]


def test_csv_separator_still_sniffed(tmp_path):
    f = tmp_path / "P01_a.csv"
    f.write_text("speaker;text\nTherapist;hi, there\nParticipant;hello\n", encoding="utf-8")
    seg = ingest([f]).segments
    assert seg["text"].tolist() == ["hi, there", "hello"]


def test_csv_cells_counted_against_limit(tmp_path):
    f = tmp_path / "P01_a.csv"
    pd.DataFrame({"speaker": ["T", "P"] * 20, "text": ["x"] * 40}).to_csv(f, index=False)
    with pytest.raises(InputError, match="more than 50 cells"):
        ingest([f], limits=ReadLimits(max_table_cells=50))


# -- the output side -----------------------------------------------------------------------

def _study_input(tmp_path):
    f = tmp_path / "P01_a.txt"
    f.write_text(TRANSCRIPT, encoding="utf-8")
    return f


def test_unwritable_output_is_one_line_exit_2(tmp_path, monkeypatch):
    import qualalliance.tables as tables

    def refuse(*a, **k):
        raise PermissionError(errno.EACCES, "Permission denied", k.get("dir"))

    monkeypatch.setattr(tables.tempfile, "mkstemp", refuse)
    out = tmp_path / "out"
    r = run(["ingest", str(_study_input(tmp_path)), "-o", str(out)])
    one_line_error(r, "cannot write output", "Permission denied", str(out))


def test_full_disk_leaves_no_partial_ingest_output(tmp_path, monkeypatch):
    real = pd.DataFrame.to_parquet
    calls = []

    def fill_disk(self, path, *a, **k):
        calls.append(path)
        if len(calls) == 2:  # segments written, then the disk is full
            raise OSError(errno.ENOSPC, "No space left on device")
        return real(self, path, *a, **k)

    monkeypatch.setattr(pd.DataFrame, "to_parquet", fill_disk)
    out = tmp_path / "out"
    r = run(["ingest", str(_study_input(tmp_path)), "-o", str(out)])
    one_line_error(r, "No space left on device", "documents.parquet")
    assert not out.exists()  # no tables without rejects and manifest (the emptied folder is removed too)


def test_unwrapped_oserror_naming_a_file_is_exit_2(tmp_path, monkeypatch):
    import qualalliance.stages as stages

    def boom(*a, **k):
        raise OSError(errno.EROFS, "Read-only file system", str(tmp_path / "out" / "x"))

    monkeypatch.setattr(stages, "ingest_outputs", boom)
    r = run(["ingest", str(_study_input(tmp_path)), "-o", str(tmp_path / "out")])
    one_line_error(r, "Read-only file system", str(tmp_path / "out" / "x"))


def test_ingest_writes_all_four_files(tmp_path):
    out = tmp_path / "out"
    r = run(["ingest", str(_study_input(tmp_path)), "-o", str(out)])
    assert r.exit_code == 0, r.output
    assert sorted(p.name for p in out.iterdir()) == ["documents.parquet", "ingest_manifest.json", "rejects.csv",
                                                     "segments.csv", "segments.parquet"]
    assert json.loads((out / "ingest_manifest.json").read_text())["parameters"]["max_unpacked_mb"] == 512


# -- encodings -------------------------------------------------------------------------------

@pytest.mark.parametrize("text, encoding, named", [
    ("Therapist: Hello Zoë, how are you?\nParticipant: Fine.\n", "latin-1", "cp1252"),
    ("T: I had a café latte and a naïve idea — it’s “fine”.\nP: ok\n", "cp1252", "cp1252"),
    ("Thérapeute: Comment ça va? Très bien. Où êtes-vous né?\n", "latin-1", "cp1252"),
    ("Terapeutti: Miten jaksat tänään? Hyvä, kiitos.\n", "latin-1", "cp1252"),
    # not Western: the detector's answer stands
    ("Терапевт: Как вы себя чувствуете сегодня?\nПациент: Хорошо.\n", "cp1251", "cp1251"),
    ("Terapeuta: Jak się dziś czujesz? Źle, żółć.\n", "cp1250", "cp1250"),
    ("Terapeut: Jak se dnes cítíte? Příliš žluťoučký kůň.\n", "cp1250", "cp1250"),
    ("Θεραπευτής: Πώς είστε σήμερα;\n", "cp1253", "cp1253"),
])
def test_legacy_encodings_decoded_and_named(text, encoding, named):
    from qualalliance.readers import Problems
    from qualalliance.readers.encoding import decode_bytes

    problems = Problems()
    assert decode_bytes(text.encode(encoding), "f.txt", problems) == text
    (warning,) = problems.warnings
    assert f"decoded as {named}" in warning
    first = next(w for w in text.split() if any(ord(c) > 127 for c in w)).strip(".,;:!?\"'()[]")
    assert repr(first) in warning
