"""Attribution rules: who a claim is credited to, and whether it still is.

A side's attribution is its cues outside quotation marks: reporting verbs ("said",
"told", ``lexicons/reporting_verbs.txt``) and phrases ("according to", "reportedly",
``lexicons/attribution.txt``). Its sources are the names after "according to" and
around reporting verbs ("Soldatov said", "told Sky News"), the common noun heading a
reporting verb's subject ("engineers said", "the company said"), and source nouns
("analysts", ``lexicons/sources.txt``). Words inside a quote are the speaker's, not
the outlet's; and a claim still inside quotation marks is still someone's words, so
it has not become the outlet's own.

A claim has lost its attribution when the source side has a cue, the target has none,
and none of the source's sources is still named: "Analysts said X" -> "Analysts now
believe X" keeps it. It has lost it too when the words cut are just the tag that
credited it (", according to a report by the county engineer").
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..lexicons import derived, lexicon
from ..model import LinkKind, Pair
from .base import Evidence, rule
from .edits import evidence_in, local_edit, op_at
from .names import same_place
from .speakers import speaker
from .text import attribution_cues, cues, outside, quotes

_COMPARED = (LinkKind.MODIFIED, LinkKind.SPLIT, LinkKind.MERGED)
_NAME = r"[A-Z][\w’'.&-]*(?:\s+(?:of|for|the|and|on)?\s*[A-Z][\w’'.&-]*)*"
_PREPOSITION = r"(?:in|of|at|from|on|for|by|with|to|and|or)\b"
# verbs that credit a claim to its subject, opinions ("believe", "caution") included
_VERBS = (r"said|says|say|told|explained|warned|claimed|reported|reports|assured|added|insisted|wrote|estimated"
          r"|believes?|believed|cautions?|cautioned|argues|argued")
_SOURCE_PATTERNS = (
    # "according to the data provider Ratewise": a name after a short description
    re.compile(rf"\b[Aa]ccording to\s+(?:the\s+|a\s+)?(?:(?!{_PREPOSITION})[a-z][\w-]*\s+){{0,3}}?[‘'“\"]?({_NAME})"),
    re.compile(rf"({_NAME})\s+(?:{_VERBS})\b"),
    re.compile(rf"\b(?:{_VERBS})\s+(?:the\s+)?({_NAME})"),
    re.compile(rf"\b(?:told|explained to|(?i:speaking) to|said to|assured)\s+(?:(?i:the)\s+)?({_NAME})"),
    re.compile(rf"\b(?:reported|published|revealed|announced|quoted|cited)\s+by\s+(?:the\s+)?({_NAME})"),
)
# a common noun credited: ", engineers said", "the company said", "Her spokesman said",
# "Health officials believe", "according to people familiar with the talks"
_NOUN_SOURCE = re.compile(
    rf"(?:^(?:[A-Za-z][\w-]*\s+)?|(?:[,;:]\s+|\b(?i:the|a|an|her|his|its|their|other|some)\s+)(?:[a-z][\w-]*\s+)?)"
    rf"([a-z][\w-]*)\s+(?:{_VERBS})\b")
# "according to" a description with no name: its first source noun ("numerous
# commentators"), or a word that ends the phrase or takes a complement ("the
# prosecution,", "people familiar with the talks", "sources close to the club")
_ACCORDING_TO_NOUNS = re.compile(r"\b[Aa]ccording to\s+(?:the\s+|a\s+)?((?:[a-z][\w-]*\s+){0,5}[a-z][\w-]*)")
_HEAD_ENDS = re.compile(rf"\s*(?:[,.;:)]|$|\s(?:familiar|close|briefed|{_PREPOSITION}))")
_DESCRIBED = re.compile(r"\b(?i:the)\s+(?:[a-z][\w-]*\s+)?$")
_GENERIC = {"he", "she", "they", "it", "the", "a", "an", "this", "that", "but", "and", "in", "as", "i", "we",
            "who", "which", "also", "then", "had", "has", "have", "was", "were", "later", "previously", "her", "his"}
MOSTLY_QUOTED = 0.6  # share of a text inside quotation marks from which it is a quote, not a claim
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
    >>> sorted(sources("Talks could resume, according to people familiar with them."))
    ['people']
    >>> sorted(sources("According to numerous commentators and media sources, Putin will go."))
    ['commentators media sources']
    >>> sorted(sources("According to the prosecution, he moved the money."))
    ['prosecution']
    >>> sorted(sources("Putin will go, according to rumors circulating in Moscow."))
    []
    >>> sorted(sources("Health officials believe uptake fell, according to the data provider Ratewise."))
    ['officials', 'ratewise']
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
    for m in _NOUN_SOURCE.finditer(text):
        noun = m.group(1).lower()
        if noun not in _GENERIC and not noun.endswith("ly") and not any(q.start <= m.start(1) < q.end for q in marks):
            found.setdefault(noun, m.span(1))
    for m in _ACCORDING_TO_NOUNS.finditer(text):
        words = list(re.finditer(r"[a-z][\w-]*", m.group(1)))
        heads = [w for w in words if w.group().rstrip("s") in _nouns()]  # every one: "commentators and media"
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
    nouns = {text[s:e].lower().rstrip("s") for s, e in outside(cues("sources", text), quotes(text))
             if any(lo <= s < hi for lo, hi in near)}
    return named | nouns


def quoted_share(text: str) -> float:
    """How much of ``text`` lies inside quotation marks."""
    inside = sum(q.end - q.start for q in quotes(text))
    return inside / max(1, len(text.strip()))


def _related(x: str, y: str) -> bool:
    a = {w for w in x.split() if len(w) > 3}
    b = {w for w in y.split() if len(w) > 3}
    return bool(a & b) or x in y or y in x


@rule(
    "attribution-removed",
    bad=[
        ("Reports say the minister resigned.", "The minister resigned."),
        ("According to Agentura, two officers were arrested.", "Two officers were arrested."),
        ("The minister reportedly resigned.", "The minister resigned."),
        ("Officials said the bridge was unsafe.", "The bridge was unsafe."),
        ("The bridge was “unsafe and crumbling”, engineers said.", "The bridge was unsafe and crumbling."),
        ("“The purge is real and it is growing,” Soldatov said.", "The purge is real and it is growing."),
        ("The wall may have been weakened by poor upkeep, according to a report by the county engineer.",
         "The wall may have been weakened by poor upkeep."),
        ("The cuts could save $250 million a year, analysts at Fjord Capital estimated.",
         "The cuts could save $250 million a year."),
        ("Walking cuts the risk of dementia, a new study finds.", "Walking cuts the risk of dementia."),
        ("Health officials believe low uptake may be linked to the pandemic.",
         "Low uptake may be linked to the pandemic."),
    ],
    good=[
        ("Officials said the bridge was unsafe.", "The bridge was unsafe, officials said."),
        ("According to Agentura, two officers were arrested.", "Two officers were arrested, according to Agentura."),
        ("Analysts said Putin could face a coup.", "Analysts now believe Putin could face a coup."),
        ("The bridge was unsafe.", "The bridge was not safe."),
        ("“The purge is real,” Soldatov explained.", "“The purge is very real.”"),
        ("The bridge was unsafe, and officials said it would close for a month.", "The bridge was unsafe."),
        ("An estimated 150 people left the town.", "150 people left the town."),
        ("Self-reported sleep fell among shift workers.", "Sleep fell among shift workers, a new study finds."),
        ("Our data show that nanotubes harm the lung.", "Nanotubes harm the lung, study shows."),
    ],
)
def attribution_removed(pair: Pair):
    """An attributed claim is now stated as fact, or its source was dropped."""
    if pair.link.kind not in _COMPARED or quoted_share(pair.b) >= MOSTLY_QUOTED:
        return
    before = cues_outside_quotes(pair.a)
    if not before or cues_outside_quotes(pair.b):
        return
    if source_words(pair.a) & _words(pair.b):
        return  # the source is still named: "analysts said" -> "analysts believe"
    from .quotes import carried_over, direct

    lost = [q for q in direct(pair.a) if carried_over(pair, q)]
    if lost:
        span = (lost[0].start, lost[0].end)
        yield Evidence("quote lost its marks and its speaker: now the outlet's own claim",
                       source=span, target=evidence_in(pair, span, "a"))
    elif local_edit(pair, before[0], "a") or _tag_cut(pair, before[0]):
        yield Evidence("attribution dropped: the claim is now stated as fact",
                       source=before[0], target=evidence_in(pair, before[0], "a"))


_EDGE = " \t\n,;:—–-"


def _tag_cut(pair: Pair, cue: tuple[int, int]) -> bool:
    """Whether the words cut with a cue are only the attribution tag at one end of the
    sentence (", according to a report by the county engineer."): the claim stayed and
    lost its source. A cut that carries a claim of its own (", and officials said it
    would close") has the cue inside it, not at its edge, and is an omission.
    """
    op = op_at(pair, cue, "a")
    if op is None or op.b_text.strip(_EDGE):
        return False
    lo = op.a_start + len(op.a_text) - len(op.a_text.lstrip(_EDGE))
    hi = op.a_start + len(op.a_text.rstrip(_EDGE))
    at_edge = not pair.a[:op.a_start].strip() or not pair.a[op.a_end:].strip(" .!?”’\"'")
    return at_edge and (cue[0] == lo or cue[1] == hi) and not re.search(r"[,;:]", pair.a[lo:hi])


def _words(text: str) -> set[str]:
    return {w.lower().rstrip("s") for w in re.findall(r"\w+", text)}


@rule(
    "attribution-added",
    bad=[
        ("The minister resigned.", "The minister resigned, officials said."),
        ("Two officers were arrested.", "According to Agentura, two officers were arrested."),
        ("The bridge was unsafe.", "Engineers said the bridge was unsafe."),
        ("The mayor will resign.", "The mayor will resign, the BBC reported."),
        ("Putin ordered the purge.", "Putin ordered the purge, Soldatov told CEPA."),
        ("Participants reported their own habits, which may be inaccurate.",
         "Participants reported their own habits, which may be inaccurate, independent experts said."),
        ("Prices fell 0.6% over the year.", "Prices fell 0.6% over the year, the figures showed."),
        ("Parents can also book an appointment through their GP surgery.",
         "Parents can also book an appointment through their GP surgery, the service said."),
        ("The stadium will stand on the east bank of the Callow River.",
         "The stadium will stand on the east bank of the Callow River, according to planning documents."),
        ("The lawsuit was brought by 300 residents who live near the plant.",
         "The lawsuit was brought by 300 residents who live near the plant, court records show."),
    ],
    good=[
        ("Officials said the bridge was unsafe.", "The bridge was unsafe, officials said."),
        ("Officials said the bridge was unsafe.", "Officials told reporters the bridge was unsafe."),
        ("The bridge was unsafe.", "The old bridge was unsafe."),
        ("Reports say the minister resigned.", "According to reports, the minister resigned."),
        ("The minister resigned.", "The minister resigned on Monday."),
        ("“Our offer is fair and still on the table.”", "She said the offer was fair and still on the table."),
        ("“We acted quickly to shut the attackers out.”",
         "“We acted quickly to shut the attackers out,” said chief technology officer Rachel Imrie."),
        ("Analyst Alexey Muraviev is also convinced that Putin faces a coup.",
         "Another analyst, Alexey Muraviev, said he’s convinced that Putin faces a coup."),
    ],
)
def attribution_added(pair: Pair):
    """A claim gained a source."""
    # a quote credited or put in reported speech ("“Our offer is fair.”" -> "She said
    # the offer was fair.") is the quote rules' to report
    if pair.link.kind not in _COMPARED or quoted_share(pair.a) >= MOSTLY_QUOTED:
        return
    after, before = cues_outside_quotes(pair.b), cues_outside_quotes(pair.a)
    new = after[:1] if not before else [c for c in after if _new_credit(pair, c, before)][:1]
    if new and not _already_credited(pair, new[0]):
        yield Evidence("claim now attributed", source=evidence_in(pair, new[0], "b"), target=new[0])


def _new_credit(pair: Pair, cue: tuple[int, int], before: list[tuple[int, int]]) -> bool:
    """Whether a target cue credits a source the claim did not have, in a text that
    already had a cue of its own ("Participants reported their habits, which may be
    inaccurate." -> "..., which may be inaccurate, experts said."): the cue was
    inserted, not reworded from one of the source's, and is a different word."""
    op = op_at(pair, cue, "b")
    if op is None or op.a_end > op.a_start:
        return False
    word = pair.b[cue[0]:cue[1]].lower()
    return all(pair.a[s:e].lower() != word for s, e in before)


_SOURCE_AFTER = re.compile(r"(?i:according to|as per)\b")


def _already_credited(pair: Pair, cue: tuple[int, int]) -> bool:
    """Whether the source named next to a target cue was already the source's subject
    ("Muraviev is convinced" -> "Muraviev said he is convinced"). Next to it means in
    its own clause: in "... through their GP surgery, the service said" the surgery
    is part of the claim; a verb right after a comma takes the clause before it
    ("Another analyst, Alexey Muraviev, said"), while "according to" and "as per" name
    their source after them ("... the Callow River, according to planning documents")."""
    from .names import names

    stops = [m.end() for m in re.finditer(r"[,;:.!?]", pair.b[:cue[0]])]
    if stops and not pair.b[stops[-1]:cue[0]].strip():
        stops.pop()
    lo, hi = max(cue[0] - 40, stops[-1] if stops else 0), cue[1] + 15
    if _SOURCE_AFTER.match(pair.b, cue[0]):
        lo = cue[0]
    near = {pair.b[s:e].lower() for s, e in names(pair.b) if lo <= s < hi}
    near |= {m.group().lower() for m in re.finditer(r"\w+", pair.b[max(0, lo):hi])
             if m.group().lower().rstrip("s") in _nouns()}
    return bool(near) and near <= {w.lower() for w in re.findall(r"\w+", pair.a)}


@derived
@lru_cache(maxsize=1)
def _nouns() -> frozenset[str]:
    return frozenset(n.rstrip("s") for n in lexicon("sources"))


@rule(
    "attribution-changed",
    bad=[
        ("Soldatov told CEPA the purge continues.", "Soldatov told Sky News the purge continues."),
        ("According to Agentura, two officers were arrested.", "According to Reuters, two officers were arrested."),
        ("Muraviev said the coup was near.", "Soldatov said the coup was near."),
        ("The claim was reported by the Daily Mirror.", "The claim was reported by the New York Post."),
        ("Officials told the BBC the bridge was unsafe.", "Officials told CNN the bridge was unsafe."),
        ("Drilling could take three weeks, engineers said.", "Drilling could take three weeks, the company said."),
        ("Duval said she would focus on housing.", "Her spokesman said she would focus on housing."),
        ("The cuts could save $250 million, analysts at Fjord Capital estimated.",
         "The cuts could save $250 million, analysts at Skagen Research estimated."),
        ("It was discovered on 9 October, the company said.",
         "It was discovered on 9 October, the National Cyber Security Centre said."),
        ("The works are valued at €4 million, according to the museum.",
         "The works are valued at €4 million, according to Belgian police."),
        ("The bacteria were found on Friday, according to the council.",
         "The bacteria were found on Friday, according to Greenvale."),
        ("According to the ruling, monitors recorded lead above the limit on 212 days.",
         "According to the state EPA, monitors recorded lead above the limit on 212 days."),
        ("Talks could resume this week, according to people familiar with the talks.",
         "Talks could resume this week, according to the Department for Transport."),
        ("Health officials believe low uptake may be linked to the pandemic.",
         "Dr Nandakumar believes low uptake may be linked to the pandemic."),
        ("The authors caution that the projections depend on snowfall.",
         "Other scientists caution that the projections depend on snowfall."),
    ],
    good=[
        ("Soldatov told CEPA the purge continues.", "Andrei Soldatov told CEPA the purge goes on."),
        ("According to Agentura, two officers were arrested.", "Two officers were arrested, according to Agentura."),
        ("Muraviev said the coup was near.", "Alexey Muraviev said a coup was near."),
        ("Muraviev said the coup was near.", "Muraviev said the coup was near, in Moscow."),
        ("The US said it would respond.", "The United States said it would respond."),
        ("Nordlys said demand was slowing.", "The company said demand was slowing."),
        ("Uptake fell, the West Pennine Public Health Service said.", "Uptake fell, the service said."),
        ("The bacteria were found on Friday, according to the council.",
         "The bacteria were found on Friday, according to Evesham District Council."),
        ("According to the report, lead was above the limit on 212 days.",
         "According to the Hale Report, lead was above the limit on 212 days."),
        ("Drilling could take three weeks, engineers said.", "Drilling could take three weeks, rescue engineers said."),
        ("The town flooded, a witness said.", "The town flooded, witnesses said."),
        ("“It matters,” security expert Andrei Soldatov explained to the Center for Policy Analysis.",
         "Speaking to the Center for Policy Analysis, security expert Andrei Soldatov said: “It matters.”"),
    ],
)
def attribution_changed(pair: Pair):
    """A different source, speaker or outlet is credited."""
    if pair.link.kind not in _COMPARED:
        return
    old, new = sources(pair.a), sources(pair.b)
    # a quote's speaker, on either side, is the quote rules' (quote-speaker-changed is
    # the more specific label)
    old, new = _less_speakers(pair.a, old), _less_speakers(pair.b, new)
    gone = [n for n in old if not any(_related(n, m) for m in new) and not same_place(pair.a, old[n], pair.b)]
    came = [m for m in new if not any(_related(m, n) for n in old) and not same_place(pair.b, new[m], pair.a)]
    if gone and came and not _renamed(pair, {n: old[n] for n in gone}, {m: new[m] for m in came}):
        yield Evidence(f"credited to {came[0]!r} instead of {gone[0]!r}", source=old[gone[0]], target=new[came[0]])


def _less_speakers(text: str, found: dict[str, tuple[int, int]]) -> dict[str, tuple[int, int]]:
    """``found`` less the speakers of the quotes of ``text``."""
    speakers = {(speaker(text, q) or "").lower() for q in quotes(text)}
    return {n: s for n, s in found.items() if n.split()[-1] not in speakers}


def _renamed(pair: Pair, gone: dict[str, tuple[int, int]], came: dict[str, tuple[int, int]]) -> bool:
    """Whether one side names the source and the other only describes it ("Nordlys
    said" -> "the company said"): likely the same source, so not a change of it."""
    def proper(text: str, spans: dict[str, tuple[int, int]]) -> bool:
        return all(text[s].isupper() for s, _ in spans.values())

    def described_all(text: str, spans: dict[str, tuple[int, int]]) -> bool:
        return all(described(text, span) for span in spans.values())

    def kinds_agree(named: str, spans: dict[str, tuple[int, int]], describing: dict[str, tuple[int, int]]) -> bool:
        kinds = {_kind(named, span) for span in spans.values()} - {None}
        described_kinds = {n.split()[-1].rstrip("s") for n in describing}
        if not kinds:  # a public body's or a document's name says its kind
            return not described_kinds & _KINDS
        return kinds <= described_kinds

    return (proper(pair.a, gone) and described_all(pair.b, came) and kinds_agree(pair.a, gone, came)) or (
        described_all(pair.a, gone) and proper(pair.b, came) and kinds_agree(pair.b, came, gone))


# The kinds of body or document a name can say it is ("the National Cyber Security
# Centre", "Belgian police", "the Hale Report"): a description of another kind ("the
# company") is another source, and so is a name that says no kind for a description of
# one of these ("the ruling" is not "the EPA", "the council" is not "Greenvale").
_KINDS = frozenset({"centre", "center", "office", "police", "service", "ministry", "department", "agency",
                    "council", "court", "university", "institute", "commission", "authority", "museum",
                    "hospital", "union", "federation", "association", "society", "foundation", "school",
                    "ruling", "judgment", "report", "study", "survey", "review", "audit", "filing", "record",
                    "document", "statement"})


def _kind(text: str, span: tuple[int, int]) -> str | None:
    """The kind of body the name at ``span`` says it is: its last word, or the noun
    right after it ("Belgian police"), when that is one of :data:`_KINDS`.

    >>> _kind("the National Cyber Security Centre said", (4, 34)), _kind("according to Belgian police", (13, 20))
    ('centre', 'police')
    >>> _kind("Nordlys said", (0, 7)) is None
    True
    """
    last = text[span[0]:span[1]].split()[-1].lower()
    after = re.match(r"\s+([a-z]+)", text[span[1]:])
    for word in (last, after.group(1) if after else ""):
        kind = word if word in _KINDS else word.rstrip("s")  # "police", "services"
        if kind in _KINDS:
            return kind
    return None


RULES = (attribution_removed, attribution_added, attribution_changed)
