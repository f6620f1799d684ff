"""Certainty rules: a claim became more or less certain.

Each side gets a certainty level from its cues outside quotation marks (quotes belong
to the quote rules): -1 when hedged ("could", "reportedly", "said to be"), +1 when
boosted ("will", "clearly", "causes"), 0 when both or neither. The signed change
``level(target) - level(source)`` decides: up is hedge-removed, down is hedge-added.
Counting levels rather than cues keeps a rewrite that swaps one hedge for another
("may be bracing" / "is reportedly facing") from reading as a change.
"""

from __future__ import annotations

from ..model import LinkKind, Pair
from .base import Evidence, rule
from .text import cues, quotes

_COMPARED = (LinkKind.MODIFIED, LinkKind.SPLIT, LinkKind.MERGED)


def _outside_quotes(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    marks = quotes(text)
    return [s for s in spans if not any(q.start <= s[0] < q.end for q in marks)]


def level(text: str) -> int:
    """Certainty level of a text: -1 hedged, +1 boosted, 0 neutral or mixed.

    >>> level("Putin could face a coup."), level("Putin will be deposed."), level("Putin left.")
    (-1, 1, 0)
    """
    hedged = bool(_outside_quotes(text, cues("hedges", text)))
    boosted = bool(_outside_quotes(text, cues("boosters", text)))
    return int(boosted) - int(hedged)


def certainty_change(pair: Pair) -> int:
    """Signed change in certainty from source to target (positive: more certain)."""
    if pair.link.kind not in _COMPARED:
        return 0
    return level(pair.b) - level(pair.a)


def _first(text: str, lexicon_name: str) -> tuple[int, int] | None:
    found = _outside_quotes(text, cues(lexicon_name, text))
    return found[0] if found else None


@rule(
    "hedge-removed",
    bad=[
        ("Analysts said Putin could face a coup.", "Analysts said Putin will face a coup."),
        ("The minister is reportedly ill.", "The minister is ill."),
        ("The drug may reduce deaths.", "The drug reduces deaths."),
        ("Coffee is linked to cancer, a study suggests.", "Coffee causes cancer, a study proves."),
        ("He is said to be furious.", "He is clearly furious."),
    ],
    good=[
        ("Analysts said Putin could face a coup.", "Analysts said Putin might face a coup."),
        ("Putin may be bracing for a coup.", "Putin is reportedly facing a coup."),
        ("He called it “a possible coup”.", "He called it “a coup”."),
        ("The minister is ill.", "The minister is unwell."),
    ],
)
def hedge_removed(pair: Pair):
    """A claim became more certain: a hedge was dropped or strengthened."""
    if certainty_change(pair) > 0:
        yield Evidence(
            "claim made more certain",
            source=_first(pair.a, "hedges"),
            target=_first(pair.b, "boosters"),
        )


@rule(
    "hedge-added",
    bad=[
        ("The minister is ill.", "The minister may be ill."),
        ("Putin will be deposed shortly.", "Putin could be deposed."),
        ("The drug reduces deaths.", "The drug might reduce deaths."),
        ("The mayor resigned.", "The mayor reportedly resigned."),
        ("Prices will rise.", "Prices are expected to rise."),
    ],
    good=[
        ("The minister may be ill.", "The minister might be ill."),
        ("The minister is ill.", "The minister is unwell."),
        ("He said it “will happen”.", "He said it “may happen”."),
    ],
)
def hedge_added(pair: Pair):
    """A claim became less certain: a hedge appeared or a booster went."""
    if certainty_change(pair) < 0:
        yield Evidence(
            "claim made less certain",
            source=_first(pair.a, "boosters"),
            target=_first(pair.b, "hedges"),
        )


RULES = (hedge_removed, hedge_added)
