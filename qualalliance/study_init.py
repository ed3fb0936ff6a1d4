"""``qualalliance init DIR``: a commented ``study.yaml`` for a folder of files.

:func:`study_template` looks at the folder — its ``transcripts/``, ``narratives/`` and
``case_histories/`` subfolders (or, when it has none, its own readable files as
transcripts), ``metadata.csv``, ``outcomes.csv``, ``participants.csv``, ``codebook.yaml``
— and writes only keys that point at what is there; everything else is a comment saying
what it is for (docs/study.md has the format).  Sessions and time points found in file
names by the default ``P01_preparation`` pattern are offered as comments, never set.
The text depends only on the folder's contents, so the same folder gives the same file.
:func:`write_study_template` refuses to overwrite an existing study file.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

from .errors import ConfigError
from .ingest import NAME_PATTERN, STUDY_SUBFOLDERS, collect_files
from .readers import SUPPORTED
from .study import STUDY_FILE, load_study

TABLES = {  # paths key -> file name, what it holds
    "metadata": ("metadata.csv", "doc_id -> participant_id, session, timepoint, source_type (+ any columns)"),
    "outcomes": ("outcomes.csv", "participant_id, timepoint, measure, value (long format)"),
    "participants": ("participants.csv", "one row per participant: covariates"),
}


def _files(source: Path) -> tuple[list[Path], list[Path]]:
    """(readable files, skipped files) under *source*, as ingest would see them."""
    skipped: list = []
    found, _ = collect_files([(source, "transcript")], skipped)  # a forced type: an empty folder is no error
    return [f for f, _ in found], [f for f, _ in skipped]


def _kinds(files: list[Path]) -> str:
    counts = Counter(f.suffix.lower() for f in files)
    return ", ".join(f"{n} {ext}" for ext, n in sorted(counts.items()))


def _skipped(files: list[Path]) -> str:
    """How many files ingest will skip, and why: no reader for the extension, or (a
    readable extension) not a regular file, e.g. a FIFO."""
    no_reader = sum(f.suffix.lower() not in SUPPORTED for f in files)
    parts = [f"{no_reader} skipped (no reader)" if no_reader else "",
             f"{len(files) - no_reader} skipped (not a regular file)" if len(files) > no_reader else ""]
    return ", ".join(p for p in parts if p)


def _name_parts(files: list[Path]) -> tuple[list[str], list[str]]:
    """Sessions and time points the default file-name pattern finds, in first-seen order."""
    pattern = re.compile(NAME_PATTERN)
    sessions: dict[str, None] = {}
    timepoints: dict[str, None] = {}
    for f in files:
        m = pattern.match(f.stem)
        if m:
            sessions[m["session"]] = None
            if m["timepoint"]:
                timepoints[m["timepoint"]] = None
    return list(sessions), list(timepoints)


def study_template(folder) -> str:
    """The commented ``study.yaml`` text for *folder* (see the module docstring)."""
    folder = Path(folder)
    if not folder.is_dir():
        raise ConfigError("no such folder", folder)
    subs = [s for s in STUDY_SUBFOLDERS if (folder / s).is_dir()]
    lines = [f"# study.yaml for {folder.resolve().name}, written by `qualalliance init`.",
             "# Edit it, then run: qualalliance run . -o OUT   (format: docs/study.md)",
             "# Keys that are commented out are optional; uncomment what applies.",
             f"name: {_yaml_str(folder.resolve().name)}",
             "# description: >-",
             "#   One or two sentences: who, what sessions, which question.",
             "# synthetic: true        # say so when the texts are invented",
             "seed: 1                  # same inputs + same seed = same outputs",
             "paths:"]
    all_files: list[Path] = []
    if subs:
        for sub in STUDY_SUBFOLDERS:
            files, skipped = _files(folder / sub) if sub in subs else ([], [])
            all_files += files
            note = f"# {len(files)} readable file(s): {_kinds(files) or 'none'}"
            if skipped:
                note += f"; {_skipped(skipped)}"
            lines.append(f"  {sub}: {sub}    {note}" if sub in subs else f"  # {sub}: {sub}")
    else:
        files, skipped = _files(folder)
        all_files = files
        note = f"# this folder's own files: {len(files)} readable ({_kinds(files) or 'none'})"
        if skipped:
            note += f", {_skipped(skipped)}"
        lines.append(f"  transcripts: .    {note}")
    for key, (name, what) in TABLES.items():
        present = (folder / name).is_file()
        lines.append(f"  {'' if present else '# '}{key}: {name}    # {what}")
    codebook = "codebook.yaml" if (folder / "codebook.yaml").is_file() else "null"
    lines.append(f"codebook: {codebook}    # null = the packaged default codebook")
    lines += ["# roles:                 # speaker label -> therapist | participant | other",
              "#   Dr Smith: therapist"]
    sessions, timepoints = _name_parts(all_files)
    lines.append(f"# sessions: [{', '.join(sessions)}]" + ("    # found in file names" if sessions else ""))
    lines.append(f"# timepoints: [{', '.join(timepoints)}]    # found in file names" if timepoints
                 else "# timepoints: [baseline, week4]    # in order, as outcomes.csv names them")
    lines += ["# baseline: baseline",
              "# measures:               # the measures named in outcomes.csv",
              "#   - name: phq9",
              "#     label: PHQ-9",
              "#     improvement: lower  # lower scores are better",
              "#     range: [0, 27]",
              "# responder:              # e.g. at least 50% reduction from baseline",
              "#   measure: phq9",
              "#   min_improvement_pct: 50",
              "stages: {}               # per-stage parameters, e.g. topics: {n_topics: 12}",
              ""]
    return "\n".join(lines)


def _yaml_str(text: str) -> str:
    """*text* as a YAML scalar that reads back as the same string."""
    import yaml

    return yaml.safe_dump(text, default_style=None, width=10_000).removesuffix("\n...\n").strip()


def write_study_template(folder, force: bool = False) -> Path:
    """Write ``FOLDER/study.yaml`` (never over an existing one unless *force*); the file is
    loaded back with the strict study loader before this returns."""
    folder = Path(folder)
    target = folder / STUDY_FILE
    if target.exists() and not force:
        raise ConfigError(f"{STUDY_FILE} exists already; edit it, or pass --force to write a new one", target)
    text = study_template(folder)
    from .tables import write_file

    write_file(target, lambda tmp: Path(tmp).write_text(text, encoding="utf-8"))
    try:
        load_study(target)  # what init writes must load
    except ConfigError:
        target.unlink()  # no half-useful output
        raise
    return target


__all__ = ["study_template", "write_study_template"]
