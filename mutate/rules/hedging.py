"""Hedges and boosters of one text: which words of ``lexicons/hedges.txt`` and
``lexicons/boosters.txt`` count as cues where they stand, and the certainty level they
give it. A word can look like a cue and not be one: "in May" is a month, "more likely"
compares rates, "where possible" asks rather than hedges, "could not" states an
inability, "expected value" is a noun, "causes of death" names causes. The certainty
rules (:mod:`mutate.rules.certainty`) compare two sides' readings.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..lexicons import derived, lexicon
from .text import cues, month_may, outside, quotes

_NOUN_USE = re.compile(r"\s+(?:of|by)\b")  # "causes of death", "caused by": not a causal claim
_NOT_HEDGE = {
    # "more likely" compares rates (a correlational finding), it does not hedge one
    "likely": re.compile(r"\b(?:more|less|most|least|as)\s+$", re.IGNORECASE),  # "twice as likely"
    # "a 60% higher chance of" compares risks too; "a 10% chance of" puts a probability on it
    "chance": re.compile(r"\b(?:higher|lower|greater|smaller|increased|reduced|raised|better|worse|the)\s+$",
                         re.IGNORECASE),
    # ", suggests a new study" credits a source, as "says" would; "suggests that" hedges
    "suggest": re.compile(r"[,;]\s*$", re.IGNORECASE),
    # "where possible", "as soon as possible", "every possible" ask or stress; they
    # hedge no claim ("a possible coup" does)
    "possible": re.compile(r"\b(?:where|wherever|when|whenever|if|as\s+\w+\s+as|every|all|best|worst)\s+$",
                           re.IGNORECASE),
    # "as expected", "than expected" say what was foreseen came about; "expected" hedges
    "expect": re.compile(r"\b(?:as|than)\s+$", re.IGNORECASE),
}
# "could not" and "couldn't" say someone was unable to, which is a fact, not a hedge
_NOT_HEDGE_AFTER = {"could": re.compile(r"(?:\s+not|\s+never|n['’]t)\b", re.IGNORECASE)}
# "expected" hedges a forecast ("it expected services to be restored", "expects that"),
# not a noun it describes ("expected value")
_FORECAST = re.compile(r"\s+(?:that\b|(?:[\w'’-]+\s+){1,4}to\b)", re.IGNORECASE)


def _masked(text: str, span: tuple[int, int], name: str) -> bool:
    """Whether the cue at ``span`` is not used as a cue of lexicon ``name`` here."""
    if name == "boosters":
        return bool(_NOUN_USE.match(text, span[1]))
    if month_may(text, span):  # "on 14 May"
        return True
    word = text[span[0]:span[1]].lower()
    stem = next((s for s in ("suggest", "expect", "chance") if word.startswith(s)), word)
    if stem == "expect" and not word.endswith(" to") and not _FORECAST.match(text, span[1]):
        return True  # "expected value"
    before, after = _NOT_HEDGE.get(stem), _NOT_HEDGE_AFTER.get(word)
    return bool(before and before.search(text, 0, span[0])) or bool(after and after.match(text, span[1]))


def cues_in(text: str, name: str) -> list[tuple[int, int]]:
    """The cues of lexicon ``name`` (hedges or boosters) in ``text`` outside its quotes,
    less the words that only look like one here."""
    found = outside(cues(name, text), quotes(text))
    return [c for c in found if not _masked(text, c, name)]


def hedges(text: str) -> list[tuple[int, int]]:
    """The hedges of ``text`` outside its quotes, less the words that only look like one
    ("in May", "more likely").

    >>> s = "Prices may rise in May."
    >>> [s[lo:hi] for lo, hi in hedges(s)]
    ['may']
    >>> s = "There is a 10% chance of a strike, twice as likely as a 60% higher chance of rain."
    >>> [s[lo:hi] for lo, hi in hedges(s)]
    ['chance of']
    """
    return cues_in(text, "hedges")


def level(text: str) -> int:
    """Certainty level of a text: -2 hedged as possible, -1 hedged as probable (every
    hedge a ``probable.txt`` one), +2 boosted, 0 neutral; a boosted hedge sums.

    >>> level("Putin could face a coup."), level("Putin will be deposed."), level("Putin left.")
    (-2, 2, 0)
    >>> level("Putin is likely to face a coup."), level("Putin will probably face a coup.")
    (-1, -1)
    >>> level("Coffee is linked to cancer."), level("Coffee causes cancer.")
    (-2, 2)
    >>> level("Walkers were less likely to decline, suggests a study.")
    0
    """
    return graded(text, cues_in(text, "boosters"), hedges(text))


@derived
@lru_cache(maxsize=1)
def _probable() -> frozenset[str]:
    return frozenset(e.lower() for e in lexicon("probable"))


_FUTURE = frozenset({"will", "shall"})
_NEXT_WORD = re.compile(r"\s+(?:\w+\s+)?$")  # "will probably", "will most likely"


def graded(text: str, boosting: list[tuple[int, int]], hedging: list[tuple[int, int]]) -> int:
    """The level that these cues of ``text`` give (:func:`level`). Just before a hedge,
    "will" is the tense of the hedged claim, not a booster: "will probably close" is
    as sure as "is likely to close" (but "suggests the race will tighten" is surer
    than "... may tighten")."""
    hedged = 0 if not hedging else 1 if all(text[lo:hi].lower() in _probable() for lo, hi in hedging) else 2
    boosted = [(lo, hi) for lo, hi in boosting if not (
        text[lo:hi].lower() in _FUTURE and any(_NEXT_WORD.match(text[hi:h]) for h, _ in hedging if h > hi))]
    return 2 * bool(boosted) - hedged
