"""Time ``mutate report`` on generated families of 10, 100 and 1,000 versions.

    python bench/bench_family.py                     # 10, 100, 1000 versions x 40 sentences
    python bench/bench_family.py --sizes 10 100 --write   # and append the table to bench/README.md

For each size, ``bench/make_family.py`` writes a family (into ``bench/out/``, nothing
is read from outside the repository), then:

* **mutate**: ``mutate report FOLDER --format json`` as a subprocess (start-up, reading,
  segmenting, lineage, one comparison per version, rendering): wall time and the
  child's peak resident memory (``os.wait4``); lineage accuracy against the true
  parents;
* **naive all-pairs**, in the same run: the pipeline comparison (align, word diff,
  classify: ``mutate.api._compare_pair``) of every pair of versions, which is what
  finding parents without candidate pruning costs. It is timed on all pairs at 10
  versions and on ``--naive-pairs`` random pairs at 100 (scaled by the pair count);
  beyond, it is extrapolated from the per-pair time. The ratio is naive / mutate.
* **lineage alone**: :func:`mutate.lineage.infer` against scoring all pairs with the
  same weighted Jaccard similarity (the pruning's own gain).
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import random
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
OUT = HERE / "out"
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))


def run_report(folder: Path) -> tuple[float, float, dict]:
    """Seconds, peak MB and the JSON of ``mutate report folder``."""
    out = OUT / f"{folder.name}.json"
    cmd = [sys.executable, "-m", "mutate.cli", "report", str(folder), "--format", "json", "-o", str(out)]
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"{' '.join(cmd)} failed: {proc.stderr.read().decode()}")
    return seconds, usage.ru_maxrss / 1024, json.loads(out.read_text(encoding="utf-8"))


def naive_pairs(folder: Path, sample: int | None, rng: random.Random) -> tuple[float, int]:
    """Seconds per pipeline comparison, over all pairs or a random sample of them."""
    from mutate.api import _compare_pair
    from mutate.load import load

    docs = [load(str(p)) for p in sorted(folder.glob("*.txt"))]
    pairs = list(itertools.combinations(range(len(docs)), 2))
    if sample is not None and sample < len(pairs):
        pairs = rng.sample(pairs, sample)
    start = time.perf_counter()
    for i, j in pairs:
        _compare_pair(docs[i], docs[j])
    return (time.perf_counter() - start) / len(pairs), len(pairs)


def lineage_alone(folder: Path, all_pairs: bool) -> tuple[float, float]:
    """Seconds of lineage.infer and of all-pairs weighted Jaccard on the same features
    (NaN when not run: above 1,000 versions it takes minutes)."""
    import numpy as np

    from mutate import lineage
    from mutate.load import load

    docs = [load(str(p)) for p in sorted(folder.glob("*.txt"))]
    start = time.perf_counter()
    lineage.infer(docs)
    pruned = time.perf_counter() - start
    if not all_pairs:
        return pruned, float("nan")
    start = time.perf_counter()
    feats, weights, _ = lineage._features(docs)
    for i, j in itertools.combinations(range(len(docs)), 2):
        lineage._similarity(feats[i], feats[j], weights, np)
    return pruned, time.perf_counter() - start


def main(argv: list[str]) -> int:
    import make_family

    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[10, 100, 1000])
    ap.add_argument("--sentences", type=int, default=40)
    ap.add_argument("--naive-pairs", type=int, default=300, help="pairs timed for the naive baseline above 10 versions")
    ap.add_argument("--write", action="store_true", help="append the table to bench/README.md")
    args = ap.parse_args(argv)
    rng = random.Random(1)
    rows, per_pair = [], None
    for n in args.sizes:
        folder = OUT / f"family-{n}"
        truth_path = make_family.write(make_family.make(n, sentences=args.sentences), folder)
        truth = json.loads(truth_path.read_text(encoding="utf-8"))
        seconds, peak, data = run_report(folder)
        right = sum((truth[e["doc"] + ".txt"] or "") == ((e["parent"] or "") and e["parent"] + ".txt")
                    for e in data["lineage"])
        total_pairs = n * (n - 1) // 2
        if n <= 100:
            per_pair, timed = naive_pairs(folder, None if n <= 10 else args.naive_pairs, rng)
            naive, how = per_pair * total_pairs, ("measured, all pairs" if timed == total_pairs
                                                  else f"measured on {timed} random pairs")
        else:
            naive, how = per_pair * total_pairs, "extrapolated"
        pruned, all_pairs = lineage_alone(folder, all_pairs=n <= 1000)
        rows.append((n, n * args.sentences, seconds, peak, right / n, naive, how, pruned, all_pairs))
        print(f"{n:>6} versions: {seconds:6.1f} s, {peak:5.0f} MB, lineage {right}/{n}; naive {naive:8.1f} s ({how}); "
              f"lineage {pruned:.2f} s vs all-pairs {all_pairs:.2f} s (nan: not run)", file=sys.stderr)
    table = render(rows, argv)
    print(table)
    if args.write:
        readme = HERE / "README.md"
        old = readme.read_text(encoding="utf-8") if readme.exists() else "# Benchmarks\n"
        readme.write_text(old.rstrip("\n") + "\n\n" + table, encoding="utf-8")
        print(f"appended to {readme}", file=sys.stderr)
    return 0


def render(rows, argv: list[str]) -> str:
    import platform

    lines = [
        "## Families: `mutate report` on generated families of 10 to 1,000+ versions",
        "",
        f"`python bench/bench_family.py{''.join(' ' + a for a in argv)}`",
        f"({os.cpu_count()} cores, Python {platform.python_version()}; families from `bench/make_family.py`, "
        "40 sentences per version, 10% of sentences edited per copy, 30% undated; default mode: tree)",
        "",
        "| versions | sentences | mutate report | peak memory | parents right | naive all-pairs pipeline | ratio naive/mutate | lineage (pruned) | lineage all-pairs (same similarity) |",
        "|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for n, sentences, seconds, peak, accuracy, naive, how, pruned, all_pairs in rows:
        lines.append(f"| {n:,} | {sentences:,} | {seconds:.1f} s | {peak:.0f} MB | {accuracy:.1%} | "
                     f"{_duration(naive)} ({how}) | {naive / seconds:,.0f}x | {pruned:.2f} s | "
                     f"{f'{all_pairs:.2f} s' if all_pairs == all_pairs else 'not run'} |")
    if rows:
        n, _, seconds, *_ = rows[-1]
        per_version = seconds / n
        lines += [
            "",
            f"Per version: {', '.join(f'{r[2] / r[0] * 1000:.0f} ms' for r in rows)} (start-up included). "
            f"Extrapolated to 10,000 versions: mutate ~{_duration(per_version * 10_000)} if time stays linear; "
            f"naive all-pairs ~{_duration(rows[-1][5] * (10_000 * 9_999) / (n * (n - 1)))}.",
        ]
    return "\n".join(lines) + "\n"


def _duration(seconds: float) -> str:
    if seconds < 120:
        return f"{seconds:.1f} s"
    if seconds < 7200:
        return f"{seconds / 60:.0f} min"
    if seconds < 2 * 86400:
        return f"{seconds / 3600:.1f} h"
    return f"{seconds / 86400:.0f} days"


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
