"""The theme coder's second-stage model file: a fitted :class:`~.scorer.ThemeScorer` and
the codebook its rule-hit features came from.

Saved and loaded with :mod:`qualalliance.learn.persist` (a zip of JSON metadata and a
skops payload, no pickle, type allowlist, hash check) under the format tag
``qualalliance-theme-scorer``.  A model is tied to its codebook's name and version:
its features are that codebook's rule hits, so applying it with another codebook would
score the wrong evidence and is refused.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from ..codebook import Codebook
from ..errors import ModelError

FORMAT = "qualalliance-theme-scorer"
DEFAULT_MODEL = "theme_scorer.qamodel"


class ThemeModel:
    """A fitted scorer plus what is needed to check it fits the codebook it is used with."""

    def __init__(self, scorer, codebook_name: str, codebook_version: str, codebook_sha256: str,
                 metadata: dict | None = None, style: dict | None = None):
        self.scorer = scorer
        self.codebook_name = codebook_name
        self.codebook_version = codebook_version
        self.codebook_sha256 = codebook_sha256
        self.metadata = metadata or {}
        # the training talk's style profile (.style.StyleProfile.to_dict(): its centroids an
        # ndarray, stored as one array in the payload, not as JSON)
        self.style = style

    def check_codebook(self, book: Codebook, path=None) -> None:
        """Refuse a codebook other than the one the model was trained with."""
        if (book.name, str(book.version)) != (self.codebook_name, str(self.codebook_version)):
            raise ModelError(
                f"this theme model was built for codebook {self.codebook_name!r} version "
                f"{self.codebook_version}, not {book.name!r} version {book.version}; rebuild it for this "
                "codebook (code --adapt, or scripts/build_theme_model.py) or code with rules only (--no-model)",
                path)
        missing = sorted(set(self.scorer.codes_) - {c.id for c in book.applicable})
        if missing:
            raise ModelError(f"this theme model scores code(s) {', '.join(missing)} that the codebook lacks", path)

    @property
    def style_profile(self):
        """The training talk's :class:`~.style.StyleProfile` (``None`` for a model without one)."""
        from .style import StyleProfile

        d = getattr(self, "style", None)  # a model file saved before profiles existed has none
        return StyleProfile.from_dict(d) if d else None

    def __repr__(self) -> str:
        return (f"ThemeModel(codebook={self.codebook_name!r} {self.codebook_version}, "
                f"modelled={sorted(self.scorer.models_)})")


def default_model_path() -> Path:
    return Path(str(resources.files("qualalliance") / "data" / "models" / DEFAULT_MODEL))


def save_theme_model(model: ThemeModel, path, pending=None) -> Path:
    """Write *model* to *path* (with *pending*: when that set of files commits)."""
    from ..learn.persist import save_model

    return save_model(model, path, fmt=FORMAT, pending=pending)


def _existing(path) -> Path:
    path = default_model_path() if path is None else Path(path)
    if not path.is_file():
        raise ModelError("no such theme model file" + (" (the package's default model is missing: "
                         "reinstall qualalliance)" if path == default_model_path() else ""), path)
    return path


def load_theme_model(path=None) -> ThemeModel:
    """Load a theme model file (default: the one shipped in the package)."""
    from ..learn.persist import load_model

    return load_model(_existing(path), fmt=FORMAT, expected=ThemeModel)


def built_for(path=None) -> tuple[str, str]:
    """``(codebook name, version)`` a theme model file was built for, read from its metadata
    without loading the model (a fraction of a second less per call: the shipped model is
    not loaded at all when a study codes with another codebook)."""
    from ..learn.persist import read_metadata

    path = _existing(path)
    meta, _ = read_metadata(path, fmt=FORMAT)
    return str(meta.get("codebook_name")), str(meta.get("codebook_version"))
