"""Exchange with NVivo, ATLAS.ti, MAXQDA and QualCoder through REFI-QDA (QDPX/QDC).

- :mod:`.export`    documents + codings + codebook -> ``.qdpx``; codebook -> ``.qdc``
- :mod:`.importer`  ``.qdpx`` (or a bare ``.qde``) -> segments, documents, codings,
  the project's codebook, participants, import report; ``.qdc`` -> codebook YAML
- :mod:`.sources`   where each source's text is (every form vendors write);
  :mod:`.docx_text` the text of a rich-text-only source
- :mod:`.code_map`  project codes and the study codebook (``--map-codes``, by name)
- :mod:`.cases`     cases and variables -> participant metadata
- :mod:`.positions` the position convention (Unicode code points, end exclusive) and
  the mapping for programs that count otherwise
- :mod:`.safe_zip`, :mod:`.safe_xml` reading untrusted archives and XML

See docs/qda.md.
"""

from __future__ import annotations

from .export import build_qdc, build_qdpx, export_qdc, export_qdpx
from .importer import import_qdpx, read_qdpx, write_import
from .qdc import import_qdc, read_qdc
from .positions import Convention, PositionMap
from .safe_zip import ZipLimits

__all__ = ["Convention", "PositionMap", "ZipLimits", "build_qdc", "build_qdpx", "export_qdc", "export_qdpx",
           "import_qdc", "import_qdpx", "read_qdc", "read_qdpx", "write_import"]
