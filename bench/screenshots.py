"""Screenshots of a report at desktop and phone widths, for a person to look at.

    python bench/screenshots.py                       # reports/kremlin-coup.html -> screenshots/
    python bench/screenshots.py REPORT.html OUT_DIR

Headless Debian Chromium through Playwright (see tests/browser.py). Writes one PNG per
view: the top of the page, the claim grid, the comparisons, a filtered view and the
keyboard's current finding, in light and dark, at 1366 and 390 pixels wide. The
folder is git-ignored: the pictures are for looking, not for committing.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.browser import chromium, unavailable  # noqa: E402

VIEWS = (  # name, width, height, colour scheme, fragment, action
    ("desktop-top", 1366, 900, "light", "", None),
    ("desktop-overview", 1366, 900, "light", "#overview-h", None),
    ("desktop-grid", 1366, 900, "light", "#claims-h", None),
    ("desktop-comparisons", 1366, 900, "light", "#comparisons-h", None),
    ("desktop-filtered", 1366, 900, "light", "", "filter"),
    ("desktop-dark-grid", 1366, 900, "dark", "#claims-h", None),
    ("desktop-dark-comparisons", 1366, 900, "dark", "#comparisons-h", "next"),
    ("phone-top", 390, 844, "light", "", None),
    ("phone-grid", 390, 844, "light", "#claims-h", None),
    ("phone-comparisons", 390, 844, "dark", "#comparisons-h", None),
)


def main(argv: list[str]) -> int:
    report = Path(argv[0]) if argv else ROOT / "reports" / "kremlin-coup.html"
    out = Path(argv[1]) if len(argv) > 1 else ROOT / "screenshots"
    why = unavailable()
    if why:
        print(f"screenshots: {why}", file=sys.stderr)
        return 2
    out.mkdir(parents=True, exist_ok=True)
    with chromium() as browser:
        for name, width, height, scheme, fragment, action in VIEWS:
            context = browser.new_context(viewport={"width": width, "height": height}, color_scheme=scheme)
            page = context.new_page()
            problems = []
            page.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
            page.goto(report.resolve().as_uri() + fragment)
            if action == "filter":
                page.select_option("#f-label", index=1)
                page.evaluate("() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))")
            elif action == "next":
                page.keyboard.press("j")
                page.keyboard.press("j")
            path = out / f"{name}.png"
            page.screenshot(path=str(path))
            print(f"wrote {path}" + (f" (console errors: {problems})" if problems else ""))
            context.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
