"""Quote rules: what happened to the words inside quotation marks.

Quotes are paired across the two sides by similarity of their inner text. A paired
quote whose wording changed is *altered* when the change touches meaning (a degree
word, a negation, a number, content only added or only cut) and *paraphrased*
otherwise. An unpaired quote was added or removed, unless its words survive without
the marks, in which case the outlet now states it as its own claim.
"""

from __future__ import annotations

from functools import lru_cache

from .. import similarity
from ..lexicons import derived
from ..model import LinkKind, Pair
from .base import Evidence, rule
from .quantities import quantities
from .text import Quote, degree, negations, quotes, speaker

PAIRED = 0.5
MIN_WORDS = 3  # a quoted term ("Siloviki", ‘deputy’) is not a direct quote
UNQUOTED = 85  # partial-ratio above which a quote's words are still in the other text


def _direct(text: str) -> list[Quote]:
    return [q for q in quotes(text) if len(q.text(text).split()) >= MIN_WORDS]


@derived  # scores quotes with similarity.stems, which drops stopwords
@lru_cache(maxsize=256)
def paired_quotes(pair: Pair) -> list[tuple[Quote, Quote]]:
    """Quotes of ``pair.a`` matched with the most similar quote of ``pair.b``."""
    out, free = [], list(quotes(pair.b))
    for qa in quotes(pair.a):
        best, best_score = None, PAIRED
        for qb in free:
            score = similarity.pair(qa.text(pair.a), qb.text(pair.b))
            if score >= best_score:
                best, best_score = qb, score
        if best is not None:
            out.append((qa, best))
            free.remove(best)
    return out


def meaning_changed(a: str, b: str) -> str | None:
    """Why the wording change from ``a`` to ``b`` changes meaning, or None.

    >>> meaning_changed("very concerned", "extremely concerned")
    'degree of wording changed'
    >>> meaning_changed("It matters a lot", "It means a great deal") is None
    True
    """
    if sorted(lvl for *_, lvl in degree(a)) != sorted(lvl for *_, lvl in degree(b)):
        return "degree of wording changed"
    if len(negations(a)) != len(negations(b)):
        return "negation changed"
    if sorted(q.value for q in quantities(a)) != sorted(q.value for q in quantities(b)):
        return "number changed"
    sa, sb = set(similarity.stems(a)), set(similarity.stems(b))
    if sa != sb and (sa < sb or sb < sa):
        return "words added" if sa < sb else "words cut"
    return None


def _changed(pair: Pair, qa: Quote, qb: Quote) -> bool:
    return similarity.normalise(qa.text(pair.a)) != similarity.normalise(qb.text(pair.b))


def _span(q: Quote) -> tuple[int, int]:
    return (q.start, q.end)


@rule(
    "quote-altered",
    bad=[
        ("The president is “very concerned” about a coup.", "The president is “extremely concerned” about a coup."),
        ("“We will win,” she said.", "“We will not win,” she said."),
        ("“We lost 40 men,” he said.", "“We lost 400 men,” he said."),
        ("“The plan is risky,” he said.", "“The plan is risky and reckless,” he said."),
        ("“The plan is risky and costly,” he said.", "“The plan is risky,” he said."),
    ],
    good=[
        ("“It matters a lot,” he said.", "“It means a great deal,” he said."),
        ("“very concerned,” he said.", "\"very concerned,\" he said."),
        ("“We will win,” she said.", "“We will win,” she told reporters."),
    ],
)
def quote_altered(pair: Pair):
    """Meaning inside quotation marks changed: words added, dropped or strengthened."""
    for qa, qb in paired_quotes(pair):
        if _changed(pair, qa, qb):
            why = meaning_changed(qa.text(pair.a), qb.text(pair.b))
            if why:
                yield Evidence(f"quote altered: {why}", source=_span(qa), target=_span(qb))


@rule(
    "quote-paraphrased",
    bad=[
        ("“It matters a lot,” he said.", "“It means a great deal,” he said."),
        ("“This matters? It is very important,” he said.", "“Does it matter? It is very important,” he said."),
        ("She called it “a strategic mistake”.", "She called it “a strategic error”."),
    ],
    good=[
        ("“very concerned,” he said.", "“very concerned,” he told reporters."),
        ("The president is “very concerned”.", "The president is “extremely concerned”."),
        ("“It matters a lot,” he said.", "“It matters a lot,” he said."),
    ],
)
def quote_paraphrased(pair: Pair):
    """Wording inside quotation marks changed, meaning kept."""
    for qa, qb in paired_quotes(pair):
        if _changed(pair, qa, qb) and not meaning_changed(qa.text(pair.a), qb.text(pair.b)):
            yield Evidence("quote reworded", source=_span(qa), target=_span(qb))


def _survives_unquoted(words: str, text: str) -> bool:
    from rapidfuzz import fuzz

    return fuzz.partial_ratio(similarity.normalise(words), similarity.normalise(text)) >= UNQUOTED


@rule(
    "quote-added",
    bad=[
        ("The minister resigned.", "The minister resigned. “I have had enough of this,” she said."),
        ("The bill passed on Monday.", "The bill passed on Monday, “a great day for workers”, he said."),
        ("Rain fell.", "Rain fell. “We have never seen anything like it,” a farmer said."),
    ],
    good=[
        ("“I have had enough,” she said.", "“I have had enough,” she told reporters."),
        ("The bill passed.", "The bill passed on Monday."),
        ("She called it “Siloviki”.", "She called them “Siloviki”."),
    ],
)
def quote_added(pair: Pair):
    """A direct quote with no counterpart in the source."""
    have = {(q.start, q.end) for _, q in paired_quotes(pair)}
    for qb in _direct(pair.b):
        if (qb.start, qb.end) not in have and not (pair.a and _survives_unquoted(qb.text(pair.b), pair.a)):
            yield Evidence("quote with no counterpart in the source", target=_span(qb))


@rule(
    "quote-removed",
    bad=[
        ("The minister resigned. “I have had enough,” she said.", "The minister resigned."),
        ("Rain fell, “more than ever before”, a farmer said.", "Rain fell, a farmer said."),
        ("“This is a disaster for us,” he said of the vote.", "He spoke about the vote."),
    ],
    good=[
        ("“I have had enough,” she said.", "“I have had enough,” she told reporters."),
        ("The bill passed.", "The bill passed on Monday."),
        ("“It is a disaster for us,” he said.", "It is a disaster for us, he said."),
    ],
)
def quote_removed(pair: Pair):
    """A direct quote was dropped."""
    have = {(q.start, q.end) for q, _ in paired_quotes(pair)}
    for qa in _direct(pair.a):
        if (qa.start, qa.end) not in have and not (pair.b and _survives_unquoted(qa.text(pair.a), pair.b)):
            yield Evidence("quote dropped", source=_span(qa))


@rule(
    "quote-speaker-changed",
    bad=[
        ("“The coup is near,” Soldatov said.", "“The coup is near,” Muraviev said."),
        ("“We will win,” said Johnson.", "“We will win,” said Starmer."),
        ("Grozev said: “The purge is real.”", "Soldatov said: “The purge is real.”"),
    ],
    good=[
        ("“The coup is near,” Soldatov said.", "“The coup is near,” Andrei Soldatov said."),
        ("“We will win,” said Johnson.", "“We will win,” Johnson said."),
        ("“The coup is near,” Soldatov said.", "“The coup is near,” he said."),
    ],
)
def quote_speaker_changed(pair: Pair):
    """The same quote is credited to someone else."""
    if pair.link.kind is LinkKind.ADDED or pair.link.kind is LinkKind.DELETED:
        return
    for qa, qb in paired_quotes(pair):
        old, new = speaker(pair.a, qa), speaker(pair.b, qb)
        if old and new and old != new and new not in ("he", "she", "they") and old not in ("he", "she", "they"):
            yield Evidence(f"quote credited to {new} instead of {old}", source=_span(qa), target=_span(qb))


RULES = (quote_altered, quote_paraphrased, quote_added, quote_removed, quote_speaker_changed)
