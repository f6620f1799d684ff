"""Terminal renderer: findings grouped by pair, one line each, then a summary.

    agencies-long -> agencies-rewrite
      samples/x.txt:11:1  error    hedge-removed       claim made more certain
          - could face a coup
          + will be deposed shortly
"""

from __future__ import annotations

from collections import Counter

from ..model import Analysis, Finding

_WIDTH = 72


def render(analysis: Analysis) -> str:
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
