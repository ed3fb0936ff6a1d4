"""Saving and loading trained coders safely (no pickle).

A model file is a zip archive with two members:

``metadata.json``
    format version, model name, task kind, labels, roles it applies to, parameters,
    training-data hash, metrics, package versions, and the SHA-256 of the payload.
``model.skops``
    the fitted estimators, written with :mod:`skops.io` (which never unpickles).

Loading checks, in order: the archive opens and its declared sizes pass
:data:`MODEL_LIMITS` (per member, in total, compression ratio: a zip bomb is refused
before it is inflated; the payload, itself a zip, is checked the same way), the
metadata parses and has the expected format, the payload's hash matches, and every
type the payload would instantiate is in :func:`trusted_types` -- an explicit
allowlist computed from the classes this package uses.  After loading, every text
vectoriser's settings are checked (:func:`check_text_settings`): a ``token_pattern``
is a regular expression run on every transcript, so only the patterns this package
writes are accepted (one crafted for catastrophic backtracking would hang
``coder predict``).  Anything else (a corrupt file, edited bytes, an injected type)
raises a one-line :class:`~qualalliance.errors.ModelError`; nothing from the file
runs before those checks pass.

Model files are byte-reproducible: skops names arrays and shared objects by their
``id()`` and stamps the clock, so :func:`canonical_payload` renumbers them in the
order they appear, sorts set contents, and both archives get a fixed timestamp.
"""

from __future__ import annotations

import hashlib
import io
import json
import re
import zipfile
from pathlib import Path

from ..errors import ModelError
from ..qda.safe_zip import MiB, SafeZip, ZipLimits

FORMAT = "qualalliance-coder"
FORMAT_VERSION = 1
META_NAME = "metadata.json"
PAYLOAD_NAME = "model.skops"
# a trained coder is a few MB; the shipped theme model too.  Inflated, per member and in total.
MODEL_LIMITS = ZipLimits(max_members=10_000, max_member_bytes=512 * MiB, max_total_bytes=1024 * MiB,
                         max_ratio=200.0, ratio_floor=1 * MiB)
ZIP_EPOCH = (1980, 1, 1, 0, 0, 0)  # the earliest time a zip can record: no clock in the file
TEXT_ANALYZERS = frozenset({"word", "char", "char_wb"})
MAX_NGRAM = 8


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
    from sklearn.feature_extraction.text import CountVectorizer

    for v in _objects(obj):
        # scikit-learn caches id(stop_words) to skip a re-check: a memory address, different in
        # every process; without it the (cheap) check simply runs again
        if isinstance(v, CountVectorizer) and "_stop_words_id" in vars(v):
            del v._stop_words_id
    return canonical_payload(sio.dumps(obj))


def _zip_write(zf: zipfile.ZipFile, name: str, data: bytes, compress_type: int) -> None:
    info = zipfile.ZipInfo(name, date_time=ZIP_EPOCH)
    info.compress_type = compress_type
    info.external_attr = 0o644 << 16
    zf.writestr(info, data)


def canonical_payload(payload: bytes) -> bytes:
    """The same skops archive with process-independent names, order and timestamps."""
    with zipfile.ZipFile(io.BytesIO(payload)) as zf:
        schema = json.loads(zf.read("schema.json").decode("utf-8"))
        members = [(i.filename, zf.read(i), i.compress_type) for i in zf.infolist() if i.filename != "schema.json"]
    _sort_sets(schema)
    ids: dict[int, int] = {}
    _renumber(schema, ids)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as zf:
        renamed = []
        for name, data, ctype in members:
            m = re.fullmatch(r"(\d+)\.npy", name)
            renamed.append((f"{ids.setdefault(int(m.group(1)), len(ids) + 1)}.npy" if m else name, data, ctype))
        for name, data, ctype in sorted(renamed, key=lambda r: (len(r[0]), r[0])):
            _zip_write(zf, name, data, ctype)
        _zip_write(zf, "schema.json", json.dumps(schema, indent=2).encode("utf-8"), zipfile.ZIP_STORED)
    return out.getvalue()


def _without_ids(node):
    if isinstance(node, dict):
        return {k: _without_ids(v) for k, v in node.items() if k != "__id__" and k != "file"}
    if isinstance(node, list):
        return [_without_ids(v) for v in node]
    return node


def _sort_sets(node) -> None:
    """Set contents in a stable order (their iteration order follows the string hash seed)."""
    stack = [node]
    while stack:
        n = stack.pop()
        if isinstance(n, dict):
            if n.get("__loader__") == "SetNode" and isinstance(n.get("content"), list):
                n["content"].sort(key=lambda item: json.dumps(_without_ids(item), sort_keys=True))
            stack.extend(n.values())
        elif isinstance(n, list):
            stack.extend(n)


def _renumber(node, ids: dict[int, int]) -> None:
    """Replace ``id()``-based ``__id__`` values and ``<id>.npy`` file names by 1, 2, 3 ... in
    document order (one numbering: an array's file and its ``__id__`` share the number)."""
    stack = [node]
    while stack:
        n = stack.pop()
        if isinstance(n, dict):
            for key, value in n.items():
                if key == "__id__" and isinstance(value, int):
                    n[key] = ids.setdefault(value, len(ids) + 1)
                elif key == "file" and isinstance(value, str) and re.fullmatch(r"\d+\.npy", value):
                    n[key] = f"{ids.setdefault(int(value[:-4]), len(ids) + 1)}.npy"
            stack.extend(reversed([v for v in n.values() if isinstance(v, (dict, list))]))
        elif isinstance(n, list):
            stack.extend(reversed([v for v in n if isinstance(v, (dict, list))]))


def save_model(model, path, fmt: str = FORMAT, pending=None) -> Path:
    """Write *model* (a :class:`~.model.CoderModel`, or another allowlisted container with
    a ``metadata`` dict) to *path* atomically (with *pending* from
    :func:`qualalliance.tables.all_or_nothing`: when that set commits); *fmt* tags what kind
    of model it is.  A failed write is a one-line :class:`~qualalliance.errors.OutputError`."""
    from ..tables import write_file

    payload = _payload_bytes(model)
    meta = dict(model.metadata)
    meta.update({"format": fmt, "format_version": FORMAT_VERSION,
                 "payload_sha256": hashlib.sha256(payload).hexdigest()})

    def _zip(tmp):
        with zipfile.ZipFile(tmp, "w") as zf:
            _zip_write(zf, META_NAME, json.dumps(meta, indent=2, sort_keys=True, default=str).encode("utf-8"),
                       zipfile.ZIP_DEFLATED)
            _zip_write(zf, PAYLOAD_NAME, payload, zipfile.ZIP_DEFLATED)

    return write_file(path, _zip, pending)


def read_metadata(path, fmt: str = FORMAT) -> tuple[dict, bytes]:
    """Metadata and verified payload bytes of a model file (nothing instantiated)."""
    path = Path(path)
    if not path.is_file():
        raise ModelError("no such model file", path)
    try:
        with SafeZip(path, MODEL_LIMITS, what=f"a {fmt} model file", error=ModelError) as zf:
            names = set(zf.names())
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


def payload_types(payload: bytes, where="model payload") -> tuple[set[str], set[str]]:
    """(fully qualified types, skops loader kinds) named anywhere in a skops payload.

    The payload is a zip too: its declared sizes pass :data:`MODEL_LIMITS` before skops
    (or this function) inflates any of it."""
    with SafeZip(where, MODEL_LIMITS, data=payload, what="a skops payload", error=ModelError) as zf:
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
        types, loaders = payload_types(payload, path)
    except ModelError:
        raise
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
    check_text_settings(model, path)
    model.metadata = meta
    return model


def safe_token_patterns() -> frozenset[str]:
    """The token patterns a model file may carry: scikit-learn's default and the two this
    package writes (linear-time on any text)."""
    from sklearn.feature_extraction.text import TfidfVectorizer

    from ..coding.scorer import WORD_TOKEN_PATTERN as SCORER_PATTERN
    from .features import WORD_TOKEN_PATTERN as CODER_PATTERN

    return frozenset({TfidfVectorizer().token_pattern, SCORER_PATTERN, CODER_PATTERN})


def _objects(root, limit: int = 1_000_000):
    """Every object reachable from *root* through containers and attributes (arrays skipped)."""
    import numpy as np

    seen, stack = set(), [root]
    while stack and len(seen) < limit:
        obj = stack.pop()
        if id(obj) in seen or isinstance(obj, (str, bytes, int, float, bool, type(None), np.ndarray, np.generic)):
            continue
        seen.add(id(obj))
        yield obj
        if isinstance(obj, dict):
            stack.extend(obj.values())
        elif isinstance(obj, (list, tuple, set, frozenset)):
            stack.extend(obj)
        elif hasattr(obj, "__dict__"):
            stack.extend(vars(obj).values())


def check_text_settings(model, path) -> None:
    """Refuse a loaded model whose text vectorisers would run code or patterns we did not write."""
    from sklearn.feature_extraction.text import CountVectorizer

    safe = safe_token_patterns()
    for v in _objects(model):
        if not isinstance(v, CountVectorizer):  # TfidfVectorizer included
            continue
        pattern = getattr(v, "token_pattern", None)
        if pattern is not None and pattern not in safe:
            raise ModelError(f"model file sets a token_pattern this package never writes ({str(pattern)[:60]!r}); "
                             "refusing to run a regular expression from a file (it could take exponential time)",
                             path)
        if getattr(v, "analyzer", None) not in TEXT_ANALYZERS:
            raise ModelError(f"model file sets analyzer {getattr(v, 'analyzer', None)!r}; "
                             f"expected one of {', '.join(sorted(TEXT_ANALYZERS))}", path)
        if getattr(v, "tokenizer", None) is not None or getattr(v, "preprocessor", None) is not None:
            raise ModelError("model file sets a tokenizer or preprocessor; refusing to load", path)
        lo_hi = getattr(v, "ngram_range", None)
        if not (isinstance(lo_hi, (tuple, list)) and len(lo_hi) == 2 and all(isinstance(n, int) for n in lo_hi)
                and 1 <= lo_hi[0] <= lo_hi[1] <= MAX_NGRAM):
            raise ModelError(f"model file sets ngram_range {lo_hi!r}; expected 1 <= min <= max <= {MAX_NGRAM}", path)
