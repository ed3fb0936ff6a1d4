"""Link text features to outcomes: features, outcomes, statistics, joint displays.

    from qualalliance.link import link
    result = link("out/run", "corpora/psilocybin-demo/outcomes.csv",
                  study="corpora/psilocybin-demo/study.yaml")
    result.statistics.head(); result.write("out/link")

See docs/link.md for every output column and formula.
"""

from __future__ import annotations

from .features import build_features, feature_dictionary
from .joint_display import joint_display
from .link import LinkResult, link, load_feature_tables, write_link
from .outcomes import derive_outcomes, outcome_variables, read_outcomes
from .spec import LinkSpec, MeasureSpec, load_spec

__all__ = ["LinkResult", "LinkSpec", "MeasureSpec", "build_features", "derive_outcomes",
           "feature_dictionary", "joint_display", "link", "load_feature_tables", "load_spec",
           "outcome_variables", "read_outcomes", "write_link"]
