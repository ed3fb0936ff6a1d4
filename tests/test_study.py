"""The strict study.yaml loader (qualalliance.study)."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pydantic import ValidationError

from qualalliance.errors import ConfigError
from qualalliance.stage_params import PARAMS, CodeParams, ReportParams, TopicsParams
from qualalliance.study import KNOWN_STAGES, load_study

from .conftest import DEMO

MINIMAL = """\
name: tiny
paths:
  transcripts: transcripts
"""

FULL = """\
name: tiny
description: a hand-made study
synthetic: true
seed: 7
paths:
  transcripts: transcripts
  outcomes: outcomes.csv
codebook: null
roles:
  Guide: therapist
sessions: [prep, dose]
timepoints: [pre, prep, week4, month12]
baseline: pre
follow_up: [week4, month12]
measures:
  - name: hamd
    improvement: lower
    range: [0, 52]
  - name: wai
    label: WAI-SR
    improvement: higher
    role: process
    timepoints: [prep]
    baseline: prep
responder:
  measure: hamd
  min_improvement_pct: 50
remission:
  measure: hamd
  threshold: 7
covariates: [age]
stages:
  code: {}
  link: {confidence: 0.9}
  topics:
"""


def _study(tmp_path: Path, text: str, name: str = "study.yaml") -> Path:
    (tmp_path / "transcripts").mkdir(exist_ok=True)
    (tmp_path / "outcomes.csv").write_text("participant_id,timepoint,measure,value\n", encoding="utf-8")
    path = tmp_path / name
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def _error(tmp_path, text) -> ConfigError:
    path = _study(tmp_path, text)
    with pytest.raises(ConfigError) as exc:
        load_study(path)
    assert exc.value.path == str(path.resolve())
    return exc.value


# ----------------------------------------------------------------------------- good files

def test_full_file_loads_with_every_field(tmp_path):
    s = load_study(_study(tmp_path, FULL))
    assert s.name == "tiny" and s.synthetic is True and s.seed == 7 and s.description == "a hand-made study"
    assert s.root == tmp_path.resolve() and s.file == (tmp_path / "study.yaml").resolve()
    assert s.paths.transcripts == (tmp_path / "transcripts").resolve()
    assert s.paths.outcomes == (tmp_path / "outcomes.csv").resolve() and s.paths.narratives is None
    assert s.paths.text_dirs() == {"transcript": (tmp_path / "transcripts").resolve()}
    assert s.codebook is None and dict(s.roles) == {"guide": "therapist"}
    assert s.sessions == ("prep", "dose") and s.timepoints == ("pre", "prep", "week4", "month12")
    assert s.baseline == "pre" and s.follow_up == ("week4", "month12") and s.covariates == ("age",)
    hamd, wai = s.measure("hamd"), s.measure("wai")
    assert hamd.improvement == "lower" and hamd.higher_is_better is False and hamd.range == (0.0, 52.0)
    assert hamd.responder_pct == 50.0 and hamd.remission == 7.0 and hamd.label == "hamd"
    assert wai.role == "process" and wai.label == "WAI-SR" and wai.baseline == "prep" and wai.responder_pct is None
    assert s.primary_measure == "hamd"
    assert s.stage("link").confidence == 0.9 and s.stage("link").model_fields_set == {"confidence"}
    assert s.stage("topics") == TopicsParams() and s.stage("report") == ReportParams()
    assert set(s.stages) == {"code", "link", "topics"}


def test_minimal_file_gets_defaults(tmp_path):
    s = load_study(_study(tmp_path, MINIMAL))
    assert (s.synthetic, s.seed, s.baseline, s.follow_up, dict(s.measures), s.responder) == \
        (False, 0, None, (), {}, None)
    assert s.primary_measure is None and s.stage("code") == CodeParams()


def test_folder_or_file_and_paths_relative_to_the_yaml(tmp_path, monkeypatch):
    _study(tmp_path, MINIMAL)
    monkeypatch.chdir(tmp_path.parent)  # the current directory must not matter
    assert load_study(tmp_path).paths.transcripts == (tmp_path / "transcripts").resolve()
    assert load_study(tmp_path / "study.yaml").name == "tiny"


def test_responder_and_remission_rules_by_hand(tmp_path):
    s = load_study(_study(tmp_path, FULL))
    assert s.responder.is_responder(20, 10) is True  # exactly 50%
    assert s.responder.is_responder(20, 11) is False
    assert s.responder.is_responder(0, 0) is False and s.responder.is_responder(20, float("nan")) is False
    assert s.remission.is_remitted(7) is True and s.remission.is_remitted(8) is False
    higher = type(s.responder)("wai", 20, "higher")
    assert higher.is_responder(40, 48) is True and higher.is_responder(40, 47) is False
    assert type(s.remission)("wai", 50, "higher").is_remitted(50) is True


def test_demo_study_loads():
    s = load_study(DEMO)
    assert s.synthetic and s.name == "psilocybin-demo" and s.seed == 20240312
    assert set(s.paths.text_dirs()) == {"transcript", "narrative", "case_history"}
    assert s.measure("wai_total").baseline == "preparation"
    assert s.measure("grid_hamd").remission == 7 and s.measure("grid_hamd").responder_pct == 50


def test_the_link_stage_reads_the_study():
    from qualalliance.link.spec import load_spec

    spec = load_spec(DEMO)
    assert spec.baseline == "baseline" and spec.measures["grid_hamd"].higher_is_better is False
    assert spec.measures["grid_hamd"].responder_pct == 50 and spec.measures["grid_hamd"].remission == 7
    assert spec.measures["piq"].higher_is_better is True


# ----------------------------------------------------------------------------- strictness

@pytest.mark.parametrize("text, key, line", [
    (MINIMAL + "mesures: []\n", "mesures", 4),
    (MINIMAL.replace("  transcripts:", "  transcript:"), "transcript", 3),
    (MINIMAL + "stages:\n  coding: {}\n", "coding", 5),
    (MINIMAL + "baseline: pre\nmeasures:\n  - name: a\n    improvement: lower\n    direction: lower\n",
     "direction", 8),
    (MINIMAL + "baseline: pre\nmeasures:\n  - {name: a, improvement: lower}\n"
     "responder: {measure: a, min_improvement_pct: 50, pct: 50}\n", "pct", 7),
])
def test_unknown_key_is_named_with_file_and_line(tmp_path, text, key, line):
    err = _error(tmp_path, text)
    assert f"{key}: unknown key (" in err.message and err.line == line
    assert "study.yaml" in str(err)


@pytest.mark.parametrize("text, fragment", [
    ("paths:\n  transcripts: transcripts\n", "lacks required key 'name'"),
    ("name: x\n", "lacks required key 'paths'"),
    (MINIMAL + "baseline: pre\nmeasures:\n  - name: a\n", "lacks required key 'improvement'"),
    (MINIMAL + "baseline: pre\nmeasures:\n  - {name: a, improvement: lower}\nremission: {measure: a}\n",
     "lacks required key 'threshold'"),
    ("name: x\npaths:\n  outcomes: outcomes.csv\n", "at least one text folder"),
    (MINIMAL + "measures:\n  - {name: a, improvement: lower}\n", "no baseline"),
])
def test_missing_required_keys(tmp_path, text, fragment):
    assert fragment in _error(tmp_path, text).message


@pytest.mark.parametrize("text, fragment", [
    (MINIMAL + "seed: '42'\n", "seed must be a non-negative integer"),
    (MINIMAL + "seed: -1\n", "seed must be a non-negative integer"),
    (MINIMAL + "seed: true\n", "seed must be a non-negative integer"),
    (MINIMAL + "synthetic: yes please\n", "synthetic must be true or false"),
    (MINIMAL + "follow_up: week4\n", "follow_up must be a list"),
    (MINIMAL + "name2: x\n", "unknown key"),
    ("name: [a]\npaths: {transcripts: transcripts}\n", "name must be a string"),
    ("name: x\npaths: transcripts\n", "paths must be a mapping"),
    (MINIMAL + "baseline: pre\nmeasures:\n  - {name: a, improvement: lower, range: [52, 0]}\n", "range must be"),
    (MINIMAL + "baseline: pre\nmeasures:\n  - {name: a, improvement: down}\n", "must be one of lower, higher"),
    (MINIMAL + "baseline: pre\nmeasures:\n  - {name: a, improvement: lower}\n  - {name: a, improvement: lower}\n",
     "declared twice"),
    (MINIMAL + "baseline: pre\nmeasures: {a: lower}\n", "measures must be a list"),
    (MINIMAL + "stages:\n  code: [1, 2]\n", "stages.code must be a mapping"),
    (MINIMAL + "roles:\n  Guide: healer\n", "must be one of therapist, participant, other"),
    (MINIMAL + "sessions: [a, a]\n", "lists 'a' twice"),
])
def test_bad_types(tmp_path, text, fragment):
    assert fragment in _error(tmp_path, text).message


@pytest.mark.parametrize("text, fragment", [
    (MINIMAL + "baseline: pre\nfollow_up: [pre, post]\n", "must not contain the baseline"),
    (MINIMAL + "timepoints: [pre, post]\nbaseline: base\n", "'base' is not listed under timepoints"),
    (MINIMAL + "timepoints: [pre, a, b]\nbaseline: pre\nfollow_up: [b, a]\n", "same order as timepoints"),
    (MINIMAL + "baseline: pre\nmeasures:\n  - {name: a, improvement: lower}\nresponder: {measure: b, "
     "min_improvement_pct: 50}\n", "'b' is not declared"),
    (MINIMAL + "baseline: pre\nmeasures:\n  - {name: a, improvement: lower}\nresponder: {measure: a, "
     "min_improvement_pct: 150}\n", "(0, 100]"),
    (MINIMAL + "baseline: pre\nmeasures:\n  - {name: a, improvement: lower, range: [0, 52]}\nremission: "
     "{measure: a, threshold: 60}\n", "outside a's range"),
    (MINIMAL + "timepoints: [pre, post]\nbaseline: pre\nmeasures:\n  - {name: a, improvement: lower, "
     "timepoints: [later]}\n", "'later' is not listed"),
])
def test_inconsistent_definitions(tmp_path, text, fragment):
    assert fragment in _error(tmp_path, text).message


def test_paths_must_exist_and_have_the_right_kind(tmp_path):
    err = _error(tmp_path, MINIMAL + "codebook: missing.yaml\n")
    assert "no such file or folder" in err.message and "missing.yaml" in err.message and err.line == 4
    assert "must be a folder" in _error(tmp_path, "name: x\npaths:\n  transcripts: outcomes.csv\n").message
    assert "must be a file" in _error(tmp_path, MINIMAL.replace("transcripts\n", "transcripts\n  metadata: "
                                                                "transcripts\n")).message


def test_duplicate_keys_and_broken_yaml(tmp_path):
    err = _error(tmp_path, MINIMAL + "name: again\n")
    assert "duplicate key 'name' (first at line 1)" in err.message and err.line == 4
    err = _error(tmp_path, "name: x\npaths: [unclosed\n")
    assert err.message.startswith("invalid YAML") and err.line is not None
    assert "empty" in _error(tmp_path, "").message
    assert "must be a mapping" in _error(tmp_path, "- a\n- b\n").message


def test_missing_study_file_or_folder(tmp_path):
    with pytest.raises(ConfigError, match="folder has no study.yaml"):
        load_study(tmp_path)
    with pytest.raises(ConfigError, match="no such study file"):
        load_study(tmp_path / "nope.yaml")


def test_stage_lookup_rejects_unknown_stage(tmp_path):
    s = load_study(_study(tmp_path, FULL))
    with pytest.raises(ConfigError, match="unknown stage 'coding'"):
        s.stage("coding")
    with pytest.raises(ConfigError, match="measure 'madrs' is not declared"):
        s.measure("madrs")
    params = s.stage("link")
    with pytest.raises(ValidationError):
        params.confidence = 0.5  # frozen: the study stays as loaded
    assert s.stage("link").confidence == 0.9


_TOP = {"name", "description", "synthetic", "seed", "paths", "codebook", "roles", "sessions", "timepoints",
        "baseline", "follow_up", "measures", "responder", "remission", "covariates", "stages"}


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(key=st.from_regex(r"[a-z][a-z_]{0,15}", fullmatch=True).filter(lambda k: k not in _TOP))
def test_any_unknown_top_level_key_is_rejected_by_name(tmp_path, key):
    path = _study(tmp_path, MINIMAL + f"{key}: 1\n")
    with pytest.raises(ConfigError) as exc:
        load_study(path)
    assert exc.value.message.startswith(f"{key}: unknown key (") and exc.value.line == 4


_VALID = {
    "ingest": st.fixed_dictionaries({}, optional={"strict": st.booleans(), "speaker_col": st.sampled_from(["who"])}),
    "deid": st.fixed_dictionaries({}, optional={"allow": st.just(["Kestrel"]), "capitals": st.booleans(),
                                                "map_file": st.just("keys/map.json")}),
    "code": st.fixed_dictionaries({}, optional={"n_process": st.integers(1, 4), "batch_size": st.integers(1, 999)}),
    "alliance": st.just({}),
    "topics": st.fixed_dictionaries({}, optional={"n_topics": st.integers(1, 60) | st.just("auto"),
                                                  "role": st.sampled_from(["participant", "therapist"]),
                                                  "seed": st.integers(0, 10**6), "unit": st.just("document")}),
    "link": st.fixed_dictionaries({}, optional={"quotes": st.integers(0, 20), "mixed": st.booleans(),
                                                "methods": st.just(["spearman"])}),
    "report": st.fixed_dictionaries({}, optional={"max_topics": st.integers(1, 30), "endpoint": st.just("week4")}),
}


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(stages=st.sampled_from(KNOWN_STAGES).flatmap(
    lambda name: st.fixed_dictionaries({name: _VALID[name]})))
def test_known_stages_round_trip(tmp_path, stages):
    import yaml

    path = _study(tmp_path, MINIMAL + yaml.safe_dump({"stages": stages}))
    s = load_study(path)
    got = {k: s.stage(k).model_dump(mode="json", exclude_unset=True) for k in s.stages}
    assert got == stages


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(stage=st.sampled_from(KNOWN_STAGES), key=st.from_regex(r"[a-z][a-z_]{0,12}", fullmatch=True))
def test_any_unknown_stage_parameter_is_rejected_with_file_and_line(tmp_path, stage, key):
    if key in PARAMS[stage].model_fields:
        return
    path = _study(tmp_path, MINIMAL + f"stages:\n  {stage}:\n    {key}: 1\n")
    with pytest.raises(ConfigError) as exc:
        load_study(path)
    assert exc.value.message.startswith(f"stages.{stage}.{key}: unknown key (") and exc.value.line == 6
