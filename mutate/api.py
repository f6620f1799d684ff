"""The public library API: :func:`compare` for a pair, :func:`analyze` for a family.

Both run the whole pipeline (load -> segment -> align -> diff -> classify) and return
an :class:`~mutate.model.Analysis`, which every renderer in :mod:`mutate.render` draws.
"""

from __future__ import annotations

import dataclasses
import os
from collections import Counter
from collections.abc import Iterable, Sequence

from . import align as align_stage
from . import classify as classify_stage
from . import diff as diff_stage
from . import semantic as meaning
from .errors import InputError
from .load import load
from .model import Alignment, Analysis, Document, Finding, Pair
from .segment import segment

Version = Document | str | os.PathLike


def compare(source: Version, target: Version, semantic: bool | None = None) -> Analysis:
    """Compare two versions: ``source`` is the original, ``target`` the rewrite.

    Arguments are documents (see :func:`mutate.from_text`) or file paths.
    ``semantic`` asks for the semantic mode (default: ``MUTATE_SEMANTIC`` in the
    environment); see :mod:`mutate.semantic`. The analysis says whether it ran.

    >>> from mutate import from_text
    >>> a = from_text("Around 150 spies were purged, officials said.", id="wire")
    >>> b = from_text("300 spies were purged.", id="tabloid")
    >>> sorted(f.label for f in compare(a, b).findings)
    ['attribution-removed', 'number-inflated']
    """
    docs = _documents([source, target])
    with meaning.mode(meaning.requested(semantic)) as on:
        alignment, pairs, findings = _compare_pair(docs[0], docs[1])
    return Analysis(tuple(docs), (alignment,), tuple(findings), mode="pair", semantic=on, pairs=tuple(pairs))


def analyze(versions: Sequence[Version], base: Version | None = None, mode: str = "star",
            lineage: bool = False, progress: bool = False, semantic: bool | None = None) -> Analysis:
    """Compare every version with a base (``star`` mode): the first one unless given.

    >>> from mutate import from_text
    >>> docs = [from_text("Prices rose 4%.", id="a"), from_text("Prices rose 40%.", id="b"),
    ...         from_text("Prices may have risen 4%.", id="c")]
    >>> [(f.pair[1], f.label) for f in analyze(docs).findings]
    [('b', 'number-inflated'), ('c', 'hedge-added')]

    ``mode`` may also be ``chain`` (each version against the one before it, by date)
    or ``tree`` (each against its inferred parent, rooted at ``base`` when given); see
    :mod:`mutate.family`. Those two, and star with ``lineage=True``, infer the family's
    lineage and mark every finding's provenance (:mod:`mutate.provenance`).
    ``progress`` draws a bar on stderr when it is a terminal; ``semantic`` is as for
    :func:`compare`.
    """
    with meaning.mode(meaning.requested(semantic)) as on:
        return dataclasses.replace(_analyze(versions, base, mode, lineage, progress), semantic=on)


def _analyze(versions: Sequence[Version], base: Version | None, mode: str, lineage: bool,
             progress: bool) -> Analysis:
    docs = _documents(list(versions))
    if base is None:
        base_doc = docs[0]
    else:
        wanted = _documents([base])[0]
        base_doc = next((d for d in docs if d.path == wanted.path and d.text == wanted.text), None)
        if base_doc is None:
            docs.insert(0, wanted)
            docs = _unique_ids(docs)
            base_doc = docs[0]
    if mode != "star" or lineage:
        return _analyze_family(docs, base_doc if base is not None or mode == "star" else None, mode, progress)
    alignments, pairs, findings = [], [], []
    for doc in docs:
        if doc is base_doc:
            continue
        alignment, pair_list, found = _compare_pair(base_doc, doc)
        alignments.append(alignment)
        pairs.extend(pair_list)
        findings.extend(found)
    ordered = [base_doc] + [d for d in docs if d is not base_doc]
    return Analysis(tuple(ordered), tuple(alignments), tuple(findings), mode="star", pairs=tuple(pairs))


def _analyze_family(docs: list[Document], root: Document | None, mode: str, progress: bool) -> Analysis:
    """Lineage first, then one comparison per (parent, child) pair the mode asks for."""
    from . import family, provenance
    from .progress import bar

    with bar(len(docs), "lineage", progress) as tick:
        lineage, ordered, comparisons = family.plan(docs, mode, root, tick)
    alignments, pairs, findings = [], [], []
    with bar(len(comparisons), f"compare ({mode})", progress) as tick:
        for parent, child in comparisons:
            alignment, pair_list, found = _compare_pair(parent, child)
            alignments.append(alignment)
            pairs.extend(pair_list)
            findings.extend(found)
            tick(1)
    findings = provenance.assign(findings, lineage, mode)
    return Analysis(tuple(ordered), tuple(alignments), tuple(findings), mode=mode, lineage=lineage,
                    pairs=tuple(pairs))


def _compare_pair(source: Document, target: Document) -> tuple[Alignment, list[Pair], list[Finding]]:
    alignment = align_stage.align(source, target)
    pairs, findings = [], []
    for link in alignment.links:
        pair = diff_stage.pair(link, source, target)
        pairs.append(pair)
        findings.extend(classify_stage.classify(pair, source, target))
    return alignment, pairs, _distinct_fingerprints(findings)


def _distinct_fingerprints(findings: Iterable[Finding]) -> list[Finding]:
    """The same edit at two places gets two fingerprints: number the repeats."""
    seen: Counter[str] = Counter()
    out = []
    for f in findings:
        seen[f.fingerprint] += 1
        if seen[f.fingerprint] > 1:
            f = dataclasses.replace(f, fingerprint=f"{f.fingerprint}-{seen[f.fingerprint]}")
        out.append(f)
    return out


def _documents(versions: list[Version]) -> list[Document]:
    docs = []
    for v in versions:
        if isinstance(v, Document):
            docs.append(v if v.sentences or not v.text.strip() else segment(v))
        elif isinstance(v, (str, os.PathLike)):
            docs.append(load(os.fspath(v)))
        else:
            raise InputError(f"cannot compare a {type(v).__name__}; give a path or a Document")
    return _unique_ids(docs)


def _unique_ids(docs: list[Document]) -> list[Document]:
    """Make ids unique where two file names clash (``a``, ``a-2``, ...)."""
    seen: Counter[str] = Counter()
    out = []
    for doc in docs:
        seen[doc.id] += 1
        if seen[doc.id] > 1:
            doc = dataclasses.replace(doc, id=f"{doc.id}-{seen[doc.id]}")
        out.append(doc)
    return out
