"""Text helpers the rules share: cue lookup, quoted spans, speakers.

Cue lists live in :mod:`mutate.lexicons`; here they become compiled patterns. All
functions return local offsets into the string they are given.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..lexicons import derived, lexicon


@lru_cache(maxsize=64)
def _cue_pattern(entries: tuple[str, ...]) -> re.Pattern[str]:
    alts = sorted((re.escape(e).replace(r"\ ", r"\s+") for e in entries), key=len, reverse=True)
    return re.compile(r"(?<![\w'’])(?:" + "|".join(alts) + r")(?![\w'’])", re.IGNORECASE)


def cues(name: str, text: str) -> list[tuple[int, int]]:
    """Spans of the entries of lexicon ``name`` found in ``text``.

    >>> cues("hedges", "Putin could face a coup, reportedly.")
    [(6, 16), (25, 35)]
    """
    return [m.span() for m in _cue_pattern(lexicon(name)).finditer(text)]


_NT = re.compile(r"\w(n['’]t)\b", re.IGNORECASE)


def negations(text: str) -> list[tuple[int, int]]:
    """Negation cues, including the "n't" of contractions."""
    found = cues("negations", text)
    found += [m.span(1) for m in _NT.finditer(text)]
    return sorted(found)


def has_negation(text: str) -> bool:
    return bool(negations(text))


def attribution_cues(text: str) -> list[tuple[int, int]]:
    return cues("attribution", text)


@derived
@lru_cache(maxsize=1)
def degree_levels() -> dict[str, int]:
    out = {}
    for entry in lexicon("intensifiers"):
        word, _, level = entry.partition("\t")
        out[word.strip().lower()] = int(level or 2)
    return out


def degree(text: str) -> list[tuple[int, int, int]]:
    """Degree words in ``text`` as (start, end, level).

    >>> degree("extremely concerned, very tired")
    [(0, 9, 3), (21, 25, 2)]
    """
    levels = degree_levels()
    pattern = _cue_pattern(tuple(levels))
    return [(m.start(), m.end(), levels[" ".join(m.group().lower().split())]) for m in pattern.finditer(text)]


# ---------------------------------------------------------------- quotations

@dataclass(frozen=True)
class Quote:
    """A quoted span: ``start``/``end`` include the marks, ``inner`` excludes them."""

    start: int
    end: int
    inner: tuple[int, int]
    open: bool = False  # runs on past the end of the text (a multi-paragraph quote)

    def text(self, s: str) -> str:
        return s[self.inner[0]:self.inner[1]]


# Curly double, straight double, curly single; a straight single quote counts only when
# it cannot be an apostrophe (space or start before it, no letter after the closer).
_QUOTE = re.compile(
    r"“(?P<c>[^“”]*)(?:”|$)"
    r"|\"(?P<s>[^\"]*)(?:\"|$)"
    r"|(?<![\w])‘(?P<cs>[^‘’]*?)(?:’(?![\w])|$)"
    r"|(?<![\w])'(?P<ss>[^']*?)(?:'(?![\w])|$)"
)
_MIN_QUOTE_WORDS = 1


def quotes(text: str) -> list[Quote]:
    """Quoted spans of ``text``, outermost only.

    >>> s = 'He said “very concerned” and left.'
    >>> [q.text(s) for q in quotes(s)]
    ['very concerned']
    """
    out = []
    for m in _QUOTE.finditer(text):
        group = next(g for g in ("c", "s", "cs", "ss") if m.group(g) is not None)
        inner = m.span(group)
        if not text[inner[0]:inner[1]].strip():
            continue
        closed = m.end() > inner[1]
        out.append(Quote(m.start(), m.end(), inner, open=not closed))
    return out


def inside_quotes(text: str, span: tuple[int, int]) -> bool:
    return any(q.start <= span[0] and span[1] <= q.end for q in quotes(text))


# ---------------------------------------------------------------- speakers

_NAME = r"(?:[A-Z][\w’'.-]+(?:\s+(?:of|for|the|de|von|al)?\s*[A-Z][\w’'.-]+)*)"
_SPEAKER_AFTER = re.compile(
    rf"(?:,|\))?\s*(?:(?:said|says|told|explained|added|continued|warned)\s+(?:the\s+)?({_NAME})"
    rf"|({_NAME}|he|she|they)\s+(?:said|says|told|explained|added|continued|warned))"
)
_SPEAKER_BEFORE = re.compile(rf"({_NAME})\s+(?:said|says|told [^:]*|explained|added)\s*:\s*$")


def speaker(text: str, quote: Quote) -> str | None:
    """Who a quote is credited to, from the words right after or before it."""
    after = _SPEAKER_AFTER.match(text, quote.end)
    if after:
        name = after.group(1) or after.group(2)
        return _last_name(name)
    before = _SPEAKER_BEFORE.search(text[:quote.start])
    if before:
        return _last_name(before.group(1))
    return None


def _last_name(name: str) -> str:
    return name.split()[-1].strip("’'.").lower() if name else name
