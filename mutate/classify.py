"""Classify stage: a :class:`Pair` x the enabled rules -> findings with exact spans.

Rules run independently; the precedence of ``labels.md`` is applied here, in one place,
when two findings are about the same words (their evidence overlaps):

* a pair that touches page chrome gets only the ``boilerplate`` finding;
* inside quotation marks the quote labels win over tone, hedge, negation, name, time
  and number labels ("very" -> "extremely" inside a quote is quote-altered);
* a date or time reference is time-changed, never a number change (a bare year stays
  number-changed: the time rule does not read bare years);
* a source swapped is attribution-changed (or quote-speaker-changed), not
  entity-changed; a negation flipped is not also a hedge change;
* "reportedly" dropped is attribution-removed, not also hedge-removed; a quote that lost
  its marks and its speaker is attribution-removed, not quote-removed, and the edits
  inside it are not reported again as tone or number changes;
* a benign label (``paraphrase``, ``cosmetic``) only when nothing else was found, so a
  changed name is entity-changed and never cosmetic.

Two checks need more than one sentence pair and so live here too: a link the aligner
made from little evidence (a weak score), unless it joins the two headlines, gets only its structure finding (and
``paraphrase`` when it kept its place, and quotes added or removed), and a quote counts as added or removed only when its words appear nowhere in
the other document.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from functools import lru_cache

from . import similarity
from .labels import LABELS
from .model import Document, Finding, LinkKind, Pair, Span
from .rules import REGISTRY, Rule
from .rules.base import Evidence
from .segment import headline

BENIGN = frozenset({"paraphrase", "cosmetic"})
QUOTE_LABELS = frozenset(label for label, info in LABELS.items() if info.family == "quotes")
WEAK = 0.5  # a link scoring below this is too uncertain to compare its wording
WEAK_MOVED = 0.55  # ... and a moved one below this (two doubts: the pairing and the move)
_CONTENT_FAMILIES = frozenset({"numbers", "certainty", "attribution", "quotes", "tone", "meaning", "benign"})
_IN_QUOTES = frozenset(label for label, info in LABELS.items()
                       if info.family in ("tone", "certainty", "meaning", "numbers"))
_NUMBERS = frozenset(label for label, info in LABELS.items() if info.family == "numbers")
_UNPAIRED = frozenset({"quote-added", "quote-removed"})  # judged against the whole other document

# (winners, losers): a loser whose evidence overlaps a winner's on the same pair is dropped.
PRECEDENCE: tuple[tuple[frozenset[str], frozenset[str]], ...] = (
    (QUOTE_LABELS, _IN_QUOTES),
    (frozenset({"time-changed"}), _NUMBERS),
    (frozenset({"attribution-changed", "quote-speaker-changed"}), frozenset({"entity-changed"})),
    (frozenset({"negation-flipped"}), frozenset({"hedge-removed", "hedge-added"})),
    (frozenset({"attribution-removed"}), frozenset({"hedge-removed", "quote-removed"}) | _IN_QUOTES),
    (frozenset({"hedge-added"}), frozenset({"attribution-added"})),
)


def classify(pair: Pair, source: Document, target: Document, rules: tuple[Rule, ...] = REGISTRY) -> list[Finding]:
    """All findings for one aligned pair, in rule order, after precedence."""
    if pair.link.kind is LinkKind.EQUAL and not pair.link.moved:
        return []  # identical and in place: nothing for any rule to see
    if pair.chrome:
        rules = tuple(r for r in rules if r.label == "boilerplate")
    elif _encoding_only(pair.a, pair.b):
        # the same characters written another way (NFD, zero-width, curly quotes):
        # rules comparing strings would see a change that no reader sees
        rules = tuple(r for r in rules if r.family == "structure" or r.label == "cosmetic")
    else:
        rules = tuple(r for r in rules if r.label != "boilerplate")
    weak = WEAK_MOVED if pair.link.moved else WEAK
    if pair.link.score < weak and pair.link.kind in (LinkKind.MODIFIED, LinkKind.SPLIT, LinkKind.MERGED) \
            and not _headlines(pair, source, target):
        # too little shared wording to say which words became which: structure only,
        # and "reworded" for a link that kept its place
        skip = _CONTENT_FAMILIES if pair.link.moved else _CONTENT_FAMILIES - {"benign"}
        rules = tuple(r for r in rules if r.family not in skip or r.label in _UNPAIRED)
    found: list[tuple[Rule, Evidence]] = []
    for rule in rules:
        if rule.label in BENIGN and found:
            continue
        found.extend((rule, ev) for ev in rule.check(pair) if _stands(rule, ev, pair, source, target))
    found = resolve(found)
    return [_finding(rule, ev, pair, source, target) for rule, ev in found]


def _headlines(pair: Pair, source: Document, target: Document) -> bool:
    """Whether the link joins the two headlines: a headline rewritten whole shares few
    words with the one it replaced, yet it is the story's headline, and what the
    outlet put in it is what readers see first ("Rate rise misery as central bank
    hammers homeowners")."""
    return pair.link.source == (headline(source.sentences),) and pair.link.target == (headline(target.sentences),)


_INVISIBLE = re.compile(r"[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]")
_QUOTES = str.maketrans({"\u201c": '"', "\u201d": '"', "\u201e": '"', "\u2018": "'", "\u2019": "'", "\u00ab": '"', "\u00bb": '"'})


def _encoding_only(a: str, b: str) -> bool:
    """Whether two texts differ only in how their characters are encoded or spaced:
    Unicode form, invisible characters, no-break spaces, curly or straight quotes."""
    def fold(text: str) -> str:
        text = _INVISIBLE.sub("", unicodedata.normalize("NFKC", text)).translate(_QUOTES)
        return " ".join(text.split())

    return a != b and fold(a) == fold(b)


def resolve(found: list[tuple[Rule, Evidence]]) -> list[tuple[Rule, Evidence]]:
    """Apply :data:`PRECEDENCE` and drop benign labels next to any other finding."""
    kept = []
    for rule, ev in found:
        beaten = any(
            rule.label in losers and other.label in winners and _overlaps(ev, oev)
            for winners, losers in PRECEDENCE for other, oev in found if other is not rule
        )
        if not beaten:
            kept.append((rule, ev))
    if any(rule.label not in BENIGN for rule, _ in kept):
        kept = [(rule, ev) for rule, ev in kept if rule.label not in BENIGN]
    return kept


def _overlaps(ev: Evidence, other: Evidence) -> bool:
    """Whether two pieces of evidence point at the same words on some side."""
    return any(
        x is not None and y is not None and x[0] < y[1] and y[0] < x[1]
        or x is not None and y is not None and x == y
        for x, y in ((ev.source, other.source), (ev.target, other.target))
    )


def _stands(rule: Rule, ev: Evidence, pair: Pair, source: Document, target: Document) -> bool:
    """A quote is added or removed only if its words are nowhere in the other document."""
    from .rules.quotes import found_in

    if rule.label == "quote-added" and ev.target:
        return not found_in(similarity.normalise(pair.b[ev.target[0]:ev.target[1]]), _words_of(source))
    if rule.label == "quote-removed" and ev.source:
        return not found_in(similarity.normalise(pair.a[ev.source[0]:ev.source[1]]), _words_of(target))
    return True


def _words_of(doc: Document) -> str:
    """The document's words as ``similarity.normalise`` gives them, joined from its
    sentences (which the aligner has normalised already) rather than normalising the
    whole text again: a tenth of a second saved per megabyte."""
    return _joined(tuple(s.text for s in doc.sentences))


@lru_cache(maxsize=8)
def _joined(sentences: tuple[str, ...]) -> str:
    return " ".join(filter(None, map(similarity.normalise, sentences)))


def _finding(rule: Rule, ev: Evidence, pair: Pair, source: Document, target: Document) -> Finding:
    severity = rule.severity
    if ev.severity is not None and ev.severity.rank > severity.rank:
        severity = ev.severity
    src = _span(source, pair.link.source, pair.a_offset, ev.source)
    tgt = _span(target, pair.link.target, pair.b_offset, ev.target)
    return Finding(
        label=rule.label,
        severity=severity,
        message=ev.message,
        pair=(source.id, target.id),
        source=src,
        target=tgt,
        fingerprint=fingerprint(rule.label, src, tgt, source, target),
    )


def _span(doc: Document, indexes: tuple[int, ...], offset: int, local: tuple[int, int] | None) -> Span | None:
    """Local evidence offsets -> a span inside one sentence of ``doc``.

    Without evidence on this side, the span is the first linked sentence, so every
    finding can be located on each side that has text.
    """
    if not indexes:
        return None
    if local is None:
        sentence = doc.sentences[indexes[0]]
        start, end = sentence.start, sentence.end
    else:
        start, end = offset + local[0], offset + local[1]
        sentence = doc.sentence_at(start) or doc.sentences[indexes[0]]
        start = max(start, sentence.start)
        end = max(start, min(end, sentence.end))
    line, column = doc.line_col(start)
    return Span(doc.id, sentence.index, start, end, doc.text[start:end], line, column)


def fingerprint(label: str, source: Span | None, target: Span | None, src_doc: Document, tgt_doc: Document) -> str:
    """A hash of what the finding is about, not where: the label, the evidence and the
    sentences it sits in (normalised), so moving a paragraph or editing another
    sentence keeps it."""
    parts = [label]
    for span, doc in ((source, src_doc), (target, tgt_doc)):
        if span is None:
            parts += ["-", "-"]
        else:
            parts += [similarity.normalise(span.text), similarity.normalise(doc.sentences[span.sentence].text)]
    return hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()[:16]
