"""Read, de-identify and write: what ``qualalliance deid`` and the run's ``deid`` stage share."""

from __future__ import annotations

from pathlib import Path

from .. import catalog
from ..manifest import build_manifest
from ..tables import all_or_nothing, output_folder, write_json
from .engine import Deidentifier
from .lexicon import read_word_file
from .pseudonyms import PseudonymMap, check_map_outside
from .tables import DeidResult, deidentify_tables

DEFAULT_MAP_NAME = "deid_pseudonyms.json"


def deidentifier(params) -> Deidentifier:
    """The :class:`Deidentifier` a :class:`~qualalliance.stage_params.DeidParams` describes."""
    allow = [*params.allow, *(read_word_file(params.allow_file) if params.allow_file else ())]
    deny = [*params.deny, *(_raw_lines(params.deny_file) if params.deny_file else ())]
    return Deidentifier(allow=tuple(allow), deny=tuple(deny), capitals=params.capitals)


def _raw_lines(path) -> list[str]:  # deny entries keep their case (TYPE: prefixes)
    lines = Path(path).read_text(encoding="utf-8").splitlines()
    return [ln.split("#", 1)[0].strip() for ln in lines if ln.split("#", 1)[0].strip()]


def deidentify(segments, documents, rejects, params, map_file, out_dir) -> DeidResult:
    """De-identify the ingest tables with *params*, keeping pseudonyms, surrogates and date offsets
    in *map_file* (outside *out_dir*; created with mode 0600, extended when it exists)."""
    map_path = check_map_outside(map_file, out_dir)
    pseudonyms = PseudonymMap.load(map_path)
    result = deidentify_tables(segments, documents, rejects, deidentifier(params), pseudonyms, mode=params.mode,
                               dates=params.dates)
    pseudonyms.save(map_path)
    return result


def manifest(result: DeidResult, params, map_file, inputs=()) -> dict:
    """The de-identification manifest: counts per type, never original text; the map's path only."""
    counts = result.log["entity_type"].value_counts().sort_index().to_dict() if len(result.log) else {}
    return build_manifest("deid", inputs=list(inputs), params={**params.manifest_params(), "map_file": str(map_file)},
                          outputs={"documents": len(result.documents), "segments": len(result.segments),
                                   "replacements": len(result.log), "excluded": len(result.excluded)},
                          extra={"replacements_by_type": {k: int(v) for k, v in counts.items()},
                                 "deidentified": True})


def write_folder(result: DeidResult, out_dir, manifest_dict: dict) -> None:
    """``qualalliance deid -o OUT``: the ingest tables and the deid tables, all in OUT, together."""
    out = output_folder(out_dir)
    with all_or_nothing() as pending:
        for name, df in _tables(result).items():
            catalog.write(df, out, name, pending)
        write_json(out / catalog.file_name("deid_manifest"), manifest_dict, pending)


def write_run(result: DeidResult, run_dir, manifest_dict: dict) -> None:
    """The run's ``deid`` stage: the ingest tables replaced by their de-identified versions and
    the log, exclusions and manifest in ``OUT/deid/``, together."""
    with all_or_nothing() as pending:
        for name, df in _tables(result).items():
            catalog.write(df, catalog.stage_dir(run_dir, catalog.stage_of(name)), name, pending)
        write_json(catalog.path(run_dir, "deid_manifest"), manifest_dict, pending)


def _tables(result: DeidResult) -> dict:
    return {"segments": result.segments, "documents": result.documents, "rejects": result.rejects,
            "deid_log": result.log, "deid_excluded": result.excluded}


__all__ = ["DEFAULT_MAP_NAME", "deidentifier", "deidentify", "manifest", "write_folder", "write_run"]
