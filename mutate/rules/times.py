"""Time references in news text: dates, weekdays, months, seasons and relative times.

"5 May 2022", "May 5", "2022-05-05", "on the 20th", "on Monday", "on Tuesday morning",
"at 3am", "last month",
"earlier this week", "yesterday", "three days ago", "in the past 24 hours". Each gets
a key that says what it points at, with the fields a text may leave out set to
``None``, so "in February" and "in February 2022" agree and "last month" and "last
week" do not.
A bare year ("in 1998") is not here: labels.md counts it as a number.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december")
_MONTH_ABBR = {m[:3]: i + 1 for i, m in enumerate(MONTHS)} | {"sept": 9}
_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December|" \
         r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_ORDINAL = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)"
_UNIT = r"(?:hours?|days?|weeks?|weekends?|months?|years?|decades?|centuries|century|nights?|mornings?|evenings?)"
_SEASON = r"(?:spring|summer|autumn|fall|winter)"
_COUNT = r"(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+few|several)"
# "by the end of the year" is this year's end, "the end of next year" another
_REL = (r"(?:last|next|this|past|previous|coming|following|earlier\s+this|later\s+this|early\s+this|late\s+last"
        r"|(?:(?<=end of )|(?<=start of )|(?<=rest of ))the)")

_PATTERNS = (
    ("iso", r"\b(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})\b"),
    ("dmy", rf"\b(?P<d>{_DAY})\s+(?:of\s+)?(?P<mon>{_MONTH})(?:,?\s+(?P<y>\d{{4}}))?\b"),
    ("mdy", rf"\b(?P<mon>{_MONTH})\s+(?P<d>{_DAY})(?!\d)(?:,?\s+(?P<y>\d{{4}}))?\b"),
    ("my", rf"\b(?:(?P<part>early|mid|late)[\s-]+)?(?P<mon>{_MONTH})(?:\s+(?P<y>\d{{4}}))?\b"),
    ("weekday", rf"\b(?:(?P<rel>(?i:last|next|this|on))\s+)?(?P<wd>{_WEEKDAY})\b"
                rf"(?:\s+(?P<part>(?i:morning|afternoon|evening|night))\b)?"),
    # a time of day: "at about 3am", "10.30pm", "9:15 a.m."
    ("clock", r"(?i:\b(?P<h>1[0-2]|0?[1-9])(?:[.:](?P<min>[0-5]\d))?\s?(?P<ampm>[ap]\.?m\b\.?))"),
    ("ago", rf"(?i:\b(?P<n>{_COUNT})\s+(?P<unit>{_UNIT})\s+ago\b)"),
    # a time from now: "due in six weeks", "within 14 days"
    ("hence", rf"(?i:\b(?:in|within)\s+(?:(?:about|around|approximately|roughly)\s+)?(?P<n>{_COUNT})\s+(?P<unit>{_UNIT})\b)"),
    ("span", rf"(?i:\b(?P<rel>last|past|previous|next|coming|first|final)\s+(?P<n>\d+|few|several|two|three)"
             rf"\s+(?P<unit>{_UNIT})\b)"),
    ("rel", rf"(?i:\b(?P<rel>{_REL})\s+(?P<unit>{_UNIT}|{_SEASON})\b)"),
    ("day", r"(?i:\b(?P<word>yesterday|today|tonight|tomorrow|overnight)\b)"),
    # a day of the month alone: "on the 20th", "(19th)"; not "the 19th century", "the 2nd place"
    ("dom", rf"\(\s*(?P<d>{_ORDINAL})\s*\)|\bthe\s+(?P<d2>{_ORDINAL})\b(?![\s-]*[A-Za-z])"),
    ("season", rf"(?i:\b(?:in|during)\s+(?:the\s+)?(?P<season>{_SEASON})(?:\s+of\s+(?P<y>\d{{4}}))?\b)"),
)
_TIME = re.compile("|".join(f"(?P<k_{name}>{p.replace('(?P<', f'(?P<{name}_')})" for name, p in _PATTERNS))
_SAME = {"past": "last", "previous": "last", "coming": "next", "following": "next", "fall": "autumn",
         "earlier this": "this", "later this": "this", "early this": "this", "late last": "last", "the": "this"}


@dataclass(frozen=True)
class TimeRef:
    start: int
    end: int
    key: tuple  # (kind, fields...); None is a field the text left open
    text: str

    def agrees(self, other: TimeRef) -> bool:
        """Same kind and no field that both give differs ("May" agrees with "5 May 2022")."""
        if self.key[0] != other.key[0] or len(self.key) != len(other.key):
            return False
        return all(a is None or b is None or a == b for a, b in zip(self.key[1:], other.key[1:]))


@lru_cache(maxsize=8192)
def times(text: str) -> tuple[TimeRef, ...]:
    """Every time reference in ``text``.

    >>> [t.key for t in times("Last month, and on 5 May 2022, and in the past 24 hours")]
    [('rel', 'last', 'month'), ('date', 2022, 5, 5), ('span', 'last', '24', 'hour')]
    >>> [t.key for t in times("by the end of the year, not the end of next year")]
    [('rel', 'this', 'year'), ('rel', 'next', 'year')]
    >>> times("She may go in 1998.")
    ()
    >>> [t.key for t in times("at about 3am on Saturday afternoon, not 10.30pm")]
    [('clock', 3, 0), ('weekday', 'saturday', None, 'afternoon'), ('clock', 22, 30)]
    """
    out = []
    for m in _TIME.finditer(text):
        kind = next(k[2:] for k, v in m.groupdict().items() if k.startswith("k_") and v is not None)
        g = {k[len(kind) + 1:]: v for k, v in m.groupdict().items() if k.startswith(kind + "_") and v is not None}
        key = _key(kind, g, text, m)
        if key is not None:
            out.append(TimeRef(m.start(), m.end(), key, m.group()))
    return tuple(out)


def _key(kind: str, g: dict, text: str, m: re.Match) -> tuple | None:
    low = {k: " ".join(v.lower().split()) for k, v in g.items()}
    year = int(g["y"]) if "y" in g else None
    if kind == "iso":
        return ("date", year, int(g["m"]), int(g["d"]))
    if kind in ("dmy", "mdy", "my"):
        month = _month(low["mon"])
        if kind == "my" and month == 5 and not year and not g.get("part") and not _capital_may(text, m.start()):
            return None  # "may" the modal
        day = int(re.match(r"\d+", g["d"]).group()) if "d" in g else None
        return ("date", year, month, day)
    if kind == "dom":
        return ("date", None, None, int(re.match(r"\d+", g.get("d") or g["d2"]).group()))
    if kind == "weekday":
        rel = low.get("rel")
        return ("weekday", low["wd"], None if rel in (None, "on") else rel, low.get("part"))
    if kind == "clock":
        hour = int(g["h"]) % 12 + (12 if low["ampm"].startswith("p") else 0)
        return ("clock", hour, int(g.get("min", 0)))
    if kind in ("ago", "hence"):
        return (kind, low["n"], _unit(low["unit"]))
    if kind == "span":
        return ("span", _SAME.get(low["rel"], low["rel"]), low["n"], _unit(low["unit"]))
    if kind == "rel":
        return ("rel", _SAME.get(low["rel"], low["rel"]), _SAME.get(_unit(low["unit"]), _unit(low["unit"])))
    if kind == "day":
        return ("day", low["word"])
    if kind == "season":
        return ("season", _SAME.get(low["season"], low["season"]), year)
    return None


def _month(word: str) -> int:
    word = word.rstrip(".")
    return MONTHS.index(word) + 1 if word in MONTHS else _MONTH_ABBR[word[:4] if word == "sept" else word[:3]]


def _unit(word: str) -> str:
    word = word.lower()
    return "century" if word.startswith("centur") else word.rstrip("s")


def _capital_may(text: str, at: int) -> bool:
    """"May" the month is capitalised and not the first word of a sentence."""
    return text[at] == "M" and at > 0 and not re.search(r"(?:^|[.!?“\"]\s*)$", text[:at])


def pinned(text: str, date: TimeRef, refs: tuple[TimeRef, ...]) -> TimeRef | None:
    """The reference that ``date`` gives a date to, written right beside it: "Sunday
    (20th)", "Monday 9 October 2006", "this evening, the 19th".

    >>> text = "into Sunday (20th)."
    >>> refs = times(text)
    >>> pinned(text, refs[1], refs).text
    'Sunday'
    """
    if date.key[0] != "date":
        return None
    for ref in refs:
        gap = text[ref.end:date.start] if ref.end <= date.start else text[date.end:ref.start]
        if ref is not date and ref.key[0] != "date" and re.fullmatch(r"[\s,(]*", gap):
            return ref
    return None


def date_spans(text: str) -> list[tuple[int, int]]:
    """Spans of the time references: numbers inside them are not quantities."""
    return [(t.start, t.end) for t in times(text)]
