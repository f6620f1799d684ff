"""The HTML report in a real browser: headless Chromium driven by Playwright.

Skipped, with one line saying why, where Chromium or playwright is missing; with
``MUTATE_REQUIRE_BROWSER=1`` (set by ``.ci/run``) they fail instead. Expected counts
are computed from the report's JSON twin, never written down.
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from mutate.labels import LABELS
from mutate.render.html_view import finding_anchor, slugs

from . import browser as chromium_helper
from .conftest import ROOT

REPORT = ROOT / "reports" / "kremlin-coup.html"
DATA = json.loads((ROOT / "reports" / "kremlin-coup.json").read_text("utf-8"))

_why = chromium_helper.unavailable()
if _why and chromium_helper.REQUIRED:
    raise RuntimeError(f"MUTATE_REQUIRE_BROWSER=1 but {_why}")
if _why:
    pytest.skip(f"browser tests skipped: {_why}", allow_module_level=True)

VISIBLE = "sel => [...document.querySelectorAll(sel)].filter(e => e.checkVisibility()).length"


@pytest.fixture(scope="module")
def browser():
    with chromium_helper.chromium() as b:
        yield b


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.problems = []
    page.on("console", lambda m: page.problems.append(f"console {m.type}: {m.text}") if m.type in ("error", "warning") else None)
    page.on("pageerror", lambda e: page.problems.append(f"page error: {e}"))
    yield page
    context.close()


def open_report(page, path=REPORT, fragment=""):
    page.goto(path.as_uri() + fragment)
    page.wait_for_selector("#filters:not([hidden])")
    return page


def visible(page, selector="li.finding") -> int:
    return page.evaluate(VISIBLE, selector)


def uncheck_all_but(page, name: str, keep: str) -> None:
    for box in page.query_selector_all(f"#filters input[name={name}]"):
        if box.get_attribute("value") != keep:
            box.uncheck()


def settle(page) -> None:
    """Filters apply on the next animation frame."""
    page.evaluate("() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))")


def test_sample_report_loads_with_no_errors_and_no_requests(browser):
    context = browser.new_context()
    page = context.new_page()
    requests, problems = [], []
    page.on("request", lambda r: requests.append(r.url))
    page.on("console", lambda m: problems.append(f"{m.type}: {m.text}"))
    page.on("pageerror", lambda e: problems.append(str(e)))
    page.goto(REPORT.as_uri())
    page.wait_for_load_state("load")
    settle(page)
    assert requests == [REPORT.as_uri()]
    assert page.evaluate("performance.getEntriesByType('resource').length") == 0
    assert problems == []  # a CSP violation would be a console error here
    assert page.is_visible("#filters")  # the script ran under the page's own CSP
    assert visible(page) == len(DATA["findings"])
    context.close()


def test_every_finding_has_one_stable_anchor(page):
    open_report(page)
    slug = slugs(d["id"] for d in DATA["documents"])
    ids = page.evaluate("[...document.querySelectorAll('li.finding')].map(e => e.id)")
    assert len(ids) == len(set(ids)) == len(DATA["findings"])
    for f in DATA["findings"][:20]:
        fake = type("F", (), {"pair": (f["pair"]["source"], f["pair"]["target"]), "fingerprint": f["fingerprint"]})
        assert finding_anchor(slug, fake) in ids


def test_a_link_points_at_one_finding(page):
    open_report(page)
    page_ids = page.evaluate("[...document.querySelectorAll('li.finding')].map(e => e.id)")
    target = page_ids[len(page_ids) // 2]
    open_report(page, fragment="#" + target)
    assert page.evaluate("document.querySelector(':target').id") == target
    box = page.evaluate(f"document.getElementById('{target}').getBoundingClientRect().top")
    assert -1 <= box < 900  # scrolled into view (sub-pixel rounding may leave it a fraction above)


def test_label_filter(page):
    open_report(page)
    label = max(LABELS, key=lambda k: (sum(f["label"] == k for f in DATA["findings"]) * (k != "boilerplate"), k))
    page.select_option("#f-label", label)
    settle(page)
    assert visible(page) == sum(f["label"] == label for f in DATA["findings"]) > 0
    assert page.evaluate(f"""[...document.querySelectorAll('li.finding')].filter(e => e.checkVisibility())
        .every(e => e.dataset.l === '{label}')""")
    assert page.inner_text("#f-status").startswith(f"{visible(page)} of {len(DATA['findings'])}")
    # Comparison rows without such a finding are gone, grid rows without one too.
    assert visible(page, "tbody.link") < page.evaluate("document.querySelectorAll('tbody.link').length")
    shown_rows = page.evaluate("""[...document.querySelectorAll('#grid tbody tr')].filter(e => e.checkVisibility())
        .map(tr => [...tr.querySelectorAll('td.cell')].some(td => td.dataset.l.split(' ').includes('%s')))""" % label)
    assert shown_rows and all(shown_rows)


def test_family_filter(page):
    open_report(page)
    family = "certainty" if any(LABELS[f["label"]].family == "certainty" for f in DATA["findings"]) else "structure"
    uncheck_all_but(page, "family", family)
    settle(page)
    assert visible(page) == sum(LABELS[f["label"]].family == family for f in DATA["findings"]) > 0


def test_severity_filter(page):
    open_report(page)
    page.uncheck("#filters input[name=severity][value=info]")
    settle(page)
    assert visible(page) == sum(f["severity"] != "info" for f in DATA["findings"])
    assert visible(page, "li.finding.sev-info") == 0
    page.click("#f-reset")
    settle(page)
    assert visible(page) == len(DATA["findings"])


def test_version_filter_hides_other_versions_everywhere(page):
    open_report(page)
    doc = DATA["findings"][0]["pair"]["target"]
    slug = slugs(d["id"] for d in DATA["documents"])[doc]
    uncheck_all_but(page, "version", slug)
    settle(page)
    assert visible(page) == sum(f["pair"]["target"] == doc for f in DATA["findings"])
    assert page.evaluate(f"""[...document.querySelectorAll('section.pair')].filter(e => e.checkVisibility())
        .map(e => e.dataset.v)""") == [slug]
    columns = page.evaluate("[...document.querySelectorAll('#grid thead th[data-v]')].filter(e => e.checkVisibility()).map(e => e.dataset.v)")
    assert slug in columns and len(columns) == 2  # the base's column and this version's


def test_search_filter(page):
    open_report(page)
    word = "extremely"
    page.fill("#f-q", word)
    settle(page)
    found = page.evaluate("""w => [...document.querySelectorAll('li.finding')].map(e =>
        [e.checkVisibility(), e.textContent.toLowerCase().includes(w)])""", word)
    assert any(v for v, _ in found) and not all(v for v, _ in found)
    assert all(v == has for v, has in found)
    rows = page.evaluate("""w => [...document.querySelectorAll('#grid tbody tr')].filter(e => e.checkVisibility())
        .map(e => e.textContent.toLowerCase().includes(w))""", word)
    assert rows and all(rows)


def test_keyboard_moves_between_visible_findings(page):
    open_report(page)
    page.uncheck("#filters input[name=severity][value=info]")
    settle(page)
    page.focus("body")
    ids = []
    for key in ("j", "j", "k"):
        page.keyboard.press(key)
        ids.append(page.evaluate("document.activeElement.id"))
    first, second, back = ids
    assert first and second and first != second and back == first
    assert page.evaluate("document.activeElement.dataset.s") in ("error", "warning")
    assert page.evaluate("location.hash") == "#" + first
    page.keyboard.press("/")
    assert page.evaluate("document.activeElement.id") == "f-q"


def test_the_page_reads_without_javascript(browser):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(REPORT.as_uri())
    assert not page.is_visible("#filters")
    assert visible(page) == len(DATA["findings"])
    assert visible(page, "#grid tbody tr") > 0 and visible(page, "section.pair") == len(DATA["alignments"])
    context.close()


def test_print_and_dark_mode_styles(page):
    open_report(page)
    light = page.evaluate("getComputedStyle(document.body).backgroundColor")
    page.emulate_media(color_scheme="dark")
    dark = page.evaluate("getComputedStyle(document.body).backgroundColor")
    assert light != dark
    page.emulate_media(media="print", color_scheme="dark")
    assert not page.is_visible("#filters")
    assert page.evaluate("getComputedStyle(document.body).backgroundColor") == "rgb(255, 255, 255)"


XSS = [
    '<script>window.__pwned = 1; alert(1)</script>',
    '<img src=x onerror="window.__pwned = 2; alert(2)">',
    '<a href="javascript:alert(3)">click me</a>',
    '"><svg onload=alert(4)><b>unclosed <i>markup',
    "</textarea></style></script><!-- <iframe src=javascript:alert(5)>",
]


def test_hostile_input_renders_as_inert_text(page, tmp_path):
    family = tmp_path / "family"
    family.mkdir()
    base = "The council said 300 homes may flood. Officials were very concerned. " + " ".join(
        f"Line {n}: {x}." for n, x in enumerate(XSS))
    (family / "a.txt").write_text(base + "\n", encoding="utf-8")
    (family / "b.txt").write_text(base.replace("300", "3,000").replace("may", "will")
                                  + " Added: <script>alert(6)</script>\n", encoding="utf-8")
    (family / 'c"><img src=x onerror=alert(7)>.txt').write_text(
        base.replace("very", "extremely") + "\n", encoding="utf-8")
    out = tmp_path / "report.html"
    subprocess.run([sys.executable, "-m", "mutate.cli", "report", str(family), "--base", str(family / "a.txt"),
                    "-o", str(out)], check=True, capture_output=True)
    dialogs = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    open_report(page, out)
    page.keyboard.press("j")
    for link in page.query_selector_all("a[href]"):
        assert link.get_attribute("href").startswith("#")
    assert dialogs == []
    assert page.evaluate("window.__pwned") is None
    assert page.evaluate("document.scripts.length") == 1
    assert page.evaluate("document.querySelectorAll('img, iframe, svg:not(.chart), i, b, textarea').length") == 0
    handlers = page.evaluate("""[...document.querySelectorAll('*')].flatMap(e =>
        [...e.attributes].filter(a => a.name.startsWith('on')).map(a => e.tagName + ' ' + a.name))""")
    assert handlers == []
    text = page.inner_text("main")
    for snippet in XSS + ["<script>alert(6)</script>", 'c"><img src=x onerror=alert(7)>']:
        assert snippet in text, snippet
    assert page.problems == []


def test_no_serious_accessibility_violations(browser):
    axe = chromium_helper.axe_path()
    if axe is None:
        if chromium_helper.REQUIRED:
            pytest.fail("axe-core not found: npm install --prefix .ci/node axe-core (or set MUTATE_AXE)")
        pytest.skip("axe-core not found: npm install --prefix .ci/node axe-core (or set MUTATE_AXE)")
    source = axe.read_text("utf-8")
    for scheme, width in (("light", 1280), ("dark", 1280), ("light", 390)):
        # The page's CSP rightly refuses scripts it does not know: let the checker in.
        context = browser.new_context(bypass_csp=True, color_scheme=scheme, viewport={"width": width, "height": 900})
        page = context.new_page()
        open_report(page)
        # Off-screen comparisons are skipped by content-visibility until scrolled to, and
        # axe cannot judge the contrast of what is not rendered: render them all.
        page.add_style_tag(content="section.pair { content-visibility: visible !important; }")
        page.add_script_tag(content=source)
        result = page.evaluate("() => axe.run(document, {resultTypes: ['violations']})")
        bad = [(v["id"], v["impact"], [n["target"] for n in v["nodes"][:3]])
               for v in result["violations"] if v["impact"] in ("serious", "critical")]
        assert bad == [], (scheme, width, bad)
        context.close()
