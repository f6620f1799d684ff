"""Which hedges and boosters qualify a claim, so that two sides' certainty compares.

When both sides state a relation of the same strength, only the cues of the clause that
states it count: a report's added clauses bring hedges of their own, and a framing
verb credits a finding rather than weakening it. A cue outside that clause still counts
when it was swapped one for one or cut alone with its clause kept (the certainty rules,
:mod:`mutate.rules.certainty`, read the result).
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..lexicons import derived, lexicon
from ..model import Pair
from ..similarity import normalise
from .comparisons import comparisons_in
from .edits import content_stems, n_words, op_at
from .hedging import cues_in
from .strength import CORRELATIONAL, claim

_SENTENCE_END = re.compile(r"[.!?;](?:\s|$)")


def _same_strength(text: str, other: str) -> bool:
    mine, theirs = claim(text).strength, claim(other).strength
    return mine is not None and mine == theirs


def _sentence_of(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """The sentence (or ``;`` clause) of ``text`` that holds ``span``."""
    lo = max((m.end() for m in _SENTENCE_END.finditer(text, 0, span[0])), default=0)
    end = _SENTENCE_END.search(text, span[1])
    return lo, end.end() if end else len(text)


_CLAUSE_START = re.compile(r"[,;:(]|\bthat\b|\bwhich\b", re.IGNORECASE)


@derived
@lru_cache(maxsize=1 << 12)  # each side is read for itself and again as the other side's context
def _scoped_cues(text: str, other: str, name: str, whole: bool = False) -> tuple[tuple[int, int], ...]:
    """The cues of lexicon ``name`` that qualify the claim. When both sides state a
    relation of the same strength, only those in the clause that states it, less the
    relation cue ("Walkers *may* be less likely to ..."): a report's added sentences
    bring hedges of their own ("..., and could help find new treatments"), a framing
    verb ("studies suggest that ...") credits rather than weakens the finding, and
    "linked to" against "links" is the same claim, not a hedge dropped. Otherwise
    every cue of the text, as also when ``whole`` (see
    :func:`mutate.rules.certainty._modal_moved`)."""
    found = cues_in(text, name)
    read = claim(text)
    if read.strength == CORRELATIONAL:  # "linked to" states the relation, it hedges nothing
        found = [c for c in found if not _relation_word(text, c, read.spans[0])]
    if whole or not _same_strength(text, other):
        return tuple(found)
    main = read.spans[0]
    lo, hi = _sentence_of(text, main)
    lo = max([lo, *(m.end() for m in _CLAUSE_START.finditer(text, lo, main[0]))])
    after = _CLAUSE_START.search(text, main[1], hi)
    hi = after.start() if after else hi
    return tuple(c for c in found if lo <= c[0] < hi and not _relation_word(text, c, main))


def _relation_word(text: str, cue: tuple[int, int], relation: tuple[int, int]) -> bool:
    """Whether ``cue`` is a word of the relation's own statement. A comparison spans
    the words between its ends ("higher rates were likely to hurt small businesses
    more than"), and a hedge among them hedges it."""
    inside = relation[0] <= cue[0] < relation[1]
    if inside and relation in comparisons_in(text):
        return normalise(text[cue[0]:cue[1]]) in _relation_phrases()
    return inside


@derived
@lru_cache(maxsize=1)
def _relation_phrases() -> frozenset[str]:
    return frozenset(normalise(e) for e in lexicon("correlational"))


def in_scope(pair: Pair, side: str, name: str, whole: bool) -> list[tuple[int, int]]:
    """:func:`_scoped_cues` of one side, and a framing verb swapped one for one with
    another ("the report found that" -> "suggested that", "study finds" -> "study
    proves"): a frame added or dropped credits the finding, but a frame reworded in
    place says how sure the finding is; and a hedge cut alone from a clause that stays
    (:func:`_cut_alone`). Less a cue whose word the other side has where it counts for
    nothing."""
    text, other = (pair.a, pair.b) if side == "a" else (pair.b, pair.a)
    scoped = _scoped_cues(text, other, name, whole)
    swapped = [c for c in cues_in(text, name) if c not in scoped
               and (_swapped_alone(pair, c, side) or (name == "hedges" and _cut_alone(pair, c, side)))]
    # a word that the other side has where it does not qualify the claim moved rather
    # than came: ", small trial suggests" -> "Small trial suggests ..."
    counted = _scoped_cues(other, text, name, whole)
    elsewhere = {other[lo:hi].lower() for lo, hi in cues_in(other, name) if (lo, hi) not in counted}
    return sorted(c for c in (*scoped, *swapped) if text[c[0]:c[1]].lower() not in elsewhere)


def _swapped_alone(pair: Pair, span: tuple[int, int], side: str) -> bool:
    """Whether the word at ``span`` was replaced by one word, and nothing else changed there."""
    op = op_at(pair, span, side)
    return op is not None and op.kind == "replace" and max(
        n_words(pair.a, op.a_start, op.a_end), n_words(pair.b, op.b_start, op.b_end)) == 1


_FRAME = re.compile(r"\W*(?:that|,)", re.IGNORECASE)


def _cut_alone(pair: Pair, span: tuple[int, int], side: str) -> bool:
    """Whether the cue at ``span`` was dropped (or added) and nothing else changed
    there but the verb's form: "an engine appeared to shut down early, but ... had
    caused the failure" -> "an engine shut down early, ...", "had similar blood
    pressure" -> "appeared to have similar blood pressure". The hedge qualified its
    own clause, not the relation stated in another, and the clause stays. A framing
    verb ("studies suggest that") credits a finding rather than hedging it, so it is
    left to the attribution rules. Only hedges are read so: a "will" goes whenever a
    clause is recast ("The rest will be paid by" -> "with the rest paid by")."""
    op = op_at(pair, span, side)
    if op is None or op.kind == "equal":
        return False
    text, other = (pair.a, pair.b) if side == "a" else (pair.b, pair.a)
    lo, hi = (op.a_start, op.a_end) if side == "a" else (op.b_start, op.b_end)
    there = (op.b_start, op.b_end) if side == "a" else (op.a_start, op.a_end)
    cue = content_stems(text[span[0]:span[1]])
    # the edit's words less the cue are the other side's ("had" -> "appeared to have": "have" is no content word)
    rest = [w for w in content_stems(text[lo:hi]) if w not in cue]
    return (lo <= span[0] and span[1] <= hi and span not in claim(text).spans
            and rest == content_stems(other[there[0]:there[1]]) and not _FRAME.match(text, span[1]))
