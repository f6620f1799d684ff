"""What every analysis must satisfy, whatever its input: checked by the property tests
and by the fuzz target (``bench/fuzz.py``).

Each check recomputes what it verifies from the document text alone (line breaks are
counted here, not taken from :meth:`Document.line_col`), so a wrong offset cannot hide
behind the code that produced it.
"""

from __future__ import annotations

import bisect
import json
import re
from functools import lru_cache

from mutate.model import Analysis, Document

_BREAK = re.compile(r"\r\n|\r|\n")


def line_col(doc: Document, offset: int) -> tuple[int, int]:
    """1-based line and column of ``offset``, counted afresh from ``doc.text``.

    A line ends at "\\n", "\\r\\n" or a lone "\\r"; with a ``line_map`` or
    ``source_lines`` (HTML) the line is the original file's.
    """
    starts = _line_starts(doc.text)
    row = bisect.bisect_right(starts, offset) - 1
    line = doc.line_map[row] if doc.line_map is not None and row < len(doc.line_map) else row + 1
    if doc.source_lines:  # the last change of original line at or before the offset
        line = next((n for at, n in reversed(doc.source_lines) if at <= offset), doc.source_lines[0][1])
    return line, offset - starts[row] + 1


@lru_cache(maxsize=8)
def _line_starts(text: str) -> list[int]:
    return [0] + [m.end() for m in _BREAK.finditer(text)]


def check(analysis: Analysis, data: dict | None = None) -> None:
    """Raise ``AssertionError`` naming the first broken invariant of ``analysis``.

    ``data`` is its JSON rendering, parsed; every span there is checked against the
    document text too (the renderer is where offsets reach the user).
    """
    docs = {d.id: d for d in analysis.documents}
    assert len(docs) == len(analysis.documents), "document ids are not unique"
    for doc in analysis.documents:
        _check_sentences(doc)
    for alignment in analysis.alignments:
        _check_partition(docs[alignment.source], docs[alignment.target], alignment.links)
    for f in analysis.findings:
        for span in (f.source, f.target):
            if span is not None:
                _check_span(docs, span.doc, span.sentence, span.start, span.end, span.text, span.line,
                            span.column, f.label)
    if data is not None:
        _check_json(docs, data)


def _check_sentences(doc: Document) -> None:
    end = 0
    for i, s in enumerate(doc.sentences):
        assert s.index == i, f"{doc.id}: sentence {i} has index {s.index}"
        assert end <= s.start < s.end <= len(doc.text), f"{doc.id}: sentence {i} [{s.start}, {s.end}) out of order"
        assert doc.text[s.start:s.end] == s.text, f"{doc.id}: sentence {i} text is not document[start:end]"
        assert s.text == s.text.strip(), f"{doc.id}: sentence {i} has white space at an end"
        assert s.line == line_col(doc, s.start)[0], f"{doc.id}: sentence {i} line {s.line} != {line_col(doc, s.start)}"
        end = s.end


def _check_partition(source: Document, target: Document, links) -> None:
    for doc, side in ((source, "source"), (target, "target")):
        seen = sorted(i for link in links for i in getattr(link, side))
        assert seen == list(range(len(doc.sentences))), f"{source.id}->{target.id}: {side} sentences not partitioned"


def _check_span(docs, doc_id, sentence, start, end, text, line, column, label) -> None:
    doc = docs[doc_id]
    where = f"{label} in {doc_id} [{start}, {end})"
    assert 0 <= start <= end <= len(doc.text), f"{where}: outside the document"
    assert doc.text[start:end] == text, f"{where}: text {text!r} != document {doc.text[start:end]!r}"
    s = doc.sentences[sentence]
    assert s.start <= start and end <= s.end, f"{where}: not inside sentence {sentence}"
    assert (line, column) == line_col(doc, start), f"{where}: line/column {(line, column)} != {line_col(doc, start)}"


def _check_json(docs: dict[str, Document], data: dict) -> None:
    assert [d["id"] for d in data["documents"]] == list(docs), "JSON documents differ from the analysis"
    for d in data["documents"]:
        doc = docs[d["id"]]
        got = [(s["start"], s["end"], s["text"], s["line"]) for s in d["sentences"]]
        assert got == [(s.start, s.end, s.text, s.line) for s in doc.sentences], f"{doc.id}: JSON sentences differ"
    for a in data["alignments"]:
        for side, doc_id in (("source", a["source"]), ("target", a["target"])):
            seen = sorted(i for link in a["links"] for i in link[side])
            assert seen == list(range(len(docs[doc_id].sentences))), f"JSON {side} of {doc_id} not partitioned"
    for f in data["findings"]:
        assert {f["pair"]["source"], f["pair"]["target"]} <= set(docs), f"{f['label']}: pair names unknown documents"
        for side in ("source", "target"):
            span = f[side]
            if span is not None:
                _check_span(docs, span["doc"], span["sentence"], span["start"], span["end"], span["text"],
                            span["line"], span["column"], f["label"])


def rendered(analysis: Analysis) -> dict[str, str]:
    """Every output format of ``analysis``, for checks and byte-for-byte comparisons."""
    from mutate.render import FORMATS, render

    out = {fmt: render(analysis, fmt) for fmt in FORMATS}
    json.loads(out["json"])
    return out
