"""Lineage and provenance, scored on families generated with a known derivation."""

import importlib.util
import sys

import pytest

import mutate
from mutate import lineage
from mutate.load import from_text

from .conftest import ROOT


def _generator():
    spec = importlib.util.spec_from_file_location("make_family", ROOT / "bench" / "make_family.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("make_family", module)  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


make_family = _generator()


def family(count, seed, **kw):
    """Documents in file-name order (which says nothing of the tree) and the true parents."""
    versions = make_family.make(count, seed=seed, **kw)
    docs = sorted((from_text(v.text, id=v.name, date=v.date) for v in versions), key=lambda d: d.id)
    return docs, {v.name: v.parent for v in versions}


@pytest.fixture(scope="module")
def generated():
    return [family(200, seed) for seed in (1, 2, 3)]


def test_at_least_95_percent_of_parents_are_right(generated):
    right = total = 0
    for docs, truth in generated:
        for entry in lineage.infer(docs):
            right += entry.parent == truth[entry.doc]
            total += 1
    assert right / total >= 0.95, f"{right}/{total} parents right"


def test_a_parent_is_never_dated_after_its_child(generated):
    for docs, _ in generated:
        dates = {d.id: d.date for d in docs}
        for entry in lineage.infer(docs):
            if entry.parent and dates[entry.doc] and dates[entry.parent]:
                assert dates[entry.parent] <= dates[entry.doc]


def test_lineage_is_a_tree_with_one_root(generated):
    docs, _ = generated[0]
    result = lineage.infer(docs)
    assert [e.doc for e in result] == [d.id for d in docs]
    assert sum(e.parent is None for e in result) == 1
    assert len(lineage.depth_order(result)) == len(docs)  # every version reachable: no cycle
    assert all(0 <= e.score <= 1 for e in result)


def test_candidates_are_pruned_not_all_pairs(generated):
    docs, _ = generated[0]
    feats, weights, df = lineage._features(docs)
    consensus = [float(df[f].mean()) for f in feats]
    edges = lineage._candidates(feats, weights, df, consensus, None)
    n = len(docs)
    assert len(edges) <= n * (lineage.NEIGHBOURS + lineage.HUBS)
    assert len(edges) < n * (n - 1) / 2


def test_a_given_root_is_the_root(generated):
    docs, truth = generated[0]
    leaf = next(d.id for d in docs if d.id not in set(truth.values()))
    result = lineage.infer(docs, root=leaf)
    assert next(e.doc for e in result if e.parent is None) == leaf


def test_the_same_input_gives_the_same_lineage(generated):
    docs, _ = generated[1]
    assert lineage.infer(docs) == lineage.infer(list(docs))


WIRE = ("Officials said the talks could resume next week. The minister met 150 delegates in Vienna. "
        "Nobody expected a deal before the summer. Critics called the plan very risky.")


def test_dates_overrule_the_wording():
    # The wording alone says a -> b -> c (each copy changes one more word), but c is
    # dated before b, so b cannot be c's parent: c must hang from a.
    a = from_text(WIRE, id="a", date="2024-03-01")
    b = from_text(WIRE.replace("150", "300"), id="b", date="2024-03-05")
    c = from_text(WIRE.replace("150", "300").replace("very risky", "extremely risky"), id="c", date="2024-03-02")
    assert {e.doc: e.parent for e in lineage.infer([a, b, c])} == {"a": None, "b": "a", "c": "a"}
    undated = [a, b, from_text(c.text, id="c")]
    assert {e.doc: e.parent for e in lineage.infer(undated)} == {"a": None, "b": "a", "c": "b"}


def test_chain_lineage_follows_the_order():
    docs = [from_text(WIRE, id="a"), from_text(WIRE.replace("150", "300"), id="b"), from_text(WIRE, id="c")]
    assert [(e.doc, e.parent) for e in lineage.chain(docs)] == [("a", None), ("b", "a"), ("c", "b")]


def test_provenance_marks_where_a_mutation_was_born():
    wire = from_text(WIRE, id="wire")
    # tabloid inflates the number; copy copies tabloid and adds a hedge cut of its own;
    # other inflates the same number independently (a convergent edit).
    tabloid = from_text(WIRE.replace("150", "1,500"), id="tabloid")
    copy = from_text(WIRE.replace("150", "1,500").replace("could resume", "will resume"), id="copy")
    other = from_text(WIRE.replace("150", "1,500").replace("Nobody expected a deal before the summer. ", ""), id="other")
    analysis = mutate.analyze([wire, tabloid, copy, other], lineage=True)
    parents = {e.doc: e.parent for e in analysis.lineage}
    assert parents["copy"] == "tabloid" and parents["tabloid"] == "wire"
    status = {(f.pair[1], f.label): (f.provenance.status, f.provenance.born_in) for f in analysis.findings}
    assert status[("tabloid", "number-inflated")] == ("new", "tabloid")
    assert status[("copy", "number-inflated")] == ("inherited", "tabloid")
    assert status[("copy", "hedge-removed")] == ("new", "copy")
    if parents["other"] == "wire":
        assert status[("other", "number-inflated")] == ("new", "other")


def test_tree_mode_compares_each_version_with_its_parent():
    wire = from_text(WIRE, id="wire")
    tabloid = from_text(WIRE.replace("150", "1,500"), id="tabloid")
    copy = from_text(WIRE.replace("150", "1,500").replace("could resume", "will resume"), id="copy")
    analysis = mutate.analyze([wire, tabloid, copy], base=wire, mode="tree")
    assert analysis.mode == "tree"
    assert [(a.source, a.target) for a in analysis.alignments] == [("wire", "tabloid"), ("tabloid", "copy")]
    # Against its parent, copy only removed a hedge: the inflation is tabloid's.
    assert [(f.pair[1], f.label) for f in analysis.findings] == [("tabloid", "number-inflated"), ("copy", "hedge-removed")]
    assert all(f.provenance.status == "new" and f.provenance.born_in == f.pair[1] for f in analysis.findings)


def test_star_without_lineage_is_unchanged():
    docs = [from_text("Prices rose 4%.", id="a"), from_text("Prices rose 40%.", id="b"),
            from_text("Prices may have risen 4%.", id="c")]
    analysis = mutate.analyze(docs)
    assert analysis.mode == "star" and analysis.lineage == ()
    assert all(f.provenance is None for f in analysis.findings)


def test_versions_without_wording_are_placed_but_never_the_root():
    from mutate.model import Document

    docs = [Document("empty", ""), from_text(WIRE, id="a"), from_text(WIRE.replace("150", "300"), id="b"),
            Document("blank", "")]
    result = {e.doc: e.parent for e in lineage.infer(docs)}
    assert result["a"] is None and result["b"] == "a"
    assert result["empty"] is not None and result["blank"] is not None


def test_carriers_agree_between_tree_and_star():
    from mutate import provenance

    wire = from_text(WIRE, id="wire")
    tabloid = from_text(WIRE.replace("150", "1,500"), id="tabloid")
    copy = from_text(WIRE.replace("150", "1,500").replace("could resume", "will resume"), id="copy")
    echo = from_text(WIRE.replace("150", "1,500").replace("could resume", "will resume")
                     .replace("Nobody expected", "Few expected"), id="echo")
    other = from_text(WIRE.replace("very risky", "risky"), id="other")
    carried = {}
    for mode in ("tree", "star"):
        analysis = mutate.analyze([wire, tabloid, copy, echo, other], base=wire, mode=mode, lineage=True)
        assert {(e.doc, e.parent) for e in analysis.lineage} == {
            ("wire", None), ("tabloid", "wire"), ("copy", "tabloid"), ("echo", "copy"), ("other", "wire")}
        carried[mode] = {(f.provenance.born_in, f.label): c
                         for f, c in zip(analysis.findings, provenance.carriers(analysis))}
    assert carried["tree"][("tabloid", "number-inflated")] == ("tabloid", "copy", "echo")
    assert carried["tree"][("copy", "hedge-removed")] == ("copy", "echo")
    for key, docs in carried["tree"].items():
        assert carried["star"][key] == docs, key
