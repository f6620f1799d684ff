"""Markdown loader and units: the file is the text, markdown-it-py finds the prose in it.

The contract keeps a Markdown document's text equal to the decoded file, so offsets and
line numbers point straight into the ``.md``. What Markdown changes is which slices are
units: :func:`blocks` parses the file with markdown-it-py and returns one span per
heading (without its ``#`` markers), paragraph and list item (without its bullet), using
``token.map`` for the source lines. Code blocks, fences, raw HTML (comments included),
rules and YAML front matter are not prose and are left out.

Inline markup (``**bold**``, ``[text](url)``, backticks) stays inside a unit's text;
:func:`mask` blanks it, keeping every offset, before the word diff and the rules look.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .encoding import decode

_BREAK = re.compile(r"\r\n|\r|\n")
_FRONT_MATTER = re.compile(r"(?:---|\+\+\+)[ \t]*(?:\r\n|\r|\n)")
_ATX = re.compile(r"[ \t]{0,3}#{1,6}(?:[ \t]+|$)")
_ATX_CLOSE = re.compile(r"(?:[ \t]+#+)?[ \t]*$")
_BULLET = re.compile(r"[ \t]*(?:[-*+]|\d{1,9}[.)])(?:[ \t]+\[[ xX]\])?[ \t]+")
_ROW = re.compile(r"[ \t]*\|?[ \t]*(.*?)[ \t]*\|?[ \t]*$")
_QUOTE = re.compile(r"[ \t]*(?:>[ \t]?)+")
_EXTENSIONS = (".md", ".markdown", ".mdown", ".mkd", ".mkdn")
# Markup the diff must not see, blanked to spaces of the same length.
_MARKUP = re.compile(
    r"\]\([^)\n]*\)"                 # the target of a link or image: ](https://...)
    r"|\]\[[^\]\n]*\]"               # a reference link's label: ][ref]
    r"|!?\[(?=[^\]\n]*\])"           # the opening bracket of link text
    r"|(?<=\S)\](?=[\s.,;:!?)]|$)"   # a closing bracket left over
    r"|\*+|~~|`+"                    # emphasis, strike-through, code
    r"|(?<!\w)_+|_+(?!\w)"           # underscore emphasis, not snake_case
    r"|<(?:/?[A-Za-z][^>\n]*|https?://[^>\s]*)>"  # inline HTML and autolinks
    r"|(?m:^[ \t]*>+)"               # block quote markers on continuation lines
    r"|\\(?=[!-/:-@\[-`{-~])"        # a backslash escape
    r"|(?m:^[ \t]*\|)|\|"            # table pipes
)


def read(data: bytes, path: str | None) -> dict:
    """The fields of a :class:`~mutate.model.Document` for a Markdown file."""
    return {"text": decode(data, path), "format": "markdown"}


def looks_like_markdown(text: str) -> bool:
    """An ATX heading plus one more Markdown construct: a guess for files without a
    telling extension (standard input, ``.text``).

    >>> looks_like_markdown("# Title\\n\\nSome *emphasis* here.\\n")
    True
    >>> looks_like_markdown("Storm floods town\\nAround 150 homes were hit.\\n")
    False
    """
    head = text[:20000]
    if not re.search(r"(?m)^#{1,6} \S", head):
        return False
    return bool(re.search(r"(?m)^(?:[-*+] |\d+\. |```|> )|\*\*?\w|\]\(|^#{1,6} .*\n(?:.*\n)*?#{1,6} ", head))


def blocks(text: str) -> list[tuple[int, int]]:
    """Offsets of the prose units of a Markdown text, in order.

    >>> text = "# Title #\\n\\n- one item\\n- **two**\\n\\n```\\ncode\\n```\\n"
    >>> [text[s:e] for s, e in blocks(text)]
    ['Title', 'one item', '**two**']
    """
    starts, ends = _lines(text)
    tokens = _parser().parse(_without_front_matter(text))
    out: list[tuple[int, int]] = []
    for i, tok in enumerate(tokens):
        if tok.map is None or tok.type not in ("heading_open", "paragraph_open", "tr_open"):
            continue
        first, last = tok.map[0], tok.map[1] - 1
        if first >= len(starts):
            continue
        last = min(last, len(starts) - 1)
        start, end = starts[first], ends[last]
        if tok.type == "heading_open":
            if tok.markup.startswith("#"):
                start += _ATX.match(text, start, end).end() - start
                end = _ATX_CLOSE.search(text, start, end).start()
            else:  # a setext heading: the underline is not text
                end = ends[max(first, last - 1)]
        elif tok.type == "tr_open":  # a table row: the outer pipes are not text
            start, end = _ROW.match(text, start, end).span(1)
        else:
            quote = _QUOTE.match(text, start, end)
            if quote and ">" in quote.group():
                start = quote.end()
            if i and tokens[i - 1].type == "list_item_open":
                bullet = _BULLET.match(text, start, end)
                if bullet:
                    start = bullet.end()
        if start < end:
            out.append((start, end))
    return out


def mask(text: str) -> str:
    """``text`` with its inline markup blanked: same length, so offsets still hold.

    >>> text = "**300 homes** at [the council](https://x.org)"
    >>> len(mask(text)) == len(text), mask(text).split()
    (True, ['300', 'homes', 'at', 'the', 'council'])
    """
    return _MARKUP.sub(lambda m: " " * len(m.group()), text)


def _lines(text: str) -> tuple[list[int], list[int]]:
    """Start and end offsets of every line, with the line breaks markdown-it counts."""
    starts, ends = [0], []
    for m in _BREAK.finditer(text):
        ends.append(m.start())
        starts.append(m.end())
    ends.append(len(text))
    return starts, ends


def _without_front_matter(text: str) -> str:
    """YAML/TOML front matter replaced by blank lines, so line numbers stay put."""
    opening = _FRONT_MATTER.match(text)
    if not opening:
        return text
    fence = opening.group().strip()
    closing = re.compile(r"(?m)^" + re.escape(fence) + r"[ \t]*$").search(text, opening.end())
    if not closing:
        return text
    head = text[:closing.end()]
    # breaks first, then the rest: a lone "\r" inside a line must stay a break of its own
    return re.sub(r"[^\n]", "", _BREAK.sub("\n", head)) + text[closing.end():]


@lru_cache(maxsize=1)
def _parser():
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark").enable("table")
