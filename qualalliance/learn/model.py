"""The trained-coder container saved in a model file."""

from __future__ import annotations

PRESENT, ABSENT = "present", "absent"  # the two classes of a per-code (multi-label) model


class CoderModel:
    """Fitted estimators plus what is needed to apply them to new segments.

    Attributes
    ----------
    name : str
        Model name, written to ``codings.coder``.
    kind : "single" | "multi"
        One multi-class model over a label column, or one binary model per code.
    estimators : dict[str, estimator]
        ``{"label": est}`` for single-label models, ``{code: est}`` for multi-label.
    roles : dict[str, list[str]]
        Per estimator key: the speaker roles it applies to (those it was trained on).
    text_col, group_col, role_col, turn_col : str
        Columns read from a segments table.
    label_col : str or None
        The label column it learnt (single-label models).
    threshold : float
        Multi-label models code a segment when P(present) >= threshold.
    metadata : dict
        Labels, metrics, training-data hash, versions (see :func:`.persist.save_model`).
    """

    def __init__(self, name, kind, estimators, roles, text_col="text", group_col="doc_id", role_col="role",
                 turn_col="turn", label_col=None, threshold=0.5, metadata=None):
        self.name = name
        self.kind = kind
        self.estimators = estimators
        self.roles = roles
        self.text_col = text_col
        self.group_col = group_col
        self.role_col = role_col
        self.turn_col = turn_col
        self.label_col = label_col
        self.threshold = threshold
        self.metadata = metadata or {}

    @property
    def labels(self) -> list[str]:
        if self.kind == "single":
            return [str(c) for c in self.estimators["label"].classes_]
        return sorted(self.estimators)

    def __repr__(self) -> str:
        return f"CoderModel(name={self.name!r}, kind={self.kind!r}, labels={self.labels!r})"
