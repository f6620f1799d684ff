"""How fast a large HTML report paints and filters in headless Chromium.

    python bench/bench_report.py                 # 40 versions, ~1,000+ findings, 5 runs
    python bench/bench_report.py --versions 40 --rate 0.6 --runs 5

A family from ``bench/make_family.py`` (tree mode, so the grid, heatmap and lineage are
all drawn) is rendered by ``mutate report``; the page is then loaded in headless Debian
Chromium (tests/browser.py) and timed from the browser's own clocks:

* paint: first-contentful-paint, largest-contentful-paint and the load event, for the
  report, the same report with JavaScript off (what the script's start-up costs), and
  a plain page listing the same findings in one unstyled table (the floor: what any
  page with that much text costs);
* filter: for each dimension (severity, family, label, version, search, reset), the
  time from the input event to the end of the filter pass with its style and layout
  (``apply``), and to the next frame the browser draws (``frame``, which includes
  waiting for it); the baseline hides the same rows of the plain table with a one-line
  loop over them.

Medians of ``--runs`` fresh page loads. Figures go to bench/README.md by hand.
"""

from __future__ import annotations

import argparse
import html
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from tests.browser import chromium, unavailable  # noqa: E402

OUT = ROOT / "bench" / "out"

# With JavaScript off the page runs no observer callbacks: read what is buffered instead.
PAINT_NO_JS = """() => {
  const nav = performance.getEntriesByType('navigation')[0];
  const fcp = (performance.getEntriesByName('first-contentful-paint')[0] || {}).startTime;
  return {fcp, lcp: NaN, load: nav.loadEventEnd, dom: nav.domContentLoadedEventEnd};
}"""

PAINT = """() => new Promise(done => {
  new PerformanceObserver(list => {
    const entries = list.getEntries();
    const nav = performance.getEntriesByType('navigation')[0];
    const fcp = performance.getEntriesByName('first-contentful-paint')[0].startTime;
    done({fcp, lcp: entries[entries.length - 1].startTime, load: nav.loadEventEnd, dom: nav.domContentLoadedEventEnd});
  }).observe({type: 'largest-contentful-paint', buffered: true});
})"""

# Each action changes one filter the way a person does (an input event on the form),
# then times the filter pass: the handler runs it in the next animation frame, and a
# forced layout afterwards includes its style and layout work.
FILTER = """async (action) => {
  const form = document.getElementById('filters');
  const frame = () => new Promise(r => requestAnimationFrame(r));
  await frame(); await frame();
  const t0 = performance.now();
  if (action.kind === 'check') {
    form.querySelectorAll('input[name=' + action.name + ']').forEach(b => { b.checked = action.keep === null ? b.value !== action.drop : b.value === action.keep; });
    form.dispatchEvent(new Event('change', {bubbles: true}));
  } else if (action.kind === 'select') {
    const s = document.getElementById('f-label'); s.value = action.value; s.dispatchEvent(new Event('change', {bubbles: true}));
  } else if (action.kind === 'search') {
    const q = document.getElementById('f-q'); q.value = action.value; q.dispatchEvent(new Event('input', {bubbles: true}));
  } else {
    form.reset(); form.dispatchEvent(new Event('reset'));
    await new Promise(r => setTimeout(r, 0));
  }
  await frame();
  document.body.offsetHeight;
  const t1 = performance.now();
  await frame();
  const shown = [...document.querySelectorAll('li.finding')].filter(e => !e.hidden && !e.closest('[hidden]')).length;
  return {apply: t1 - t0, frame: performance.now() - t0, shown};
}"""

BASELINE_FILTER = """(severity) => {
  const t0 = performance.now();
  for (const tr of document.querySelectorAll('tbody tr')) tr.hidden = tr.cells[1].textContent === severity;
  document.body.offsetHeight;
  return performance.now() - t0;
}"""


def build(versions: int, rate: float) -> tuple[Path, Path, dict]:
    import make_family

    folder = OUT / f"report-family-{versions}"
    make_family.write(make_family.make(versions, sentences=40, rate=rate, seed=7), folder)
    page, data_path = OUT / f"report-{versions}.html", OUT / f"report-{versions}.json"
    t = time.perf_counter()
    subprocess.run([sys.executable, "-m", "mutate.cli", "report", str(folder), "-o", str(page)], check=True)
    render_s = time.perf_counter() - t
    subprocess.run([sys.executable, "-m", "mutate.cli", "report", str(folder), "--format", "json",
                    "-o", str(data_path)], check=True)
    data = json.loads(data_path.read_text("utf-8"))
    data["_render_s"] = render_s
    plain = OUT / f"plain-{versions}.html"
    rows = "".join(
        "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>".format(
            html.escape(f["label"]), f["severity"], html.escape(f["message"]),
            html.escape((f["source"] or {}).get("text", "")), html.escape((f["target"] or {}).get("text", "")))
        for f in data["findings"])
    plain.write_text("<!DOCTYPE html><html lang=en><meta charset=utf-8><title>plain</title><table><thead><tr>"
                     "<th>label<th>severity<th>message<th>before<th>after</tr></thead><tbody>" + rows
                     + "</tbody></table></html>\n", encoding="utf-8")
    return page, plain, data


def paint(browser, path: Path, runs: int, js: bool = True) -> dict:
    samples = []
    for _ in range(runs):
        context = browser.new_context(java_script_enabled=js, viewport={"width": 1366, "height": 900})
        page = context.new_page()
        page.goto(path.as_uri(), wait_until="load")
        if not js:
            page.wait_for_timeout(500)
        samples.append(page.evaluate(PAINT if js else PAINT_NO_JS))
        context.close()
    return {k: statistics.median(s[k] for s in samples) for k in samples[0]}


def filters(browser, path: Path, data: dict, runs: int) -> dict:
    from mutate.labels import LABELS
    from mutate.render.html_view import slugs

    counts: dict[str, int] = {}
    for f in data["findings"]:
        counts[f["label"]] = counts.get(f["label"], 0) + 1
    label = max(counts, key=counts.get)
    family = LABELS[label].family
    target = data["findings"][0]["pair"]["target"]
    actions = {
        "severity (info off)": {"kind": "check", "name": "severity", "drop": "info", "keep": None},
        "family (one)": {"kind": "check", "name": "family", "keep": family, "drop": None},
        "label (commonest)": {"kind": "select", "value": label},
        "version (one)": {"kind": "check", "name": "version", "keep": slugs(d["id"] for d in data["documents"])[target],
                          "drop": None},
        "search": {"kind": "search", "value": "officials"},
        "reset": {"kind": "reset"},
    }
    out = {name: [] for name in actions}
    out["baseline: plain table, hide rows"] = []
    for _ in range(runs):
        context = browser.new_context(viewport={"width": 1366, "height": 900})
        page = context.new_page()
        page.goto(path.as_uri(), wait_until="load")
        for name, action in actions.items():
            result = page.evaluate(FILTER, action)
            out[name].append(result)
            if name != "reset":
                page.evaluate(FILTER, {"kind": "reset"})
        context.close()
    plain = path.parent / path.name.replace("report-", "plain-")
    for _ in range(runs):
        context = browser.new_context(viewport={"width": 1366, "height": 900})
        page = context.new_page()
        page.goto(plain.as_uri(), wait_until="load")
        out["baseline: plain table, hide rows"].append({"apply": page.evaluate(BASELINE_FILTER, "info"),
                                                        "frame": float("nan"), "shown": -1})
        context.close()
    return {name: {k: statistics.median(r[k] for r in rs) for k in ("apply", "frame", "shown")}
            for name, rs in out.items()}


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--versions", type=int, default=40)
    ap.add_argument("--rate", type=float, default=0.6)
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args(argv)
    why = unavailable()
    if why:
        print(f"bench_report: {why}", file=sys.stderr)
        return 2
    page, plain, data = build(args.versions, args.rate)
    print(f"report: {len(data['documents'])} versions, {len(data['findings']):,} findings, mode {data['mode']}; "
          f"{page.stat().st_size / 1e6:.1f} MB HTML (rendered in {data['_render_s']:.1f} s by mutate report, "
          f"start-up and analysis included); plain page {plain.stat().st_size / 1e6:.1f} MB")
    with chromium() as browser:
        print(f"Chromium {browser.version}, median of {args.runs} fresh loads (ms)")
        print("| page | first contentful paint | largest contentful paint | DOMContentLoaded | load |")
        print("|---|---:|---:|---:|---:|")
        for name, path, js in (("report", page, True), ("report, JavaScript off", page, False),
                               ("baseline: plain table of the findings", plain, True)):
            p = paint(browser, path, args.runs, js)
            lcp = "n/a" if p["lcp"] != p["lcp"] else f"{p['lcp']:.0f}"
            print(f"| {name} | {p['fcp']:.0f} | {lcp} | {p['dom']:.0f} | {p['load']:.0f} |")
        print()
        print("| filter | apply (ms) | to next frame (ms) | findings shown |")
        print("|---|---:|---:|---:|")
        for name, r in filters(browser, page, data, args.runs).items():
            frame = "" if r["frame"] != r["frame"] else f"{r['frame']:.1f}"
            shown = "" if r["shown"] < 0 else f"{r['shown']:.0f}"
            print(f"| {name} | {r['apply']:.1f} | {frame} | {shown} |")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
