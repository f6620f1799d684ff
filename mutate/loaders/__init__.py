"""Loaders: raw bytes -> the fields of a :class:`~mutate.model.Document`, by format.

:func:`sniff` picks the format from the content first and the file name second: a file
that starts like a PDF, an image or an archive is refused whatever it is called, a
.docx is a zip holding ``word/document.xml``, a page that opens with ``<!doctype html>``
is HTML even when saved as ``.txt``; then the extension decides, and for a name that
says nothing (standard input, ``.text``) the content does again. One module per format:

* :mod:`.encoding`: bytes -> str for every text format;
* :mod:`.markdown`: the file is the text; its prose units come from markdown-it-py;
* :mod:`.html`: trafilatura's article text, lines mapped back to the page;
* :mod:`.docx`: python-docx paragraphs and tables in body order.
"""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import PurePath

from ..errors import InputError
from . import markdown
from .encoding import decode

FORMATS = ("text", "markdown", "html", "docx")
_EXTENSIONS = {".txt": "text", ".htm": "html", ".html": "html", ".xhtml": "html", ".docx": "docx"}
_EXTENSIONS.update(dict.fromkeys(markdown._EXTENSIONS, "markdown"))
# Signatures of files people give by mistake, with what to do instead.
_REFUSED = (
    (b"%PDF-", "binary file (a PDF document), not text: extract its text first (for example with pdftotext)"),
    (b"\x89PNG\r\n\x1a\n", "binary file (a PNG image), not text"),
    (b"\xff\xd8\xff", "binary file (a JPEG image), not text"),
    (b"GIF87a", "binary file (a GIF image), not text"),
    (b"GIF89a", "binary file (a GIF image), not text"),
    (b"\x1f\x8b", "binary file (a gzip archive), not text: unpack it first"),
    (b"{\\rtf", "an RTF file, not text: save it as .docx or plain text"),
    (b"\xd0\xcf\x11\xe0", "binary file (an old Office .doc), not text: save it as .docx"),
)
_HTML_START = re.compile(rb"\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html[\s>])", re.I | re.S)


def sniff(data: bytes, path: str | None) -> str:
    """The format of a file's bytes: one of :data:`FORMATS`, or :class:`InputError`.

    >>> sniff(b"<!DOCTYPE html><p>Hi</p>", "saved.txt")
    'html'
    >>> sniff(b"# Title\\n\\n- item\\n", None)
    'markdown'
    >>> sniff(b"%PDF-1.7 ...", "story.txt")
    Traceback (most recent call last):
    mutate.errors.InputError: story.txt: binary file (a PDF document), not text: extract its text first (for example with pdftotext)
    """
    for magic, problem in _REFUSED:
        if data.startswith(magic):
            raise InputError(problem, path)
    if data.startswith(b"RIFF") and data[8:12] == b"WEBP":
        raise InputError("binary file (a WebP image), not text", path)
    if data.startswith(b"PK\x03\x04"):
        return _zip_format(data, path)
    head = data[:4096].lstrip(b"\xef\xbb\xbf")
    if _HTML_START.match(head):
        return "html"
    by_name = _EXTENSIONS.get(PurePath(path).suffix.lower()) if path and path != "-" else None
    if by_name is not None:
        return by_name
    if re.search(rb"<(?:html|body|article)[\s>]", head, re.I) and re.search(rb"</(?:p|div)>", data[:65536], re.I):
        return "html"
    if markdown.looks_like_markdown(data[:20000].decode("utf-8", "replace")):
        return "markdown"
    return "text"


def read(data: bytes, path: str | None, fmt: str | None = None) -> dict:
    """The fields of a Document for ``data``: ``text``, ``format`` and what else is known."""
    fmt = fmt or sniff(data, path)
    if fmt == "html":
        from . import html

        return html.read(data, path)
    if fmt == "docx":
        from . import docx

        return docx.read(data, path)
    return {"text": decode(data, path), "format": fmt}


def _zip_format(data: bytes, path: str | None) -> str:
    try:
        names = set(zipfile.ZipFile(io.BytesIO(data)).namelist())
    except (zipfile.BadZipFile, OSError, ValueError):
        if path and PurePath(path).suffix.lower() == ".docx":  # most often a copy cut short
            raise InputError("not a readable Word .docx file (a damaged or incomplete zip archive)", path) from None
        raise InputError("binary file (a damaged zip archive), not text", path) from None
    if "word/document.xml" in names:
        return "docx"
    raise InputError("binary file (a zip archive, not a Word .docx), not text", path)
