"""The SYNTHETIC psilocybin demo study: reproducible, complete, ingestible, effects as documented."""

from __future__ import annotations

import re
import subprocess
import sys
import zipfile
from collections import Counter
from pathlib import Path

import pandas as pd
import pytest
from scipy import stats

from qualalliance.study import load_study

from .conftest import DEMO

GENERATED_TOP = ("README.md", "study.yaml", "metadata.csv", "outcomes.csv", "participants.csv")
DATA_DIRS = ("transcripts", "narratives", "case_histories")


def _data_files(root: Path) -> list[str]:
    out = [name for name in GENERATED_TOP if (root / name).exists()]
    for sub in DATA_DIRS:
        out += sorted(f"{sub}/{p.name}" for p in (root / sub).iterdir() if p.is_file())
    return sorted(out)


@pytest.fixture(scope="module")
def regenerated(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("demo")
    subprocess.run([sys.executable, str(DEMO / "generate.py"), "--out", str(out), "--quiet"],
                   check=True, capture_output=True, text=True, timeout=120)
    return out


@pytest.fixture(scope="module")
def ingested():
    from qualalliance.ingest import ingest

    return ingest([str(DEMO)])


@pytest.fixture(scope="module")
def outcomes() -> pd.DataFrame:
    return pd.read_csv(DEMO / "outcomes.csv", dtype={"participant_id": str})


def _wide(outcomes: pd.DataFrame) -> pd.DataFrame:
    w = outcomes.pivot_table(index="participant_id", columns=["measure", "timepoint"], values="value")
    w.columns = [f"{m}@{t}" for m, t in w.columns]
    for t in ("week1", "week4", "month3", "month6", "month12"):
        w[f"delta_grid_hamd@{t}"] = w[f"grid_hamd@{t}"] - w["grid_hamd@baseline"]
    return w


def _readme_effects() -> list[tuple[str, str, float | None, float]]:
    """(x, y, target, realised) from the README's planted-effects table."""
    rows = re.findall(r"^\| [^|]+ \| `([^`]+)` \| `([^`]+)` \| ([^|]+) \| \*\*([-+0-9.]+)\*\* \|$",
                      (DEMO / "README.md").read_text(encoding="utf-8"), re.M)
    return [(x, y, None if t.strip() == "—" else float(t), float(r)) for x, y, t, r in rows]


# ----------------------------------------------------------------------------- reproducibility

def test_regeneration_is_byte_identical(regenerated):
    committed, fresh = _data_files(DEMO), _data_files(regenerated)
    assert fresh == committed, "the generator writes a different set of files than is committed"
    differing = [rel for rel in fresh if (regenerated / rel).read_bytes() != (DEMO / rel).read_bytes()]
    assert not differing, f"regenerated files differ from the committed ones: {differing[:5]}"


def test_docx_files_are_reproducible_word_documents():
    import docx

    paths = sorted((DEMO / "transcripts").glob("*.docx"))
    assert len(paths) >= 5
    for path in paths[:3]:
        with zipfile.ZipFile(path) as zf:
            assert zf.namelist() == ["[Content_Types].xml", "_rels/.rels", "docProps/core.xml", "word/document.xml"]
            assert all(i.date_time == (2024, 1, 1, 0, 0, 0) for i in zf.infolist())
        d = docx.Document(str(path))
        assert d.core_properties.author == "synthetic"
        assert d.core_properties.created.year == 2024 and d.core_properties.last_printed.year == 2024
        first = d.paragraphs[0].text
        assert first.startswith("Facilitator: ") and len(d.paragraphs) > 20


# ----------------------------------------------------------------------------- shape

def test_labelled_synthetic_everywhere():
    readme = (DEMO / "README.md").read_text(encoding="utf-8")
    assert "SYNTHETIC" in readme.splitlines()[0]
    assert "Nothing here is a clinical finding" in readme
    study = load_study(DEMO)
    assert study.synthetic is True and study.codebook is None
    assert study.baseline == "baseline" and study.follow_up == ("week1", "week4", "month3", "month6", "month12")
    assert study.responder.measure == "grid_hamd" and study.responder.min_improvement_pct == 50
    assert study.remission.threshold == 7 and study.measure("grid_hamd").improvement == "lower"
    assert set(study.stages) == {"code", "alliance", "topics", "link"}


def test_counts_and_metadata_match_the_files():
    meta = pd.read_csv(DEMO / "metadata.csv", dtype=str)
    participants = pd.read_csv(DEMO / "participants.csv", dtype=str)
    assert len(participants) == 24 and participants.participant_id.is_unique
    assert set(participants.columns) >= {"participant_id", "age", "sex", "facilitator"}
    stems = {sub: [p.stem for p in (DEMO / sub).iterdir()] for sub in DATA_DIRS}
    assert len(stems["transcripts"]) >= 96 and len(stems["narratives"]) == 24 and len(stems["case_histories"]) == 24
    all_stems = [s for v in stems.values() for s in v]
    assert len(all_stems) == len(set(all_stems)), "doc_ids (file stems) must be unique across the study"
    assert sorted(meta.doc_id) == sorted(all_stems)
    assert meta.source_type.value_counts().to_dict() == {"transcript": len(stems["transcripts"]),
                                                         "narrative": 24, "case_history": 24}
    per = meta[meta.source_type == "transcript"].groupby("participant_id").session.apply(set)
    assert len(per) == 24
    assert all(s >= {"preparation", "dosing1", "dosing2", "integration1", "integration2"} for s in per)
    assert meta.facilitator.nunique() >= 4
    exts = Counter(p.suffix for p in (DEMO / "transcripts").iterdir())
    assert set(exts) == {".txt", ".vtt", ".docx", ".csv"} and exts[".txt"] > len(stems["transcripts"]) / 2


def test_outcomes_cover_every_measure_and_time_point(outcomes):
    got = outcomes.groupby(["measure"]).timepoint.apply(lambda s: sorted(set(s))).to_dict()
    assert got["grid_hamd"] == sorted(["baseline", "week1", "week4", "month3", "month6", "month12"])
    for m in ("wai_bond", "wai_goals", "wai_tasks", "wai_total"):
        assert got[m] == ["preparation", "week1"]
    assert got["meq30"] == ["post_dosing"] and got["piq"] == ["post_dosing"]
    assert outcomes.groupby(["participant_id", "timepoint", "measure"]).size().max() == 1
    assert outcomes.participant_id.nunique() == 24
    w = _wide(outcomes)
    for t in ("preparation", "week1"):  # the total is the sum of the subscales
        assert (w[f"wai_total@{t}"] == w[f"wai_bond@{t}"] + w[f"wai_goals@{t}"] + w[f"wai_tasks@{t}"]).all()
    study = load_study(DEMO)
    for name, m in study.measures.items():
        values = outcomes.loc[outcomes.measure == name, "value"]
        assert values.between(*m.range).all(), name


# ----------------------------------------------------------------------------- text

def test_ingest_reads_everything_without_rejects(ingested):
    assert ingested.rejects.empty, ingested.rejects.head().to_string()
    docs = ingested.documents
    assert docs.source_type.value_counts().to_dict() == {"transcript": 120, "narrative": 24, "case_history": 24}
    seg = ingested.segments
    assert set(seg.doc_id) == set(docs.doc_id)
    for col in ("participant_id", "session", "timepoint", "facilitator"):
        assert (seg[col].astype(str).str.len() > 0).all(), f"documents without {col} metadata"
    tr = seg[seg.source_type == "transcript"]
    assert set(tr.role) == {"therapist", "participant"}, "every transcript speaker maps to a role"
    assert tr.groupby("doc_id").role.nunique().min() == 2
    # times survive from the timestamped .txt, .vtt and .csv transcripts
    assert tr.start_s.notna().groupby(tr.doc_id).any().sum() >= 30


def test_size_and_few_verbatim_repeats(ingested):
    seg = ingested.segments
    words = seg.text.str.split().str.len().sum()
    assert words >= 100_000
    repeated = seg.text.str.strip().duplicated(keep=False).mean()
    assert repeated < 0.10


def test_language_has_the_required_ingredients(ingested):
    text = " ".join(ingested.segments.text).lower()
    for phrase in ("you're not listening to me", "i'm sorry, i missed that", "i didn't feel safe at first",
                   "i'm not anxious anymore", "nothing felt unsafe", "um,", "i mean,", "eyeshades",
                   "let go", "connected", "i realized", "i trust you", "thank you"):
        assert phrase in text, phrase
    tr = ingested.segments[ingested.segments.source_type == "transcript"]
    lengths = tr.text.str.split().str.len()
    assert lengths.min() <= 5 and lengths.max() >= 80, "turn lengths should vary"


ALLIANCE_WORDS = {"understood", "understand", "thank", "thanks", "trust", "safe", "together", "we", "let's",
                  "appreciate", "comfortable", "care", "cared", "heard", "listening", "team", "agree", "grateful",
                  "supported", "respected"}
NEGATIONS = {"not", "don't", "didn't", "never", "no", "isn't", "wasn't", "can't", "won't", "nothing"}


def _lexicon_rate(texts: pd.Series) -> tuple[int, int]:
    hits = n = 0
    for text in texts:
        words = re.findall(r"[a-z']+", text.lower().replace("\u2019", "'"))
        n += len(words)
        hits += sum(1 for k, w in enumerate(words)
                    if w in ALLIANCE_WORDS and not NEGATIONS.intersection(words[max(0, k - 3):k]))
    return hits, n


def test_alliance_language_tracks_questionnaire_alliance(ingested, outcomes):
    """A naive per-word lexicon rate in participant turns recovers the planted alliance signal."""
    seg = ingested.segments
    part = seg[(seg.source_type == "transcript") & (seg.role == "participant")]
    per = part.groupby("participant_id").text.apply(_lexicon_rate)
    rate = per.apply(lambda hn: 1000 * hn[0] / hn[1])
    w = _wide(outcomes).loc[rate.index]
    assert stats.pearsonr(rate, w["wai_total@preparation"])[0] > 0.5
    assert stats.pearsonr(rate, w["wai_total@week1"])[0] > 0.35
    assert stats.pearsonr(rate, w["delta_grid_hamd@month12"])[0] < -0.2


# ----------------------------------------------------------------------------- planted effects

def test_readme_correlations_match_outcomes(outcomes):
    effects = _readme_effects()
    assert len(effects) >= 10
    w = _wide(outcomes)
    for x, y, _target, documented in effects:
        r = stats.pearsonr(w[x], w[y])[0]
        assert r == pytest.approx(documented, abs=0.006), f"{x} vs {y}: README {documented}, data {r:.3f}"


def test_planted_effects_are_near_the_seed_study(outcomes):
    w = _wide(outcomes)

    def r(x, y):
        return stats.pearsonr(w[x], w[y])[0]

    for x, y, target, _doc in _readme_effects():
        if target is not None:
            assert abs(r(x, y) - target) <= 0.12, (x, y, target)
    assert r("wai_total@preparation", "delta_grid_hamd@month12") < -0.4
    assert r("piq@post_dosing", "delta_grid_hamd@week4") < -0.6
    assert r("meq30@post_dosing", "delta_grid_hamd@week4") < -0.3
    assert abs(r("meq30@post_dosing", "delta_grid_hamd@month12")) < 0.2  # related early, not late


def test_relapse_and_ruptures_are_present(outcomes, ingested):
    w = _wide(outcomes)
    base = w["grid_hamd@baseline"]
    early = w["grid_hamd@week4"] <= 0.5 * base
    late = w["grid_hamd@month12"] <= 0.5 * base
    assert (early & ~late).sum() >= 3, "some early responders relapse"
    readme = (DEMO / "README.md").read_text(encoding="utf-8")
    unrepaired = re.search(r"\*\*unrepaired\*\* rupture in the first integration session: ([P0-9, ]+)\.", readme)
    ids = [s.strip() for s in unrepaired.group(1).split(",")]
    assert len(ids) == 3
    others = w.index.difference(ids)
    assert w.loc[ids, "delta_grid_hamd@month12"].mean() > w.loc[others, "delta_grid_hamd@month12"].mean() + 5
    seg = ingested.segments
    ruptured = set(seg[seg.text.str.contains(
        "You're not listening|That's not what I said|checklist|steering away|let me finish|hear me\\b|"
        "I told you that|therapist voice|already decided|being rushed", regex=True)].participant_id)
    assert set(ids) <= ruptured and len(ruptured) >= 6
