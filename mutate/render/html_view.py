"""The HTML report's view model: an :class:`~mutate.model.Analysis` -> :class:`Page`.

Everything the page shows is decided here, as frozen dataclasses of plain strings and
numbers; the template (``templates/report.html.j2``) only lays them out. The overview's
charts come from :mod:`.html_charts`, the claim x version grid from :mod:`.html_grid`;
this module builds the versions table and the pair views (aligned sentences with the
word diff inline and each finding's evidence marked).

Anchors are stable: a finding's is its version's slug plus its fingerprint, which
hashes what the finding is about rather than where, so a link to one finding survives
a re-run and unrelated edits. (The fingerprint alone is not enough: in star mode the
same mutation inherited by two versions has the same fingerprint in both pairs.)
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from .. import __version__
from ..labels import LABELS
from ..model import Analysis, Document, Finding, LinkKind, Pair
from . import html_charts, html_grid

SEVERITIES = ("error", "warning", "info")
SEVERITY_MARK = {"error": "✖", "warning": "▲", "info": "ℹ"}
KIND_MARK = {
    "equal": "=", "modified": "≠", "split": "1→n", "merged": "n→1", "added": "+", "deleted": "−",
}
# Families whose evidence is the whole sentence: marking it would say nothing.
_UNMARKED = frozenset({"structure", "benign"})


@dataclass(frozen=True)
class Piece:
    text: str
    change: str  # "", "del", "ins", or "moved-from" / "moved-to" for words moved within the pair
    mark: str  # severity of the strongest finding whose evidence covers it, or ""


@dataclass(frozen=True)
class Block:
    """One sentence of one side of a row, as pieces, with where it sits in its file."""

    pieces: tuple[Piece, ...]
    ref: str


@dataclass(frozen=True)
class FindingView:
    anchor: str
    label: str
    family: str
    severity: str
    mark: str
    message: str
    version: str  # slug of the version the finding is in (the pair's target)
    source_text: str
    target_text: str
    where: str
    provenance: str  # "", "new here" or "inherited from X"


@dataclass(frozen=True)
class Row:
    anchor: str
    kind: str
    kind_mark: str
    moved: bool
    boilerplate: bool
    left: tuple[Block, ...]
    right: tuple[Block, ...]
    findings: tuple[FindingView, ...]


@dataclass(frozen=True)
class PairView:
    anchor: str
    source: str
    target: str
    version: str  # slug of the target
    counts: tuple[tuple[str, str, int], ...]  # (severity, mark, count)
    labels: tuple[tuple[str, int], ...]
    rows: tuple[Row, ...]
    total: int


@dataclass(frozen=True)
class VersionView:
    id: str
    slug: str
    path: str
    label: str
    date: str
    words: int
    sentences: int
    counts: tuple[tuple[str, str, int], ...]  # (severity, mark, count) of its findings
    role: str  # "base", "root", "parent: X" or ""
    href: str  # its comparison's anchor, "" for the base


@dataclass(frozen=True)
class Option:
    value: str
    text: str
    count: int


@dataclass(frozen=True)
class Filters:
    labels: tuple[Option, ...]
    families: tuple[Option, ...]
    severities: tuple[Option, ...]
    versions: tuple[Option, ...]


@dataclass(frozen=True)
class Page:
    title: str
    tool: str
    mode: str
    versions: tuple[VersionView, ...]
    charts: html_charts.Charts
    grid: html_grid.Grid
    filters: Filters
    pairs: tuple[PairView, ...]
    total: int


def slugs(ids) -> dict[str, str]:
    """Each id as a distinct fragment-safe token (letters, digits, ``-`` and ``_``).

    >>> slugs(["wire.txt", "wire txt", "ywn"])
    {'wire.txt': 'wire_txt', 'wire txt': 'wire_txt-2', 'ywn': 'ywn'}
    """
    out: dict[str, str] = {}
    taken: set[str] = set()
    for doc_id in ids:
        base = re.sub(r"[^A-Za-z0-9_-]", "_", doc_id) or "v"
        slug, n = base, 1
        while slug in taken:
            n += 1
            slug = f"{base}-{n}"
        taken.add(slug)
        out[doc_id] = slug
    return out


def build(analysis: Analysis) -> Page:
    """The page's view model: every string the template shows, already decided."""
    slug = slugs(d.id for d in analysis.documents)
    docs = {d.id: d for d in analysis.documents}  # Analysis.document() scans: too slow per row
    pairs_by_key: dict[tuple[str, str], list[Pair]] = {}
    for p in analysis.pairs:
        pairs_by_key.setdefault((p.source, p.target), []).append(p)
    found_by_key: dict[tuple[str, str], list[Finding]] = {}
    for f in analysis.findings:
        found_by_key.setdefault(f.pair, []).append(f)

    first_for: dict[str, int] = {}
    for n, alignment in enumerate(analysis.alignments):
        first_for.setdefault(alignment.target, n)
    pair_views, rows_of, index = [], {}, {}
    for n, alignment in enumerate(analysis.alignments):
        key = (alignment.source, alignment.target)
        index.setdefault(key, n)
        mine, found = pairs_by_key.get(key, []), found_by_key.get(key, [])
        by_row = findings_by_row(mine, found)
        rows_of[key] = by_row
        rows = tuple(_row(docs, slug, n, i, p, by_row.get(i, [])) for i, p in enumerate(mine))
        sev = Counter(f.severity.value for f in found)
        pair_views.append(PairView(
            anchor=pair_anchor(slug, key[1]) + ("" if first_for[key[1]] == n else f"-{n + 1}"),
            source=key[0], target=key[1], version=slug[key[1]],
            counts=tuple((s, SEVERITY_MARK[s], sev[s]) for s in SEVERITIES),
            labels=tuple(sorted(Counter(f.label for f in found).items(), key=lambda x: (-x[1], x[0]))),
            rows=rows, total=len(found),
        ))
    title = "mutate report: " + ", ".join(d.id for d in analysis.documents[:8]) + (
        f" and {len(analysis.documents) - 8} more" if len(analysis.documents) > 8 else "")
    similarity = "semantic similarity" if analysis.semantic else "lexical similarity"
    return Page(
        title=title, tool=f"mutate {__version__} · {similarity}", mode=analysis.mode,
        versions=_versions(analysis, slug),
        charts=html_charts.build(analysis),
        grid=html_grid.build(analysis, slug, pairs_by_key, rows_of, lambda key, i: _row_anchor(index[key], i)),
        filters=_filters(analysis, slug),
        pairs=tuple(pair_views), total=len(analysis.findings),
    )


def pair_anchor(slug: dict[str, str], target: str) -> str:
    """A version is the target of one comparison in every mode: its pair is named after it."""
    return f"pair-{slug[target]}"


def _row_anchor(pair_index: int, row_index: int) -> str:
    return f"p{pair_index + 1}-r{row_index + 1}"


def _versions(analysis: Analysis, slug: dict[str, str]) -> tuple[VersionView, ...]:
    per_target: dict[str, Counter] = {}
    for f in analysis.findings:
        per_target.setdefault(f.pair[1], Counter())[f.severity.value] += 1
    parent = {entry.doc: entry.parent for entry in analysis.lineage}
    compared = {a.target: a.source for a in analysis.alignments}
    root = html_grid.root_of(analysis)
    out = []
    for d in analysis.documents:
        if d.id == root:
            role = "base" if analysis.mode in ("star", "pair") else "root"
        elif analysis.mode in ("tree", "chain") and d.id in compared:
            role = f"parent: {compared[d.id]}"
        elif parent.get(d.id):
            role = f"copied from {parent[d.id]} (inferred)"
        else:
            role = ""
        counts = per_target.get(d.id, Counter())
        out.append(VersionView(
            id=d.id, slug=slug[d.id], path=d.path or "", label=d.label or "", date=d.date or "",
            words=d.words, sentences=len(d.sentences),
            counts=tuple((s, SEVERITY_MARK[s], counts[s]) for s in SEVERITIES), role=role,
            href=pair_anchor(slug, d.id) if d.id in compared else "",
        ))
    return tuple(out)


def _filters(analysis: Analysis, slug: dict[str, str]) -> Filters:
    labels = Counter(f.label for f in analysis.findings)
    families = Counter(LABELS[f.label].family for f in analysis.findings)
    severities = Counter(f.severity.value for f in analysis.findings)
    versions = Counter(f.pair[1] for f in analysis.findings)
    return Filters(
        labels=tuple(Option(k, k, labels[k]) for k in LABELS if labels[k]),
        families=tuple(Option(k, k, families[k]) for k in dict.fromkeys(l.family for l in LABELS.values())
                       if families[k]),
        severities=tuple(Option(s, f"{SEVERITY_MARK[s]} {s}", severities[s]) for s in SEVERITIES),
        versions=tuple(Option(slug[d.id], d.id, versions[d.id]) for d in analysis.documents
                       if d.id in {a.target for a in analysis.alignments}),
    )


def findings_by_row(pairs: list[Pair], findings: list[Finding]) -> dict[int, list[Finding]]:
    """Each finding goes to the row whose link holds its evidence (target side first)."""
    row_of_source = {i: n for n, p in enumerate(pairs) for i in p.link.source}
    row_of_target = {j: n for n, p in enumerate(pairs) for j in p.link.target}
    out: dict[int, list[Finding]] = {}
    for f in findings:
        row = row_of_target.get(f.target.sentence) if f.target else None
        if row is None and f.source is not None:
            row = row_of_source.get(f.source.sentence)
        if row is not None:
            out.setdefault(row, []).append(f)
    return out


def finding_anchor(slug: dict[str, str], f: Finding) -> str:
    return f"f-{slug[f.pair[1]]}-{f.fingerprint}"


def _row(docs: dict[str, Document], slug: dict[str, str], n: int, i: int, pair: Pair, mine: list[Finding]) -> Row:
    link = pair.link
    src, tgt = docs[pair.source], docs[pair.target]
    views = tuple(_finding_view(docs, slug, f, link.kind) for f in mine)
    marked = [f for f in mine if LABELS[f.label].family not in _UNMARKED]
    # moved words first: a piece takes the first change that covers it
    left = _blocks(src, link.source, pair.a_offset,
                   [(a, b, "moved-from") for a, b in pair.a_moved]
                   + [(op.a_start, op.a_end, "del" if op.kind != "equal" else "") for op in pair.ops],
                   [(f.source.start, f.source.end, f.severity.value) for f in marked if f.source])
    right = _blocks(tgt, link.target, pair.b_offset,
                    [(a, b, "moved-to") for a, b in pair.b_moved]
                    + [(op.b_start, op.b_end, "ins" if op.kind != "equal" else "") for op in pair.ops],
                    [(f.target.start, f.target.end, f.severity.value) for f in marked if f.target])
    return Row(
        anchor=_row_anchor(n, i), kind=link.kind.value, kind_mark=KIND_MARK[link.kind.value],
        moved=link.moved, boilerplate=pair.chrome, left=left, right=right, findings=views,
    )


def _finding_view(docs: dict[str, Document], slug: dict[str, str], f: Finding, kind: LinkKind) -> FindingView:
    prov = ""
    if f.provenance is not None:
        prov = "new here" if f.provenance.status == "new" else f"inherited from {f.provenance.born_in}"
    span = f.target or f.source
    where = ""
    if span is not None:
        doc = docs[span.doc]
        where = f"{doc.path or doc.id}:{span.line}:{span.column}"
    return FindingView(
        anchor=finding_anchor(slug, f), label=f.label, family=LABELS[f.label].family,
        severity=f.severity.value, mark=SEVERITY_MARK[f.severity.value], message=f.message,
        version=slug[f.pair[1]],
        source_text=f.source.text if f.source and kind is not LinkKind.DELETED else "",
        target_text=f.target.text if f.target and kind is not LinkKind.ADDED else "",
        where=where, provenance=prov,
    )


_RANK = {"": 0, "info": 1, "warning": 2, "error": 3}


def _blocks(doc, indexes, offset, ops, evidence) -> tuple[Block, ...]:
    """One side of a row cut into sentences, each into pieces of equal diff state and mark.

    ``ops`` are (start, end, change) local to the side's text, ``evidence`` (start, end,
    severity) in document offsets. The pieces show the document's own text, so Markdown
    markup masked for the diff still reads as written.
    """
    if not indexes:
        return ()
    text = doc.text
    changes = [(offset + a, offset + b, c) for a, b, c in ops if b > a]
    blocks = []
    for k in indexes:
        s = doc.sentences[k]
        cuts = {s.start, s.end}
        for a, b, _ in changes:
            cuts.update(x for x in (a, b) if s.start < x < s.end)
        for a, b, _ in evidence:
            cuts.update(x for x in (a, b) if s.start < x < s.end)
        bounds = sorted(cuts)
        pieces: list[Piece] = []
        for a, b in zip(bounds, bounds[1:]):
            change = next((c for x, y, c in changes if x <= a and b <= y), "")
            mark = max((sev for x, y, sev in evidence if x <= a and b <= y and y > x),
                       key=_RANK.__getitem__, default="")
            if pieces and pieces[-1].change == change and pieces[-1].mark == mark:
                pieces[-1] = Piece(pieces[-1].text + text[a:b], change, mark)
            else:
                pieces.append(Piece(text[a:b], change, mark))
        blocks.append(Block(tuple(pieces), f"line {s.line}"))
    return tuple(blocks)
