"""HTML renderer: one self-contained page (CSS inlined, no external requests).

The view model is built here, in code, as small frozen dataclasses; the jinja2 template
(``templates/report.html.j2``) only lays them out. Autoescaping is on and undefined
names are errors, so input text can never become markup and a typo in the template
fails loudly.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from .. import __version__
from ..labels import LABELS
from ..model import Analysis, Finding, LinkKind, Pair

_SEVERITY_MARK = {"error": "✖", "warning": "▲", "info": "ℹ"}
_KIND_MARK = {
    "equal": "=", "modified": "~", "split": "1→n", "merged": "n→1", "added": "+", "deleted": "−",
}


@dataclass(frozen=True)
class Piece:
    text: str
    change: str  # "", "del" or "ins"


@dataclass(frozen=True)
class FindingView:
    anchor: str
    label: str
    family: str
    severity: str
    mark: str
    message: str
    source_text: str
    target_text: str
    where: str


@dataclass(frozen=True)
class Row:
    anchor: str
    kind: str
    kind_mark: str
    moved: bool
    boilerplate: bool
    left: tuple[Piece, ...]
    right: tuple[Piece, ...]
    left_ref: str
    right_ref: str
    findings: tuple[FindingView, ...]


@dataclass(frozen=True)
class PairView:
    anchor: str
    source: str
    target: str
    counts: tuple[tuple[str, str, int], ...]  # (severity, mark, count)
    labels: tuple[tuple[str, int], ...]
    rows: tuple[Row, ...]


@dataclass(frozen=True)
class VersionView:
    id: str
    path: str
    label: str
    date: str
    words: int
    sentences: int
    errors: int
    warnings: int
    infos: int
    is_base: bool


@dataclass(frozen=True)
class Page:
    title: str
    tool: str
    mode: str
    versions: tuple[VersionView, ...]
    pairs: tuple[PairView, ...]
    total: int


def render(analysis: Analysis) -> str:
    return _template().render(page=build(analysis)) + "\n"


@lru_cache(maxsize=1)
def _template():
    import jinja2

    env = jinja2.Environment(
        loader=jinja2.PackageLoader("mutate", "render/templates"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    return env.get_template("report.html.j2")


def build(analysis: Analysis) -> Page:
    """The page's view model: every string the template shows, already decided."""
    per_target: dict[str, Counter] = {}
    for f in analysis.findings:
        per_target.setdefault(f.pair[1], Counter())[f.severity.value] += 1
    base = analysis.documents[0].id if analysis.documents else ""
    versions = tuple(
        VersionView(
            id=d.id, path=d.path or "", label=d.label or "", date=d.date or "",
            words=d.words, sentences=len(d.sentences),
            errors=per_target.get(d.id, Counter())["error"],
            warnings=per_target.get(d.id, Counter())["warning"],
            infos=per_target.get(d.id, Counter())["info"],
            is_base=(d.id == base and analysis.mode != "pair") or (analysis.mode == "pair" and d.id == base),
        )
        for d in analysis.documents
    )
    pairs = []
    for n, alignment in enumerate(analysis.alignments):
        key = (alignment.source, alignment.target)
        mine = [p for p in analysis.pairs if (p.source, p.target) == key]
        found = [f for f in analysis.findings if f.pair == key]
        by_row = _findings_by_row(mine, found)
        rows = tuple(_row(analysis, n, i, p, by_row.get(i, [])) for i, p in enumerate(mine))
        sev = Counter(f.severity.value for f in found)
        pairs.append(PairView(
            anchor=f"pair-{n + 1}",
            source=key[0],
            target=key[1],
            counts=tuple((s, _SEVERITY_MARK[s], sev[s]) for s in ("error", "warning", "info")),
            labels=tuple(sorted(Counter(f.label for f in found).items(), key=lambda x: (-x[1], x[0]))),
            rows=rows,
        ))
    title = "mutate report: " + ", ".join(d.id for d in analysis.documents)
    tool = f"mutate {__version__}" + (" · semantic similarity" if analysis.semantic else "")
    return Page(title, tool, analysis.mode, versions, tuple(pairs), len(analysis.findings))


def _findings_by_row(pairs: list[Pair], findings: list[Finding]) -> dict[int, list[Finding]]:
    """Each finding goes to the row whose link holds its evidence."""
    row_of_source = {i: n for n, p in enumerate(pairs) for i in p.link.source}
    row_of_target = {j: n for n, p in enumerate(pairs) for j in p.link.target}
    out: dict[int, list[Finding]] = {}
    for f in findings:
        row = row_of_target.get(f.target.sentence) if f.target else row_of_source.get(f.source.sentence)
        if row is None and f.source is not None:
            row = row_of_source.get(f.source.sentence)
        if row is not None:
            out.setdefault(row, []).append(f)
    return out


def _row(analysis: Analysis, n: int, i: int, pair: Pair, mine: list[Finding]) -> Row:
    link = pair.link
    src = analysis.document(pair.source)
    tgt = analysis.document(pair.target)
    views = tuple(
        FindingView(
            anchor=f"f-{f.fingerprint}",
            label=f.label,
            family=LABELS[f.label].family,
            severity=f.severity.value,
            mark=_SEVERITY_MARK[f.severity.value],
            message=f.message,
            source_text=f.source.text if f.source and link.kind is not LinkKind.DELETED else "",
            target_text=f.target.text if f.target and link.kind is not LinkKind.ADDED else "",
            where=_where(analysis, f),
        )
        for f in mine
    )
    left, right = _pieces(pair)
    return Row(
        anchor=f"p{n + 1}-r{i + 1}",
        kind=link.kind.value,
        kind_mark=_KIND_MARK[link.kind.value],
        moved=link.moved,
        boilerplate=pair.chrome,
        left=left,
        right=right,
        left_ref=_ref(src, link.source),
        right_ref=_ref(tgt, link.target),
        findings=views,
    )


def _pieces(pair: Pair) -> tuple[tuple[Piece, ...], tuple[Piece, ...]]:
    left, right = [], []
    for op in pair.ops:
        if op.kind == "equal":
            left.append(Piece(op.a_text, ""))
            right.append(Piece(op.b_text, ""))
        else:
            if op.a_text:
                left.append(Piece(op.a_text, "del"))
            if op.b_text:
                right.append(Piece(op.b_text, "ins"))
    return tuple(left), tuple(right)


def _ref(doc, indexes) -> str:
    if not indexes:
        return ""
    return f"line {doc.sentences[indexes[0]].line}"


def _where(analysis: Analysis, f: Finding) -> str:
    span = f.target or f.source
    if span is None:
        return ""
    doc = analysis.document(span.doc)
    return f"{doc.path or doc.id}:{span.line}:{span.column}"
