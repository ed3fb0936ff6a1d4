"""``Cases`` and ``Variables`` of a REFI-QDA project -> participant metadata.

A named ``Case`` is a participant (NVivo "cases", ATLAS.ti document groups exported as
cases, QualCoder cases): its name is the ``participant_id`` of the sources it holds
(unless their own variables name one) and its ``VariableValue``\\ s (age, group,
site ...) are participant-level metadata, written as ``participants.csv``: one row
per case, ``participant_id`` then one column per variable, the shape
``paths.participants`` in study.yaml and ``link --participants`` read.  A variable
named like ``participant_id`` ("Participant", "participant id") gives the id instead
of the case name.

A nameless case holding one source is how MAXQDA and Quirkos store *document*
variables: those become the source's variables, not a participant.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd

from .qdc import norm_guid, norm_name
from .safe_xml import child, child_text, children
from .sources import variable_values

PARTICIPANT_ALIASES = {"participant id", "participant", "participantid", "participant_id"}


@dataclass
class ProjectCases:
    case_of: dict[str, str] = field(default_factory=dict)       # source guid -> participant id (one named case)
    source_vars: dict[str, dict] = field(default_factory=dict)  # source guid -> variables of a nameless case
    participants: pd.DataFrame = field(default_factory=lambda: pd.DataFrame(columns=["participant_id"]))


def read_cases(root, variables: dict[str, str], report: list) -> ProjectCases:
    """Cases under *root* (a ``Project``); *variables*: variable guid -> name."""
    out = ProjectCases()
    cases_el = child(root, "Cases")
    member: dict[str, list[str]] = {}
    rows: list[dict] = []
    for case in (children(cases_el, "Case") if cases_el is not None else []):
        refs = [norm_guid(r.get("targetGUID")) for r in children(case, "SourceRef")]
        values = variable_values(case, variables)
        name = (case.get("name") or "").strip()
        if not name:
            if len(refs) == 1:  # MAXQDA/Quirkos: document variables stored as a nameless case
                out.source_vars.setdefault(refs[0], {}).update(values)
            else:
                report.append(("case_skipped", case.get("guid", ""), "", len(refs),
                               "a case without a name holding several sources: its variables are not used"))
            continue
        pid_key = next((k for k in values if norm_name(k) in PARTICIPANT_ALIASES and values[k]), None)
        pid = values.pop(pid_key) if pid_key else name
        rows.append({"participant_id": pid, **values})
        for r in refs:
            member.setdefault(r, []).append(pid)
        detail = f"participant {pid!r}: {len(values)} variable(s)"
        if child_text(case, "Description"):
            detail += "; has a description (not imported)"
        report.append(("case", case.get("guid", ""), name, len(refs), detail))
    for g, pids in member.items():
        if len(set(pids)) == 1:
            out.case_of[g] = pids[0]
        else:
            report.append(("source_in_several_cases", g, "", len(set(pids)),
                           f"in cases {', '.join(sorted(set(pids)))}: participant_id comes from the source"))
    if rows:
        df = pd.DataFrame(rows)
        cols = ["participant_id"] + sorted(c for c in df.columns if c != "participant_id")
        out.participants = df[cols].fillna("").astype(str)
    return out


__all__ = ["PARTICIPANT_ALIASES", "ProjectCases", "read_cases"]
