"""Which code each imported coding gets: the project's own code, or the study codebook's.

Every code of an imported project keeps its codings.  Its id in the codings table
(and in ``project_codebook.yaml``) is, in order:

1. a row of the mapping file (``--map-codes mapping.csv``) naming it, whose ``code``
   is a codebook id (a blank ``code`` keeps the project's own code);
2. the GUID qualalliance's own export gave the code;
3. by name (unless ``by_name=False``): the code's name equals a codebook code's label
   or id, ignoring case, ``_``, ``-`` and spacing; "*X* (negated)" -> *X*, negated;
   a ``qualalliance id:`` line in its Description;
4. otherwise the project's own code: an id made from its name (``Felt Safety`` ->
   ``felt_safety``), unique and never one of the codebook's ids.

The mapping file is a CSV with columns ``project_code`` (the code's name, its path
``Parent / Child`` as the import report spells it, or its GUID) and ``code`` (a
codebook id, or blank).  A row naming no code of the project is reported, an id the
codebook lacks is an error naming the file and line.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from ..codebook import Codebook
from ..errors import ConfigError
from .export import NEGATED_SUFFIX, code_guid
from .qdc import QdaCode, norm_guid, norm_name, parse_description, slug_id

MAPPING_COLUMNS = ("project_code", "code")


@dataclass(frozen=True)
class CodeId:
    id: str
    negated: bool
    how: str  # "mapping file", "qualalliance GUID", "name", "qualalliance id", "project code"

    @property
    def mapped(self) -> bool:
        return self.how != "project code"


def read_mapping(path) -> list[tuple[str, str, int]]:
    """``(project_code, code, line)`` rows of a mapping CSV (one-line errors name the file)."""
    path = Path(path)
    if not path.is_file():
        raise ConfigError("no such mapping file", path)
    try:
        df = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8-sig")
    except (ValueError, UnicodeDecodeError, pd.errors.ParserError) as exc:
        raise ConfigError(f"not a readable CSV: {' '.join(str(exc).split())}", path) from None
    df.columns = [str(c).strip() for c in df.columns]
    missing = [c for c in MAPPING_COLUMNS if c not in df.columns]
    if missing:
        raise ConfigError(f"mapping file needs columns {', '.join(MAPPING_COLUMNS)}; missing {', '.join(missing)} "
                          f"(has {', '.join(df.columns) or 'none'})", path, 1)
    rows, seen = [], {}
    for i, (src, dst) in enumerate(zip(df["project_code"], df["code"])):
        line = i + 2
        src, dst = " ".join(src.split()), dst.strip()
        if not src:
            raise ConfigError("project_code is empty", path, line)
        if src in seen:
            raise ConfigError(f"project_code {src!r} is listed twice (line {seen[src]})", path, line)
        seen[src] = line
        rows.append((src, dst, line))
    return rows


def assign_ids(qcodes: list[QdaCode], book: Codebook, mapping: list[tuple[str, str, int]] = (),
               mapping_file=None, by_name: bool = True, report: list | None = None) -> dict[str, CodeId]:
    """code guid -> :class:`CodeId` for every code of the project (see the module docstring)."""
    report = report if report is not None else []
    explicit = _explicit(qcodes, book, mapping, mapping_file, report)
    by_guid = {}
    for c in book.codes:
        by_guid[norm_guid(code_guid(book.name, c.id))] = (c.id, False)
        by_guid[norm_guid(code_guid(book.name, c.id, True))] = (c.id, True)
    names: dict[str, str] = {}
    for c in book.codes:  # ids win over labels when they clash
        names.setdefault(norm_name(c.label), c.id)
    for c in book.codes:
        names[norm_name(c.id)] = c.id
    out: dict[str, CodeId] = {}
    for q in qcodes:
        if q.guid in explicit:
            if explicit[q.guid]:
                out[q.guid] = CodeId(explicit[q.guid], False, "mapping file")
            continue  # a blank code: the project's own
        if q.guid in by_guid:
            out[q.guid] = CodeId(*by_guid[q.guid], "qualalliance GUID")
            continue
        if not by_name:
            continue
        name, negated = q.name, False
        if name.endswith(NEGATED_SUFFIX):
            name, negated = name[: -len(NEGATED_SUFFIX)], True
        hit = names.get(norm_name(name))
        if hit is not None:
            out[q.guid] = CodeId(hit, negated, "name")
            continue
        hid = parse_description(q.description)["id"]
        if hid in book:
            out[q.guid] = CodeId(hid, negated, "qualalliance id")
    taken = set(book.ids) | {c.id for c in out.values()}
    for q in qcodes:
        if q.guid not in out:
            out[q.guid] = CodeId(slug_id(q.name or "code", taken), False, "project code")
    return out


def _explicit(qcodes, book, mapping, mapping_file, report) -> dict[str, str]:
    """code guid -> codebook id ("" = keep the project's own) from the mapping file's rows."""
    keys: dict[str, list[str]] = {}
    for q in qcodes:
        for k in {q.guid, q.name, q.path, norm_name(q.name), norm_name(q.path)}:
            keys.setdefault(k, []).append(q.guid)
    out: dict[str, str] = {}
    for src, dst, line in mapping:
        if dst and dst not in book:
            raise ConfigError(f"code {dst!r} is not in the codebook {book.name} {book.version} "
                              f"(project_code {src!r})", mapping_file, line)
        hits = keys.get(src) or keys.get(norm_guid(src)) or keys.get(norm_name(src)) or []
        if not hits:
            report.append(("mapping_unused", "", src, 0, f"line {line}: no code of the project has this name, "
                                                         "path or GUID"))
        for g in hits:
            out.setdefault(g, dst)
    return out


__all__ = ["CodeId", "MAPPING_COLUMNS", "assign_ids", "read_mapping"]
