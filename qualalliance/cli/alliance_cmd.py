"""``qualalliance alliance``: alliance-language scores per transcript and role."""

from __future__ import annotations

import click

from .common import echo, engine_options


@click.command()
@click.argument("segments", nargs=-1, required=True, type=click.Path(path_type=str))
@click.option("-o", "--out", "out_dir", required=True, type=click.Path(file_okay=False),
              help="Output folder for alliance.csv/.parquet, alliance_evidence.csv, ruptures.csv/.parquet, "
                   "rupture_counts.csv and alliance_manifest.json.")
@click.option("--lexicon", type=click.Path(dir_okay=False, path_type=str),
              help="Edited copy of the packaged alliance_lexicon.yaml (default: the packaged lexicon).")
@click.option("--function-words", type=click.Path(dir_okay=False, path_type=str),
              help="Edited copy of the packaged function_words.yaml used for style matching.")
@click.option("--rupture-window", type=int, default=None,
              help="Therapist turn runs an unanswered rupture waits for a repair (default 2; docs/ruptures.md).")
@engine_options
def alliance(segments, out_dir, lexicon, function_words, rupture_window, engine, workers, scheduler):
    """Score alliance language per transcript: therapist, participant and session rows.

    SEGMENTS is a segments table (.parquet/.csv), a folder holding one (an ingest or run
    output), or raw transcripts (ingested on the fly). Writes OUT/alliance.csv/.parquet
    (Bordin bond/goals/tasks rates, reflections vs questions and information, language
    style matching, pronoun rates, talk balance, rupture and repair, empathy and safety
    language, the participant's own alliance language (participant_alliance_per_1k)
    and negated alliance mentions, and therapist_mi_responsiveness, the therapist's
    MI-consistent responding; alliance_index is its old name, kept for one release)
    and OUT/alliance_evidence.csv with the span behind every
    count. Ruptures and repairs as events, read from both speakers' turns in order, go to
    OUT/ruptures.csv/.parquet and OUT/rupture_counts.csv (per transcript: ruptures, repaired,
    unrepaired). Only transcript documents are scored; narratives and case histories have no dyad.
    """
    from ..engine import engine_from_options, open_engine
    from ..ingest import load_segments
    from ..outlock import output_lock
    from ..stage_params import AllianceParams, from_options
    from ..stages import alliance_outputs

    source = list(segments)
    engine_params = engine_from_options(engine, workers, scheduler)
    options = {"rupture_window": rupture_window} if rupture_window is not None else {}
    params = from_options(AllianceParams, lexicon=lexicon, function_words=function_words, **options)
    with output_lock(out_dir):  # one command per folder (the tables themselves land all or none)
        seg = load_segments(source if len(source) > 1 else source[0])
        with open_engine(engine_params) as running:
            result = alliance_outputs(seg, params, out_dir, inputs=source, engine=running)
    sessions = result.scores[result.scores["role"] == "session"]
    echo(f"scored {len(sessions)} transcript(s): {len(result.scores)} rows, "
         f"{len(result.evidence)} evidence spans, {int(result.ruptures.counts['ruptures'].sum())} rupture(s) "
         f"-> {out_dir}")
