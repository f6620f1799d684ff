"""The claim x version grid of the HTML report: how each version renders each claim.

One row per sentence of the root version (the base in star mode) and one per sentence
that appears later; one column per version. A cell says whether the version keeps the
claim word for word, rewords it, mutates it (with the labels found), or lacks it.

Every mode is handled the same way: a version's cells are its parent's cells carried
through the one alignment that compares them (in star mode every parent is the base).
So in tree and chain mode a cell is the claim relative to the root, composed hop by
hop along the lineage, and its labels are every mutation met on the way; those made
by the version itself are marked new. No comparison is run here: only the alignments
and findings of the analysis are read.

Large families get no grid (columns beyond :data:`MAX_VERSIONS` do not read as a
grid): the note says so, and the pair views still show everything.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass

from ..labels import LABELS
from ..model import Analysis, Finding, LinkKind, Pair
from ..similarity import normalise

MAX_VERSIONS = 40
# Labels of these families say a claim was kept (reworded, moved), not distorted.
_KEPT = frozenset({"benign", "structure"})
_RANK = {"info": 1, "warning": 2, "error": 3}
STATE_MARK = {
    "base": "●", "same": "=", "reworded": "≈", "mutated": "!", "missing": "∅", "added": "+", "absent": "·",
}


@dataclass(frozen=True)
class CellLabel:
    label: str
    severity: str
    new: bool  # made by this version (not inherited from its parent)


@dataclass(frozen=True)
class Cell:
    version: str  # slug
    state: str  # a key of STATE_MARK
    mark: str
    severity: str  # the strongest distorting label's severity, or ""
    labels: tuple[CellLabel, ...]
    text: str
    href: str  # the row of the pair view that shows this hop, or ""
    moved: bool

    @property
    def label_ids(self) -> str:
        return " ".join(l.label for l in self.labels)

    @property
    def families(self) -> str:
        return " ".join(dict.fromkeys(LABELS[l.label].family for l in self.labels))

    @property
    def severities(self) -> str:
        return " ".join(dict.fromkeys(l.severity for l in self.labels))


@dataclass(frozen=True)
class GridRow:
    anchor: str
    text: str
    origin: str  # "" for a root sentence, else the version where it first appears
    boilerplate: bool
    cells: tuple[Cell, ...]


@dataclass(frozen=True)
class Grid:
    columns: tuple[tuple[str, str], ...]  # (slug, id), root first
    rows: tuple[GridRow, ...]
    note: str


@dataclass
class _State:
    """A claim in one version while the grid is built (mutable scratch, never rendered)."""

    sentences: tuple[int, ...]
    changed: bool
    labels: dict[str, tuple[str, bool]]  # label -> (severity, new)
    href: str = ""
    moved: bool = False
    added: bool = False


def root_of(analysis: Analysis) -> str:
    """The version every comparison descends from: compared, never compared against."""
    targets = {a.target for a in analysis.alignments}
    for a in analysis.alignments:
        if a.source not in targets:
            return a.source
    return analysis.documents[0].id if analysis.documents else ""


def build(analysis: Analysis, slug: dict[str, str], pairs_by_key: dict[tuple[str, str], list[Pair]],
          rows_of: dict[tuple[str, str], dict[int, list[Finding]]], row_anchor) -> Grid:
    """``rows_of`` holds each comparison's findings by row; ``row_anchor(key, i)`` names a row."""
    docs = {d.id: d for d in analysis.documents}
    if not docs:
        return Grid((), (), "")
    if len(docs) > MAX_VERSIONS:
        return Grid((), (), f"The claim grid is drawn for up to {MAX_VERSIONS} versions; this report has "
                            f"{len(docs)}. The comparisons below show every claim.")
    root = root_of(analysis)
    children: dict[str, list[str]] = {}
    for a in analysis.alignments:
        children.setdefault(a.source, []).append(a.target)
    order, queue = [], deque([root])
    while queue:
        doc = queue.popleft()
        if doc in order:
            continue
        order.append(doc)
        queue.extend(children.get(doc, []))
    order += [d for d in docs if d not in order]

    rows: list[dict] = [
        {"text": s.text, "origin": "", "boilerplate": s.boilerplate, "after": None}
        for s in docs[root].sentences
    ]
    sequence = list(range(len(rows)))  # display order of row ids
    states: dict[str, dict[int, _State]] = {
        root: {i: _State((i,), False, {}) for i in range(len(rows))}
    }
    added_by_text: dict[str, int] = {}
    for a in analysis.alignments:
        key = (a.source, a.target)
        if a.source not in states or key[1] in states:
            continue  # an unreachable or second comparison of a version: the first one counts
        mine = pairs_by_key.get(key, [])
        found = rows_of.get(key, {})
        by_source = {i: n for n, p in enumerate(mine) for i in p.link.source}
        child: dict[int, _State] = {}
        for r, parent in states[a.source].items():
            if not parent.sentences:
                continue
            hits = sorted({by_source[i] for i in parent.sentences if i in by_source})
            targets = tuple(sorted({j for n in hits for j in mine[n].link.target}))
            labels = {k: (sev, False) for k, (sev, _) in parent.labels.items()}
            for n in hits:
                for f in found.get(n, []):
                    labels[f.label] = (f.severity.value, _new(f))
            child[r] = _State(
                targets,
                parent.changed or any(mine[n].link.kind is not LinkKind.EQUAL for n in hits),
                labels,
                row_anchor(key, hits[0]) if hits else "",
                any(mine[n].link.moved for n in hits),
                parent.added,
            )
        held = {j for st in child.values() for j in st.sentences}
        for n, p in enumerate(mine):
            if p.link.kind is not LinkKind.ADDED:
                continue
            for j in p.link.target:
                if j in held:
                    continue
                s = docs[key[1]].sentences[j]
                r = added_by_text.get(normalise(s.text))
                if r is None or r in child:
                    r = len(rows)
                    after = _row_before(child, j)
                    rows.append({"text": s.text, "origin": key[1], "boilerplate": s.boilerplate, "after": after})
                    _insert(sequence, rows, r, after)
                    added_by_text.setdefault(normalise(s.text), r)
                labels = {f.label: (f.severity.value, _new(f)) for f in found.get(n, [])}
                child[r] = _State((j,), True, labels, row_anchor(key, n), False, True)
                held.add(j)
        states[key[1]] = child

    columns = tuple((slug[d], d) for d in order)
    grid_rows = tuple(
        GridRow(
            anchor=f"c-{pos + 1}",
            text=rows[r]["text"], origin=rows[r]["origin"], boilerplate=rows[r]["boilerplate"],
            cells=tuple(_cell(slug[d], d == root, states.get(d, {}).get(r), docs[d], rows[r]["origin"])
                        for d in order),
        )
        for pos, r in enumerate(sequence)
    )
    return Grid(columns, grid_rows, "")


def _new(f: Finding) -> bool:
    """Made by this version: star mode says so through provenance, other modes by construction."""
    return f.provenance is None or f.provenance.status == "new"


def _row_before(child: dict[int, _State], j: int) -> int | None:
    """The claim row holding the nearest sentence before ``j`` in the version, if any."""
    best, best_j = None, -1
    for r, st in child.items():
        for k in st.sentences:
            if best_j < k < j:
                best, best_j = r, k
    return best


def _insert(sequence: list[int], rows: list[dict], r: int, after: int | None) -> None:
    """Put row ``r`` right after ``after`` and the later rows already placed after it."""
    at = 0 if after is None else sequence.index(after) + 1
    while at < len(sequence) and rows[sequence[at]]["after"] == after and rows[sequence[at]]["origin"]:
        at += 1
    sequence.insert(at, r)


def _cell(version: str, is_root: bool, st: _State | None, doc, origin: str) -> Cell:
    if is_root:
        if st is None:
            return Cell(version, "absent", STATE_MARK["absent"], "", (), "", "", False)
        return Cell(version, "base", STATE_MARK["base"], "", (), "", "", False)
    if st is None:
        state = "absent" if origin else "missing"
        return Cell(version, state, STATE_MARK[state], "", (), "", "", False)
    labels = tuple(CellLabel(k, sev, new) for k, (sev, new) in
                   sorted(st.labels.items(), key=lambda x: (-_RANK[x[1][0]], x[0])))
    distorting = [l for l in labels if LABELS[l.label].family not in _KEPT]
    if not st.sentences:
        state = "missing"
    elif distorting:
        state = "mutated"
    elif st.added:
        state = "added"
    else:
        state = "reworded" if st.changed else "same"
    severity = max((l.severity for l in distorting), key=_RANK.__getitem__, default="")
    mark = {"error": "✖", "warning": "▲", "info": "ℹ"}[severity] if state == "mutated" else STATE_MARK[state]
    text = " ".join(doc.sentences[j].text for j in st.sentences)
    return Cell(version, state, mark, severity, labels, text, st.href, st.moved)
