"""``qualalliance code``: rule-based theme coding of segments against a codebook."""

from __future__ import annotations

import click

from .common import echo


@click.command()
@click.argument("segments", nargs=-1, required=True, type=click.Path(path_type=str))
@click.option("-o", "--out", "out_dir", required=True, type=click.Path(file_okay=False),
              help="Output folder for codings.csv/.parquet, code_matrix.csv/.parquet, coding_manifest.json.")
@click.option("--codebook", type=click.Path(dir_okay=False, path_type=str),
              help="Codebook YAML (default: the packaged psychedelic-therapy/alliance codebook).")
@click.option("--model", default=None,
              help="spaCy pipeline: 'blank:en' (default, offline: lookup lemmas) or an installed trained "
                   "pipeline such as en_core_web_sm. Nothing is downloaded.")
@click.option("--n-process", type=click.IntRange(min=1), default=1, show_default=True,
              help="Worker processes (each builds the pipeline once and codes chunks of segments).")
@click.option("--batch-size", type=click.IntRange(min=1), default=1000, show_default=True,
              help="Texts per nlp.pipe batch.")
def code(segments, out_dir, codebook, model, n_process, batch_size):
    """Code segments with a codebook: evidence spans, negation and hedging.

    SEGMENTS is a segments table (.parquet/.csv), a folder holding one (an ingest or run
    output), or raw transcripts (ingested on the fly). Writes OUT/codings.csv/.parquet
    (doc_id, turn, code, start_char, end_char, text, negated, method, coder, confidence,
    hedged, negation_cue, hedge_cue, rule; offsets are in the document text) and
    OUT/code_matrix.csv/.parquet (one row per segment, one 0/1 column per code; negated
    mentions count 0).
    """
    from ..coding.coder import write_coding
    from ..coding import code_segments
    from ..ingest import load_segments

    source = list(segments)
    seg = load_segments(source if len(source) > 1 else source[0])
    result = code_segments(seg, codebook=codebook, model=model, n_process=n_process, batch_size=batch_size)
    write_coding(result, out_dir, inputs=[p for p in source + [codebook] if p])
    echo(f"coded {result.summary()} -> {out_dir}")
