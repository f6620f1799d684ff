"""Load stage: a path or raw bytes -> :class:`~mutate.model.Document`.

Decoding keeps the file's characters as they are (only a BOM is dropped), so every
offset a later stage reports points at the same characters in the original file.
Bad input raises :class:`~mutate.errors.InputError` with a one-line reason.
"""

from __future__ import annotations

import codecs
import os
import re
from pathlib import Path

from .errors import InputError
from .model import Document

DEFAULT_MAX_BYTES = 50 * 1024 * 1024

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


def decode(data: bytes, path: str | None = None) -> str:
    """Bytes -> text: BOM first, then strict UTF-8, then a legacy single-byte guess.

    >>> decode("caf\\u00e9".encode("cp1252"))
    'café'
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom):].decode(encoding)
            except UnicodeDecodeError as exc:
                raise InputError(f"not valid {encoding} despite its byte-order mark ({exc.reason})", path) from None
    if b"\x00" in data:
        raise InputError("binary file (contains NUL bytes), not text", path)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    # Strict UTF-8 failed: the text is in a legacy encoding. cp1252 is the usual one
    # for English news text; bytes it leaves undefined mean it was something else.
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        raise InputError("cannot decode: neither UTF-8 nor Windows-1252", path) from None


def doc_id_for(path: str) -> str:
    """A short, stable id from a file name: the stem, lower-cased, safe characters only.

    >>> doc_id_for("samples/kremlin-coup/Daily Star.txt")
    'daily-star'
    """
    stem = Path(path).stem.lower()
    return re.sub(r"[^a-z0-9._-]+", "-", stem).strip("-") or "doc"


def display_path(path: str) -> str:
    """The path as outputs show it: relative to the working directory, '/'-separated."""
    try:
        rel = os.path.relpath(path)
    except ValueError:  # another drive on Windows
        rel = path
    return rel.replace(os.sep, "/")


def from_text(text: str, id: str = "text", path: str | None = None, **meta) -> Document:
    """A document from a string, segmented and ready to compare.

    >>> [s.text for s in from_text("One. Two.").sentences]
    ['One.', 'Two.']
    """
    from .segment import segment

    return segment(Document(id=id, text=text, path=path, **meta))


def load(path: str, doc_id: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES) -> Document:
    """Read one file as a document (plain text for now), segmented."""
    if path == "-":
        raise InputError("reading standard input is not supported here; give a file", path)
    p = Path(path)
    if not p.exists():
        raise InputError("no such file", path)
    if p.is_dir():
        raise InputError("is a directory, not a file", path)
    try:
        size = p.stat().st_size
        if size > max_bytes:
            raise InputError(f"file is {size:,} bytes, over the {max_bytes:,}-byte limit", path)
        data = p.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror or exc}", path) from None
    text = decode(data, path)
    if not text.strip():
        raise InputError("empty file: no text to compare", path)
    return from_text(text, id=doc_id or doc_id_for(path), path=display_path(path))
