"""How much a reader may unpack from one input file: bounded memory on hostile input.

A ``.docx`` or ``.xlsx`` is a ZIP archive of XML.  Before python-docx or openpyxl
sees it, the archive is opened with :class:`~qualalliance.qda.safe_zip.SafeZip` (the
QDPX importer's checks): member names, symlinks, encryption, and the sizes the
archive declares, per member, in total and as a compression ratio, all checked
before a byte is inflated.  Python's ``zipfile`` never inflates a member beyond its
declared size (a lying header fails its CRC check), so the declared sizes bound
what the readers can be made to hold.  A spreadsheet is also bounded in cells,
because one cell at ``XFD1048576`` declares a 17-billion-cell sheet in 5 KB.

The defaults fit any real transcript with room to spare (a 1,000-page Word
transcript's ``document.xml`` is about 20 MB); raise them with ``stages.ingest``
in the study file or the ``ingest`` options (docs/ingest.md, "Limits").
"""

from __future__ import annotations

from dataclasses import dataclass, field

MiB = 1 << 20
MAX_UNPACKED_MB = 512  # all members of one .docx/.xlsx, inflated (images included)
MAX_ZIP_RATIO = 200.0  # inflated / compressed per member over 1 MiB
MAX_TABLE_CELLS = 10_000_000  # cells of one spreadsheet or CSV (rows x widest row)


def document_zip_limits(max_unpacked_mb: int = MAX_UNPACKED_MB, max_ratio: float = MAX_ZIP_RATIO) -> ZipLimits:
    """Archive limits for .docx/.xlsx: one member may use the whole budget."""
    from ..qda.safe_zip import ZipLimits  # here: importing qualalliance.qda imports ingest, which imports readers

    total = int(max_unpacked_mb) * MiB
    return ZipLimits(max_members=10_000, max_member_bytes=total, max_total_bytes=total,
                     max_ratio=float(max_ratio), ratio_floor=1 * MiB)


@dataclass(frozen=True)
class ReadLimits:
    """Limits for one ingest: archives (.docx/.xlsx) and table size."""

    zip: ZipLimits = field(default_factory=document_zip_limits)
    max_table_cells: int = MAX_TABLE_CELLS

    @classmethod
    def from_params(cls, params) -> "ReadLimits":
        """From :class:`~qualalliance.stage_params.IngestParams` (or anything with its fields)."""
        return cls(zip=document_zip_limits(params.max_unpacked_mb, params.max_zip_ratio),
                   max_table_cells=params.max_table_cells)
