"""Map speaker labels to roles: therapist | participant | other.

The default table (documented in docs/ingest.md) covers the labels researchers
use.  A label is normalised (lower case, punctuation and trailing numbers
removed, e.g. ``"Therapist 2"`` -> ``"therapist"``) before lookup.  A title such as
``Dr.`` marks a therapist.  Users override or extend the table with
``--role NAME=ROLE`` or the study file's ``roles:`` mapping; overrides match the
label exactly (case-insensitive) before normalisation.

In a two-speaker document where one speaker is a therapist and the other is
unknown (e.g. ``Dr. Lee`` and ``Maya``), the unknown speaker is the participant.
"""

from __future__ import annotations

import re

from ..errors import ConfigError
from ..schema import ROLES

THERAPIST_LABELS = {
    "therapist", "facilitator", "co-facilitator", "cofacilitator", "lead facilitator", "guide",
    "sitter", "monitor", "clinician", "counselor", "counsellor", "interviewer", "doctor",
    "psychologist", "psychiatrist", "psychotherapist", "provider", "coach", "practitioner",
    "therapist assistant", "nurse", "t", "th", "f", "dr", "int",
}
PARTICIPANT_LABELS = {
    "participant", "patient", "client", "interviewee", "subject", "respondent", "volunteer",
    "p", "pt", "c", "cl", "s",
}
TITLE_RE = re.compile(r"^(dr|doctor|prof)\b\.?", re.IGNORECASE)


def normalise_label(label: str) -> str:
    s = label.strip().lower()
    s = re.sub(r"[\s_]*\d+$", "", s)  # "therapist 2", "speaker_1"
    s = re.sub(r"[^\w\s-]", "", s)
    return " ".join(s.split())


def parse_role_overrides(items) -> dict[str, str]:
    """Parse ``NAME=ROLE`` strings (CLI) or a mapping (study file)."""
    if not items:
        return {}
    pairs = items.items() if isinstance(items, dict) else (_split(i) for i in items)
    out = {}
    for name, role in pairs:
        role = str(role).strip().lower()
        if role not in ROLES:
            raise ConfigError(f"role for speaker {name!r} must be one of {', '.join(ROLES)}, not {role!r}")
        out[str(name).strip().lower()] = role
    return out


def _split(item: str):
    if "=" not in item:
        raise ConfigError(f"--role expects NAME=ROLE, got {item!r}")
    name, role = item.split("=", 1)
    return name, role


def role_of(label: str, overrides: dict[str, str] | None = None) -> str | None:
    """Role for a label, or None when the label is unknown."""
    if overrides:
        hit = overrides.get(label.strip().lower())
        if hit:
            return hit
    norm = normalise_label(label)
    if overrides and norm in overrides:
        return overrides[norm]
    if norm in THERAPIST_LABELS:
        return "therapist"
    if norm in PARTICIPANT_LABELS:
        return "participant"
    if TITLE_RE.match(label.strip()):
        return "therapist"
    return None


def assign_roles(speakers: list[str], overrides: dict[str, str] | None = None) -> dict[str, str]:
    """Role per distinct speaker of one document (see module doc for the two-speaker rule)."""
    distinct = list(dict.fromkeys(s for s in speakers))
    roles = {s: role_of(s, overrides) for s in distinct}
    unknown = [s for s, r in roles.items() if r is None and s]
    known = [r for r in roles.values() if r is not None]
    if len(distinct) == 2 and len(unknown) == 1 and known == ["therapist"]:
        roles[unknown[0]] = "participant"
    elif len(distinct) == 2 and len(unknown) == 1 and known == ["participant"]:
        roles[unknown[0]] = "therapist"
    return {s: (r or "other") for s, r in roles.items()}
