"""Typed parameters of each stage: what ``stages.<stage>:`` in study.yaml may hold.

One pydantic model per stage (``extra="forbid"``), validated when the study loads,
so a misspelt key or a bad value stops before anything runs::

    error: study.yaml:52: stages.topics.n_topic: unknown key (did you mean n_topics?)

Paths in stage parameters are resolved against the folder holding ``study.yaml``
(passed as the validation context ``root``) and must exist; without a root (library
use, the stand-alone commands) they are taken as given, relative to the current
directory.  The stand-alone commands build the same models from their options, so a
stage's manifest is the same whether ``qualalliance run`` or the command wrote it.

To add a parameter, add a field to the stage's model (with its default) and pass it
on in the stage's runner (:mod:`qualalliance.stages`).
"""

from __future__ import annotations

import difflib
import os
from pathlib import Path
from typing import Annotated, Any, Literal, Optional, Union

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, Strict, ValidationError, ValidationInfo

from .errors import ConfigError

Int = Annotated[int, Strict()]
Bool = Annotated[bool, Strict()]
Str = Annotated[str, Strict()]
PositiveInt = Annotated[int, Strict(), Field(ge=1)]
NonNegativeInt = Annotated[int, Strict(), Field(ge=0)]

DEFAULT_ROLES = ("all", "participant", "therapist")
DEFAULT_RUPTURE_WINDOW = 2  # therapist turn runs an unanswered rupture waits for a repair (rupture_events.py)
DEFAULT_SOURCE_TYPES = ("transcript", "narrative")
DEFAULT_METHODS = ("pearson", "spearman")
DEFAULT_OUTCOME_KINDS = ("value", "improvement", "change")
SourceType = Literal["transcript", "narrative", "case_history"]
OutcomeKind = Literal["value", "change", "improvement", "pct_improvement", "responder", "remission"]


def _resolve_path(value: Path, info: ValidationInfo) -> Path:
    """Relative to the study folder (validation context ``root``), which must hold it."""
    root = (info.context or {}).get("root")
    p = Path(os.path.expanduser(str(value)))
    if root is None:
        return p
    p = (p if p.is_absolute() else Path(root) / p).resolve()
    if not p.exists():
        raise ValueError(f"no such file or folder {str(p)!r} (relative paths are read from the study folder)")
    return p


StudyPath = Annotated[Path, AfterValidator(_resolve_path)]


class StageParams(BaseModel):
    """Base of every stage's parameter model: unknown keys are errors, values are frozen."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    def manifest_params(self) -> dict[str, Any]:
        """The parameters as a stage's manifest records them (JSON types)."""
        return self.model_dump(mode="json")


class IngestParams(StageParams):
    """``ingest``: the study file gives the folders, metadata and speaker roles."""

    strict: Bool = False
    name_pattern: Optional[Str] = None  # None: qualalliance.ingest.NAME_PATTERN
    speaker_col: Optional[Str] = None
    text_col: Optional[Str] = None
    doc_col: Optional[Str] = None  # the column that splits an utterance table into documents
    # = readers.limits defaults (tests/test_ingest_hostile.py checks they agree): what one
    # .docx/.xlsx may unpack, its compression ratio, and the cells of one table
    max_unpacked_mb: PositiveInt = 512
    max_zip_ratio: Annotated[float, Field(gt=1.0)] = 200.0
    max_table_cells: PositiveInt = 10_000_000


class DeidParams(StageParams):
    """``deid`` (runs when study.yaml has a ``deid:`` or ``stages.deid:`` section; docs/deid.md)."""

    # the pseudonym map (original text!): outside the run folder; relative to the study folder.
    # None: <study folder>/deid_pseudonyms.json (qualalliance.deid.outputs.DEFAULT_MAP_NAME)
    map_file: Optional[Str] = None
    allow: tuple[Str, ...] = ()                  # words and names never removed
    deny: tuple[Str, ...] = ()                   # names always removed; "LOCATION:Elm Creek" for another type
    allow_file: Optional[StudyPath] = None       # one entry a line, # comments
    deny_file: Optional[StudyPath] = None
    capitals: Bool = True                        # the capitalised-name heuristic (cues and known names stay)
    # the named-entity recogniser as further name evidence (= qualalliance.deid.engine.NER_MODES):
    # auto = used when its model is installed (the README's set-up installs it), on = required, off
    ner: Literal["auto", "on", "off"] = "auto"
    # = qualalliance.deid.replace.MODES / DATE_MODES (tests/test_deid_modes.py checks they agree)
    mode: Literal["pseudonym", "surrogate"] = "pseudonym"  # typed [PERSON_3], or realistic surrogates
    dates: Literal["redact", "shift"] = "redact"  # [DATE_1], or shifted by the participant's secret offset


class CodeParams(StageParams):
    """``code``: the study file's ``codebook`` names the codebook."""

    model: Optional[Str] = None
    n_process: PositiveInt = 1
    batch_size: PositiveInt = 1000
    chunk_size: PositiveInt = 5000
    # the second stage: "default" (shipped), "none" (rules alone) or a .qamodel file
    theme_model: Union[Literal["default", "none"], StudyPath] = "default"
    # "auto" (= coding.coder.DEFAULT_MIN_CONFIDENCE, not imported: coding imports this module's
    # YAML helpers; tests/test_coding_scorer.py checks the two agree): 0.6 where the study's talk
    # is like the second stage's training talk, 0.5 where it is not (coding/style.py); or a number
    min_confidence: Union[Literal["auto"], Annotated[float, Field(ge=0.0, le=1.0)]] = "auto"
    # reviewed (human or imported) codings: a codings table or an import folder, used
    # instead of or beside the machine's (qualalliance.reviewed); top-level `codings:` too
    codings: Optional[StudyPath] = None
    codings_mode: Literal["instead", "beside"] = "instead"


class AllianceParams(StageParams):
    lexicon: Optional[StudyPath] = None          # edited copy of the packaged alliance_lexicon.yaml
    function_words: Optional[StudyPath] = None   # edited copy of the packaged function_words.yaml
    # therapist turn runs an unanswered rupture waits for a repair (docs/ruptures.md)
    rupture_window: PositiveInt = DEFAULT_RUPTURE_WINDOW

    def manifest_params(self) -> dict[str, Any]:
        return {"lexicon": str(self.lexicon) if self.lexicon else "packaged",
                "function_words": str(self.function_words) if self.function_words else "packaged",
                "rupture_window": self.rupture_window}


class TopicsParams(StageParams):
    unit: Literal["turn", "window", "document"] = "window"
    role: Optional[Literal["therapist", "participant", "other"]] = None  # schema.ROLES
    n_topics: Union[Literal["auto"], PositiveInt] = "auto"
    # None: the run's seed (--seed, else the study's seed); see docs/run.md for the rule
    seed: Optional[NonNegativeInt] = None
    embedding: Optional[Str] = None
    guided: Bool = False
    codebook: Optional[StudyPath] = None       # a codebook whose phrases seed the topics (implies guided)
    seed_terms: Optional[StudyPath] = None     # a text file of seed topics, 'name: term, term' (implies guided)
    window_words: PositiveInt = 60
    min_topic_size: Optional[PositiveInt] = None
    # the most topics n_topics: auto may choose (a count a reader can take in; docs/topics.md)
    max_topics: Annotated[int, Strict(), Field(ge=2)] = 20
    figures: Bool = True


class LinkParams(StageParams):
    strict: Bool = False
    id_col: Optional[Str] = None
    roles: tuple[Literal["all", "participant", "therapist", "other"], ...] = DEFAULT_ROLES
    source_types: Optional[tuple[SourceType, ...]] = DEFAULT_SOURCE_TYPES  # None: every source type
    feature_timepoints: Optional[tuple[Str, ...]] = None
    methods: tuple[Literal["pearson", "spearman"], ...] = DEFAULT_METHODS
    outcome_kinds: tuple[OutcomeKind, ...] = DEFAULT_OUTCOME_KINDS
    covariates: Optional[tuple[Str, ...]] = None   # None: the study's covariates
    group_by: Optional[Str] = None
    mixed: Bool = True
    quotes: Annotated[int, Strict(), Field(ge=0, le=20)] = 3
    confidence: Annotated[float, Field(gt=0, lt=1)] = 0.95
    test_features: Optional[tuple[Str, ...]] = None
    participants: Optional[StudyPath] = None       # None: the study's paths.participants


class ReportParams(StageParams):
    alliance_feature: Union[Str, tuple[Str, ...], None] = None
    alliance_measures: Optional[tuple[Str, ...]] = None
    features: Optional[tuple[Str, ...]] = None
    endpoint: Optional[Str] = None
    group_by: Optional[Str] = None
    phases: Optional[dict[Str, tuple[Str, ...]]] = None
    quotes_per_phase: NonNegativeInt = 3
    max_topics: PositiveInt = 15


PARAMS: dict[str, type[StageParams]] = {
    "ingest": IngestParams, "deid": DeidParams, "code": CodeParams, "alliance": AllianceParams, "topics": TopicsParams,
    "link": LinkParams, "report": ReportParams,
}


# ----------------------------------------------------------------------------- messages

def did_you_mean(key: Any, allowed) -> str:
    """``(did you mean X?)`` for a near miss, else ``(allowed: a, b, c)``."""
    allowed = [str(a) for a in allowed]
    close = difflib.get_close_matches(str(key), allowed, n=1, cutoff=0.6)
    return f"(did you mean {close[0]}?)" if close else f"(allowed: {', '.join(allowed)})"


def unknown_key(where: str, key: Any, allowed) -> str:
    """The one message for an unknown key anywhere in a YAML file: ``where.key: unknown key (...)``."""
    dotted = f"{where}.{key}" if where else str(key)
    return f"{dotted}: unknown key {did_you_mean(key, allowed)}"


_UNION_TAGS = ("[", "-", "function-")


def _loc(loc: tuple) -> tuple:
    """Drop pydantic's union-member tags (``literal['auto']``, ``constrained-int``) from a location."""
    out = []
    for part in loc:
        if isinstance(part, str) and out and (any(t in part for t in _UNION_TAGS)
                                               or part in ("int", "str", "float", "bool", "none")):
            continue
        out.append(part)
    return tuple(out)


def _message(errors: list[dict], model: type[StageParams]) -> tuple[tuple, str]:
    first = errors[0]
    loc = _loc(first["loc"])
    if first["type"] == "extra_forbidden" and len(loc) == 1:
        return loc, f"unknown key {did_you_mean(loc[0], model.model_fields)}"
    same = [e for e in errors if _loc(e["loc"]) == loc] or [first]
    texts = []
    for e in same:
        text = e["msg"]
        for prefix in ("Value error, ", "Input should be "):
            text = text.removeprefix(prefix)
        if text not in texts:
            texts.append(text)
    lead = "must be " if any(e["msg"].startswith("Input should be") for e in same) else ""
    return loc, f"{lead}{' or '.join(texts)}, not {first['input']!r}" if lead else "; ".join(texts)


def from_options(model: type[StageParams], **values) -> StageParams:
    """A stage's parameters from a command's options; a bad value is ``ConfigError('--option: ...')``."""
    try:
        return model.model_validate(values)
    except ValidationError as exc:
        loc, text = _message(exc.errors(), model)
        raise ConfigError(f"--{str(loc[0]).replace('_', '-')}: {text}") from None


def validate_params(stage: str, raw: Any, *, root: Path | None = None, file=None, line_of=None) -> StageParams:
    """Validate ``stages.<stage>`` (a mapping, or None for defaults) into the stage's model.

    *line_of(path)* gives the YAML line of a key path (for the message); errors are
    ``ConfigError('stages.<stage>.<key>: <problem>', file, line)``.
    """
    model = PARAMS.get(stage)
    if model is None:
        raise ConfigError(unknown_key("stages", stage, PARAMS), file, line_of(()) if line_of else None)
    try:
        return model.model_validate(raw or {}, context={"root": root})
    except ValidationError as exc:
        loc, text = _message(exc.errors(), model)
        where = ".".join(["stages", stage, *map(str, loc)])
        raise ConfigError(f"{where}: {text}", file, line_of(loc) if line_of else None) from None


__all__ = ["AllianceParams", "CodeParams", "DEFAULT_METHODS", "DeidParams", "DEFAULT_OUTCOME_KINDS", "DEFAULT_ROLES",
           "DEFAULT_SOURCE_TYPES", "IngestParams", "LinkParams", "PARAMS", "ReportParams", "StageParams",
           "TopicsParams", "did_you_mean", "from_options", "unknown_key", "validate_params"]
