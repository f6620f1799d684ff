"""The rule registry: every rule, in one explicit tuple per family.

A rule is a pure function from a :class:`~mutate.model.Pair` to
:class:`~mutate.rules.base.Evidence`, declared with :func:`~mutate.rules.base.rule`
(see that module). Adding a rule means adding it to its module's ``RULES``.
"""

from __future__ import annotations

from . import attribution, benign, certainty, meaning, numbers, quotes, structure, tone
from .base import Evidence, Rule, rule

REGISTRY: tuple[Rule, ...] = (
    *structure.RULES,
    *numbers.RULES,
    *certainty.RULES,
    *attribution.RULES,
    *quotes.RULES,
    *tone.RULES,
    *meaning.RULES,
    *benign.RULES,
)
BY_LABEL: dict[str, Rule] = {r.label: r for r in REGISTRY}

__all__ = ["REGISTRY", "BY_LABEL", "Evidence", "Rule", "rule"]
