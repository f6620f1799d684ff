"""Regenerate every report in this folder from the families in ``samples/``.

    python reports/regenerate.py          # rewrite reports/*.html and *.json
    python reports/regenerate.py --check  # exit 1 when a committed report is stale

Each family folder gives ``<family>.html`` and ``<family>.json``, rendered by the CLI
(``mutate report samples/<family> --format ...``) from the repository root, so the
paths inside are relative and the files are identical on every machine.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from click.testing import CliRunner

ROOT = Path(__file__).resolve().parent.parent
FORMATS = ("html", "json")


def families() -> list[Path]:
    return sorted(p for p in (ROOT / "samples").iterdir() if p.is_dir())


def render_all() -> dict[str, str]:
    """File name -> content, for every family and format."""
    from mutate.cli import main

    out = {}
    cwd = os.getcwd()
    os.chdir(ROOT)
    try:
        for family in families():
            for fmt in FORMATS:
                args = ["report", f"samples/{family.name}", "--format", fmt]
                result = CliRunner().invoke(main, args, catch_exceptions=False)
                if result.exit_code != 0:
                    raise SystemExit(f"mutate {' '.join(args)} failed: {result.output}")
                out[f"{family.name}.{fmt}"] = result.output
    finally:
        os.chdir(cwd)
    return out


def main(argv: list[str]) -> int:
    rendered = render_all()
    if "--check" in argv:
        stale = [name for name, text in rendered.items()
                 if not (ROOT / "reports" / name).exists()
                 or (ROOT / "reports" / name).read_text(encoding="utf-8") != text]
        for name in stale:
            print(f"reports/{name} is stale: run python reports/regenerate.py", file=sys.stderr)
        return 1 if stale else 0
    for name, text in rendered.items():
        (ROOT / "reports" / name).write_text(text, encoding="utf-8", newline="\n")
        print(f"wrote reports/{name}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
