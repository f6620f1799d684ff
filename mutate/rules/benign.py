"""Benign rules: rewording that keeps the meaning. The classifier reports them only
for a pair that has no other finding.

*Cosmetic* is what a copy editor changes without touching the story: punctuation,
case, white space, hyphenation, unit abbreviations ("$5.9bn" / "$5.9 billion", "per
cent" / "%", "1,480" / "1480") and British or American spelling of common words
("rumours" / "rumors"). A capitalised word is a name, and a changed name is never
cosmetic, however small the change ("FSB" -> "FB" is entity-changed).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from ..model import LinkKind, Pair
from .base import Evidence, rule, whole
from .quantities import in_digits

_FOLD = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'", "–": "-", "—": "-", "\u00a0": " ", "&": " and ",
                       "$": " usd ", "£": " gbp ", "€": " eur ", "¥": " jpy ", "₹": " inr ", "%": " pct "})
# Units of measure spelt out or abbreviated: "40-metre" / "40m", "12 kilometres" / "12km",
# "6,200 hectares" / "6,200 ha", "480 tonnes" / "480t", "24-inch" / "24in"
_MEASURES = ((r"\s*(?:square\s+(?:kilometre|kilometer)s?|sq\s?km|km²)", "km2"), (r"-?\s*hectares?\b", "ha"),
             (r"-?\s*(?:kilometre|kilometer)s?\b", "km"), (r"-?\s*(?:centimetre|centimeter)s?\b", "cm"),
             (r"-?\s*(?:millimetre|millimeter)s?\b", "mm"), (r"-?\s*(?:metre|meter)s?\b", "m"),
             (r"-?\s*(?:kilogram|kilogramme)s?\b", "kg"), (r"\s*miles per hour\b", "mph"),
             (r"-?\s*(?:tonne|ton)s?\b", "t"), (r"\s*(?:minute|min)s?\b", "min"), (r"\s*(?:hour|hr)s?\b", "h"),
             (r"\s*(?:second|sec)s?\b", "s"), (r"-?\s*(?:inch|inches)\b", "in"), (r"-?\s*(?:foot|feet)\b", "ft"),
             (r"-?\s*(?:gram|gramme)s?\b", "g"), (r"(?:st|nd|rd|th)\b", ""))  # "14th November" / "14 November"
_UNITS = ((r"bn\b", " billion"), (r"mn\b", " million"), (r"m\b", " million"), (r"k\b", " thousand"),
          (r"tn\b", " trillion"), (r"per cent\b", " pct"), (r"percent\b", " pct"), (r"pc\b", " pct"))
# British and American spellings of common words, folded one way (-our/-or, -ise/-ize,
# -yse/-yze, -tre/-ter, doubled l before -ed/-ing): lower-case words only.
_SPELLING = ((r"(?<=[a-z]{2})our(s|ed|ing|ite|ites|able)?\b", r"or\1"), (r"(?<=[a-z]{2})is(e|es|ed|ing|ation|ations)\b", r"iz\1"),
             (r"(?<=[a-z])ys(e|es|ed|ing)\b", r"yz\1"), (r"(?<=[a-z]{2})tre(s)?\b", r"ter\1"),
             (r"(?<=[aeiou])ll(ed|ing|er|ers)\b", r"l\1"), (r"(?<=[a-z])ogue\b", "og"), (r"\benquir", "inquir"))
_SPELLING_RE = tuple((re.compile(p), r) for p, r in _SPELLING)


def _spelling(text: str) -> str:
    """British spellings folded to American in lower-case text."""
    for pattern, repl in _SPELLING_RE:
        text = pattern.sub(repl, text)
    return text


@lru_cache(maxsize=1 << 14)
def surface(text: str) -> str:
    """Text with the differences that never matter folded away (case, quotes, spaces,
    hyphens, unit abbreviations, thousands separators, numbers in words, British/American
    spelling).

    >>> surface("$5.9bn") == surface("$5.9 billion")
    True
    >>> surface("Rumours of high-alert") == surface("rumors of high alert")
    True
    >>> surface("a 40-metre section") == surface("a 40m section")
    True
    >>> surface("eleven libraries, two kilometres") == surface("11 libraries, 2km")
    True
    >>> surface("rose 2% on 14 November to 312 grams") == surface("rose 2pc on 14th November to 312g")
    True
    >>> surface("set aside £150,000 for women aged 45 to 60") == surface("set aside £150k for women aged 45-60")
    True
    """
    folded = _spelling(_titles(in_digits(unicodedata.normalize("NFKC", text))).translate(_FOLD).casefold())
    folded = re.sub(r"(?<=\d),(?=\d{3}\b)", "", folded)
    folded = re.sub(r"\brs\.?\s*(?=\d)", " inr ", folded)  # "Rs 1,150 crore" / "₹1,150 crore"
    for pattern, repl in _MEASURES + _UNITS:
        folded = re.sub(r"(?<=\d)\s*" + pattern, repl, folded)
    folded = _SCALED.sub(_in_full, folded)  # "£150k" / "£150,000"
    folded = re.sub(r"(?<=\d)\s*(?:to|-)\s*(?=\d)", "-", folded)  # "aged 45 to 60" / "aged 45-60"
    return re.sub(r"[\s\W_]+", "", folded)


# Titles before a name, abbreviated or in full: "Cllr" / "Councillor", "Det Sgt" / "Detective Sergeant"
_TITLES = {"cllr": "Councillor", "det": "Detective", "sgt": "Sergeant", "insp": "Inspector", "supt": "Superintendent",
           "prof": "Professor", "capt": "Captain", "lt": "Lieutenant", "gen": "General", "col": "Colonel"}
_TITLE = re.compile(r"\b(" + "|".join(_TITLES) + r")\b\.?(?=\s+[A-Z])", re.IGNORECASE)


def _titles(text: str) -> str:
    """Titles before a name written out in full."""
    return _TITLE.sub(lambda m: _TITLES[m.group(1).lower()], text)


_SCALED = re.compile(r"(\d+(?:\.\d+)?) (thousand|million|billion)\b")


def _in_full(m: re.Match) -> str:
    value = float(m.group(1)) * {"thousand": 1e3, "million": 1e6, "billion": 1e9}[m.group(2)]
    return f"{value:.0f}" if value == int(value) else m.group()


def _names_kept(a: str, b: str) -> bool:
    """Whether every name on each side is spelled the same on the other (case aside):
    "president" -> "President" keeps it, "Labour" -> "Labor" does not."""
    from .names import names

    def norm(text: str) -> tuple[str, set[str]]:
        words = _titles(unicodedata.normalize("NFKC", text)).casefold().split()
        # whole words ("o'brien") and their parts, so a name glued to a figure ("NZ$4.6m") is found
        return text, ({re.sub(r"[\W_]+", "", w) for w in words} | {p for w in words for p in re.findall(r"[^\W_]+", w)}
                      | {p for w in words for p in re.findall(r"[^\W\d_]+", w)})  # "1.5C" / "1.5°C"

    for (text, _), (_, other) in ((norm(a), norm(b)), (norm(b), norm(a))):
        for s, e in names(text):
            name = re.sub(r"[\W_]+", "", unicodedata.normalize("NFKC", text[s:e])).casefold()
            if _TITLES.get(name, name).casefold() not in other:
                return False
    return True


def _reworded(pair: Pair) -> bool:
    return pair.link.kind in (LinkKind.MODIFIED, LinkKind.SPLIT, LinkKind.MERGED)


@rule(
    "cosmetic",
    bad=[
        ("The deal is worth $5.9 billion.", "The deal is worth $5.9bn."),
        ("He said “no”.", "He said \"no\"."),
        ("The  minister resigned.", "The minister resigned"),
        ("Rumours are circulating in Moscow.", "Rumors are circulating in Moscow."),
        ("The Kremlin is on high alert.", "The Kremlin is on high-alert."),
        ("Inflation hit 40 per cent.", "Inflation hit 40%."),
        ("A 40-metre section of the bridge fell.", "A 40m section of the bridge fell."),
        ("The fire has burned around 6,200 hectares.", "The fire has burned around 6,200 ha."),
        ("Departments had 2.3 million attendances.", "Departments had 2.3m attendances."),
        ("The Russian president is concerned.", "The Russian President is concerned."),
        ("The changes would save about NZ$4.6 million a year.", "The changes would save about NZ$4.6m a year."),
        ("Residents within about two kilometres were told to stay indoors.",
         "Residents within about 2km were told to stay indoors."),
        ("The council voted to close eleven of its 34 libraries.", "The council voted to close 11 of its 34 libraries."),
        ("The catch would fall to 480 tonnes, down from 600 tonnes.", "The catch would fall to 480t, down from 600t."),
        ("The 24-inch pipe split under the road.", "The 24in pipe split under the road."),
        ("The trust had set aside £150,000 for the purpose.", "The trust had set aside £150k for the purpose."),
        ("“It was a big step,” said Detective Sergeant Neil Bassett.", "“It was a big step,” said Det Sgt Neil Bassett."),
        ("The link was weaker in women who added milk and sugar.", "The link was weaker in women who added milk & sugar."),
        ("The stage was neutralised for 45 minutes.", "The stage was neutralised for 45 mins."),
        ("The yard won an order worth about Rs 1,150 crore.", "The yard won an order worth about ₹1,150 crore."),
        ("The pension fund reports a R2.3 billion loss.", "The pension fund reports a R2.3bn loss."),
    ],
    good=[
        ("The minister resigned.", "The minister quit."),
        ("The minister resigned.", "The minister resigned."),
        ("The FSB chief resigned.", "The FB chief resigned."),
        ("The deal is worth $5.9 billion.", "The deal is worth $9.5bn."),
        ("The yacht cost £430m.", "The yacht cost $430m."),
        ("Soldatov spoke to reporters.", "Soldatow spoke to reporters."),
        ("The Labour leader spoke.", "The Labor leader spoke."),
        ("The council voted to close eleven libraries.", "The council voted to close 12 libraries."),
        ("It cost A$5 million.", "It cost NZ$5 million."),
    ],
)
def cosmetic(pair: Pair):
    """Only punctuation, case, white space, spelling variants or unit abbreviations changed."""
    if _reworded(pair) and surface(pair.a) == surface(pair.b) and \
            _names_kept(pair.a, pair.b):
        yield Evidence("cosmetic change only", source=whole(pair.a), target=whole(pair.b))


@rule(
    "paraphrase",
    bad=[
        ("The minister resigned on Monday.", "On Monday the minister resigned."),
        ("Putin purged around 150 of his spies.", "Putin removed around 150 of his agents."),
        ("The storm flooded the harbour.", "The harbour was flooded by the storm."),
        ("Last month, two top FB officers were placed under house arrest by Putin.",
         "Putin placed two top officials in the FB under house arrest last month."),
        ("In addition, rumours are circulating about his health.", "Moreover, rumours are going around about his health."),
    ],
    good=[
        ("The deal is worth $5.9 billion.", "The deal is worth $5.9bn."),
        ("The minister resigned.", "The minister resigned."),
        ("Putin purged around 150 of his spies.", "Putin purged 300 of his spies."),
        ("The ministry did not confirm the arrests.", "The ministry confirmed the arrests."),
    ],
)
def paraphrase(pair: Pair):
    """Meaning-preserving rewording outside quotes."""
    if _reworded(pair) and surface(pair.a) != surface(pair.b):
        yield Evidence(f"reworded (similarity {pair.link.score:.2f})", source=whole(pair.a), target=whole(pair.b))


RULES = (cosmetic, paraphrase)
