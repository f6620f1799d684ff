"""What a rule is: a pure function from a :class:`~mutate.model.Pair` to evidence.

A rule is declared with its label (which fixes family and default severity), a
one-line summary taken from its docstring, and examples: ``bad`` (source, target)
pairs it must flag and ``good`` pairs it must leave alone. The examples are the rule's
tests (``tests/test_rules.py`` runs them all and fails when a rule has too few).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from ..labels import LABELS
from ..model import Pair, Severity


@dataclass(frozen=True)
class Evidence:
    """Where a rule saw a mutation: local offsets into ``pair.a`` and ``pair.b``."""

    message: str
    source: tuple[int, int] | None = None
    target: tuple[int, int] | None = None
    severity: Severity | None = None  # set only to raise a finding above its default


Check = Callable[[Pair], Iterable[Evidence]]


@dataclass(frozen=True)
class Rule:
    label: str
    summary: str
    check: Check
    bad: tuple[tuple[str, str], ...]
    good: tuple[tuple[str, str], ...]

    @property
    def family(self) -> str:
        return LABELS[self.label].family

    @property
    def severity(self) -> Severity:
        return LABELS[self.label].severity


def rule(label: str, *, bad: Iterable[tuple[str, str]], good: Iterable[tuple[str, str]]):
    """Declare a check function as the rule for ``label``."""
    if label not in LABELS:
        raise ValueError(f"unknown label {label!r}")

    def declare(check: Check) -> Rule:
        summary = (check.__doc__ or "").strip().splitlines()[0]
        return Rule(label, summary, check, tuple(bad), tuple(good))

    return declare


def whole(text: str) -> tuple[int, int]:
    """The span of a whole text."""
    return (0, len(text))
