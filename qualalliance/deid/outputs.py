"""Read, de-identify and write: what ``qualalliance deid`` and the run's ``deid`` stage share."""

from __future__ import annotations

import json
from pathlib import Path

from .. import catalog
from ..engine.engines import engine_record
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
    return Deidentifier(allow=tuple(allow), deny=tuple(deny), capitals=params.capitals, ner=params.ner)


def _raw_lines(path) -> list[str]:  # deny entries keep their case (TYPE: prefixes)
    lines = Path(path).read_text(encoding="utf-8").splitlines()
    return [ln.split("#", 1)[0].strip() for ln in lines if ln.split("#", 1)[0].strip()]


def deidentify(segments, documents, rejects, params, map_file, out_dir, paths=(), engine=None) -> DeidResult:
    """De-identify the ingest tables with *params*, keeping pseudonyms, surrogates and date offsets
    in *map_file* (outside *out_dir*; created with mode 0600, extended when it exists).  *paths*:
    the input files the manifests will list, renamed now so the map keeps what their names need.
    *engine*: where the identifiers are found (:mod:`qualalliance.engine`; None: here)."""
    map_path = check_map_outside(map_file, out_dir)
    pseudonyms = PseudonymMap.load(map_path)
    result = deidentify_tables(segments, documents, rejects, deidentifier(params), pseudonyms, mode=params.mode,
                               dates=params.dates, engine=engine)
    for path in paths:
        result.rename_path(str(path[0] if isinstance(path, tuple) else path))
    pseudonyms.save(map_path)
    return result


def manifest(result: DeidResult, params, map_file, inputs=(), engine=None) -> dict:
    """The de-identification manifest: counts per type, never original text (input files are listed
    by their de-identified paths); the map's path only; the engine when it is distributed."""
    counts = result.log["entity_type"].value_counts().sort_index().to_dict() if len(result.log) else {}
    return build_manifest("deid", inputs=renamed_inputs(result, inputs),
                          params={**params.manifest_params(), "map_file": str(map_file), **engine_record(engine, "deid")},
                          outputs={"documents": len(result.documents), "segments": len(result.segments),
                                   "replacements": len(result.log), "excluded": len(result.excluded)},
                          extra={"replacements_by_type": {k: int(v) for k, v in counts.items()},
                                 "ner_model": result.ner_model,
                                 "deidentified": True})


def renamed_inputs(result: DeidResult, inputs) -> list:
    """*inputs* (paths, or ``(key, path)`` pairs) as ``(de-identified key, path)`` pairs for a manifest:
    a file named after a participant is hashed under the name's replacement."""
    pairs = [item if isinstance(item, tuple) else (str(item), item) for item in inputs]
    return [(result.rename_path(str(key)), path) for key, path in pairs]


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
    ingest_manifest = catalog.find(run_dir, "ingest_manifest")
    with all_or_nothing() as pending:
        for name, df in _tables(result).items():
            catalog.write(df, catalog.stage_dir(run_dir, catalog.stage_of(name)), name, pending)
        write_json(catalog.path(run_dir, "deid_manifest"), manifest_dict, pending)
        if ingest_manifest is not None:  # it lists the transcripts by file name
            data = json.loads(ingest_manifest.read_text(encoding="utf-8"))
            data["inputs"] = {result.rename_path(k): v for k, v in data.get("inputs", {}).items()}
            write_json(ingest_manifest, data, pending)


def _tables(result: DeidResult) -> dict:
    return {"segments": result.segments, "documents": result.documents, "rejects": result.rejects,
            "deid_log": result.log, "deid_excluded": result.excluded}


__all__ = ["DEFAULT_MAP_NAME", "deidentifier", "deidentify", "manifest", "write_folder", "write_run"]
