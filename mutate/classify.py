"""Classify stage: a :class:`Pair` x the enabled rules -> findings with exact spans.

The precedence of ``labels.md`` is applied here, in one place:

* a pair that touches page chrome gets only the ``boilerplate`` finding;
* a benign label (``paraphrase``, ``cosmetic``) only when nothing else was found.

(Quote labels winning over hedge and tone labels inside quotation marks is built into
those rules: they never look inside quotes.)
"""

from __future__ import annotations

import hashlib

from . import similarity
from .model import Document, Finding, LinkKind, Pair, Severity, Span
from .rules import REGISTRY, Rule
from .rules.base import Evidence

BENIGN = frozenset({"paraphrase", "cosmetic"})


def classify(pair: Pair, source: Document, target: Document, rules: tuple[Rule, ...] = REGISTRY) -> list[Finding]:
    """All findings for one aligned pair, in rule order."""
    if pair.link.kind is LinkKind.EQUAL and not pair.link.moved:
        return []  # identical and in place: nothing for any rule to see
    if pair.chrome:
        rules = tuple(r for r in rules if r.label == "boilerplate")
    else:
        rules = tuple(r for r in rules if r.label != "boilerplate")
    found: list[Finding] = []
    for rule in rules:
        if rule.label in BENIGN and found:
            continue
        for evidence in rule.check(pair):
            found.append(_finding(rule, evidence, pair, source, target))
    if any(f.label not in BENIGN for f in found):
        found = [f for f in found if f.label not in BENIGN]
    return found


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
