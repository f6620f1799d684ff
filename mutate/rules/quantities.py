"""Quantities in news text: "around 150 spies", "£430m", "40%", "two top officers",
"dozens of protesters", "a third of staff", "150-200 troops", "the 69-year-old".

A quantity keeps its span, its value as a range (``low``..``high``: equal for an exact
number, wide for "dozens"), its kind (count, money with its currency, percent, age,
year, identifier), the approximation word in front and which way it bounds the
number ("nearly" below, "more than" above), and the content words after it, which is
how quantities are paired across two versions.

No one parser reads these: quantulum3 takes "£430m" for pounds x metres and "Fifth
Service" for 0.2, word2number accepts only pure number words. So this is a small
grammar for digits, magnitudes, currencies, percentages, ranges, ages and vague
amounts, and the maintained text2num (a small Rust extension, offline) reads spelled-out
numbers ("two hundred and forty", "sixty-nine").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..lexicons import lexicon
from ..similarity import stems

BELOW = {"nearly", "almost", "up to", "fewer than", "less than", "under", "just under", "as many as", "as much as",
         "no more than"}
ABOVE = {"more than", "over", "at least", "just over", "well over", "upwards of", "in excess of", "no fewer than"}
_APPROX = ("about|around|roughly|nearly|almost|approximately|some|up\\s*to|more\\s+than|over|at\\s+least|"
           "fewer\\s+than|less\\s+than|under|just\\s+under|just\\s+over|well\\s+over|as\\s+(?:many|much)\\s+as|"
           "an\\s+estimated|close\\s+to|circa|c\\.|ca\\.|approx\\.|upwards\\s+of|in\\s+excess\\s+of|"
           "no\\s+more\\s+than|no\\s+fewer\\s+than")
_MAGNITUDE = {"k": 1e3, "thousand": 1e3, "m": 1e6, "mn": 1e6, "million": 1e6, "bn": 1e9, "b": 1e9,
              "billion": 1e9, "tn": 1e12, "trillion": 1e12}
_CURRENCY = {"$": "USD", "us$": "USD", "usd": "USD", "dollars": "USD", "£": "GBP", "gbp": "GBP",
             "a$": "AUD", "au$": "AUD", "nz$": "NZD", "c$": "CAD", "ca$": "CAD", "hk$": "HKD", "s$": "SGD",
             "r": "ZAR",
             "pounds": "GBP", "€": "EUR", "eur": "EUR", "euros": "EUR", "¥": "JPY", "yen": "JPY",
             "roubles": "RUB", "rubles": "RUB"}
_UNITS = ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
          "sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety "
          "hundred thousand million billion").split()
# Vague amounts: a range, approximate by nature ("dozens" is not exactly 24).
_VAGUE = {"a couple of": (2, 3), "a few": (2, 5), "a handful of": (3, 6), "several": (3, 9),
          "dozens": (24, 99), "dozens of": (24, 99), "scores of": (40, 99), "hundreds": (200, 999),
          "thousands": (2e3, 9999), "tens of thousands": (2e4, 99999), "hundreds of thousands": (2e5, 999999),
          "millions": (2e6, 9.99e6), "billions": (2e9, 9.99e9)}
_FRACTIONS = {"half": 50.0, "a half": 50.0, "a third": 100 / 3, "one third": 100 / 3, "two thirds": 200 / 3,
              "a quarter": 25.0, "one quarter": 25.0, "three quarters": 75.0, "a fifth": 20.0}
_DOZEN = {"a dozen": 12, "half a dozen": 6, "two dozen": 24, "three dozen": 36}
# Approximation words that are never a preposition, so "a" after them is the number one.
_BEFORE_ARTICLE = {"up to", "nearly", "almost", "roughly", "approximately", "more than", "less than",
                   "at least", "just under", "just over", "well over", "as many as", "as much as", "no more than"}
PHONE = re.compile(r"(?<![\d.,])0\d{2,4}(?:[ -]\d{3,4}){1,2}(?!\d|[.,]\d)")
_ID_BEFORE = re.compile(r"(?:\b(?:No|Nos|Article|Section|Flight|Room|Route|Case|Resolution|Chapter|[Rr]eference|[Rr]ef)\.?"
                        r"|#|[A-Za-z]-)\s*$")


def _alt(words) -> str:
    return "|".join(sorted((re.escape(w).replace(r"\ ", r"\s+") for w in words), key=len, reverse=True))


_WORD_NUM = rf"(?:{_alt(_UNITS)})(?:(?:\s+and\s+|[\s-]+)(?:{_alt(_UNITS)}))*"
_NUM = rf"(?:\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?|{_WORD_NUM})"
_MAG = r"(?:\s?(?:thousand|million|billion|trillion|bn|mn|tn|k|m|b)(?![\w]))"
_QUANTITY = re.compile(
    r"(?<![\w.,$£€¥-])(?=[\w$£€¥])"  # only at the start of a word
    rf"(?:(?P<approx>{_APPROX})\s+(?:every\s+)?)?"  # "roughly every three weeks"
    # rand only with a magnitude: "R2.3bn", not the road "R680"
    r"(?:(?P<cur>(?:US|AU|NZ|CA|HK|[ACS])\$|[$£€¥]|USD\s?|EUR\s?|GBP\s?"
    r"|R(?=\d[\d,.]*\s?(?:bn|billion|mn?|million|tn|trillion)\b)))?"
    rf"(?:(?P<age>\d+|{_WORD_NUM})-year-old"
    rf"|(?P<ratio>\d{{1,3}}|{_WORD_NUM})\s+(?:in|out\s+of)\s+(?P<per>\d{{1,3}}(?:,\d{{3}})?|{_WORD_NUM})(?![\w-])"
    r"(?!\s+(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|games?|matches|races?|starts?)\b)"
    rf"|(?P<frac>{_alt(_FRACTIONS)})(?=\s+(?P<partof>of|the|a|an)\b|(?!\w))"
    rf"|(?P<dozen>{_alt(_DOZEN)})"
    rf"|(?P<vague>{_alt(_VAGUE)})"
    r"|(?(approx)(?P<article>an?)(?=\s+[^\W\d])|(?!))"  # "up to a metre": one, approximately
    rf"|(?:(?P<between>between\s+)|from\s+)?(?P<num>{_NUM})(?P<mag1>{_MAG})?"
    r"(?:(?(between)\s+and\s+|\s*(?:-|–|to\b)\s*)(?P<cur2>[$£€¥])?"
    rf"(?P<num2>{_NUM})(?=[^\w-]|$|{_MAG}))?(?P<mag>{_MAG})?)"
    r"(?P<pct>\s?%|\s+per\s?cent|\s+percent(?:age points?)?)?"
    r"(?P<curw>\s+(?:dollars|pounds|euros|yen|roubles|rubles)\b)?"
    r"(?P<old>\s+years?\s+old)?",
    re.IGNORECASE,
)
_BY = re.compile(r"\bby\s+$", re.IGNORECASE)
# "2.3m attendances", "7.6m people": millions of a thing counted, where "a 40m wall" and
# "rose 2m" are metres
_COUNTED_MILLIONS = re.compile(r"\s+(?:people|(?!(?:this|his|its|was|has|is|as|us|plus|less|thus|across|towards|metres"
                               r"|meters|seconds|minutes|hours|days|weeks|miles)\b)[a-z]{2,}s)\b")
_AGED = re.compile(r"\baged\s+$", re.IGNORECASE)
_NAME_AGE = re.compile(r"\b[A-Z][a-z]+,\s$")  # "Putin, 69, said"
_ONE_NOT_A_NUMBER = re.compile(r"\s*(?:[^\w\s]|$|of\b|another\b|said\b|says\b|told\b|who\b|that\b|day\b)", re.I)


@dataclass(frozen=True)
class Quantity:
    start: int
    end: int
    low: float
    high: float
    kind: str  # "count", "money", "percent", "age", "year", "id"
    unit: str  # the currency of money, "" otherwise
    approx: str | None
    context: tuple[str, ...]  # content-word stems after the number
    text: str
    tolerance: float = 0.0  # half a unit of the last written digit: "1.5bn" stands for 1.45-1.55bn
    vague: bool = False  # "dozens", "several": a range by nature, not a stated one
    whole: bool = False  # the whole a part is counted from: the "nine" of "six of its nine"

    @property
    def value(self) -> float:
        return (self.low + self.high) / 2

    @property
    def bound(self) -> str | None:
        """Which side of the number the approximation puts the truth: below, above, around."""
        if not self.approx:
            return None
        word = _key(self.approx)
        return "below" if word in BELOW else "above" if word in ABOVE else "around"

    @property
    def number_span(self) -> tuple[int, int]:
        """The span without its approximation word."""
        if not self.approx:
            return (self.start, self.end)
        lead = len(self.text) - len(self.text[len(self.approx):].lstrip())
        return (self.start + lead, self.end)


def quantities(text: str) -> tuple[Quantity, ...]:
    """Every quantity in ``text``.

    >>> [(q.value, q.kind, q.approx) for q in quantities("around 150 spies and £430m, up 40%")]
    [(150.0, 'count', 'around'), (430000000.0, 'money', None), (40.0, 'percent', None)]
    >>> [(q.low, q.high, q.kind) for q in quantities("the 69-year-old saw dozens of two-hundred-strong units")]
    [(69.0, 69.0, 'age'), (24.0, 99.0, 'count'), (200.0, 200.0, 'count')]
    >>> [q.value for q in quantities("2.3m attendances at a 40m wall, up 2m this year")]
    [2300000.0, 40.0, 2.0]
    >>> [(q.low, q.high, q.kind, q.whole) for q in quantities("up to a metre at six of its nine sites, 2017 to 2022")]
    [(1.0, 1.0, 'count', False), (6.0, 6.0, 'count', False), (9.0, 9.0, 'count', True), (2017.0, 2022.0, 'year', False)]
    """
    return _quantities(text, lexicon("stopwords"))


@lru_cache(maxsize=8192)  # keyed on the word list too: an extended list reads anew
def _quantities(text: str, stopwords: tuple[str, ...]) -> tuple[Quantity, ...]:
    out = []
    for m in _QUANTITY.finditer(text):
        start, end = m.span()
        if m.group("num") and m.group("num").lower() == "one" and _ONE_NOT_A_NUMBER.match(text, end):
            continue  # "one said", "one of them": a pronoun
        parsed = _parse(m, text)
        if parsed is None:
            continue
        low, high, kind, unit, tolerance = parsed
        approx = m.group("approx")
        if m.group("approx") and approx.lower() == "some" and kind == "year":
            continue
        # the words counted follow the number; one that ends its sentence ("on a
        # turnout of 78%.") is known by the words before it
        context = stems(text[end:end + 40])[:4] or stems(text[max(0, start - 30):start])[-3:]
        whole = bool(out) and _PARTITIVE.fullmatch(text, out[-1].end, start) is not None
        out.append(Quantity(start, end, low, high, kind, unit, approx, context, m.group(), tolerance,
                            vague=bool(m.group("vague")), whole=whole))
    return tuple(out)


# "six of its nine libraries", "two of the 15 victims": the second number is the whole
_PARTITIVE = re.compile(r"\s+of\s+(?:its|the|their|his|her|our|your|these|those)\s+", re.IGNORECASE)


def _parse(m: re.Match, text: str):
    cur = (m.group("cur") or m.group("cur2") or m.group("curw") or "").strip().lower()
    unit = _CURRENCY.get(cur, "")
    aged = _AGED.search(text, 0, m.start()) or (_NAME_AGE.search(text, 0, m.start()) and text[m.end():m.end() + 1] == ",")
    if m.group("age") or m.group("old") or (aged and m.group("num") and not m.group("approx")):
        value = _number(m.group("age") or m.group("num"))
        return (value, value, "age", "", 0.5) if value is not None else None
    if m.group("ratio"):  # "one in five pupils", "nine out of ten": a share
        part, whole = _number(m.group("ratio")), _number(m.group("per"))
        if part is None or not whole or part > whole:
            return None
        return part / whole * 100, part / whole * 100, "percent", "", 0.0
    if m.group("frac"):
        if not m.group("partof") and not _BY.search(text, 0, m.start()):
            return None  # "in half", "the second half"; but "cut by half" is the size of a change
        value = _FRACTIONS[_key(m.group("frac"))]
        return value, value, "percent", "", 0.5
    if m.group("dozen"):
        value = float(_DOZEN[_key(m.group("dozen"))])
        return value, value, "count", unit, 0.5
    if m.group("vague"):
        low, high = _VAGUE[_key(m.group("vague"))]
        return float(low), float(high), "count", unit, 0.0
    if m.group("article"):  # "up to a metre", not the preposition of "under a bridge"
        return (1.0, 1.0, "count", unit, 0.0) if _key(m.group("approx")) in _BEFORE_ARTICLE else None
    raw = m.group("num")
    if re.fullmatch(r"0\d+", raw):
        return None  # "0600", "06": a clock time or a code, not an amount
    low = _number(raw)
    if low is None:
        return None
    high = _number(m.group("num2")) if m.group("num2") else low
    if high is None or high < low:
        return None
    mag = (m.group("mag") or m.group("mag1") or "").strip().lower()
    if mag in ("m", "b", "k") and not unit and not (mag == "m" and _COUNTED_MILLIONS.match(text, m.end())):
        mag = ""  # a bare "5m" may be metres: single-letter magnitudes only after a currency
    scale = _MAGNITUDE.get(mag, 1.0)
    tolerance = 0.5 * 10 ** -_decimals(raw) * scale
    if m.group("pct"):
        return low, high, "percent", "", tolerance
    if unit:
        return low * scale, high * scale, "money", unit, tolerance
    if not mag and _year_shaped(raw, m.group("num2")) and _looks_like_year(text, m.start(), m.end()):
        return low, high, "year", "", 0.0
    if _ID_BEFORE.search(text, 0, m.start()) or any(p.start() <= m.start() < p.end() for p in PHONE.finditer(text)):
        return low, high, "id", "", 0.0  # "reference 86", a phone number: "0300 123 5607"
    return low * scale, high * scale, "count", "", tolerance


def _year_shaped(raw: str, raw2: str | None) -> bool:
    """Whether a number, or both ends of a range, are written as years ("2017 to 2022")."""
    return all(re.fullmatch(r"(1[89]|20)\d\d", r) for r in (raw, raw2 or raw))


# Spellings of an approximation word that say the same: a fix between them is cosmetic.
_SPELLINGS = {"upto": "up to", "c.": "circa", "ca.": "circa"}


def _key(words: str) -> str:
    """Case, white space and spelling folded.

    >>> _key("Up  to"), _key("upto"), _key("c.")
    ('up to', 'up to', 'circa')
    """
    words = " ".join(words.lower().split())
    return _SPELLINGS.get(words, words)


_DOT_THOUSANDS = re.compile(r"\d{1,3}(?:\.\d{3})*\.000")  # "30.000": a European thousands separator


def _decimals(raw: str) -> int:
    if _DOT_THOUSANDS.fullmatch(raw):
        return 0
    raw = raw.replace(",", "")
    return len(raw.split(".")[1]) if "." in raw and raw.replace(".", "").isdigit() else 0


@lru_cache(maxsize=1024)
def _number(raw: str | None) -> float | None:
    if raw is None:
        return None
    digits = raw.replace(".", "") if _DOT_THOUSANDS.fullmatch(raw) else raw.replace(",", "")
    try:
        return float(digits)
    except ValueError:
        pass
    words = re.sub(r"[\s-]+", " ", raw.lower()).strip()
    try:
        from text_to_num import text2num

        return float(text2num(words, "en"))
    except (ImportError, ValueError):
        return None


_WORD_NUMBER = re.compile(rf"\b{_WORD_NUM}\b", re.IGNORECASE)
_MAGNITUDE_WORD = re.compile(r"hundred|thousand|million|billion", re.IGNORECASE)


def in_digits(text: str) -> str:
    """``text`` with its numbers in words written as digits, for telling a restyled
    number ("eleven" / "11") from a changed one.

    >>> in_digits("eleven of its thirty-four libraries, one in five, £4.2 million, two million")
    '11 of its 34 libraries, 1 in 5, £4.2 million, two million'
    """
    def spelt(m: re.Match) -> str:
        if _MAGNITUDE_WORD.search(m.group()):  # "4.2 million" is the unit rules' to fold
            return m.group()
        value = _number(m.group())
        return m.group() if value is None else f"{value:g}"

    return _WORD_NUMBER.sub(spelt, text)


_NEXT_WORD = re.compile(r"\s*([A-Za-z]+)")


def _looks_like_year(text: str, start: int, end: int) -> bool:
    """A four-digit number is a year unless a counted noun follows ("2000 troops"); after
    "the" a singular noun names an event of that year ("since the 2020 election").

    >>> [q.kind for q in quantities("since the 2020 election, the 2000 troops, the 1500 people")]
    ['year', 'count', 'count']
    >>> [q.kind for q in quantities("half its ice by 2060 even if, won by 2000 votes")]
    ['year', 'count']
    """
    m = _NEXT_WORD.match(text, end)
    if not m:
        return True
    word = m.group(1)
    singular = not word.lower().endswith("s") and word.lower() not in _PLURAL_WITHOUT_S
    if singular and (_THE_BEFORE.search(text, 0, start) or _WHEN_BEFORE.search(text, 0, start)):
        return True
    return word[0].isupper() or word.lower() in _function_words_for(lexicon("stopwords"))


_THE_BEFORE = re.compile(r"\b(?:the|its|their|this|that|last)\s+$", re.IGNORECASE)
# "by 2060 even if", "since 1998 only": after a preposition of time, a number that no
# plural noun follows is a year ("won by 2000 votes" counts)
_WHEN_BEFORE = re.compile(r"\b(?:in|by|since|until|till|before|after|from|through)\s+$", re.IGNORECASE)
# nouns counted in the plural without an -s ("the 1500 people")
_PLURAL_WITHOUT_S = frozenset({"people", "children", "men", "women", "police", "staff", "personnel", "cattle",
                               "sheep", "fish", "deer", "feet", "teeth", "mice", "geese", "data", "crew"})


@lru_cache(maxsize=4)
def _function_words_for(entries: tuple[str, ...]) -> frozenset[str]:
    return frozenset(entries) | {"when", "was", "were", "had", "will", "would", "saw", "marked"}
