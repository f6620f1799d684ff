"""Load stage: a path, standard input or raw bytes -> :class:`~mutate.model.Document`.

Reading, size limits and the checks every format shares live here; what each format
means (text, Markdown, HTML, .docx) lives in :mod:`mutate.loaders`. Decoding keeps the
file's characters as they are (only a BOM is dropped), so every offset a later stage
reports points at the same characters in the original file (for HTML and .docx: in the
extracted text). Bad input raises :class:`~mutate.errors.InputError` with a one-line
reason naming the file.
"""

from __future__ import annotations

import os
import re
import sys
from pathlib import Path

from .errors import InputError
from .loaders import read as read_format
from .loaders.encoding import decode  # noqa: F401  (part of this module's API)
from .model import Document

DEFAULT_MAX_BYTES = 50 * 1024 * 1024
STDIN = "-"
STDIN_NAME = "<stdin>"


def doc_id_for(path: str) -> str:
    """A short, stable id from a file name: the stem, lower-cased, safe characters only.

    >>> doc_id_for("samples/kremlin-coup/Daily Star.txt")
    'daily-star'
    >>> doc_id_for("-")
    'stdin'
    """
    if path == STDIN:
        return "stdin"
    stem = Path(path).stem.lower()
    return re.sub(r"[^a-z0-9._-]+", "-", stem).strip("-") or "doc"


def display_path(path: str) -> str:
    """The path as outputs show it: relative to the working directory, '/'-separated."""
    if path == STDIN:
        return STDIN_NAME
    try:
        rel = os.path.relpath(path)
    except ValueError:  # another drive on Windows
        rel = path
    return rel.replace(os.sep, "/")


def from_text(text: str, id: str = "text", path: str | None = None, **meta) -> Document:
    """A document from a string, segmented and ready to compare.

    >>> [s.text for s in from_text("One. Two.").sentences]
    ['One.', 'Two.']
    >>> [s.text for s in from_text("# Title\\n\\n- One.", format="markdown").sentences]
    ['Title', 'One.']
    """
    from .loaders import chrome
    from .segment import segment

    return chrome.mark(segment(Document(id=id, text=text, path=path, **meta)))


def from_bytes(data: bytes, id: str = "doc", path: str | None = None, fmt: str | None = None,
               name: str | None = None) -> Document:
    """A document from a file's bytes: format sniffed (see :func:`mutate.loaders.sniff`),
    decoded or extracted, then segmented. ``name`` is the file as errors name it
    (default: ``path``).

    >>> doc = from_bytes(b"<!doctype html><title>T</title><article><p>Prices rose 4%.</p></article>")
    >>> doc.format, [s.text for s in doc.sentences]
    ('html', ['T', 'Prices rose 4%.'])
    """
    where = name or path or id
    fields = read_format(data, where, fmt)
    if not fields["text"].strip():
        raise InputError("empty file: no text to compare" if data.strip() else "empty file", where)
    doc = from_text(id=id, path=path, **fields)
    if not doc.sentences:
        raise InputError(f"no text to compare in this {doc.format} file", where)
    return doc


def check_size(path: str, max_bytes: int = DEFAULT_MAX_BYTES) -> None:
    """Fail when ``path`` is missing, a folder, unreadable or over ``max_bytes``
    (standard input is checked as it is read)."""
    if path == STDIN:
        return
    p = Path(path)
    if not p.exists():
        raise InputError("no such file", path)
    if p.is_dir():
        raise InputError("is a directory, not a file", path)
    try:
        size = p.stat().st_size
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror or exc}", path) from None
    if size > max_bytes:
        raise InputError(f"file is {size:,} bytes, over the {max_bytes:,}-byte limit (see --max-bytes)", path)


def read_bytes(path: str, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """The bytes of ``path`` (``-``: standard input), refusing more than ``max_bytes``."""
    if path == STDIN:
        data = sys.stdin.buffer.read(max_bytes + 1)
        if len(data) > max_bytes:
            raise InputError(f"over the {max_bytes:,}-byte limit (see --max-bytes)", STDIN_NAME)
        return data
    check_size(path, max_bytes)
    try:
        with open(path, "rb") as handle:  # read no more than allowed, even if it grows meanwhile
            data = handle.read(max_bytes + 1)
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror or exc}", path) from None
    if len(data) > max_bytes:
        raise InputError(f"over the {max_bytes:,}-byte limit (see --max-bytes)", path)
    return data


def load(path: str, doc_id: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES) -> Document:
    """Read one file (``-`` for standard input) as a segmented document, whatever its format."""
    data = read_bytes(path, max_bytes)
    name = STDIN_NAME if path == STDIN else path
    return from_bytes(data, id=doc_id or doc_id_for(path), path=display_path(path), name=name)
