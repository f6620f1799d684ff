"""``mutate check``: drafts against their sources, as a gate for continuous integration.

For each draft: its config (:mod:`mutate.config`), its comments (:mod:`mutate.comments`),
one alignment per source with each draft sentence matched to the best sentence in any
source (:mod:`mutate.multialign`), the word diffs, then the rules the config leaves on,
with the config's lexicon extensions. The findings are then adjusted for a draft that
draws on sources rather than rewrites one:

* a source sentence the draft does not use is a finding only when it carried a denial,
  a caveat or an attribution (then at least a warning, whatever the config says) and
  no draft sentence says it (another source's copy of it may have been used);
* a quote is ``quote-added`` only when no source holds its words;
* nothing else about a source sentence the draft does not use is a finding (a quote
  in it, page chrome).

Findings are located in the draft (a deleted source sentence: where the draft would
have used it, see :func:`location`), suppressed by comments and a baseline, and
decided on by :func:`mutate.gate.decide`.
"""

from __future__ import annotations

import dataclasses
import hashlib
import os
from collections.abc import Sequence

from . import api, comments, gate, similarity
from . import config as config_stage
from . import diff as diff_stage
from .classify import classify
from .errors import MutateError
from .labels import LABELS
from .lexicons import extended
from .load import DEFAULT_MAX_BYTES, display_path, doc_id_for, from_bytes, read_bytes
from .loaders.encoding import decode
from .model import Alignment, Analysis, Diagnostic, Document, Finding, Pair, Severity, Span, Suppression
from .multialign import align_many
from .rules import REGISTRY
from .rules.quotes import UNQUOTED

# Similarity from which a draft sentence says what an unused source sentence says. Higher
# than alignment's pairing threshold (0.42): near that, unrelated sentences of one story
# score alike on characters, and a dropped caveat would pass for used.
COVERED = 0.6


def check(drafts: Sequence[str], sources: Sequence[str] = (), config: str | None = None,
          fail_on: str | None = None, fail_on_labels: Sequence[str] = (), baseline: str | None = None,
          accept_all: bool = False, max_bytes: int = DEFAULT_MAX_BYTES) -> Analysis:
    """Check every draft against its sources (``sources``, else its config's) and decide.

    ``config`` names one config file for every draft instead of searching for each;
    ``fail_on`` and ``fail_on_labels`` override the configs' when given. ``baseline``
    is a file of accepted fingerprints; ``accept_all`` accepts every finding that no
    comment suppressed (what ``--write-baseline`` records).
    """
    if fail_on is not None and fail_on not in config_stage.THRESHOLDS:
        raise MutateError(f"--fail-on must be one of {', '.join(config_stage.THRESHOLDS)}")
    for label in fail_on_labels:
        if label not in LABELS:
            raise MutateError(f"--fail-on-label: unknown label {label!r} (see `mutate labels`)")
    explicit = config_stage.load(config) if config else None
    accepted = gate.read_baseline(baseline) if baseline else frozenset()
    plan, diagnostics = _plan(drafts, sources, explicit)
    source_paths = _first_paths(plan)  # real path -> the path as first given
    source_docs = [_load(path, max_bytes)[0] for path in source_paths.values()]
    loaded = [_load(path, max_bytes) for path, _, _ in plan]
    docs = api._unique_ids(source_docs + [doc for doc, _ in loaded])
    by_key = dict(zip(source_paths, docs))
    drafts_docs = docs[len(source_docs):]

    alignments: list[Alignment] = []
    pairs: list[Pair] = []
    findings: list[Finding] = []
    thresholds: dict[str, str] = {}
    labels: dict[str, tuple[str, ...]] = {}
    for (path, cfg, own), (_, directives), draft in zip(plan, loaded, drafts_docs):
        srcs = [by_key[key] for key in dict.fromkeys(os.path.realpath(p) for p in own)]
        scopes, problems = comments.scopes(draft, directives, draft.path or path)
        diagnostics.extend(problems)
        found, draft_alignments, draft_pairs = _check_draft(draft, srcs, cfg)
        found, problems = _suppress(found, draft_alignments, scopes, draft)
        diagnostics.extend(problems)
        alignments.extend(draft_alignments)
        pairs.extend(draft_pairs)
        findings.extend(found)
        thresholds[draft.id] = fail_on or cfg.fail_on or gate.DEFAULT_THRESHOLD
        labels[draft.id] = tuple(fail_on_labels) or cfg.fail_on_labels

    findings = api._distinct_fingerprints(findings)
    findings = [
        dataclasses.replace(f, suppressed=Suppression("baseline"))
        if f.suppressed is None and (accept_all or f.fingerprint in accepted) else f
        for f in findings
    ]
    verdict = gate.decide(findings, thresholds, labels)
    return Analysis(tuple(docs), tuple(alignments), tuple(findings), mode="check",
                    diagnostics=tuple(diagnostics), pairs=tuple(pairs), verdict=verdict)


def _plan(drafts: Sequence[str], sources: Sequence[str], explicit) -> tuple[list, list[Diagnostic]]:
    """(draft, config, sources) for each draft; a draft that is one of its own sources
    (pre-commit passes every changed file) is skipped with a note."""
    plan: list[tuple[str, config_stage.Config, list[str]]] = []
    diagnostics: list[Diagnostic] = []
    seen: dict[str, str] = {}
    for path in drafts:
        key = os.path.realpath(path) if path != "-" else "-"
        if key in seen:
            raise MutateError(f"the same draft is given twice (also as {seen[key]})", path)
        seen[key] = path
        cfg = explicit or config_stage.for_file(path)
        own = list(sources) or list(cfg.sources)
        if not own:
            where = cfg.path or "a config file (.mutate.toml, [tool.mutate] in pyproject.toml, [mutate] in setup.cfg)"
            raise MutateError(f"no sources to check against: give --source FILE or set sources in {where}", path)
        if key in {os.path.realpath(s) for s in own}:
            diagnostics.append(Diagnostic("info", "is one of its own sources; not checked as a draft", display_path(path)))
            continue
        plan.append((path, cfg, own))
    return plan, diagnostics


def _first_paths(plan) -> dict[str, str]:
    out: dict[str, str] = {}
    for _, _, own in plan:
        for path in own:
            out.setdefault(os.path.realpath(path), path)
    return out


def _load(path: str, max_bytes: int) -> tuple[Document, list[comments.Directive]]:
    """A document and its ``mutate:`` comments, read from the raw file."""
    data = read_bytes(path, max_bytes)
    name = "<stdin>" if path == "-" else path
    doc = from_bytes(data, id=doc_id_for(path), path=display_path(path), name=name)
    raw = doc.text if doc.format in ("text", "markdown") else decode(data, name) if doc.format == "html" else ""
    directives = comments.parse(raw, doc.format)
    doc = comments.without_comments(doc, directives)
    if not doc.sentences:
        raise MutateError("no text to check besides mutate comments", name)
    return doc, directives


def _check_draft(draft: Document, sources: list[Document], cfg) -> tuple[list[Finding], list[Alignment], list[Pair]]:
    alignments = align_many(draft, sources)
    by_id = {s.id: s for s in sources}
    rules = tuple(r for r in REGISTRY if r.label not in cfg.off)
    pairs: list[Pair] = []
    found: list[Finding] = []
    with extended(dict(cfg.lexicons)):
        for alignment in alignments:
            source = by_id[alignment.source]
            for link in alignment.links:
                pair = diff_stage.pair(link, source, draft)
                pairs.append(pair)
                found.extend(classify(pair, source, draft, rules))
    found = _relevant(found, draft, sources, by_id)
    salt = os.path.basename(draft.path or draft.id)
    found = [_configured(f, cfg, salt) for f in found]
    spans = {id(f): location(alignments, draft, f) for f in found}
    found.sort(key=lambda f: spans[id(f)].start)  # stable: rule order within a place
    return found, alignments, pairs


def _relevant(found: list[Finding], draft: Document, sources: list[Document], by_id) -> list[Finding]:
    """The findings that mean something for a draft drawing on several sources."""
    from rapidfuzz import fuzz, process

    omitted = [f for f in found if f.label == "sentence-deleted" and _raised(f)]
    covered: set[int] = set()
    if omitted:
        sim = similarity.matrix([f.source.text for f in omitted], [s.text for s in draft.sentences])
        covered = {id(f) for f, row in zip(omitted, sim) if row.max(initial=0) >= COVERED}
    source_sentences = [similarity.normalise(s.text) for src in sources for s in src.sentences]
    out = []
    for f in found:
        if f.label == "sentence-deleted":
            if not _raised(f) or id(f) in covered:
                continue
            f = dataclasses.replace(f, message=f"source sentence left out; it carried a denial, caveat or attribution "
                                               f"({by_id[f.pair[0]].path or f.pair[0]}:{f.source.line})")
        if f.target is None and f.label != "sentence-deleted":
            continue  # about a source sentence the draft does not use (a quote in it, page chrome)
        if f.label == "quote-added" and process.extractOne(
            similarity.normalise(f.target.text), source_sentences, scorer=fuzz.partial_ratio, score_cutoff=UNQUOTED
        ):
            continue
        out.append(f)
    return out


def _raised(f: Finding) -> bool:
    """Whether the rule raised a finding above its label's default, from its content."""
    return f.severity.rank > LABELS[f.label].severity.rank


def _configured(f: Finding, cfg, salt: str) -> Finding:
    """The configured severity (never below what the content raised it to), and a
    fingerprint that also names the draft's file, so the same edit in two drafts is
    two findings."""
    level = cfg.severity_of(f.label)
    severity = f.severity
    if level is not None and level != "off":
        severity = Severity(level)
        if _raised(f) and f.severity.rank > severity.rank:
            severity = f.severity
    digest = hashlib.sha1(f"{f.fingerprint}\x1f{salt}".encode("utf-8")).hexdigest()[:16]
    return dataclasses.replace(f, severity=severity, fingerprint=digest)


def _suppress(found: list[Finding], alignments: list[Alignment], scopes: list[comments.Scope],
              draft: Document) -> tuple[list[Finding], list[Diagnostic]]:
    used: set[int] = set()
    out = []
    for f in found:
        where = location(alignments, draft, f).sentence
        for n, scope in enumerate(scopes):
            if scope.covers(f.label, where):
                used.add(n)
                if f.suppressed is None:
                    reason = scope.reason if scope.kind == "ignore" else f"original reporting: {scope.reason}"
                    f = dataclasses.replace(f, suppressed=Suppression("ignore-comment", reason))
        out.append(f)
    problems = [
        Diagnostic("warning", "`mutate: ignore` matched no finding" if scope.kind == "ignore"
                   else "`mutate: original` matched nothing flagged as unsourced: a source says this",
                   draft.path, scope.line)
        for n, scope in enumerate(scopes) if n not in used
    ]
    return out, problems


def location(alignments: Sequence[Alignment], draft: Document, finding: Finding) -> Span:
    """Where a finding is in the draft: its target span, or for a source sentence the
    draft does not use, the start of the draft sentence that follows the gap (the one
    linked to the next source sentence; at the end, the last draft sentence)."""
    if finding.target is not None:
        return finding.target
    alignment = next(a for a in alignments if (a.source, a.target) == finding.pair)
    links = alignment.links
    at = next(n for n, l in enumerate(links) if finding.source.sentence in l.source)
    later = next((l.target[0] for l in links[at + 1:] if l.target), None)
    index = later if later is not None else len(draft.sentences) - 1
    sentence = draft.sentences[index]
    line, column = draft.line_col(sentence.start)
    return Span(draft.id, index, sentence.start, sentence.start, "", line, column)


def locate(analysis: Analysis, finding: Finding) -> Span | None:
    """:func:`location` for a finding of any analysis (renderers use it)."""
    if finding.target is not None or finding.source is None:
        return finding.target
    if analysis.mode != "check":
        return None
    return location(analysis.alignments, analysis.document(finding.pair[1]), finding)
