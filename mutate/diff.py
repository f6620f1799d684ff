"""Diff stage: an aligned link -> a :class:`~mutate.model.Pair` with its word diff.

diff-match-patch diffs characters; to get whole-word edits each word (and each run of
spaces, each punctuation mark) is mapped to one private-use character first, the
mapped strings are diffed and cleaned up semantically, then mapped back. A replaced
word is then one replacement, "[-around][+roughly] 150", not character fragments like
"[-a]rou[-nd][+ghly] 150".
"""

from __future__ import annotations

import re
from functools import lru_cache

from .model import Document, Link, LinkKind, Op, Pair

_TOKEN = re.compile(r"\w+(?:['’.\-]\w+)*|\s+|[^\w\s]", re.UNICODE)
_NOT_SPACE = re.compile(r"\S")
_BASE = 0xF0000  # Supplementary Private Use Area-A: never a real character in news text
BEFORE = 3  # sentences of context kept before a slice: a pronoun's antecedent is this near


def tokens(text: str) -> list[str]:
    """Words, runs of white space and single punctuation marks; they join back to ``text``.

    >>> tokens("U.S. troops, 69-year-old")
    ['U.S', '.', ' ', 'troops', ',', ' ', '69-year-old']
    """
    return _TOKEN.findall(text)


@lru_cache(maxsize=1)
def _engine():
    from diff_match_patch import diff_match_patch

    dmp = diff_match_patch()
    # The default 1 s timeout silently degrades a hard diff to "delete all, insert all".
    dmp.Diff_Timeout = 0
    return dmp


def word_diff(a: str, b: str) -> tuple[Op, ...]:
    """Word-level diff of two texts as ops with local offsets.

    >>> [(o.kind, o.a_text, o.b_text) for o in word_diff("around 150 spies", "roughly 150 spies")]
    [('replace', 'around', 'roughly'), ('equal', ' 150 spies', ' 150 spies')]
    """
    if not a or not b:
        if not a and not b:
            return ()
        return (Op("delete", 0, len(a), 0, 0, a, "") if a else Op("insert", 0, 0, 0, len(b), "", b),)
    if a == b:  # most links of a long, lightly edited pair: nothing to diff
        return (Op("equal", 0, len(a), 0, len(b), a, b),)
    vocab: dict[str, str] = {}
    words: list[str] = []

    def encode(text: str) -> str:
        out = []
        for tok in tokens(text):
            ch = vocab.get(tok)
            if ch is None:
                ch = vocab[tok] = chr(_BASE + len(words))
                words.append(tok)
            out.append(ch)
        return "".join(out)

    dmp = _engine()
    diffs = dmp.diff_main(encode(a), encode(b), False)
    dmp.diff_cleanupSemantic(diffs)
    return _ops(diffs, words)


def _ops(diffs, words: list[str]) -> tuple[Op, ...]:
    ops: list[Op] = []
    i = j = 0
    for code, chars in diffs:
        text = "".join(words[ord(c) - _BASE] for c in chars)
        if code == 0:
            ops.append(Op("equal", i, i + len(text), j, j + len(text), text, text))
            i += len(text)
            j += len(text)
        elif code == -1:
            ops.append(Op("delete", i, i + len(text), j, j, text, ""))
            i += len(text)
        else:
            prev = ops[-1] if ops else None
            if prev is not None and prev.kind == "delete":
                ops[-1] = Op("replace", prev.a_start, prev.a_end, j, j + len(text), prev.a_text, text)
            else:
                ops.append(Op("insert", i, i, j, j + len(text), "", text))
            j += len(text)
    return tuple(ops)


def pair(link: Link, source: Document, target: Document) -> Pair:
    """The texts of one link, joined as a slice of each document, and their diff."""
    a, a_offset = _slice(source, link.source)
    b, b_offset = _slice(target, link.target)
    if "markdown" in (source.format, target.format):  # inline markup is not words
        from .loaders.markdown import mask

        a = mask(a) if source.format == "markdown" else a
        b = mask(b) if target.format == "markdown" else b
    chrome = any(source.sentences[i].boilerplate for i in link.source) or any(
        target.sentences[j].boilerplate for j in link.target
    )
    context = ("", "")
    if link.kind is not LinkKind.EQUAL or link.moved:  # an equal pair in place has nothing for a rule to read
        context = (_before(source, link.source), _before(target, link.target))
    return Pair(link, source.id, target.id, a, b, a_offset, b_offset, word_diff(a, b), chrome, *context)


def _before(doc: Document, indexes: tuple[int, ...]) -> str:
    """The story sentences just before the first linked one, joined by spaces.

    >>> from mutate.load import from_text
    >>> doc = from_text("Holt spoke. Then she left. “No,” she said.")
    >>> _before(doc, (2,))
    'Holt spoke. Then she left.'
    """
    earlier: list[str] = []
    i = indexes[0] - 1 if indexes else -1
    while i >= 0 and len(earlier) < BEFORE:  # walk back: a long document must not cost a copy per pair
        if not doc.sentences[i].boilerplate:
            earlier.append(doc.sentences[i].text)
        i -= 1
    return " ".join(reversed(earlier))


def _slice(doc: Document, indexes: tuple[int, ...]) -> tuple[str, int]:
    """The linked sentences as one slice of ``doc.text``, starting at the first.

    Between two sentences there may be text that is no sentence's (a Markdown code
    block or comment): it is blanked, white space kept, so offsets hold and no rule
    reports evidence outside a sentence.

    >>> from mutate.load import from_text
    >>> doc = from_text("One.\\n\\n```\\ncode\\n```\\n\\nTwo.\\n", format="markdown")
    >>> _slice(doc, (0, 1))
    ('One.\\n\\n   \\n    \\n   \\n\\nTwo.', 0)
    """
    if not indexes:
        return "", 0
    sentences = [doc.sentences[i] for i in indexes]
    parts = [sentences[0].text]
    for before, after in zip(sentences, sentences[1:]):
        parts.append(_NOT_SPACE.sub(" ", doc.text[before.end:after.start]))
        parts.append(after.text)
    return "".join(parts), sentences[0].start
