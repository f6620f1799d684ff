"""Which sources two wordings of a claim credit, and whether they are the same ones:
"Nordlys" and "Nordlys Corp" are one body, "Fenwick Partners" and "Fenwick Securities"
two, "the company" may be "Nordlys" written another way, and "Britain" is the place the
UK also is. The attribution rules ask these questions of the sources
:mod:`mutate.rules.sources` reads.
"""

from __future__ import annotations

from ..model import Pair
from .names import places
from .sources import KINDS, described, kind, source_nouns, sources
from .speakers import speaker
from .text import quotes


def related(x: str, y: str) -> bool:
    """Whether two sources' names may name one body: one is part of the other ("Nordlys"
    / "Nordlys Corp"), or they share a word and the words they do not share are spellings
    of one another ("Fjord Capital" / "Fjord Capitol", a typo the name rules report). A
    word swapped is another name credited ("Health Data Office" / "Office for Health
    Statistics", "Fenwick Partners" / "Fenwick Securities"); a source noun is not
    ("media reports" / "media sources" describe one source two ways).

    >>> related("nordlys", "nordlys corp"), related("fjord capital", "fjord capitol")
    (True, True)
    >>> related("health data office", "office for health statistics"), related("fenwick partners", "fenwick securities")
    (False, False)
    >>> related("media reports", "commentators media sources")
    True
    >>> related("hospital", "northeast hospital group"), related("council", "harrowdale county council")
    (False, True)
    """
    if x in y or y in x:
        short, long = sorted((x, y), key=len)
        # "the hospital" is not "Northeast Hospital Group", nor "the police" "the Police Federation"
        return short not in KINDS or long.split()[-1] == short
    a = {w for w in x.split() if len(w) > 3}
    b = {w for w in y.split() if len(w) > 3}
    if not a & b:
        return False
    generic = source_nouns()  # "media reports" / "media sources": one source, described two ways
    only_a = {w for w in a - b if w.rstrip("s") not in generic}
    only_b = {w for w in b - a if w.rstrip("s") not in generic}
    from rapidfuzz import fuzz

    return not only_a or not only_b or all(any(fuzz.ratio(w, v) >= RESPELT for v in only_b) for w in only_a)


RESPELT = 75  # similarity (0-100) of two spellings from which they are one word misspelt


def same_sources(old: dict[str, tuple[int, int]], new: dict[str, tuple[int, int]]) -> bool:
    """Whether every source the target names was named in the source already."""
    return bool(new) and all(any(related(m, n) for n in old) for m in new)


def swapped_source(pair: Pair) -> tuple[tuple[str, tuple[int, int]], tuple[str, tuple[int, int]]] | None:
    """The source the claim lost and the one it is credited to instead, if another is."""
    old, new = sources(pair.a), sources(pair.b)
    # a quote's speaker, on either side, is the quote rules' (quote-speaker-changed is
    # the more specific label)
    old, new = _less_speakers(pair.a, old), _less_speakers(pair.b, new)
    gone = [n for n in old if not any(related(n, m) for m in new) and not _a_place(pair.a, old[n], pair.b)]
    came = [m for m in new if not any(related(m, n) for n in old) and not _a_place(pair.b, new[m], pair.a)]
    if gone and came and not _renamed(pair, {n: old[n] for n in gone}, {m: new[m] for m in came}):
        return (gone[0], old[gone[0]]), (came[0], new[came[0]])
    return None


def _a_place(text: str, span: tuple[int, int], other: str) -> bool:
    """Whether the source at ``span`` is itself a place that ``other`` names too
    ("Britain said" -> "the UK said"), not a body whose name holds one ("Cycling
    Ireland" -> "Sport Ireland" is another body).

    >>> _a_place("Britain said so.", (0, 7), "The UK said so."), _a_place("Cycling Ireland said so.", (0, 15), "In Ireland.")
    (True, False)
    """
    lo = span[0] + 4 if text[span[0]:span[0] + 4].lower() == "the " else span[0]
    groups = {g for s, e, g in places(text) if s <= lo and span[1] <= e}
    return bool(groups) and any(g in groups for _, _, g in places(other))


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
        kinds = {kind(named, span) for span in spans.values()} - {None}
        described_kinds = {n.split()[-1].rstrip("s") for n in describing}
        if not kinds:  # a public body's or a document's name says its kind
            return not described_kinds & KINDS
        return kinds <= described_kinds

    return (proper(pair.a, gone) and described_all(pair.b, came) and kinds_agree(pair.a, gone, came)) or (
        described_all(pair.a, gone) and proper(pair.b, came) and kinds_agree(pair.b, came, gone))
