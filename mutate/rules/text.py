"""Text helpers the rules share: cue lookup, quoted spans (speakers: :mod:`.speakers`).

Cue lists live in :mod:`mutate.lexicons`; here they become compiled patterns, cached
on the entries themselves so that a list extended from config is compiled anew. All
functions return local offsets into the string they are given.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..lexicons import lexicon


@lru_cache(maxsize=64)
def _cue_pattern(entries: tuple[str, ...]) -> re.Pattern[str]:
    alts = sorted((re.escape(e).replace(r"\ ", r"\s+") for e in entries), key=len, reverse=True)
    return re.compile(r"(?<![\w'’])(?:" + "|".join(alts) + r")(?![\w'’])", re.IGNORECASE)


def cues(name: str, text: str) -> list[tuple[int, int]]:
    """Spans of the entries of lexicon ``name`` found in ``text``.

    >>> cues("hedges", "Putin could face a coup, reportedly.")
    [(6, 16), (25, 35)]
    """
    return list(_find(lexicon(name), text))


@lru_cache(maxsize=1 << 15)  # a family repeats its sentences: find each list's cues in each once
def _find(entries: tuple[str, ...], text: str) -> tuple[tuple[int, int], ...]:
    return tuple(m.span() for m in _cue_pattern(entries).finditer(text))


def outside(spans: list[tuple[int, int]], marks: list[Quote]) -> list[tuple[int, int]]:
    """The spans that start outside every quotation in ``marks``."""
    return [s for s in spans if not any(q.start <= s[0] < q.end for q in marks)]


# "May" the month, not the modal: after a preposition, a day or "early"/"late", or before a
# day or a year ("in May", "14 May", "since May", "May 14", "May 2022"). A title-case
# headline's "Coffee May Reduce Risk" stays a modal.
_MONTH_MAY = re.compile(r"(?:\b(?:in|on|of|since|until|till|by|from|to|through|between|and|last|next|early|late|mid"
                        r"|this|that|each|every)\s+|\d\s+|\bmid-)May\b|\bMay\s+\d", re.IGNORECASE)


def month_may(text: str, span: tuple[int, int]) -> bool:
    """Whether the "may" at ``span`` is the month.

    >>> s = "Pelling will be sentenced on 14 May; talks may resume in May."
    >>> [month_may(s, (m.start(), m.end())) for m in re.finditer("(?i)may", s)]
    [True, False, True]
    """
    if text[span[0]:span[1]] != "May":
        return False
    return any(m.start() <= span[0] < m.end() for m in _MONTH_MAY.finditer(text, max(0, span[0] - 12), span[1] + 6))


_NT = re.compile(r"\w(n['’]t)\b", re.IGNORECASE)
_NOT_NEGATION = re.compile(r"\b(?:not\s+only|no\s+doubt|nothing\s+but|no\s+less\s+than|no\s+sooner)\b", re.I)


@lru_cache(maxsize=4)
def _with_manner(entries: tuple[str, ...]) -> re.Pattern[str] | None:
    """The lexicon's "... to" entries with a word of manner before their "to" ("refused
    point-blank to", "declined again to"), so the same verbs deny with or without it."""
    verbs = sorted((re.escape(e[:-3]).replace(r"\ ", r"\s+") for e in entries if e.endswith(" to")), key=len,
                   reverse=True)
    if not verbs:
        return None
    return re.compile(rf"(?<![\w'’])(?:{'|'.join(verbs)})\s+(?:point-blank|outright|again|\w+ly)\s+to\b",
                      re.IGNORECASE)


def negations(text: str) -> list[tuple[int, int]]:
    """Negation cues, including the "n't" of contractions, but not "not only" or "no doubt".

    >>> s = "He didn't deny it, not only once."
    >>> [s[a:b] for a, b in negations(s)]
    ["n't", 'deny']
    >>> s = "She refused point-blank to comment."
    >>> [s[a:b] for a, b in negations(s)]
    ['refused point-blank to']
    """
    masked = [m.span() for m in _NOT_NEGATION.finditer(text)]
    found = cues("negations", text) + [m.span(1) for m in _NT.finditer(text)]
    manner = _with_manner(lexicon("negations"))
    found += [m.span() for m in manner.finditer(text)] if manner else []
    return sorted(s for s in found if not any(a <= s[0] < b for a, b in masked))


def has_negation(text: str) -> bool:
    return bool(negations(text))


# "is said to be" hedges with no source; "was admitted to hospital" is a patient
# taken in, not a source admitting something
_HEARSAY = re.compile(r"\bsaid\s+to\s+(?:be|have)\b|\b(?:is|are|was|were|be|been|being)\s+(?:[a-z]+\s+){0,2}?admitted\b",
                      re.IGNORECASE)
_ESTIMATED = re.compile(r"\b(\w+)\s+(estimated)\b", re.IGNORECASE)
# words before "estimated" that make it an adjective or a passive with no one estimating
_NO_ESTIMATOR = frozenset({"a", "an", "the", "is", "are", "was", "were", "be", "been", "being",
                           "its", "their", "his", "her", "our", "this", "that"})


# Science news credits a finding to the work behind it: "a new UCL study finds",
# "research has shown", ", suggests a survey of 2,000 adults"; court and business news
# to its papers: ", court records show". A verb of finding is a
# reporting cue with one of these nouns as its subject, before it or after it.
_RESEARCH = (r"(?:study|studies|research|researchers|scientists|survey|analysis|trial|paper|review|data"
             r"|findings|results|figures|statistics|poll|polls|census|report|records|documents|filings"
             r"|investigations?|investigators|inquiry|inquest|audit|auditors|probe|inspection|inspectors"
             r"|assessment|evaluation|tests|experiments|modelling|modeling)")
_FINDS = (r"(?:finds?|found|shows?|showed|shown|suggests?|suggested|concludes?|concluded|demonstrates?|demonstrated"
          r"|points?\s+to|pointed\s+to)")
# A body's judgement credited to it by name: "classed as vulnerable by the International
# Union for Conservation of Nature", "rated inadequate by Ofsted".
JUDGED = r"(?:classed|classified|listed|rated|ranked|designated|assessed|graded)"
_CREDITS = (
    re.compile(rf"\b{_RESEARCH}\s+(?:(?:has|have|had|also|now)\s+)*({_FINDS})\b", re.IGNORECASE),
    re.compile(rf"\b({JUDGED})\s+(?:as\s+)?(?:[\w-]+\s+){{1,4}}?by\s+(?:the\s+)?[A-Z]"),
    re.compile(rf"[,;]\s*({_FINDS})\s+(?:(?:a|an|the|new|recent|latest|large|[A-Z][\w-]*)\s+){{0,4}}{_RESEARCH}\b",
               re.IGNORECASE),
)


def attribution_cues(text: str) -> list[tuple[int, int]]:
    """Reporting verbs and attribution phrases ("said", "according to", "reportedly"),
    and verbs of finding credited to research ("study shows", ", finds a new study");
    not the "said" of "is said to be", which is a hedge with no source, nor the end of
    a compound ("self-reported"). "estimated" is a cue only after the one who estimated
    ("analysts at Fjord Capital estimated"), never in "an estimated 150" or "it is
    estimated", which hedge a number.

    >>> s = "He is said to be ill, officials said."
    >>> [s[a:b] for a, b in attribution_cues(s)]
    ['said']
    >>> attribution_cues(s)[0][0] > 20
    True
    >>> s = "An estimated 150 left, it is estimated; analysts estimated 200."
    >>> [s[a:b] for a, b in attribution_cues(s)]
    ['estimated']
    >>> s = "Self-reported sleep fell, a new UCL study finds; research has shown it."
    >>> [s[a:b] for a, b in attribution_cues(s)]
    ['finds', 'shown']
    >>> s = "Prices fell 0.6%, the figures showed; the poll found the same."
    >>> [s[a:b] for a, b in attribution_cues(s)]
    ['showed', 'found']
    >>> s = "Leopards are classed as vulnerable by the IUCN; pupils were graded as usual."
    >>> [s[a:b] for a, b in attribution_cues(s)]
    ['classed']
    >>> s = "Suppliers overcharged, an investigation found; police found a car."
    >>> [s[a:b] for a, b in attribution_cues(s)]
    ['found']
    >>> s = "Children were more often admitted to hospital, the report found; he admitted it."
    >>> [s[a:b] for a, b in attribution_cues(s)]
    ['found', 'admitted']
    """
    masked = [m.span() for m in _HEARSAY.finditer(text)]
    found = cues("attribution", text) + cues("reporting_verbs", text) + _estimates(text)
    found += [m.span(1) for pattern in _CREDITS for m in pattern.finditer(text)]
    return sorted({c for c in found if not any(a <= c[0] < b for a, b in masked) and text[c[0] - 1:c[0]] != "-"})


_VOWELS = re.compile(r"[aeiouy]+")


def inflections(verb: str) -> tuple[str, ...]:
    """The regular forms of ``verb``: -s, -ed and -ing, doubling the last consonant of a
    one-syllable verb ("slam" -> "slammed"). Irregular forms ("rose", "cut") are listed
    as entries of their own.

    >>> inflections("slash"), inflections("axe")
    (('slashes', 'slashed', 'slashing'), ('axes', 'axed', 'axing'))
    >>> inflections("slam"), inflections("plummet")
    (('slams', 'slammed', 'slamming'), ('plummets', 'plummeted', 'plummeting'))
    """
    if verb.endswith("e"):
        return (verb + "s", verb + "d", verb[:-1] + "ing")
    if re.search(r"(?:s|sh|ch|x|z)$", verb):
        return (verb + "es", verb + "ed", verb + "ing")
    if re.search(r"[^aeiou]y$", verb):
        return (verb[:-1] + "ies", verb[:-1] + "ied", verb + "ing")
    stem = verb
    if len(_VOWELS.findall(verb)) == 1 and re.search(r"[^aeiou][aeiou][^aeiouwxy]$", verb):
        stem = verb + verb[-1]
    return (verb + "s", stem + "ed", stem + "ing")


def _estimates(text: str) -> list[tuple[int, int]]:
    return [m.span(2) for m in _ESTIMATED.finditer(text) if m.group(1).lower() not in _NO_ESTIMATOR]


@lru_cache(maxsize=8)
def _scales(entries: tuple[str, ...]) -> dict[str, tuple[int, str]]:
    """Word -> (level, scale); an entry marked ``verb`` in a fourth column brings its
    regular inflections, so a list names "slash" once and still finds "slashed"."""
    out: dict[str, tuple[int, str]] = {}
    inflected: dict[str, tuple[int, str]] = {}
    for entry in entries:
        word, level, scale, kind = (entry.split("\t") + ["2", "degree", ""])[:4]
        word = " ".join(word.lower().split())
        out[word] = (int(level or 2), scale.strip() or "degree")
        if kind.strip() == "verb":
            inflected.update(dict.fromkeys(inflections(word), out[word]))
    return inflected | out  # a word listed on its own keeps its own level


_DETERMINED = re.compile(r"(?:the|this|that|his|her|its|their)\s+$", re.IGNORECASE)


# A focusing adverb before a figure says the figure is remarkably small ("decided by
# just 57 votes", "a mere 3%"), Quirk et al.'s restrictive focusing subjuncts; elsewhere
# "just" and "only" are time words or limits ("just announced", "the only school").
_FOCUSED_FIGURE = re.compile(
    r"(?<!\bnot )\b(?:just|only|a\s+mere|mere|merely|a\s+whopping|whopping)"
    r"(?=\s+(?:[£$€]\s?\d|\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+dozen|a\s+handful)\b))",
    re.IGNORECASE)


# "most" that ends its clause grades the verb ("will hurt the poorest families most"),
# as "hardest" does; elsewhere it counts ("most people")
_MOST_LAST = re.compile(r"\bmost(?=\s*(?:[,.;:!?”\"’)]|$))", re.IGNORECASE)
# "much" and "far" grade a comparative ("much tougher penalties", "far higher"), not "much of"
_MUCH_MORE = re.compile(
    r"(?<!\bhow )(?<!\bnot )(?<!\bso )(?<!\bas )(?<!\btoo )\b(?:much|far)(?=\s+(?:more|less|worse|better|[a-z]{2,}ier"
    r"|(?!(?:water|power|number|other|under|over|after|never|ever|order|matter|paper|winter|summer|danger)\b)[a-z]{3,}er)\b)",
    re.IGNORECASE)
# "declined to comment" is a refusal, not a fall ("sales declined to 3%", "to their lowest")
_REFUSAL = re.compile(r"\s+to\s+(?!(?:the|their|its|a|an|his|her|our|levels?|lows?|around|about|just)\b)[a-z]",
                      re.IGNORECASE)


def degree(text: str) -> list[tuple[int, int, int, str]]:
    """Degree words in ``text`` as (start, end, level, scale); "the very first" is not one,
    nor "the only two" (a focusing word counts before a figure it stresses), nor the
    "declined" of "declined to comment"; "most" counts where it ends a clause.

    >>> degree("extremely concerned, the very first, prices soared")
    [(0, 9, 3, 'degree'), (10, 19, 1, 'feeling'), (44, 50, 3, 'rise')]
    >>> degree("won by just 57 votes, the only two seats, just announced")
    [(7, 11, 2, 'degree')]
    >>> degree("He declined to comment; sales declined to 3%.")
    [(30, 38, 1, 'fall')]
    >>> degree("It will hurt poor families most, most people say.")
    [(27, 31, 2, 'degree')]
    >>> degree("We want much tougher penalties; much of the town, as much water, far off.")
    [(8, 12, 2, 'degree')]
    """
    return list(_degree(lexicon("intensifiers"), text))


@lru_cache(maxsize=1 << 14)
def _degree(entries: tuple[str, ...], text: str) -> tuple[tuple[int, int, int, str], ...]:
    scales = _scales(entries)
    out = []
    for m in _cue_pattern(tuple(scales)).finditer(text):
        word = " ".join(m.group().lower().split())
        if word == "very" and _DETERMINED.search(text, 0, m.start()):
            continue
        if word.startswith("declin") and _REFUSAL.match(text, m.end()):
            continue
        out.append((m.start(), m.end(), *scales[word]))
    out += [(m.start(), m.end(), 2, "degree") for m in _FOCUSED_FIGURE.finditer(text)
            if not _DETERMINED.search(text, 0, m.start())]
    out += [(m.start(), m.end(), 2, "degree") for m in _MOST_LAST.finditer(text)]
    out += [(m.start(), m.end(), 2, "degree") for m in _MUCH_MORE.finditer(text)
            if not any(s <= m.start() < e for s, e, *_ in out)]
    return tuple(sorted(out))


# ---------------------------------------------------------------- quotations

@dataclass(frozen=True)
class Quote:
    """A quoted span: ``start``/``end`` include the marks, ``inner`` excludes them.

    ``open`` is a quotation that runs on past the end of the text (a quote continued in
    the next sentence or paragraph); ``continued`` one that began before the text.
    """

    start: int
    end: int
    inner: tuple[int, int]
    open: bool = False
    continued: bool = False

    def text(self, s: str) -> str:
        return s[self.inner[0]:self.inner[1]]


_MARK = re.compile(r"[“”‘’\"'«»\n]")
_POSSESSIVE = re.compile(r"['’]s\b")
_CLOSER = {"“": "”", "«": "»", "‘": "’", '"': '"', "'": "'"}


def quotes(text: str) -> list[Quote]:
    """Quoted spans of ``text``, outermost only: curly, straight, single and guillemet
    marks, nested quotes, quotes that run on past the text or began before it.

    >>> s = 'He said “very concerned” and left.'
    >>> [q.text(s) for q in quotes(s)]
    ['very concerned']
    >>> s = '“He faced criticism over his “special operation” in Ukraine,” he said.'
    >>> [q.text(s) for q in quotes(s)]
    ['He faced criticism over his “special operation” in Ukraine,']
    >>> s = 'There was clearly an error in judgment.” Then he left.'
    >>> [(q.text(s), q.continued) for q in quotes(s)]
    [('There was clearly an error in judgment.', True)]
    >>> s = "Putin’s ‘deputy’ and the Soviets' plans, 'we will win,' he said"
    >>> [q.text(s) for q in quotes(s)]
    ['deputy', 'we will win,']
    """
    return list(_scan(text))


@lru_cache(maxsize=8192)
def _scan(text: str) -> tuple[Quote, ...]:
    out: list[Quote] = []
    stack: list[tuple[str, int]] = []  # (closing mark awaited, offset of the opening mark)

    def emit(start: int, end: int, inner_end: int, runs_on: bool = False) -> None:
        continued = start < 0
        start = max(start, 0)
        inner = (start if continued else start + 1, inner_end)
        if text[inner[0]:inner[1]].strip():
            out.append(Quote(start, end, inner, open=runs_on, continued=continued))

    for m in _MARK.finditer(text):
        ch, i = m.group(), m.start()
        before = text[i - 1] if i else " "
        after = text[i + 1] if i + 1 < len(text) else " "
        awaited = [k for k, (c, _) in enumerate(stack) if c == ch]
        if ch == "\n":
            if stack:  # a paragraph ends inside a quote: it runs on (news style reopens it)
                emit(stack[0][1], i, i, runs_on=True)
                stack.clear()
        elif ch in "’'" and ((before.isalnum() and (after.isalnum() or not awaited)) or _POSSESSIVE.match(text, i)):
            continue  # an apostrophe: Putin’s, don't, the Soviets' plans, a possessive 's
        elif ch in "”»’'" or (ch == '"' and awaited):
            if awaited:
                start = stack[0][1]
                del stack[awaited[-1]:]
                if not stack:
                    emit(start, i + 1, i)
            elif ch in "”»" and not out:
                emit(-1, i + 1, i)  # a closing mark with no opener: the text began inside a quote
                if stack:
                    stack.clear()
            elif ch == "'" and not before.isalnum() and after.isalnum():
                stack.append((ch, i))
        elif ch == "‘":
            if not before.isalnum():
                stack.append(("’", i))
        elif ch == '"' and (before.isdigit() or (not text[:i].strip() and (after.isspace() or after in ",.;:"))):
            continue  # not an opening mark: inches (5"), or the close of a quote before the text
        else:
            stack.append((_CLOSER[ch], i))
    if stack:
        end = len(text.rstrip())
        emit(stack[0][1], end, end, runs_on=True)
    return tuple(out)


def inside_quotes(text: str, span: tuple[int, int]) -> bool:
    return any(q.start <= span[0] and span[1] <= q.end for q in quotes(text))
