"""``qualalliance code``: theme coding of segments: codebook rules, then the context-aware second stage."""

from __future__ import annotations

import click

from ..coding.coder import DEFAULT_MIN_CONFIDENCE, min_confidence_setting
from ..errors import InputError
from .common import echo, engine_options


class MinConfidence(click.ParamType):
    """'auto' or a number in [0, 1], read as ``code_segments`` reads it."""

    name = "auto|0..1"

    def convert(self, value, param, ctx):
        try:
            return min_confidence_setting(value)
        except InputError as exc:
            self.fail(str(exc), param, ctx)


@click.command()
@click.argument("segments", nargs=-1, required=True, type=click.Path(path_type=str))
@click.option("-o", "--out", "out_dir", required=True, type=click.Path(file_okay=False),
              help="Output folder for codings.csv/.parquet, code_matrix.csv/.parquet, coding_candidates.csv, "
                   "coding_manifest.json (and theme_model.qamodel with --adapt).")
@click.option("--codebook", type=click.Path(dir_okay=False, path_type=str),
              help="Codebook YAML (default: the packaged psychedelic-therapy/alliance codebook).")
@click.option("--model", default=None,
              help="spaCy pipeline: 'blank:en' (default, offline: lookup lemmas) or an installed trained "
                   "pipeline such as en_core_web_sm. Nothing is downloaded.")
@click.option("--n-process", type=click.IntRange(min=1), default=1, show_default=True,
              help="Worker processes (each builds the pipeline once and codes chunks of segments).")
@click.option("--batch-size", type=click.IntRange(min=1), default=1000, show_default=True,
              help="Texts per nlp.pipe batch.")
@click.option("--min-confidence", type=MinConfidence(), default=DEFAULT_MIN_CONFIDENCE, show_default=True,
              help="Keep a coding when the second stage's calibrated probability is at least this: higher "
                   "favours precision, lower recall. 'auto': 0.6 where the talk is like the model's training "
                   "talk (MI counselling), 0.5 where it is not (docs/coding.md: the trade-off on real talk).")
@click.option("--theme-model", "theme_model", default="default", show_default=True,
              help="Second-stage model file (.qamodel), or 'default' for the one shipped in the package.")
@click.option("--rules-only", is_flag=True,
              help="Skip the second stage: every rule match is a coding (confidence 1.0).")
@click.option("--adapt", "adapt", type=click.Path(dir_okay=False, path_type=str),
              help="Your team's codings of some of these segments (a codings table, or doc_id,turn,codes): "
                   "fit the second stage to them first, save it as OUT/theme_model.qamodel, then code.")
@engine_options
def code(segments, out_dir, codebook, model, n_process, batch_size, min_confidence, theme_model, rules_only,
         adapt, engine, workers, scheduler):
    """Code segments with a codebook: evidence spans, negation, hedging and confidence.

    SEGMENTS is a segments table (.parquet/.csv), a folder holding one (an ingest or run
    output), or raw transcripts (ingested on the fly). The codebook's rules find
    candidate spans; the second stage scores each in its turn's context (calibrated
    confidence) and adds turns no rule found (method=model). Writes
    OUT/codings.csv/.parquet (doc_id, turn, code, start_char, end_char, text, negated,
    method, coder, confidence, polarity, hedged, negation_cue, hedge_cue, rule; offsets
    are in the document text), OUT/code_matrix.csv/.parquet (one row per segment, one
    0/1 column per code; denied and opposite-pole mentions count 0) and
    OUT/coding_candidates.csv (rule matches scored below --min-confidence).
    """
    from ..coding import code_segments
    from ..coding.coder import write_coding
    from ..engine import engine_from_options, open_engine
    from ..ingest import load_segments
    from ..outlock import output_lock
    from ..tables import all_or_nothing

    if rules_only and (adapt or theme_model != "default"):
        raise click.UsageError("--rules-only cannot be combined with --adapt or --theme-model")
    engine_params = engine_from_options(engine, workers, scheduler)
    # one command per folder; the adapted model, codings, matrix and manifest land together or not at all
    with output_lock(out_dir), all_or_nothing() as pending:
        source = list(segments)
        seg = load_segments(source if len(source) > 1 else source[0])
        chosen = "none" if rules_only else theme_model
        inputs = [p for p in source + [codebook] if p]
        adapted_note = None
        if adapt:
            chosen, adapted_note = _adapted(seg, adapt, codebook, theme_model, out_dir, pending)
            inputs.append(adapt)
        with open_engine(engine_params) as running:
            result = code_segments(seg, codebook=codebook, model=model, n_process=n_process, batch_size=batch_size,
                                   theme_model=chosen, min_confidence=min_confidence, engine=running)
        write_coding(result, out_dir, inputs=inputs, pending=pending)
    if adapted_note:  # said once the model file is in place
        echo(adapted_note)
    echo(f"coded {result.summary()} -> {out_dir}")


def _adapted(segments, adapt_path, codebook, theme_model, out_dir, pending):
    """The second stage refitted to the team's codings, saved with *pending*; and what to say."""
    from pathlib import Path

    from ..coding.coder import resolve_theme_model
    from .. import catalog
    from ..coding.model import save_theme_model
    from ..coding.reference import read_reference
    from ..coding.training import adapt_theme_model
    from ..codebook import load_codebook

    book = load_codebook(codebook)
    base = resolve_theme_model(theme_model, book)
    reference = read_reference(adapt_path)
    adapted = adapt_theme_model(base, segments, reference, book)
    target = save_theme_model(adapted, Path(out_dir) / catalog.file_name("theme_model"), pending)
    note = (f"adapted the second stage to {len(reference.units)} coded turns "
            f"({', '.join(sorted(adapted.scorer.models_)) or 'no code had enough examples'} refitted) -> {target}")
    return adapted, note
