"""``qualalliance deid``: de-identify transcripts (or an ingest folder) into a segments table."""

from __future__ import annotations

from pathlib import Path

import click

from .common import echo, engine_options


@click.command()
@click.argument("sources", nargs=-1, required=True, type=click.Path(path_type=str))
@click.option("-o", "--out", "out_dir", required=True, type=click.Path(file_okay=False),
              help="Output folder: de-identified segments, documents and rejects (ingest schema), "
                   "deid_log.csv, deid_excluded.csv, deid_manifest.json.")
@click.option("--map", "map_file", type=click.Path(dir_okay=False),
              help="Pseudonym map (original text -> [TYPE_n], surrogates, date offsets); kept outside OUT with "
                   "mode 0600 and reused, so a study keeps its replacements across runs.  [default: OUT_pseudonyms.json beside OUT]")
@click.option("--allow", multiple=True, metavar="WORD", help="A word or name never removed (repeatable).")
@click.option("--deny", multiple=True, metavar="NAME",
              help="A name always removed (repeatable); TYPE:NAME for another type, e.g. LOCATION:Elm Creek.")
@click.option("--allow-file", type=click.Path(dir_okay=False, exists=True), help="Allow-list file, one entry a line.")
@click.option("--deny-file", type=click.Path(dir_okay=False, exists=True), help="Deny-list file, one entry a line.")
@click.option("--no-capitals", is_flag=True,
              help="Turn off the capitalised-name heuristic (cues, speaker labels, metadata and lists remain).")
@click.option("--ner", type=click.Choice(["auto", "on", "off"]), default="auto", show_default=True,
              help="The named-entity recogniser (spaCy en_core_web_sm, installed by the set-up) as further "
                   "evidence for names and places: auto uses it when installed, on requires it, off: rules only.")
@click.option("--mode", type=click.Choice(["pseudonym", "surrogate"]), default="pseudonym", show_default=True,
              help="pseudonym: typed [PERSON_3]; surrogate: realistic fakes of the same kind and format "
                   "(names, places, numbers), the same fake for the same original across the study.")
@click.option("--dates", type=click.Choice(["redact", "shift"]), default="redact", show_default=True,
              help="redact: [DATE_1]; shift: every date of a participant moved by one secret random number of "
                   "days, kept in the map (bare years stay).")
@click.option("--metadata", type=click.Path(dir_okay=False), help="As for ingest: CSV of document metadata.")
@click.option("--role", "roles", multiple=True, metavar="NAME=ROLE", help="As for ingest (repeatable).")
@engine_options
def deid(sources, out_dir, map_file, allow, deny, allow_file, deny_file, no_capitals, ner, mode, dates, metadata,
         roles, engine, workers, scheduler):
    """Replace identifiers in transcripts with study-wide typed pseudonyms ([PERSON_3], [DATE_1])
    or realistic surrogates, and dates with [DATE_n] or shifted dates.

    SOURCES are what `ingest` reads (files, folders, a study folder) or one ingest or run
    folder holding segments and documents.  Names (from speaker labels, metadata name
    columns and the text), places smaller than a state, street addresses, dates except
    the year, ages over 89, phone and fax numbers, email, URLs, SSNs and record, health
    plan, account and other ID numbers are replaced; docs/deid.md says how and how well.
    """
    from ..deid import outputs
    from ..engine import engine_from_options, open_engine
    from ..outlock import output_lock
    from ..stage_params import DeidParams, from_options

    params = from_options(DeidParams, allow=allow, deny=deny, allow_file=allow_file, deny_file=deny_file,
                          capitals=not no_capitals, ner=ner, mode=mode, dates=dates)
    engine_params = engine_from_options(engine, workers, scheduler)
    out = Path(out_dir)
    map_path = Path(map_file) if map_file else out.parent / f"{out.name}_pseudonyms.json"
    # one command per folder (the tables themselves land all or none)
    with output_lock(out), open_engine(engine_params) as running:
        segments, documents, rejects, inputs = _read(sources, out, metadata, roles, running)
        result = outputs.deidentify(segments, documents, rejects, params, map_path, out, paths=inputs, engine=running)
        outputs.write_folder(result, out, outputs.manifest(result, params, map_path, inputs, engine=running))
    echo(f"de-identified {result.summary()} -> {out_dir} (pseudonym map: {map_path})")


def _read(sources, out: Path, metadata, roles, engine):
    """The ingest tables: read from one ingest/run folder, else ingested from *sources* in memory
    (on *engine*, as ``ingest`` does)."""
    from .. import catalog
    from ..errors import ConfigError
    from ..tables import read_table

    if len(sources) == 1 and Path(sources[0]).is_dir():
        folder = Path(sources[0])
        seg, docs = catalog.find_in(folder, "segments"), catalog.find_in(folder, "documents")
        if seg is not None:
            if seg.parent.resolve() == out.resolve():
                raise ConfigError("the output folder is the input folder; de-identify into a new folder", out)
            if docs is None:
                raise ConfigError(f"{seg} has no documents table beside it; de-identification needs the "
                                  "documents' text to keep offsets (re-run ingest)", folder)
            rej = catalog.find_in(folder, "rejects")
            return (read_table(seg), read_table(docs), read_table(rej) if rej else None, [str(seg), str(docs)])
    from ..ingest import NAME_PATTERN, ingest
    from ..readers.roles import parse_role_overrides

    res = ingest(list(sources), metadata=metadata, roles=parse_role_overrides(roles) or None,
                 name_pattern=NAME_PATTERN, engine=engine)
    return res.segments, res.documents, res.rejects, res.inputs


__all__ = ["deid"]
