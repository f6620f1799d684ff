"""Provenance: whether each finding is new in its version or inherited from its parent.

What a finding means depends on the comparison mode, and so does its provenance:

* **star** (every version against the root): a finding is a mutation *relative to the
  root*, and every version that carries a distortion has a finding for it. A finding
  in version C is ``inherited`` when the same mutation relative to the root is already
  in C's parent P, and then it was born where P's copy was born; otherwise it is
  ``new`` and born in C. Walking the lineage from the root down, each mutation is born
  once per line of descent: convergent edits (two branches making the same change)
  are born twice, once in each branch, which is what happened.
* **tree** and **chain** (every version against its parent): a finding is an edit
  that this copy made to its parent's text, so by construction it is ``new`` and
  born in the child. What a version inherited is what its parent's edge and the
  edges above it show; :func:`carriers` follows each edit down to the versions that
  still carry it.

"The same mutation relative to the root" is a key that ignores where a sentence sits
and what happened elsewhere in it: the label, the root sentence it touches, and the
normalised evidence text on both sides. The finding's fingerprint is not used because
it hashes the whole sentences, so a copier's unrelated edit to the same sentence
would make an inherited mutation look new.
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Sequence

from .lineage import depth_order
from .model import Analysis, Finding, Lineage, Provenance
from .similarity import normalise

Key = tuple


def assign(findings: Sequence[Finding], lineage: Sequence[Lineage], mode: str) -> list[Finding]:
    """The findings with ``provenance`` set (unchanged when there is no lineage)."""
    if not lineage:
        return list(findings)
    if mode != "star":
        return [dataclasses.replace(f, provenance=Provenance("new", f.pair[1])) for f in findings]
    by_doc: dict[str, list[int]] = {}
    for n, f in enumerate(findings):
        by_doc.setdefault(f.pair[1], []).append(n)
    parent_of = {l.doc: l.parent for l in lineage}
    carried: dict[str, dict[Key, str]] = {}
    out = list(findings)
    for doc in depth_order(lineage):
        inherited = carried.get(parent_of[doc] or "", {})
        mine: dict[Key, str] = {}
        for n, key in _keys(findings, by_doc.get(doc, [])):
            born = inherited.get(key)
            status = "new" if born is None else "inherited"
            born = born or doc
            mine[key] = born
            out[n] = dataclasses.replace(findings[n], provenance=Provenance(status, born))
        carried[doc] = mine
    return out


def _keys(findings: Sequence[Finding], indexes: list[int]):
    """(index, key) for each finding; a mutation repeated in one version is numbered."""
    seen: Counter[Key] = Counter()
    for n in indexes:
        key = mutation_key(findings[n])
        seen[key] += 1
        yield n, key + (seen[key],)


def mutation_key(f: Finding) -> Key:
    """What a star-mode finding changed, independent of where the version put it."""
    src, tgt = f.source, f.target
    return (
        f.label,
        src.sentence if src else None,
        normalise(src.text) if src else "",
        normalise(tgt.text) if tgt else "",
    )


def carriers(analysis: Analysis) -> tuple[tuple[str, ...], ...]:
    """For each finding (in order), every version that carries its mutation, birthplace first.

    In ``star`` mode these are the versions whose findings have the same mutation key
    and the same birthplace. In ``tree`` and ``chain`` mode the mutation is followed
    down the lineage through the alignments already made: a child carries it when the
    sentence holding the evidence is linked to one of the child's sentences that still
    contains the evidence text (a deletion is carried by every descendant, which cannot
    get the sentence back from this line). No extra comparison runs.
    """
    findings = analysis.findings
    if not analysis.lineage:
        return tuple((f.pair[1],) for f in findings)
    if analysis.mode == "star":
        groups: dict[Key, list[str]] = {}
        keys = [None] * len(findings)
        for n, f in enumerate(findings):
            if f.provenance is not None:
                keys[n] = (f.provenance.born_in,) + mutation_key(f)
                groups.setdefault(keys[n], []).append(f.pair[1])
        return tuple(tuple(dict.fromkeys(groups[k])) if k else (f.pair[1],) for k, f in zip(keys, findings))
    children: dict[str, list[str]] = {}
    for entry in analysis.lineage:
        if entry.parent:
            children.setdefault(entry.parent, []).append(entry.doc)
    links = {(a.source, a.target): a.links for a in analysis.alignments}
    docs = {d.id: d for d in analysis.documents}
    return tuple(_follow(f, docs, children, links) for f in findings)


def _follow(f: Finding, docs, children, links) -> tuple[str, ...]:
    born = f.pair[1]
    out = [born]
    if f.target is None:  # a deletion: nothing in this line can bring the sentence back
        stack = list(children.get(born, []))
        while stack:
            doc = stack.pop(0)
            out.append(doc)
            stack.extend(children.get(doc, []))
        return tuple(out)
    evidence = normalise(f.target.text)
    queue = [(born, f.target.sentence)]
    while queue:
        doc, sentence = queue.pop(0)
        for child in children.get(doc, []):
            target = docs[child]
            for link in links.get((doc, child), ()):
                if sentence in link.source:
                    hits = [k for k in link.target if evidence in normalise(target.sentences[k].text)]
                    if hits:
                        out.append(child)
                        queue.append((child, hits[0]))
                    break
    return tuple(out)
