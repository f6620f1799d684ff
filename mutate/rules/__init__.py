"""The rule registry: every rule, in one explicit tuple per family.

A rule is a pure function from a :class:`~mutate.model.Pair` to
:class:`~mutate.rules.base.Evidence`, declared with :func:`~mutate.rules.base.rule`
(see that module). Adding a rule means adding it to its module's ``RULES``.

One module per label family: ``structure``, ``numbers``, ``certainty``,
``attribution``, ``quotes``, ``tone``, ``meaning``, ``benign``. What they read is
parsed in their own modules: ``quantities`` (amounts) and ``amounts`` (how two compare), ``times`` (dates and relative
times), ``names``, ``text`` (cues from the lexicons, quotations), ``speakers`` (who
a quote is credited to), ``sources`` and ``credits`` (who a claim is credited to, and
whether two versions credit the same), ``strength`` and ``comparisons`` (claim
strength), ``emotive`` (words of feeling), ``wording`` (whether two wordings of a quote
mean the same) and ``edits`` (the word diff refined into a map between the two sides).
Where two labels
fit one edit, :mod:`mutate.classify` decides.
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
