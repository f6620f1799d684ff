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
  edges above it show.

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
from .model import Finding, Lineage, Provenance
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
