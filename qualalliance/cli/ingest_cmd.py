"""``qualalliance ingest``: read transcripts into a segments table."""

from __future__ import annotations

import click

from .common import echo, engine_options


@click.command()
@click.argument("sources", nargs=-1, required=True, type=click.Path(path_type=str))
@click.option("-o", "--out", "out_dir", required=True, type=click.Path(file_okay=False),
              help="Output folder for segments.parquet/.csv, documents.parquet, rejects.csv.")
@click.option("--metadata", type=click.Path(dir_okay=False),
              help="CSV mapping doc_id to participant_id, session, timepoint, source_type (+ any columns).")
@click.option("--role", "roles", multiple=True, metavar="NAME=ROLE",
              help="Map a speaker label to therapist|participant|other (repeatable).")
@click.option("--speaker-col", help="Speaker column of utterance tables (default: detected).")
@click.option("--text-col", help="Text column of utterance tables (default: detected).")
@click.option("--doc-col", help="Column that splits an utterance table into documents, e.g. session "
                                "(default: doc_id, transcript_id, conversation_id, session_id or document).")
@click.option("--name-pattern", default=None,
              help="Regex with named groups participant_id, session, timepoint applied to file names "
                   "without metadata (default: P01_preparation style).")
@click.option("--strict", is_flag=True, help="Treat warnings (missing metadata, unknown speakers ...) as errors.")
@click.option("--max-unpacked-mb", type=int, default=512, show_default=True,
              help="Refuse a .docx/.xlsx that unpacks to more than this (archive-bomb limit).")
@click.option("--max-zip-ratio", type=float, default=200.0, show_default=True,
              help="Refuse a .docx/.xlsx member compressed more than this many times (archive-bomb limit).")
@click.option("--max-table-cells", type=int, default=10_000_000, show_default=True,
              help="Refuse a .csv/.tsv/.xlsx table with more cells than this.")
@engine_options
def ingest(sources, out_dir, metadata, roles, speaker_col, text_col, doc_col, name_pattern, strict, max_unpacked_mb,
           max_zip_ratio, max_table_cells, engine, workers, scheduler):
    """Read transcripts, narratives and case histories into one segments table.

    SOURCES are files or folders: .txt/.md speaker-turn transcripts, .csv/.tsv/.xlsx
    utterance tables (AnnoMI included), .vtt/.srt subtitles, .docx, diarised or MIBot
    .json. A study folder (transcripts/, narratives/, case_histories/, metadata.csv)
    is recognised. Every turn lands in segments or in rejects.csv with its reason.
    """
    from ..engine import engine_from_options, open_engine
    from ..outlock import output_lock
    from ..stage_params import IngestParams, from_options
    from ..stages import ingest_outputs

    params = from_options(IngestParams, strict=strict, name_pattern=name_pattern, speaker_col=speaker_col,
                          text_col=text_col, doc_col=doc_col, max_unpacked_mb=max_unpacked_mb,
                          max_zip_ratio=max_zip_ratio, max_table_cells=max_table_cells)
    engine_params = engine_from_options(engine, workers, scheduler)
    with output_lock(out_dir), open_engine(engine_params) as running:  # one ingest per folder, as run does
        result, _ = ingest_outputs(sources, params, out_dir, metadata=metadata, roles=roles, engine=running)
    echo(f"ingested {result.summary()} -> {out_dir}")
