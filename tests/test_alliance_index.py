"""therapist_mi_responsiveness (called alliance_index before): fixed constants, hand-computed values, docs."""

from __future__ import annotations

import math

import pytest

from qualalliance.alliance import SUBSCORES
from qualalliance.alliance.index import (
    CANDIDATES,
    COMPONENTS,
    Z_CLIP,
    Component,
    alliance_index,
    component_z,
    therapist_mi_responsiveness,
)

from .conftest import ROOT


def _values(**overrides):
    """Every component at its reference mean, then the given (role, column) overrides."""
    values = {r: {} for r in ("therapist", "participant", "session")}
    for c in COMPONENTS:
        values[c.role][c.column] = c.mean
    for key, v in overrides.items():
        role, column = key.split("__")
        values[role][column] = v
    return values


def test_reference_session_scores_zero():
    assert alliance_index(_values()) == pytest.approx(0.0, abs=1e-12)


def test_one_sd_on_one_component_moves_the_index_by_one_over_k():
    k = len(COMPONENTS)
    refl = next(c for c in COMPONENTS if c.column == "reflection_rate")
    info = next(c for c in COMPONENTS if c.column == "information_rate")
    up = alliance_index(_values(session__reflection_rate=refl.mean + refl.sd))
    assert up == pytest.approx(1 / k)
    # information giving counts against the alliance (direction -1)
    down = alliance_index(_values(session__information_rate=info.mean + info.sd))
    assert down == pytest.approx(-1 / k)


def test_z_is_clipped_and_nan_components_are_left_out():
    c = Component("session", "x", +1, 0.0, 1.0)
    assert component_z(10.0, c) == Z_CLIP
    assert component_z(-10.0, c) == -Z_CLIP
    assert math.isnan(component_z(math.nan, c))
    comps = (c, Component("session", "y", -1, 1.0, 2.0))
    assert alliance_index({"session": {"x": 1.0, "y": 5.0}}, comps) == pytest.approx((1.0 + -2.0) / 2)
    assert alliance_index({"session": {"x": math.nan, "y": 5.0}}, comps) == pytest.approx(-2.0)
    assert math.isnan(alliance_index({"session": {"x": math.nan, "y": math.nan}}, comps))


def test_components_are_candidates_with_their_theoretical_direction():
    cand = {(c.role, c.column): c.direction for c in CANDIDATES}
    for c in COMPONENTS:
        assert cand[(c.role, c.column)] == c.direction
        assert c.column in SUBSCORES and c.sd > 0


def test_docs_give_every_subscore_and_every_constant():
    doc = (ROOT / "docs" / "alliance.md").read_text(encoding="utf-8")
    assert alliance_index is therapist_mi_responsiveness  # the old function name, kept for one release
    for col in SUBSCORES + ["therapist_mi_responsiveness", "alliance_index", "n_words", "n_turns"]:
        assert f"`{col}`" in doc, col
    for c in COMPONENTS:
        assert f"{c.mean:g}" in doc and f"{c.sd:g}" in doc, c
    assert "0.0001" in doc and "transcript" in doc
