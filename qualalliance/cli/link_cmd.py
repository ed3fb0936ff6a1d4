"""``qualalliance link``: link text features to outcomes."""

from __future__ import annotations

import click

from .common import echo


@click.command()
@click.option("--features", "features_dir", required=True, type=click.Path(file_okay=False, path_type=str),
              help="Folder holding segments/codings/alliance/topics tables (flat, or a run folder with "
                   "one subfolder per stage).")
@click.option("--outcomes", type=click.Path(dir_okay=False, path_type=str),
              help="Outcomes table, long (participant_id, timepoint, measure, value) or wide. "
                   "Default: the study's paths.outcomes.")
@click.option("--study", type=click.Path(path_type=str),
              help="study.yaml or study folder: baseline, direction of improvement, responder and "
                   "remission definitions, covariates.")
@click.option("--participants", type=click.Path(dir_okay=False, path_type=str),
              help="Participant-level covariates table (participant_id, age, sex ...). Default: the "
                   "study's paths.participants.")
@click.option("-o", "--out", "out_dir", required=True, type=click.Path(file_okay=False),
              help="Output folder.")
@click.option("--strict", is_flag=True, help="Unmatched or duplicated participant ids are an error, not a warning.")
@click.option("--id-col", default=None, help="Participant id column of the outcomes table (default participant_id).")
@click.option("--group-by", default=None, metavar="VARIABLE",
              help="Binary analysis-table column that splits the joint display (default: the responder "
                   "definition at the last follow-up, else remission, else a median split of improvement).")
@click.option("--covariate", "covariates", multiple=True,
              help="Covariate for the regressions (repeatable; default: the study's covariates).")
@click.option("--feature-timepoint", "feature_timepoints", multiple=True,
              help="Use only text from this time point for the participant-level features (repeatable).")
@click.option("--source-type", "source_types", multiple=True,
              type=click.Choice(["transcript", "narrative", "case_history"]),
              help="Document types that count (repeatable; default transcript and narrative).")
@click.option("--method", "methods", multiple=True, type=click.Choice(["pearson", "spearman"]),
              help="Correlation methods (repeatable; default both).")
@click.option("--test-feature", "test_features", multiple=True, metavar="PATTERN",
              help="Glob pattern of feature columns to test, e.g. 'alliance.*' (repeatable; default: "
                   "the 'tested' set in variables.csv).")
@click.option("--no-mixed", is_flag=True, help="Skip the linear mixed models over repeated time points.")
@click.option("--quotes", default=3, show_default=True, type=click.IntRange(0, 20),
              help="Exemplar quotes per joint-display cell (at most one per participant).")
def link(features_dir, outcomes, study, participants, out_dir, strict, id_col, group_by, covariates, feature_timepoints,
         source_types, methods, test_features, no_mixed, quotes):
    """Link text features to outcomes: correlations, regressions, group comparisons, joint displays.

    Builds features per participant (rates per 1,000 words, shares of turns, alliance
    scores, topic shares), merges them with the outcomes (nobody is dropped silently:
    unmatched and duplicated ids go to merge_report.csv and a warning), and writes
    features, analysis_table.csv, statistics.csv, regressions.csv,
    group_comparisons.csv, joint_display.csv/.md and merge_report.csv to OUT.
    """
    from ..errors import ConfigError
    from ..link import link as run_link
    from ..link.features import DEFAULT_SOURCE_TYPES
    from ..outlock import output_lock

    if outcomes is None:
        if study is None:
            raise ConfigError("give --outcomes FILE (or --study with paths.outcomes)")
        from ..study import load_study

        outcomes = load_study(study).paths.outcomes
        if outcomes is None:
            raise ConfigError("the study names no outcomes file; give --outcomes FILE", study)
    kwargs = {}
    if methods:
        kwargs["methods"] = tuple(methods)
    with output_lock(out_dir):  # one command per folder (the tables themselves land all or none)
        result = run_link(features_dir, outcomes, study=study, strict=strict, id_col=id_col, group_by=group_by,
                          covariates=list(covariates) or None, feature_timepoints=list(feature_timepoints) or None,
                          source_types=tuple(source_types) or DEFAULT_SOURCE_TYPES, mixed=not no_mixed,
                          quotes=quotes, test_features=list(test_features) or None, participants=participants,
                          **kwargs)
        result.write(out_dir)
    echo(f"{result.summary()} -> {out_dir}")
