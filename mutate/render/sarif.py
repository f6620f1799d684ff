"""SARIF 2.1.0 renderer, for code scanning (GitHub uploads it with
``github/codeql-action/upload-sarif``). Validates against ``schemas/sarif-schema-2.1.0.json``.

One run; the driver's rules are the label registry (meaning, default level, the rule's
examples as help); each finding is a result located in the draft, with its source span
as a related location, its fingerprint under ``partialFingerprints`` and, when an
ignore comment or the baseline accepted it, a ``suppressions`` entry (code scanning
shows those as dismissed). Columns count code points (``columnKind``), as mutate's do.
Diagnostics are the invocation's tool notifications.
"""

from __future__ import annotations

import json
from urllib.parse import quote

from .. import __version__
from ..labels import LABELS
from ..model import Analysis, Diagnostic, Document, Finding, Span

LEVELS = {"error": "error", "warning": "warning", "info": "note"}
SCHEMA_URI = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
FINGERPRINT = "mutate/v1"


def render(analysis: Analysis) -> str:
    return json.dumps(to_dict(analysis), ensure_ascii=False, indent=2) + "\n"


def to_dict(analysis: Analysis) -> dict:
    index = {label: n for n, label in enumerate(LABELS)}
    run: dict = {
        "tool": {"driver": {"name": "mutate", "version": __version__, "semanticVersion": __version__,
                            "rules": [_rule(label) for label in LABELS]}},
        "columnKind": "unicodeCodePoints",
        "results": [_result(analysis, f, index[f.label]) for f in analysis.findings],
        "invocations": [{
            "executionSuccessful": True,
            "toolExecutionNotifications": [_notification(d) for d in analysis.diagnostics],
        }],
    }
    if analysis.verdict is not None:
        v = analysis.verdict
        run["properties"] = {"verdict": {"failed": v.failed, "threshold": v.threshold, "counted": v.counted,
                                         "labels": list(v.labels)}}
    return {"$schema": SCHEMA_URI, "version": "2.1.0", "runs": [run]}


def _rule(label_id: str) -> dict:
    from ..rules import BY_LABEL

    label = LABELS[label_id]
    rule = BY_LABEL.get(label_id)
    out = {
        "id": label.id,
        "name": "".join(part.capitalize() for part in label.id.split("-")),
        "shortDescription": {"text": label.meaning},
        "defaultConfiguration": {"level": LEVELS[label.severity.value]},
        "properties": {"tags": [label.family]},
    }
    if rule is not None:
        summary = " ".join((rule.check.__doc__ or rule.summary).split("\n\n")[0].split())
        out["fullDescription"] = {"text": summary}
        bad = "; ".join(f"“{a}” -> “{b}”" for a, b in rule.bad[:2])
        good = "; ".join(f"“{a}” -> “{b}”" for a, b in rule.good[:2])
        out["help"] = {"text": f"{summary} Flagged: {bad}. Left alone: {good}."}
    return out


def _result(analysis: Analysis, f: Finding, rule_index: int) -> dict:
    from ..check import locate

    where = locate(analysis, f) or f.source
    out: dict = {
        "ruleId": f.label,
        "ruleIndex": rule_index,
        "level": LEVELS[f.severity.value],
        "message": {"text": f.message},
        "locations": [{"physicalLocation": _physical(analysis.document(where.doc), where)}],
    }
    if f.source is not None and where is not f.source:
        out["relatedLocations"] = [{
            "id": 1,
            "physicalLocation": _physical(analysis.document(f.source.doc), f.source),
            "message": {"text": f"source: {' '.join(f.source.text.split())}"},
        }]
    if f.fingerprint:
        out["partialFingerprints"] = {FINGERPRINT: f.fingerprint}
    if f.suppressed is not None:
        kind = "inSource" if f.suppressed.by == "ignore-comment" else "external"
        out["suppressions"] = [{"kind": kind, "status": "accepted",
                                "justification": f.suppressed.reason or f"accepted by the {f.suppressed.by}"}]
    return out


def _physical(doc: Document, span: Span) -> dict:
    region: dict = {"startLine": span.line, "startColumn": span.column}
    if span.end > span.start:
        end_line, end_column = doc.line_col(span.end)
        region.update(endLine=max(end_line, span.line), endColumn=end_column, snippet={"text": span.text})
        if region["endLine"] == span.line and end_column <= span.column:  # an extracted (HTML) text's lines
            del region["endLine"], region["endColumn"]
    return {"artifactLocation": {"uri": uri(doc)}, "region": region}


def uri(doc: Document) -> str:
    """A relative reference for a relative path (code scanning resolves it against the
    repository root), a ``file://`` URI for an absolute one.

    >>> uri(Document(id="d", text="", path="drafts/my story.md"))
    'drafts/my%20story.md'
    """
    path = doc.path or doc.id
    if path.startswith("/"):
        return "file://" + quote(path)
    return quote(path, safe="/")


def _notification(d: Diagnostic) -> dict:
    out: dict = {"level": LEVELS[d.level], "message": {"text": d.message}}
    if d.path:
        location: dict = {"artifactLocation": {"uri": quote(d.path, safe="/")}}
        if d.line:
            location["region"] = {"startLine": d.line}
        out["locations"] = [{"physicalLocation": location}]
    return out
