"""Who a claim is credited to, read from one side's words.

A side's attribution is its cues outside quotation marks: reporting verbs ("said",
"told", ``lexicons/reporting_verbs.txt``) and phrases ("according to", "reportedly",
``lexicons/attribution.txt``). Its sources are the names after "according to" and
around reporting verbs ("Soldatov said", "told Sky News"), the common noun heading a
reporting verb's subject ("engineers said", "the company said"), and source nouns
("analysts", ``lexicons/sources.txt``). Words inside a quote are the speaker's, not
the outlet's. The attribution rules (:mod:`mutate.rules.attribution`) compare what
the two sides say here.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..lexicons import derived, lexicon
from .text import JUDGED, attribution_cues, cues, outside, quotes

_NAME = r"[A-Z][\w’'.&-]*(?:\s+(?:of|for|the|and|on)?\s*[A-Z][\w’'.&-]*)*"
_PREPOSITION = r"(?:in|of|at|from|on|for|by|with|to|and|or)\b"
# verbs that credit a claim to its subject, opinions ("believe", "caution", "fear") included
_VERBS = (r"said|says|say|told|explained|warned|claimed|reported|reports|assured|added|insisted|wrote|estimated"
          r"|believes?|believed|cautions?|cautioned|argues|argued|fears?|feared|described|noted|estimates?")
_AUX = r"(?:(?:has|have|had)\s+)?"  # "Business groups have warned"
_SOURCE_PATTERNS = (
    # "according to the data provider Ratewise": a name after a short description
    re.compile(rf"\b[Aa]ccording to\s+(?:the\s+|a\s+)?(?:(?!{_PREPOSITION})[a-z][\w-]*\s+){{0,3}}?[‘'“\"]?({_NAME})"),
    re.compile(rf"({_NAME})\s+{_AUX}(?:{_VERBS})\b"),
    # "The West Clyde Roads Authority, which owns the bridge, said"
    re.compile(rf"({_NAME}),\s+(?:which|who|the|a|an)\s[^,;:.!?“”\"]{{1,80}},\s+(?:{_VERBS})\b"),
    # "..., said Soldatov": after a comma or a quote; in "The inquiry said the Roads
    # Authority had cut" the name is the subject of the claim, not its source
    re.compile(rf"(?:^|[,;:“”\"‘’']\s*)(?:{_VERBS})\s+(?:the\s+)?({_NAME})"),
    re.compile(rf"\b(?:told|explained to|(?i:speaking) to|said to|assured)\s+(?:(?i:the)\s+)?({_NAME})"),
    # "published on Thursday by the Health Data Office"
    re.compile(rf"\b(?:reported|published|revealed|announced|quoted|cited)(?:\s+(?:on|in|at|this|last)\s+[\w-]+)?"
               rf"\s+by\s+(?:the\s+)?({_NAME})"),
    # "classed as vulnerable by the International Union for Conservation of Nature"
    re.compile(rf"\b{JUDGED}\s+(?:as\s+)?"
               rf"(?:[\w-]+\s+){{1,4}}?by\s+(?:the\s+)?({_NAME})"),
    # "said a spokesperson for the Western Lights Board": the body spoken for
    re.compile(rf"\b(?:spokes(?:person|man|woman)|representative)\s+for\s+(?:the\s+)?({_NAME})"),
)
# a common noun credited: ", engineers said", "the company said", "Her spokesman said",
# "Health officials believe", "according to people familiar with the talks"
_NOUN_SOURCE = re.compile(
    rf"(?:^(?:[A-Za-z][\w-]*\s+)?|(?:[,;:]\s+|\b(?i:the|a|an|her|his|its|their|other|some)\s+)(?P<mod>(?:(?!(?:a|an|the)\s)[a-z][\w-]*(?:['’]s?)?\s+){{1,2}})?)"
    rf"(?P<noun>[a-z][\w-]*)\s+{_AUX}(?:{_VERBS})\b")  # "a teachers' union said"
# a group of people opening the sentence as the subject of a reporting verb
# ("Passengers described being held ...", "Witnesses said")
_PEOPLE_OPENING = re.compile(rf"^(?P<mod>)(?P<noun>[A-Z][a-z]+s)\s+{_AUX}(?:{_VERBS})\b")
# A spokesperson is known by the body before the word ("a board spokesperson", "a
# police spokesman"): a different body is a different source.
_SPEAKS_FOR = frozenset({"spokesperson", "spokesman", "spokeswoman", "spokespeople", "representative"})
_RANKS = frozenset({"senior", "junior", "former", "unnamed", "chief", "deputy", "official", "another", "second"})
# "according to" a description with no name: its first source noun ("numerous
# commentators"), or a word that ends the phrase or takes a complement ("the
# prosecution,", "people familiar with the talks", "sources close to the club"), past
# an owner ("the city’s public health team")
_ACCORDING_TO_NOUNS = re.compile(
    r"\b[Aa]ccording to\s+(?:the\s+|a\s+)?(?:[a-z][\w-]*['’]s\s+)?((?:[a-z][\w-]*\s+){0,5}[a-z][\w-]*)")
_HEAD_ENDS = re.compile(rf"\s*(?:[,.;:)]|$|\s(?:familiar|close|briefed|{_PREPOSITION}))")
_DESCRIBED = re.compile(r"\b(?i:the)\s+(?:[a-z][\w-]*\s+)?$")
_GENERIC = {"he", "she", "they", "it", "the", "a", "an", "this", "that", "but", "and", "in", "as", "i", "we",
            "who", "which", "also", "then", "had", "has", "have", "was", "were", "later", "previously", "her", "his"}
NEAR = 25  # characters around a reporting cue where its source is named


def cues_outside_quotes(text: str) -> list[tuple[int, int]]:
    return outside(attribution_cues(text), quotes(text))


def sources(text: str) -> dict[str, tuple[int, int]]:
    """Sources credited in ``text`` (lower-cased name -> span): names, and the common
    noun that heads the subject of a reporting verb.

    >>> sorted(sources("Soldatov told The Center for European Policy Analysis."))
    ['center for european policy analysis', 'soldatov']
    >>> sorted(sources("It could take weeks, the mining company said."))
    ['company']
    >>> sorted(sources("It is too early to say, a board spokesperson said."))
    ['board spokesperson']
    >>> sorted(sources("Hospitals were not affected, a teachers' union said."))
    ['union']
    >>> sorted(sources("Passengers described being held on the tarmac."))
    ['passengers']
    >>> sorted(sources("The regional environment department said so, said a spokesperson for the Lights Board."))
    ['department', 'lights board']
    >>> sorted(sources("Talks could resume, according to people familiar with them."))
    ['people']
    >>> sorted(sources("According to numerous commentators and media sources, Putin will go."))
    ['commentators media sources']
    >>> sorted(sources("According to the prosecution, he moved the money."))
    ['prosecution']
    >>> sorted(sources("Deaths rose, according to the city’s public health team."))
    ['team']
    >>> sorted(sources("Putin will go, according to rumors circulating in Moscow."))
    []
    >>> sorted(sources("Health officials believe uptake fell, according to the data provider Ratewise."))
    ['officials', 'ratewise']
    >>> sorted(sources("The Roads Authority, which owns the bridge, said it had cut costs."))
    ['roads authority']
    >>> sorted(sources("The inquiry said the Roads Authority had cut costs."))
    ['inquiry']
    >>> sorted(sources("Business groups have warned that trade could fall; the Chamber of Commerce has warned too."))
    ['chamber of commerce', 'groups']
    """
    marks = quotes(text)
    found: dict[str, tuple[int, int]] = {}
    for pattern in _SOURCE_PATTERNS:
        for m in pattern.finditer(text):
            if any(q.inner[0] <= m.start(1) < q.inner[1] for q in marks):
                continue
            name = re.sub(r"^(the|a)\s+", "", m.group(1).strip("’'.").lower())
            if name and name not in _GENERIC:
                found.setdefault(name, (m.start(1), m.start(1) + len(m.group(1).rstrip("’'."))))
    for m in (*_NOUN_SOURCE.finditer(text), *_PEOPLE_OPENING.finditer(text)):
        noun, body = m.group("noun").lower(), (m.group("mod") or "").strip().lower()
        if noun in _GENERIC or noun.endswith("ly") or any(q.start <= m.start("noun") < q.end for q in marks):
            continue
        if noun in _SPEAKS_FOR and body and body not in _RANKS:
            found.setdefault(f"{body} {noun}", (m.start("mod"), m.end("noun")))
        else:
            found.setdefault(noun, m.span("noun"))
    for m in _ACCORDING_TO_NOUNS.finditer(text):
        words = list(re.finditer(r"[a-z][\w-]*", m.group(1)))
        heads = [w for w in words if w.group().rstrip("s") in source_nouns()]  # every one: "commentators and media"
        if not heads:
            heads = [w for w in words[:3] if _HEAD_ENDS.match(text, m.start(1) + w.end())
                     and not (w.start() > 0 and w.group().endswith("ing"))][:1]  # not "rumors circulating in"
        if heads:  # one source, however many nouns describe it ("media reports" ~ "media sources")
            name = " ".join(w.group() for w in heads)
            found.setdefault(name, (m.start(1) + heads[0].start(), m.start(1) + heads[-1].end()))
    return found


def described(text: str, span: tuple[int, int]) -> bool:
    """Whether the source at ``span`` is a definite description ("the company"), which
    may be a named source of the other side written another way."""
    return text[span[0]].islower() and bool(_DESCRIBED.search(text[:span[0]]))


def source_words(text: str) -> set[str]:
    """Every word that names a source: named sources, and source nouns ("analysts")
    next to an attribution cue ("Police arrested 12, a spokesman said": the spokesman).

    >>> sorted(source_words("Police arrested 12 people, a spokesman said."))
    ['spokesman']
    """
    named = {w for name in sources(text) for w in name.split() if len(w) > 3}
    near = [(c[0] - NEAR, c[1] + NEAR) for c in cues_outside_quotes(text)]
    nearby = {text[s:e].lower().rstrip("s") for s, e in outside(cues("sources", text), quotes(text))
              if any(lo <= s < hi for lo, hi in near)}
    return named | nearby


@derived
@lru_cache(maxsize=1)
def source_nouns() -> frozenset[str]:
    """The source nouns of ``lexicons/sources.txt``, singular ("analyst", "official")."""
    return frozenset(n.rstrip("s") for n in lexicon("sources"))


# The kinds of body or document a name can say it is ("the National Cyber Security
# Centre", "Belgian police", "the Hale Report"): a description of another kind ("the
# company") is another source, and so is a name that says no kind for a description of
# one of these ("the ruling" is not "the EPA", "the council" is not "Greenvale").
KINDS = frozenset({"centre", "center", "office", "police", "service", "ministry", "department", "agency",
                   "council", "court", "university", "institute", "commission", "authority", "museum",
                   "hospital", "union", "federation", "association", "society", "foundation", "school",
                   "ruling", "judgment", "report", "study", "survey", "review", "audit", "filing", "record",
                   "document", "statement", "team"})


def kind(text: str, span: tuple[int, int]) -> str | None:
    """The kind of body or document the name at ``span`` says it is: its last word, or the noun
    right after it ("Belgian police"), when that is one of :data:`KINDS`.

    >>> kind("the National Cyber Security Centre said", (4, 34)), kind("according to Belgian police", (13, 20))
    ('centre', 'police')
    >>> kind("Nordlys said", (0, 7)) is None
    True
    """
    last = text[span[0]:span[1]].split()[-1].lower()
    after = re.match(r"\s+([a-z]+)", text[span[1]:])
    for word in (last, after.group(1) if after else ""):
        found = word if word in KINDS else word.rstrip("s")  # "police", "services"
        if found in KINDS:
            return found
    return None
