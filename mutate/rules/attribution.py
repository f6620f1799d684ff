"""Attribution rules: who a claim is credited to, and whether it still is.

A side's sources are the names after "according to" and around reporting verbs
("Soldatov said", "told Sky News"); cues without a name ("reportedly", "reports say")
still count as attribution. Only cues outside quotation marks count: words inside a
quote are the speaker's, not the outlet's.
"""

from __future__ import annotations

import re

from ..model import LinkKind, Pair
from .base import Evidence, rule
from .text import attribution_cues, quotes

_COMPARED = (LinkKind.MODIFIED, LinkKind.SPLIT, LinkKind.MERGED)
_NAME = r"[A-Z][\w’'.&-]*(?:\s+(?:of|for|the|and|on)?\s*[A-Z][\w’'.&-]*)*"
_SOURCE_PATTERNS = (
    re.compile(rf"\b[Aa]ccording to\s+(?:the\s+)?[‘'“\"]?({_NAME})"),
    re.compile(rf"({_NAME})\s+(?:said|says|told|explained|warned|claimed|reported|assured|added|insisted)\b"),
    re.compile(rf"\b(?:told|explained to|speaking to|said to|assured)\s+(?:the\s+)?({_NAME})"),
)
_GENERIC = {"he", "she", "they", "it", "the", "a", "an", "this", "that", "but", "and", "in", "as"}


def cues_outside_quotes(text: str) -> list[tuple[int, int]]:
    marks = quotes(text)
    return [s for s in attribution_cues(text) if not any(q.start <= s[0] < q.end for q in marks)]


def sources(text: str) -> dict[str, tuple[int, int]]:
    """Named sources credited in ``text`` (lower-cased name -> span).

    >>> sorted(sources("Soldatov told The Center for European Policy Analysis."))
    ['center for european policy analysis', 'soldatov']
    """
    marks = quotes(text)
    found: dict[str, tuple[int, int]] = {}
    for pattern in _SOURCE_PATTERNS:
        for m in pattern.finditer(text):
            if any(q.inner[0] <= m.start(1) < q.inner[1] for q in marks):
                continue
            name = re.sub(r"^(the|a)\s+", "", m.group(1).strip("’'.").lower())
            if name and name not in _GENERIC:
                found.setdefault(name, m.span(1))
    return found


def _related(x: str, y: str) -> bool:
    a = {w for w in x.split() if len(w) > 3}
    b = {w for w in y.split() if len(w) > 3}
    return bool(a & b) or x in y or y in x


@rule(
    "attribution-removed",
    bad=[
        ("Reports say the minister resigned.", "The minister resigned."),
        ("According to Agentura, two officers were arrested.", "Two officers were arrested."),
        ("The minister reportedly resigned.", "The minister resigned."),
        ("Officials said the bridge was unsafe.", "The bridge was unsafe."),
        ("The bridge was “unsafe and crumbling”, engineers said.", "The bridge was unsafe and crumbling."),
    ],
    good=[
        ("Officials said the bridge was unsafe.", "The bridge was unsafe, officials said."),
        ("According to Agentura, two officers were arrested.", "Two officers were arrested, according to Agentura."),
        ("The bridge was unsafe.", "The bridge was not safe."),
    ],
)
def attribution_removed(pair: Pair):
    """An attributed claim is now stated as fact, or its source was dropped."""
    if pair.link.kind not in _COMPARED:
        return
    before = cues_outside_quotes(pair.a)
    if before and not cues_outside_quotes(pair.b):
        yield Evidence("attribution dropped: the claim is now stated as fact", source=before[0])


@rule(
    "attribution-added",
    bad=[
        ("The minister resigned.", "The minister resigned, officials said."),
        ("Two officers were arrested.", "According to Agentura, two officers were arrested."),
        ("The bridge was unsafe.", "Engineers said the bridge was unsafe."),
    ],
    good=[
        ("Officials said the bridge was unsafe.", "The bridge was unsafe, officials said."),
        ("The bridge was unsafe.", "The old bridge was unsafe."),
        ("Reports say the minister resigned.", "According to reports, the minister resigned."),
    ],
)
def attribution_added(pair: Pair):
    """A claim gained a source."""
    if pair.link.kind not in _COMPARED:
        return
    after = cues_outside_quotes(pair.b)
    if after and not cues_outside_quotes(pair.a):
        yield Evidence("claim now attributed", target=after[0])


@rule(
    "attribution-changed",
    bad=[
        ("Soldatov told CEPA the purge continues.", "Soldatov told Sky News the purge continues."),
        ("According to Agentura, two officers were arrested.", "According to Reuters, two officers were arrested."),
        ("Muraviev said the coup was near.", "Soldatov said the coup was near."),
    ],
    good=[
        ("Soldatov told CEPA the purge continues.", "Andrei Soldatov told CEPA the purge goes on."),
        ("According to Agentura, two officers were arrested.", "Two officers were arrested, according to Agentura."),
        ("Muraviev said the coup was near.", "Alexey Muraviev said a coup was near."),
    ],
)
def attribution_changed(pair: Pair):
    """A different source, speaker or outlet is credited."""
    if pair.link.kind not in _COMPARED:
        return
    old, new = sources(pair.a), sources(pair.b)
    gone = [n for n in old if not any(_related(n, m) for m in new)]
    came = [m for m in new if not any(_related(m, n) for n in old)]
    if gone and came:
        yield Evidence(f"credited to {came[0]!r} instead of {gone[0]!r}", source=old[gone[0]], target=new[came[0]])


RULES = (attribution_removed, attribution_added, attribution_changed)
