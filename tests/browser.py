"""Headless Chromium for the report's browser tests, its benchmark and its screenshots.

Playwright drives the system's Chromium (Debian's ``/usr/bin/chromium``, or the path in
``MUTATE_CHROMIUM``); it never downloads a browser of its own. Each launch gets a fresh
temporary profile from Playwright, and the flags below keep Chromium from opening
background connections (updates, sync, field trials) that would show up as network
noise in a test that asserts the page makes no request.

axe-core, the accessibility checker, comes from npm: ``MUTATE_AXE`` names its
``axe.min.js``, else ``.ci/node/node_modules/axe-core/axe.min.js`` (where ``.ci/run``
installs it) is used.
"""

from __future__ import annotations

import os
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = os.environ.get("MUTATE_CHROMIUM", "/usr/bin/chromium")
ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
    "--disable-features=Translate,OptimizationHints,MediaRouter",
]
REQUIRED = os.environ.get("MUTATE_REQUIRE_BROWSER") == "1"


def unavailable() -> str | None:
    """Why the browser tests cannot run here, in one line, or None when they can."""
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "the playwright package is not installed (pip install -e '.[test]')"
    if not os.access(CHROMIUM, os.X_OK):
        return f"no Chromium at {CHROMIUM} (apt-get install chromium, or set MUTATE_CHROMIUM)"
    return None


def axe_path() -> Path | None:
    path = Path(os.environ.get("MUTATE_AXE") or ROOT / ".ci" / "node" / "node_modules" / "axe-core" / "axe.min.js")
    return path if path.is_file() else None


@contextmanager
def chromium():
    """A launched headless Chromium, closed on exit."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=ARGS)
        try:
            yield browser
        finally:
            browser.close()
