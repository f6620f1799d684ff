"""The HTML report's overview charts, as inline SVG geometry computed here.

Three charts: how alike every two versions are (a heatmap), what each version's
findings are by severity and by label family, and who copied whom (the lineage, or
the base and the others when there is none). Each is an :class:`Svg` of rectangles,
paths and texts with CSS classes, so the template draws them with one macro, the page
needs no chart library, and dark mode recolours them through the stylesheet. Colour
is never the only signal: every cell and bar also carries its number or mark.

Similarity is the Indel similarity of the versions' word sequences (boilerplate left
out): 2 x the words of their longest common subsequence / all their words, computed in
C by rapidfuzz. It sees order and wording together; a shingle overlap was the other
candidate, but it scores a reordered copy as identical.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from ..labels import LABELS
from ..model import Analysis

MAX_HEATMAP = 40  # versions: beyond this a heatmap's cells are too small to read
MAX_TREE = 80  # versions drawn as a tree; the versions table always lists every parent
_CHAR = 7.2  # width of one character of the chart font (12px system-ui), for layout
_WORD = re.compile(r"\w+", re.UNICODE)
SEVERITIES = ("error", "warning", "info")
_MARK = {"error": "✖", "warning": "▲", "info": "ℹ"}


@dataclass(frozen=True)
class Rect:
    x: float
    y: float
    w: float
    h: float
    cls: str
    title: str = ""


@dataclass(frozen=True)
class Text:
    x: float
    y: float
    text: str
    cls: str = ""
    anchor: str = "start"


@dataclass(frozen=True)
class Path:
    d: str
    cls: str


@dataclass(frozen=True)
class Svg:
    id: str
    width: float
    height: float
    label: str  # the accessible name: what the picture says, in words
    rects: tuple[Rect, ...]
    paths: tuple[Path, ...]
    texts: tuple[Text, ...]


@dataclass(frozen=True)
class Charts:
    heatmap: Svg | None
    similarity: tuple[tuple[str, tuple[str, ...]], ...]  # the heatmap as table rows
    severities: Svg | None
    families: Svg | None
    lineage: Svg | None
    lineage_title: str
    note: str


def build(analysis: Analysis) -> Charts:
    ids = [d.id for d in analysis.documents]
    notes = []
    heatmap, table = None, ()
    if 2 <= len(ids) <= MAX_HEATMAP:
        sim = similarity(analysis)
        heatmap = _heatmap(ids, sim)
        table = tuple((a, tuple(f"{round(100 * sim[a][b])}%" if a != b else "—" for b in ids)) for a in ids)
    elif len(ids) > MAX_HEATMAP:
        notes.append(f"The similarity heatmap is drawn for up to {MAX_HEATMAP} versions.")
    lineage, title = None, ""
    if len(ids) <= MAX_TREE:
        lineage, title = _lineage(analysis)
    else:
        notes.append(f"The lineage is drawn for up to {MAX_TREE} versions; the table lists every parent.")
    compared = [a.target for a in analysis.alignments]
    return Charts(heatmap, table, _severities(analysis, compared), _families(analysis, compared),
                  lineage, title, " ".join(notes))


def similarity(analysis: Analysis) -> dict[str, dict[str, float]]:
    """Every two versions' word-sequence similarity in 0..1 (1 on the diagonal)."""
    from rapidfuzz.distance import Indel

    words = {
        d.id: [w.casefold() for s in d.sentences if not s.boilerplate for w in _WORD.findall(s.text)]
        for d in analysis.documents
    }
    ids = list(words)
    out: dict[str, dict[str, float]] = {a: {a: 1.0} for a in ids}
    for n, a in enumerate(ids):
        for b in ids[n + 1:]:
            out[a][b] = out[b][a] = Indel.normalized_similarity(words[a], words[b])
    return out


def _width(text: str) -> float:
    return len(text) * _CHAR


def _short(text: str, limit: int = 24) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _heatmap(ids: list[str], sim: dict[str, dict[str, float]]) -> Svg:
    cell, pad = 46, 6
    names = [_short(i) for i in ids]
    left = max(_width(n) for n in names) + pad * 2
    top = left * 0.72 + pad  # column names are written at 45°: sin 45° of their length, and a margin
    # Shades span this family's own range (the numbers in the cells say the absolute value):
    # versions of one story are all alike in absolute terms, and fixed bands would paint
    # them one colour.
    off = [sim[a][b] for a in ids for b in ids if a != b]
    lo, hi = min(off), max(off)
    rects, texts = [], []
    for r, a in enumerate(ids):
        y = top + r * cell
        texts.append(Text(left - pad, y + cell / 2 + 4, names[r], "axis", "end"))
        for c, b in enumerate(ids):
            x = left + c * cell
            value = sim[a][b]
            band = "hd" if a == b else f"h{min(5, int(6 * (value - lo) / (hi - lo))) if hi > lo else 3}"
            rects.append(Rect(x, y, cell - 2, cell - 2, f"heat {band}", f"{a} / {b}: {round(100 * value)}%"))
            texts.append(Text(x + cell / 2 - 1, y + cell / 2 + 4, "—" if a == b else str(round(100 * value)),
                              f"heat-t {band}", "middle"))
    for c, b in enumerate(ids):
        x = left + c * cell + cell / 2
        texts.append(Text(x, top - pad, names[c], "axis rot", "start"))
    size = left + len(ids) * cell + pad
    return Svg("chart-similarity", size, top + len(ids) * cell + pad,
               "Similarity between versions, in percent of shared wording (darker: more alike than the "
               "family's other pairs); the table below gives the values.",
               tuple(rects), (), tuple(texts))


def _severities(analysis: Analysis, versions: list[str]) -> Svg | None:
    if not versions:
        return None
    counts = {v: Counter() for v in versions}
    for f in analysis.findings:
        if f.pair[1] in counts:
            counts[f.pair[1]][f.severity.value] += 1
    most = max((sum(c.values()) for c in counts.values()), default=0) or 1
    names = [_short(v) for v in versions]
    left, bar_w, row = max(_width(n) for n in names) + 12, 320, 26
    rects, texts = [], []
    for r, v in enumerate(versions):
        y = 8 + r * row
        texts.append(Text(left - 8, y + 13, names[r], "axis", "end"))
        x = left
        for sev in SEVERITIES:
            w = bar_w * counts[v][sev] / most
            if w:
                rects.append(Rect(x, y, w, row - 8, f"bar sev-{sev}", f"{v}: {counts[v][sev]} {sev}"))
                x += w
        summary = "  ".join(f"{_MARK[s]} {counts[v][s]}" for s in SEVERITIES)
        texts.append(Text(x + 6, y + 13, summary, "axis"))
    width = left + bar_w + 130
    return Svg("chart-severity", width, 8 + len(versions) * row + 4,
               "Findings per version by severity: " + "; ".join(
                   f"{v}: " + ", ".join(f"{counts[v][s]} {s}" for s in SEVERITIES) for v in versions),
               tuple(rects), (), tuple(texts))


def _families(analysis: Analysis, versions: list[str]) -> Svg | None:
    found = Counter((f.pair[1], LABELS[f.label].family) for f in analysis.findings)
    families = [fam for fam in dict.fromkeys(l.family for l in LABELS.values())
                if any(found[(v, fam)] for v in versions)]
    if not versions or not families:
        return None
    worst: dict[tuple[str, str], str] = {}
    for f in analysis.findings:
        key = (f.pair[1], LABELS[f.label].family)
        if key not in worst or SEVERITIES.index(f.severity.value) < SEVERITIES.index(worst[key]):
            worst[key] = f.severity.value
    names = [_short(v) for v in versions]
    left, cell, top = max(_width(n) for n in names) + 12, 74, 24
    rects, texts = [], []
    for c, fam in enumerate(families):
        texts.append(Text(left + c * cell + cell / 2, top - 8, fam, "axis", "middle"))
    for r, v in enumerate(versions):
        y = top + r * 28
        texts.append(Text(left - 8, y + 17, names[r], "axis", "end"))
        for c, fam in enumerate(families):
            n = found[(v, fam)]
            x = left + c * cell
            sev = worst.get((v, fam), "")
            rects.append(Rect(x + 2, y + 2, cell - 4, 24, f"fam {'sev-' + sev if n else 'none'}",
                              f"{v}, {fam}: {n}"))
            texts.append(Text(x + cell / 2, y + 18, f"{_MARK[sev]} {n}" if n else "·",
                              f"fam-t {'on' if n else 'off'}", "middle"))
    return Svg("chart-families", left + len(families) * cell + 4, top + len(versions) * 28 + 4,
               "Findings per version by label family (the mark is the family's strongest severity): " + "; ".join(
                   f"{v}: " + ", ".join(f"{found[(v, fam)]} {fam}" for fam in families) for v in versions),
               tuple(rects), (), tuple(texts))


def _lineage(analysis: Analysis) -> tuple[Svg | None, str]:
    """The inferred lineage as a left-to-right tree, or the base and the others."""
    ids = [d.id for d in analysis.documents]
    if len(ids) < 2:
        return None, ""
    if len(ids) > 2 and analysis.lineage:
        parent = {entry.doc: entry.parent for entry in analysis.lineage}
        title = "Lineage: who copied whom (inferred)"
    else:
        parent = {a.target: a.source for a in analysis.alignments}
        title = "The base and the versions compared with it"
    children: dict[str | None, list[str]] = {}
    for doc in ids:
        children.setdefault(parent.get(doc), []).append(doc)
    roots = children.get(None, [])
    slot, depth, at = {}, {}, [0]

    def place(doc: str, level: int, seen: set[str]) -> float:
        seen.add(doc)
        depth[doc] = level
        kids = [k for k in children.get(doc, []) if k not in seen]
        if not kids:
            slot[doc] = at[0]
            at[0] += 1
        else:
            ys = [place(k, level + 1, seen) for k in kids]
            slot[doc] = (ys[0] + ys[-1]) / 2
        return slot[doc]

    seen: set[str] = set()
    for doc in roots + [d for d in ids if d not in roots]:
        if doc not in seen:
            place(doc, 0, seen)
    dates = {d.id: d.date or "" for d in analysis.documents}
    box_w = max(_width(_short(d)) for d in ids) + 20
    gap, row, box_h = 36, 48, 34
    rects, paths, texts = [], [], []
    for doc in ids:
        x, y = 4 + depth[doc] * (box_w + gap), 4 + slot[doc] * row
        rects.append(Rect(x, y, box_w, box_h, "node root" if parent.get(doc) is None else "node", doc))
        texts.append(Text(x + 10, y + 15, _short(doc), "node-t"))
        texts.append(Text(x + 10, y + 28, dates[doc] or "undated", "node-d"))
        up = parent.get(doc)
        if up is not None and up in depth:
            px, py = 4 + depth[up] * (box_w + gap) + box_w, 4 + slot[up] * row + box_h / 2
            mid = px + gap / 2
            paths.append(Path(f"M{px:g} {py:g}H{mid:g}V{y + box_h / 2:g}H{x:g}", "edge"))
    width = 8 + (max(depth.values()) + 1) * (box_w + gap) - gap
    label = title + ": " + "; ".join(
        f"{doc} from {parent[doc]}" for doc in ids if parent.get(doc) is not None)
    return Svg("chart-lineage", width, 8 + at[0] * row - (row - box_h), label,
               tuple(rects), tuple(paths), tuple(texts)), title
