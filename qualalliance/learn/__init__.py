"""A coder that learns from human coding (``qualalliance coder``).

Researchers hand-code part of their transcripts; this package learns the codes and
applies them to the rest, with grouped cross-validated agreement figures::

    from qualalliance.learn import from_label_column, train_coder, predict_codings, save_model
    data = from_label_column(segments, "main_therapist_behaviour")
    model = train_coder(data, name="mi-behaviour")
    save_model(model, "mi-behaviour.qacoder")
    codings = predict_codings(model, new_segments)

Modules: :mod:`.features` (context features), :mod:`.estimators` (sklearn estimators),
:mod:`.data` (label column or codings -> targets), :mod:`.coder` (train / predict /
suggest), :mod:`.evaluate` (grouped CV metrics), :mod:`.persist` (safe model files),
:mod:`.embedding` (optional packaged sentence embeddings).
"""

from __future__ import annotations

from .coder import predict_codings, suggest_segments, train_coder
from .data import TrainingData, from_codings, from_label_column
from .estimators import ContextCoder, TextBaseline
from .evaluate import EvaluationResult, evaluate
from .features import ContextFeaturizer, add_context
from .io import load_training_data
from .model import CoderModel
from .persist import load_model, save_model

__all__ = [
    "CoderModel", "ContextCoder", "ContextFeaturizer", "EvaluationResult", "TextBaseline", "TrainingData",
    "add_context", "evaluate", "from_codings", "from_label_column", "load_model", "load_training_data",
    "predict_codings", "save_model", "suggest_segments", "train_coder",
]
