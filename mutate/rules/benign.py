"""Benign rules: rewording that keeps the meaning. The classifier reports them only
for a pair that has no other finding."""

from __future__ import annotations

import re
import unicodedata

from .. import similarity
from ..model import LinkKind, Pair
from .base import Evidence, rule, whole

_FOLD = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'", "–": "-", "—": "-", "\u00a0": " "})
_UNITS = ((r"\bbn\b", " billion"), (r"\bm\b", " million"), (r"\bper cent\b", "%"), (r"\bpercent\b", "%"))


def surface(text: str) -> str:
    """Text with the differences that never matter folded away (case, quotes, spaces,
    unit abbreviations, Unicode forms).

    >>> surface("$5.9bn") == surface("$5.9 billion")
    True
    """
    folded = unicodedata.normalize("NFKC", text).translate(_FOLD).casefold()
    for pattern, repl in _UNITS:
        folded = re.sub(r"(?<=\d)\s*" + pattern[2:], repl, folded)
    return re.sub(r"[\s\W_]+", "", folded)


def _reworded(pair: Pair) -> bool:
    return pair.link.kind in (LinkKind.MODIFIED, LinkKind.SPLIT, LinkKind.MERGED)


@rule(
    "cosmetic",
    bad=[
        ("The deal is worth $5.9 billion.", "The deal is worth $5.9bn."),
        ("He said “no”.", "He said \"no\"."),
        ("The  minister resigned.", "The minister resigned"),
    ],
    good=[
        ("The minister resigned.", "The minister quit."),
        ("The minister resigned.", "The minister resigned."),
        ("The FSB chief resigned.", "The FB chief resigned."),
    ],
)
def cosmetic(pair: Pair):
    """Only punctuation, case, white space or unit abbreviations changed."""
    if _reworded(pair) and surface(pair.a) == surface(pair.b):
        yield Evidence("cosmetic change only", source=whole(pair.a), target=whole(pair.b))


@rule(
    "paraphrase",
    bad=[
        ("The minister resigned on Monday.", "On Monday the minister resigned."),
        ("Putin purged around 150 of his spies.", "Putin removed around 150 of his agents."),
        ("The storm flooded the harbour.", "The harbour was flooded by the storm."),
    ],
    good=[
        ("The deal is worth $5.9 billion.", "The deal is worth $5.9bn."),
        ("The minister resigned.", "The minister resigned."),
        ("Putin purged around 150 of his spies.", "Putin purged 300 of his spies."),
    ],
)
def paraphrase(pair: Pair):
    """Meaning-preserving rewording outside quotes."""
    if _reworded(pair) and surface(pair.a) != surface(pair.b):
        yield Evidence(f"reworded (similarity {pair.link.score:.2f})", source=whole(pair.a), target=whole(pair.b))


RULES = (cosmetic, paraphrase)
