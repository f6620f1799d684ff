"""Align one draft with several sources: one :class:`Alignment` per source, and each
draft sentence in exactly one link across them (the contract's rule for ``mutate check``).

A draft takes its material from several sources, so each draft sentence belongs with
the best-matching sentence in *any* source. The draft is aligned with each source on
its own (:func:`mutate.align.align`), then every linked candidate competes:

1. links are taken from the best score down (ties: the source named first); a link
   whose draft sentences are all taken already is dropped, one with some taken keeps
   the rest (a split loses the part another source matched better);
2. a draft sentence no source took is ``added``, in the alignment of the source that
   took the draft sentence before it (the first source when none did);
3. a source sentence whose link was dropped is ``deleted`` in its own alignment;
4. ``moved`` is computed again within each alignment, over the links it kept.

The rejected alternative, aligning the draft with all sources joined into one text,
lets the similarity matrix pair a draft sentence with any source, but splits, merges
and moves then cross source boundaries, and a finding could not name one source.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from . import align as align_stage
from . import similarity
from .model import Alignment, Document, Link, LinkKind


def align_many(draft: Document, sources: Sequence[Document]) -> list[Alignment]:
    """One alignment per source, each draft sentence in exactly one link across them.

    >>> from mutate.load import from_text
    >>> wire = from_text("Rain fell on Monday. The river rose two metres.", id="wire")
    >>> council = from_text("The council opened a shelter at the school.", id="council")
    >>> draft = from_text("The river rose three metres. The council opened a shelter at the school.", id="d")
    >>> [(a.source, [(l.kind.value, l.source, l.target) for l in a.links]) for a in align_many(draft, [wire, council])]
    [('wire', [('deleted', (0,), ()), ('modified', (1,), (0,))]), ('council', [('equal', (0,), (1,))])]
    """
    per_source = [align_stage.align(source, draft) for source in sources]
    candidates = [
        (-link.score, k, n, link)
        for k, alignment in enumerate(per_source)
        for n, link in enumerate(alignment.links)
        if link.source and link.target
    ]
    candidates.sort(key=lambda c: c[:3])
    owner: dict[int, int] = {}  # draft sentence -> index of the source that took it
    kept: list[list[Link]] = [[] for _ in sources]
    for _, k, _, link in candidates:
        free = tuple(j for j in link.target if j not in owner)
        if not free:
            continue
        if free != link.target:
            link = _narrowed(link, free, sources[k], draft)
        for j in free:
            owner[j] = k
        kept[k].append(link)
    added: list[list[int]] = [[] for _ in sources]
    previous = 0
    for j in range(len(draft.sentences)):
        if j in owner:
            previous = owner[j]
        else:
            added[previous].append(j)
    return [
        Alignment(source.id, draft.id, _ordered(len(source.sentences), kept[k], added[k]))
        for k, source in enumerate(sources)
    ]


def _narrowed(link: Link, targets: tuple[int, ...], source: Document, draft: Document) -> Link:
    """A link keeping only some of its draft sentences, with its kind and score redone."""
    a = " ".join(source.sentences[i].text for i in link.source)
    b = " ".join(draft.sentences[j].text for j in targets)
    if len(targets) > 1:
        kind = LinkKind.SPLIT
    elif len(link.source) > 1:
        kind = LinkKind.MERGED
    else:
        kind = LinkKind.EQUAL if a == b else LinkKind.MODIFIED
    return dataclasses.replace(link, kind=kind, target=targets, score=round(similarity.pair(a, b), 4))


def _ordered(n_source: int, links: list[Link], added: list[int]) -> tuple[Link, ...]:
    """Every source sentence in one link (the rest deleted), in source order, with each
    added draft sentence after the source sentences linked to earlier draft sentences,
    and ``moved`` redone over this alignment's links."""
    groups = sorted(links, key=lambda l: l.source[0])
    moved = align_stage._off_longest_run([(list(l.source), list(l.target)) for l in groups])
    placed: list[tuple[float, int, Link]] = [
        (l.source[0], 1, dataclasses.replace(l, moved=n in moved)) for n, l in enumerate(groups)
    ]
    linked = {i for l in groups for i in l.source}
    placed += [(i, 0, Link(LinkKind.DELETED, (i,), ())) for i in range(n_source) if i not in linked]
    for j in added:
        before = [l.source[-1] for l in groups if l.target[0] < j]
        placed.append((max(before, default=-1) + 0.5, 2 + j, Link(LinkKind.ADDED, (), (j,))))
    placed.sort(key=lambda p: (p[0], p[1]))
    return tuple(link for _, _, link in placed)
