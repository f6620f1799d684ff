"""Markdown renderer: a summary of ``mutate check`` for a pull-request comment.

The verdict first, then one table row per finding that counts or is shown (located
in the draft, with the source's words beside the draft's), then what was suppressed
and the diagnostics. Table cells are escaped (pipes, line breaks, backticks), so a
draft's text cannot break the table.
"""

from __future__ import annotations

from collections import Counter

from ..model import Analysis

_MAX = 120


def render(analysis: Analysis) -> str:
    from ..check import locate
    from .text import summary

    v = analysis.verdict
    title = "mutate check" if v is None else f"mutate check: {'failed' if v.failed else 'passed'}"
    lines = [f"## {title}", "", summary(analysis), ""]
    shown = [f for f in analysis.findings if f.suppressed is None]
    if shown:
        lines += ["| severity | where | label | finding | source says | draft says |",
                  "|---|---|---|---|---|---|"]
        for f in shown:
            span = locate(analysis, f) or f.source
            doc = analysis.document(span.doc)
            cells = [f"**{f.severity.value}**", _code(f"{doc.path or doc.id}:{span.line}:{span.column}"),
                     _code(f.label), _cell(f.message),
                     _cell(f.source.text) if f.source is not None else "",
                     _cell(f.target.text) if f.target is not None else ""]
            lines.append("| " + " | ".join(cells) + " |")
        lines.append("")
    hidden = [f for f in analysis.findings if f.suppressed is not None]
    if hidden:
        by = Counter(f.suppressed.by for f in hidden)
        lines.append("Suppressed: " + ", ".join(f"{n} by {name}" for name, n in sorted(by.items())) + ".")
        lines.append("")
    if analysis.diagnostics:
        lines.append("Diagnostics:")
        lines.append("")
        for d in analysis.diagnostics:
            where = (d.path or "mutate") + (f":{d.line}" if d.line else "")
            lines.append(f"- {_code(where)} {d.level}: {_cell(d.message)}")
        lines.append("")
    return "\n".join(lines)


def _cell(text: str) -> str:
    """Text safe inside a table cell: one line, pipes and markup escaped, clipped.

    >>> _cell("a | b\\n*c*")
    'a \\\\| b \\\\*c\\\\*'
    """
    flat = " ".join(text.split())
    if len(flat) > _MAX:
        flat = flat[: _MAX - 1] + "…"
    for ch in "\\|*_`<>[]":
        flat = flat.replace(ch, "\\" + ch)
    return flat


def _code(text: str) -> str:
    return "`" + text.replace("`", "'").replace("|", "\\|") + "`"
