"""De-identification modes: realistic surrogates, date shifting, names in ids (issue 17)."""

from __future__ import annotations

import json
import os
import random
import re
import stat
from typing import get_args

import pandas as pd
import pytest
from click.testing import CliRunner

from qualalliance.cli import cli
from qualalliance.deid.dates import MAX_SHIFT, MIN_SHIFT, draw_offset, shift_date
from qualalliance.deid.engine import Deidentifier
from qualalliance.deid.pseudonyms import PseudonymMap
from qualalliance.deid.replace import DATE_MODES, MODES, Replacer
from qualalliance.deid.tables import deidentify_tables
from qualalliance.errors import ConfigError, InputError
from qualalliance.stage_params import DeidParams
from qualalliance.study import load_study

from .test_deid_cli import _study


@pytest.mark.parametrize("text, days, expected", [
    ("March 3rd, 2021", 40, "April 12th, 2021"),
    ("3/14/2020", -100, "12/5/2019"),            # across 29 February 2020 and the new year
    ("2020-03-14", 40, "2020-04-23"),
    ("December 20, 2021", 40, "January 29, 2022"),  # the written year follows the shift
    ("the 5th of June", 40, "the 15th of July"),    # no year: shifted in 2001
    ("the fifth of June", -100, "the twenty-fifth of February"),
    ("14/3/2020", 40, "23/4/2020"),              # day first when the first number cannot be a month
    ("03/04/21", 40, "04/13/21"),                # zero padding and a two-digit year kept
    ("Sept 3", 40, "Oct 13"),                    # an abbreviation stays an abbreviation
    ("May", 40, "June"),                         # a month alone moves by whole months
    ("4th", 40, "13th"),                         # a day alone moves within a 31-day month
    ("February 30", 5, None),                    # not a date: the caller falls back to [DATE_n]
])
def test_dates_shift_in_the_form_they_were_written(text, days, expected):
    assert shift_date(text, days) == expected


def test_date_offsets_are_secret_and_never_zero():
    random.seed(0)
    draws = [draw_offset() for _ in range(300)]
    assert all(MIN_SHIFT <= abs(d) <= MAX_SHIFT for d in draws)
    assert min(draws) < 0 < max(draws) and len(set(draws)) > 100
    random.seed(0)  # the OS's secure source, not the seeded module generator
    assert [draw_offset() for _ in range(300)] != draws


def _doc(doc_id: str, pid: str, turns: list[tuple[str, str]]):
    text, rows = "", []
    for n, (speaker, body) in enumerate(turns):
        text += f"{speaker}: "
        rows.append({"doc_id": doc_id, "participant_id": pid, "session": "1", "timepoint": "", "source_type":
                     "transcript", "turn": n, "speaker": speaker, "role": "participant", "text": body,
                     "start_char": len(text), "end_char": len(text) + len(body)})
        text += body + "\n"
    return rows, {"doc_id": doc_id, "path": f"study/{doc_id}.txt", "source_type": "transcript",
                  "n_turns": len(turns), "sha256": "", "text": text}


def _tables(*docs):
    segs = pd.DataFrame([r for rows, _ in docs for r in rows])
    return segs, pd.DataFrame([d for _, d in docs])


STUDY = (
    _doc("P01_s1", "P01", [("Therapist", "Hi Ingrid. Did Priya Nakamura call?"),
                           ("Ingrid", "Priya did, from Duluth, at (617) 555-0143 and jo.smith@mail.com. "
                                      "My SSN is 123-45-6789 and MRN HX-44719; my aunt is 93 years old.")]),
    _doc("P02_s1", "P02", [("Therapist", "Welcome, Tobias."), ("Tobias", "Priya moved to Duluth, see www.quietmind.org.")]),
)


def test_surrogates_are_realistic_consistent_and_never_an_original(tmp_path):
    segs, docs = _tables(*STUDY)
    m = PseudonymMap()
    res = deidentify_tables(segs, docs, None, Deidentifier(), m, mode="surrogate")
    out = "\n".join(res.documents["text"])
    for original in ("Ingrid", "Priya", "Nakamura", "Tobias", "Duluth", "617", "jo.smith", "123-45-6789",
                     "HX-44719", "quietmind", " 93 "):
        assert original not in out, original
    assert "[" not in out  # no typed pseudonyms in this mode
    s = m.surrogates
    first = s["PERSON"]["priya"]
    assert f"{first} {s['PERSON']['nakamura']} call?" in out        # a full name, word by word ...
    assert f"{first} did" in out and f"{first} moved to" in out      # ... and the same first name alone
    assert Replacer(m, mode="surrogate").replace("PERSON", "PRIYA", "P01") == first.upper()  # in its case
    assert out.count(s["LOCATION"]["duluth"]) == 2                  # the same place in both documents
    assert re.fullmatch(r"\(\d{3}\) 555-01\d\d", s["PHONE"]["(617) 555-0143"])
    assert re.fullmatch(r"9\d\d-\d\d-\d{4}", s["SSN"]["123-45-6789"])   # never issued: 9xx
    assert re.fullmatch(r"[A-Z]{2}-\d{5}", s["ID"]["hx-44719"]) and s["ID"]["hx-44719"] != "HX-44719"
    assert s["EMAIL"]["jo.smith@mail.com"].endswith("@example.com")
    assert re.fullmatch(r"www\.[a-z]+\.example\.org", s["URL"]["www.quietmind.org"])
    assert "aunt is 90 years old" in out                             # Safe Harbor's "90 or older"
    known = {"ingrid", "priya", "nakamura", "tobias", "duluth"}
    assert not known & {v.casefold() for t in s.values() for v in t.values()}
    assert not known & {w for t in s.values() for v in t.values() for w in re.findall(r"[a-z]+", v.casefold())}
    chosen = {v for t in s.values() for v in t.values()} | {"90 years old"}  # an age keeps its unit
    assert all(r in chosen or set(r.split()) <= chosen for r in res.log["replacement"])  # full names: word by word

    path = m.save(tmp_path / "keys" / "map.json")
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    again = deidentify_tables(segs, docs, None, Deidentifier(), PseudonymMap.load(path), mode="surrogate")
    assert again.documents["text"].equals(res.documents["text"])     # the map keeps them across runs
    fresh = deidentify_tables(segs, docs, None, Deidentifier(), PseudonymMap(), mode="surrogate")
    assert fresh.documents["text"].equals(res.documents["text"])     # and the draws are seeded


@pytest.mark.parametrize("kind, original, form", [
    ("PHONE", "eight eight six four nine six zero", r"five five five zero one (?:zero|one|two|three|four|five|six|"
                                                   r"seven|eight|nine) \w+"),
    ("SSN", "one two three four five six seven eight nine", r"nine( \w+){8}"),
    ("ADDRESS", "fourteen oak street", r"(?:ten|eleven|twelve|thirteen|fifteen|sixteen|seventeen|eighteen|nineteen) "
                                        r"[a-z]+ street"),  # a teen stays a teen word (fourteen may come again)
    ("ADDRESS", "eight forty north magnolia", r"(?:one|two|three|four|five|six|seven|eight|nine) "
                                              r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety) north [a-z]+"),
    ("URL", "healing paths dot org", r"[a-z]+ dot example dot org"),
    ("EMAIL", "amber dot pham at hotmail dot com", r"[a-z]+ at example dot com"),
    ("AGE", "ninety five", r"ninety"),
])
def test_spoken_identifiers_get_spoken_surrogates(kind, original, form):
    fake = Replacer(PseudonymMap(), mode="surrogate").replace(kind, original, "P01")
    assert re.fullmatch(form, fake) and fake != original and "oak" not in fake and "pham" not in fake


def test_no_surrogate_holds_a_word_of_a_participant_s_name():
    from qualalliance.deid.surrogates import draw
    first = draw("EMAIL", "jo@mail.com", frozenset(), frozenset())
    word = re.match(r"[a-z]+", first).group()
    again = draw("EMAIL", "jo@mail.com", frozenset(), frozenset(), avoid_words=frozenset({word}))
    assert word not in re.findall(r"[a-z]+", again) and again.endswith("@example.com")


def test_dates_of_a_participant_shift_together_and_the_offsets_stay_in_the_map(tmp_path):
    segs, docs = _tables(_doc("P01_s1", "P01", [("Client", "It was March 3, 2021, then March 13, 2021.")]),
                         _doc("P01_s2", "P01", [("Client", "Since 3/3/2021 in 2021 I sleep.")]),
                         _doc("P02_s1", "P02", [("Client", "On March 3, 2021 I moved.")]))
    offsets = iter([40, -100])
    m = PseudonymMap()
    res = deidentify_tables(segs, docs, None, Deidentifier(), m, dates="shift", offsets=lambda: next(offsets))
    assert list(res.segments["text"]) == ["It was April 12, 2021, then April 22, 2021.",  # 10 days apart still
                                          "Since 4/12/2021 in 2021 I sleep.",  # the same offset; a bare year stays
                                          "On November 23, 2020 I moved."]
    assert m.date_offsets == {"P01": 40, "P02": -100}
    assert set(res.log["entity_type"]) == {"DATE"} and "March" not in res.log.to_csv()
    path = m.save(tmp_path / "map.json")
    assert json.loads(path.read_text(encoding="utf-8"))["date_offsets"] == {"P01": 40, "P02": -100}
    with pytest.raises(StopIteration):  # proof the next run draws nothing: the map's offsets are reused
        next(offsets)
    again = deidentify_tables(segs, docs, None, Deidentifier(), PseudonymMap.load(path), dates="shift",
                              offsets=lambda: pytest.fail("drew a new offset"))
    assert again.segments["text"].equals(res.segments["text"])


def test_unreadable_dates_fall_back_to_a_pseudonym():
    r = Replacer(PseudonymMap(), dates="shift", draw_offset=lambda: 40)
    assert r.replace("DATE", "February 30", "P01") == "[DATE_1]"
    assert r.replace("DATE", "March 3", "P01") == "April 12"


def test_names_in_ids_and_paths_get_the_text_s_replacement():
    segs, docs = _tables(_doc("ingrid_s1", "Ingrid", [("Ingrid", "I am fine."), ("Therapist", "Good, Ingrid.")]),
                         _doc("P02_Prep", "P02", [("Client", "Fine.")]))
    docs.loc[0, "path"] = "study/Ingrid/ingrid_s1.txt"
    res = deidentify_tables(segs, docs, None, Deidentifier(), PseudonymMap())
    assert list(res.documents["doc_id"]) == ["PERSON_1_s1", "P02_Prep"]  # P02_Prep: no name, no heuristic
    assert res.documents["path"].iloc[0] == "study/PERSON_1/PERSON_1_s1.txt"
    assert set(res.segments["participant_id"]) == {"PERSON_1", "P02"}
    assert res.segments["text"].iloc[1] == "Good, [PERSON_1]."
    assert "ngrid" not in res.log.to_csv() and set(res.log["doc_id"]) == {"PERSON_1_s1"}
    assert set(res.log["field"]) == {"doc_id", "path", "participant_id", "between turns", "text"}

    segs, docs = _tables(_doc("ingrid_s1", "P01", [("Ingrid", "Hi.")]), _doc("Ingrid_s1", "P01", [("Client", "Hi.")]))
    with pytest.raises(InputError, match="become the same 'PERSON_1_s1'"):
        deidentify_tables(segs, docs, None, Deidentifier(), PseudonymMap())


def test_modes_are_validated_and_agree_with_the_parameter_model(tmp_path):
    assert get_args(DeidParams.model_fields["mode"].annotation) == MODES
    assert get_args(DeidParams.model_fields["dates"].annotation) == DATE_MODES
    p = load_study(_study(tmp_path / "a", "deid:\n  mode: surrogate\n  dates: shift\n")).stage("deid")
    assert (p.mode, p.dates) == ("surrogate", "shift")
    with pytest.raises(ConfigError, match="deid.mode"):
        load_study(_study(tmp_path / "b", "deid:\n  mode: fake\n"))


def test_deid_command_with_surrogates_and_shifted_dates(tmp_path):
    study = _study(tmp_path, "")
    out = tmp_path / "out"
    r = CliRunner().invoke(cli, ["deid", str(study / "transcripts"), "-o", str(out), "--mode", "surrogate",
                                 "--dates", "shift"])
    assert r.exit_code == 0, r.output
    text = "\n".join(pd.read_parquet(out / "segments.parquet")["text"])
    for original in ("Ingrid", "Tobias", "Duluth", "March 4th, 2023", "218-555-0147"):
        assert original not in text
    assert "[" not in text and re.search(r"\d{3}-555-01\d\d", text)
    saved = json.loads((tmp_path / "out_pseudonyms.json").read_text(encoding="utf-8"))
    assert list(saved["date_offsets"]) == ["P01"] and "tobias" in saved["surrogates"]["PERSON"]
    manifest = json.loads((out / "deid_manifest.json").read_text(encoding="utf-8"))
    assert manifest["parameters"]["mode"] == "surrogate" and manifest["parameters"]["dates"] == "shift"


def test_manifests_list_input_files_by_their_de_identified_names(tmp_path):
    study = _study(tmp_path, "deid:\n  allow: [Welcome]\n")
    (study / "transcripts" / "P01_preparation.txt").rename(study / "transcripts" / "Ingrid_preparation.txt")
    out = tmp_path / "run"
    later = [a for s in ("code", "alliance", "topics", "link", "report") for a in ("--skip", s)]
    r = CliRunner().invoke(cli, ["run", str(study), "-o", str(out), *later])
    assert r.exit_code == 0, r.output
    for f in ("manifest.json", "ingest/ingest_manifest.json", "deid/deid_manifest.json"):
        text = (out / f).read_text(encoding="utf-8")
        assert "Ingrid" not in text, f
        assert ("PERSON_1_preparation.txt" in text) == (f != "deid/deid_manifest.json"), f  # deid reads the tables
    seg = pd.read_parquet(out / "ingest" / "segments.parquet")
    assert set(seg["doc_id"]) == {"PERSON_1_preparation"}


def test_a_date_and_the_same_date_with_its_article_are_one_pseudonym():
    # a date that opens with its day takes its "the" into the span (engine._with_article); the pseudonym is keyed
    # without it, so "the 14th" and "14th" stay one [DATE_n]; another day is another
    r = Replacer(PseudonymMap())
    assert [r.replace("DATE", d, "P01") for d in ("the 14th", "14th", "The 14th", "the 15th")] == [
        "[DATE_1]", "[DATE_1]", "[DATE_1]", "[DATE_2]"]
