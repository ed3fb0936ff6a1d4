"""Run manifests: what went in, with which parameters and versions.

Every command that writes outputs writes a manifest so a run can be reproduced
and audited: input file hashes, parameters (including seeds), package versions.
"""

from __future__ import annotations

import platform
import sys
from datetime import datetime, timezone
from importlib import metadata as importlib_metadata
from pathlib import Path

from . import __version__
from .tables import sha256_file

PACKAGES = ["spacy", "spacy-lookups-data", "scikit-learn", "bertopic", "pandas", "numpy", "scipy",
            "statsmodels", "pyarrow", "click", "torch", "sentence-transformers", "umap-learn", "hdbscan"]


def package_versions() -> dict[str, str]:
    out = {"qualalliance": __version__, "python": sys.version.split()[0], "platform": platform.platform()}
    for name in PACKAGES:
        try:
            out[name] = importlib_metadata.version(name)
        except importlib_metadata.PackageNotFoundError:
            continue
    return out


def input_hashes(paths) -> dict[str, str]:
    """``{path: SHA-256}`` of the input files that exist.  An item may be a ``(key, path)``
    pair, so a run records its own tables relative to the run folder (runs in different
    folders then write identical manifests)."""
    pairs = [(p[0], p[1]) if isinstance(p, tuple) else (str(p), p) for p in paths]
    return {key: sha256_file(p) for key, p in sorted({(str(k), str(p)) for k, p in pairs}) if Path(p).is_file()}


def build_manifest(stage: str, inputs=(), params: dict | None = None, outputs: dict | None = None,
                   extra: dict | None = None, timestamp: bool = False) -> dict:
    """A manifest dict.  No timestamp by default, so identical runs write identical files."""
    m = {
        "stage": stage,
        "qualalliance_version": __version__,
        "inputs": input_hashes(inputs),
        "parameters": params or {},
        "outputs": outputs or {},
        "versions": package_versions(),
    }
    if timestamp:
        m["created_utc"] = datetime.now(timezone.utc).isoformat(timespec="seconds")
    if extra:
        m.update(extra)
    return m
