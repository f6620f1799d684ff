"""Where in the other text a span went: the word diff, refined, as a map between sides.

The diff stage cleans its word diff up semantically, which is right for display but
turns a reworded clause into one long replacement ("signs that Putin could face a coup"
-> "predicted that Putin will be deposed shortly"). Rules want the words that changed,
so :func:`fine_ops` re-diffs every long replacement word by word (difflib's longest
matching blocks, stdlib and fast on a clause) and :func:`counterpart` maps a span of
one side through those ops onto the other. Rules use it to give tight evidence ("could
face" -> "will") and to tell a hedge that was dropped from its claim apart from a claim
that was cut whole.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher
from functools import lru_cache

from .. import similarity
from ..lexicons import lexicon
from ..model import Op, Pair

_WORD = re.compile(r"\w+(?:['’.\-]\w+)*|[^\w\s]")
SHORT = 3  # a replacement of this many words a side is already as tight as it gets


def words(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Spans of the words and punctuation marks of ``text[start:end]`` (offsets into ``text``)."""
    end = len(text) if end is None else end
    return [(start + m.start(), start + m.end()) for m in _WORD.finditer(text[start:end])]


def fine_ops(pair: Pair) -> tuple[Op, ...]:
    """The pair's diff with every long replacement split at the words both sides share.

    >>> from mutate.diff import word_diff
    >>> from mutate.model import Link, LinkKind, Pair
    >>> a, b = "signs that Putin could face a coup", "predicted that Putin will be deposed"
    >>> p = Pair(Link(LinkKind.MODIFIED, (0,), (0,)), "x", "y", a, b, 0, 0, word_diff(a, b))
    >>> [(o.a_text, o.b_text) for o in fine_ops(p) if o.kind != "equal"]
    [('signs', 'predicted'), ('could face a coup', 'will be deposed')]
    >>> a, b = "a coup could be imminent is further strengthened by", "a coup is coming is bolstered by"
    >>> p = Pair(Link(LinkKind.MODIFIED, (0,), (0,)), "x", "y", a, b, 0, 0, word_diff(a, b))
    >>> [(o.a_text, o.b_text) for o in fine_ops(p) if o.kind != "equal"]  # "is" alone is no anchor
    [('could be imminent is further strengthened', 'is coming is bolstered')]
    """
    return _fine(pair.a, pair.b, pair.ops)


@lru_cache(maxsize=4096)
def _fine(a: str, b: str, ops: tuple[Op, ...]) -> tuple[Op, ...]:
    out: list[Op] = []
    for op in ops:
        if op.kind != "replace" or (len(words(a, op.a_start, op.a_end)) <= SHORT
                                    and len(words(b, op.b_start, op.b_end)) <= SHORT):
            out.append(op)
        else:
            out.extend(_rediff(a, b, op))
    return tuple(out)


def _rediff(a: str, b: str, op: Op) -> list[Op]:
    wa, wb = words(a, op.a_start, op.a_end), words(b, op.b_start, op.b_end)
    ka = [a[s:e].casefold() for s, e in wa]
    kb = [b[s:e].casefold() for s, e in wb]
    stop = _stop(lexicon("stopwords"))
    # an anchor of one function word ("is", "the") would pair unrelated clauses up
    blocks = [m for m in SequenceMatcher(None, ka, kb, autojunk=False).get_matching_blocks()
              if sum(t[0].isalnum() for t in ka[m.a:m.a + m.size]) >= 2
              or any(t[0].isalnum() and t not in stop for t in ka[m.a:m.a + m.size])]
    out: list[Op] = []
    i, j = op.a_start, op.b_start  # end of what has been emitted so far, on each side
    for m in blocks:
        s_a, e_a = wa[m.a][0], wa[m.a + m.size - 1][1]
        s_b, e_b = wb[m.b][0], wb[m.b + m.size - 1][1]
        out += _gap(a, b, i, s_a, j, s_b)
        out.append(Op("equal", s_a, e_a, s_b, e_b, a[s_a:e_a], b[s_b:e_b]))
        i, j = e_a, e_b
    out += _gap(a, b, i, op.a_end, j, op.b_end)
    return out


def _gap(a: str, b: str, i: int, i2: int, j: int, j2: int) -> list[Op]:
    """The text between two matched blocks as one op (white space alone is equal)."""
    ta, tb = a[i:i2], b[j:j2]
    if not ta.strip() and not tb.strip():
        return [Op("equal", i, i2, j, j2, ta, tb)] if ta or tb else []
    kind = "replace" if ta.strip() and tb.strip() else ("delete" if ta.strip() else "insert")
    return [Op(kind, i, i2, j, j2, ta, tb)]


def counterpart(pair: Pair, span: tuple[int, int], side: str = "a") -> tuple[int, int]:
    """The span of the other side that ``span`` (on ``side``) became, through :func:`fine_ops`.

    A span inside unchanged text maps exactly; one inside a replacement maps to what
    replaced it; one that was deleted maps to an empty span where it was.
    """
    lo = hi = None
    for op in fine_ops(pair):
        s, e = (op.a_start, op.a_end) if side == "a" else (op.b_start, op.b_end)
        t_s, t_e = (op.b_start, op.b_end) if side == "a" else (op.a_start, op.a_end)
        if e <= span[0] and not (s == e == span[0]) or s >= span[1] and s != span[0]:
            continue
        if op.kind == "equal":  # the same words, though white space may differ ("Putin ." / "Putin.")
            t_s, t_e = min(t_e, t_s + max(0, span[0] - s)), min(t_e, t_s + min(e, span[1]) - s)
        lo = t_s if lo is None else min(lo, t_s)
        hi = t_e if hi is None else max(hi, t_e)
    if lo is None:
        return (0, 0)
    return _strip((pair.b if side == "a" else pair.a), lo, hi)


def _strip(text: str, lo: int, hi: int) -> tuple[int, int]:
    while lo < hi and text[lo].isspace():
        lo += 1
    while hi > lo and text[hi - 1].isspace():
        hi -= 1
    return (lo, hi)


def op_at(pair: Pair, span: tuple[int, int], side: str = "a") -> Op | None:
    """The first refined op that overlaps ``span`` on ``side`` and is not equal."""
    for op in fine_ops(pair):
        s, e = (op.a_start, op.a_end) if side == "a" else (op.b_start, op.b_end)
        if op.kind != "equal" and s < span[1] and span[0] < e:
            return op
    return None


def changed(pair: Pair, span: tuple[int, int], side: str = "a") -> bool:
    """Whether any word of ``span`` is inside a change of the refined diff."""
    return op_at(pair, span, side) is not None


def around(text: str, at: int) -> tuple[int, int]:
    """The word before and the word after offset ``at``: where something was dropped.

    >>> around("The minister is ill.", 16)
    (13, 19)
    """
    before = [w for w in words(text, 0, at) if text[w[0]].isalnum()][-1:]
    after = [w for w in words(text, at) if text[w[0]].isalnum()][:1]
    spans = before + after
    if not spans:
        return (0, len(text))
    return (spans[0][0], spans[-1][1])


def evidence_in(pair: Pair, span: tuple[int, int], side: str = "a") -> tuple[int, int]:
    """The counterpart of ``span``, or the words around the place it was dropped from."""
    lo, hi = counterpart(pair, span, side)
    if hi > lo:
        return (lo, hi)
    return around(pair.b if side == "a" else pair.a, lo)


@lru_cache(maxsize=4)
def _stop(entries: tuple[str, ...]) -> frozenset[str]:
    return frozenset(entries)


def content_stems(text: str) -> list[str]:
    """Content-word stems of ``text`` in order (the prefixes :mod:`mutate.similarity` compares).

    >>> content_stems("may resign, met the president")
    ['may', 'resig', 'met', 'presi']
    """
    stop = _stop(lexicon("stopwords"))
    return [w[:similarity.STEM] for w in similarity.normalise(text).split() if w not in stop]


_AUXILIARIES = frozenset({"will", "would", "shall", "should", "can", "could", "may", "might", "must",
                          "been", "being"})


def lexical_stems(text: str) -> list[str]:
    """:func:`content_stems` less the modals and auxiliaries, which carry a verb's tense
    or certainty rather than what it means ("could affect" -> "will devastate" swaps
    one word of meaning).

    >>> lexical_stems("could affect"), lexical_stems("will devastate")
    (['affec'], ['devas'])
    """
    return [w for w in content_stems(text) if w not in _AUXILIARIES]


CLAUSE = 6  # a change of this many words on one side only is a clause cut or added


def n_words(text: str, start: int, end: int) -> int:
    """How many words (not punctuation marks) ``text[start:end]`` holds."""
    return sum(1 for s, _ in words(text, start, end) if text[s].isalnum())


def local_edit(pair: Pair, span: tuple[int, int], side: str = "a") -> bool:
    """Whether ``span`` sits in a local edit: changed, but not in a clause cut or added
    whole, nor in a long stretch rewritten from scratch.

    A cue in a clause that was cut went with its claim, which is an omission, not a
    change of the claim.
    """
    op = op_at(pair, span, side)
    if op is None:
        return False
    na, nb = n_words(pair.a, op.a_start, op.a_end), n_words(pair.b, op.b_start, op.b_end)
    return not ((na == 0 and nb >= CLAUSE) or (nb == 0 and na >= CLAUSE) or (na > 2 * CLAUSE and nb > 2 * CLAUSE))
