"""``qualalliance reliability``: agreement between two or more codings tables."""

from __future__ import annotations

import click

from .common import echo


@click.command()
@click.argument("codings", nargs=-1, required=True, type=click.Path(exists=False, path_type=str))
@click.option("-o", "--out", "out_dir", required=True, type=click.Path(file_okay=False),
              help="Output folder for reliability.csv/.parquet, reliability_table.csv, "
                   "reliability_pairwise.csv and reliability_manifest.json.")
@click.option("--segments", "segments_path", type=click.Path(path_type=str),
              help="Segments table (or ingest/run folder) defining the units; default: every segment "
                   "that appears in any codings table.")
@click.option("--codes", help="Comma-separated code ids to compare (default: every code any table uses).")
@click.option("--coverage", type=click.Choice(["all", "documents"]), default="all", show_default=True,
              help="Which units each coder saw: all of them, or the documents in their own table "
                   "(others are missing values).")
@click.option("--include-negated", is_flag=True,
              help="Count negated codings as coded (default: a negated mention is not a coding).")
@click.option("--n-boot", type=click.IntRange(min=0), default=1000, show_default=True,
              help="Bootstrap resamples of documents for the 95% CIs (0: no CIs).")
@click.option("--seed", type=int, default=0, show_default=True, help="Bootstrap seed.")
def reliability(codings, out_dir, segments_path, codes, coverage, include_negated, n_boot, seed):
    """Compare two or more codings tables segment by segment.

    CODINGS are codings tables (.csv/.parquet) or folders holding codings.parquet (a
    `qualalliance code` output), from human coders and/or the machine. A single run
    folder made with `run --codings` compares each reviewer with the machine. Writes per code and
    overall, for all units and for units someone coded: percent agreement, Cohen's kappa
    (two coders; every pair in reliability_pairwise.csv), Krippendorff's alpha (nominal),
    each with a bootstrap 95% CI resampling documents.
    """
    from ..outlock import output_lock

    with output_lock(out_dir):  # one command per folder (the tables themselves land all or none)
        result, names = _compare(codings, out_dir, segments_path, codes, coverage, include_negated, n_boot, seed)
    overall = result.table[result.table["code"] == "(overall)"]
    for row in overall.itertuples(index=False):
        parts = [f"{s}={getattr(row, s):.3f}" for s in ("percent_agreement", "cohen_kappa", "krippendorff_alpha")
                 if hasattr(row, s) and getattr(row, s) == getattr(row, s)]
        echo(f"{row.scope} units: {', '.join(parts)}")
    echo(f"compared {len(names)} coders ({', '.join(names)}) on {result.params['units']} segments -> {out_dir}")


def _compare(codings, out_dir, segments_path, codes, coverage, include_negated, n_boot, seed):
    """Read the codings, compare them and write the tables; returns the result and coder names."""
    from ..reliability import coder_names, read_codings, read_units, reliability as run_reliability
    from ..reliability import reviewed_vs_machine, write_reliability

    run_tables = reviewed_vs_machine(codings[0]) if len(codings) == 1 else None
    if run_tables is not None:  # a run with reviewed codings: each reviewer and the machine
        names, tables = list(run_tables), list(run_tables.values())
        segments_path = segments_path or codings[0]
    else:
        tables = [read_codings(p) for p in codings]
        names = coder_names(tables, list(codings))
    segments = read_units(segments_path) if segments_path else None
    code_list = [c.strip() for c in codes.split(",") if c.strip()] if codes else None
    result = run_reliability(dict(zip(names, tables)), segments=segments, codes=code_list, coverage=coverage,
                             include_negated=include_negated, n_boot=n_boot, seed=seed)
    write_reliability(result, out_dir, inputs=[p for p in list(codings) + [segments_path] if p])
    return result, names
