"""Lineage: which version of a family copied which, from the wording copies share.

A copy keeps its parent's wording and changes a little of it, so a parent and its
child share more *distinctive* wording than any other two versions: the child carries
every mutation the parent made (rare word shingles, found only in the parent's line)
and every omission (a common shingle missing from both). Siblings and grandparents
each miss one side's edits. The steps, all linear in the number of versions:

1. **features**: each version's word 4-shingles, hashed in numpy; a shingle found in
   at least half of the family also gives an *absence* feature to the versions that
   lack it, so shared omissions and shared rewrites count as evidence like shared text;
2. **candidates** (not all pairs): an inverted index from feature to versions; each
   version looks up its rarest shared features first, within a fixed budget of
   postings, and keeps the few versions it shares most weight with, plus the
   handful of most consensual versions (the likely ancestors near the root);
3. **score** of a candidate edge: weighted Jaccard similarity of the two feature sets,
   each feature weighted ``log(1 + N / df)`` (rare wording weighs more);
4. **tree**: the maximum spanning tree of the candidate graph (Kruskal), rooted at the
   base when one is given, else at the most consensual version: the original's wording
   is the one most copies still carry;
5. **dates** are never contradicted: a parent dated after its child is replaced by the
   best-scoring candidate that is not dated after it and not among its descendants.

The score reported for a parent is that weighted Jaccard similarity (0..1): how much of
the two versions' weighted wording they share.

Rejected: all-pairs similarity (quadratic: 500,000 pairs at 1,000 versions) and MinHash
LSH banding (in a family every version is a near-duplicate of every other, so the bands
put nearly all pairs in one bucket, quadratic again).
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Callable, Sequence

from .model import Document, Lineage

SHINGLE = 4  # words per shingle: long enough to be distinctive, short enough to survive a nearby edit
BUDGET = 4096  # postings read per version while gathering candidates
NEIGHBOURS = 48  # best candidates kept per version from the index
HUBS = 8  # most consensual versions, candidates for every version
_WORD = re.compile(r"\w+", re.UNICODE)
_MASK = (1 << 64) - 1


def infer(docs: Sequence[Document], root: str | None = None,
          tick: Callable[[int], None] | None = None) -> tuple[Lineage, ...]:
    """The parent of every document (``None`` for the root), in the order given.

    >>> from mutate.load import from_text
    >>> a = from_text("The spy chief met the generals. They spoke of a coup. Nobody denied it.", id="a")
    >>> b = from_text("The spy chief met the generals. They spoke of a coup. Nobody denied it. Later the talks ended.", id="b")
    >>> c = from_text("The spy chief met all the generals. They spoke of a coup. Nobody denied it. Later the talks ended.", id="c")
    >>> [(l.doc, l.parent) for l in infer([a, b, c], root="a")]
    [('a', None), ('b', 'a'), ('c', 'b')]
    """
    import numpy as np

    n = len(docs)
    if n == 0:
        return ()
    if n == 1:
        return (Lineage(docs[0].id, None, 1.0),)
    feats, weights, df = _features(docs)
    consensus = [float(df[f].mean()) / n if len(f) else 0.0 for f in feats]
    edges = _candidates(feats, weights, df, consensus, tick)
    adjacent = _spanning_tree(n, edges)
    if root is not None:
        root_at = next(i for i, d in enumerate(docs) if d.id == root)
    else:
        root_at = _root(docs, adjacent, consensus)
    parent = _orient(adjacent, root_at)
    parent = _respect_dates(docs, parent, edges, root_at)
    score = {(a, b): s for a, b, s in edges}
    out = []
    for i, doc in enumerate(docs):
        p = parent[i]
        if p is None:
            out.append(Lineage(doc.id, None, 1.0))
        else:
            s = score.get((min(i, p), max(i, p)))
            if s is None:
                s = _similarity(feats[i], feats[p], weights, np)
            out.append(Lineage(doc.id, docs[p].id, round(s, 4)))
    return tuple(out)


def chain(docs: Sequence[Document]) -> tuple[Lineage, ...]:
    """Each document's parent is the one before it (a revision history), with its score."""
    import numpy as np

    if not docs:
        return ()
    feats, weights, _ = _features(docs)
    out = [Lineage(docs[0].id, None, 1.0)]
    for i in range(1, len(docs)):
        out.append(Lineage(docs[i].id, docs[i - 1].id, round(_similarity(feats[i], feats[i - 1], weights, np), 4)))
    return tuple(out)


def _word_ids(doc: Document, vocab: dict[str, int], seen: dict[str, list[int]]) -> list[int]:
    """The document's words as ids; a sentence met before in the family is looked up whole."""
    out: list[int] = []
    for s in doc.sentences:
        if s.boilerplate:
            continue
        ids = seen.get(s.text)
        if ids is None:
            words = _WORD.findall(unicodedata.normalize("NFKC", s.text).casefold())
            ids = seen[s.text] = [vocab.setdefault(w, len(vocab) + 1) for w in words]
        out += ids
    return out


def _features(docs: Sequence[Document]):
    """Per document a sorted array of feature ids; the weight and df of every feature."""
    import numpy as np

    vocab: dict[str, int] = {}
    seen: dict[str, list[int]] = {}
    hashed = []
    for doc in docs:
        ids = np.array(_word_ids(doc, vocab, seen), dtype=np.uint64)
        if len(ids) < SHINGLE:
            h = np.array([_hash_short(ids)], dtype=np.uint64) if len(ids) else np.zeros(0, np.uint64)
        else:
            h = np.zeros(len(ids) - SHINGLE + 1, dtype=np.uint64)
            with np.errstate(over="ignore"):
                for k in range(SHINGLE):
                    h = h * np.uint64(0x100000001B3) ^ ids[k:len(ids) - SHINGLE + 1 + k]
        hashed.append(np.unique(h))
    allh, inverse, counts = np.unique(np.concatenate(hashed), return_inverse=True, return_counts=True)
    feats, at = [], 0
    for h in hashed:
        feats.append(inverse[at:at + len(h)].astype(np.int64))
        at += len(h)
    n = len(docs)
    common = np.nonzero(counts * 2 >= n)[0] if n >= 3 else np.zeros(0, np.int64)
    base = len(allh)
    df = np.concatenate([counts, n - counts[common]]).astype(np.int64)
    for i, f in enumerate(feats):
        absent = np.setdiff1d(common, f, assume_unique=True)
        if len(absent):
            feats[i] = np.concatenate([f, base + np.searchsorted(common, absent)])
    weights = np.log1p(n / np.maximum(df, 1))
    return feats, weights, df


def _hash_short(ids) -> int:
    h = 0
    for v in ids.tolist():
        h = ((h * 0x100000001B3) ^ v) & _MASK
    return h


def _candidates(feats, weights, df, consensus, tick):
    """Candidate edges ``(i, j, score)`` with ``i < j``: index neighbours and hubs."""
    import numpy as np

    n = len(feats)
    order = np.argsort(np.concatenate(feats), kind="stable")
    owners = np.repeat(np.arange(n), [len(f) for f in feats])[order]
    starts = np.concatenate([[0], np.cumsum(np.bincount(np.concatenate(feats), minlength=len(df)))])
    hubs = sorted(range(n), key=lambda i: (-consensus[i], i))[:HUBS]
    mask = np.zeros(len(df), dtype=bool)
    mass = np.array([weights[f].sum() for f in feats])
    found: dict[tuple[int, int], float] = {}
    for i, f in enumerate(feats):
        shared = f[df[f] >= 2]
        shared = shared[np.argsort(df[shared], kind="stable")]
        take = np.searchsorted(np.cumsum(df[shared]), BUDGET, side="right")
        picked = shared[:max(take, 1)]
        if len(picked):
            spans = [owners[starts[g]:starts[g + 1]] for g in picked.tolist()]
            who = np.concatenate(spans)
            gain = np.repeat(weights[picked], [len(s) for s in spans])
            # Only the versions met here are counted: an array of all n per version
            # would make this loop quadratic.
            met, slot = np.unique(who, return_inverse=True)
            total = np.bincount(slot, weights=gain)
            mine = met != i
            met, total = met[mine], total[mine]
            near = met[np.lexsort((met, -total))[:NEIGHBOURS]].tolist()
        else:
            near = []
        todo = sorted(j for j in set(near) | set(hubs) if j != i and (min(i, j), max(i, j)) not in found)
        if todo:
            mask[f] = True
            g = np.concatenate([feats[j] for j in todo])
            lengths = [len(feats[j]) for j in todo]
            bounds = np.concatenate([[0], np.cumsum(lengths)[:-1]])
            # A trailing 0 keeps every bound in range when the last candidates have no features.
            inter = np.add.reduceat(np.append(np.where(mask[g], weights[g], 0.0), 0.0), bounds)
            union = mass[i] + mass[todo] - inter
            for j, a, u, size in zip(todo, inter.tolist(), union.tolist(), lengths):
                found[(min(i, j), max(i, j))] = a / u if u and size else 0.0
            mask[f] = False
        if tick:
            tick(1)
    return [(a, b, s) for (a, b), s in sorted(found.items())]


def _similarity(f, g, weights, np) -> float:
    inter = float(weights[np.intersect1d(f, g, assume_unique=True)].sum())
    union = float(weights[f].sum() + weights[g].sum()) - inter
    return inter / union if union else 0.0


def _root(docs: Sequence[Document], adjacent: list[list[int]], consensus: list[float]) -> int:
    """The root that contradicts the fewest dates; among those, the likeliest origin.

    A root dated after any other version is out: it is everyone's ancestor. Rooting at ``r`` orients every edge away from ``r``; an edge whose parent is dated
    after its child is a contradiction. Among the roots with the fewest, the one with
    the highest *rumour centrality* (Shah and Zaman, 2011) wins: the number of orders in
    which the versions could have been copied from it, ``n! / prod(subtree sizes)``,
    which makes it the most likely origin when any existing version may be copied
    next. The family's consensus wording breaks what ties remain. Moving the root across
    one edge changes one edge's orientation and one pair of subtree sizes, so every
    root is scored in one walk over the tree.
    """
    dates = [d.date for d in docs]
    n = len(docs)

    def late(p: int, c: int) -> int:
        return int(bool(dates[p] and dates[c] and dates[p] > dates[c]))

    parent = _orient(adjacent, 0)
    order = _walk(adjacent, 0)
    size = [1] * n
    for c in reversed(order[1:]):
        size[parent[c]] += size[c]
    wrong = [0] * n
    wrong[0] = sum(late(p, c) for c, p in enumerate(parent) if p is not None)
    rumour = [0.0] * n
    rumour[0] = -sum(math.log(t) for t in size)
    for c in order[1:]:
        p = parent[c]
        wrong[c] = wrong[p] - late(p, c) + late(c, p)
        rumour[c] = rumour[p] + math.log(size[c]) - math.log(n - size[c])
    first = min((d for d in dates if d), default=None)
    eligible = [i for i in range(n) if (not dates[i] or dates[i] == first)  # the root predates all
                and any(not s.boilerplate for s in docs[i].sentences)] or list(range(n))  # and has wording
    return min(eligible, key=lambda i: (wrong[i], -round(rumour[i], 9), -consensus[i], i))


def _spanning_tree(n: int, edges) -> list[list[int]]:
    """Maximum spanning tree of the candidate graph (Kruskal), as adjacency lists."""
    up = list(range(n))

    def find(x: int) -> int:
        while up[x] != x:
            up[x] = up[up[x]]
            x = up[x]
        return x

    adjacent: list[list[int]] = [[] for _ in range(n)]
    for a, b, _ in sorted(edges, key=lambda e: (-e[2], e[0], e[1])):
        ra, rb = find(a), find(b)
        if ra != rb:
            up[ra] = rb
            adjacent[a].append(b)
            adjacent[b].append(a)
    # Versions the candidate graph left apart (no shared wording at all) join the first.
    for i in range(1, n):
        if find(i) != find(0):
            up[find(i)] = find(0)
            adjacent[i].append(0)
            adjacent[0].append(i)
    return adjacent


def _walk(adjacent: list[list[int]], root: int) -> list[int]:
    """Nodes in breadth-first order from ``root``."""
    seen, order = {root}, [root]
    for x in order:
        for y in adjacent[x]:
            if y not in seen:
                seen.add(y)
                order.append(y)
    return order


def _orient(adjacent: list[list[int]], root: int) -> list[int | None]:
    parent: list[int | None] = [None] * len(adjacent)
    seen = {root}
    for x in _walk(adjacent, root):
        for y in adjacent[x]:
            if y not in seen:
                seen.add(y)
                parent[y] = x
    return parent


def _respect_dates(docs, parent: list[int | None], edges, root: int) -> list[int | None]:
    """Replace every parent dated after its child by the best candidate that is not."""
    dates = [d.date for d in docs]
    by_doc: dict[int, list[tuple[float, int]]] = {}
    for a, b, s in edges:
        by_doc.setdefault(a, []).append((s, b))
        by_doc.setdefault(b, []).append((s, a))
    parent = list(parent)
    for i in range(len(docs)):
        p = parent[i]
        if p is None or not (dates[i] and dates[p] and dates[p] > dates[i]):
            continue
        below = _descendants(parent, i)
        options = sorted(by_doc.get(i, []), key=lambda t: (-t[0], t[1])) + [(0.0, root)]
        for _, j in options:
            if j != i and j not in below and not (dates[j] and dates[j] > dates[i]):
                parent[i] = j
                break
    return parent


def _descendants(parent: list[int | None], i: int) -> set[int]:
    children: dict[int, list[int]] = {}
    for c, p in enumerate(parent):
        if p is not None:
            children.setdefault(p, []).append(c)
    out, stack = {i}, [i]
    while stack:
        for c in children.get(stack.pop(), []):
            if c not in out:
                out.add(c)
                stack.append(c)
    return out


def depth_order(lineage: Sequence[Lineage]) -> list[str]:
    """Document ids with every parent before its children (roots first, stable)."""
    children: dict[str | None, list[str]] = {}
    for entry in lineage:
        children.setdefault(entry.parent, []).append(entry.doc)
    out, queue = [], list(children.get(None, []))
    while queue:
        doc = queue.pop(0)
        out.append(doc)
        queue.extend(children.get(doc, []))
    return out

