"""Generate a pair of long documents with known edits, for timing ``mutate diff``.

    python bench/make_pair.py 10000 bench/out/   # writes source.txt and target.txt

The source is built from real encyclopedia prose: the English and Simple Wikipedia
articles of SWiPE (read from ../shared/benchmarks/swipe/*.json; the paths are printed), each sentence used once, in paragraphs of one to four sentences. Without
that file it falls back to the sample family's sentences, varied by place, name and
number (near-duplicates: a harder, less realistic case). The target applies edits at fixed rates: 6% of sentences reworded,
2% deleted, 2% added, 1% moved, 0.5% split. Seeded: the same arguments always give the
same files.
"""

from __future__ import annotations

import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PLACES = ["Moscow", "Kyiv", "Berlin", "Warsaw", "Vilnius", "Riga", "Tallinn", "Prague", "Vienna", "Helsinki"]
NAMES = ["Soldatov", "Muraviev", "Grozev", "Beseda", "Petrov", "Ivanova", "Kovacs", "Novak", "Berg", "Lund"]
SWAPS = [("said", "claimed"), ("former", "ex-"), ("officials", "officers"), ("very", "extremely"),
         ("could", "will"), ("around", "nearly"), ("group", "faction"), ("war", "conflict")]


SWIPE = ROOT.parent / "shared" / "benchmarks" / "swipe"


def prose_sentences() -> list[str]:
    """Distinct sentences of real prose, in a fixed order."""
    import json

    from mutate.load import from_text

    seen, out = set(), []
    for path in sorted(SWIPE.glob("swipe_*.json")):
        print(f"reading sentences from {path}", file=sys.stderr)
        for record in json.loads(path.read_text(encoding="utf-8")):
            for field in ("r_content", "s_content"):
                for s in from_text(record[field]).sentences:
                    if len(s.text) > 40 and s.text[-1] in ".!?" and s.text not in seen:
                        seen.add(s.text)
                        out.append(s.text)
    if not out:
        print(f"no SWiPE data under {SWIPE}: using varied sample sentences", file=sys.stderr)
    return out


def seed_sentences() -> list[str]:
    from mutate.load import load

    out = []
    for path in sorted((ROOT / "samples" / "kremlin-coup").glob("*.txt")):
        out += [s.text for s in load(str(path)).sentences if not s.boilerplate and len(s.text) > 40]
    return out


def vary(sentence: str, n: int, rng: random.Random) -> str:
    sentence = re.sub(r"\b\d+\b", lambda m: str(rng.randint(2, 990)), sentence)
    lead = f"In {rng.choice(PLACES)}, {rng.choice(NAMES)} noted on day {n} that "
    return lead + sentence[0].lower() + sentence[1:]


def reword(sentence: str, rng: random.Random) -> str:
    for old, new in rng.sample(SWAPS, len(SWAPS)):
        if re.search(rf"\b{old}\b", sentence):
            return re.sub(rf"\b{old}\b", new, sentence, count=1)
    return sentence.replace(" that ", " that, reportedly, ", 1)


def make(count: int, seed: int = 7) -> tuple[str, str]:
    rng = random.Random(seed)
    prose = prose_sentences()
    if prose:
        rng.shuffle(prose)
        extra_count = int(count * 0.05)
        extra, prose = prose[:extra_count], prose[extra_count:]
        if len(prose) < count:
            # Not enough distinct sentences: repeat some behind a lead-in clause.
            leads = ["By one account, ", "In the same period, ", "Later on, ", "Reportedly, "]
            prose += [rng.choice(leads) + p[0].lower() + p[1:] for p in prose[: count - len(prose)]]
            rng.shuffle(prose)
        source = prose[:count]
        fresh = iter(extra)
        new = lambda n: next(fresh)  # noqa: E731
    else:
        base = seed_sentences()
        source = [vary(rng.choice(base), n, rng) for n in range(count)]
        new = lambda n: vary(rng.choice(base), count + n, rng)  # noqa: E731
    target: list[str] = []
    moved: list[str] = []
    for n, sentence in enumerate(source):
        roll = rng.random()
        if roll < 0.06:
            target.append(reword(sentence, rng))
        elif roll < 0.08:
            continue
        elif roll < 0.10:
            target += [sentence, new(n)]
        elif roll < 0.11:
            moved.append(sentence)
        elif roll < 0.115 and ", " in sentence:
            head, _, tail = sentence.partition(", ")
            target += [head + ".", tail[0].upper() + tail[1:]]
        else:
            target.append(sentence)
    for sentence in moved:
        target.insert(rng.randrange(len(target) + 1), sentence)
    return _paragraphs(source, rng), _paragraphs(target, rng)


def _paragraphs(sentences: list[str], rng: random.Random) -> str:
    out, i = [], 0
    while i < len(sentences):
        k = rng.randint(1, 4)
        out.append(" ".join(sentences[i:i + k]))
        i += k
    return "\n\n".join(out) + "\n"


if __name__ == "__main__":
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    folder = Path(sys.argv[2] if len(sys.argv) > 2 else ROOT / "bench" / "out")
    folder.mkdir(parents=True, exist_ok=True)
    source, target = make(count)
    (folder / "source.txt").write_text(source, encoding="utf-8")
    (folder / "target.txt").write_text(target, encoding="utf-8")
    print(f"wrote {folder}/source.txt ({len(source):,} chars) and target.txt ({len(target):,} chars)")
