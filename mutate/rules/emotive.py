"""Emotive words that no list of degree words foresaw: "Doomed ski area", "Heartbreak
as brewery closes", "felt their views had been ignored" -> "felt betrayed".

The degree lexicon (``lexicons/intensifiers.txt``) ranks words within their scales, and
it is what the tone rules read first. A tabloid's next word is seldom on it, so these
rules also read the valence lexicon of VADER (Hutto and Gilbert 2014, "VADER: A
Parsimonious Rule-based Model for Sentiment Analysis of Social Media Text"; the
``vaderSentiment`` package, MIT licence), where human raters scored 7,500 English
words from -4 (most negative) to +4. Only its file is read; its analyser is not run.

A word counts when a version brought it in the way tone is added, not the way news is:

- it is strongly negative (at most ``-STRONG``). Strongly positive words in news are
  mostly facts or names ("wins", "relief", "the trust", "Point Pleasant"), and across
  our labelled families they only ever marked those;
- it stands in a small edit of its own, either put in front of words the version kept
  (a modifier or a frame: "savage route cuts", "Heartbreak as ...") or swapped for a
  milder word of feeling at least ``MARGIN`` weaker ("at risk" -> "in grave danger").
  An emotive word in a new clause or a rewritten stretch usually comes with new facts
  ("The derailment forced ...", "the prosecution"), and says nothing of tone;
- it is written in lower case or opens the text (a capital inside a line is a name),
  and sits outside quotation marks, where the quote rules speak.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

from ..model import Pair
from .edits import content_stems, evidence_in, fine_ops, local_edit, n_words, words
from .text import outside, quotes

STRONG = 1.5  # valence at or below -STRONG is emotive (VADER: "shock" -1.6, "doomed" -3.2)
MARGIN = 1.0  # how much more strongly the new word must be felt than the one it replaced
FRAME = 2  # words a version may put in front of kept words ("Heartbreak as")
OPENING = 5  # ... or more, when the felt word opens them ("Tragedy on Pelican Spit as")
SWAP = 3  # words a swap may hold on the new side ("in grave danger")


@lru_cache(maxsize=1)
def valences() -> dict[str, float]:
    """VADER's word valences, lower-cased words only (its emoticons are left out).

    >>> valences()["doomed"], valences()["heartbreak"], "rose" in valences()
    (-3.2, -2.7, False)
    """
    text = resources.files("vaderSentiment").joinpath("vader_lexicon.txt").read_text(encoding="utf-8")
    out = {}
    for line in text.splitlines():
        word, _, rest = line.partition("\t")
        if word.isalpha():
            out[word] = float(rest.split("\t", 1)[0])
    return out


def _felt(text: str, start: int, end: int) -> tuple[float, tuple[int, int] | None]:
    """How strongly the most strongly felt word of ``text[start:end]`` is felt, and where."""
    best, where = 0.0, None
    for s, e in words(text, start, end):
        value = valences().get(text[s:e].lower())
        if value is not None and abs(value) > best:
            best, where = abs(value), (s, e)
    return best, where


def shifts(pair: Pair) -> list[tuple[str, int, tuple[int, int], tuple[int, int]]]:
    """(scale, change, source span, target span) for each edit that brought an emotive
    word in. Only words brought in: read the other way, the same test marked nothing
    toned down across our labelled families, only rewordings ("Hailstorm damages
    vineyards" -> "vineyards hit by hail"), so a word toned down is left to the scales.

    >>> from mutate.diff import word_diff
    >>> from mutate.model import Link, LinkKind
    >>> def shifted(a, b):
    ...     p = Pair(Link(LinkKind.MODIFIED, (0,), (0,)), "x", "y", a, b, 0, 0, word_diff(a, b))
    ...     return [(p.a[s[0]:s[1]], p.b[t[0]:t[1]]) for _, _, s, t in shifts(p)]
    >>> shifted("Ski area will not open this winter", "Doomed ski area will not open this winter")
    [('Ski', 'Doomed')]
    >>> shifted("More than a third of jars failed", "Honey scandal: more than a third of jars failed")
    [('More', 'scandal')]
    >>> shifted("Staff are at risk, inspectors say", "Staff are in grave danger, inspectors say")
    [('at risk', 'danger')]
    >>> shifted("Doomed ski area will not open", "Ski area will not open")  # toned down: the scales' to read
    []
    >>> shifted("Fares rose in May", "Fares rose in May amid a pay dispute")  # new words at the end: news
    []
    >>> shifted("Bus users face cuts", "Bus users face “savage” cuts")  # quoted: the quote rules speak
    []
    """
    marks = quotes(pair.b)
    ops = [op for op in fine_ops(pair) if op.kind != "equal"]
    # a felt word the source lost anywhere was reworded, not outdone ("Thieves steal" -> "stolen")
    lost = max((_felt(pair.a, op.a_start, op.a_end)[0] for op in ops), default=0.0)
    out = []
    for op in ops:
        felt, where = _felt(pair.b, op.b_start, op.b_end)
        if where is None or valences()[pair.b[where[0]:where[1]].lower()] > -STRONG:
            continue
        milder, _ = _felt(pair.a, op.a_start, op.a_end)
        if felt - max(milder, lost) < MARGIN or not _small(pair.b, pair.a, (op.b_start, op.b_end),
                                                           (op.a_start, op.a_end), milder, where):
            continue
        if not outside([where], marks) or not local_edit(pair, where, "b") or _a_name(pair.b, where):
            continue
        if set(content_stems(pair.b[where[0]:where[1]])) & set(content_stems(pair.a)):
            continue  # the word was there all along, elsewhere in the sentence
        out.append(("feeling", 1, evidence_in(pair, where, "b"), where))
    return out


def _small(text: str, other: str, span: tuple[int, int], other_span: tuple[int, int], milder: float,
           word: tuple[int, int]) -> bool:
    """Whether the edit is a frame put before kept words, or a swap for a word of feeling.
    A frame the felt word opens may run longer ("Tragedy on Pelican Spit as ...")."""
    here, there = n_words(text, *span), n_words(other, *other_span)
    kept = [w.lower() for w in _words(other, *other_span)]
    if kept and set(kept) <= {w.lower() for w in _words(text, *span)}:  # "More" -> "Honey scandal: more"
        here, there = here - there, 0
    if there == 0:  # put in, not swapped: only in front of words that stay
        opens = not _words(text, span[0], word[0])
        return 0 < here <= (OPENING if opens else FRAME) and text[span[1]:].lstrip()[:1].isalnum()
    return milder > 0 and here <= SWAP


def _words(text: str, start: int, end: int) -> list[str]:
    return [text[s:e] for s, e in words(text, start, end) if text[s].isalnum()]


def _a_name(text: str, span: tuple[int, int]) -> bool:
    """A capital inside a line marks a name ("Rob Castle"), not a word of feeling."""
    return text[span[0]].isupper() and bool(text[:span[0]].strip()) and text[:span[0]].rstrip()[-1:] not in "\n.!?"
