"""JSON renderer: the output contract ``mutate/1`` (``schemas/findings.schema.json``).

Keys come out in a fixed order and nothing depends on time or machine, so the same
input gives byte-identical output. The layout puts one sentence, link or finding on
each line: readable in a diff of two reports, and written by the C encoder, which
``indent=`` would turn off (a 10,000-sentence pair took 0.7 s to indent, 0.1 s so).

Format history (the ``schema`` field):
    mutate/1: first version.
    mutate/1 (fields added): ``verdict`` and every finding's ``suppressed`` for ``mutate check``.
"""

from __future__ import annotations

import json

from .. import __version__
from ..model import Analysis, Document, Finding, LinkKind, Span

SCHEMA = "mutate/1"


_COMPACT = json.JSONEncoder(ensure_ascii=False, separators=(", ", ": "))


def render(analysis: Analysis) -> str:
    return _layout(to_dict(analysis), "") + "\n"


def _layout(value, pad: str) -> str:
    """Objects open up level by level; a list of objects holds one per line.

    >>> print(_layout({"a": [{"b": 1}, {"b": 2}], "c": None}, ""))
    {
      "a": [
        {"b": 1},
        {"b": 2}
      ],
      "c": null
    }
    """
    inner = pad + "  "
    if isinstance(value, dict) and value:
        items = (f"{inner}{_COMPACT.encode(k)}: {_layout(v, inner)}" for k, v in value.items())
        return "{\n" + ",\n".join(items) + f"\n{pad}}}"
    if isinstance(value, list) and value and isinstance(value[0], dict):
        rows = (inner + (_layout(v, inner) if _opens(v) else _COMPACT.encode(v)) for v in value)
        return "[\n" + ",\n".join(rows) + f"\n{pad}]"
    return _COMPACT.encode(value)


def _opens(item: dict) -> bool:
    """A list item that holds a list of objects (a document, an alignment) opens up too."""
    return any(isinstance(v, list) and v and isinstance(v[0], dict) for v in item.values())


# an Enum's .value is a slow property in Python 3.11: looked up once per kind, not per link
_KIND_NAMES = {kind: kind.value for kind in LinkKind}


def to_dict(analysis: Analysis) -> dict:
    out: dict = {
        "schema": SCHEMA,
        "tool": {"name": "mutate", "version": __version__, "semantic": analysis.semantic},
        "mode": analysis.mode,
        "documents": [_document(d) for d in analysis.documents],
        "alignments": [
            {
                "source": a.source,
                "target": a.target,
                "links": [
                    {"source": list(l.source), "target": list(l.target), "kind": _KIND_NAMES[l.kind],
                     "moved": l.moved, "score": l.score}
                    for l in a.links
                ],
            }
            for a in analysis.alignments
        ],
        "findings": [_finding(f, check=analysis.mode == "check") for f in analysis.findings],
    }
    if analysis.verdict is not None:
        v = analysis.verdict
        out["verdict"] = {"failed": v.failed, "threshold": v.threshold, "counted": v.counted, "labels": list(v.labels)}
    if analysis.lineage:
        out["lineage"] = [{"doc": l.doc, "parent": l.parent, "score": l.score} for l in analysis.lineage]
    if analysis.diagnostics or analysis.mode == "check":
        out["diagnostics"] = [
            {k: v for k, v in (("level", d.level), ("message", d.message), ("path", d.path), ("line", d.line))
             if v is not None or k == "path"}
            for d in analysis.diagnostics
        ]
    return out


def _document(doc: Document) -> dict:
    out = {
        "id": doc.id,
        "path": doc.path,
        "format": doc.format,
        "title": doc.title,
        "date": doc.date,
        "label": doc.label,
        "sentences": [
            {"index": s.index, "start": s.start, "end": s.end, "line": s.line, "text": s.text,
             "boilerplate": s.boilerplate}
            for s in doc.sentences
        ],
    }
    if doc.url is not None:  # from a family manifest; absent otherwise, so older outputs stay identical
        out["url"] = doc.url
    return out


def _span(span: Span | None) -> dict | None:
    if span is None:
        return None
    return {"doc": span.doc, "sentence": span.sentence, "start": span.start, "end": span.end,
            "line": span.line, "column": span.column, "text": span.text}


def _finding(f: Finding, check: bool = False) -> dict:
    out = {
        "label": f.label,
        "severity": f.severity.value,
        "message": f.message,
        "pair": {"source": f.pair[0], "target": f.pair[1]},
        "source": _span(f.source),
        "target": _span(f.target),
        "fingerprint": f.fingerprint,
    }
    if f.provenance is not None:
        out["provenance"] = {"status": f.provenance.status, "born_in": f.provenance.born_in}
    if check:  # `mutate check` says of every finding whether it counts; other commands stay as they were
        out["suppressed"] = None if f.suppressed is None else {"by": f.suppressed.by, "reason": f.suppressed.reason}
    return out
