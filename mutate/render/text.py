"""Terminal renderer: findings grouped by pair, one line each, then a summary.

    agencies-long -> agencies-rewrite
      samples/x.txt:11:1  error    hedge-removed       claim made more certain
          - could face a coup
          + will be deposed shortly

``mutate check`` output reads like a compiler's, one finding per line located in the
draft, its source on the next, then the diagnostics and the verdict::

    drafts/story.md:3:1: error number-inflated Around 150 became 300
        source sources/wire.txt:2:1: Around 150
    mutate check: failed: 1 finding at or above error (1 finding: 1 error, 0 warning, 0 info)
"""

from __future__ import annotations

from collections import Counter

from ..model import Analysis, Finding

_WIDTH = 72


def render(analysis: Analysis) -> str:
    if analysis.mode == "check":
        return _check(analysis)
    lines: list[str] = []
    by_pair: dict[tuple[str, str], list[Finding]] = {}
    for f in analysis.findings:
        by_pair.setdefault(f.pair, []).append(f)
    for alignment in analysis.alignments:
        key = (alignment.source, alignment.target)
        found = by_pair.get(key, [])
        kinds = Counter(l.kind.value for l in alignment.links)
        lines.append(f"{key[0]} -> {key[1]}  ({_counts(kinds)})")
        for f in found:
            lines.append("  " + _headline(analysis, f))
            if f.source is not None:
                lines.append("      - " + _clip(f.source.text))
            if f.target is not None:
                lines.append("      + " + _clip(f.target.text))
        lines.append("")
    severities = Counter(f.severity.value for f in analysis.findings)
    lines.append(
        f"{len(analysis.findings)} findings: "
        + ", ".join(f"{severities.get(s, 0)} {s}" for s in ("error", "warning", "info"))
        + (" (semantic similarity on)" if analysis.semantic else "")
    )
    return "\n".join(lines) + "\n"


def _headline(analysis: Analysis, f: Finding) -> str:
    span = f.target or f.source
    where = "-"
    if span is not None:
        doc = analysis.document(span.doc)
        where = f"{doc.path or doc.id}:{span.line}:{span.column}"
    return f"{where:<34} {f.severity.value:<8} {f.label:<22} {f.message}"


def _clip(text: str) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= _WIDTH else flat[: _WIDTH - 1] + "…"


def _counts(kinds: Counter) -> str:
    return ", ".join(f"{n} {k}" for k, n in sorted(kinds.items()))


def _check(analysis: Analysis) -> str:
    from ..check import locate

    lines = []
    shown = [f for f in analysis.findings if f.suppressed is None]
    for f in shown:
        span = locate(analysis, f)
        lines.append(f"{_where(analysis, span)}: {f.severity.value} {f.label} {f.message}")
        if f.source is not None:
            lines.append(f"    source {_where(analysis, f.source)}: {_clip(f.source.text)}")
    for d in analysis.diagnostics:
        where = (d.path or "mutate") + (f":{d.line}" if d.line else "")
        lines.append(f"{where}: {d.level}: {d.message}")
    lines.append(summary(analysis))
    return "\n".join(lines) + "\n"


def summary(analysis: Analysis) -> str:
    """One line: the verdict of ``mutate check`` and what was found."""
    v = analysis.verdict
    shown = [f for f in analysis.findings if f.suppressed is None]
    severities = Counter(f.severity.value for f in shown)
    found = f"{_n(len(shown), 'finding')}: " + ", ".join(f"{severities.get(s, 0)} {s}" for s in ("error", "warning", "info"))
    hidden = len(analysis.findings) - len(shown)
    if hidden:
        found += f"; {hidden} suppressed"
    if v is None:
        return found
    rule = f"at or above {v.threshold}" + (f" or labelled {', '.join(v.labels)}" if v.labels else "")
    return f"mutate check: {'failed' if v.failed else 'passed'}: {_n(v.counted, 'finding')} {rule} ({found})"


def _where(analysis: Analysis, span) -> str:
    doc = analysis.document(span.doc)
    return f"{doc.path or doc.id}:{span.line}:{span.column}"


def _n(count: int, noun: str) -> str:
    return f"{count} {noun}" + ("" if count == 1 else "s")
