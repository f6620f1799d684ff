"""GitHub Actions renderer: one workflow command per finding, so each shows as an
annotation on the draft's line in the pull request (``::error file=...,line=...::``).

Severities map to ``error``, ``warning`` and ``notice``; suppressed findings are left
out; diagnostics are annotations too. The last line is the verdict, as a notice. Data
and property values are escaped as the runner expects (``%``, line breaks, and in
properties ``:`` and ``,``).
"""

from __future__ import annotations

from ..model import Analysis, Span

COMMANDS = {"error": "error", "warning": "warning", "info": "notice"}


def render(analysis: Analysis) -> str:
    from ..check import locate
    from .text import summary

    lines = []
    for f in analysis.findings:
        if f.suppressed is not None:
            continue
        span = locate(analysis, f) or f.source
        props = _location(analysis, span) + [("title", f"mutate {f.label}")]
        message = f.message
        if f.source is not None and span is not f.source:
            doc = analysis.document(f.source.doc)
            message += f"\nsource {doc.path or doc.id}:{f.source.line}:{f.source.column}: {' '.join(f.source.text.split())}"
        lines.append(_command(COMMANDS[f.severity.value], props, message))
    for d in analysis.diagnostics:
        props = [("file", d.path)] if d.path else []
        if d.path and d.line:
            props.append(("line", str(d.line)))
        lines.append(_command(COMMANDS[d.level], props + [("title", "mutate comment")], d.message))
    lines.append(_command("notice", [("title", "mutate check")], summary(analysis)))
    return "\n".join(lines) + "\n"


def _location(analysis: Analysis, span: Span) -> list[tuple[str, str]]:
    doc = analysis.document(span.doc)
    props = [("file", doc.path or doc.id), ("line", str(span.line)), ("col", str(span.column))]
    if span.end > span.start:
        end_line, end_column = doc.line_col(span.end)
        if end_line > span.line or end_column > span.column:
            props += [("endLine", str(end_line)), ("endColumn", str(end_column))]
    return props


def _command(name: str, props: list[tuple[str, str]], message: str) -> str:
    """One workflow command.

    >>> _command("error", [("file", "a,b.md"), ("line", "3")], "50% more\\nthan said")
    '::error file=a%2Cb.md,line=3::50%25 more%0Athan said'
    """
    joined = ",".join(f"{key}={_escape(value, prop=True)}" for key, value in props)
    return f"::{name}{' ' + joined if joined else ''}::{_escape(message)}"


def _escape(value: str, prop: bool = False) -> str:
    value = value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    return value.replace(":", "%3A").replace(",", "%2C") if prop else value
