"""Comments in a draft that speak to ``mutate check``: ignores and original reporting.

They are read from the raw file, before any extraction (trafilatura drops HTML
comments, Markdown parsing skips them), in two forms: an HTML comment
``<!-- mutate: ... -->`` (Markdown, HTML, plain text) and, in plain text, a line
``# mutate: ...``. The directives:

* ``ignore [LABEL ...] reason="..."``: the next sentence; no label means every label;
* ``off [LABEL ...] reason="..."`` ... ``on``: every sentence in between;
* ``original reason="..."``: the next sentence is the draft's own reporting, so it is
  not flagged as unsourced (``sentence-added``, ``quote-added``);
* ``original-begin reason="..."`` ... ``original-end``: the same for a block.

An ignore or original without a reason is not applied; it is a diagnostic, and so are
an unknown directive or label and (once findings are known) a comment that matched
nothing. In plain text the comment lines are not sentences of the draft.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass

from .labels import LABELS
from .model import Diagnostic, Document

_HTML = re.compile(r"<!--\s*mutate:(?P<body>.*?)-->", re.S)
_HASH = re.compile(r"(?m)^[ \t]*#[ \t]*mutate:(?P<body>[^\r\n]*)$")
_REASON = re.compile(r"""\breason\s*=\s*(?:"([^"]*)"|'([^']*)')""")
_WORD = re.compile(r"[a-z]+(?:-[a-z]+)*")
OPENERS = {"off": "on", "original-begin": "original-end"}
UNSOURCED = frozenset({"sentence-added", "quote-added"})


@dataclass(frozen=True)
class Directive:
    """One ``mutate:`` comment, where it sits in the raw file."""

    verb: str
    labels: tuple[str, ...]
    reason: str | None
    start: int  # offsets into the raw (decoded) file
    end: int
    line: int
    end_line: int


@dataclass(frozen=True)
class Scope:
    """The draft sentences a directive covers, and what it does to them.

    ``kind`` is "ignore" or "original"; ``labels`` empty means every label.
    """

    kind: str
    labels: frozenset[str]
    reason: str
    line: int
    sentences: frozenset[int]

    def covers(self, label: str, sentence: int) -> bool:
        if sentence not in self.sentences:
            return False
        if self.kind == "original":
            return label in UNSOURCED
        return not self.labels or label in self.labels


def parse(raw: str, fmt: str) -> list[Directive]:
    """Every ``mutate:`` comment in ``raw``, in file order.

    >>> [(d.verb, d.labels, d.reason, d.line) for d in parse(
    ...     'A.\\n<!-- mutate: ignore number-inflated reason="rounded" -->\\nB.', "markdown")]
    [('ignore', ('number-inflated',), 'rounded', 2)]
    >>> [d.verb for d in parse("# mutate: off reason='quoted in full'\\nA.\\n# mutate: on", "text")]
    ['off', 'on']
    """
    found = list(_HTML.finditer(raw))
    if fmt == "text":
        found += _HASH.finditer(raw)
    out = []
    for m in sorted(found, key=lambda m: m.start()):
        body = m.group("body").strip()
        reason_match = _REASON.search(body)
        reason = None
        if reason_match:
            reason = (reason_match.group(1) if reason_match.group(1) is not None else reason_match.group(2)).strip()
            body = body[:reason_match.start()] + body[reason_match.end():]
        words = body.replace(",", " ").split()
        verb = words[0].lower() if words else ""
        line = raw.count("\n", 0, m.start()) + 1
        out.append(Directive(verb, tuple(words[1:]), reason or None, m.start(), m.end(), line,
                             line + raw.count("\n", m.start(), m.end())))
    return out


def without_comments(doc: Document, directives: list[Directive]) -> Document:
    """``doc`` without the sentences that are comment lines (plain text keeps them in
    its text, where the segmenter sees them); the text itself is unchanged."""
    if doc.format not in ("text", "markdown") or not directives:
        return doc
    kept = [s for s in doc.sentences if not any(d.start < s.end and s.start < d.end for d in directives)]
    if len(kept) == len(doc.sentences):
        return doc
    return dataclasses.replace(doc, sentences=tuple(dataclasses.replace(s, index=i) for i, s in enumerate(kept)))


def scopes(doc: Document, directives: list[Directive], path: str) -> tuple[list[Scope], list[Diagnostic]]:
    """What each directive covers in ``doc``, and the problems with the directives."""
    out: list[Scope] = []
    problems: list[Diagnostic] = []
    open_blocks: dict[str, Directive] = {}

    def warn(d: Directive, message: str) -> None:
        problems.append(Diagnostic("warning", message, path, d.line))

    for d in directives:
        closer_of = {v: k for k, v in OPENERS.items()}
        if d.verb in closer_of:
            opener = open_blocks.pop(closer_of[d.verb], None)
            if opener is None:
                warn(d, f"`mutate: {d.verb}` without a `mutate: {closer_of[d.verb]}` before it")
            else:
                _add(out, opener, _between(doc, opener, d), warn)
            continue
        if d.verb not in ("ignore", "original", *OPENERS):
            warn(d, f"unknown mutate comment {d.verb!r} (known: ignore, off, on, original, original-begin, original-end)")
            continue
        if d.verb in OPENERS:
            if d.verb in open_blocks:
                warn(d, f"`mutate: {d.verb}` inside another one (line {open_blocks[d.verb].line}); ignored")
                continue
            open_blocks[d.verb] = d
            continue
        following = _next(doc, d)
        _add(out, d, frozenset() if following is None else frozenset({following}), warn)
    for opener in open_blocks.values():  # a block left open runs to the end of the file
        _add(out, opener, _between(doc, opener, None), warn)
    return out, problems


def _add(out: list[Scope], d: Directive, sentences: frozenset[int], warn) -> None:
    kind = "original" if d.verb.startswith("original") else "ignore"
    if kind == "original" and d.labels:
        warn(d, f"`mutate: {d.verb}` takes no labels: it covers what is flagged as unsourced")
        return
    unknown = [label for label in d.labels if label not in LABELS]
    if any(word.startswith("reason") for word in unknown):
        warn(d, f'`mutate: {d.verb}`: write the reason in quotes, reason="..."; not applied')
        return
    if unknown:
        warn(d, f"unknown label {unknown[0]!r} in `mutate: {d.verb}` (see `mutate labels`); not applied")
        return
    if not d.reason:
        warn(d, f'`mutate: {d.verb}` without reason="..."; not applied')
        return
    if not sentences:
        warn(d, f"`mutate: {d.verb}` is followed by no sentence")
        return
    out.append(Scope(kind, frozenset(d.labels), d.reason, d.line, sentences))


def _position(doc: Document, offset_or_line: Directive, after: bool):
    """Where a directive sits, comparable with sentences: offsets where the document
    text is the file, lines where it was extracted (HTML)."""
    if doc.format in ("text", "markdown"):
        return offset_or_line.end if after else offset_or_line.start
    return offset_or_line.end_line if after else offset_or_line.line


def _key(doc: Document, index: int):
    s = doc.sentences[index]
    return s.start if doc.format in ("text", "markdown") else s.line


def _next(doc: Document, d: Directive) -> int | None:
    here = _position(doc, d, after=True)
    return next((s.index for s in doc.sentences if _key(doc, s.index) >= here), None)


def _between(doc: Document, opener: Directive, closer: Directive | None) -> frozenset[int]:
    start = _position(doc, opener, after=True)
    stop = _position(doc, closer, after=False) if closer is not None else None
    return frozenset(
        s.index for s in doc.sentences
        if _key(doc, s.index) >= start and (stop is None or _key(doc, s.index) < stop)
    )
