"""Align stage: the sentences of two documents -> an :class:`Alignment`.

The versions of a story are often independent rewrites, so alignment cannot lean on
a longest common subsequence of identical lines as ``difflib`` does. It runs in steps:

1. **anchors**: sentences whose normalised text is identical, matched in order
   (``SequenceMatcher`` over sentence keys), then any identical ones left (moved);
2. **pairs**: for the sentences left, a similarity matrix (:mod:`mutate.similarity`)
   and a greedy one-to-one matching from the best score down, above ``PAIR``;
   two headlines that opened their documents pair with each other first when they
   score above ``PAIR`` (a body sentence that retells the headline does not take it),
   and after the rest when neither found a partner and they share a content word: a
   tabloid rewrites its headline whole ("Kestria's central bank raises rates to
   5.25%" -> "Rate rise misery as central bank hammers homeowners again"), but it is
   still the story's headline;
3. **splits and merges**: two neighbouring unmatched sentences that together (and
   neither alone) are like an unmatched sentence on the other side become its split
   or merge; an unmatched sentence next to a matched one joins its link when most of
   its content words come from the other side of that link, when it lifts the
   link's score by ``JOIN_GAIN``, or when it alone holds words of the other side
   that the link lacks (``SUPPLIED``: "The Hertevin language is a modern Aramaic
   language." + "It was spoken in Siirt." -> "The Hertevin language was spoken in
   Siirt.");
4. **moves**: links off the longest increasing run of target positions are flagged
   ``moved``;
5. whatever is left is ``added`` or ``deleted``.

Boilerplate lines (page chrome) only ever match identical boilerplate.

Invariant: every sentence of both documents appears in exactly one link.
"""

from __future__ import annotations

import bisect
from collections import Counter
from difflib import SequenceMatcher

from . import similarity
from .model import Alignment, Document, Link, LinkKind, Sentence
from .segment import headline

PAIR = 0.42  # below this two sentences are unrelated (tuned on our own samples)
PART = 0.6  # share of a sentence's stems found in a neighbour's partner to join its link
# A piece with fewer content stems than this cannot show where it came from. Two, not
# three: SWiPE validation split F1 0.715 -> 0.753, the hand alignments unchanged.
MIN_PART_STEMS = 2
# A neighbour that lifts a link's score by this much joins it (a split whose second
# half is reworded); chosen on SWiPE val and the hand alignments together: split F1
# 0.776 at 0.1, 0.771 at 0.07, where the hand alignments' recall rises 0.774 -> 0.806.
JOIN_GAIN = 0.07
SPLIT_GAP = 8  # how many unlinked sentences before the next link are read as halves
# Content stems that an unlinked neighbour alone (no other sentence of its document has
# them) must give the other side of a link to join it. Chosen on SWiPE val and the hand
# alignments: at 2, split F1 0.790 -> 0.802, reorder 0.578 -> 0.599, the hand alignments'
# recall 0.806 -> 0.839 at the same precision; at 1, or counting stems other sentences
# share, precision falls (the story's protagonist is in every sentence).
SUPPLIED = 2
HALVES_GAIN = 0.1  # two halves together must beat the better one alone by this much
WEAK = 0.6  # a pair below this gives way to a split that holds its target (chosen on SWiPE val)
MAX_CELLS = 4_000_000  # above this, pairs are only sought near their anchors


def align(source: Document, target: Document) -> Alignment:
    """Link every sentence of ``source`` with its counterparts in ``target``.

    >>> from mutate.load import from_text
    >>> a = from_text("Putin met Biden. The talks failed. Rain fell.", id="a")
    >>> b = from_text("Rain fell. Putin met Biden in Rome. The talks failed.", id="b")
    >>> [(l.kind.value, l.source, l.target, l.moved) for l in align(a, b).links]
    [('modified', (0,), (1,), False), ('equal', (1,), (2,), False), ('equal', (2,), (0,), True)]
    """
    src, tgt = source.sentences, target.sentences
    pairs = _anchor(src, tgt)
    scores: dict[tuple[int, int], float] = {p: 1.0 for p in pairs}
    _pair_headlines(src, tgt, pairs, scores, least=PAIR)
    _pair_rest(src, tgt, pairs, scores)
    _yield_to_splits(src, tgt, pairs, scores)
    _pair_headlines(src, tgt, pairs, scores)
    groups = _grow(src, tgt, pairs, scores)
    return Alignment(source.id, target.id, _links(src, tgt, groups, scores))


def _key(sentence: Sentence) -> str:
    return similarity.normalise(sentence.text)


def _anchor(src, tgt) -> dict[int, int]:
    """Identical sentences: in order first, then any left over (those moved)."""
    a, b = [_key(s) for s in src], [_key(t) for t in tgt]
    pairs: dict[int, int] = {}
    matcher = SequenceMatcher(None, a, b, autojunk=False)
    for block in matcher.get_matching_blocks():
        for k in range(block.size):
            if a[block.a + k]:
                pairs[block.a + k] = block.b + k
    free: dict[str, list[int]] = {}
    used = set(pairs.values())
    for j, key in enumerate(b):
        if j not in used and key:
            free.setdefault(key, []).append(j)
    for i, key in enumerate(a):
        if i not in pairs and free.get(key):
            pairs[i] = free[key].pop(0)
    return pairs


def _pair_rest(src, tgt, pairs: dict[int, int], scores) -> None:
    """Greedy best-first matching of the sentences no anchor took."""
    import numpy as np

    used = set(pairs.values())
    left = [i for i in range(len(src)) if i not in pairs and not src[i].boilerplate]
    right = [j for j in range(len(tgt)) if j not in used and not tgt[j].boilerplate]
    if not left or not right:
        return
    for rows, cols in _blocks(left, right, pairs):
        sim = similarity.matrix([src[i].text for i in rows], [tgt[j].text for j in cols])
        ii, jj = np.nonzero(sim >= PAIR)
        order = sorted(zip(-sim[ii, jj], ii.tolist(), jj.tolist()))
        for neg, r, c in order:
            i, j = rows[r], cols[c]
            if i not in pairs and j not in used:
                pairs[i] = j
                used.add(j)
                scores[(i, j)] = round(float(-neg), 4)


def _pair_headlines(src, tgt, pairs: dict[int, int], scores, least: float = 0.0) -> None:
    """Pair the two headlines when neither has a partner, they share a content word and
    they score at least ``least``. Run first with ``least`` at :data:`PAIR`, so that a
    headline is not taken by a body sentence that retells it ("Walking your dog lowers
    blood pressure" by "... cannot prove that walking a dog lowered blood pressure"),
    and again after the other pairs with no least score, for a headline rewritten whole."""
    i, j = headline(src), headline(tgt)
    if i is None or j is None or i in pairs or j in pairs.values():
        return
    shared = set(similarity.stems(src[i].text)) & set(similarity.stems(tgt[j].text))
    score = round(float(similarity.matrix([src[i].text], [tgt[j].text])[0, 0]), 4) if shared else 0.0
    if shared and score >= least:
        pairs[i] = j
        scores[(i, j)] = score


def _yield_to_splits(src, tgt, pairs: dict[int, int], scores) -> None:
    """Drop a weak pair whose target sentence is rather the rest of a split: next to
    the partner of another source sentence that holds most of its words ("..., as
    demand slows." -> "... . The company said demand was slowing."), it shares only
    a few stock words with the sentence it was paired with ("The company has not
    said ...")."""
    owner = {j: i for i, j in pairs.items()}
    for i, j in list(pairs.items()):
        if scores.get((i, j), 1.0) >= WEAK:
            continue
        text = tgt[j].text
        for neighbour in (j - 1, j + 1):
            k = owner.get(neighbour)
            if k is not None and k != i and _part_of(text, src[k].text) and not _part_of(text, src[i].text):
                del pairs[i], scores[(i, j)], owner[j]
                break


def _blocks(left: list[int], right: list[int], pairs: dict[int, int]):
    """All of ``left`` x ``right`` when small; else windows between anchors.

    The windowed form keeps alignment linear for long, mostly identical documents: an
    unmatched sentence is compared with those in the same gap between anchors and the
    gaps on either side.
    """
    if len(left) * len(right) <= MAX_CELLS:
        yield left, right
        return
    anchors = sorted(pairs.items())
    anchor_src = [i for i, _ in anchors]
    anchor_tgt = sorted(j for _, j in anchors)
    by_gap: dict[int, list[int]] = {}
    for i in left:
        by_gap.setdefault(bisect.bisect(anchor_src, i), []).append(i)
    right_gap = [bisect.bisect(anchor_tgt, j) for j in right]
    for gap, rows in sorted(by_gap.items()):
        lo, hi = bisect.bisect_left(right_gap, gap - 2), bisect.bisect_right(right_gap, gap + 2)
        if right[lo:hi]:
            yield rows, right[lo:hi]


def _grow(src, tgt, pairs: dict[int, int], scores) -> list[tuple[list[int], list[int]]]:
    """Turn pairs into groups, letting unmatched neighbours join as splits or merges."""
    groups = {i: ([i], [j]) for i, j in pairs.items()}
    for i, (j, k) in _halves(src, tgt, pairs).items():  # a split with both halves reworded
        groups[i] = ([i], [j, k])
    for j, (i, k) in _halves(tgt, src, {j: i for i, (_, t) in groups.items() for j in t}).items():  # a merge
        groups[i] = ([i, k], [j])
    own_src, own_tgt = _own_stems(src), _own_stems(tgt)
    by_target = {j: i for i, (_, t) in groups.items() for j in t}
    taken_src = {i for s, _ in groups.values() for i in s}
    taken_tgt = set(by_target)
    for j in range(len(tgt)):
        if j in taken_tgt or tgt[j].boilerplate:
            continue
        for neighbour in (j - 1, j + 1):
            i = by_target.get(neighbour)
            if i is not None and len(groups[i][0]) == 1 and (
                    _part_of(tgt[j].text, src[i].text) or _completes(src[i].text, tgt, groups[i][1], j)
                    or _supplies(src[i].text, tgt, groups[i][1], own_tgt[j])):
                groups[i][1].append(j)
                taken_tgt.add(j)
                by_target[j] = i
                break
    owner_of = {i: i for i in pairs}
    for i in range(len(src)):
        if i in taken_src or src[i].boilerplate:
            continue
        for neighbour in (i - 1, i + 1):
            owner = owner_of.get(neighbour)
            if owner is None or len(groups[owner][1]) != 1:
                continue
            whole = tgt[groups[owner][1][0]].text
            if (_part_of(src[i].text, whole) or _completes(whole, src, groups[owner][0], i)
                    or _supplies(whole, src, groups[owner][0], own_src[i])):
                groups[owner][0].append(i)
                taken_src.add(i)
                owner_of[i] = owner
                break
    return [(sorted(s), sorted(t)) for s, t in groups.values()]


def _part_of(piece: str, whole: str) -> bool:
    """Whether most content stems of ``piece`` appear in ``whole``."""
    mine = similarity.stems(piece)
    if len(mine) < MIN_PART_STEMS:
        return False
    theirs = set(similarity.stems(whole))
    return sum(s in theirs for s in mine) / len(mine) >= PART


def _halves(one, other, paired: dict[int, int]) -> dict[int, tuple[int, int]]:
    """Sentences of ``one`` that no link took, each against two neighbouring sentences of
    ``other`` that no link took either, in the gap where it belongs: when the two read
    together are like it and neither alone is, it was split (or, the other way round,
    merged) and both halves reworded."""
    found: dict[int, tuple[int, int]] = {}
    done = sorted(paired.items())
    used = set(paired.values())
    for i in range(len(one)):
        if i in paired or one[i].boilerplate or len(similarity.stems(one[i].text)) < MIN_PART_STEMS:
            continue
        at = bisect.bisect(done, (i, -1))
        lo = done[at - 1][1] + 1 if at else 0
        hi = done[at][1] if at < len(done) else len(other)
        free = [j for j in range(max(lo, hi - SPLIT_GAP), hi) if j not in used and not other[j].boilerplate]
        starts = [j for j in free if j + 1 in free]
        if not starts:
            continue
        texts = [other[j].text for j in free] + [other[j].text + " " + other[j + 1].text for j in starts]
        row = similarity.matrix([one[i].text], texts)[0]
        alone = dict(zip(free, row[:len(free)].tolist()))
        best, best_j = PAIR, None
        for j, both in zip(starts, row[len(free):].tolist()):
            if both > best and both >= max(alone[j], alone[j + 1]) + HALVES_GAIN:
                best, best_j = both, j
        if best_j is not None:
            found[i] = (best_j, best_j + 1)
            used.update(found[i])
    return found


def _own_stems(side) -> list[frozenset[str]]:
    """Each sentence's content stems that no other sentence of its document has."""
    bags = [frozenset(similarity.stems(s.text)) for s in side]
    seen = Counter(stem for bag in bags for stem in bag)
    return [frozenset(stem for stem in bag if seen[stem] == 1) for bag in bags]


def _supplies(whole: str, side, members: list[int], own: frozenset[str]) -> bool:
    """Whether a neighbour whose own stems are ``own`` gives ``whole`` at least
    ``SUPPLIED`` words that the ``members`` already linked with it lack: the subject
    that a merge took from the sentence before, or the clause a split put into the
    sentence after. Only stems no other sentence has count, since the name a story is
    about turns up in every sentence.

    >>> from mutate.load import from_text
    >>> a = from_text("The Hertevin language is a modern Aramaic language. It was spoken "
    ...               "in villages of Siirt Province.", id="a").sentences
    >>> _supplies("The Hertevin language was spoken in Siirt Province.", a, [1], _own_stems(a)[0])
    True
    >>> _supplies("The language was spoken in Siirt Province.", a, [1], _own_stems(a)[0])
    False
    """
    missing = set(similarity.stems(whole)).difference(*(similarity.stems(side[k].text) for k in members))
    return len(missing & own) >= SUPPLIED


def _completes(whole: str, side, members: list[int], extra: int) -> bool:
    """Whether sentence ``extra`` of ``side``, joined to the ``members`` already linked
    with ``whole``, makes a text clearly more like ``whole`` than they are alone: the
    second half of a split reworded too much for its own words to count."""
    if len(similarity.stems(side[extra].text)) < MIN_PART_STEMS:
        return False
    before = similarity.pair(whole, " ".join(side[k].text for k in members))
    after = similarity.pair(whole, " ".join(side[k].text for k in sorted([*members, extra])))
    return after >= max(PAIR, before + JOIN_GAIN)


def _links(src, tgt, groups, scores) -> tuple[Link, ...]:
    moved = _off_longest_run(groups)
    links: list[tuple[float, int, Link]] = []
    seen_src = {i for s, _ in groups for i in s}
    seen_tgt = {j for _, t in groups for j in t}
    for n, (s, t) in enumerate(groups):
        kind = _kind(src, tgt, s, t)
        score = 1.0 if kind is LinkKind.EQUAL else scores.get((s[0], t[0]))
        if score is None:  # computed only when matching did not score it (a default argument would always run)
            score = similarity.pair(" ".join(src[i].text for i in s), " ".join(tgt[j].text for j in t))
        links.append((s[0], 1, Link(kind, tuple(s), tuple(t), round(score, 4), n in moved)))
    for i in range(len(src)):
        if i not in seen_src:
            links.append((i, 0, Link(LinkKind.DELETED, (i,), ())))
    # An added sentence sits just before the link that holds the next target sentence,
    # after any deletions there (as difflib shows a replacement: deletions first).
    src_of_tgt = {j: s[0] for s, t in groups for j in t}
    before, highest = [], -1
    for j in range(len(tgt)):
        before.append(highest)
        highest = max(highest, src_of_tgt.get(j, -1))
    following = len(src)
    for j in reversed(range(len(tgt))):
        if j in src_of_tgt:
            following = src_of_tgt[j]
        elif j not in seen_tgt:
            place = following - 0.5 if following > before[j] else before[j] + 0.5
            links.append((place, 2 + j / (len(tgt) + 1), Link(LinkKind.ADDED, (), (j,))))
    links.sort(key=lambda x: (x[0], x[1]))
    return tuple(link for _, _, link in links)


def _kind(src, tgt, s: list[int], t: list[int]) -> LinkKind:
    if len(s) > 1:
        return LinkKind.MERGED
    if len(t) > 1:
        return LinkKind.SPLIT
    return LinkKind.EQUAL if src[s[0]].text == tgt[t[0]].text else LinkKind.MODIFIED


def _off_longest_run(groups) -> set[int]:
    """Indexes of groups not on the longest run of increasing target positions."""
    order = sorted(range(len(groups)), key=lambda n: groups[n][0][0])
    seq = [groups[n][1][0] for n in order]
    tails: list[int] = []
    tail_at: list[int] = []
    parent = [-1] * len(seq)
    for k, value in enumerate(seq):
        pos = bisect.bisect_left(tails, value)
        if pos == len(tails):
            tails.append(value)
            tail_at.append(k)
        else:
            tails[pos] = value
            tail_at[pos] = k
        parent[k] = tail_at[pos - 1] if pos else -1
    keep = set()
    k = tail_at[-1] if tail_at else -1
    while k >= 0:
        keep.add(order[k])
        k = parent[k]
    return {n for n in range(len(groups)) if n not in keep}
