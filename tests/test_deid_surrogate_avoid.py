"""Surrogate mode never gives a real name of the study as a surrogate (docs/deid.md, "mode: surrogate").

A name the find pass finds but the learning pass never learnt (a lower-case ``ben`` after a cue, a
name only the recogniser finds) is a real name of the study too: no other original's surrogate may
equal it, in any document (a surrogate drawn in one document is reused in every later one), in the
rejects, or from an earlier run's pseudonym map.  The study is found whole before the first surrogate
is drawn, the same way in this process, on the forked pool and on a distributed engine.
All texts SYNTHETIC."""

from __future__ import annotations

import re

import pandas as pd
import pytest
from pandas.testing import assert_frame_equal

from qualalliance.deid import surrogates, tables
from qualalliance.deid.engine import Deidentifier
from qualalliance.deid.pseudonyms import PseudonymMap
from qualalliance.deid.tables import deidentify_tables

RESULT_TABLES = ("segments", "documents", "rejects", "log", "excluded")
CUED = "my brother ben called me on Monday."  # "ben": found (a cue), never learnt (lower case)


def _doc(doc_id: str, turns: list[tuple[str, str]]):
    text, rows = "", []
    for n, (speaker, body) in enumerate(turns):
        text += f"{speaker}: "
        rows.append({"doc_id": doc_id, "participant_id": doc_id.split("_")[0], "turn": n, "speaker": speaker,
                     "role": "participant", "text": body, "start_char": len(text), "end_char": len(text) + len(body)})
        text += body + "\n"
    return rows, {"doc_id": doc_id, "path": f"study/{doc_id}.txt", "n_turns": len(turns), "sha256": "", "text": text}


def _study(cued_in_documents: bool = True, n_more: int = 0):
    """Ingrid (a speaker label: learnt) speaks first; ``ben`` is only found, in a later document."""
    study = [_doc("P01_s1", [("Ingrid", "Hello, I am back."), ("Therapist", "Welcome back, how was the week?")])]
    if cued_in_documents:
        study.append(_doc("P02_s1", [("Therapist", "How are things at home?"), ("Client", CUED)]))
    for d in range(n_more):  # more documents (partitions of their own on the engines)
        study.append(_doc(f"P{d + 3:02d}_s1", [("Therapist", "Good morning."),
                                               ("Client", "Ingrid said the week went fine.")]))
    segs = pd.DataFrame([r for rows, _ in study for r in rows])
    docs = pd.DataFrame([d for _, d in study])
    return segs, docs


@pytest.fixture
def first_draw_is_ben(monkeypatch):
    """First names drawn from (Ben, Rowan) only: the study's first surrogate draw gives Ben."""
    plain = surrogates.pool
    monkeypatch.setattr(surrogates, "pool", lambda name: ("Ben", "Rowan") if name == "first_names" else plain(name))
    assert surrogates._rng("PERSON", 1, 0).choice(("Ben", "Rowan")) == "Ben"


def _words(*frames) -> set[str]:
    out = set()
    for frame in frames:
        for col in frame.columns:
            for value in frame[col]:
                if isinstance(value, str):
                    out |= {w.casefold() for w in re.findall(r"[^\W\d_]+", value)}
    return out


def _run(segs, docs, rejects=None, pseudonyms=None, mode="surrogate", engine=None, ner="off"):
    pseudonyms = PseudonymMap() if pseudonyms is None else pseudonyms  # an empty map is falsy (no entries)
    return deidentify_tables(segs, docs, rejects, Deidentifier(ner=ner), pseudonyms, mode=mode, engine=engine)


def test_a_found_but_unlearnt_name_is_no_surrogate_in_another_document(first_draw_is_ben):
    segs, docs = _study()
    deid = Deidentifier(ner="off")
    res = deidentify_tables(segs, docs, None, deid, PseudonymMap(), mode="surrogate")
    assert "ben" not in {n.casefold() for n in deid.known.types}  # found, never learnt
    assert "ben" not in _words(res.documents, res.segments)  # neither left behind nor anyone's surrogate
    assert "ingrid" not in _words(res.documents, res.segments)
    assert len(res.log) == 2  # the label Ingrid (the speaker column is not logged), ben
    first = res.segments["speaker"].iloc[0]
    assert first != "Ben" and res.documents["text"].iloc[0].startswith(f"{first}: Hello")


def test_a_name_found_only_in_the_rejects_is_no_surrogate(first_draw_is_ben):
    segs, docs = _study(cued_in_documents=False)
    rejects = pd.DataFrame({"doc_id": ["P01_s1"], "speaker": [""], "text": [CUED], "reason": ["no speaker"]})
    res = _run(segs, docs, rejects)
    assert "ben" not in _words(res.documents, res.segments, res.rejects)
    assert res.rejects["text"].iloc[0].startswith("my brother ")


def test_a_surrogate_kept_from_an_earlier_run_that_is_now_a_found_name_is_drawn_again(first_draw_is_ben):
    segs, docs = _study()
    earlier = PseudonymMap(surrogates={"PERSON": {"ingrid": "Ben"}})  # an earlier run's choice for Ingrid
    res = _run(segs, docs, pseudonyms=earlier)
    assert "ben" not in _words(res.documents, res.segments)
    assert earlier.surrogates["PERSON"]["ingrid"] not in ("Ben", "ben")  # the map keeps the new one
    again = _run(segs, docs, pseudonyms=earlier)  # and gives it again in the next run
    assert_frame_equal(again.documents, res.documents)


def test_with_the_real_lists_no_replacement_holds_a_found_name():
    """The shipped lists: no replacement holds a name of the study (on b5ca9bf ``ben`` stayed ``ben``: a
    lower-case name was kept as a particle)."""
    segs, docs = _study(n_more=3)
    res = _run(segs, docs)
    found = {"ben", "ingrid"}
    for value in res.log["replacement"]:
        assert not found & {w.casefold() for w in value.split()}, value


def test_a_name_that_is_also_a_particle_is_replaced_when_it_stands_alone():
    """``ben`` (a lower-case Ben) was kept as the particle of ``Omar ben Ali``: left in the output unchanged."""
    from qualalliance.deid.replace import Replacer

    label = Replacer(PseudonymMap(), mode="surrogate").replace
    assert label("PERSON", "ben", "P01") not in ("ben", "Ben")
    assert label("PERSON", "al", "P01") != "al"
    kept = label("PERSON", "Ludwig van Beethoven", "P01").split()
    assert kept[1] == "van" and kept[0] != "Ludwig" and kept[2] != "Beethoven"
    assert label("PERSON", "Omar bin Laden", "P01").split()[1] == "bin"
    assert label("PERSON", "Maria de la Cruz", "P01").split()[1:3] == ["de", "la"]


def test_what_a_found_original_adds_to_the_avoid_set():
    """Each found original whole; a name's words too (PERSON: also no surrogate may hold one), not an
    initial's, nor an e-mail's or a date's (``com``, ``march``: every e-mail or host surrogate would be refused)."""
    names, words = tables._avoided({("PERSON", "Jo D. O'Brien"), ("LOCATION", "Grande Prairie"),
                                    ("EMAIL", "jo.d@gmail.com"), ("DATE", "March 4th"), ("PERSON", "@thiago")})
    assert {"jo d. o'brien", "jo", "d.", "o'brien", "brien", "grande prairie", "grande", "prairie",
            "jo.d@gmail.com", "march 4th", "@thiago", "thiago"} == names
    assert words == {"jo", "d.", "o'brien", "brien", "@thiago", "thiago"}


PSEUDONYM_TEXTS = [  # b5ca9bf's output (pseudonym mode must be unchanged)
    "[PERSON_1]: Hello, I am back.\nTherapist: Welcome back, how was the week?\n",
    "Therapist: How are things at home?\nClient: my brother [PERSON_2] called me on Monday.\n",
    "Therapist: Good morning.\nClient: [PERSON_1] said the week went fine.\n",
]


def test_pseudonym_mode_is_unchanged_and_finds_nothing_first(monkeypatch):
    calls = []
    plain = tables.find_document
    monkeypatch.setattr(tables, "find_document", lambda *a, **k: calls.append(a[1]) or plain(*a, **k))
    segs, docs = _study(n_more=1)
    res = _run(segs, docs, mode="pseudonym")
    assert res.documents["text"].tolist() == PSEUDONYM_TEXTS
    assert calls == []  # found as it replaces, as before: no pass over the study first
    assert len(res.log) == 3


def test_surrogate_tables_agree_on_the_forked_pool(first_draw_is_ben, monkeypatch, request):
    from tests.test_deid_pool import _force_pool, _forking_here

    if not _forking_here(request):
        return
    segs, docs = _study(n_more=8)
    rejects = pd.DataFrame({"doc_id": ["P03_s1"], "speaker": ["Ingrid"], "text": [CUED], "reason": ["no speaker"]})
    here = _run(segs, docs, rejects, ner="auto")
    maps = _force_pool(monkeypatch)
    forked = _run(segs, docs, rejects, ner="auto")
    assert [m[1] for m in maps] == ["deid_learn_task", "deid_find_task"]
    for name in RESULT_TABLES:
        assert_frame_equal(getattr(forked, name), getattr(here, name), obj=name)
    assert "ben" not in _words(forked.documents, forked.segments, forked.rejects)


def test_surrogate_tables_agree_on_a_distributed_engine(first_draw_is_ben):
    pytest.importorskip("distributed", reason="the dask extra is not installed (pip install '.[dask]')")
    from qualalliance.engine import EngineParams, open_engine

    segs, docs = _study(n_more=4)
    rejects = pd.DataFrame({"doc_id": ["P03_s1"], "speaker": ["Ingrid"], "text": [CUED], "reason": ["no speaker"]})
    local = _run(segs, docs, rejects, ner="auto")
    with open_engine(EngineParams(engine="dask", workers=2, processes=False, partition_words=1)) as engine:
        dask = _run(segs, docs, rejects, engine=engine, ner="auto")
        assert engine.partitions["deid"] >= 4
    for name in RESULT_TABLES:
        assert_frame_equal(getattr(dask, name), getattr(local, name), obj=name)
    assert "ben" not in _words(dask.documents, dask.segments, dask.rejects)
