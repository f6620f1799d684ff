"""Word loader: a .docx -> its text, one paragraph or table cell per line, in body order.

python-docx's ``Document.paragraphs`` skips tables (their text is in ``.tables``), so the
body is walked element by element to keep a table where it stands in the story; each
row is one line ("Old Quay | 90"), so a changed figure is diffed next to its label. A
cell merged across columns appears once per column in python-docx: repeats are dropped. The text has no lines of its own in the file, so no ``line_map``: a line
number is the line of the extracted text (the contract allows that for .docx).
"""

from __future__ import annotations

import io
import re

from ..errors import InputError

_SPACE = re.compile(r"[ \t\u00a0]+")


def read(data: bytes, path: str | None) -> dict:
    """The fields of a :class:`~mutate.model.Document` for a Word .docx file."""
    try:
        import docx
    except ImportError:
        raise InputError("reading .docx needs python-docx: pip install 'mutate[docx]'", path) from None
    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as exc:  # python-docx raises zipfile, lxml and KeyError alike on bad files
        raise InputError(f"not a readable Word .docx file ({type(exc).__name__})", path) from None
    lines = [line for line in _body_lines(document) if line]
    props = document.core_properties
    date = props.created.date().isoformat() if props.created else None
    return {"text": "\n".join(lines) + "\n" if lines else "", "format": "docx",
            "title": props.title or None, "date": date}


def _body_lines(document) -> list[str]:
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    out: list[str] = []
    for child in document.element.body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            out.extend(_clean(Paragraph(child, document).text))
        elif tag == "tbl":
            out.extend(_row(row) for row in Table(child, document).rows)
    return out


def _row(row) -> str:
    """One table row as one line, cells joined by " | ", so a figure keeps its label."""
    cells, seen = [], set()
    for cell in row.cells:
        if cell._tc in seen:  # a merged cell, repeated once per column it spans
            continue
        seen.add(cell._tc)
        text = " ".join(part for p in cell.paragraphs for part in _clean(p.text) if part)
        cells.append(text)
    return " | ".join(cells).strip(" |")


def _clean(text: str) -> list[str]:
    """A paragraph's lines (a soft line break is a line) with runs of spaces collapsed."""
    return [_SPACE.sub(" ", part).strip() for part in re.split(r"[\r\n\v]+", text)]
