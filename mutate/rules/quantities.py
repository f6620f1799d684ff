"""Quantities in news text: "around 150 spies", "£430m", "40%", "two top officers".

No maintained parser reads these well (quantulum3 takes "£430m" for pounds x metres),
so this is a small grammar: digits with separators, magnitude words and suffixes,
currencies, percentages, number words, and the approximation words in front. Each
quantity keeps its span and the content words after it, which is how quantities are
paired across two versions.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..similarity import stems

_APPROX = (
    r"about|around|roughly|nearly|almost|approximately|some|up\s+to|more\s+than|over|"
    r"at\s+least|fewer\s+than|less\s+than|under|as\s+many\s+as|an\s+estimated|close\s+to|"
    r"circa|approx\.?"
)
_MAGNITUDE = {
    "k": 1e3, "thousand": 1e3, "m": 1e6, "mn": 1e6, "million": 1e6, "bn": 1e9, "b": 1e9,
    "billion": 1e9, "tn": 1e12, "trillion": 1e12, "hundred": 1e2,
}
_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90, "hundred": 100, "a hundred": 100, "a dozen": 12,
    "dozen": 12, "dozens": 24, "scores": 40, "hundreds": 200, "thousands": 2000,
    "millions": 2e6, "billions": 2e9, "a third": 1 / 3, "a quarter": 0.25, "half": 0.5,
    "a half": 0.5, "two thirds": 2 / 3, "three quarters": 0.75,
}
# Vague plurals are approximate by nature ("dozens" is not exactly 24).
_VAGUE = {"dozens", "scores", "hundreds", "thousands", "millions", "billions"}
_WORD_ALT = "|".join(sorted((re.escape(w).replace(r"\ ", r"\s+") for w in _WORDS), key=len, reverse=True))
_QUANTITY = re.compile(
    r"(?<![\w.,])(?=[\w$£€¥])"  # only try at the start of a word: ten times fewer attempts
    rf"(?:(?P<approx>{_APPROX})\s+)?"
    r"(?:(?P<cur>[$£€¥]|US\$|USD\s?|EUR\s?|GBP\s?)\s?)?"
    rf"(?:(?P<num>\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?)|(?P<word>{_WORD_ALT}))"
    r"(?:\s?(?P<mag>thousand|million|billion|trillion|bn|mn|tn|k|m|b)(?![\w]))?"
    r"(?P<pct>\s?%|\s+per\s?cent|\s+percent)?",
    re.IGNORECASE,
)
_NOT_A_WORD_NUMBER = re.compile(r"\w")


@dataclass(frozen=True)
class Quantity:
    start: int
    end: int
    value: float
    kind: str  # "count", "money", "percent", "year", "ordinal-id"
    approx: str | None
    context: tuple[str, ...]  # content-word stems after the number
    text: str

    @property
    def number_span(self) -> tuple[int, int]:
        """The span without its approximation word."""
        if not self.approx:
            return (self.start, self.end)
        lead = len(self.text) - len(self.text[len(self.approx):].lstrip())
        return (self.start + lead, self.end)


@lru_cache(maxsize=8192)
def quantities(text: str) -> tuple[Quantity, ...]:
    """Every quantity in ``text``.

    >>> [(q.value, q.kind, q.approx) for q in quantities("around 150 spies and £430m, up 40%")]
    [(150.0, 'count', 'around'), (430000000.0, 'money', None), (40.0, 'percent', None)]
    """
    out = []
    for m in _QUANTITY.finditer(text):
        start, end = m.span()
        if start and _NOT_A_WORD_NUMBER.match(text[start - 1]):
            continue
        if end < len(text) and m.group("word") and _NOT_A_WORD_NUMBER.match(text[end]):
            continue
        value, kind = _value(m)
        if value is None:
            continue
        approx = m.group("approx")
        if m.group("word") and m.group("word").lower() in _VAGUE:
            approx = approx or m.group("word")
        context = stems(text[end:end + 40])[:4]
        out.append(Quantity(start, end, value, kind, approx, context, m.group()))
    return tuple(out)


def _value(m: re.Match) -> tuple[float | None, str]:
    if m.group("num"):
        raw = m.group("num").replace(",", "")
        value = float(raw)
        is_year = re.fullmatch(r"(1[89]|20)\d\d", raw) and not (m.group("cur") or m.group("mag") or m.group("pct"))
        if is_year:
            return value, "year"
    else:
        value = float(_WORDS[" ".join(m.group("word").lower().split())])
    mag = (m.group("mag") or "").lower()
    # A bare "5m" may be metres: single-letter magnitudes count only after a currency.
    if mag and (m.group("cur") or mag not in ("m", "b", "k")):
        value *= _MAGNITUDE[mag]
    if m.group("pct"):
        return value, "percent"
    if m.group("cur"):
        return value, "money"
    return value, "count"


def same_thing(x: Quantity, y: Quantity) -> bool:
    """Whether two quantities plausibly count the same thing (same kind, shared context)."""
    return x.kind == y.kind and bool(set(x.context) & set(y.context))
