"""The run folder's layout, declared once: which stage writes which file, and where.

A run folder (``qualalliance run -o OUT``) holds one subfolder per stage, named after
the stage (``OUT/ingest/``, ``OUT/code/`` ...), and ``OUT/manifest.json``.  Every
table and file a stage writes is declared here as an :class:`Output` (its name, the
stage that writes it, and the file names it is written as, the first one being the
one that is read back).  Writers, readers, the run, the link stage and the report
all go through this module, and a test checks that no other module spells a
run-folder file name.

Nothing here imports pandas at import time; :func:`read` does, when called.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from typing import Iterable, Mapping

RUN_MANIFEST = "manifest.json"
# stage folders in run order; ``reliability`` is written by ``qualalliance reliability``, not by ``run``
STAGE_FOLDERS = ("ingest", "deid", "code", "alliance", "topics", "link", "report")
RELIABILITY_FOLDER = "reliability"
TABLE_FORMATS = ("parquet", "csv")  # a table written in both formats is read from its Parquet file
# a table too big for one file (tables.DATASET_ROWS) is the folder <name>.parts/ of Parquet parts
DATASET_SUFFIX = ".parts"


@dataclass(frozen=True)
class Output:
    """One table or file a stage writes into its folder of a run."""

    name: str                  # table name (the key in link's and the report's table dicts)
    stage: str                 # the stage that writes it; also its folder in a run
    files: tuple[str, ...]     # the file names it is written as; files[0] is the one read back
    table: bool = True         # a data table (read with qualalliance.tables.read_table)
    optional: bool = False     # written only when the study asks for it (e.g. reviewed codings)

    @property
    def file(self) -> str:
        return self.files[0]

    @property
    def stem(self) -> str:
        return self.files[0].rsplit(".", 1)[0]

    @property
    def formats(self) -> tuple[str, ...]:
        return tuple(f.rsplit(".", 1)[1] for f in self.files)

    @property
    def dataset(self) -> str | None:
        """The folder a big table is written as instead of its files (a partitioned Parquet
        dataset, :func:`qualalliance.tables.write_dataset`); None for tables without Parquet."""
        return f"{self.stem}{DATASET_SUFFIX}" if "parquet" in self.formats else None


def _table(name: str, stage: str, *formats: str, optional: bool = False) -> Output:
    return Output(name, stage, tuple(f"{name}.{fmt}" for fmt in (formats or ("csv",))), optional=optional)


def _file(name: str, stage: str, file: str, optional: bool = False) -> Output:
    return Output(name, stage, (file,), table=False, optional=optional)


_OUTPUTS = (
    # ingest
    _table("segments", "ingest", *TABLE_FORMATS),
    _table("documents", "ingest", "parquet"),
    _table("rejects", "ingest"),
    _file("ingest_manifest", "ingest", "ingest_manifest.json"),
    # deid (qualalliance.deid.outputs; it also rewrites ingest's segments, documents and rejects
    # de-identified; `qualalliance deid -o OUT` writes all of them into OUT itself)
    _table("deid_log", "deid"),
    _table("deid_excluded", "deid"),
    _file("deid_manifest", "deid", "deid_manifest.json"),
    # code (written by qualalliance.coding.coder.write_coding)
    _table("codings", "code", *TABLE_FORMATS),
    _table("code_matrix", "code", *TABLE_FORMATS),
    _table("coding_candidates", "code"),
    # ... with reviewed codings (qualalliance.reviewed: run --codings, stages.code.codings)
    _table("machine_codings", "code", *TABLE_FORMATS, optional=True),
    _table("human_codings", "code", *TABLE_FORMATS, optional=True),
    _table("human_codings_rejects", "code", optional=True),
    _file("coding_manifest", "code", "coding_manifest.json"),
    # the second stage adapted to a study's codings (code --adapt; review keeps its own in review/)
    _file("theme_model", "code", "theme_model.qamodel", optional=True),
    # alliance
    _table("alliance", "alliance", *TABLE_FORMATS),
    _table("alliance_evidence", "alliance"),
    _table("ruptures", "alliance", *TABLE_FORMATS),   # rupture and repair events (alliance/rupture_events.py)
    _table("rupture_counts", "alliance"),             # per transcript: ruptures, repaired, unrepaired
    _file("alliance_manifest", "alliance", "alliance_manifest.json"),
    # topics
    _table("topics", "topics", *TABLE_FORMATS),
    _table("topic_info", "topics"),
    _table("topics_by_role", "topics"),
    _table("topics_by_session", "topics"),
    _table("topics_by_timepoint", "topics"),
    _file("topic_figures", "topics", "topic_figures.html"),
    _file("topics_manifest", "topics", "topics_manifest.json"),
    # link
    _table("features", "link", *TABLE_FORMATS),
    _table("variables", "link"),
    _table("analysis_table", "link"),
    _table("analysis_long", "link"),
    _table("outcomes_derived", "link"),
    _table("statistics", "link"),
    _table("regressions", "link"),
    _table("group_comparisons", "link"),
    _table("joint_display", "link"),
    _table("joint_display_quotes", "link"),
    _table("merge_report", "link"),
    _file("joint_display_md", "link", "joint_display.md"),
    _file("link_json", "link", "link.json"),
    # report (its tables/, figures/ and case_histories/ folders are the report's own layout)
    _file("report_index", "report", "index.html"),
    _file("report_markdown", "report", "index.md"),
    _file("report_workbook", "report", "tables.xlsx"),
    _file("report_marker", "report", "report.json"),
)

OUTPUTS: Mapping[str, Output] = MappingProxyType({o.name: o for o in _OUTPUTS})


def output(name: str) -> Output:
    try:
        return OUTPUTS[name]
    except KeyError:
        raise KeyError(f"{name!r} is not a run-folder output declared in qualalliance.catalog") from None


def outputs_of(stage: str) -> dict[str, Output]:
    """The outputs a stage writes, in declaration order."""
    return {o.name: o for o in _OUTPUTS if o.stage == stage}


def tables_of(stage: str) -> tuple[str, ...]:
    return tuple(o.name for o in _OUTPUTS if o.stage == stage and o.table)


def stage_of(name: str) -> str:
    return output(name).stage


def file_name(name: str, fmt: str | None = None) -> str:
    """The file name of output *name* (in format *fmt*, default its first)."""
    o = output(name)
    if fmt is None:
        return o.file
    if fmt not in o.formats:
        raise KeyError(f"{name!r} is not written as .{fmt} (formats: {', '.join(o.formats)})")
    return f"{o.stem}.{fmt}"


def stage_dir(run_dir: str | os.PathLike, stage: str) -> Path:
    """``RUN/<stage>``: the folder a stage writes into."""
    if stage not in STAGE_FOLDERS and stage != RELIABILITY_FOLDER:
        raise KeyError(f"{stage!r} is not a stage folder of a run ({', '.join(STAGE_FOLDERS)})")
    return Path(run_dir) / stage


def path(run_dir: str | os.PathLike, name: str, fmt: str | None = None) -> Path:
    """Where output *name* is (or would be) in a run folder."""
    return stage_dir(run_dir, stage_of(name)) / file_name(name, fmt)


def manifest_path(run_dir: str | os.PathLike) -> Path:
    return Path(run_dir) / RUN_MANIFEST


def find(run_dir: str | os.PathLike, name: str) -> Path | None:
    """The first existing file of output *name* in a run folder, or None."""
    folder = stage_dir(run_dir, stage_of(name))
    return _first_file(folder, output(name))


def find_in(folder: str | os.PathLike, name: str) -> Path | None:
    """Output *name* in *folder* itself (a stage's own output folder) or in its stage subfolder
    (a run folder), whichever comes first; None when neither has it."""
    folder = Path(folder)
    o = output(name)
    return _first_file(folder, o) or _first_file(folder / o.stage, o)


def _first_file(folder: Path, o: Output) -> Path | None:
    """The first of *o*'s files in *folder*, else its dataset folder (a big table), else None."""
    for f in o.files:
        p = folder / f
        if p.is_file():
            return p
    if o.dataset is not None and (folder / o.dataset).is_dir():
        return folder / o.dataset
    return None


def read(run_dir: str | os.PathLike, name: str):
    """Read table *name* from a run folder (None when it is absent)."""
    from .tables import read_table

    p = find(run_dir, name)
    return None if p is None else read_table(p)


def write(df, out_dir: str | os.PathLike, name: str, pending=None) -> list[Path]:
    """Write table *name* into *out_dir* in every format the catalog declares for it (atomic;
    with *pending* from :func:`qualalliance.tables.all_or_nothing`, renamed with the rest)."""
    from .tables import write_table

    from .tables import DATASET_ROWS, write_dataset

    o = output(name)
    if not o.table:
        raise KeyError(f"{name!r} is a file, not a table")
    if o.dataset is not None and len(df) > DATASET_ROWS:  # big: the dataset alone, same schema
        return write_dataset(df, Path(out_dir) / o.dataset, pending)
    return write_table(df, out_dir, o.stem, formats=o.formats, pending=pending)


def declared_files(stage: str, optional: bool = True) -> set[str]:
    """Every file name the catalog declares for *stage* (without the optional ones when *optional* is False)."""
    return {f for o in outputs_of(stage).values() if optional or not o.optional for f in o.files}


def dataset_names(stage: str) -> set[str]:
    """The dataset folder names of *stage*'s tables (written instead of their files when big)."""
    return {o.dataset for o in outputs_of(stage).values() if o.dataset is not None}


__all__ = ["DATASET_SUFFIX", "OUTPUTS", "Output", "RELIABILITY_FOLDER", "RUN_MANIFEST", "STAGE_FOLDERS",
           "dataset_names", "declared_files",
           "file_name", "find", "find_in", "manifest_path", "output", "outputs_of", "path", "read",
           "stage_dir", "stage_of", "tables_of", "write"]
