"""Saving and loading trained coders safely (no pickle).

A model file is a zip archive with two members:

``metadata.json``
    format version, model name, task kind, labels, roles it applies to, parameters,
    training-data hash, metrics, package versions, and the SHA-256 of the payload.
``model.skops``
    the fitted estimators, written with :mod:`skops.io` (which never unpickles).

Loading checks, in order: the archive opens, the metadata parses and has the
expected format, the payload's hash matches, and every type the payload would
instantiate is in :func:`trusted_types` -- an explicit allowlist computed from the
classes this package uses.  Anything else (a corrupt file, edited bytes, an injected
type) raises a one-line :class:`~qualalliance.errors.ModelError`; nothing from the
file runs before those checks pass.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import tempfile
import zipfile
from pathlib import Path

from ..errors import ModelError

FORMAT = "qualalliance-coder"
FORMAT_VERSION = 1
META_NAME = "metadata.json"
PAYLOAD_NAME = "model.skops"


def _qualname(obj) -> str:
    return f"{obj.__module__}.{obj.__qualname__}"


def trusted_types() -> list[str]:
    """Fully qualified names of every type a coder file may contain.

    Computed from the classes themselves (so a scikit-learn upgrade that moves a
    class keeps working) -- never from the file being loaded.
    """
    import numpy as np
    import scipy.sparse as sp
    from sklearn.feature_extraction.text import TfidfTransformer, TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.preprocessing import StandardScaler
    from sklearn.svm import LinearSVC

    from ..coding.model import ThemeModel
    from ..coding.scorer import ThemeScorer
    from .estimators import ContextCoder, TextBaseline
    from .features import ContextFeaturizer
    from .model import CoderModel

    classes = [ContextCoder, TextBaseline, ContextFeaturizer, CoderModel, ThemeModel, ThemeScorer,
               TfidfVectorizer, TfidfTransformer,
               LogisticRegression, LinearSVC, StandardScaler, sp.csr_matrix, sp.csr_array, np.ndarray, np.dtype,
               np.float64, np.int64, np.int32, np.bool_, np.str_, np.object_]
    names = {_qualname(c) for c in classes}
    # builtins skops reports as "untrusted" although they are plain data
    names |= {"builtins.tuple", "builtins.list", "builtins.dict", "builtins.str", "builtins.int",
              "builtins.float", "builtins.bool", "builtins.NoneType", "builtins.slice", "builtins.set",
              "builtins.frozenset"}
    # numpy dtype classes are named by the dtype module in numpy >= 1.25
    for dt in (np.float64, np.int64, np.int32, np.bool_, np.object_, np.str_):
        names.add(_qualname(type(np.dtype(dt))))
    return sorted(names)


def _payload_bytes(obj) -> bytes:
    import skops.io as sio

    return sio.dumps(obj)


def save_model(model, path, fmt: str = FORMAT) -> Path:
    """Write *model* (a :class:`~.model.CoderModel`, or another allowlisted container with
    a ``metadata`` dict) to *path* atomically; *fmt* tags what kind of model it is."""
    payload = _payload_bytes(model)
    meta = dict(model.metadata)
    meta.update({"format": fmt, "format_version": FORMAT_VERSION,
                 "payload_sha256": hashlib.sha256(payload).hexdigest()})
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.close(fd)
    try:
        with zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_DEFLATED) as zf:
            zf.writestr(META_NAME, json.dumps(meta, indent=2, sort_keys=True, default=str))
            zf.writestr(PAYLOAD_NAME, payload)
        os.replace(tmp, path)
        os.chmod(path, 0o644)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise
    return path


def read_metadata(path, fmt: str = FORMAT) -> tuple[dict, bytes]:
    """Metadata and verified payload bytes of a model file (nothing instantiated)."""
    path = Path(path)
    if not path.is_file():
        raise ModelError("no such model file", path)
    try:
        with zipfile.ZipFile(path) as zf:
            names = set(zf.namelist())
            if not {META_NAME, PAYLOAD_NAME} <= names:
                raise ModelError(f"not a {fmt} model file (members missing)", path)
            meta = json.loads(zf.read(META_NAME).decode("utf-8"))
            payload = zf.read(PAYLOAD_NAME)
    except ModelError:
        raise
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError, UnicodeDecodeError,
            json.JSONDecodeError, ValueError, RuntimeError, NotImplementedError) as exc:
        # zlib.error and CRC mismatches surface as BadZipFile/OSError/ValueError subclasses
        raise ModelError(f"corrupt or tampered model file ({type(exc).__name__})", path) from None
    except Exception as exc:  # noqa: BLE001 - zlib.error and friends: still a bad file, not a bug
        raise ModelError(f"corrupt or tampered model file ({type(exc).__name__})", path) from None
    if not isinstance(meta, dict) or meta.get("format") != fmt:
        found = meta.get("format") if isinstance(meta, dict) else None
        raise ModelError(f"not a {fmt} model file (its format tag is {found!r})", path)
    if meta.get("format_version") != FORMAT_VERSION:
        raise ModelError(f"unsupported model format version {meta.get('format_version')!r} "
                         f"(this qualalliance reads version {FORMAT_VERSION})", path)
    if hashlib.sha256(payload).hexdigest() != meta.get("payload_sha256"):
        raise ModelError("model payload does not match its recorded hash (tampered or corrupt)", path)
    return meta, payload


# skops node kinds that only rebuild data or call a class's own __setstate__; code-calling
# kinds (FunctionNode, MethodNode, ReduceNode, PartialNode, OperatorFuncNode ...) are refused.
DATA_LOADERS = frozenset({"DictNode", "ListNode", "TupleNode", "SetNode", "JsonNode", "TypeNode", "NdArrayNode",
                          "DTypeNode", "SparseMatrixNode", "ObjectNode", "SliceNode", "CachedNode", "BytesNode",
                          "BytearrayNode"})


def payload_types(payload: bytes) -> tuple[set[str], set[str]]:
    """(fully qualified types, skops loader kinds) named anywhere in a skops payload."""
    with zipfile.ZipFile(io.BytesIO(payload)) as zf:
        schema = json.loads(zf.read("schema.json").decode("utf-8"))
    types, loaders = set(), set()
    stack = [schema]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            if "__class__" in node:
                types.add(f"{node.get('__module__')}.{node['__class__']}")
                loaders.add(str(node.get("__loader__")))
            stack.extend(node.values())
        elif isinstance(node, list):
            stack.extend(node)
    return types, loaders


def load_model(path, fmt: str = FORMAT, expected=None):
    """Load a model saved by :func:`save_model`, refusing anything not on the allowlist.

    *expected* is the container class the payload must be (default: ``CoderModel``).

    Every type named in the payload's schema must be in :func:`trusted_types` and every
    node kind in :data:`DATA_LOADERS`; skops then loads with exactly those types trusted.
    """
    import skops.io as sio

    meta, payload = read_metadata(path, fmt)
    try:
        types, loaders = payload_types(payload)
    except Exception as exc:  # noqa: BLE001 - a payload that is not a readable skops archive
        raise ModelError(f"corrupt model payload ({type(exc).__name__})", path) from None
    refused = sorted(types - set(trusted_types()))
    if refused:
        raise ModelError(f"model file contains untrusted type(s) {', '.join(refused)}; refusing to load", path)
    bad_loaders = sorted(loaders - DATA_LOADERS)
    if bad_loaders:
        raise ModelError(f"model file uses code-loading node(s) {', '.join(bad_loaders)}; refusing to load", path)
    try:
        model = sio.loads(payload, trusted=sorted(types))
    except Exception as exc:  # noqa: BLE001 - skops raises many types for malformed payloads
        raise ModelError(f"cannot load model payload ({type(exc).__name__}: "
                         f"{' '.join(str(exc).split())[:160]})", path) from None
    from .model import CoderModel

    expected = expected or CoderModel
    if not isinstance(model, expected):
        raise ModelError(f"model payload is a {type(model).__name__}, not a {expected.__name__}", path)
    model.metadata = meta
    return model
