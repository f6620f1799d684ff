"""Generate a story family with a known derivation, for testing lineage and timing reports.

    python bench/make_family.py 1000 bench/out/family-1000   # 1,000 versions
    python bench/make_family.py 100 DIR --rate 0.1 --sentences 40 --seed 7 --undated 0.3

A root story of ``--sentences`` sentences (drawn from the sample family in
``samples/kremlin-coup``, so nothing outside the repository is read) is copied along a
random recursive tree: version ``k`` copies one of the versions before it, chosen
uniformly. Each copy edits each sentence with probability ``--rate`` (at least one edit
per copy, so that no copy is indistinguishable from its parent):

* 60% rewordings of the kind mutate labels (a hedge dropped, a number inflated, a
  stronger verb or adjective, an attribution cut);
* 20% omissions (the sentence is dropped);
* 20% additions (a new sentence after it).

**Convergent edits**: three fixed changes to root sentences are made independently by
any copy with probability 4% each, so unrelated branches share them, as two outlets
that both inflate the same number do. Dates run forward along the tree (a copy is dated
0-2 days after its parent), and a share ``--undated`` of versions has no date at all.

Written: one ``.txt`` per version under shuffled names (file order says nothing about
the tree), a ``family.toml`` with each dated version's date and label, and the true
parents in ``<DIR>.truth.json`` beside the folder. Seeded: the same arguments always
give the same files.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import re
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "samples" / "kremlin-coup"

# (pattern, replacement): the rewordings a copier makes, each one a mutation mutate labels.
REWORDINGS = [
    (r"\bcould\b", "will"), (r"\bmay\b", "will"), (r"\breportedly\b", "certainly"),
    (r"\bsaid\b", "claimed"), (r"\bvery\b", "extremely"), (r"\bformer\b", "ex-"),
    (r"\bconcerned\b", "alarmed"), (r"\bgroup\b", "faction"), (r"\bofficials\b", "insiders"),
    (r"\bwar\b", "conflict"), (r"\bsome\b", "many"), (r"\bsuggests?\b", "proves"),
]
PLACES = ["Moscow", "Kyiv", "Berlin", "Warsaw", "Vilnius", "Riga", "Tallinn", "Prague", "Vienna", "Helsinki"]
EDIT_KINDS = (("reword", 0.6), ("omit", 0.2), ("add", 0.2))
CONVERGENT = 3
CONVERGENT_P = 0.04


@dataclass(frozen=True)
class Version:
    name: str  # file name
    text: str
    parent: str | None  # the file name of the version it copies (None: the root)
    date: str | None
    label: str


def pool() -> list[str]:
    """Distinct sentences of the sample family, long enough to carry wording."""
    sys.path.insert(0, str(ROOT))
    from mutate.load import load

    seen, out = set(), []
    for path in sorted(SAMPLE.glob("*.txt")):
        for s in load(str(path)).sentences:
            if not s.boilerplate and len(s.text) > 50 and s.text[-1] in ".!?”\"" and s.text not in seen:
                seen.add(s.text)
                out.append(s.text)
    return out


def reword(sentence: str, rng: random.Random) -> str:
    """One labelled change: a number inflated or a word swapped; else a hedge cut or added."""
    numbers = list(re.finditer(r"\b\d+\b", sentence))
    if numbers and rng.random() < 0.4:
        m = rng.choice(numbers)
        bigger = str(int(m.group()) * rng.choice((2, 3, 10)) + rng.randint(1, 9))
        return sentence[:m.start()] + bigger + sentence[m.end():]
    for pattern, new in rng.sample(REWORDINGS, len(REWORDINGS)):
        if re.search(pattern, sentence):
            return re.sub(pattern, new, sentence, count=1)
    words = sentence.split(" ")
    at = rng.randrange(1, max(2, len(words)))
    return " ".join(words[:at] + [rng.choice(["reportedly", "allegedly", "clearly", "now"])] + words[at:])


def fresh(base: list[str], n: int, rng: random.Random) -> str:
    """A new sentence no other copy has: a pool sentence behind a unique lead."""
    s = rng.choice(base)
    return f"In {rng.choice(PLACES)}, source {n} added that {s[0].lower()}{s[1:]}"


def make(count: int, sentences: int = 40, rate: float = 0.1, seed: int = 7, undated: float = 0.3) -> list[Version]:
    """``count`` versions in derivation order (the root first); see the module docstring."""
    rng = random.Random(seed)
    base = pool()
    rng.shuffle(base)
    root = [base[i % len(base)] if i < len(base) else fresh(base, -i, rng) for i in range(sentences)]
    convergent = [(i, reword(root[i], random.Random(seed * 31 + i))) for i in rng.sample(range(sentences), CONVERGENT)]
    names = [f"v{n:05d}.txt" for n in rng.sample(range(count), count)]
    start = dt.date(2024, 3, 1)
    bodies: list[list[tuple[int, str]]] = [[(i, s) for i, s in enumerate(root)]]  # (root index or -1, text)
    days, parents = [0], [None]
    added = 0
    for k in range(1, count):
        p = rng.randrange(k)
        body, edits = [], 0
        for origin, text in bodies[p]:
            if rng.random() >= rate:
                body.append((origin, text))
                continue
            edits += 1
            kind = rng.choices([k for k, _ in EDIT_KINDS], [w for _, w in EDIT_KINDS])[0]
            if kind == "reword":
                body.append((origin, reword(text, rng)))
            elif kind == "add":
                added += 1
                body += [(origin, text), (-1, fresh(base, added, rng))]
        if edits == 0 and body:
            at = rng.randrange(len(body))
            body[at] = (body[at][0], reword(body[at][1], rng))
        for i, changed in convergent:
            if rng.random() < CONVERGENT_P:
                body = [(o, changed if o == i and t == root[i] else t) for o, t in body]
        bodies.append(body)
        parents.append(p)
        days.append(days[p] + rng.randint(0, 2))
    out = []
    for k, body in enumerate(bodies):
        dated = rng.random() >= undated
        out.append(Version(
            name=names[k],
            text=_paragraphs([t for _, t in body], random.Random(seed * 7919 + k)),
            parent=None if parents[k] is None else names[parents[k]],
            date=(start + dt.timedelta(days=days[k])).isoformat() if dated else None,
            label=f"Outlet {names[k][1:-4].lstrip('0') or '0'}",
        ))
    return out


def _paragraphs(sentences: list[str], rng: random.Random) -> str:
    out, i = [], 0
    while i < len(sentences):
        k = rng.randint(1, 3)
        out.append(" ".join(sentences[i:i + k]))
        i += k
    return "\n\n".join(out) + "\n"


def write(versions: list[Version], folder: Path) -> Path:
    """The family as files, its ``family.toml``, and ``<folder>.truth.json`` beside it."""
    folder.mkdir(parents=True, exist_ok=True)
    manifest = ["# A generated family (bench/make_family.py): dates and labels per version.", ""]
    for v in sorted(versions, key=lambda v: v.name):
        (folder / v.name).write_text(v.text, encoding="utf-8")
        manifest.append(f'[versions."{v.name}"]')
        manifest.append(f'label = "{v.label}"')
        if v.date:
            manifest.append(f"date = {v.date}")
        manifest.append("")
    (folder / "family.toml").write_text("\n".join(manifest), encoding="utf-8")
    truth = folder.parent / f"{folder.name}.truth.json"
    truth.write_text(json.dumps({v.name: v.parent for v in versions}, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    return truth


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("count", type=int)
    ap.add_argument("folder", type=Path)
    ap.add_argument("--sentences", type=int, default=40)
    ap.add_argument("--rate", type=float, default=0.1, help="share of sentences each copy edits")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--undated", type=float, default=0.3, help="share of versions without a date")
    args = ap.parse_args(argv)
    versions = make(args.count, args.sentences, args.rate, args.seed, args.undated)
    truth = write(versions, args.folder)
    print(f"wrote {len(versions)} versions to {args.folder}/, true parents in {truth}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
