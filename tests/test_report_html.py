"""The HTML report without a browser: its view model, its policy and its markup."""

from __future__ import annotations

import base64
import hashlib
import html as html_module
import re

import pytest

import mutate
from mutate.labels import LABELS
from mutate.load import from_text
from mutate.model import LinkKind
from mutate.render import render
from mutate.render import html_charts, html_grid
from mutate.render.html_view import build, slugs

from .conftest import FAMILY, ROOT

A = "The council said 300 homes may flood. Officials were very concerned. The river rose overnight."
B = A.replace("300", "3,000")
C = B.replace("may flood", "will flood") + " Residents fled."


def family(lineage: bool = False):
    return mutate.analyze(sorted(str(p.relative_to(ROOT)) for p in FAMILY.glob("*.txt")), lineage=lineage)


def chain():
    docs = [from_text(t, id=i, date=f"2024-01-0{n + 1}") for n, (i, t) in enumerate((("a", A), ("b", B), ("c", C)))]
    return mutate.analyze(docs, mode="chain")


def cells(page, row_text: str):
    row = next(r for r in page.grid.rows if r.text.startswith(row_text))
    return {c.version: c for c in row.cells}


def test_csp_allows_exactly_the_inline_style_and_script(in_root):
    page = render(family(), "html")
    policy = html_module.unescape(re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', page).group(1))
    assert "default-src 'none'" in policy and "unsafe-inline" not in policy and "unsafe-eval" not in policy
    blocks = re.findall(r"<style>(.*?)</style>", page, re.S) + re.findall(r"<script>(.*?)</script>", page, re.S)
    assert len(blocks) == 2 and "<script" not in page.replace("<script>", "", 1)
    for block in blocks:
        digest = base64.b64encode(hashlib.sha256(block.encode("utf-8")).digest()).decode()
        assert f"'sha256-{digest}'" in policy
    assert " style=" not in page  # inline style attributes would need 'unsafe-inline'


def test_every_link_stays_in_the_page(in_root):
    page = render(family(), "html")
    assert re.findall(r'\s(?:src|action|srcset)=', page) == []
    assert all(h.startswith("#") for h in re.findall(r'href="([^"]*)"', page))


def test_ids_are_unique(in_root):
    page = render(family(), "html")
    ids = re.findall(r'\sid="([^"]+)"', page)
    assert len(ids) == len(set(ids))


def test_star_grid_follows_the_alignments(in_root):
    analysis = family()
    page = build(analysis)
    base = analysis.documents[0]
    assert page.grid.columns[0][1] == base.id
    rows = {r.text: r for r in page.grid.rows if not r.origin}
    assert [s.text for s in base.sentences] == [r.text for r in page.grid.rows if not r.origin]
    for alignment in analysis.alignments:
        slug = slugs(d.id for d in analysis.documents)[alignment.target]
        for link in alignment.links:
            for i in link.source:
                cell = next(c for c in rows[base.sentences[i].text].cells if c.version == slug)
                assert (cell.state == "missing") == (link.kind is LinkKind.DELETED)
                if link.kind is LinkKind.EQUAL and not cell.labels:
                    assert cell.state == "same"


def test_mutated_cells_carry_the_distorting_labels():
    page = build(chain())
    first = cells(page, "The council said 300")
    assert first["a"].state == "base"
    assert first["b"].state == "mutated" and first["b"].severity == "error"
    assert [(l.label, l.new) for l in first["b"].labels] == [("number-inflated", True)]
    # c copied b: it keeps b's inflation (inherited) and removes a hedge itself (new).
    assert {(l.label, l.new) for l in first["c"].labels} == {("number-inflated", False), ("hedge-removed", True)}
    assert cells(page, "Officials")["c"].state == "same"
    added = cells(page, "Residents fled")
    assert (added["a"].state, added["b"].state, added["c"].state) == ("absent", "absent", "added")


def test_a_sentence_added_twice_in_star_mode_is_one_row():
    docs = [from_text(A, id="a"), from_text(A + " Residents fled.", id="b"), from_text(A + " Residents fled!", id="c")]
    page = build(mutate.analyze(docs))
    later = [r for r in page.grid.rows if r.origin]
    assert len(later) == 1 and {c.version: c.state for c in later[0].cells} == {"a": "absent", "b": "added", "c": "added"}


def test_evidence_is_marked_inside_the_word_diff():
    page = build(chain())
    row = next(r for p in page.pairs if p.target == "b" for r in p.rows if r.findings)
    right = [(p.text, p.change, p.mark) for b in row.right for p in b.pieces]
    assert ("3,000", "ins", "error") in right
    left = [(p.text, p.change, p.mark) for b in row.left for p in b.pieces]
    assert ("300", "del", "error") in left
    assert "".join(p.text for b in row.right for p in b.pieces) == B.split(". ")[0] + "."


def test_moved_words_are_shown_as_moved_with_a_title():
    a = from_text("Two men were held in Leeds on Monday night.", id="a")
    b = from_text("On Monday night two men were held in Leeds.", id="b")
    analysis = mutate.compare(a, b)
    row = build(analysis).pairs[0].rows[0]
    assert ("Monday night", "moved-from", "") in [(p.text, p.change, p.mark) for blk in row.left for p in blk.pieces]
    assert ("Monday night", "moved-to", "") in [(p.text, p.change, p.mark) for blk in row.right for p in blk.pieces]
    page = render(analysis, "html")
    assert re.search(r'<ins class="moved" title="moved:[^"]*">Monday night</ins>', page)
    assert 'del.moved::before, ins.moved::before { content: "⇄"' in page  # not colour alone


def test_a_split_shows_each_sentence_on_its_own():
    a = from_text("Officials, who were very concerned about the flood, met the mayor on Monday night.", id="a")
    b = from_text("Officials were very concerned about the flood. They met the mayor on Monday night.", id="b")
    page = build(mutate.compare(a, b))
    row = next(r for r in page.pairs[0].rows if r.kind == "split")
    assert len(row.left) == 1 and len(row.right) == 2
    assert [blk.ref for blk in row.right] == ["line 1", "line 1"]


def test_charts_say_in_words_what_they_draw(in_root):
    analysis = family(lineage=True)
    charts = html_charts.build(analysis)
    assert charts.heatmap is not None and charts.lineage is not None
    sim = html_charts.similarity(analysis)
    ids = [d.id for d in analysis.documents]
    assert all(sim[a][a] == 1 and sim[a][b] == sim[b][a] and 0 <= sim[a][b] < 1 for a in ids for b in ids if a != b)
    assert len(charts.heatmap.rects) == len(ids) ** 2
    per_version = {a.target: sum(f.pair[1] == a.target for f in analysis.findings) for a in analysis.alignments}
    for version, n in per_version.items():
        counts = [sum(f.pair[1] == version and f.severity.value == s for f in analysis.findings)
                  for s in ("error", "warning", "info")]
        assert f"{version}: {counts[0]} error, {counts[1]} warning, {counts[2]} info" in charts.severities.label
    families = {LABELS[f.label].family for f in analysis.findings}
    assert all(f in charts.families.label for f in families)
    edges = {(e.parent, e.doc) for e in analysis.lineage if e.parent}
    assert len(charts.lineage.paths) == len(edges)
    assert all(f"{doc} from {parent}" in charts.lineage.label for parent, doc in edges)


def test_a_pair_shows_the_base_and_the_other():
    charts = html_charts.build(mutate.compare(from_text(A, id="a"), from_text(B, id="b")))
    assert charts.lineage_title.startswith("The base") and "b from a" in charts.lineage.label


def test_a_large_family_skips_the_grid_and_heatmap_with_a_note():
    docs = [from_text(A.replace("300", str(300 + n)), id=f"v{n}") for n in range(html_grid.MAX_VERSIONS + 1)]
    page = build(mutate.analyze(docs))
    assert page.grid.rows == () and str(html_grid.MAX_VERSIONS) in page.grid.note
    assert page.charts.heatmap is None and "heatmap" in page.charts.note
    assert len(page.pairs) == len(docs) - 1


@pytest.mark.parametrize("doc_id", ['<b>"x"</b>', "a b", "x&y"])
def test_version_names_are_escaped_and_fragment_safe(doc_id):
    html = render(mutate.compare(from_text(A, id="base"), from_text(B, id=doc_id)), "html")
    if set(doc_id) & set('<&"'):
        assert doc_id not in html
    slug = slugs([doc_id])[doc_id]
    assert re.fullmatch(r"[A-Za-z0-9_-]+", slug) and f'id="pair-{slug}"' in html
