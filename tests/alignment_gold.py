"""Score :func:`mutate.align.align` against hand alignments of real seed pairs.

``tests/data/alignment/*.json`` hold, for two pairs of the sample family, which
sentences of one version say what which sentences of the other say, written by
reading both texts (see each file's ``note``). Sentences are named by a snippet of
their text, so the gold survives changes to the splitter's offsets.

A link of n source and m target sentences stands for its n x m sentence pairs;
precision and recall are counted over those pairs, on story sentences only (page
chrome is scored by the boilerplate tests, not here).

    python -m tests.alignment_gold      # prints the figures and every miss
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from mutate.align import align
from mutate.load import load
from mutate.model import Document

HERE = Path(__file__).resolve().parent
GOLD = HERE / "data" / "alignment"
SAMPLES = HERE.parent / "samples" / "kremlin-coup"
SEEDS = {  # the seed file names the gold was written against -> the sample names
    "000_d87fdfd7c44cabc3.txt": "spun-rewrite.txt",
    "001_8b7efb0c373544da.txt": "daily-star.txt",
    "002_265a23a4800f68ab.txt": "agencies-long.txt",
    "003_ba0622de57b761d5.txt": "ywn.txt",
    "004_392b5f9af1590a4d.txt": "agencies-rewrite.txt",
}


@dataclass(frozen=True)
class Score:
    name: str
    gold: frozenset[tuple[int, int]]
    found: frozenset[tuple[int, int]]

    @property
    def hits(self) -> int:
        return len(self.gold & self.found)

    @property
    def precision(self) -> float:
        return self.hits / len(self.found) if self.found else 1.0

    @property
    def recall(self) -> float:
        return self.hits / len(self.gold) if self.gold else 1.0


def locate(doc: Document, snippet: str, taken: set[int]) -> int:
    """The first sentence not yet taken whose text holds ``snippet``."""
    for s in doc.sentences:
        if snippet in s.text and s.index not in taken:
            return s.index
    raise LookupError(f"{doc.id}: no sentence holds {snippet!r}")


def gold_pairs(spec: dict, source: Document, target: Document) -> frozenset[tuple[int, int]]:
    pairs: set[tuple[int, int]] = set()
    taken_a: set[int] = set()
    taken_b: set[int] = set()
    for link in spec["links"]:
        a = [locate(source, s, taken_a) for s in link["source"]]
        b = [locate(target, t, taken_b) for t in link["target"]]
        taken_a.update(a)
        taken_b.update(b)
        pairs.update((i, j) for i in a for j in b)
    return frozenset(pairs)


def score(path: Path) -> Score:
    spec = json.loads(path.read_text(encoding="utf-8"))
    source = load(str(SAMPLES / SEEDS[spec["source"]]))
    target = load(str(SAMPLES / SEEDS[spec["target"]]))
    found = {
        (i, j)
        for link in align(source, target).links
        for i in link.source
        for j in link.target
        if not (source.sentences[i].boilerplate or target.sentences[j].boilerplate)
    }
    return Score(path.stem, gold_pairs(spec, source, target), frozenset(found))


def scores() -> list[Score]:
    return [score(p) for p in sorted(GOLD.glob("*.json"))]


def total(all_scores: list[Score]) -> tuple[float, float]:
    """Micro-averaged precision and recall over every gold file."""
    hits = sum(s.hits for s in all_scores)
    found = sum(len(s.found) for s in all_scores)
    gold = sum(len(s.gold) for s in all_scores)
    return hits / found, hits / gold


def _main() -> None:
    all_scores = scores()
    for s in all_scores:
        spec = json.loads((GOLD / f"{s.name}.json").read_text(encoding="utf-8"))
        source = load(str(SAMPLES / SEEDS[spec["source"]]))
        target = load(str(SAMPLES / SEEDS[spec["target"]]))
        print(f"{s.name}: precision {s.precision:.3f} ({s.hits}/{len(s.found)}), "
              f"recall {s.recall:.3f} ({s.hits}/{len(s.gold)})")
        for kind, missed in (("false link", s.found - s.gold), ("missed", s.gold - s.found)):
            for i, j in sorted(missed):
                print(f"  {kind}: {source.sentences[i].text[:60]!r} <-> {target.sentences[j].text[:60]!r}")
    p, r = total(all_scores)
    print(f"all: precision {p:.3f}, recall {r:.3f}")


if __name__ == "__main__":
    _main()
