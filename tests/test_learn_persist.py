"""Model files: round trip, and safe refusal of corrupt, tampered or hostile files."""

from __future__ import annotations

import copy
import hashlib
import io
import json
import os
import zipfile

import pytest
import skops.io as sio

from qualalliance.errors import ModelError
from qualalliance.learn import from_label_column, load_model, predict_codings, save_model, train_coder
from qualalliance.learn.persist import DATA_LOADERS, payload_types, trusted_types

from .test_learn_features import synthetic_sessions


class Intruder:
    """A type no coder file may contain."""

    def __init__(self):
        self.note = "not on the allowlist"


@pytest.fixture(scope="module")
def trained(tmp_path_factory):
    sessions = synthetic_sessions(n_docs=6)
    model = train_coder(from_label_column(sessions, "behaviour"), name="syn")
    path = tmp_path_factory.mktemp("model") / "syn.qacoder"
    save_model(model, path)
    return sessions, model, path


def _rewrite(src, dst, payload=None, meta_edit=None):
    """Copy a model file, optionally swapping the payload (with a matching hash) or editing metadata."""
    with zipfile.ZipFile(src) as zf:
        meta = json.loads(zf.read("metadata.json"))
        body = zf.read("model.skops")
    if payload is not None:
        body = payload
        meta["payload_sha256"] = hashlib.sha256(body).hexdigest()  # an attacker can recompute it
    if meta_edit:
        meta.update(meta_edit)
    with zipfile.ZipFile(dst, "w") as zf:
        zf.writestr("metadata.json", json.dumps(meta))
        zf.writestr("model.skops", body)
    return dst


def test_round_trip_predicts_identically(trained, tmp_path):
    sessions, model, path = trained
    loaded = load_model(path)
    assert loaded.name == "syn" and loaded.labels == model.labels
    meta = loaded.metadata
    assert meta["format"] == "qualalliance-coder" and meta["labels"] == ["celebrate", "comfort", "question"]
    assert {"qualalliance", "scikit-learn", "skops", "numpy"} <= set(meta["versions"])
    assert meta["training_data_sha256"] == model.metadata["training_data_sha256"]
    assert "macro_f1" in meta["metrics"]["label"]["train"]
    assert oct(os.stat(path).st_mode & 0o777) == "0o644"
    before = predict_codings(model, sessions)
    after = predict_codings(loaded, sessions)
    assert before.equals(after)


def test_payload_only_names_allowlisted_types(trained):
    _, _, path = trained
    types, loaders = payload_types(zipfile.ZipFile(path).read("model.skops"))
    assert types <= set(trusted_types())
    assert loaders <= DATA_LOADERS
    assert "qualalliance.learn.estimators.ContextCoder" in types


@pytest.mark.parametrize("where", [0.3, 0.5, 0.8])
def test_flipped_bytes_are_refused(trained, tmp_path, where):
    _, _, path = trained
    data = bytearray(path.read_bytes())
    i = int(len(data) * where)
    data[i] ^= 0xFF
    bad = tmp_path / "flipped.qacoder"
    bad.write_bytes(bytes(data))
    with pytest.raises(ModelError) as err:
        load_model(bad)
    msg = str(err.value)
    assert "\n" not in msg and str(bad) in msg


def test_truncated_and_foreign_files_are_refused(trained, tmp_path):
    _, _, path = trained
    cut = tmp_path / "cut.qacoder"
    cut.write_bytes(path.read_bytes()[:500])
    with pytest.raises(ModelError, match="not a qualalliance-coder model file: not a readable ZIP archive"):
        load_model(cut)
    text = tmp_path / "notes.qacoder"
    text.write_text("hello")
    with pytest.raises(ModelError, match="not a qualalliance-coder model file: not a readable ZIP archive"):
        load_model(text)
    with pytest.raises(ModelError, match="no such model file"):
        load_model(tmp_path / "missing.qacoder")


def test_payload_swapped_without_hash_is_refused(trained, tmp_path):
    _, model, path = trained
    other = train_coder(from_label_column(synthetic_sessions(n_docs=4, seed=9), "behaviour"), name="other")
    bad = _rewrite(path, tmp_path / "swap.qacoder")
    with zipfile.ZipFile(bad) as zf:
        meta = zf.read("metadata.json")
    with zipfile.ZipFile(bad, "w") as zf:
        zf.writestr("metadata.json", meta)
        zf.writestr("model.skops", sio.dumps(other))
    with pytest.raises(ModelError, match="does not match its recorded hash"):
        load_model(bad)


def test_injected_untrusted_type_is_refused(trained, tmp_path):
    _, model, path = trained
    model.estimators["label"].featurizer_.extra_ = Intruder()
    try:
        payload = sio.dumps(model)
    finally:
        del model.estimators["label"].featurizer_.extra_
    bad = _rewrite(path, tmp_path / "intruder.qacoder", payload=payload)
    with pytest.raises(ModelError, match=r"untrusted type\(s\) tests\.test_learn_persist\.Intruder"):
        load_model(bad)


def test_injected_function_is_refused(trained, tmp_path):
    _, model, path = trained
    model.estimators["hook"] = os.system
    try:
        payload = sio.dumps(model)
    finally:
        del model.estimators["hook"]
    bad = _rewrite(path, tmp_path / "function.qacoder", payload=payload)
    with pytest.raises(ModelError, match="untrusted type"):
        load_model(bad)


def test_wrong_format_or_version_is_refused(trained, tmp_path):
    _, _, path = trained
    with pytest.raises(ModelError, match="format version"):
        load_model(_rewrite(path, tmp_path / "v9.qacoder", meta_edit={"format_version": 9}))
    with pytest.raises(ModelError, match="format tag is .other."):
        load_model(_rewrite(path, tmp_path / "tag.qacoder", meta_edit={"format": "other"}))


# -- hostile model files (issue #20) ---------------------------------------------------------

def test_model_zip_bomb_refused_before_inflating(trained, tmp_path):
    _, _, path = trained
    bomb = tmp_path / "bomb.qacoder"
    with zipfile.ZipFile(path) as zf:
        parts = {n: zf.read(n) for n in zf.namelist()}
    with zipfile.ZipFile(bomb, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("metadata.json", parts["metadata.json"])
        zf.writestr("model.skops", parts["model.skops"] + b"\0" * (16 << 20))  # 16 MiB, ~1000:1
    assert bomb.stat().st_size < 1 << 20
    with pytest.raises(ModelError, match=r"model.skops.*compresses \d+:1"):
        load_model(bomb)


def test_payload_zip_bomb_refused(trained, tmp_path):
    _, _, path = trained
    inner = io.BytesIO()
    with zipfile.ZipFile(inner, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("schema.json", b" " * (16 << 20))
    bad = _rewrite(path, tmp_path / "inner.qacoder", payload=inner.getvalue())
    with pytest.raises(ModelError, match=r"schema.json.*compresses"):
        load_model(bad)


def _with_vectorizer_setting(model, **settings):
    from sklearn.feature_extraction.text import CountVectorizer

    from qualalliance.learn.persist import _objects

    hostile = copy.deepcopy(model)
    vecs = [o for o in _objects(hostile) if isinstance(o, CountVectorizer)]
    assert vecs
    for k, v in settings.items():
        setattr(vecs[0], k, v)
    return hostile


@pytest.mark.parametrize("settings, message", [
    ({"token_pattern": r"(a+)+$"}, "token_pattern this package never writes"),
    ({"analyzer": "nonsense"}, "analyzer"),
    ({"ngram_range": (1, 10_000)}, "ngram_range"),
])
def test_hostile_vectorizer_settings_refused_at_load(trained, tmp_path, settings, message):
    _, model, _ = trained
    path = save_model(_with_vectorizer_setting(model, **settings), tmp_path / "hostile.qacoder")
    with pytest.raises(ModelError, match=message):
        load_model(path)


def test_model_files_are_byte_reproducible(trained, tmp_path):
    _, model, path = trained
    from sklearn.feature_extraction.text import CountVectorizer

    from qualalliance.learn.persist import _objects

    other = copy.deepcopy(model)  # other object ids, a later clock
    for v in _objects(other):
        if isinstance(v, CountVectorizer):
            v._stop_words_id = 140263679179744  # scikit-learn's cache of id(stop_words) in another process
    again = save_model(other, tmp_path / "again.qacoder")
    assert again.read_bytes() == path.read_bytes()
    with zipfile.ZipFile(again) as zf:
        assert {i.date_time for i in zf.infolist()} == {(1980, 1, 1, 0, 0, 0)}
