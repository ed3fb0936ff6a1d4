"""De-identification on the dask engine (docs/scale.md, docs/deid.md): the workers find, the driver
replaces, and the tables equal the local engine's -- a name learnt in one partition is found in
another, pseudonyms are numbered in the same order, a failing document is excluded at the same point,
and a failing partition fails the stage with nothing left looking complete."""

from __future__ import annotations

import itertools
import json

import pandas as pd
import pytest
from click.testing import CliRunner
from pandas.testing import assert_frame_equal

from qualalliance import catalog
from qualalliance.deid.engine import Deidentifier
from qualalliance.deid.pseudonyms import PseudonymMap
from qualalliance.deid.replay import deidentifier_spec
from qualalliance.deid.tables import deidentify_tables
from qualalliance.engine import EngineParams, document_partitions, open_engine
from qualalliance.tables import read_table

pytest.importorskip("distributed", reason="the dask extra is not installed (pip install '.[dask]')")

# a one-word partition budget: documents in partitions of their own (or nearly)
TINY_PARTITIONS = 1
DEID_TABLES = ("segments", "documents", "rejects", "deid_log", "deid_excluded")
RESULT_TABLES = ("segments", "documents", "rejects", "log", "excluded")
BOOM = "Zanzibarine"  # a find over a text holding this word raises (patched in below)


@pytest.fixture(scope="module")
def engine():
    """Two in-process workers (threads, inproc://: no socket), for every test of this module."""
    with open_engine(EngineParams(engine="dask", workers=2, processes=False,
                                  partition_words=TINY_PARTITIONS)) as running:
        yield running


def _scheduler(engine) -> EngineParams:
    """The module's cluster, as ``--scheduler`` / ``engine: scheduler:`` name it."""
    return EngineParams(engine="dask", scheduler=engine.client.scheduler.address, partition_words=TINY_PARTITIONS)


def _doc(doc_id: str, pid: str, turns: list[tuple[str, str]], therapist: str = "Dr. Okafor"):
    text, rows = "", []
    for n, (speaker, body) in enumerate(turns):
        text += f"{speaker}: "
        rows.append({"doc_id": doc_id, "participant_id": pid, "turn": n, "speaker": speaker, "role": "participant",
                     "therapist_name": therapist, "text": body, "start_char": len(text),
                     "end_char": len(text) + len(body)})
        text += body + "\n"
    return rows, {"doc_id": doc_id, "path": f"study/{doc_id}.txt", "n_turns": len(turns), "sha256": "", "text": text}


# hand-written; "Hope" at the start of P04's turn is no name to the rules alone (a common word where
# every sentence is capitalised): only learning it from P01's "my sister Hope" finds it there
STUDY = [
    _doc("P01_s1", "P01", [("Therapist", "Welcome, Ingrid. How was the week?"),
                           ("Ingrid", "My sister Hope drove up from Duluth on March 4th and stayed until the 9th.")]),
    _doc("P02_s1", "P02", [("Therapist", "Hello Tobias."),
                           ("Tobias", "I texted Marguerite about it."),
                           ("Tobias", f"Then {BOOM} happened.")]),  # fails here, after Marguerite got her pseudonym
    _doc("P03_s1", "P03", [("Therapist", "Good morning."), ("Client", "Rosalind Achterberg came from Tacoma.")],
         therapist="Nkechi"),
    _doc("P04_s1", "P04", [("Therapist", "How is your sister?"),
                           ("Client", "Hope is well. Call 218-555-0147 or mail ingrid.k@mailbox.org.")]),
    _doc("P05_s1", "P05", [("Ingrid", "Back again, Tobias said hi.")]),
    _doc("P06_s1", "P06", []),  # no turns: its text is searched whole (below)
]
NO_TURNS = "A note: Tobias phoned Hope on 218-555-0199.\n"
REJECTS = pd.DataFrame({"doc_id": ["P03_s1"], "speaker": ["Rosalind"], "text": ["Rosalind said Hope would come."],
                        "reason": ["no speaker"]})


def _tables():
    segs = pd.DataFrame([r for rows, _ in STUDY for r in rows])
    docs = pd.DataFrame([d for _, d in STUDY])
    docs.loc[docs["doc_id"] == "P06_s1", "text"] = NO_TURNS
    segs.loc[segs["doc_id"] == "P05_s1", "end_char"] = 10_000  # offsets that cannot fit: excluded on the driver
    return segs, docs


@pytest.fixture
def exploding_find(monkeypatch):
    """``find`` raises on a text holding BOOM (the workers are threads here: they see the patch)."""
    find = Deidentifier.find

    def patched(self, text):
        if BOOM in text:
            raise RuntimeError("cannot read this text")
        return find(self, text)

    monkeypatch.setattr(Deidentifier, "find", patched)


def _deidentify(mode, dates, ner="off", engine=None):
    segs, docs = _tables()
    deid = Deidentifier(ner=ner)
    offsets = itertools.count(31).__next__  # one more day each participant: the order they are drawn in shows
    res = deidentify_tables(segs, docs, REJECTS, deid, PseudonymMap(), mode=mode, dates=dates, offsets=offsets,
                            engine=engine)
    return res, deid


@pytest.mark.parametrize("mode, dates, ner", [("pseudonym", "redact", "off"), ("surrogate", "shift", "auto")])
def test_deid_tables_are_the_local_engines(engine, exploding_find, mode, dates, ner):
    local, local_deid = _deidentify(mode, dates, ner)
    dask, dask_deid = _deidentify(mode, dates, ner, engine)
    # the workers build the Deidentifier the driver has (auto: as the driver chose, the recogniser on or off)
    assert deidentifier_spec(dask_deid)[1] == {"allow": (), "deny": (), "capitals": True,
                                               "ner": "off" if local_deid.ner_model is None else "on"}
    segs, docs = _tables()
    parts = [set(docs["doc_id"].iloc[p]) for p in document_partitions(docs, TINY_PARTITIONS, engine.min_partitions)]
    assert engine.partitions["deid"] == len(parts) >= 4
    assert not any({"P01_s1", "P04_s1"} <= part for part in parts)  # Hope is learnt in one, found in another
    for name in RESULT_TABLES:
        assert_frame_equal(getattr(dask, name), getattr(local, name), obj=name)
    # the study's names: the same, in the same order (setdefault: the first sighting's type wins)
    assert list(dask_deid.known.types.items()) == list(local_deid.known.types.items())
    assert dask_deid.known.max_words == local_deid.known.max_words

    # what the tables hold (so that equal means right): Hope learnt in P01, found in P04 and the rejects
    assert Deidentifier().find("Hope is well.") == []  # not without learning it
    text = "\n".join(dask.documents["text"])
    for original in ("Ingrid", "Hope", "Tobias", "Marguerite", "Rosalind", "Achterberg", "Tacoma", "Duluth",
                     "Okafor", "Nkechi", "218-555-0147", "ingrid.k", "March 4th"):
        assert original not in text and original not in dask.rejects.to_csv(), original
    assert dask.excluded.to_dict("records") == [
        {"doc_id": "P02_s1", "reason": "de-identification failed: RuntimeError"},
        {"doc_id": "P05_s1", "reason": "de-identification failed: ValueError"}]
    assert list(dask.documents["doc_id"]) == ["P01_s1", "P03_s1", "P04_s1", "P06_s1"]
    assert set(dask.segments["doc_id"]) == {"P01_s1", "P03_s1", "P04_s1"}
    if mode == "pseudonym":
        # numbered in document order: Tobias and Marguerite took PERSON_4 and PERSON_5 in P02 before it failed
        seg = dask.segments
        assert seg["text"].tolist()[1] == ("My sister [PERSON_2] drove up from [LOCATION_1] on [DATE_1] "
                                           "and stayed until [DATE_2].")
        assert seg.loc[seg["doc_id"] == "P03_s1", "text"].tolist() == ["Good morning.",
                                                                       "[PERSON_6] came from [LOCATION_2]."]
        assert seg["text"].tolist()[-1] == "[PERSON_2] is well. Call [PHONE_1] or mail [EMAIL_1]."
        assert seg["therapist_name"].tolist() == ["[PERSON_3]"] * 2 + ["[PERSON_7]"] * 2 + ["[PERSON_3]"] * 2
        assert dask.rejects["text"].tolist() == ["[PERSON_8] said [PERSON_2] would come."]
        assert dask.documents["text"].iloc[-1] == "A note: [PERSON_4] phoned [PERSON_2] on [PHONE_2].\n"


def test_the_run_deid_stage_uses_the_studys_engine(tmp_path, engine):
    from qualalliance.run import run_study

    from .test_deid_cli import _study

    study = _study(tmp_path)
    _more_transcripts(study)
    outs = {}
    for name, section in (("local", ""), ("dask", _engine_yaml(engine))):  # each with a map of its own
        deid = f"deid:\n  allow: [Welcome]\n  map_file: {name}_map.json\n"
        (study / "study.yaml").write_text(f"name: tiny\nsynthetic: true\npaths:\n  transcripts: transcripts\n"
                                          f"{deid}{section}", encoding="utf-8")
        outs[name] = tmp_path / name
        run_study(study, outs[name], skip=("code", "alliance", "topics", "link", "report"))
    for name in DEID_TABLES:
        assert_frame_equal(catalog.read(outs["dask"], name), catalog.read(outs["local"], name), obj=name)
    assert len(catalog.read(outs["dask"], "deid_log")) >= 10
    record = json.loads(catalog.path(outs["dask"], "deid_manifest").read_text())["parameters"]["engine"]
    assert (record["engine"], record["partitions"]) == ("dask", 3)
    assert json.loads(catalog.manifest_path(outs["dask"]).read_text())["engine"]["partitions"]["deid"] == 3
    manifests = {name: json.loads(catalog.path(out, "deid_manifest").read_text()) for name, out in outs.items()}
    assert "engine" not in manifests["local"]["parameters"]
    assert manifests["dask"]["ner_model"] == manifests["local"]["ner_model"]  # ner: auto, decided alike


def _engine_yaml(engine) -> str:
    p = _scheduler(engine)
    return f"engine:\n  engine: dask\n  scheduler: {p.scheduler}\n  partition_words: {p.partition_words}\n"


def _more_transcripts(study):
    folder = study / "transcripts"
    (folder / "P02_preparation.txt").write_text(
        "Therapist: Hello Tobias.\nTobias: Ingrid told me about Duluth. Hope says hello.\n", encoding="utf-8")
    (folder / "P03_preparation.txt").write_text(
        "Therapist: Good morning.\nClient: Tobias came by on June 2nd with Rosalind Achterberg.\n", encoding="utf-8")


def test_deid_command_on_the_engine(tmp_path, engine):
    from qualalliance.cli import cli

    from .test_deid_cli import _study

    study = _study(tmp_path, "")
    _more_transcripts(study)
    runner = CliRunner()
    local = runner.invoke(cli, ["deid", str(study / "transcripts"), "-o", str(tmp_path / "local")])
    dask = runner.invoke(cli, ["deid", str(study / "transcripts"), "-o", str(tmp_path / "dask"),
                               "--scheduler", _scheduler(engine).scheduler])
    assert local.exit_code == 0 and dask.exit_code == 0, (local.output, dask.output)
    for name in DEID_TABLES:
        dask_table, local_table = (read_table(catalog.find_in(tmp_path / e, name)) for e in ("dask", "local"))
        assert_frame_equal(dask_table, local_table, obj=name)
    assert "[PERSON_" in read_table(tmp_path / "dask" / "documents.parquet")["text"].iloc[1]
    manifest = json.loads((tmp_path / "dask" / "deid_manifest.json").read_text())
    assert manifest["parameters"]["engine"]["engine"] == "dask"


def test_a_failing_deid_partition_fails_the_stage_and_leaves_no_table(tmp_path, engine, monkeypatch):
    from qualalliance.engine import tasks
    from qualalliance.errors import InputError
    from qualalliance.run import StageError, run_study

    from .test_deid_cli import _study

    def failing(part, *args):
        raise InputError("this partition cannot be de-identified")

    monkeypatch.setattr(tasks, "deid_find_task", failing)
    study = _study(tmp_path, f"deid:\n  allow: [Welcome]\n{_engine_yaml(engine)}")
    _more_transcripts(study)
    out = tmp_path / "run"
    with pytest.raises(StageError) as err:
        run_study(study, out, skip=("code", "alliance", "topics", "link", "report"))
    assert err.value.one_line().startswith("stage 'deid' failed: ")
    assert "this partition cannot be de-identified" in err.value.one_line()
    manifest = json.loads(catalog.manifest_path(out).read_text())
    assert manifest["stage_status"]["deid"] == "failed" and manifest["status"] == "failed"
    assert not catalog.stage_dir(out, "deid").exists()  # no log, no manifest: nothing looks de-identified
    assert not (study / "deid_pseudonyms.json").exists()  # the map is saved only after every partition came back
