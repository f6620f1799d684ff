// mutate report: filters, search and keyboard navigation over the findings.
// The page reads in full without this script; it only hides and focuses elements,
// reading what to filter from data-* attributes (no data is embedded, no request made).
(function () {
  "use strict";
  var form = document.getElementById("filters");
  if (!form) return;
  form.hidden = false;
  var more = document.getElementById("f-more");
  if (more && window.matchMedia && window.matchMedia("(min-width: 700px)").matches) more.open = true;
  var status = document.getElementById("f-status");
  var search = document.getElementById("f-q");
  var labelSel = document.getElementById("f-label");

  function lower(el) { return (el.textContent || "").toLowerCase(); }
  function words(s) { return s ? s.split(" ") : []; }

  var findings = Array.prototype.map.call(document.querySelectorAll("li.finding"), function (el) {
    return { el: el, l: el.dataset.l, f: el.dataset.fam, s: el.dataset.s, v: el.dataset.v, t: lower(el), shown: true };
  });
  var links = Array.prototype.map.call(document.querySelectorAll("tbody.link"), function (el) {
    var first = el.rows[0];
    return { el: el, t: first ? lower(first) : "", n: 0, shown: true };
  });
  var linkOf = new Map(links.map(function (x) { return [x.el, x]; }));
  findings.forEach(function (x) { x.link = linkOf.get(x.el.closest("tbody.link")); });
  var pairs = Array.prototype.slice.call(document.querySelectorAll("section.pair"));
  var gridRows = Array.prototype.map.call(document.querySelectorAll("#grid tbody tr"), function (tr) {
    return { el: tr, t: lower(tr), cells: Array.prototype.map.call(tr.querySelectorAll("td.cell"), function (td) {
      return { el: td, v: td.dataset.v, l: words(td.dataset.l), f: words(td.dataset.fam), s: words(td.dataset.s), dim: false };
    }) };
  });
  var gridHeads = Array.prototype.slice.call(document.querySelectorAll("#grid thead th[data-v]"));
  var versionBoxes = form.querySelectorAll("input[name=version]");
  var filtered = {};
  Array.prototype.forEach.call(versionBoxes, function (b) { filtered[b.value] = true; });

  function checked(name) {
    var all = form.querySelectorAll("input[name=" + name + "]"), on = new Set();
    Array.prototype.forEach.call(all, function (b) { if (b.checked) on.add(b.value); });
    return { on: on, all: on.size === all.length };
  }
  function show(x, yes) { if (x.shown !== yes) { x.shown = yes; x.el.hidden = !yes; } }
  function any(list, set) { for (var i = 0; i < list.length; i++) if (set.has(list[i])) return true; return false; }

  function apply() {
    var q = search.value.trim().toLowerCase(), label = labelSel.value;
    var sev = checked("severity"), fam = checked("family"), ver = checked("version");
    var narrowed = label !== "" || !sev.all || !fam.all;
    var active = narrowed || !ver.all || q !== "";
    var count = 0;
    links.forEach(function (x) { x.n = 0; });
    findings.forEach(function (x) {
      var ok = (label === "" || x.l === label) && sev.on.has(x.s) && fam.on.has(x.f) &&
        (ver.all || ver.on.has(x.v)) && (q === "" || x.t.indexOf(q) >= 0);
      show(x, ok);
      if (ok) { count++; if (x.link) x.link.n++; }
    });
    links.forEach(function (x) {
      show(x, !active || x.n > 0 || (!narrowed && q !== "" && x.t.indexOf(q) >= 0));
    });
    pairs.forEach(function (p) {
      var v = p.dataset.v, yes = ver.all || !(v in filtered) || ver.on.has(v);
      if (p.hidden === yes) p.hidden = !yes;
    });
    gridHeads.forEach(function (th) {
      var v = th.dataset.v, yes = ver.all || !(v in filtered) || ver.on.has(v);
      if (th.hidden === yes) th.hidden = !yes;
    });
    gridRows.forEach(function (r) {
      var match = !narrowed;
      r.cells.forEach(function (c) {
        var visible = ver.all || !(c.v in filtered) || ver.on.has(c.v);
        if (c.el.hidden === visible) c.el.hidden = !visible;
        var hit = (label === "" || c.l.indexOf(label) >= 0) && (sev.all || any(c.s, sev.on)) && (fam.all || any(c.f, fam.on));
        var dim = narrowed && !hit && c.l.length > 0;  // a cell without labels has nothing to dim
        if (c.dim !== dim) { c.dim = dim; c.el.classList.toggle("dim", dim); }
        if (narrowed && hit && visible && c.l.length) match = true;
      });
      var yes = match && (q === "" || r.t.indexOf(q) >= 0);
      if (r.el.hidden === yes) r.el.hidden = !yes;
    });
    status.textContent = active ? count + " of " + findings.length + " findings shown" : findings.length + " findings";
  }

  var pending = 0;
  function later() { if (!pending) pending = requestAnimationFrame(function () { pending = 0; apply(); }); }
  form.addEventListener("input", later);
  form.addEventListener("change", later);
  form.addEventListener("submit", function (e) { e.preventDefault(); });
  form.addEventListener("reset", function () { setTimeout(apply, 0); });

  function go(step) {
    var visible = findings.filter(function (x) { return x.shown && !x.el.closest("[hidden]"); });
    if (!visible.length) return;
    var at = visible.findIndex(function (x) { return x.el === document.activeElement || x.el.classList.contains("current"); });
    at = at < 0 ? (step > 0 ? 0 : visible.length - 1) : (at + step + visible.length) % visible.length;
    focusFinding(visible[at].el);
  }
  function focusFinding(el) {
    var old = document.querySelector("li.finding.current");
    if (old) old.classList.remove("current");
    el.classList.add("current");
    el.focus({ preventScroll: true });
    el.scrollIntoView({ block: "center" });
    if (history.replaceState) history.replaceState(null, "", "#" + el.id);
  }
  document.addEventListener("keydown", function (e) {
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    var t = e.target || {}, tag = t.tagName || "";
    // Keys type into text fields and drive selects; on a checkbox or a link they navigate.
    if ((tag === "INPUT" && t.type !== "checkbox") || tag === "SELECT" || tag === "TEXTAREA" || t.isContentEditable) {
      if (e.key === "Escape" && e.target === search) search.blur();
      return;
    }
    if (e.key === "j" || e.key === "n") { go(1); e.preventDefault(); }
    else if (e.key === "k" || e.key === "p") { go(-1); e.preventDefault(); }
    else if (e.key === "/") { search.focus(); e.preventDefault(); }
  });
  if (location.hash.length > 1) {
    var target = document.getElementById(decodeURIComponent(location.hash.slice(1)));
    if (target && target.classList.contains("finding")) target.classList.add("current");
  }
})();
