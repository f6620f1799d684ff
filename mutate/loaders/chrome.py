"""Page chrome the boilerplate lexicon cannot name: related-article headlines.

The lexicon (``lexicons/boilerplate.txt``) marks chrome by its wording ("Share this:",
"See also ...", "Leave a Reply"). A related-article link has no wording of its own,
only a shape, and saved pages show two:

* the same unpunctuated line twice in one text: an inline "read more" headline
  repeated by the page template (the Daily Star's copy carries one twice);
* a headline-cased line with no end punctuation as the very last unit, after the
  story: the first entry of a related-articles list, cut off where the copy ended.

Sub-headings inside a story have the second shape too, which is why only the last
unit qualifies, and only after at least one punctuated sentence.
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter

from ..model import Document

_END = re.compile(r"[.!?:;,…\"”’')\]*]\s*$")
_WORD = re.compile(r"[^\W\d_][\w'’\-]*")
_SMALL = frozenset("a an and as at but by for from in into of on or over the to up with".split())


def mark(doc: Document) -> Document:
    """``doc`` with related-article headlines marked as boilerplate.

    >>> from mutate.load import from_text
    >>> doc = mark(from_text("Prices rose 4%.\\nIt was a shock.\\nTen Tips To Beat Rising Prices"))
    >>> [s.boilerplate for s in doc.sentences]
    [False, False, True]
    """
    sentences = list(doc.sentences)
    if len(sentences) < 2:
        return doc
    counts = Counter(s.text for s in sentences if _headline_like(s.text))
    flagged = {i for i, s in enumerate(sentences) if counts[s.text] > 1}
    last = sentences[-1]
    if _headline_like(last.text) and _title_cased(last.text) and any(_END.search(s.text) for s in sentences[:-1]):
        flagged.add(len(sentences) - 1)
    flagged = {i for i in flagged if not sentences[i].boilerplate}
    if not flagged:
        return doc
    for i in flagged:
        sentences[i] = dataclasses.replace(sentences[i], boilerplate=True)
    return dataclasses.replace(doc, sentences=tuple(sentences))


def _headline_like(text: str) -> bool:
    """One line, no end punctuation, a few words."""
    return "\n" not in text and not _END.search(text) and 3 <= len(text.split()) <= 20


def _title_cased(text: str) -> bool:
    words = [w for w in _WORD.findall(text) if w.lower() not in _SMALL]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.8 * len(words)
