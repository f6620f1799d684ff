"""HTML loader: a saved web page -> its article text, with lines mapped back to the page.

trafilatura finds the story and drops the page chrome around it (menus, share widgets,
related links, comments, footers); chrome that survives as plain paragraphs ("See also
...", "Leave a Reply") is marked by the boilerplate lexicon when the text is segmented.
Offsets then point into the extracted text (the contract's rule for HTML), one
paragraph per line, and ``source_lines`` gives every character of it the line of the
HTML file it comes from: the page's visible text is indexed with the line of every
character, and each extracted line is looked up in it, in order.

Rejected alternatives: readability-lxml keeps the byline and share buttons of common
WordPress themes; mapping through lxml's ``sourceline`` gives the line of an element, not
of the text inside a long ``<p>`` that runs over several lines.
"""

from __future__ import annotations

import logging
import re
from bisect import bisect_right
from html.parser import HTMLParser

from ..errors import InputError
from .encoding import decode

_SPACE = re.compile(r"\s+")
_PROBE = 60  # characters of a line looked up in the page: enough to be unique in practice
_INVISIBLE = frozenset({"script", "style", "template", "noscript", "head", "title"})


def read(data: bytes, path: str | None) -> dict:
    """The fields of a :class:`~mutate.model.Document` for an HTML page."""
    page = decode(data, path)
    try:
        import trafilatura
    except ImportError:
        raise InputError("reading HTML needs trafilatura: pip install 'mutate[html]'", path) from None
    for name in ("trafilatura", "htmldate", "courlan", "justext"):  # their warnings are not ours
        logging.getLogger(name).setLevel(logging.ERROR)
    # Precision first (drops chrome); a short page falls below its size threshold, so
    # then recall, then all the page's text rather than nothing.
    extracted = None
    for recall in (False, True):
        extracted = trafilatura.bare_extraction(page, include_comments=False, include_tables=True,
                                                with_metadata=True, favor_recall=recall)
        if extracted is not None and (extracted.text or "").strip():
            break
    body = (extracted.text or "").strip() if extracted is not None else ""
    body = body or (trafilatura.html2txt(page) or "").strip()
    if not body:
        raise InputError("no text found in this HTML page", path)
    lines = [_SPACE.sub(" ", line).strip() for line in body.splitlines()]
    title = (extracted.title if extracted is not None else None) or None
    if title and (not lines or lines[0] != title):
        lines.insert(0, title)  # the headline is story text: a changed headline is a mutation
    lines = [line for line in lines if line]
    lines_in_page = source_lines(page, lines)
    return {"text": "\n".join(lines) + "\n", "format": "html", "title": title,
            "date": (extracted.date if extracted is not None else None) or None,
            "line_map": line_map(lines, lines_in_page), "source_lines": lines_in_page}


def source_lines(page: str, lines: list[str]) -> tuple[tuple[int, int], ...]:
    """``(offset, line)`` wherever the extracted text (``lines`` joined by newlines)
    moves on to another 1-based line of ``page``.

    Each extracted line is found in the page's visible text (by its first characters,
    in order) and followed character by character as far as the two agree, so a span
    in the second half of a paragraph that runs over two lines of the page gets the
    second line. Where the extractor rewrote the text, the line found last holds.

    >>> source_lines("<p>One</p>\\n<p>Two &amp;\\n three</p>", ["One", "Two & three"])
    ((0, 1), (4, 2), (10, 3))
    """
    visible, char_lines = _visible(page)
    out: list[tuple[int, int]] = []
    cursor = offset = 0
    for line in lines:
        probe = line[:_PROBE]
        at = visible.find(probe, cursor)
        if at < 0:
            at = visible.find(probe)
        if at < 0:  # rewritten by the extractor: the line before holds
            out.append((offset, out[-1][1] if out else 1))
        else:
            i = 0
            while i < len(line) and at + i < len(visible) and visible[at + i] == line[i]:
                if i == 0 or out[-1][1] != char_lines[at + i]:
                    out.append((offset + i, char_lines[at + i]))
                i += 1
            cursor = at + max(i, len(probe))
        offset += len(line) + 1
    return tuple(out)


def line_map(lines: list[str], changes: tuple[tuple[int, int], ...]) -> tuple[int, ...]:
    """The line of the page where each extracted line starts (and the empty one after).

    >>> line_map(["One", "Two & three"], ((0, 1), (4, 2), (10, 3)))
    (1, 2, 2)
    """
    out, offset, k = [], 0, 0
    for line in lines:
        while k + 1 < len(changes) and changes[k + 1][0] <= offset:
            k += 1
        out.append(changes[k][1] if changes else 1)
        offset += len(line) + 1
    out.append(out[-1] if out else 1)
    return tuple(out)


def _visible(page: str) -> tuple[str, list[int]]:
    """The page's visible text, spaces collapsed, with the source line of each character."""
    parser = _TextIndex()
    parser.feed(page)
    parser.close()
    chars: list[str] = []
    lines: list[int] = []
    for chunk, line in parser.chunks:
        newlines = [m.start() for m in re.finditer("\n", chunk)]
        for i, ch in enumerate(chunk):
            if ch.isspace():
                if not chars or chars[-1] == " ":
                    continue
                ch = " "
            chars.append(ch)
            lines.append(line + bisect_right(newlines, i - 1))
    return "".join(chars), lines


class _TextIndex(HTMLParser):
    """Collects (text, line) for every run of visible text; entities are decoded."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.chunks: list[tuple[str, int]] = []
        self._hidden = 0

    def handle_starttag(self, tag, attrs):
        if tag in _INVISIBLE:
            self._hidden += 1
        elif tag in ("br", "p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "td", "th", "tr"):
            self.chunks.append((" ", self.getpos()[0]))

    def handle_endtag(self, tag):
        if tag in _INVISIBLE and self._hidden:
            self._hidden -= 1
        elif tag in ("p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "td", "th"):
            self.chunks.append((" ", self.getpos()[0]))

    def handle_data(self, data):
        if not self._hidden:
            self.chunks.append((data, self.getpos()[0]))
