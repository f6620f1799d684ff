"""Time mutate against baselines in one run; print a table of seconds and ratios.

    python bench/bench_pipeline.py [--sentences 10000] [--repeat 3] [--no-naive]

1. ``mutate report samples/kremlin-coup`` (five versions, ~100 sentences);
2. ``mutate diff`` (the terminal view, and ``--format json``, which writes every
   sentence and link) on a generated pair of N-sentence documents (bench/make_pair.py),
   against ``git diff --no-index --word-diff`` on the same pair (a line diff that knows
   nothing of sentences, moves or meaning: the floor for any text diff);
3. a naive difflib pipeline (regex sentence split, all-pairs ``SequenceMatcher.ratio``
   alignment, difflib word diff) against ``mutate diff`` on a 1,000-sentence cut, since
   all-pairs difflib at 10,000 sentences takes hours (and minutes at 1,000: ``--no-naive``
   leaves it out for a quick rerun).

Each command runs as a subprocess (start-up and imports included); the figure is the
median of ``--repeat`` runs.
"""

from __future__ import annotations

import argparse
import difflib
import os
import re
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
OUT = HERE / "out"
MUTATE = [sys.executable, "-m", "mutate.cli"]


def timed(cmd: list[str], repeat: int) -> tuple[float, float]:
    """Median wall and CPU seconds (user + system of the child) over ``repeat`` runs.

    CPU time is the figure to compare across machines and loads: wall time grows when
    other work shares the two cores, CPU time hardly does.
    """
    walls, cpus = [], []
    for _ in range(repeat):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        proc = subprocess.run(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        walls.append(time.perf_counter() - start)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpus.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
        if proc.returncode not in (0, 1):
            raise SystemExit(f"{' '.join(cmd)} failed: {proc.stderr.decode()[-500:]}")
    return statistics.median(walls), statistics.median(cpus)


def naive_difflib(source: str, target: str) -> int:
    """The obvious pipeline: split on end punctuation, all-pairs ratio, word diff."""
    split = re.compile(r"(?<=[.!?])\s+")
    a = [s for s in split.split(source) if s.strip()]
    b = [s for s in split.split(target) if s.strip()]
    edits = 0
    for sa in a:
        best, best_score = None, 0.5
        for sb in b:
            score = difflib.SequenceMatcher(None, sa, sb).ratio()
            if score > best_score:
                best, best_score = sb, score
        if best is not None and best != sa:
            ops = difflib.SequenceMatcher(None, sa.split(), best.split()).get_opcodes()
            edits += sum(tag != "equal" for tag, *_ in ops)
    return edits


def cut(text: str, sentences: int) -> str:
    parts = re.split(r"(?<=[.!?])\s+", text)
    return " ".join(parts[:sentences])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sentences", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--no-naive", dest="naive", action="store_false", help="skip the naive difflib pipeline")
    args = parser.parse_args()

    OUT.mkdir(exist_ok=True)
    subprocess.run([sys.executable, str(HERE / "make_pair.py"), str(args.sentences), str(OUT)], check=True)
    src, tgt = OUT / "source.txt", OUT / "target.txt"
    rows = []

    family = timed(MUTATE + ["report", "samples/kremlin-coup", "-o", str(OUT / "family.html")], args.repeat)
    rows.append(("mutate report samples/kremlin-coup (5 versions)", family, None))

    text = timed(MUTATE + ["diff", str(src), str(tgt)], args.repeat)  # the terminal view, to /dev/null
    big = timed(MUTATE + ["diff", str(src), str(tgt), "--format", "json", "-o", str(OUT / "pair.json")], args.repeat)
    git = timed(["git", "diff", "--no-index", "--word-diff", str(src), str(tgt)], args.repeat)
    rows.append((f"mutate diff (text), {args.sentences:,}-sentence pair", text, None))
    rows.append((f"mutate diff --format json, same pair", big, None))
    rows.append((f"git diff --no-index --word-diff, same pair", git, big[0] / git[0]))

    small_src, small_tgt = OUT / "source-1000.txt", OUT / "target-1000.txt"
    small_src.write_text(cut(src.read_text("utf-8"), 1000), encoding="utf-8")
    small_tgt.write_text(cut(tgt.read_text("utf-8"), 1000), encoding="utf-8")
    small = timed(MUTATE + ["diff", str(small_src), str(small_tgt), "--format", "json", "-o", str(OUT / "pair-1000.json")], args.repeat)
    rows.append(("mutate diff, 1,000-sentence cut", small, None))
    if args.naive:
        start, cpu_start = time.perf_counter(), time.process_time()
        naive_difflib(small_src.read_text("utf-8"), small_tgt.read_text("utf-8"))
        naive = (time.perf_counter() - start, time.process_time() - cpu_start)
        rows.append(("naive difflib pipeline, same cut (one run, in process)", naive, naive[0] / small[0]))

    print(f"\n{'what':<58} {'wall s':>7} {'CPU s':>7} {'ratio (wall)':>26}")
    for what, (wall, cpu), ratio in rows:
        note = ""
        if ratio is not None:
            note = f"mutate is {ratio:.1f}x its time" if "git" in what else f"{ratio:.0f}x mutate's time"
        print(f"{what:<58} {wall:>7.2f} {cpu:>7.2f} {note:>26}")
    if args.sentences == 10_000:
        print(f"\ntarget for the 10,000-sentence pair: 1.5 s wall (load average {os.getloadavg()[0]:.1f})")
        for what, (wall, _) in (("text", text), ("json", big)):
            print(f"  mutate diff ({what}): {wall:.2f} s, {'met' if wall < 1.5 else 'not met'}")


if __name__ == "__main__":
    main()
