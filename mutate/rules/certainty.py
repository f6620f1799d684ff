"""Certainty rules: a claim became more or less certain.

Each side gets a certainty level from its cues outside quotation marks (quotes belong
to the quote rules): -1 when hedged ("could", "reportedly", "said to be", "linked
to"), +1 when boosted ("will", "clearly", "causes", "set to"), 0 when both or neither.
The signed change ``level(target) - level(source)`` decides: up is hedge-removed,
down is hedge-added. Counting levels rather than cues keeps a rewrite that swaps one
hedge for another ("may be bracing" / "is reportedly facing") from reading as a change.

A change only counts where the word diff shows the cue itself edited: the hedge that
went (or the booster that came) must sit in a local edit, not in a clause that was cut
or added whole; otherwise the claim was dropped, which is not the same claim made
surer. Evidence is the cue on one side and what it became on the other ("could face"
-> "will").
"""

from __future__ import annotations

import re

from ..model import LinkKind, Pair
from .base import Evidence, rule
from .edits import CLAUSE, content_stems, evidence_in, n_words, op_at
from .text import cues, outside, quotes

_COMPARED = (LinkKind.MODIFIED, LinkKind.SPLIT, LinkKind.MERGED)
_VERBS_OF_BEING = frozenset({"been", "being", "will", "shall", "would", "could", "might", "must"})


_NOUN_USE = re.compile(r"\s+(?:of|by)\b")  # "causes of death", "caused by": not a causal claim


def _cues(text: str, name: str) -> list[tuple[int, int]]:
    found = outside(cues(name, text), quotes(text))
    return [c for c in found if not (name == "boosters" and _NOUN_USE.match(text, c[1]))]


def level(text: str) -> int:
    """Certainty level of a text: -1 hedged, +1 boosted, 0 neutral or mixed.

    >>> level("Putin could face a coup."), level("Putin will be deposed."), level("Putin left.")
    (-1, 1, 0)
    >>> level("Coffee is linked to cancer."), level("Coffee causes cancer.")
    (-1, 1)
    """
    return int(bool(_cues(text, "boosters"))) - int(bool(_cues(text, "hedges")))


def certainty_change(pair: Pair) -> int:
    """Signed change in certainty from source to target (positive: more certain)."""
    if pair.link.kind not in _COMPARED:
        return 0
    return level(pair.b) - level(pair.a)


def _edited(pair: Pair, span: tuple[int, int], side: str) -> bool:
    """Whether the cue at ``span`` was edited while its claim stayed: a replacement, or
    a cue dropped (or added) alone with the claim it qualifies still on the other side
    ("is reportedly ill" -> "is ill"; not ", who may resign," cut whole)."""
    op = op_at(pair, span, side)
    if op is None:
        return False
    na, nb = n_words(pair.a, op.a_start, op.a_end), n_words(pair.b, op.b_start, op.b_end)
    if na and nb:
        return True
    if max(na, nb) >= CLAUSE:
        return False
    text, other = (pair.a, pair.b) if side == "a" else (pair.b, pair.a)
    claim = [w for w in content_stems(text[span[1]:span[1] + 40]) if w not in _VERBS_OF_BEING][:1]
    return not claim or claim[0] in content_stems(other)


def _evidence(pair: Pair, went: str, came: str) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """(source, target) of a certainty shift: the ``went`` cue of the source that was
    edited, or the ``came`` cue of the target that was; None when neither was."""
    for span in _cues(pair.a, went):
        if _edited(pair, span, "a"):
            there = evidence_in(pair, span, "a")
            inside = [c for c in _cues(pair.b, came) if there[0] <= c[0] < there[1]]
            return span, inside[0] if inside else there
    for span in _cues(pair.b, came):
        if _edited(pair, span, "b"):
            return evidence_in(pair, span, "b"), span
    return None


@rule(
    "hedge-removed",
    bad=[
        ("Analysts said Putin could face a coup.", "Analysts said Putin will face a coup."),
        ("The minister is apparently ill.", "The minister is ill."),
        ("The drug may reduce deaths.", "The drug reduces deaths."),
        ("Coffee is linked to cancer, a study suggests.", "Coffee causes cancer, a study proves."),
        ("He is said to be furious.", "He is clearly furious."),
        ("Kremlin on alert over possible coup", "Kremlin on alert as generals set to oust Putin"),
    ],
    good=[
        ("Analysts said Putin could face a coup.", "Analysts said Putin might face a coup."),
        ("Putin may be bracing for a coup.", "Putin is reportedly facing a coup."),
        ("He called it “a possible coup”.", "He called it “a coup”."),
        ("The minister is ill.", "The minister is unwell."),
        ("The minister, who may resign, met the president on Monday.", "The minister met the president."),
    ],
)
def hedge_removed(pair: Pair):
    """A claim became more certain: a hedge was dropped or strengthened."""
    if certainty_change(pair) > 0:
        found = _evidence(pair, "hedges", "boosters")
        if found:
            yield Evidence("claim made more certain", source=found[0], target=found[1])


@rule(
    "hedge-added",
    bad=[
        ("The minister is ill.", "The minister may be ill."),
        ("Putin will be deposed shortly.", "Putin could be deposed."),
        ("The drug reduces deaths.", "The drug might reduce deaths."),
        ("The mayor resigned.", "The mayor reportedly resigned."),
        ("Prices will rise.", "Prices are expected to rise."),
        ("Smoking causes cancer.", "Smoking is linked to cancer."),
    ],
    good=[
        ("The minister may be ill.", "The minister might be ill."),
        ("The minister is ill.", "The minister is unwell."),
        ("He said it “will happen”.", "He said it “may happen”."),
        ("The minister resigned.", "The minister resigned on Monday, and may leave politics altogether."),
    ],
)
def hedge_added(pair: Pair):
    """A claim became less certain: a hedge appeared or a booster went."""
    if certainty_change(pair) < 0:
        found = _evidence(pair, "boosters", "hedges")
        if found:
            yield Evidence("claim made less certain", source=found[0], target=found[1])


RULES = (hedge_removed, hedge_added)
