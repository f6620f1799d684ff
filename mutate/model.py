"""The data passed between mutate's stages: frozen dataclasses, nothing else.

Each stage takes one of these and returns the next::

    Document --segment--> Sentence* --align--> Alignment --diff--> Pair --classify--> Finding*

Offsets (``start``/``end``) are always code-point offsets into ``Document.text``, so
``document.text[s.start:s.end] == s.text`` holds for every sentence and span.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from enum import Enum
from functools import cached_property

_LINE_END = re.compile(r"\r\n|\r|\n")


class Severity(str, Enum):
    """How much a finding matters; ordered so that ``ERROR > WARNING > INFO``."""

    INFO = "info"
    WARNING = "warning"
    ERROR = "error"

    @property
    def rank(self) -> int:
        return ("info", "warning", "error").index(self.value)


class LinkKind(str, Enum):
    """How source sentences map onto target sentences (moves are a flag, not a kind)."""

    EQUAL = "equal"
    MODIFIED = "modified"
    SPLIT = "split"
    MERGED = "merged"
    ADDED = "added"
    DELETED = "deleted"


@dataclass(frozen=True)
class Sentence:
    """One unit of a document: a sentence, a headline or a line of page chrome."""

    index: int
    start: int
    end: int
    text: str
    line: int
    boilerplate: bool = False


@dataclass(frozen=True)
class Document:
    """A version of the text, as read from one file.

    ``text`` is what offsets point into: the decoded file for plain text and Markdown,
    the extracted text for HTML and .docx. ``line_map`` maps each line of ``text`` to
    a line of the original file where the two differ (1-based; ``None`` means equal).
    ``source_lines``, finer where a loader knows it (HTML: a paragraph that runs over
    several lines of the page), lists ``(offset, line)`` at every offset of ``text``
    where the line of the original file changes; it wins over ``line_map``.
    """

    id: str
    text: str
    path: str | None = None
    format: str = "text"
    title: str | None = None
    date: str | None = None
    label: str | None = None
    sentences: tuple[Sentence, ...] = ()
    line_map: tuple[int, ...] | None = None
    url: str | None = None  # where the version was published, when a family manifest says
    source_lines: tuple[tuple[int, int], ...] | None = None

    @cached_property
    def _line_starts(self) -> tuple[int, ...]:
        # A line ends at \n, \r\n or a lone \r (old Mac files); other separators are not lines.
        return (0, *(m.end() for m in _LINE_END.finditer(self.text)))

    def line_col(self, offset: int) -> tuple[int, int]:
        """1-based line and column of ``offset`` in the original file.

        >>> Document(id="d", text="ab\\ncd").line_col(4)
        (2, 2)
        """
        starts = self._line_starts
        row = bisect.bisect_right(starts, offset) - 1
        line = row + 1
        if self.source_lines:
            at = bisect.bisect_right(self.source_lines, (offset, float("inf"))) - 1
            line = self.source_lines[max(at, 0)][1]
        elif self.line_map is not None and row < len(self.line_map):
            line = self.line_map[row]
        return line, offset - starts[row] + 1

    @cached_property
    def _sentence_starts(self) -> tuple[int, ...]:
        return tuple(s.start for s in self.sentences)

    def sentence_at(self, offset: int) -> Sentence | None:
        """The sentence that contains ``offset``, if any."""
        i = bisect.bisect_right(self._sentence_starts, offset) - 1
        if i >= 0 and self.sentences[i].start <= offset < self.sentences[i].end:
            return self.sentences[i]
        return None

    @property
    def words(self) -> int:
        return sum(len(s.text.split()) for s in self.sentences if not s.boilerplate)


@dataclass(frozen=True)
class Link:
    """Source sentence indexes mapped onto target sentence indexes."""

    kind: LinkKind
    source: tuple[int, ...]
    target: tuple[int, ...]
    score: float = 0.0
    moved: bool = False


@dataclass(frozen=True)
class Alignment:
    """All links between two documents; every sentence of both is in exactly one."""

    source: str
    target: str
    links: tuple[Link, ...]


@dataclass(frozen=True)
class Span:
    """A contiguous range inside one sentence of one document."""

    doc: str
    sentence: int
    start: int
    end: int
    text: str
    line: int
    column: int


@dataclass(frozen=True)
class Provenance:
    status: str  # "new" or "inherited"
    born_in: str


@dataclass(frozen=True)
class Suppression:
    """Why a finding does not count in ``mutate check``: ``by`` is "ignore-comment",
    "baseline" or "config" (the contract's names), ``reason`` what the author wrote."""

    by: str
    reason: str | None = None


@dataclass(frozen=True)
class Finding:
    """One labelled mutation between two documents, with its evidence."""

    label: str
    severity: Severity
    message: str
    pair: tuple[str, str]
    source: Span | None
    target: Span | None
    fingerprint: str = ""
    provenance: Provenance | None = None
    suppressed: Suppression | None = None  # set by ``mutate check`` only


@dataclass(frozen=True)
class Diagnostic:
    """A problem that is not a finding (an unreadable file in a family, a bad comment)."""

    level: str
    message: str
    path: str | None = None
    line: int | None = None


@dataclass(frozen=True)
class Verdict:
    """The decision of ``mutate check``: ``counted`` findings at or above ``threshold``
    (a severity or "none") or with a label in ``labels``; ``failed`` when any."""

    failed: bool
    threshold: str
    counted: int
    labels: tuple[str, ...] = ()


@dataclass(frozen=True)
class Lineage:
    doc: str
    parent: str | None
    score: float


@dataclass(frozen=True)
class Op:
    """One step of a word diff, with offsets local to the pair's two texts.

    ``kind`` is "equal", "delete", "insert" or "replace" (a delete next to an insert).
    """

    kind: str
    a_start: int
    a_end: int
    b_start: int
    b_end: int
    a_text: str
    b_text: str


@dataclass(frozen=True)
class Pair:
    """A link with its two texts and their word diff: what every rule looks at.

    ``a`` is the linked source sentences as one slice of the source document, starting
    at ``a_offset`` (``b`` likewise in the target); either is "" for an added or
    deleted sentence. ``a_before`` and ``b_before`` are the few sentences that precede
    each slice in its document: a pronoun ("she said") names someone credited there;
    ``a_after`` and ``b_after`` the few that follow it, which say whether a headline's
    first word is a name or a common word capitalised.
    """

    link: Link
    source: str
    target: str
    a: str
    b: str
    a_offset: int
    b_offset: int
    ops: tuple[Op, ...]
    chrome: bool = False  # a linked sentence is page chrome: only the boilerplate rule applies
    a_before: str = ""
    b_before: str = ""
    a_after: str = ""
    b_after: str = ""
    # words the diff deletes in one place and inserts in another: a phrase moved
    # (:func:`mutate.diff.moved_words`), as (start, end) in ``a`` and in ``b``
    a_moved: tuple[tuple[int, int], ...] = ()
    b_moved: tuple[tuple[int, int], ...] = ()

    @property
    def changes(self) -> tuple[Op, ...]:
        return tuple(op for op in self.ops if op.kind != "equal")


@dataclass(frozen=True)
class Analysis:
    """Everything one run found: what every renderer draws from."""

    documents: tuple[Document, ...]
    alignments: tuple[Alignment, ...]
    findings: tuple[Finding, ...]
    mode: str = "pair"
    semantic: bool = False
    lineage: tuple[Lineage, ...] = ()
    diagnostics: tuple[Diagnostic, ...] = field(default=())
    pairs: tuple[Pair, ...] = ()  # every link with its word diff, in alignment order
    verdict: Verdict | None = None  # ``mutate check`` only

    def document(self, doc_id: str) -> Document:
        for doc in self.documents:
            if doc.id == doc_id:
                return doc
        raise KeyError(doc_id)
