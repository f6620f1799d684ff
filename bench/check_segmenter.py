"""Check segmentation's shortcut against Punkt alone, on every line of the benchmarks.

    python bench/check_segmenter.py [--benchmarks ../shared/benchmarks]

Segmentation cuts at boundaries Punkt would surely take without asking Punkt, and gives
it only the pieces that hold a doubtful one (see ``mutate/segment.py``). That is only
right if the result is the same as Punkt's on the whole line. The test suite checks
this on the bundled texts; this script checks every line of every string in the
benchmark data (JSON and JSON Lines), prints how many lines it read and lists any that
split differently. Exit status 1 when one does.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from mutate.segment import MAX_UNIT, MIN_PROSE_SENTENCE, _INNER_BOUNDARY, _visible_split, punkt_alone  # noqa: E402


def strings(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for v in value.values():
            yield from strings(v)
    elif isinstance(value, list):
        for v in value:
            yield from strings(v)


def records(path: Path):
    text = path.read_text(encoding="utf-8")
    try:
        yield json.loads(text)
    except json.JSONDecodeError:  # JSON Lines
        yield from (json.loads(line) for line in text.splitlines() if line.strip())


def prose_lines(folder: Path) -> list[str]:
    """Distinct lines that segmentation reads as prose (not the cut-everywhere case)."""
    lines = set()
    for path in sorted(folder.rglob("*.json*")):
        for record in records(path):
            for value in strings(record):
                for line in re.findall(r"[^\r\n]+", value):
                    line = line.strip()
                    if line and len(line) <= MAX_UNIT and \
                            len(_INNER_BOUNDARY.findall(line)) * MIN_PROSE_SENTENCE <= len(line):
                        lines.add(line)
    return sorted(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--benchmarks", type=Path, default=ROOT.parent / "shared" / "benchmarks")
    args = parser.parse_args()
    print(f"reading {args.benchmarks}")
    if not args.benchmarks.is_dir():
        print(f"{args.benchmarks}: not a folder", file=sys.stderr)
        return 2
    lines = prose_lines(args.benchmarks)
    differ = [line for line in lines if _visible_split(line) != punkt_alone(line)]
    print(f"{len(lines):,} lines, {len(differ)} split differently")
    for line in differ[:10]:
        print(f"  {line[:160]!r}")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
